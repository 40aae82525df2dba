"""`prevent-gateway dpia ...`: the DPIA that authorises a processing activity.

Typical use: the Prevent Lead or DPO runs `dpia new`, fills the `[TO CONFIRM ...]` parts with
`dpia edit --field ...` (or a patch file from `dpia show --editable`), then `dpia submit`; the DPO
runs `dpia advise`; an SMT member runs `dpia approve`. `dpia export` writes the PDF.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli.common import AsUser, JsonOption, run
from gateway.timeutil import long_date

if TYPE_CHECKING:
    from gateway.dpias.views import DPIAPage

app = typer.Typer(
    help="The DPIA (Data Protection Impact Assessment) that must be approved and in date before "
    "any disclosure: list, new, show, edit, submit, advise, approve, status, export.",
    no_args_is_help=True,
)

DEFAULT_ACTIVITY = "prevent-referral-sharing"

Activity = Annotated[
    str,
    typer.Option("--activity", help="Processing activity code.", show_default=True),
]


def _parse_date(value: str, option: str) -> date:
    from gateway.errors import InvalidInput

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{option} '{value}' is not a date.", hint="Use YYYY-MM-DD.") from None


def parse_field(assignment: str) -> tuple[str, Any]:
    """``path=value``: ``@FILE`` reads the text from a file; ``[...]``, ``{...}``, ``null``,
    ``true`` and ``false`` are JSON; anything else is taken as text."""
    from gateway.errors import InvalidInput

    path, sep, raw = assignment.partition("=")
    if not sep or not path.strip():
        raise InvalidInput(
            f"'{assignment}' is not path=value.",
            hint="Example: --field necessity.retention='Six years after the case closes.'",
        )
    value: Any = raw
    if raw.startswith("@"):
        try:
            value = Path(raw[1:]).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise InvalidInput(f"Cannot read {raw[1:]}: {exc.strerror}.") from None
    elif raw[:1] in ("[", "{") or raw in ("null", "true", "false"):
        try:
            value = json.loads(raw)
        except ValueError:
            raise InvalidInput(
                f"The value for {path} looks like JSON but is not valid JSON.",
                hint='Quote lists as JSON, e.g. \'["one", "two"]\'.',
            ) from None
    return path.strip(), value


def read_patch(path: Path) -> dict[str, Any]:
    """A JSON Merge Patch (RFC 7396) from a .json file, or the same shape from a .toml file."""
    from gateway.errors import InvalidInput

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            data: Any = tomllib.loads(text)
        else:
            data = json.loads(text)
    except ValueError as exc:
        raise InvalidInput(
            f"{path} is not valid {path.suffix.lstrip('.') or 'JSON'}: {exc}"
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} must hold an object of DPIA sections.")
    return data


def describe(page: DPIAPage) -> str:
    """The DPIA as a DPO reads it at a terminal, ending with what governs processing today."""
    import dpia as lib

    version = page.dpia
    lines = [
        f"DPIA for '{version.activity}' - version {version.version} - "
        f"{page.current.status.label}",
        f"  {version.title}",
        f"  Controller: {version.controller}",
        f"  Created by {version.created_by.describe()} on {long_date(version.created_at)}",
    ]
    if version.previous_version:
        lines.append(
            f"  Replaces version {version.previous_version.version}: {version.change_reason}"
        )
    lines.append("")
    lines.append("Risks (likelihood x severity -> risk; after measures -> residual):")
    for risk in version.risks:
        residual = risk.residual_level.value if risk.residual_level else "not assessed"
        lines.append(
            f"  {risk.id:4} {risk.title}\n"
            f"       {risk.likelihood.value} x {risk.severity.value} -> {risk.level.value}; "
            f"{len(risk.measures)} measure(s) -> residual {residual}"
        )
    lines.append("")
    if version.dpo_advice:
        a = version.dpo_advice
        lines.append(
            f"DPO advice ({a.by.describe()}, {long_date(a.at)}): {a.recommendation.label}. "
            f"{a.summary}"
        )
        if a.conditions:
            lines.append(f"  Conditions: {a.conditions}")
    if version.ico_consultation:
        c = version.ico_consultation
        lines.append(f"ICO consultation {c.reference} ({c.submitted_on}): {c.outcome.label}")
    if version.signoff:
        so = version.signoff
        lines.append(f"Measures approved by: {so.measures_approved_by.describe()}")
        lines.append(f"Residual risks approved by: {so.residual_risks_approved_by.describe()}")
        lines.append(
            "DPO advice: "
            + (
                "accepted"
                if so.advice_response.accepted
                else f"OVERRULED - {so.advice_response.reasons}"
            )
        )
        lines.append(
            f"Review date: {so.review_date} (kept under review by {so.review_owner.describe()})"
        )
    if version.status is lib.Status.DRAFT:
        if page.current.missing:
            lines.append("Still to do before it can be submitted to the DPO:")
            lines.extend(f"  - {item}" for item in page.current.missing)
        else:
            lines.append("Complete: ready to submit to the DPO (`prevent-gateway dpia submit`).")
    elif version.status is lib.Status.AWAITING_DPO:
        lines.append(
            "Waiting for the DPO's advice (`dpia advise`)"
            if version.dpo_advice is None
            else "Advised: ready for the accountable person's approval (`dpia approve`)."
        )
    lines.append("")
    lines.append("What governs sharing today:")
    lines.extend(page.current.governing.lines)
    return "\n".join(lines)




@app.command("list")
def list_(as_user: AsUser, as_json: JsonOption = False) -> None:
    """The register: every activity with a DPIA, and whether it is in force today."""
    from gateway.dpias import use_cases

    rows = run(as_user, use_cases.list_dpias)
    if as_json:
        from pydantic import TypeAdapter

        from gateway.dpias.views import DPIAStatusView

        typer.echo(TypeAdapter(list[DPIAStatusView]).dump_json(rows, indent=2).decode())
        return
    if not rows:
        typer.echo("No DPIA yet: start one with `prevent-gateway dpia new`.")
    for row in rows:
        typer.echo("\n".join(row.lines))


@app.command("alerts")
def alerts(
    as_user: AsUser,
    acknowledge: Annotated[
        int | None,
        typer.Option("--acknowledge", help="Acknowledge this alert (the DPO)."),
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list alerts already acknowledged.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Cases opened while recording concerns had no approved, in-date DPIA: the concern was
    recorded all the same; the DPO is alerted until they acknowledge it."""
    from gateway.dpias import use_cases

    if acknowledge is not None:
        done = run(as_user, use_cases.acknowledge_alert, acknowledge)
        typer.echo(f"Alert {done.id} ({done.case_reference}) acknowledged.")
        return
    rows = run(as_user, use_cases.list_alerts, include_acknowledged=show_all)
    if as_json:
        from pydantic import TypeAdapter

        from gateway.dpias.views import DPIAAlertView

        typer.echo(TypeAdapter(list[DPIAAlertView]).dump_json(rows, indent=2).decode())
        return
    if not rows:
        typer.echo("No case was opened without a DPIA in force." if not show_all else "No alerts.")
    for row in rows:
        done_by = f"  acknowledged by {row.acknowledged_by}" if row.acknowledged_at else ""
        typer.echo(f"{row.id}  {row.case_reference}  {row.raised_at:%Y-%m-%d}  {row.reason}"
                   f"{done_by}")


@app.command("new")
def new(
    as_user: AsUser,
    activity: Activity = DEFAULT_ACTIVITY,
    controller: Annotated[
        str | None, typer.Option(help="The controller's name (default: the organisation name).")
    ] = None,
) -> None:
    """Start the DPIA from its pre-filled template (version 1, draft)."""
    from gateway.dpias import use_cases

    view = run(as_user, use_cases.create_from_template, activity=activity, controller=controller)
    typer.echo(f"DPIA for '{activity}' version 1 created from the template (draft).")
    if view.missing:
        typer.echo(f"{len(view.missing)} item(s) to complete; see `prevent-gateway dpia show`.")


@app.command("show")
def show(
    as_user: AsUser,
    activity: Activity = DEFAULT_ACTIVITY,
    version: Annotated[int | None, typer.Option(help="Version number (default: latest).")] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the whole version as JSON (with --compare: the changes)."
        ),
    ] = False,
    editable: Annotated[
        bool,
        typer.Option(
            "--editable",
            help="Print only the editable sections as JSON: save, change, and apply with "
            "`dpia edit --patch FILE`.",
        ),
    ] = False,
    compare: Annotated[
        int | None, typer.Option("--compare", help="List what changed since this version.")
    ] = None,
) -> None:
    """Show the DPIA: status, risks, advice, sign-off, and what is still missing."""
    import dpia as lib
    from gateway.dpias import use_cases

    if compare is not None:
        changes = run(as_user, use_cases.compare, activity, old=compare, new=version)
        if as_json:
            typer.echo(changes.model_dump_json(indent=2))
            return
        typer.echo(f"Changes from version {changes.old} to version {changes.new}:")
        typer.echo(changes.text)
        return
    page = run(as_user, use_cases.read_dpia, activity, version)
    if as_json:
        typer.echo(page.dpia.to_json())
    elif editable:
        data = page.dpia.to_dict()
        typer.echo(
            json.dumps({k: data[k] for k in lib.EDITABLE_SECTIONS}, indent=2, ensure_ascii=False)
        )
    else:
        typer.echo(describe(page))


@app.command("edit")
def edit(
    as_user: AsUser,
    activity: Activity = DEFAULT_ACTIVITY,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            help="path=value (repeat). Paths: necessity.retention, risks.R2.residual_likelihood, "
            "risks.R1.measures.M1.2.description, consultation.entries.C1.views. A value of "
            "@FILE reads the text from a file; [..]/{..}/null are JSON (null removes an item).",
        ),
    ] = None,
    patch: Annotated[
        Path | None,
        typer.Option(
            "--patch",
            help="A .json (JSON Merge Patch, RFC 7396) or .toml file of sections to change; "
            "`dpia show --editable` prints a starting point.",
        ),
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option(
            help="Why: required when the change starts a new version of an approved DPIA."
        ),
    ] = None,
) -> None:
    """Change the draft; changing an approved DPIA starts a new version (the old one is kept)."""
    from gateway.dpias import use_cases
    from gateway.errors import InvalidInput

    assignments = [parse_field(item) for item in field or []]
    body = read_patch(patch) if patch is not None else None
    if body is None and not assignments:
        raise InvalidInput("Nothing to change.", hint="Give a patch file or --field path=value.")
    view = run(
        as_user, use_cases.edit, activity, patch=body, assignments=assignments, reason=reason
    )
    typer.echo(
        f"DPIA for '{activity}' version {view.version} updated (draft); "
        + (f"{len(view.missing)} item(s) still to complete." if view.missing else
           "ready to submit.")
    )


@app.command("submit")
def submit(as_user: AsUser, activity: Activity = DEFAULT_ACTIVITY) -> None:
    """Send the completed draft to the DPO for advice."""
    from gateway.dpias import use_cases

    view = run(as_user, use_cases.submit, activity)
    typer.echo(f"DPIA for '{activity}' version {view.version} submitted to the DPO.")


@app.command("return")
def return_(as_user: AsUser, activity: Activity = DEFAULT_ACTIVITY) -> None:
    """Take a submitted DPIA back to draft for changes (clears any advice given)."""
    from gateway.dpias import use_cases

    view = run(as_user, use_cases.return_to_draft, activity)
    typer.echo(f"DPIA for '{activity}' version {view.version} is a draft again.")


@app.command("advise")
def advise(
    as_user: AsUser,
    recommendation: Annotated[
        str,
        typer.Option(help="proceed, proceed_with_conditions or do_not_proceed."),
    ],
    summary: Annotated[str, typer.Option(help="Your advice, as it will appear in the DPIA.")],
    activity: Activity = DEFAULT_ACTIVITY,
    conditions: Annotated[
        str, typer.Option(help="Conditions (required with proceed_with_conditions).")
    ] = "",
    ico_consultation_advised: Annotated[
        bool,
        typer.Option(
            "--ico-consultation-advised", help="You advise consulting the ICO (UK GDPR Art 36)."
        ),
    ] = False,
) -> None:
    """The DPO's advice on the submitted DPIA (DPO only)."""
    import dpia as lib
    from gateway.dpias import use_cases
    from gateway.errors import InvalidInput

    try:
        parsed = lib.DPORecommendation(recommendation)
    except ValueError:
        raise InvalidInput(
            f"'{recommendation}' is not a recommendation.",
            hint="One of: " + ", ".join(r.value for r in lib.DPORecommendation),
        ) from None
    view = run(
        as_user,
        use_cases.advise,
        activity,
        recommendation=parsed,
        summary=summary,
        conditions=conditions,
        ico_consultation_advised=ico_consultation_advised,
    )
    typer.echo(
        f"DPO advice recorded on version {view.version}: {parsed.label}. "
        "It now needs the accountable person's approval (`dpia approve`)."
    )


@app.command("ico")
def ico(
    as_user: AsUser,
    submitted_on: Annotated[str, typer.Option(help="Date sent to the ICO (YYYY-MM-DD).")],
    reference: Annotated[str, typer.Option(help="The ICO's case reference.")],
    outcome: Annotated[
        str,
        typer.Option(help="awaiting_response, proceed, proceed_with_conditions or do_not_proceed."),
    ],
    activity: Activity = DEFAULT_ACTIVITY,
    response_received_on: Annotated[
        str | None, typer.Option(help="Date of the ICO's written advice (YYYY-MM-DD).")
    ] = None,
    summary: Annotated[str, typer.Option(help="What the ICO advised.")] = "",
) -> None:
    """Record the prior consultation with the ICO (needed while a high residual risk remains)."""
    import dpia as lib
    from gateway.dpias import use_cases
    from gateway.errors import InvalidInput

    try:
        parsed = lib.ICOOutcome(outcome)
    except ValueError:
        raise InvalidInput(
            f"'{outcome}' is not an outcome.",
            hint="One of: " + ", ".join(o.value for o in lib.ICOOutcome),
        ) from None
    sent = _parse_date(submitted_on, "--submitted-on")
    received = (
        _parse_date(response_received_on, "--response-received-on")
        if response_received_on
        else None
    )
    view = run(
        as_user,
        use_cases.record_ico_consultation,
        activity,
        submitted_on=sent,
        reference=reference,
        outcome=parsed,
        response_received_on=received,
        summary=summary,
    )
    typer.echo(f"ICO consultation {reference} recorded on version {view.version}.")


@app.command("approve")
def approve(
    as_user: AsUser,
    review_date: Annotated[str, typer.Option(help="When the DPIA must be reviewed (YYYY-MM-DD).")],
    advice: Annotated[
        str,
        typer.Option(help="accepted or overruled: what you decided about the DPO's advice."),
    ],
    activity: Activity = DEFAULT_ACTIVITY,
    reasons: Annotated[
        str, typer.Option(help="Why the DPO's advice is overruled (required when overruled).")
    ] = "",
    measures_approved_by: Annotated[
        str | None,
        typer.Option(help="Username who approved the measures, if not you."),
    ] = None,
    review_owner: Annotated[
        str | None,
        typer.Option(help="Username who keeps the DPIA under review (default: the DPO)."),
    ] = None,
    departure_from_views: Annotated[
        str,
        typer.Option(help="Where your decision departs from the views of those consulted, why."),
    ] = "",
) -> None:
    """Approve the measures and accept the residual risks (the accountable person, SMT)."""
    from gateway.dpias import use_cases
    from gateway.errors import InvalidInput

    if advice not in ("accepted", "overruled"):
        raise InvalidInput(f"--advice must be 'accepted' or 'overruled', not '{advice}'.")
    review = _parse_date(review_date, "--review-date")
    view = run(
        as_user,
        use_cases.approve,
        activity,
        advice_accepted=advice == "accepted",
        review_date=review,
        overrule_reasons=reasons,
        measures_approved_by=measures_approved_by,
        review_owner=review_owner,
        departure_from_views=departure_from_views,
    )
    typer.echo(f"DPIA for '{activity}' version {view.version} approved; review by {review}.")
    typer.echo("\n".join(view.governing.lines))


@app.command("status")
def status(
    as_user: AsUser, activity: Activity = DEFAULT_ACTIVITY, as_json: JsonOption = False
) -> None:
    """Is a DPIA in force for the activity today? (What every disclosure checks.)"""
    from gateway.dpias import use_cases

    view = run(as_user, use_cases.status, activity)
    typer.echo(view.model_dump_json(indent=2) if as_json else "\n".join(view.lines))


@app.command("export")
def export(
    as_user: AsUser,
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the PDF.")],
    activity: Activity = DEFAULT_ACTIVITY,
    version: Annotated[int | None, typer.Option(help="Version number (default: latest).")] = None,
) -> None:
    """Write the DPIA as a PDF document (marked OFFICIAL-SENSITIVE; file readable by you only)."""
    import os

    from gateway.dpias import use_cases

    document = run(as_user, use_cases.export_pdf, activity, version)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(document.pdf)
    os.chmod(output, 0o600)
    typer.echo(f"Wrote {output} ({len(document.pdf)} bytes).")
