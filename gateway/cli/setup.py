from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import cli_settings

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)


@db_app.callback()
def db_group() -> None:
    """Database schema: `prevent-gateway db upgrade` applies pending migrations."""


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply any pending database migrations (safe to run more than once)."""
    from gateway.installation import upgrade_database

    typer.echo(upgrade_database(cli_settings()))


def register(app: typer.Typer) -> None:
    @app.command("init")
    def init(
        admin_staff_id: Annotated[
            str,
            typer.Option(
                help="The first administrator's staff identifier (staff number): every account "
                "belongs to a person."
            ),
        ],
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
        """Create the data directory, the database, the signing keys and an administrator,
        and print the administrator's one-time set-up token.

        Set PREVENT_GATEWAY_LOG_ORIGIN and PREVENT_GATEWAY_ORGANISATION_NAME first: the
        examples are refused (unless --demo), as the origin is fixed for ever in the log."""
        import warnings

        from gateway.auth.policy import SETUP_TOKEN_LIFETIME
        from gateway.installation import initialise

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            settings = cli_settings()
            if data_dir is not None:
                settings = settings.model_copy(update={"data_dir": data_dir})
            done = initialise(
                settings,
                admin_username=admin,
                admin_name=admin_name,
                admin_staff_id=admin_staff_id,
                demo=demo,
            )
        typer.echo(done.summary)
        if done.setup_token is not None:
            hours = int(SETUP_TOKEN_LIFETIME.total_seconds() // 3600)
            typer.echo(
                f"\nSet-up token for {done.admin_username}, shown once, working for {hours} "
                f"hours:\n{done.setup_token}\n\n"
                "Every other command needs proof of who you are. Paste the token into "
                "PREVENT_GATEWAY_TOKEN without it reaching your shell's history "
                "(`read -rs PREVENT_GATEWAY_TOKEN && export PREVENT_GATEWAY_TOKEN`), then set "
                f"your password (`prevent-gateway user set-password {done.admin_username}`), "
                f"your second factor (`prevent-gateway user enrol-totp {done.admin_username}`) "
                "and a token of your own (`prevent-gateway user create-token "
                f"{done.admin_username} --name NAME --out FILE`)."
            )
        for warning in caught:
            typer.echo(f"Warning: {warning.message}", err=True)
