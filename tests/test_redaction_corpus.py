"""The labelled corpora: the issue's targets, measured (not assumed).

Development corpora (the rules were written against them, so these are not unseen figures):
``dev.jsonl`` (templates, with a roster), ``handwritten.jsonl``, ``dev2_tune.jsonl``,
``dev2_unseen.jsonl`` and ``dev3.jsonl`` to ``dev9.jsonl`` (no roster of their own;
``case_people`` is the roster the gateway would pass). Each is held to what was measured on
it, with and without a roster.

The blind set (``blind/``, written by someone who never read the rules) is held to the
issue's targets when it is present: without a roster third-party recall >= 0.98, names
>= 0.97, precision >= 0.90, subject mentions kept >= 0.99, same-surname relatives redacted
>= 0.99; with the roster, third-party recall >= 0.99.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaction import get_redactor
from redaction.evaluation import Report, evaluate, load_corpus

CORPUS = Path(__file__).parent / "redaction_corpus"
BLIND = CORPUS / "blind"

#: file -> (third-party recall, name recall, precision) without a roster, as measured.
NO_ROSTER_FLOORS = {
    "dev.jsonl": (0.99, 0.99, 0.99),
    "handwritten.jsonl": (0.98, 0.97, 0.98),
    "dev2_tune.jsonl": (0.98, 0.98, 0.98),
    "dev2_unseen.jsonl": (0.98, 0.98, 0.98),
    "dev3.jsonl": (0.98, 0.98, 0.98),
    "dev4.jsonl": (0.99, 0.99, 0.99),
    "dev5.jsonl": (0.99, 0.99, 0.99),
    "dev6.jsonl": (0.99, 0.99, 0.99),
    "dev7.jsonl": (0.99, 0.99, 0.99),
    "dev8.jsonl": (0.99, 0.99, 0.99),
    "dev9.jsonl": (0.97, 0.97, 0.97),
}


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
    tagged = [s for d in docs for s in d["spans"] if "same_surname_relative" in s.get("tags", [])]
    assert len(tagged) >= 30
    for d in docs:  # labels point at the text they name
        for s in d["spans"] + d["hard_negatives"]:
            assert d["text"][s["start"] : s["end"]] == s["text"]


def test_third_party_recall(report: Report) -> None:
    assert report.third_party.recall >= 0.99, report.misses[:20]


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


@pytest.mark.parametrize("name", sorted(NO_ROSTER_FLOORS))
def test_development_corpora_without_a_roster(name: str) -> None:
    rep = evaluate(get_redactor(), load_corpus(CORPUS / name, roster=False))
    recall, names, precision = NO_ROSTER_FLOORS[name]
    assert rep.third_party.recall >= recall, rep.misses
    assert rep.names.recall >= names, rep.misses
    assert rep.overall.precision >= precision, rep.false_positives
    assert rep.subject_kept_share >= 0.99
    assert rep.relatives_share >= 0.99, rep.misses


def _blind_sets() -> list[Path]:
    return [BLIND] if BLIND.is_dir() and any(BLIND.glob("*.jsonl")) else []


@pytest.mark.skipif(not _blind_sets(), reason="the blind evaluation set has not landed yet")
@pytest.mark.parametrize("path", _blind_sets(), ids=lambda p: p.name)
def test_blind_set_without_a_roster_meets_every_target(path: Path) -> None:
    rep = evaluate(get_redactor(), load_corpus(path, roster=False))
    assert rep.meets_targets(roster=False), rep.to_dict(roster=False)["targets"]


@pytest.mark.skipif(not _blind_sets(), reason="the blind evaluation set has not landed yet")
@pytest.mark.parametrize("path", _blind_sets(), ids=lambda p: p.name)
def test_blind_set_with_the_case_roster_recall(path: Path) -> None:
    rep = evaluate(get_redactor(), load_corpus(path, roster=True))
    assert rep.third_party.recall >= 0.99, rep.to_dict(roster=True)["targets"]
