"""Sign-in set-up at the server's command line: passwords, TOTP enrolment, API tokens.

Add them to the `user` group with ``auth.register(user.app)``.
"""

from __future__ import annotations

from typing import Annotated

import typer

from gateway.cli.common import fail


def set_password_command(
    username: str,
    password: Annotated[
        str,
        typer.Option(
            prompt=True, hide_input=True, confirmation_prompt=True, help="At least 12 characters."
        ),
    ],
) -> None:
    """Set an account's password (stored as an Argon2id hash)."""
    from gateway.auth.service import set_password
    from gateway.cli.common import open_ctx
    from gateway.db import transaction

    ctx = open_ctx()
    try:
        with transaction(ctx.sessions) as session:
            set_password(session, None, username, password)
    finally:
        ctx.close()
    typer.echo(f"Password set for {username}.")


def enrol_totp_command(username: str) -> None:
    """Give an account a new TOTP secret; scan the URI into an authenticator app."""
    from gateway.auth.service import enrol_totp
    from gateway.cli.common import open_ctx
    from gateway.db import transaction

    ctx = open_ctx()
    try:
        with transaction(ctx.sessions) as session:
            secret, uri = enrol_totp(session, None, username)
    finally:
        ctx.close()
    typer.echo(f"Secret for {username}: {secret}")
    typer.echo(f"Authenticator URI: {uri}")
    typer.echo("Give it to them in person; it is not shown again.")


def create_token_command(
    username: str,
    name: Annotated[str, typer.Option(help="The script that will use it.")],
) -> None:
    """Create an API token for an account, scoped to its role (shown once, stored hashed)."""
    from gateway.auth.service import issue_token
    from gateway.cli.common import open_ctx
    from gateway.db import transaction

    ctx = open_ctx()
    try:
        with transaction(ctx.sessions) as session:
            issued = issue_token(session, None, username, name)
            role = issued.row.role.label
            token = issued.token
    finally:
        ctx.close()
    if not token:
        fail("No token was issued.")
    typer.echo(f"API token for {username} ({role}), shown once:")
    typer.echo(token)


def register(user_app: typer.Typer) -> None:
    user_app.command("set-password")(set_password_command)
    user_app.command("enrol-totp")(enrol_totp_command)
    user_app.command("create-token")(create_token_command)
