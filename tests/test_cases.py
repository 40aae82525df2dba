"""Concerns, the case chronology and the Prevent Lead's decisions (policy 7-9)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.cases import intake
from gateway.cases import service as cases
from gateway.cases.domain import (
    ConcernSource,
    DecisionInput,
    Outcome,
    ReferralGround,
    Seriousness,
    validate_decision,
)
from gateway.errors import InvalidInput, NotPermitted
from gateway.timeutil import today
from tests.support import World, build_world, referral_decision

RULES = intake.IntakeRules(frozenset(intake.DEFAULT_TYPES), intake.MB, intake.MB)

TODAY = date(2026, 11, 25)
INTERNAL = DecisionInput(
    seriousness=Seriousness.MODERATE,
    outcome=Outcome.INTERNAL_ACTION,
    rationale="Concerning views; supportive intervention first.",
    freedom_of_speech_consideration="Views lawful but the student appears distressed.",
    smt_usernames=("smt1",),
    actions="Weekly check-in with Student Support; signpost counselling.",
    review_date=TODAY + timedelta(days=30),
)


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def test_internal_action_needs_actions_and_future_review_date() -> None:
    validate_decision(INTERNAL, TODAY)
    with pytest.raises(InvalidInput, match="actions"):
        validate_decision(replace(INTERNAL, actions=" "), TODAY)
    with pytest.raises(InvalidInput, match="review date"):
        validate_decision(replace(INTERNAL, review_date=None), TODAY)
    with pytest.raises(InvalidInput, match="not in the future"):
        validate_decision(replace(INTERNAL, review_date=TODAY), TODAY)


def test_referral_needs_a_policy_ground() -> None:
    validate_decision(referral_decision(), TODAY)
    with pytest.raises(InvalidInput, match="serious and immediate"):
        validate_decision(replace(referral_decision(), grounds=()), TODAY)
    with pytest.raises(InvalidInput, match="only with the outcome"):
        validate_decision(replace(INTERNAL, grounds=(ReferralGround.CRIMINAL_ACT,)), TODAY)


def test_decision_records_freedom_of_speech_and_smt() -> None:
    with pytest.raises(InvalidInput, match="freedom of speech"):
        validate_decision(replace(INTERNAL, freedom_of_speech_consideration=""), TODAY)
    with pytest.raises(InvalidInput, match="SMT"):
        validate_decision(replace(INTERNAL, smt_usernames=()), TODAY)
    nfa = DecisionInput(
        seriousness=Seriousness.LOW,
        outcome=Outcome.NO_FURTHER_ACTION,
        rationale="Misunderstanding.",
        freedom_of_speech_consideration="Lawful debate.",
        smt_usernames=("smt1",),
    )
    validate_decision(nfa, TODAY)
    with pytest.raises(InvalidInput, match="No further action"):
        validate_decision(replace(nfa, review_date=TODAY + timedelta(days=3)), TODAY)


def test_second_concern_joins_the_open_case(world: World) -> None:
    case_ref = world.run(
        "support",
        lambda s, a: (
            cases.raise_concern(
                s,
                a,
                subject=cases.SubjectDetails("S2034178", "Amir Hassan"),
                source=ConcernSource.STUDENT_VIA_SUPPORT_TEAM,
                description="A fellow student worried.",
                reported_by_name="Hope Adeyemi",
            ).case.reference
        ),
    )
    assert case_ref == world.case_ref
    with world.sessions() as session:
        case = cases.get_case(session, world.actor("lead", session), world.case_ref)
        assert len(case.concerns) == 2
        assert [e.sequence for e in case.events] == list(range(1, len(case.events) + 1))
        assert "Hope Adeyemi" in {p.name for p in case.people}


def test_concern_needs_description_and_no_future_date(world: World) -> None:
    subject = cases.SubjectDetails("S1111111", "Jo Bloggs")
    with pytest.raises(InvalidInput, match="Describe"):
        world.run(
            "tutor",
            lambda s, a: cases.raise_concern(
                s, a, subject=subject, source=ConcernSource.STAFF, description="  "
            ),
        )
    with pytest.raises(InvalidInput, match="future"):
        world.run(
            "tutor",
            lambda s, a: cases.raise_concern(
                s,
                a,
                subject=subject,
                source=ConcernSource.STAFF,
                description="x",
                observed_on=today() + timedelta(days=1),
            ),
        )


def test_only_roles_allowed_can_raise_decide_and_read(world: World) -> None:
    subject = cases.SubjectDetails("S1111111", "Jo Bloggs")
    for username in ("auditor", "admin", "dpo"):
        with pytest.raises(NotPermitted):
            world.run(
                username,
                lambda s, a: cases.raise_concern(
                    s, a, subject=subject, source=ConcernSource.STAFF, description="x"
                ),
            )
    for username in ("smt1", "tutor", "dpo", "admin"):
        with pytest.raises(NotPermitted):
            world.run(username, lambda s, a: cases.decide(s, a, world.case_ref, INTERNAL))
    # Tutors and support staff see only what they raised.
    mine = world.run("tutor", lambda s, a: [c.id for c in cases.list_own_concerns(s, a)])
    assert mine == [world.concern_id]
    assert world.run("support", lambda s, a: cases.list_own_concerns(s, a)) == []


def test_decision_names_real_smt_members(world: World) -> None:
    with pytest.raises(NotPermitted, match="not an active Senior Management Team"):
        world.run(
            "lead",
            lambda s, a: cases.decide(
                s,
                a,
                world.case_ref,
                replace(INTERNAL, smt_usernames=("dpo",), review_date=today() + timedelta(days=5)),
            ),
        )


def test_due_review_shows_up_and_is_re_decided(world: World) -> None:
    decision = replace(INTERNAL, review_date=today() + timedelta(days=10))
    world.run("lead", lambda s, a: cases.decide(s, a, world.case_ref, decision))
    due_now = world.run("lead", lambda s, a: cases.reviews_due(s, a, today()))
    assert due_now == []
    later = today() + timedelta(days=10)
    due = world.run("lead", lambda s, a: [c.reference for c, _ in cases.reviews_due(s, a, later)])
    assert due == [world.case_ref]
    # Re-deciding at the review (here: no further action) clears it and links the decisions.
    nfa = DecisionInput(
        seriousness=Seriousness.LOW,
        outcome=Outcome.NO_FURTHER_ACTION,
        rationale="Engaged well with support.",
        freedom_of_speech_consideration="n/a: lawful.",
        smt_usernames=("smt1",),
    )
    new = world.run("lead", lambda s, a: cases.decide(s, a, world.case_ref, nfa))
    assert new.reviews_decision_id is not None
    assert world.run("lead", lambda s, a: cases.reviews_due(s, a, later)) == []


def test_evidence_hash_and_provenance(world: World) -> None:
    import hashlib

    item = world.run(
        "lead",
        lambda s, a: cases.add_evidence(
            s,
            a,
            world.case_ref,
            description="Chat export",
            provenance="VLE export by tutor",
            content=b"chat bytes",
            rules=RULES,
        ),
    )
    assert item.sha256 == hashlib.sha256(b"chat bytes").hexdigest()
    with pytest.raises(InvalidInput, match="provenance"):
        world.run(
            "lead",
            lambda s, a: cases.add_evidence(
                s, a, world.case_ref, description="x", provenance=" ", content=b"x", rules=RULES
            ),
        )
