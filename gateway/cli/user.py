from __future__ import annotations

from typing import Annotated

import typer

from gateway.cli.common import AsUser, act

app = typer.Typer(help="Accounts and roles (administrators).", no_args_is_help=True)

ROLE_HELP = (
    "One of: prevent_lead, prevent_lead_nominee, dpo, smt_member, student_support, tutor, "
    "auditor, administrator."
)


@app.command("add")
def add(
    username: str,
    name: Annotated[str, typer.Option("--name", help="Display name.")],
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)],
    as_user: AsUser,
) -> None:
    """Create an account with one role."""
    from gateway.errors import InvalidInput
    from gateway.users.domain import Role
    from gateway.users.service import create_user

    try:
        parsed = Role(role)
    except ValueError:
        raise InvalidInput(f"'{role}' is not a role.", hint=ROLE_HELP) from None
    act(
        as_user,
        lambda s, a, _c: create_user(s, username=username, display_name=name, role=parsed, actor=a),
    )
    typer.echo(f"Created {username} ({parsed.label}).")


@app.command("list")
def list_(as_user: AsUser) -> None:
    """List accounts."""
    from gateway.users.service import list_users

    rows = act(
        as_user,
        lambda s, a, _c: [
            (u.username, u.display_name, u.role.label, u.active) for u in list_users(s, a)
        ],
    )
    for username, name, role, active in rows:
        typer.echo(f"{username:20} {name:30} {role:32} {'active' if active else 'disabled'}")


@app.command("disable")
def disable(username: str, as_user: AsUser) -> None:
    """Disable an account (it keeps its history)."""
    from gateway.users.service import set_active

    act(as_user, lambda s, a, _c: set_active(s, username, False, a))
    typer.echo(f"Disabled {username}.")
