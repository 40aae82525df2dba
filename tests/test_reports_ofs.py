"""The OfS return against hand-counted fixtures: a release to the Regional Prevent Coordinator
after a referral decision is a formal referral, a recorded discussion with the coordinator is
advice sought, every case line counts distinct cases and is a part of the first line, and the
exact counts go only to those who file the return."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session
from test_reports_fixtures import (
    SUBJECT_A,
    SUBJECT_B,
    SUBJECT_C,
    World,
    _basis,
    _decision,
    world,  # noqa: F401 - fixture
)

from gateway.cases import use_cases as case_use_cases
from gateway.cases.domain import ConcernSource, Outcome, ReferralGround
from gateway.cases.service import SubjectDetails, confirm_decision, decide, raise_concern
from gateway.clock import SYSTEM_CLOCK
from gateway.db import transaction
from gateway.disclosures import use_cases as ds
from gateway.errors import InvalidInput, NotPermitted
from gateway.keys.recipient import generate_recipient_keypair
from gateway.recipients.models import RecipientKind
from gateway.recipients.service import register_recipient
from gateway.reports import use_cases
from gateway.reports.domain import SUPPRESSED_TEXT, AcademicYear
from gateway.timeutil import today
from tests.support import ANSWERED_NONE


def _recipient(s: Session, w: World, kind: RecipientKind, name: str) -> str:
    _private, public = generate_recipient_keypair(name)
    return register_recipient(
        s, w.actor(s, "admin"), kind=kind, name=name, organisation="Org",
        contact=f"{name.lower().replace(' ', '.')}@example.org", public_key=public,
        competent_authority=kind is RecipientKind.POLICE_PREVENT_TEAM,
    ).reference


def _case(s: Session, w: World, subject: tuple[str, str], outcome: Outcome | None) -> str:
    lead = w.actor(s, "lead")
    ref = str(raise_concern(s, lead, subject=SubjectDetails(*subject),
                            source=ConcernSource.STAFF, description="A concern.").case.reference)
    if outcome is Outcome.REFERRAL:
        decide(s, lead, ref, _decision(outcome, grounds=(ReferralGround.CRIMINAL_ACT,)))
        confirm_decision(s, w.actor(s, "smt"), ref, 1)
    elif outcome is Outcome.INTERNAL_ACTION:
        decide(s, lead, ref, _decision(outcome, actions="Mentoring.",
                                       review_date=today() + timedelta(days=30)))
    return ref


def _release(w: World, case_ref: str, recipient: str) -> None:
    with transaction(w.sessions) as s:
        lead = w.actor(s, "lead")
        r = ds.create(s, lead, SYSTEM_CLOCK, w.settings, case_reference=case_ref,
                      recipient_reference=recipient, purpose="Assess the risk.")
        ds.set_lawful_basis(s, lead, SYSTEM_CLOCK, w.settings, r.reference, _basis())
        from gateway.disclosures.domain import ItemKind

        ds.add_item(s, lead, SYSTEM_CLOCK, w.settings, r.reference, kind=ItemKind.NOTE,
                    label="Note", text="Details of the concern.", **ANSWERED_NONE)
        ds.redact(s, lead, SYSTEM_CLOCK, w.settings, r.reference)
        ds.accept_findings(s, lead, SYSTEM_CLOCK, w.settings, r.reference)
        ds.submit(s, lead, SYSTEM_CLOCK, w.settings, r.reference)
    with transaction(w.sessions) as s:
        dpo = w.actor(s, "dpo")
        seen = ds.approval(s, dpo, SYSTEM_CLOCK, w.settings, r.reference).content_sha256
        ds.approve(s, dpo, SYSTEM_CLOCK, w.settings, r.reference, seen)
    with transaction(w.sessions) as s:
        ds.release(s, w.actor(s, "lead"), SYSTEM_CLOCK, w.settings, r.reference,
                   keyring=w.keyring, log=w.writer())


def _discussed(w: World, case_ref: str) -> None:
    with transaction(w.sessions) as s:
        case_use_cases.record_rpc_discussion(
            s, w.actor(s, "lead"), SYSTEM_CLOCK, w.settings, case_ref, today()
        )


def _ofs(w: World, username: str, *, exact: bool) -> dict[str, Any]:
    with transaction(w.sessions) as s:
        view = use_cases.ofs_return(s, w.actor(s, username), SYSTEM_CLOCK, w.settings,
                                    log=w.log, exact=exact)
    return {line.item: line.value for line in view.lines}


def _figures(w: World, username: str = "auditor") -> dict[str, int]:
    with transaction(w.sessions) as s:
        view = use_cases.annual_report(s, w.actor(s, username), SYSTEM_CLOCK, w.settings,
                                       log=w.log)
    return {f.key: f.value for f in view.report.figures}


def test_one_case_with_two_releases_to_the_coordinator_is_one_formal_referral(
    world: World,  # noqa: F811
) -> None:
    with transaction(world.sessions) as s:
        rpc = _recipient(s, world, RecipientKind.REGIONAL_PREVENT_COORDINATOR, "RPC")
        case_a = _case(s, world, SUBJECT_A, Outcome.REFERRAL)
    _release(world, case_a, rpc)
    _release(world, case_a, rpc)

    figures = _figures(world)
    assert figures["disclosures.released.regional_prevent_coordinator"] == 2  # two releases
    assert figures["cases.with_disclosure.regional_prevent_coordinator"] == 1  # one case
    assert figures["cases.with_disclosure.total"] == 1
    assert figures["cases.formal_referral.total"] == 1
    assert figures["cases.advice_sought.total"] == 0
    lines = _ofs(world, "lead", exact=True)
    assert lines["welfare.escalated_to_prevent_lead"] == 1
    assert lines["welfare.formal_referrals"] == 1  # not "advice sought", and not 2
    assert lines["welfare.external_advice_sought"] == 0


def test_a_note_recording_a_discussion_with_the_coordinator_is_advice_sought(
    world: World,  # noqa: F811
) -> None:
    with transaction(world.sessions) as s:
        case_a = _case(s, world, SUBJECT_A, Outcome.INTERNAL_ACTION)
        case_b = _case(s, world, SUBJECT_B, Outcome.INTERNAL_ACTION)
    with transaction(world.sessions) as s:
        lead = world.actor(s, "lead")
        case_use_cases.add_note(
            s, lead, SYSTEM_CLOCK, world.settings, case_a,
            "Called the coordinator, who advised a welfare meeting first.",
            coordinator_discussion=True,
        )
        case_use_cases.add_note(
            s, lead, SYSTEM_CLOCK, world.settings, case_b, "Met the student's tutor."
        )
    assert _figures(world)["cases.advice_sought.total"] == 1  # A only: B's note is a plain note


def test_the_return_against_a_hand_counted_year(world: World) -> None:  # noqa: F811
    # A: referral, released twice to the coordinator. B: internal action, discussed with the
    # coordinator by phone. C: referral, discussed, then released to the police Prevent team.
    # D: a concern not yet decided.
    with transaction(world.sessions) as s:
        rpc = _recipient(s, world, RecipientKind.REGIONAL_PREVENT_COORDINATOR, "RPC")
        police = _recipient(s, world, RecipientKind.POLICE_PREVENT_TEAM, "Police Prevent")
        case_a = _case(s, world, SUBJECT_A, Outcome.REFERRAL)
        case_b = _case(s, world, SUBJECT_B, Outcome.INTERNAL_ACTION)
        case_c = _case(s, world, SUBJECT_C, Outcome.REFERRAL)
        _case(s, world, ("S1000004", "Dee Fictional"), None)
    _release(world, case_a, rpc)
    _release(world, case_a, rpc)
    _discussed(world, case_b)
    _discussed(world, case_b)  # a second call about the same case: still one case
    _discussed(world, case_c)
    _release(world, case_c, police)

    exact = _ofs(world, "lead", exact=True)
    assert exact["welfare.escalated_to_prevent_lead"] == 4  # A, B, C, D
    assert exact["welfare.external_advice_sought"] == 2  # B, C
    assert exact["welfare.formal_referrals"] == 2  # A (coordinator), C (police)
    assert exact["events.speaker_requests"] == 0

    # Everyone else who reads reports sees small numbers suppressed...
    shown = _ofs(world, "auditor", exact=False)
    assert shown["welfare.escalated_to_prevent_lead"] == SUPPRESSED_TEXT
    assert shown["welfare.formal_referrals"] == SUPPRESSED_TEXT
    # ... and may not ask for the exact counts.
    for username in ("auditor", "dpo", "smt"):
        with pytest.raises(NotPermitted):
            _ofs(world, username, exact=True)

    # The trace behind the formal referrals names the two cases, once each.
    with transaction(world.sessions) as s:
        traced = use_cases.trace_figure(s, world.actor(s, "auditor"), SYSTEM_CLOCK,
                                        world.settings, AcademicYear.of(today()).start_year,
                                        "cases.formal_referral.total", log=world.log)
    assert traced.trace == sorted([f"case:{case_a}", f"case:{case_c}"])


def test_a_discussion_is_recorded_in_the_chronology_not_in_the_future(
    world: World,  # noqa: F811
) -> None:
    with transaction(world.sessions) as s:
        case_a = _case(s, world, SUBJECT_A, None)
    with transaction(world.sessions) as s, pytest.raises(InvalidInput, match="in the future"):
        case_use_cases.record_rpc_discussion(s, world.actor(s, "lead"), SYSTEM_CLOCK,
                                             world.settings, case_a, today() + timedelta(days=1))
    with transaction(world.sessions) as s, pytest.raises(NotPermitted):
        case_use_cases.record_rpc_discussion(s, world.actor(s, "auditor"), SYSTEM_CLOCK,
                                             world.settings, case_a, today())
    _discussed(world, case_a)
    with transaction(world.sessions) as s:
        shown = case_use_cases.read_case(s, world.actor(s, "lead"), SYSTEM_CLOCK,
                                         world.settings, case_a)
        kinds = [e.kind for e in shown.chronology]
    assert "rpc_discussion" in kinds
