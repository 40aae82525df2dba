"""Settings read from the environment (prefix ``PREVENT_GATEWAY_``) and an optional ``.env``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PREVENT_GATEWAY_", env_file=".env", extra="ignore"
    )

    data_dir: Path = Field(
        default=Path("./.prevent-gateway"),
        description="Where the database (SQLite default), keys and packages live.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default SQLite in the data dir. "
        "PostgreSQL: postgresql+psycopg://user@host/db",
    )
    organisation_name: str = "Example Online University"
    log_origin: str = Field(
        default="prevent-gateway.example.ac.uk/sharing-log",
        description="The C2SP checkpoint origin line of this provider's sharing log.",
    )
    public_authority: bool = Field(
        default=True,
        description="A public authority may not rely on legitimate interests "
        "(UK GDPR Art 6(1)(f)).",
    )
    emergency_review_hours: int = Field(default=72, ge=1)
    key_passphrase: str | None = Field(
        default=None, description="Passphrase protecting the organisation's signing key."
    )
    nlp_model: str = "en_core_web_sm"

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'gateway.sqlite3').resolve()}"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def packages_dir(self) -> Path:
        return self.data_dir / "packages"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
