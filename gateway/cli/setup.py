from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import fail

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply any pending database migrations (safe to run more than once)."""
    from gateway.context import open_context
    from gateway.migrate import current_revision, upgrade_to_head

    ctx = open_context()
    try:
        upgrade_to_head(ctx.engine)
        typer.echo(f"Database is at revision {current_revision(ctx.engine)}.")
    finally:
        ctx.close()


def _refuse_example_identity(origin: str, organisation: str) -> None:
    """The example origin and organisation name are for demos: an origin is fixed for ever in
    every checkpoint, and C2SP wants it unique to each log."""
    from gateway.config import Settings
    from gateway.errors import InvalidInput

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


def init_installation(
    data_dir: Path | None,
    admin_username: str,
    admin_name: str,
    *,
    demo: bool = False,
) -> str:
    """Data dir, database, keys and the first administrator. Returns what was done.

    Refuses the example origin and organisation name unless ``demo``.
    """
    from sqlalchemy import select

    from gateway.context import open_context
    from gateway.db import transaction
    from gateway.keys import Keyring
    from gateway.migrate import upgrade_to_head
    from gateway.users.domain import Role
    from gateway.users.models import User
    from gateway.users.service import create_user

    ctx = open_context(data_dir=data_dir)
    try:
        settings = ctx.settings
        if not demo:
            _refuse_example_identity(settings.log_origin, settings.organisation_name)
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        settings.data_dir.chmod(0o700)
        upgrade_to_head(ctx.engine)
        made_keys = False
        if not (settings.keys_dir / "keyring.json").exists():
            Keyring.create(settings.keys_dir, settings.key_passphrase, settings.log_origin)
            made_keys = True
        from gateway.retention.keystore import ensure_kek

        kek_line = ensure_kek(settings.data_dir)
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


def register(app: typer.Typer) -> None:
    @app.command("init")
    def init(
        data_dir: Annotated[
            Path | None,
            typer.Option(help="Where to keep the database and keys (default from settings)."),
        ] = None,
        admin: Annotated[str, typer.Option(help="Username of the first administrator.")] = "admin",
        admin_name: Annotated[str, typer.Option(help="Their display name.")] = "Administrator",
        demo: Annotated[
            bool,
            typer.Option(
                "--demo",
                help="A throwaway installation: accept the example sharing-log origin and "
                "organisation name.",
            ),
        ] = False,
    ) -> None:
        """Create the data directory, the database, the signing keys and an administrator.

        Set PREVENT_GATEWAY_LOG_ORIGIN and PREVENT_GATEWAY_ORGANISATION_NAME first: the
        examples are refused (unless --demo), as the origin is fixed for ever in the log."""
        import warnings

        from gateway.errors import InvalidInput
        from gateway.keys.errors import KeyringError

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                typer.echo(init_installation(data_dir, admin, admin_name, demo=demo))
            except KeyringError as exc:
                fail(str(exc))
            except InvalidInput as exc:
                fail(exc.message, exc.hint)
        for warning in caught:
            typer.echo(f"Warning: {warning.message}", err=True)
