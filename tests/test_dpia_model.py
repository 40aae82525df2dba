"""JSON round-trip, and stored JSON that breaks the rules is refused on load."""

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpia import DPIA, FORMAT, DPIAInvalid, Person, Status, set_field
from dpia.examples import approved_demo_dpia, completed_demo_dpia

LEAD = Person(username="lead", name="Alex Lead", role="Prevent Lead")
DPO = Person(username="dpo", name="Dana Officer", role="Data Protection Officer")
EXEC = Person(username="siro", name="Chris Exec", role="Senior Information Risk Owner")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def approved() -> DPIA:
    return approved_demo_dpia(
        controller="Example Online Ltd", preparer=LEAD, dpo=DPO, approver=EXEC, at=T0
    )


def test_json_round_trip_is_exact() -> None:
    original = approved()
    text = original.to_json()
    again = DPIA.from_json(text)
    assert again == original
    assert again.to_json() == text
    assert again.sha256() == original.sha256()
    assert json.loads(text)["format"] == FORMAT


def test_dict_round_trip() -> None:
    original = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    assert DPIA.from_dict(original.to_dict()) == original


def test_digest_depends_on_content() -> None:
    d = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    assert set_field(d, "necessity.retention", "Five years.").sha256() != d.sha256()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(status="approved", signoff=None), "approved DPIA has"),
        (lambda d: d.update(status="expired"), "derived from the review date"),
        (lambda d: d.update(version=2), "only version 1 has no previous version"),
        (lambda d: d["risks"].append(dict(d["risks"][0])), "risk ids must be unique"),
        (lambda d: d.update(format="something/else"), "format"),
        (lambda d: d.update(activity="Prevent Sharing!"), "activity"),
        (lambda d: d.update(created_at="2026-11-25T09:00:00"), "created_at"),
        (lambda d: d.update(extra_field=1), "Extra inputs"),
        (
            lambda d: d["signoff"]["advice_response"].update(accepted=False, reasons=""),
            "overruling the DPO's advice needs the reasons",
        ),
    ],
)
def test_inconsistent_stored_json_is_refused(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    data = approved().to_dict()
    mutate(data)
    with pytest.raises(DPIAInvalid, match=message):
        DPIA.from_dict(data)


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", b"\xff\xfe"])
def test_garbage_is_refused_cleanly(text: str | bytes) -> None:
    with pytest.raises(DPIAInvalid):
        DPIA.from_json(text)


def test_models_are_frozen() -> None:
    d = approved()
    with pytest.raises(Exception, match="frozen"):
        d.status = Status.DRAFT  # type: ignore[misc]


def test_validation_errors_name_risks_by_id() -> None:
    data = approved().to_dict()
    data["risks"][1]["likelihood"] = "sometimes"
    with pytest.raises(DPIAInvalid) as err:
        DPIA.from_dict(data)
    assert err.value.problems[0].startswith("risks.R2.likelihood")


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(max_size=200),
    items=st.lists(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()), max_size=4),
)
def test_round_trip_any_text(text: str, items: list[str]) -> None:
    d = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    d = set_field(d, "necessity.retention", text)
    d = set_field(d, "processing.recipients", items)
    assert DPIA.from_json(d.to_json()) == d


def test_digest_survives_a_new_optional_field() -> None:
    # A version stored before a field existed (here: need_for_dpia) keeps its digest.
    d = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    d = set_field(d, "need_for_dpia", "")
    old_style = d.to_dict()
    del old_style["need_for_dpia"]
    assert DPIA.from_dict(old_style).sha256() == d.sha256()
