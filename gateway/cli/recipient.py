from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, act

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
    from gateway.recipients.models import RecipientKind
    from gateway.recipients.service import register_recipient

    try:
        parsed = RecipientKind(kind)
    except ValueError:
        raise InvalidInput(f"'{kind}' is not a recipient kind.", hint=KIND_HELP) from None
    key_text = None
    if public_key is not None:
        if not public_key.is_file():
            raise InvalidInput(f"No file at {public_key}.")
        key_text = public_key.read_text(encoding="utf-8")
    ref = act(
        as_user,
        lambda s, a, _c: (
            register_recipient(
                s,
                a,
                kind=parsed,
                name=name,
                organisation=organisation,
                contact=contact,
                public_key=key_text,
                competent_authority=competent_authority,
            ).reference
        ),
    )
    typer.echo(f"Registered recipient {ref}.")


@app.command("list")
def list_(as_user: AsUser) -> None:
    """List registered recipients."""
    from gateway.recipients.service import list_recipients

    rows = act(
        as_user,
        lambda s, a, _c: [
            (r.reference, r.kind.label, r.name, r.organisation, r.active, bool(r.public_key))
            for r in list_recipients(s, a)
        ],
    )
    for ref, kind, name, org, active, key in rows:
        state = "active" if active else "inactive"
        typer.echo(f"{ref}  {kind:30} {name} ({org})  {state}  key:{'yes' if key else 'no'}")


@app.command("deactivate")
def deactivate(reference: str, as_user: AsUser) -> None:
    """Stop a recipient receiving anything further."""
    from gateway.recipients.service import set_recipient_active

    act(as_user, lambda s, a, _c: set_recipient_active(s, a, reference, False))
    typer.echo(f"{reference} deactivated.")
