"""Settings of the retention area, read from the same ``PREVENT_GATEWAY_`` environment."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class RetentionSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PREVENT_GATEWAY_", env_file=".env", extra="ignore"
    )

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

    def kek_path(self, data_dir: Path) -> Path:
        return self.kek_file if self.kek_file is not None else data_dir / "keys" / "kek.key"
