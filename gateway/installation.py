"""A new installation: data directory, database, keys, key-encryption key, first administrator;
and the checks the entry points make of an installation before they use it."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.config import Settings
from gateway.context import open_context
from gateway.encryption.keystore import UNPROTECTED_WARNING, ensure_kek, key_protection_for
from gateway.errors import InvalidInput
from gateway.keys import Keyring
from gateway.migrate import current_revision, upgrade_to_head


@dataclass(frozen=True)
class Initialised:
    """What ``init`` did, and the first administrator's set-up token (None when the
    installation already had an administrator: the token is made once, with the account)."""

    summary: str
    admin_username: str | None = None
    setup_token: str | None = None


def initialise(
    settings: Settings,
    *,
    admin_username: str,
    admin_name: str,
    admin_staff_id: str,
    demo: bool = False,
) -> Initialised:
    """Data dir, database, keys, the first administrator and their set-up token.

    Refuses the example origin and organisation name unless ``demo``. The administrator and the
    token are made by the server's local operator (a recorded system account), like every
    account is made by someone; the token, shown once and working for a day, is how the
    administrator proves who they are until they have a password and a token of their own."""
    from gateway.auth.identity import LocalOperator
    from gateway.auth.use_cases import first_set_up_token
    from gateway.users.use_cases import create_first_administrator

    if not demo:
        _refuse_example_identity(settings.log_origin, settings.organisation_name)

    ctx = open_context(settings)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        settings.data_dir.chmod(0o700)
        upgrade_to_head(ctx.engine)
        made_keys = False
        if not (settings.keys_dir / "keyring.json").exists():
            Keyring.create(settings.keys_dir, settings.key_passphrase, settings.log_origin)
            made_keys = True
        kek_line = ensure_kek(settings)
        admin = ctx.work().run(
            LocalOperator(), create_first_administrator, admin_username, admin_name, admin_staff_id
        )
        lines = [f"Data directory: {settings.data_dir.resolve()}"]
        lines.append(f"Database: {ctx.engine.url.render_as_string(hide_password=True)}")
        lines.append("Keys: created" if made_keys else "Keys: already present, kept")
        lines.append(kek_line)
        if not key_protection_for(settings).configured and settings.kek is None:
            lines.append(UNPROTECTED_WARNING)
        if admin is None:
            return Initialised("\n".join(lines))
        lines.append(f"Administrator: {admin.username}")
        issued = ctx.work().run(LocalOperator(), first_set_up_token, admin.username)
        return Initialised("\n".join(lines), admin.username, issued.token)
    finally:
        ctx.close()


def _refuse_example_identity(origin: str, organisation: str) -> None:
    """The example origin and organisation name are for demos: an origin is fixed for ever in
    every checkpoint, and C2SP wants it unique to each log."""
    fields = Settings.model_fields
    example_origin = fields["log_origin"].default
    example_name = fields["organisation_name"].default
    if origin == example_origin:
        raise InvalidInput(
            f"The sharing-log origin is still the example {origin!r}. The origin is written "
            "into every checkpoint for ever and must name this provider's own log.",
            hint="Set PREVENT_GATEWAY_LOG_ORIGIN to a name of your own, e.g. "
            "'prevent.your-university.ac.uk/sharing-log' (or pass --demo for a throwaway demo).",
        )
    if organisation == example_name:
        raise InvalidInput(
            f"The organisation name is still the example {organisation!r}.",
            hint="Set PREVENT_GATEWAY_ORGANISATION_NAME to your provider's name (or pass --demo "
            "for a throwaway demo).",
        )


def upgrade_database(settings: Settings) -> str:
    """Apply any pending migrations (safe to run more than once); says where the schema is."""
    ctx = open_context(settings)
    try:
        upgrade_to_head(ctx.engine)
        return f"Database is at revision {current_revision(ctx.engine)}."
    finally:
        ctx.close()


def check_ready_to_serve(settings: Settings) -> None:
    """Refuse, with what to do, when the installation is missing or its schema is behind."""
    from sqlalchemy import inspect

    from gateway.context import open_installation
    from gateway.errors import SetupRequired

    ctx = open_installation(settings)  # fails with a clear message if there is none
    try:
        if not inspect(ctx.engine).has_table("auth_sessions"):
            raise SetupRequired(
                "The database has no sign-in tables yet.",
                hint="Run `prevent-gateway db upgrade` first.",
            )
    finally:
        ctx.close()
