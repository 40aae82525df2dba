"""`prevent-gateway apd`: the register of appropriate policy documents (DPA 2018 Sch 1 para 39)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli.common import AsUser, JsonOption, print_json, read_text_input, run, say

if TYPE_CHECKING:
    from gateway.apd.views import PolicyDocumentView

app = typer.Typer(
    help="Appropriate policy documents: the register a disclosure's Schedule 1 condition relies "
    "on (the DPO adds and reviews; auditors read).",
    no_args_is_help=True,
)

CONTENT_HELP = (
    "TOML file (or '-' for standard input) with the para 39 sections: "
    "lawfulness_fairness_transparency, purpose_limitation, data_minimisation, accuracy, "
    "storage_limitation, integrity_confidentiality, accountability, retention_and_erasure "
    "(each at least 40 characters)."
)
ConditionOption = Annotated[
    list[str] | None,
    typer.Option(
        "--condition",
        help="A DPA 2018 Schedule 1 paragraph it covers, e.g. 18 or dpa2018.sch1.para18 "
        "(repeat for each).",
    ),
]
ReviewDueOption = Annotated[
    datetime,
    typer.Option("--review-due", formats=["%Y-%m-%d"], help="The next review day (YYYY-MM-DD)."),
]


def _content(source: Path) -> dict[str, Any]:
    import tomllib

    from gateway.errors import InvalidInput

    text = read_text_input(source, "the policy document's sections")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(
            f"{source} is not a TOML file: {exc}.",
            hint='Write each section as name = """text""".',
        ) from None


def _print(view: PolicyDocumentView, *, full: bool) -> None:
    from gateway.timeutil import long_date, long_datetime

    s = view.summary
    say(f"{s.reference}: {s.title} (version {s.version})")
    say("Covers: " + "; ".join(c.words for c in s.conditions))
    say(f"Next review: {long_date(s.review_due)} ({s.state_words})")
    if s.last_disclosed_on is not None and s.keep_until is not None:
        say(
            f"Disclosures relying on it: {s.disclosures}, the last on "
            f"{long_date(s.last_disclosed_on)}; keep until at least {long_date(s.keep_until)} "
            "(DPA 2018 Sch 1 para 40)."
        )
    else:
        say("No released disclosure has relied on it yet.")
    if not full:
        return
    for section in view.current.sections:
        say("")
        say(section.heading)
        say(section.text)
    say("")
    say("Reviews:")
    for r in view.reviews:
        say(
            f"- {long_datetime(r.reviewed_at)}, {r.reviewed_by} (version {r.version}, next "
            f"review {long_date(r.next_review_due)}): {r.notes}"
        )


@app.command("list")
def list_command(as_user: AsUser, json: JsonOption = False) -> None:
    """The register: each entry, what it covers, its review date and its keep-until date."""
    from gateway.apd import use_cases
    from gateway.timeutil import long_date

    rows = run(as_user, use_cases.list_documents)
    if json:
        print_json(rows)
        return
    if not rows:
        say("The register of appropriate policy documents is empty.")
        return
    for s in rows:
        paragraphs = ", ".join(str(c.paragraph) for c in s.conditions)
        keep = f"; keep until {long_date(s.keep_until)}" if s.keep_until else ""
        say(
            f"{s.reference}  version {s.version}  covers para {paragraphs}  review "
            f"{long_date(s.review_due)} ({s.state_words}){keep}  {s.title}"
        )


@app.command("show")
def show(reference: str, as_user: AsUser, json: JsonOption = False) -> None:
    """One entry: its para 39 sections, the conditions it covers and every review."""
    from gateway.apd import use_cases

    view = run(as_user, use_cases.show_document, reference)
    if json:
        print_json(view)
        return
    _print(view, full=True)


@app.command("add")
def add(
    reference: str,
    as_user: AsUser,
    title: Annotated[str, typer.Option(help="The document's title.")],
    content: Annotated[Path, typer.Option(help=CONTENT_HELP)],
    review_due: ReviewDueOption,
    condition: ConditionOption = None,
    json: JsonOption = False,
) -> None:
    """Add an appropriate policy document to the register (the DPO)."""
    from gateway.apd import use_cases

    view = run(
        as_user,
        use_cases.add_document,
        reference,
        title=title,
        content=_content(content),
        conditions=list(condition or []),
        review_due=review_due.date(),
    )
    if json:
        print_json(view)
        return
    say("Added to the register:")
    _print(view, full=False)


@app.command("review")
def review(
    reference: str,
    as_user: AsUser,
    notes: Annotated[
        Path, typer.Option(help="File (or '-' for standard input) saying what the review found.")
    ],
    review_due: ReviewDueOption,
    title: Annotated[str | None, typer.Option(help="A new title.")] = None,
    content: Annotated[Path | None, typer.Option(help="New sections: " + CONTENT_HELP)] = None,
    condition: ConditionOption = None,
    json: JsonOption = False,
) -> None:
    """Record the DPO's review and the next review day; a new title, sections or conditions
    make a new version."""
    from gateway.apd import use_cases

    view = run(
        as_user,
        use_cases.review_document,
        reference,
        notes=read_text_input(notes, "the review notes"),
        review_due=review_due.date(),
        title=title,
        content=_content(content) if content is not None else None,
        conditions=list(condition) if condition else None,
    )
    if json:
        print_json(view)
        return
    say("Review recorded:")
    _print(view, full=False)
