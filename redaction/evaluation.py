"""Evaluation against a labelled corpus: precision, recall, F2, subject kept, negatives.

Corpus format (JSON Lines, one document per line)::

    {"id", "text", "subject", "subject_aliases": [], "known_people": [], "case_people": [],
     "spans": [{"start", "end", "entity_type", "owner", "expected": "redact"|"keep",
                "tags": ["same_surname_relative"]}],
     "hard_negatives": [{"start", "end", "text"}]}

The roster passed to the engine is ``known_people`` and ``case_people`` (the people recorded in
the case, which the gateway would pass) together; ``roster=False`` passes neither, to measure
the engine on people it has never been told about.

Scoring, per labelled span: a span to redact is *found* when redacted findings cover at
least 80% of its letters and digits; a span to keep is *lost* when any redacted finding
touches it. A redacted finding is a *true positive* when it overlaps a span to redact, and
a *false positive* otherwise (subject data kept by policy, hard negatives and unlabelled
text all count against precision). F2 weighs recall twice as much as precision.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import Finding, Person
from .redactor import RedactionRequest, Redactor


@dataclass(frozen=True)
class LabelledDoc:
    id: str
    text: str
    subject: Person | None
    people: tuple[Person, ...]
    spans: tuple[dict[str, Any], ...]
    hard_negatives: tuple[dict[str, Any], ...]


def load_corpus(path: Path, *, roster: bool = True) -> list[LabelledDoc]:
    """Documents from a .jsonl file or every .jsonl file in a directory.

    ``roster=False`` drops ``known_people`` and ``case_people``: only the subject is named.
    """
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    docs: list[LabelledDoc] = []
    for file in files:
        with file.open(encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{file.name} line {line_no}: not JSON ({exc.msg})") from None
                docs.append(doc_from_json(raw, roster=roster))
    return docs


def doc_from_json(raw: dict[str, Any], *, roster: bool = True) -> LabelledDoc:
    subject_name = raw.get("subject")
    subject = (
        Person(subject_name, tuple(raw.get("subject_aliases") or ())) if subject_name else None
    )
    people: tuple[Person, ...] = ()
    if roster:
        listed = [*(raw.get("known_people") or ()), *(raw.get("case_people") or ())]
        by_name: dict[str, Person] = {}
        for p in listed:
            if isinstance(p, str):
                person = Person(p)
            else:
                person = Person(p["name"], tuple(p.get("aliases") or ()))
            by_name.setdefault(person.name.casefold(), person)
        people = tuple(by_name.values())
    return LabelledDoc(
        id=str(raw.get("id", "")),
        text=raw["text"],
        subject=subject,
        people=people,
        spans=tuple(raw.get("spans") or ()),
        hard_negatives=tuple(raw.get("hard_negatives") or ()),
    )


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    found: int = 0
    labelled: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0


@dataclass
class Report:
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overall: Counts = field(default_factory=Counts)
    third_party: Counts = field(default_factory=Counts)
    names: Counts = field(default_factory=Counts)  # third parties' names only
    relatives_labelled: int = 0  # spans tagged same_surname_relative
    relatives_redacted: int = 0
    subject_mentions: int = 0
    subject_kept: int = 0
    subject_ids_to_keep: int = 0
    subject_ids_kept: int = 0
    hard_negatives: int = 0
    hard_negatives_removed: int = 0
    documents: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def subject_kept_share(self) -> float:
        return self.subject_kept / self.subject_mentions if self.subject_mentions else 1.0

    @property
    def relatives_share(self) -> float:
        return self.relatives_redacted / self.relatives_labelled if self.relatives_labelled else 1.0

    def targets(self, *, roster: bool = True) -> dict[str, tuple[float, float]]:
        """Each target: (measured, required). With a roster, recall must reach 0.99."""
        return {
            "third_party_recall": (self.third_party.recall, 0.99 if roster else 0.98),
            "name_recall": (self.names.recall, 0.97),
            "precision": (self.overall.precision, 0.90),
            "subject_kept": (self.subject_kept_share, 0.99),
            "same_surname_relatives_redacted": (self.relatives_share, 0.99),
        }

    def meets_targets(self, *, roster: bool = True) -> bool:
        return all(value >= need for value, need in self.targets(roster=roster).values())

    def to_dict(self, *, roster: bool = True) -> dict[str, Any]:
        """Every figure, for ``redact-eval --json``."""

        def counts(c: Counts) -> dict[str, Any]:
            return {
                "labelled": c.labelled,
                "found": c.found,
                "true_positives": c.tp,
                "false_positives": c.fp,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f2": round(c.f2, 4),
            }

        return {
            "roster": roster,
            "documents": self.documents,
            "third_party_recall": round(self.third_party.recall, 4),
            "name_recall": round(self.names.recall, 4),
            "precision": round(self.overall.precision, 4),
            "subject_kept": round(self.subject_kept_share, 4),
            "same_surname_relatives_redacted": round(self.relatives_share, 4),
            "hard_negatives_removed": self.hard_negatives_removed,
            "targets": {
                name: {"value": round(value, 4), "target": need, "met": value >= need}
                for name, (value, need) in self.targets(roster=roster).items()
            },
            "all_targets_met": self.meets_targets(roster=roster),
            "counts": {
                "third_party": counts(self.third_party),
                "names": counts(self.names),
                "overall": counts(self.overall),
                "by_type": {k: counts(v) for k, v in sorted(self.by_type.items())},
                "subject_mentions": self.subject_mentions,
                "subject_mentions_kept": self.subject_kept,
                "subject_identifiers_to_keep": self.subject_ids_to_keep,
                "subject_identifiers_kept": self.subject_ids_kept,
                "same_surname_relatives": self.relatives_labelled,
                "same_surname_relatives_redacted": self.relatives_redacted,
                "hard_negatives": self.hard_negatives,
                "hard_negatives_removed": self.hard_negatives_removed,
            },
        }


def _alnum_positions(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


def score_document(doc: LabelledDoc, findings: Sequence[Finding], report: Report) -> None:
    report.documents += 1
    redacted = [f for f in findings if f.action == "redacted"]
    covered: set[int] = set()
    for f in redacted:
        covered.update(range(f.start, f.end))
    to_redact = [s for s in doc.spans if s["expected"] == "redact"]
    to_keep = [s for s in doc.spans if s["expected"] == "keep"]
    for s in to_redact:
        pos = _alnum_positions(doc.text, s["start"], s["end"])
        hit = sum(1 for i in pos if i in covered) >= 0.8 * max(1, len(pos))
        for counts in (report.by_type[s["entity_type"]], report.overall):
            counts.labelled += 1
            counts.found += hit
        if s.get("owner") != "subject":
            report.third_party.labelled += 1
            report.third_party.found += hit
            if s["entity_type"] == "PERSON":
                report.names.labelled += 1
                report.names.found += hit
        if "same_surname_relative" in (s.get("tags") or ()):
            report.relatives_labelled += 1
            report.relatives_redacted += hit
        if not hit:
            report.misses.append((doc.id, s["entity_type"], doc.text[s["start"] : s["end"]]))
    for s in to_keep:
        touched = any(i in covered for i in range(s["start"], s["end"]))
        if s["entity_type"] == "PERSON":
            report.subject_mentions += 1
            report.subject_kept += not touched
        else:
            report.subject_ids_to_keep += 1
            report.subject_ids_kept += not touched
    for n in doc.hard_negatives:
        report.hard_negatives += 1
        if any(i in covered for i in range(n["start"], n["end"])):
            report.hard_negatives_removed += 1
    for f in redacted:
        overlapping = [s for s in to_redact if s["start"] < f.end and f.start < s["end"]]
        counts_t = report.by_type[f.entity_type]
        if overlapping:
            counts_t.tp += 1
            report.overall.tp += 1
            if any(s.get("owner") != "subject" for s in overlapping):
                report.third_party.tp += 1
            if f.entity_type == "PERSON":
                report.names.tp += 1
        else:
            counts_t.fp += 1
            report.overall.fp += 1
            report.third_party.fp += 1
            if f.entity_type == "PERSON":
                report.names.fp += 1
            report.false_positives.append((doc.id, f.entity_type, doc.text[f.start : f.end]))


def evaluate(redactor: Redactor, docs: Iterable[LabelledDoc]) -> Report:
    report = Report()
    docs = list(docs)
    requests = (RedactionRequest(d.text, d.subject, d.people) for d in docs)
    for doc, result in zip(docs, redactor.redact_many(requests), strict=True):
        score_document(doc, result.findings, report)
    return report


def report_rows(report: Report) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(entity type, labelled, found, precision, recall, F2) rows, then the overall rows."""
    for name in sorted(report.by_type):
        c = report.by_type[name]
        yield (
            name,
            str(c.labelled),
            str(c.found),
            f"{c.precision:.3f}",
            f"{c.recall:.3f}",
            f"{c.f2:.3f}",
        )
    for name, c in (("ALL (third parties)", report.third_party), ("ALL", report.overall)):
        yield (
            name,
            str(c.labelled),
            str(c.found),
            f"{c.precision:.3f}",
            f"{c.recall:.3f}",
            f"{c.f2:.3f}",
        )
