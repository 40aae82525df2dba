"""A new installation: data directory, database, keys, key-encryption key, first administrator."""

from __future__ import annotations

from sqlalchemy import select

from gateway.config import Settings
from gateway.context import open_context
from gateway.db import transaction
from gateway.encryption.keystore import ensure_kek
from gateway.keys import Keyring
from gateway.migrate import upgrade_to_head
from gateway.users.domain import Role
from gateway.users.models import User
from gateway.users.service import create_user


def initialise(settings: Settings, *, admin_username: str, admin_name: str) -> str:
    """Data dir, database, keys and the first administrator. Returns what was done."""

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
