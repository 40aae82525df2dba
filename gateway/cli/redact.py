"""`prevent-gateway redact` and `prevent-gateway redact-eval`: the redaction library on the CLI.

Heavy imports (Presidio, spaCy) happen inside the commands so `prevent-gateway --help` stays
fast. The spaCy model comes from the setting PREVENT_GATEWAY_NLP_MODEL (or --model).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

if TYPE_CHECKING:
    from redaction import Person, RedactionRequest, Redactor

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "redaction_corpus"


def _fail(message: str, hint: str | None = None, code: int = 2) -> NoReturn:
    from rich.console import Console
    from rich.markup import escape

    err = Console(stderr=True, highlight=False)
    err.print(f"[bold red]Error:[/] {escape(message)}")
    if hint:
        err.print(f"[yellow]How to fix:[/] {escape(hint)}")
    raise typer.Exit(code)


def _redactor(model: str | None) -> Redactor:
    from redaction import RedactionError, get_redactor

    if model is None:
        from gateway.cli.common import cli_settings

        model = cli_settings().nlp_model
    try:
        return get_redactor(model)
    except RedactionError as exc:
        _fail(str(exc))


def _person(name: str, aliases: tuple[str, ...] = ()) -> Person:
    from redaction import Person

    try:
        return Person(name, aliases)
    except ValueError as exc:
        _fail(str(exc), "Give each person a non-empty name.")


def _keep(values: list[str] | None) -> frozenset[str] | None:
    if not values:
        return None
    from redaction import CATEGORY_OF_ENTITY

    known = set(CATEGORY_OF_ENTITY.values()) | set(CATEGORY_OF_ENTITY)
    unknown = [v for v in values if v not in known]
    if unknown:
        _fail(
            f"Unknown identifier category: {', '.join(unknown)}.",
            f"Use any of: {', '.join(sorted(set(CATEGORY_OF_ENTITY.values())))}.",
        )
    return frozenset(values)


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="spaCy pipeline to use (default: the setting PREVENT_GATEWAY_NLP_MODEL).",
    ),
]


def register(app: typer.Typer) -> None:
    """Add `redact` and `redact-eval` to the root app."""

    @app.command("redact")
    def redact(
        file: Annotated[
            Path | None,
            typer.Argument(help="A UTF-8 text file to redact (one document).", show_default=False),
        ] = None,
        subject: Annotated[
            str | None, typer.Option("--subject", help="The case subject's name (kept).")
        ] = None,
        alias: Annotated[
            list[str] | None,
            typer.Option("--alias", help="Another name of the subject (repeatable)."),
        ] = None,
        person: Annotated[
            list[str] | None,
            typer.Option(
                "--person",
                help="Another person in the case: referrer, witness, staff, family "
                "(repeatable). Their data is replaced.",
            ),
        ] = None,
        keep: Annotated[
            list[str] | None,
            typer.Option(
                "--keep",
                help="A category of the subject's identifiers to keep (repeatable). "
                "Default: name, date_of_birth, student_number, address.",
            ),
        ] = None,
        as_json: Annotated[
            bool,
            typer.Option("--json", help="Print the text and all findings as one JSON object."),
        ] = False,
        jsonl: Annotated[
            Path | None,
            typer.Option(
                "--jsonl",
                help='Batch mode: input JSON Lines, each {"id","text","subject",'
                '"subject_aliases":[],"known_people":[]}.',
            ),
        ] = None,
        out: Annotated[
            Path | None,
            typer.Option(
                "--out",
                help="Where to write the result: the redacted JSON Lines (--jsonl), or the "
                "redacted file when FILE is an image (PNG out), a PDF or a Word document "
                "(PDF out).",
            ),
        ] = None,
        model: ModelOption = None,
    ) -> None:
        """Replace the personal data of everyone but the case subject.

        One document: `prevent-gateway redact FILE --subject "Amir Khan" --person "Sarah
        Jones"` prints the redacted text (findings with --json). An image, PDF or Word
        document (by its content) is redacted as a file into --out: an image stays an image
        with the findings blacked out, a PDF becomes an image-only PDF, a Word document a PDF
        of its redacted text (images and scans need Tesseract OCR). An evidence bundle:
        `prevent-gateway redact --jsonl IN --out OUT`, with a progress bar; one set of
        placeholders ([PERSON 1]...) is used across the whole file.
        """
        if jsonl is not None:
            if file is not None:
                _fail("Give either FILE or --jsonl, not both.")
            if out is None:
                _fail("--jsonl needs --out (where to write the redacted lines).")
            _redact_jsonl(jsonl, out, model, _keep(keep))
            return
        if file is None:
            _fail(
                "No input.",
                "Give a FILE with --subject NAME, or --jsonl IN --out OUT for a batch.",
            )
        if subject is None:
            _fail(
                "--subject is required: redaction keeps the subject and removes everyone else.",
                'Add --subject "First Last" (and --alias / --person as needed).',
            )
        _redact_file(
            file,
            out,
            _person(subject, tuple(alias or ())),
            [_person(p) for p in person or ()],
            _keep(keep),
            as_json,
            model,
        )

    @app.command("redact-eval")
    def redact_eval(
        corpus: Annotated[
            Path | None,
            typer.Argument(
                help="Labelled corpus: a .jsonl file or a directory of them "
                "(default: the development corpus in tests/redaction_corpus).",
                show_default=False,
            ),
        ] = None,
        show_errors: Annotated[
            int, typer.Option("--show-errors", help="List up to N misses and false positives.")
        ] = 0,
        check: Annotated[
            bool, typer.Option("--check", help="Exit with status 1 if a target is missed.")
        ] = False,
        as_json: Annotated[
            bool,
            typer.Option("--json", help="Print every figure and target as one JSON object."),
        ] = False,
        no_roster: Annotated[
            bool,
            typer.Option(
                "--no-roster",
                help="Ignore known_people and case_people: name only the subject, as when a "
                "case records nobody else.",
            ),
        ] = False,
        model: ModelOption = None,
    ) -> None:
        """Precision, recall and F2 per entity type, subject mentions kept, negatives removed.

        Targets: third-party recall >= 0.98 (0.99 with the roster), names >= 0.97,
        precision >= 0.90, subject mentions kept >= 0.99, relatives who share the subject's
        surname redacted >= 0.99.
        """
        _evaluate(corpus or DEFAULT_CORPUS, show_errors, check, model, as_json, not no_roster)


def _redact_file(
    file: Path,
    out: Path | None,
    subject: Person,
    people: list[Person],
    keep: frozenset[str] | None,
    as_json: bool,
    model: str | None,
) -> None:
    from rich.console import Console
    from rich.progress import Progress

    from redaction import RedactionError

    try:
        data = file.read_bytes()
    except OSError as exc:
        _fail(f"Cannot read {file}: {exc.strerror}.", "Check the path and permissions.")
    from redaction.files import detect_kind

    kind = detect_kind(data)
    if kind is not None:
        _redact_evidence_file(data, kind, out, subject, people, keep, as_json, model)
        return
    redactor = _redactor(model)
    err = Console(stderr=True, highlight=False)
    try:
        if len(data) > 200_000:
            with Progress(console=err, transient=True) as progress:
                task = progress.add_task("Redacting", total=len(data))
                result = redactor.redact(
                    data,
                    subject=subject,
                    people=people,
                    keep_subject_identifiers=keep,
                    progress=lambda n: progress.advance(task, n),
                )
        else:
            result = redactor.redact(
                data, subject=subject, people=people, keep_subject_identifiers=keep
            )
    except RedactionError as exc:
        _fail(str(exc))
    if as_json:
        json.dump(
            {"text": result.text, "findings": [f.to_dict() for f in result.findings]},
            sys.stdout,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result.text)
        if not result.text.endswith("\n"):
            sys.stdout.write("\n")
    err.print(f"{len(result.redacted)} redacted, {len(result.kept)} kept (case subject).")


def _redact_evidence_file(
    data: bytes,
    kind: str,
    out: Path | None,
    subject: Person,
    people: list[Person],
    keep: frozenset[str] | None,
    as_json: bool,
    model: str | None,
) -> None:
    """An image, PDF or Word document: the redacted file goes to --out (0600), the findings
    (never the text) to standard output with --json."""
    from rich.console import Console

    from redaction import RedactionError
    from redaction.files import redact_file

    if out is None:
        _fail(
            f"This file is {'an image' if kind in {'png', 'jpeg'} else 'a ' + kind.upper()}: "
            "its redacted copy is a file, not text.",
            "Add --out PATH (a .png for an image, a .pdf for a PDF or Word document).",
        )
    try:
        result = redact_file(
            data,
            kind,
            _redactor(model),
            subject=subject,
            people=people,
            keep_subject_identifiers=keep,
        )
    except RedactionError as exc:
        _fail(str(exc))
    try:
        descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(result.content)
    except OSError as exc:
        _fail(f"Cannot write {out}: {exc.strerror}.", "Check the path and permissions.")
    if as_json:
        json.dump(
            {
                "media_type": result.media_type,
                "pages": result.pages,
                "findings": [
                    {
                        "page": f.page,
                        "source": f.source,
                        **f.finding.to_dict(),
                        "boxes": [[b.left, b.top, b.right, b.bottom] for b in f.boxes],
                    }
                    for f in result.findings
                ],
            },
            sys.stdout,
        )
        sys.stdout.write("\n")
    kept = len(result.findings) - len(result.redacted)
    Console(stderr=True, highlight=False).print(
        f"{len(result.redacted)} redacted, {kept} kept (case subject); "
        f"{result.media_type} written to {out}.",
        markup=False,
    )


def _read_requests(
    path: Path, ids: list[str], keep: frozenset[str] | None
) -> Iterator[RedactionRequest]:
    from redaction import RedactionRequest

    with path.open("rb") as fh:
        for line_no, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise _BadLine(line_no, f"not a JSON object in UTF-8 ({exc})") from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise _BadLine(line_no, 'needs a "text" string')
            subject_name = item.get("subject")
            if subject_name is not None and not isinstance(subject_name, str):
                raise _BadLine(line_no, '"subject" must be a string')
            try:
                subject = (
                    _person_plain(subject_name, item.get("subject_aliases") or [])
                    if subject_name
                    else None
                )
                people = [_known(p) for p in item.get("known_people") or []]
            except (TypeError, ValueError, KeyError) as exc:
                raise _BadLine(line_no, f"bad subject or known_people ({exc})") from None
            ids.append(str(item.get("id", line_no)))
            yield RedactionRequest(item["text"], subject, people, keep)


def _person_plain(name: str, aliases: list[Any]) -> Person:
    from redaction import Person

    if not all(isinstance(a, str) for a in aliases):
        raise TypeError("aliases must be strings")
    return Person(name, tuple(aliases))


def _known(p: Any) -> Person:
    from redaction import Person

    if isinstance(p, str):
        return Person(p)
    if isinstance(p, dict):
        return _person_plain(p["name"], p.get("aliases") or [])
    raise TypeError("each known person is a name or {name, aliases}")


class _BadLine(Exception):
    def __init__(self, line_no: int, problem: str) -> None:
        super().__init__(f"line {line_no}: {problem}")
        self.line_no = line_no


def _redact_jsonl(src: Path, dst: Path, model: str | None, keep: frozenset[str] | None) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from redaction import PlaceholderRegistry, RedactionError

    if not src.is_file():
        _fail(f"{src} is not a file.", "Give the path of a JSON Lines file.")
    total = src.stat().st_size
    redactor = _redactor(model)
    err = Console(stderr=True, highlight=False)
    ids: list[str] = []
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".redact-", suffix=".jsonl", dir=dst.parent)
    tmp = Path(tmp_name)
    count = 0
    try:
        with (
            os.fdopen(fd, "w", encoding="utf-8") as fh,
            Progress(
                TextColumn("Redacting"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TimeRemainingColumn(),
                console=err,
            ) as progress,
        ):
            task = progress.add_task("redact", total=max(1, total))
            results = redactor.redact_many(
                _read_requests(src, ids, keep),
                placeholders=PlaceholderRegistry(),
                progress=lambda n: progress.advance(task, n),
            )
            for index, result in enumerate(results):
                line = {
                    "id": ids[index],
                    "text": result.text,
                    "findings": [
                        {
                            "start": f.start,
                            "end": f.end,
                            "entity_type": f.entity_type,
                            "score": round(f.score, 3),
                            "action": f.action,
                            "recognizer": f.recognizer,
                            "reason": f.reason,
                        }
                        for f in result.findings
                    ],
                }
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                count += 1
            progress.update(task, completed=max(1, total))
        os.replace(tmp, dst)
    except _BadLine as exc:
        tmp.unlink(missing_ok=True)
        _fail(f"{src}, {exc}. Nothing was written.", "Fix that line and run again.")
    except RedactionError as exc:
        tmp.unlink(missing_ok=True)
        n = len(ids)
        _fail(f"{src}, item {n} (id {ids[-1] if ids else '?'}): {exc}")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    err.print(f"Wrote {count} redacted items to {dst}.")


def _evaluate(
    corpus: Path,
    show_errors: int,
    check: bool,
    model: str | None,
    as_json: bool = False,
    roster: bool = True,
) -> None:
    from rich.console import Console
    from rich.table import Table

    from redaction.evaluation import evaluate, load_corpus, report_rows

    if not corpus.exists():
        _fail(f"{corpus} does not exist.", "Give a .jsonl file or a directory of them.")
    try:
        docs = load_corpus(corpus, roster=roster)
    except (ValueError, KeyError, TypeError) as exc:
        _fail(f"Cannot read the corpus: {exc}.")
    if not docs:
        _fail(f"No documents in {corpus}.")
    report = evaluate(_redactor(model), docs)
    met = report.meets_targets(roster=roster)
    if as_json:
        data = report.to_dict(roster=roster)
        data["corpus"] = str(corpus)
        if show_errors:
            data["misses"] = [list(m) for m in report.misses[:show_errors]]
            data["false_positives"] = [list(m) for m in report.false_positives[:show_errors]]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        if check and not met:
            raise typer.Exit(1)
        return
    out = Console(highlight=False)
    how = "with the case roster" if roster else "without a roster"
    table = Table(title=f"Redaction on {len(docs)} documents ({corpus}), {how}")
    for col in ("entity type", "labelled", "found", "precision", "recall", "F2"):
        table.add_column(col, justify="left" if col == "entity type" else "right")
    for row in report_rows(report):
        table.add_row(*row)
    out.print(table)
    tp = report.third_party
    need = 0.99 if roster else 0.98
    out.print(
        f"Third-party recall {tp.recall:.3f} (target >= {need}), names "
        f"{report.names.recall:.3f} (target >= 0.97), precision "
        f"{report.overall.precision:.3f} (target >= 0.90), F2 {report.overall.f2:.3f}"
    )
    out.print(
        f"Relatives sharing the subject's surname redacted: {report.relatives_redacted}/"
        f"{report.relatives_labelled} = {report.relatives_share:.3f} (target >= 0.99)"
    )
    out.print(
        f"Subject mentions kept: {report.subject_kept}/{report.subject_mentions} = "
        f"{report.subject_kept_share:.3f} (target >= 0.99); subject identifiers kept "
        f"by policy: {report.subject_ids_kept}/{report.subject_ids_to_keep}"
    )
    out.print(f"Hard negatives removed: {report.hard_negatives_removed}/{report.hard_negatives}")
    if show_errors:
        for doc_id, kind, text in report.misses[:show_errors]:
            out.print(f"  missed  {doc_id:28} {kind:24} {text!r}")
        for doc_id, kind, text in report.false_positives[:show_errors]:
            out.print(f"  removed {doc_id:28} {kind:24} {text!r}")
    out.print("All targets met." if met else "Targets NOT met.")
    if check and not met:
        raise typer.Exit(1)
