"""Setting up how people sign in, at the command line: passwords, TOTP enrolment, API tokens.

These are actions like any other: the acting person proves who they are (their API token or an
interactive sign-in), may set up their own account or, as an administrator, anyone's, and each
change is recorded in the access log. Secrets never come from the command line itself. Add them
to the `user` group with ``auth.register(user.app)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, fail, read_text_input, run, say, stdin_is_terminal


def _refuse_password_argument(value: str | None) -> None:
    if value is not None:
        fail(
            "A password is never given on the command line: `ps` and the shell's history "
            "would keep it.",
            "Run the command at a terminal to be asked for it (not echoed), or give "
            "--password-file FILE (or '-' for standard input).",
            code=2,
        )


def _new_password(password_file: Path | None) -> str:
    if password_file is not None:
        given = read_text_input(password_file, "the password").rstrip("\r\n")
        if "\n" in given:
            fail("The password file holds more than one line.", "Put only the password in it.")
        return given
    if not stdin_is_terminal():
        fail(
            "No password given: there is no terminal to ask for it.",
            "Give --password-file FILE (or '-' to read it from standard input).",
            code=2,
        )
    password: str = typer.prompt(
        "New password (at least 12 characters)",
        hide_input=True,
        confirmation_prompt=True,
        err=True,
    )
    return password


def set_password_command(
    username: Annotated[str, typer.Argument(help="Whose password: yours, or (administrators) "
                                                 "anyone's.")],
    as_user: AsUser,
    password_file: Annotated[
        Path | None,
        typer.Option(
            "--password-file",
            help="Read the new password from this file ('-': standard input) instead of "
            "asking for it.",
        ),
    ] = None,
    password: Annotated[
        str | None,
        typer.Option("--password", hidden=True, help="Refused: never on the command line."),
    ] = None,
) -> None:
    """Set an account's password (stored as an Argon2id hash); asked for at a terminal."""
    from gateway.auth import use_cases

    _refuse_password_argument(password)
    done = run(as_user, use_cases.set_password, username, _new_password(password_file))
    say(f"Password set for {done.username}.")


def enrol_totp_command(username: str, as_user: AsUser) -> None:
    """Give an account a new TOTP secret; scan the URI into an authenticator app."""
    from gateway.auth import use_cases

    enrolled = run(as_user, use_cases.enrol_totp, username)
    say(f"Secret for {enrolled.username}: {enrolled.secret}")
    say(f"Authenticator URI: {enrolled.uri}")
    say("Give it to them in person; it is not shown again.")


def create_token_command(
    username: Annotated[
        str, typer.Argument(help="Your own account, or (administrators) a service account.")
    ],
    name: Annotated[str, typer.Option(help="The script that will use it.")],
    as_user: AsUser,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write the token to this new file (0600), for PREVENT_GATEWAY_TOKEN_FILE, "
            "instead of printing it.",
        ),
    ] = None,
) -> None:
    """Create an API token, scoped to the account's role (shown once, stored hashed)."""
    from gateway.auth import use_cases

    if out is not None and out.exists():
        fail(f"{out} already exists.", "Choose a new file; a token file is never overwritten.")
    issued = run(as_user, use_cases.create_token, username, name)
    if out is None:
        say(f"API token for {issued.username} ({issued.role_label}), shown once:")
        say(issued.token)
        return
    from gateway.keys.files import write_private_file

    try:
        write_private_file(out, (issued.token + "\n").encode("ascii"))
    except OSError as exc:
        fail(
            f"Could not write {out}: {exc}. The token was made but is not shown again.",
            f"Revoke it (`prevent-gateway user revoke-token {issued.details.id}` as its owner; "
            "for a service account, disable the account) and make another.",
        )
    say(
        f"API token {issued.details.id} for {issued.username} ({issued.role_label}) written to "
        f"{out} (mode 0600: readable by its owner only). Use it with "
        f"PREVENT_GATEWAY_TOKEN_FILE={out}"
    )


def register(user_app: typer.Typer) -> None:
    user_app.command("set-password")(set_password_command)
    user_app.command("enrol-totp")(enrol_totp_command)
    user_app.command("create-token")(create_token_command)
