"""Sign-in set-up at the server's command line: passwords, TOTP enrolment, API tokens.

These commands name no acting account: they act as the server's recorded local operator (see
:class:`gateway.auth.identity.LocalOperator`), whose role is checked and whose actions are
recorded like anyone's. Add them to the `user` group with ``auth.register(user.app)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from gateway.cli.common import run_as_operator, say

if TYPE_CHECKING:
    pass

P = ParamSpec("P")
T = TypeVar("T")


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
    from gateway.auth import use_cases

    done = run_as_operator(use_cases.set_password, username, password)
    say(f"Password set for {done.username}.")


def enrol_totp_command(username: str) -> None:
    """Give an account a new TOTP secret; scan the URI into an authenticator app."""
    from gateway.auth import use_cases

    enrolled = run_as_operator(use_cases.enrol_totp, username)
    say(f"Secret for {enrolled.username}: {enrolled.secret}")
    say(f"Authenticator URI: {enrolled.uri}")
    say("Give it to them in person; it is not shown again.")


def create_token_command(
    username: str,
    name: Annotated[str, typer.Option(help="The script that will use it.")],
) -> None:
    """Create an API token for an account, scoped to its role (shown once, stored hashed)."""
    from gateway.auth import use_cases

    issued = run_as_operator(use_cases.create_token, username, name)
    say(f"API token for {issued.username} ({issued.role_label}), shown once:")
    say(issued.token)


def register(user_app: typer.Typer) -> None:
    user_app.command("set-password")(set_password_command)
    user_app.command("enrol-totp")(enrol_totp_command)
    user_app.command("create-token")(create_token_command)
