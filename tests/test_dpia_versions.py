"""A change to an approved DPIA starts a new, linked version; every version is kept and compared."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpia import (
    DPIA,
    DPIAHistory,
    DPIAIncomplete,
    DPIAInvalidTransition,
    DPIAVersionConflict,
    DPORecommendation,
    Person,
    Status,
    advise,
    approve,
    compare,
    format_changes,
    revise,
    set_field,
    set_fields,
    submit,
)
from dpia.examples import approved_demo_dpia, completed_demo_dpia

LEAD = Person(username="lead", name="Alex Lead", role="Prevent Lead")
DPO = Person(username="dpo", name="Dana Officer", role="Data Protection Officer")
EXEC = Person(username="siro", name="Chris Exec", role="Senior Information Risk Owner")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def v1() -> DPIA:
    return approved_demo_dpia(
        controller="Example Online Ltd", preparer=LEAD, dpo=DPO, approver=EXEC, at=T0
    )


def approve_again(d: DPIA, at: datetime) -> DPIA:
    d = submit(d, by=LEAD, at=at)
    d = advise(d, dpo=DPO, at=at, recommendation=DPORecommendation.PROCEED, summary="Fine.")
    return approve(
        d,
        measures_approved_by=EXEC,
        residual_risks_approved_by=EXEC,
        advice_accepted=True,
        review_date=(at + timedelta(days=300)).date(),
        review_owner=DPO,
        at=at,
    )


def test_revise_starts_linked_draft_version() -> None:
    first = v1()
    second = revise(first, by=LEAD, at=T0 + timedelta(days=30), reason="New recipient added")
    assert second.version == 2 and second.status is Status.DRAFT
    assert second.previous_version is not None
    assert second.previous_version.version == 1
    assert second.previous_version.sha256 == first.sha256()
    assert second.signoff is None and second.dpo_advice is None and second.submission is None
    assert second.change_reason == "New recipient added"
    assert second.risks == first.risks  # content carried over
    assert first.status is Status.APPROVED  # the approved version is untouched


def test_revise_needs_a_reason_and_an_approved_version() -> None:
    with pytest.raises(DPIAIncomplete, match="reason"):
        revise(v1(), by=LEAD, at=T0, reason=" ")
    draft = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    with pytest.raises(DPIAInvalidTransition, match="change it in place"):
        revise(draft, by=LEAD, at=T0, reason="x")


def test_history_keeps_every_version_and_checks_links() -> None:
    first = v1()
    later = T0 + timedelta(days=40)
    second = revise(first, by=LEAD, at=later, reason="Retention shortened")
    history = DPIAHistory.of([first]).with_version(second)
    edited = set_field(second, "necessity.retention", "Three years.")
    history = history.with_version(edited)  # a draft is replaced while being edited
    assert [v.version for v in history.versions] == [1, 2]
    assert history.approved() == first  # the draft does not govern yet
    second_ok = approve_again(edited, later)
    history = history.with_version(second_ok)
    assert history.approved() == second_ok
    assert history.get(1) == first
    third = revise(second_ok, by=LEAD, at=later, reason="Annual review")
    history = history.with_version(third)
    assert [v.version for v in history.versions] == [1, 2, 3]
    with pytest.raises(DPIAVersionConflict, match="approved and cannot be replaced"):
        DPIAHistory.of([first, second_ok]).with_version(second_ok)


def test_history_detects_an_altered_approved_version() -> None:
    first = v1()
    second = revise(first, by=LEAD, at=T0, reason="Change")
    tampered = first.to_dict()
    tampered["necessity"]["retention"] = "Kept forever."
    with pytest.raises(DPIAVersionConflict, match="altered"):
        DPIAHistory((DPIA.from_dict(tampered), second))


def test_history_refuses_gaps_and_unapproved_predecessors() -> None:
    first = v1()
    third_data = revise(first, by=LEAD, at=T0, reason="x").to_dict()
    third_data["version"] = 3
    third_data["previous_version"]["version"] = 2
    with pytest.raises(DPIAVersionConflict, match="cannot follow"):
        DPIAHistory((first, DPIA.from_dict(third_data)))
    draft = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    with pytest.raises(DPIAVersionConflict):
        DPIAHistory((draft, revise(first, by=LEAD, at=T0, reason="x")))
    with pytest.raises(DPIAVersionConflict):
        DPIAHistory(())


def test_compare_lists_each_changed_field() -> None:
    first = v1()
    second = set_fields(
        revise(first, by=LEAD, at=T0 + timedelta(days=1), reason="Review"),
        [
            ("necessity.retention", "Three years."),
            ("risks.R6.residual_likelihood", "remote"),
            ("risks.R6.measures.M6.3", {"description": "Student panel", "effect": "reduced"}),
            ("risks.R3", None),
        ],
    )
    changes = {c.path: c for c in compare(first, second)}
    assert changes["necessity.retention"].new == "Three years."
    assert changes["risks.R6.residual_likelihood"].old == "possible"
    assert changes["risks.R6.residual_likelihood"].new == "remote"
    assert changes["risks.R6.measures.M6.3"].kind == "added"
    assert changes["risks.R6.measures.M6.3"].new["description"] == "Student panel"
    assert changes["risks.R3"].kind == "removed"
    assert changes["signoff"].kind == "removed"  # one change, not one per sign-off field
    assert not any(p.startswith("signoff.") for p in changes)
    assert changes["version"].old == 1 and changes["version"].new == 2
    assert changes["status"].new == "draft"
    # unchanged risks are not reported just because R3 was removed before them
    assert not any(p.startswith("risks.R4") for p in changes)
    text = format_changes(compare(first, second))
    assert "necessity.retention:" in text and "'Three years.'" in text
    assert "removed" in text and "added" in text


def test_compare_identical_versions() -> None:
    first = v1()
    assert compare(first, first) == []
    assert format_changes([]) == "No differences."


@settings(max_examples=40, deadline=None)
@given(
    value=st.text(max_size=60),
    risk=st.sampled_from(["R1", "R2", "R3", "R4", "R5", "R6"]),
    field=st.sampled_from(["description", "source"]),
)
def test_compare_reports_exactly_the_field_that_changed(value: str, risk: str, field: str) -> None:
    base = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    changed = set_field(base, f"risks.{risk}.{field}", value)
    changes = compare(base, changed)
    if value == getattr(base.risk(risk), field):
        assert changes == []
    else:
        assert [c.path for c in changes] == [f"risks.{risk}.{field}"]
        assert changes[0].new == value
        assert changes[0].old == getattr(base.risk(risk), field)
