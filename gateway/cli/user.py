from __future__ import annotations

from typing import Annotated

import typer

from gateway.cli.common import AsUser, JsonOption, print_json, run, say

app = typer.Typer(help="Accounts and roles (administrators).", no_args_is_help=True)

STAFF_ID_HELP = (
    "The staff identifier (staff number) of the person the account belongs to; two accounts "
    "of one person share it, and separation of duties treats them as one."
)
ROLE_HELP = (
    "One of: prevent_lead, prevent_lead_nominee, dpo, smt_member, student_support, tutor, "
    "auditor, administrator, service (a named account for scheduled jobs, acting only with "
    "its API token)."
)


@app.command("add")
def add(
    username: str,
    name: Annotated[str, typer.Option("--name", help="Display name.")],
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)],
    staff_id: Annotated[str, typer.Option("--staff-id", help=STAFF_ID_HELP)],
    as_user: AsUser,
) -> None:
    """Create an account with one role, for the person with the staff identifier."""
    from gateway.errors import InvalidInput
    from gateway.users import use_cases
    from gateway.users.domain import Role

    try:
        parsed = Role(role)
    except ValueError:
        raise InvalidInput(f"'{role}' is not a role.", hint=ROLE_HELP) from None
    made = run(as_user, use_cases.create_user, username, name, parsed, staff_id)
    say(f"Created {made.username} ({made.role_label}) for staff {made.staff_id}.")


@app.command("set-staff-id")
def set_staff_id(
    username: str,
    staff_id: Annotated[str, typer.Argument(help=STAFF_ID_HELP)],
    as_user: AsUser,
) -> None:
    """Name the person an account belongs to (accounts made before staff identifiers were
    recorded have a placeholder, shown as 'not confirmed' in `user list`)."""
    from gateway.users import use_cases

    changed = run(as_user, use_cases.set_staff_id, username, staff_id)
    say(f"{changed.username} belongs to staff {changed.staff_id}.")


@app.command("list")
def list_(as_user: AsUser, as_json: JsonOption = False) -> None:
    """List accounts."""
    from gateway.users import use_cases

    accounts = run(as_user, use_cases.list_users)
    if as_json:
        print_json(accounts)
        return
    for u in accounts:
        state = "active" if u.active else "disabled"
        person = u.staff_id if u.staff_id_confirmed else "(staff id not confirmed)"
        say(f"{u.username:20} {u.display_name:30} {person:24} {u.role_label:32} {state}")


@app.command("disable")
def disable(username: str, as_user: AsUser) -> None:
    """Disable an account (it keeps its history)."""
    from gateway.users import use_cases

    run(as_user, use_cases.set_user_active, username, False)
    say(f"Disabled {username}.")


@app.command("tokens")
def tokens(as_user: AsUser, as_json: JsonOption = False) -> None:
    """Your API tokens (their secrets are never shown again)."""
    from gateway.auth import use_cases

    rows = run(as_user, use_cases.my_tokens)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No API tokens.")
    for t in rows:
        used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
        state = "revoked" if t.revoked else "active"
        say(f"{t.id:5} {t.prefix}…  {t.name:30} {state:8} last used {used}")


@app.command("revoke-token")
def revoke_token(token_id: int, as_user: AsUser) -> None:
    """Stop one of your API tokens working, at once."""
    from gateway.auth import use_cases

    row = run(as_user, use_cases.revoke_token, token_id)
    say(f"Token {row.id} ({row.name}) revoked.")


@app.command("enable")
def enable(username: str, as_user: AsUser) -> None:
    """Enable a disabled account again."""
    from gateway.users import use_cases

    run(as_user, use_cases.set_user_active, username, True)
    say(f"Enabled {username}.")
