from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import cli_settings, fail

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply any pending database migrations (safe to run more than once)."""
    from gateway.installation import upgrade_database

    typer.echo(upgrade_database(cli_settings()))


def register(app: typer.Typer) -> None:
    @app.command("init")
    def init(
        data_dir: Annotated[
            Path | None,
            typer.Option(help="Where to keep the database and keys (default from settings)."),
        ] = None,
        admin: Annotated[str, typer.Option(help="Username of the first administrator.")] = "admin",
        admin_name: Annotated[str, typer.Option(help="Their display name.")] = "Administrator",
    ) -> None:
        """Create the data directory, the database, the signing keys and an administrator."""
        import warnings

        from gateway.installation import initialise
        from gateway.keys.errors import KeyringError

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                settings = cli_settings()
                if data_dir is not None:
                    settings = settings.model_copy(update={"data_dir": data_dir})
                typer.echo(initialise(settings, admin_username=admin, admin_name=admin_name))
            except KeyringError as exc:
                fail(str(exc))
        for warning in caught:
            typer.echo(f"Warning: {warning.message}", err=True)
