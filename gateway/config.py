"""The one settings object: read from the environment (prefix ``PREVENT_GATEWAY_``) and an optional
``.env`` at the entry points (CLI, web app, demo), then passed down. Nothing below the entry points
reads the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from gateway.cases.intake import IntakeRules


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
    referrer_contact: str | None = Field(
        default=None,
        description="The Prevent team's work e-mail address, printed in each referral as the "
        "referrer's contact (a shared mailbox, not a person's own).",
    )
    log_origin: str = Field(
        default="prevent-gateway.example.ac.uk/sharing-log",
        description="The C2SP checkpoint origin line of this provider's sharing log.",
    )
    public_authority: bool = Field(
        default=True,
        description="A public authority may not rely on legitimate interests or recognised "
        "legitimate interests (UK GDPR Art 6(1)(f) and (ea), Art 6(1) as amended).",
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
    key_command: str | None = Field(
        default=None,
        description="A command that prints the installation's master key (base64 of 32 bytes), "
        "e.g. from a secrets manager or HSM; with it the key-encryption key is stored encrypted "
        "under that key rather than under the passphrase.",
    )
    key_fd: int | None = Field(
        default=None,
        ge=0,
        description="An open file descriptor the master key (base64 of 32 bytes) is read from, "
        "once per process, instead of a command (e.g. handed over by a service manager).",
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
        description="Passphrase of a recipient's private key, for opening a package (else asked).",
    )
    token: SecretStr | None = Field(
        default=None,
        description="The command line user's API token: the proof of who is acting.",
    )
    token_file: Path | None = Field(
        default=None,
        description="A file holding the API token instead (readable by its owner only).",
    )
    user: str | None = Field(
        default=None,
        description="The account a command acts as (as `--as`); it must be the one the token "
        "or the sign-in proves.",
    )

    evidence_types: str = Field(
        default="png,jpeg,pdf,docx,text",
        description="The evidence file types accepted, comma-separated, from: png, jpeg, pdf, "
        "docx, text. The type is read from the file's content, not its name.",
    )
    evidence_max_file_mb: int = Field(
        default=25, ge=1, le=1024, description="The largest evidence file accepted, in MB."
    )
    evidence_max_case_mb: int = Field(
        default=250, ge=1, le=102_400, description="The most evidence one case may hold, in MB."
    )

    @field_validator("evidence_types")
    @classmethod
    def _known_evidence_types(cls, value: str) -> str:
        from gateway.cases.intake import KNOWN_TYPES

        names = [v.strip().lower() for v in value.split(",") if v.strip()]
        unknown = [n for n in names if n not in KNOWN_TYPES]
        if unknown or not names:
            raise ValueError(
                f"unknown evidence type(s) {', '.join(unknown) or '(none given)'}: use a "
                f"comma-separated list of {', '.join(KNOWN_TYPES)}"
            )
        return ",".join(dict.fromkeys(names))

    @model_validator(mode="after")
    def _file_limit_within_case_limit(self) -> Settings:
        if self.evidence_max_file_mb > self.evidence_max_case_mb:
            raise ValueError(
                "PREVENT_GATEWAY_EVIDENCE_MAX_FILE_MB is larger than "
                "PREVENT_GATEWAY_EVIDENCE_MAX_CASE_MB: one file may not exceed the case's limit"
            )
        return self

    @property
    def evidence_rules(self) -> IntakeRules:
        """The intake rules for evidence files."""
        from gateway.cases.intake import MB, IntakeRules

        return IntakeRules(
            allowed_types=frozenset(self.evidence_types.split(",")),
            max_file_bytes=self.evidence_max_file_mb * MB,
            max_case_bytes=self.evidence_max_case_mb * MB,
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

    def api_token(self) -> str | None:
        """The command line user's API token: ``PREVENT_GATEWAY_TOKEN``, else the content of
        ``PREVENT_GATEWAY_TOKEN_FILE``; None when neither is set.

        The file must be readable by its owner only (like an SSH key): a token others can read
        proves nothing about who is acting."""
        if self.token is not None and self.token.get_secret_value().strip():
            return self.token.get_secret_value().strip()
        if self.token_file is None:
            return None
        from gateway.errors import InvalidInput

        path = self.token_file
        try:
            mode = path.stat().st_mode
            text = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                f"Cannot read the API token file {path}: {exc}.",
                hint="Set PREVENT_GATEWAY_TOKEN_FILE to a file holding only your API token.",
            ) from None
        if mode & 0o077:
            raise InvalidInput(
                f"The API token file {path} can be read by other people (mode "
                f"{mode & 0o777:o}), so the token in it proves nothing about who is acting.",
                hint=f"Make it yours alone with `chmod 600 {path}`, and replace the token if "
                "anyone else could have read it (`prevent-gateway user revoke-token`).",
            )
        if not text:
            raise InvalidInput(
                f"The API token file {path} is empty.",
                hint="Put your API token in it (`prevent-gateway user create-token ... --out`).",
            )
        return text


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment: only the entry points call this."""
    return Settings(**overrides)  # type: ignore[arg-type]
