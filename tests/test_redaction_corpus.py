"""The labelled corpora: the issue's targets, measured (not assumed).

Development corpora (the rules were written against them, so these are not unseen figures):
``dev.jsonl`` (templates, with a roster), ``handwritten.jsonl``, ``dev2_tune.jsonl``,
``dev2_unseen.jsonl`` and ``dev3.jsonl`` to ``dev35.jsonl`` (no ``dev32``) (no roster of their own;
``case_people`` is the roster the gateway would pass). Each is held to what was measured on
it, with and without a roster.

The blind set (``blind/``, written by someone who never read the rules, scored after each
round of rules, figures only) is held to what was measured on it, so that nothing gets worse.
Without a roster it meets every target (third-party recall >= 0.98, names >= 0.97, precision
>= 0.90, subject mentions kept >= 0.99, same-surname relatives redacted >= 0.99), asserted
below; with the case roster third-party recall must reach 0.99, not reached yet: an expected
failure that must be turned into a pass, never loosened.
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
    "dev10.jsonl": (0.99, 0.99, 0.99),
    # written after the dev10 rules and tuned on once; harder than the sets before it
    "dev11.jsonl": (0.96, 0.97, 0.94),
    # written after the dev11 rules, scored once (recall 0.966, names 0.965, precision
    # 0.924), then tuned on
    "dev12.jsonl": (0.97, 0.97, 0.92),
    # written by two writers after the dev12 rules, 36 short documents each, dense with people;
    # scored once before any rule changed for them (dev13: recall 0.954, names 0.958,
    # precision 0.954, subject 0.976, relatives 0.941; dev14: 0.949, 0.948, 0.978, 0.989,
    # 0.902), then tuned on
    "dev13.jsonl": (0.97, 0.97, 0.96),
    "dev14.jsonl": (0.98, 0.97, 0.98),
    # two more writers after the dev13/dev14 rules, scored once (dev15: recall 0.963, names
    # 0.957, precision 0.970, subject 0.995, relatives 0.897; dev16: 0.966, 0.970, 0.983,
    # 0.989, 0.982), then tuned on
    "dev15.jsonl": (0.98, 0.97, 0.97),
    "dev16.jsonl": (0.99, 0.99, 0.98),
    # two more writers after the dev15/dev16 rules; dev17 scored once (recall 0.962, names
    # 0.970, precision 0.966, subject 1.000, relatives 0.975) and then tuned on a little;
    # dev18 scored once after every rule (0.961, 0.962, 0.967, 0.980, 0.909), not tuned on
    "dev17.jsonl": (0.97, 0.98, 0.96),
    "dev18.jsonl": (0.96, 0.96, 0.96),
    # after the dev17 rules and a round from the identifier misses: dev19 (many third parties'
    # identifiers) scored once (recall 0.959, names 0.954, precision 0.981, subject 0.975,
    # relatives 0.946), dev20 (many relatives) likewise (0.960, 0.956, 0.982, 0.969, 0.966);
    # then two refinements that kept more of the student (not tuned for recall on them)
    "dev19.jsonl": (0.95, 0.95, 0.97),
    "dev20.jsonl": (0.95, 0.95, 0.98),
    # after the dev19/dev20 rules: dev21 scored once (recall 0.957, names 0.952, precision
    # 0.963, subject 0.952, relatives 0.943), dev22 likewise (0.974, 0.972, 0.966, 0.989,
    # 0.970); then one rule that keeps the student's compound given name ('Abdul Aziz', 'Aziz')
    "dev21.jsonl": (0.95, 0.95, 0.96),
    "dev22.jsonl": (0.97, 0.96, 0.96),
    # after every rule above, scored once and not tuned on: dev23 (recall 0.971, names 0.969,
    # precision 0.980, subject 0.995, relatives 0.961) and dev24 (0.968, 0.968, 0.970, 0.959,
    # 0.947)
    "dev23.jsonl": (0.97, 0.96, 0.97),
    "dev24.jsonl": (0.96, 0.96, 0.96),
    # four more writers after every rule above; scored once before any rule changed for them
    # (dev25: recall 0.967, names 0.964, precision 0.984, subject 0.990, relatives 0.967;
    # dev26: 0.972, 0.969, 0.990, 1.000, 0.967; dev27: 0.966, 0.964, 0.963, 0.989, 0.933;
    # dev28: 0.962, 0.961, 0.971, 0.995, 0.938); dev25, dev26 and dev28 then tuned on, dev27
    # never (its misses are not read)
    "dev25.jsonl": (0.98, 0.98, 0.98),
    "dev26.jsonl": (0.98, 0.98, 0.98),
    "dev27.jsonl": (0.97, 0.97, 0.96),
    "dev28.jsonl": (0.98, 0.98, 0.98),
    # three more writers after the dev25-dev28 rules, scored once first (dev29: recall 0.968,
    # names 0.969, precision 0.989, subject 1.000, relatives 0.954; dev30: 0.958, 0.972,
    # 0.982, 0.969, 0.942; dev31: 0.951, 0.945, 0.986, 1.000, 0.914), then tuned on
    "dev29.jsonl": (0.98, 0.98, 0.98),
    "dev30.jsonl": (0.96, 0.97, 0.98),
    "dev31.jsonl": (0.97, 0.97, 0.98),
    # three more writers after the dev29-dev31 rules, scored once first (dev33: recall 0.962,
    # names 0.960, precision 0.980, subject 0.989, relatives 0.962; dev34: 0.960, 0.962,
    # 0.950, 0.987, 0.967; dev35: 0.956, 0.954, 0.994, 0.995, 0.936), then tuned on a little
    "dev33.jsonl": (0.96, 0.96, 0.97),
    "dev34.jsonl": (0.97, 0.97, 0.94),
    "dev35.jsonl": (0.96, 0.96, 0.98),
}
#: Same-surname relatives redacted without a roster, where a set is held below 0.99.
RELATIVES_FLOOR = {
    "dev11.jsonl": 0.96,
    "dev12.jsonl": 0.97,
    "dev13.jsonl": 0.97,
    "dev14.jsonl": 0.95,
    "dev15.jsonl": 0.94,
    "dev16.jsonl": 0.98,
    "dev17.jsonl": 0.97,
    "dev18.jsonl": 0.90,
    "dev19.jsonl": 0.94,
    "dev20.jsonl": 0.95,
    "dev21.jsonl": 0.94,
    "dev22.jsonl": 0.96,
    "dev23.jsonl": 0.96,
    "dev24.jsonl": 0.94,
    "dev25.jsonl": 0.97,
    "dev27.jsonl": 0.93,
    "dev28.jsonl": 0.97,
    "dev29.jsonl": 0.98,
    "dev30.jsonl": 0.94,
    "dev31.jsonl": 0.96,
    "dev33.jsonl": 0.96,
    "dev34.jsonl": 0.96,
    "dev35.jsonl": 0.95,
}
#: Subject mentions kept, where a set is held below 0.99: dev13 and dev14 label the same
#: words ("Mr Popescu") as the student in one sentence and the father in another, on purpose.
SUBJECT_FLOOR = {
    "dev13.jsonl": 0.98,
    "dev14.jsonl": 0.98,
    "dev16.jsonl": 0.98,
    "dev18.jsonl": 0.97,
    "dev19.jsonl": 0.975,
    "dev20.jsonl": 0.975,
    "dev21.jsonl": 0.97,
    "dev22.jsonl": 0.985,
    "dev24.jsonl": 0.95,
    "dev27.jsonl": 0.985,
    "dev30.jsonl": 0.965,
    "dev33.jsonl": 0.985,
    "dev34.jsonl": 0.985,
}
#: Sets held to their own floors only, not to the whole directory's (dev11: 28 of its 220
#: hard negatives are still removed, dev12: 19 of its 135, against the directory's 2%;
#: dev13 and dev14 label a subject's own usernames as identifiers to remove).
OWN_FLOORS_ONLY = {
    "dev11.jsonl",
    "dev12.jsonl",
    "dev13.jsonl",
    "dev14.jsonl",
    "dev15.jsonl",
    "dev16.jsonl",
    "dev17.jsonl",
    "dev18.jsonl",
    "dev19.jsonl",
    "dev20.jsonl",
    "dev21.jsonl",
    "dev22.jsonl",
    "dev23.jsonl",
    "dev24.jsonl",
    "dev25.jsonl",
    "dev26.jsonl",
    "dev27.jsonl",
    "dev28.jsonl",
    "dev29.jsonl",
    "dev30.jsonl",
    "dev31.jsonl",
    "dev33.jsonl",
    "dev34.jsonl",
    "dev35.jsonl",
}


@pytest.fixture(scope="module")
def report() -> Report:
    docs = [
        doc
        for f in sorted(CORPUS.glob("*.jsonl"))
        if f.name not in OWN_FLOORS_ONLY
        for doc in load_corpus(f)
    ]
    return evaluate(get_redactor(), docs)


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
    assert rep.subject_kept_share >= SUBJECT_FLOOR.get(name, 0.99)
    assert rep.relatives_share >= RELATIVES_FLOOR.get(name, 0.99), rep.misses


def _blind_sets() -> list[Path]:
    return [BLIND] if BLIND.is_dir() and any(BLIND.glob("*.jsonl")) else []


#: Measured on the blind set, 2026-12-06, no roster: third-party recall 0.929, names 0.936,
#: precision 0.900, subject mentions kept 0.984, same-surname relatives redacted 0.912; with the
#: case roster, third-party recall 0.933. Again (figures only) 2026-12-07 after the dev10 rules,
#: no roster: recall 0.936, names 0.941, precision 0.8998, subject 0.984, relatives 0.912.
#: Again 2026-12-07 after the dev11 rules: no roster, recall 0.938, names 0.943, precision
#: 0.906, subject mentions kept 0.9905 (314/317), relatives 0.925 (136/147); with the roster,
#: recall 0.942. Again 2026-12-07 after the dev12 rules: no roster, recall 0.939 (772/822),
#: names 0.945 (698/739), precision 0.910, subject mentions kept 0.997 (316/317), relatives
#: 0.932 (137/147); with the roster, recall 0.945 (777/822). Again 2026-12-07 after the rules
#: of dev13-dev18 and a round from the development sets' identifier misses: no roster, recall
#: 0.972 (799/822), names 0.978 (723/739), precision 0.920, subject mentions kept 0.997
#: (316/317), relatives 0.986 (145/147); with the roster, recall 0.975 (801/822); the same
#: again after the dev19/dev20 refinements; after the dev19-dev22 rules, no roster, recall
#: 0.973 (800/822), names 0.980 (724/739), the rest unchanged; after the last dev21/dev22
#: rules, no roster, recall 0.974 (801/822), names 0.981 (725/739), precision 0.920, subject
#: 0.997, relatives 0.993 (146/147, the target met); with the roster, recall 0.976 (802/822).
#: Again 2026-12-07 after the dev25/dev26/dev28 rules: no roster, recall 0.982 (807/822),
#: names 0.989 (731/739), precision 0.9205, subject 0.997 (316/317), relatives 0.993
#: (146/147): every target met; with the roster, recall 0.984 (809/822), names 0.992.
#: Floors just under them: nothing may get worse.
BLIND_FLOORS_NO_ROSTER = {
    "recall": 0.98,
    "names": 0.985,
    "precision": 0.92,
    "subject": 0.995,
    "relatives": 0.99,
}
BLIND_FLOOR_ROSTER_RECALL = 0.984

blind_present = pytest.mark.skipif(
    not _blind_sets(), reason="the blind evaluation set is not in this checkout"
)


@pytest.fixture(scope="module")
def blind_no_roster() -> Report:
    return evaluate(get_redactor(), load_corpus(BLIND, roster=False))


@blind_present
def test_blind_set_without_a_roster_does_not_get_worse(blind_no_roster: Report) -> None:
    rep, floors = blind_no_roster, BLIND_FLOORS_NO_ROSTER
    assert rep.third_party.recall >= floors["recall"]
    assert rep.names.recall >= floors["names"]
    assert rep.overall.precision >= floors["precision"]
    assert rep.subject_kept_share >= floors["subject"]
    assert rep.relatives_share >= floors["relatives"]


@blind_present
def test_blind_set_without_a_roster_meets_every_target(blind_no_roster: Report) -> None:
    assert blind_no_roster.meets_targets(roster=False), blind_no_roster.targets(roster=False)


@pytest.fixture(scope="module")
def blind_with_roster() -> Report:
    return evaluate(get_redactor(), load_corpus(BLIND, roster=True))


@blind_present
def test_blind_set_with_the_case_roster_does_not_get_worse(blind_with_roster: Report) -> None:
    assert blind_with_roster.third_party.recall >= BLIND_FLOOR_ROSTER_RECALL


@blind_present
@pytest.mark.xfail(strict=True, reason="recall 0.99 with the case roster is not reached yet")
def test_blind_set_with_the_case_roster_meets_every_target(blind_with_roster: Report) -> None:
    assert blind_with_roster.meets_targets(roster=True)
