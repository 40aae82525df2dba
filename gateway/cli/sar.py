"""`prevent-gateway sar`: subject access requests (UK GDPR Art 15) handled by the DPO."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from gateway.cli.common import AsUser, JsonOption, open_ctx, run, run_in

if TYPE_CHECKING:
    from gateway.sar.views import SARItemView, SARView

E = TypeVar("E", bound=StrEnum)

app = typer.Typer(help="Subject access requests: open (a student or anyone named in a case), "
                  "verify identity, stop and restart the clock, decide items, other people and "
                  "revealing pairs, extend, refresh, export, list.",
                  no_args_is_help=True)


def _item_line(i: SARItemView) -> list[str]:
    lines = [f"{i.position:4} {i.decision.value:9} {i.source_ref:34} {i.label}"]
    if i.prejudice_reasoning:
        lines.append(f"       withheld ({i.exemption}): {i.prejudice_reasoning}")
    return lines


@app.command("open")
def open_(
    as_user: AsUser,
    student_id: Annotated[str | None, typer.Argument(
        help="The student's id (or give --person).")] = None,
    person: Annotated[str | None, typer.Option(
        help="Another person who asked: their name as a case's roster records it (with "
        "--case), or as they gave it.")] = None,
    case: Annotated[str | None, typer.Option(
        help="With --person: the case whose roster names them.")] = None,
    identifier: Annotated[list[str] | None, typer.Option(
        help="With --person: another name or identifier the records may use for them "
        "(repeat).")] = None,
    received_on: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="When the request was received (default today).")] = None,
) -> None:
    """Open a request and list every record held about the requester (for a student, with the
    sharing-log entries found through their pseudonymous reference; for anyone else named in a
    case, the records that name them) and the other people in those records."""
    from gateway.sar import use_cases
    from gateway.sar.domain import PersonToFind

    who = (PersonToFind(name=person, case_reference=case, identifiers=tuple(identifier or ()))
           if person is not None else None)
    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.open_request, student_id, person=who,
                      received_on=received_on.date() if received_on else None,
                      keyring=ctx.keyring, log=ctx.transparency_log())
    finally:
        ctx.close()
    typer.echo(f"{view.reference} opened: {view.items} item(s) found, "
               f"{len(view.third_parties)} other person(s) in them; "
               f"respond by {view.due_on.isoformat()}.")
    typer.echo("Record how the requester's identity was confirmed: prevent-gateway sar "
               f"verify-identity {view.reference} --method ...")
    typer.echo(f"Decide each item: prevent-gateway sar show {view.reference}")


@app.command("show")
def show(
    reference: str,
    as_user: AsUser,
    item: Annotated[int | None, typer.Option(
        help="Print this item's full content (unredacted) to decide on it.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The request, its deadline and clock, each item with its decision, the other people in
    them, and the items that would reveal a withheld one."""
    from gateway.sar import use_cases

    ctx = open_ctx()
    try:
        if item is not None:
            text = run_in(ctx, as_user, use_cases.read_item, reference, item,
                          log=ctx.transparency_log())
            typer.echo(text.model_dump_json(indent=2) if as_json else text.content)
            return
        r = run_in(ctx, as_user, use_cases.read_request, reference, log=ctx.transparency_log())
    finally:
        ctx.close()
    if as_json:
        typer.echo(r.model_dump_json(indent=2))
        return
    for line in _request_lines(r):
        typer.echo(line)


def _request_lines(r: SARView) -> list[str]:
    clock = (f"clock stopped ({r.pauses[-1].reason_label})" if r.paused
             else "OVERDUE" if r.overdue else f"{r.days_left} days left")
    lines = [f"{r.reference} from {r.requester}; received {r.received_on.isoformat()}, due "
             f"{r.due_on.isoformat()} ({clock}), {r.status.value}"]
    if r.extension_reason:
        lines.append(f"Extended: {r.extension_reason}")
    if r.identity:
        lines.append(f"Identity confirmed {r.identity.verified_at:%Y-%m-%d} by "
                     f"{r.identity.verified_by}: {r.identity.method_label}"
                     + (f" ({r.identity.details})" if r.identity.details else ""))
    else:
        lines.append("Identity: not yet confirmed")
    for p in r.pauses:
        until = p.resumed_on.isoformat() if p.resumed_on else "now"
        lines.append(f"Clock stopped {p.paused_on.isoformat()} to {until} ({p.days} day(s)): "
                     f"{p.reason_label}; {p.detail}")
    lines.append("Items:")
    for i in r.item_list:
        lines += _item_line(i)
    lines.append("Other people (DPA 2018 Sch 2 para 16):")
    for t in r.third_parties:
        lines.append(f"{t.position:4} {t.decision.value:10} {t.name} ({t.connection})"
                     + (f": {t.reasoning}" if t.reasoning else ""))
    if r.revealing:
        lines.append("Items that reveal a withheld item:")
    for pair in r.revealing:
        why = ", ".join(pair.records + ([f"{pair.passages} passage(s) of 8+ words"]
                                        if pair.passages else []))
        lines.append(f"     item {pair.revealing} reveals withheld item {pair.withheld} "
                     f"({why}): {pair.resolution.value if pair.resolution else 'UNRESOLVED'}")
    return lines


@app.command("decide")
def decide(
    reference: str,
    position: int,
    as_user: AsUser,
    withhold: Annotated[bool, typer.Option(
        "--withhold/--disclose", help="Withhold under DPA 2018 Sch 2 para 2, or disclose.")]
    = False,
    reason: Annotated[str | None, typer.Option(
        help="For --withhold: how disclosing this item would prejudice the prevention or "
        "detection of crime.")] = None,
) -> None:
    """Disclose an item, or withhold it with the prejudice reasoning recorded."""
    from gateway.sar import use_cases
    from gateway.sar.domain import ItemDecision

    decision = ItemDecision.WITHHOLD if withhold else ItemDecision.DISCLOSE
    run(as_user, use_cases.decide_item, reference, position, decision, reason)
    typer.echo(f"{reference} item {position}: {decision.value}.")


@app.command("verify-identity")
def verify_identity(
    reference: str,
    as_user: AsUser,
    method: Annotated[str, typer.Option(
        help="How it was confirmed: university_account, photo_id, in_person, known_details or "
        "other.")],
    details: Annotated[str | None, typer.Option(
        help="What was checked (required for 'other'; no document numbers).")] = None,
) -> None:
    """Record how the requester's identity was confirmed (by you, now). A clock stopped for
    their identity starts again."""
    from gateway.sar import use_cases
    from gateway.sar.domain import IdentityMethod

    chosen = _choice(IdentityMethod, method, "--method")
    view = run(as_user, use_cases.verify_identity, reference, chosen, details)
    typer.echo(f"{reference}: identity confirmed ({chosen.label}); due "
               f"{view.due_on.isoformat()}.")


@app.command("pause")
def pause(
    reference: str,
    as_user: AsUser,
    reason: Annotated[str, typer.Option(
        help="What was asked of the requester, and when (UK GDPR Art 12A).")],
    awaiting: Annotated[str, typer.Option(
        help="What is awaited: identity or clarification.")] = "clarification",
) -> None:
    """Stop the clock while information to confirm the requester's identity, or to clarify
    the request, is awaited."""
    from gateway.sar import use_cases
    from gateway.sar.domain import PauseReason

    kind = _choice(PauseReason, awaiting, "--awaiting")
    run(as_user, use_cases.pause, reference, kind, reason)
    typer.echo(f"{reference}: clock stopped, {kind.label}. Resume it when that arrives.")


@app.command("resume")
def resume(reference: str, as_user: AsUser) -> None:
    """Start the clock again: what was awaited has arrived."""
    from gateway.sar import use_cases

    view = run(as_user, use_cases.resume, reference)
    typer.echo(f"{reference}: clock running again; now due {view.due_on.isoformat()}.")


@app.command("third-party")
def third_party(
    reference: str,
    position: int,
    as_user: AsUser,
    decision: Annotated[str, typer.Option(
        help="consent, reasonable (to disclose without consent) or withhold.")],
    reason: Annotated[str | None, typer.Option(
        help="How consent was given, or why disclosure is reasonable without it.")] = None,
) -> None:
    """DPA 2018 Sch 2 para 16 for one other person in the records: disclose their data, with
    their consent or because it is reasonable without it, or withhold it (redacted)."""
    from gateway.sar import use_cases
    from gateway.sar.domain import ThirdPartyDecision

    chosen = _choice(ThirdPartyDecision, decision, "--decision")
    view = run(as_user, use_cases.decide_third_party, reference, position, chosen, reason)
    typer.echo(f"{reference} person {position}: {view.decision_label}.")


@app.command("resolve")
def resolve(
    reference: str,
    withheld: Annotated[int, typer.Argument(help="The withheld item.")],
    revealing: Annotated[int, typer.Argument(help="The item that reveals it.")],
    as_user: AsUser,
    action: Annotated[str, typer.Option(
        "--action", help="withhold (the revealing item too), redact (the revealing passages) "
        "or disclose (with the reasons).")],
    reason: Annotated[str | None, typer.Option(
        help="To withhold: the Sch 2 para 2 reasoning; to disclose: why it is right.")] = None,
) -> None:
    """Decide about an item that reveals a withheld one."""
    from gateway.sar import use_cases
    from gateway.sar.domain import PairResolution

    chosen = None if action == "withhold" else _choice(PairResolution, action, "--action")
    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.resolve_pair, reference, withheld, revealing,
                      chosen, reason, log=ctx.transparency_log())
    finally:
        ctx.close()
    left = sum(1 for p in view.revealing if p.resolution is None)
    typer.echo(f"{reference}: item {revealing} against withheld item {withheld}: {action}; "
               f"{left} pair(s) left to resolve.")


def _choice(kind: type[E], value: str, option: str) -> E:
    from gateway.errors import InvalidInput

    try:
        return kind(value)
    except ValueError:
        raise InvalidInput(f"{value!r} is not a choice for {option}.",
                           hint="Use one of: " + ", ".join(m.value for m in kind)) from None


@app.command("extend")
def extend(
    reference: str,
    as_user: AsUser,
    reason: Annotated[str, typer.Option(help="Why the request is complex or numerous.")],
) -> None:
    """Extend the deadline by two further months (once, within the first month)."""
    from gateway.sar import use_cases

    view = run(as_user, use_cases.extend, reference, reason)
    typer.echo(f"{reference} now due {view.due_on.isoformat()}. "
               "Tell the student, with the reason.")


@app.command("export")
def export(
    reference: str,
    as_user: AsUser,
    out: Annotated[Path, typer.Option(help="Where to write the response pack (PDF).")],
) -> None:
    """Write the response pack with other people's data redacted; marks it responded."""
    import os

    from gateway.sar import use_cases

    ctx = open_ctx()
    try:
        pack = run_in(ctx, as_user, use_cases.export_pack, reference,
                      keyring=ctx.keyring, log=ctx.transparency_log(), schedule=ctx.schedule)
    finally:
        ctx.close()
    # Created readable by the DPO alone: the pack is the student's personal data.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pack.pdf)
    out.chmod(0o600)
    typer.echo(f"Response pack for {reference} written to {out}.")


@app.command("refresh")
def refresh(reference: str, as_user: AsUser) -> None:
    """Add records about the student created since the request was opened."""
    from gateway.sar import use_cases

    ctx = open_ctx()
    try:
        view = run_in(ctx, as_user, use_cases.refresh_items, reference,
                      keyring=ctx.keyring, log=ctx.transparency_log())
    finally:
        ctx.close()
    typer.echo(f"{len(view.added)} new item(s) added to {reference}.")
    for i in view.added:
        typer.echo(f"{i.position:4} {i.label}")


@app.command("list")
def list_(
    as_user: AsUser,
    all_: Annotated[bool, typer.Option(
        "--all", help="Include the requests already responded to.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Open requests, soonest deadline first (with --all, then the ones responded to)."""
    from gateway.sar import use_cases
    from gateway.sar.domain import SARStatus

    rows = run(as_user, use_cases.list_requests, open_only=not all_)
    if as_json:
        from pydantic import TypeAdapter

        from gateway.sar.views import SARSummary

        typer.echo(TypeAdapter(list[SARSummary]).dump_json(rows, indent=2).decode())
        return
    if not rows:
        typer.echo("No open subject access requests." if not all_ else
                   "No subject access requests.")
    for r in rows:
        if r.status is not SARStatus.OPEN:
            typer.echo(f"{r.reference} responded {r.responded_at:%Y-%m-%d}"
                       if r.responded_at else f"{r.reference} {r.status.value}")
            continue
        flag = "OVERDUE" if r.overdue else f"{r.days_left} days left"
        typer.echo(f"{r.reference} due {r.due_on.isoformat()} ({flag})"
                   f"{' extended' if r.extended else ''}; {r.pending} of {r.items} undecided")
