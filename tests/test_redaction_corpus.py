"""The development corpus: the issue's targets, measured (not assumed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaction import get_redactor
from redaction.evaluation import Report, evaluate, load_corpus

CORPUS = Path(__file__).parent / "redaction_corpus"


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(get_redactor(), load_corpus(CORPUS))


def test_corpus_is_big_enough() -> None:
    docs = [
        json.loads(line)
        for f in sorted(CORPUS.glob("*.jsonl"))
        for line in f.read_text("utf-8").splitlines()
    ]
    assert len(docs) >= 40
    assert sum(len(d["spans"]) for d in docs) >= 600
    assert sum(len(d["hard_negatives"]) for d in docs) >= 100
    assert all(d["subject"] for d in docs)
    kinds = {d["kind"] for d in docs}
    assert {"tutor_report", "support_log", "vle_chat", "email", "minutes"} <= kinds
    for d in docs:  # labels point at the text they name
        for s in d["spans"] + d["hard_negatives"]:
            assert d["text"][s["start"] : s["end"]] == s["text"]


def test_third_party_recall(report: Report) -> None:
    assert report.third_party.recall >= 0.98, report.misses[:20]


def test_precision(report: Report) -> None:
    assert report.overall.precision >= 0.90, report.false_positives[:20]


def test_subject_mentions_kept(report: Report) -> None:
    assert report.subject_kept_share >= 0.99


def test_hard_negatives_mostly_stay(report: Report) -> None:
    assert report.hard_negatives_removed <= 0.02 * report.hard_negatives


def test_every_entity_type_is_found(report: Report) -> None:
    for name, counts in report.by_type.items():
        if counts.labelled >= 5:
            assert counts.recall >= 0.85, (name, counts)
