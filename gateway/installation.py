"""A new installation: data directory, database, keys, key-encryption key, first administrator."""

from __future__ import annotations

from sqlalchemy import select

from gateway.config import Settings
from gateway.context import open_context
from gateway.db import transaction
from gateway.encryption.keystore import ensure_kek
from gateway.errors import InvalidInput
from gateway.keys import Keyring
from gateway.migrate import upgrade_to_head
from gateway.users.domain import Role
from gateway.users.models import User
from gateway.users.service import create_user


def initialise(
    settings: Settings, *, admin_username: str, admin_name: str, demo: bool = False
) -> str:
    """Data dir, database, keys and the first administrator. Returns what was done.

    Refuses the example origin and organisation name unless ``demo``.
    """
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
        with transaction(ctx.sessions) as session:
            has_admin = session.scalar(select(User).where(User.role == Role.ADMINISTRATOR))
            if has_admin is None:
                create_user(
                    session,
                    username=admin_username,
                    display_name=admin_name,
                    role=Role.ADMINISTRATOR,
                    actor=None,
                )
        lines = [f"Data directory: {settings.data_dir.resolve()}"]
        lines.append(f"Database: {ctx.engine.url.render_as_string(hide_password=True)}")
        lines.append("Keys: created" if made_keys else "Keys: already present, kept")
        lines.append(kek_line)
        if has_admin is None:
            lines.append(f"Administrator: {admin_username}")
        return "\n".join(lines)
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
