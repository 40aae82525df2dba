from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, JsonOption, print_json, run, say

app = typer.Typer(help="The registry of who may receive disclosures.", no_args_is_help=True)

KIND_HELP = "regional_prevent_coordinator, channel_panel or police_prevent_team."


@app.command("add")
def add(
    kind: Annotated[str, typer.Option(help=KIND_HELP)],
    name: Annotated[str, typer.Option(help="The person or panel.")],
    organisation: Annotated[str, typer.Option(help="Their organisation.")],
    contact: Annotated[str, typer.Option(help="Secure contact details.")],
    as_user: AsUser,
    public_key: Annotated[
        Path | None,
        typer.Option(help="Their public key file from `prevent-gateway keys recipient-new`."),
    ] = None,
    competent_authority: Annotated[
        bool, typer.Option(help="A competent authority under DPA 2018 Part 3 (e.g. police).")
    ] = False,
) -> None:
    """Register a recipient (administrators)."""
    from gateway.errors import InvalidInput
    from gateway.recipients import use_cases
    from gateway.recipients.domain import RecipientKind

    try:
        parsed = RecipientKind(kind)
    except ValueError:
        raise InvalidInput(f"'{kind}' is not a recipient kind.", hint=KIND_HELP) from None
    key_text = None
    if public_key is not None:
        if not public_key.is_file():
            raise InvalidInput(f"No file at {public_key}.")
        key_text = public_key.read_text(encoding="utf-8")
    made = run(
        as_user,
        use_cases.register_recipient,
        kind=parsed,
        name=name,
        organisation=organisation,
        contact=contact,
        public_key=key_text,
        competent_authority=competent_authority,
    )
    say(f"Registered recipient {made.reference}.")


@app.command("list")
def list_(as_user: AsUser, as_json: JsonOption = False) -> None:
    """List registered recipients."""
    from gateway.recipients import use_cases

    rows = run(as_user, use_cases.list_recipients)
    if as_json:
        print_json(rows)
        return
    for r in rows:
        state = "active" if r.active else "inactive"
        key = "yes" if r.has_public_key else "no"
        say(f"{r.reference}  {r.kind_label:30} {r.name} ({r.organisation})  {state}  key:{key}")


@app.command("deactivate")
def deactivate(reference: str, as_user: AsUser) -> None:
    """Stop a recipient receiving anything further."""
    from gateway.recipients import use_cases

    run(as_user, use_cases.set_recipient_active, reference, False)
    say(f"{reference} deactivated.")


@app.command("activate")
def activate(reference: str, as_user: AsUser) -> None:
    """Let a deactivated recipient receive disclosures again."""
    from gateway.recipients import use_cases

    run(as_user, use_cases.set_recipient_active, reference, True)
    say(f"{reference} activated.")
