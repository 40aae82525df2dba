"""The one settings object: read from the environment (prefix ``PREVENT_GATEWAY_``) and an optional
``.env`` at the entry points (CLI, web app, demo), then passed down. Nothing below the entry points
reads the environment.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
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
    kek: SecretStr | None = Field(
        default=None,
        description="The key-encryption key, base64 of 32 random bytes. Overrides the key file.",
    )
    kek_file: Path | None = Field(
        default=None,
        description="Where the key-encryption key lives (default <data_dir>/keys/kek.key).",
    )
    retention_schedule: Path | None = Field(
        default=None, description="A custom retention schedule (TOML); default: the shipped one."
    )
    training_refresher_months: int = Field(
        default=24,
        ge=1,
        le=60,
        description="How often Prevent refresher training falls due, in months.",
    )
    font_dir: Path | None = Field(
        default=None,
        description="Extra fonts for packages and reports (names in scripts DejaVu lacks).",
    )
    log_checkpoint_file: Path | None = Field(
        default=None,
        description="Where the latest signed checkpoint of the sharing log is kept outside the "
        "database (default <data_dir>/sharing-log-checkpoint.json); storage every machine "
        "running the gateway shares, where there are several.",
    )
    recipient_key_passphrase: SecretStr | None = Field(
        default=None,
        description="Passphrase of a recipient's private key, for `package open` (else asked).",
    )

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

    @property
    def log_checkpoint_path(self) -> Path:
        if self.log_checkpoint_file is not None:
            return self.log_checkpoint_file
        return self.data_dir / "sharing-log-checkpoint.json"

    @property
    def kek_path(self) -> Path:
        return self.kek_file if self.kek_file is not None else self.keys_dir / "kek.key"


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment: only the entry points call this."""
    return Settings(**overrides)  # type: ignore[arg-type]
