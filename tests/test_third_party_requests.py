"""Requests for information from a Channel panel or the police (CTSA 2015 s.38; the ICO data
sharing code), through the use cases on a real database (SQLite or PostgreSQL): a police request
about a student the provider never referred leads to a release through the same gate with no
referral decision on the case, is counted on its own line of the annual report and the OfS
mapping, and never as a referral; a refusal is logged as a decision not to share naming it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from gateway.actor import Actor
from gateway.cases import use_cases as cases
from gateway.cases.domain import SubjectDetails
from gateway.disclosures import use_cases as disclosures
from gateway.disclosures.kinds import DisclosureKind
from gateway.errors import Conflict, LawfulBasisMissing, NoReferralDecision, NotPermitted
from gateway.keys import generate_recipient_keypair
from gateway.packages import verify_package
from gateway.recipients.models import RecipientKind
from gateway.recipients.service import register_recipient
from gateway.reports import use_cases as reports
from gateway.reports.domain import AcademicYear
from gateway.requests import use_cases
from gateway.requests.domain import LegalPower, RequestState
from sharing_log import EntryType, decode_entry
from tests.support import (
    ANSWERED_NONE,
    PUBLIC_TASK,
    World,
    build_world,
    content_sha256,
    fingerprint,
)

ASKED_FOR = "Any concerns recorded about the student's conduct online this term."


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    """No referral decision on the case: the provider never referred the student."""
    return build_world(engine, tmp_path, referral=False)


def cs(world: World) -> tuple[Any, Any]:
    return world.ctx.clock, world.ctx.settings


def police(world: World) -> tuple[str, bytes]:
    private, public = generate_recipient_keypair("Police Prevent team")

    def work(session: Any, actor: Actor) -> str:
        return register_recipient(
            session,
            actor,
            kind=RecipientKind.POLICE_PREVENT_TEAM,
            name="Prevent team",
            organisation="Example Police",
            contact="prevent@police.example",
            public_key=public,
            competent_authority=True,
        ).reference

    return str(world.run("admin", work)), private


def open_request(world: World, recipient: str, **extra: Any) -> Any:
    today = world.ctx.clock.today()
    fields: dict[str, Any] = {
        "recipient_reference": recipient,
        "requester": "DC Ana Silva",
        "organisation": "Example Police Prevent team",
        "legal_power": LegalPower.CRIME_SCH2_PARA2,
        "purpose": "Assessing a report made to the police about the student.",
        "asked_for": ASKED_FOR,
        "deadline": today + timedelta(days=10),
        "case_reference": world.case_ref,
    }
    fields.update(extra)
    return world.run("lead", lambda s, a: use_cases.open_request(s, a, *cs(world), **fields))


def answer_through_the_gate(world: World, reference: str) -> tuple[str, Any]:
    answer = world.run("lead", lambda s, a: use_cases.answer(s, a, *cs(world), reference))
    ref = answer.reference
    lead = "lead"
    world.run(
        lead,
        lambda s, a: disclosures.add_item(
            s, a, *cs(world), ref, from_case=f"concern:{world.concern_id}", **ANSWERED_NONE
        ),
    )
    # The basis starts from the request's legal power; the Prevent Lead completes it.
    assert answer.lawful_basis and answer.lawful_basis["art6_basis"] == "art6.1.e"
    assert answer.lawful_basis["relies_on_sch2_para2"] is True
    world.run(lead, lambda s, a: disclosures.set_lawful_basis(s, a, *cs(world), ref, PUBLIC_TASK))
    world.run(lead, lambda s, a: disclosures.redact(s, a, *cs(world), ref))
    world.run(lead, lambda s, a: disclosures.accept_findings(s, a, *cs(world), ref))
    world.run(lead, lambda s, a: disclosures.submit(s, a, *cs(world), ref))
    sha = content_sha256(world, ref)
    world.run("dpo", lambda s, a: disclosures.approve(s, a, *cs(world), ref, sha))
    done = world.run(
        lead,
        lambda s, a: disclosures.release(
            s, a, *cs(world), ref, keyring=world.ctx.keyring, log=world.log()
        ),
    )
    return ref, done


def entries(world: World) -> list[Any]:
    log = world.ctx.transparency_log()
    with world.engine.connect() as conn:
        return [decode_entry(leaf) for _i, leaf in log.iter_entries(conn, log.size(conn))]


def annual(world: World) -> Any:
    year = AcademicYear.of(world.ctx.clock.today()).start_year
    return world.run(
        "auditor",
        lambda s, a: reports.annual_report(
            s, a, *cs(world), year, log=world.ctx.transparency_log()
        ),
    )


def test_a_police_request_is_answered_without_a_referral_and_counted_on_its_own_line(
    world: World, tmp_path: Path
) -> None:
    recipient, private = police(world)
    # The only route before: a disclosure needs a referral decision the provider never made.
    with pytest.raises(NoReferralDecision):
        world.run(
            "lead",
            lambda s, a: disclosures.create(
                s, a, *cs(world), world.case_ref, recipient, "Police asked."
            ),
        )
    asked = open_request(world, recipient)
    assert (asked.state, asked.case_reference) == (RequestState.OPEN, world.case_ref)

    ref, done = answer_through_the_gate(world, asked.reference)

    case = world.run("lead", lambda s, a: cases.read_case(s, a, *cs(world), world.case_ref))
    assert case.decisions == []  # no referral decision was recorded to get there
    view = world.run("lead", lambda s, a: disclosures.read(s, a, *cs(world), ref))
    assert (view.kind, view.answers_request) == (DisclosureKind.REQUEST_ANSWER, asked.reference)
    shown = world.run(
        "lead", lambda s, a: use_cases.read_request(s, a, *cs(world), asked.reference)
    )
    assert (shown.state, shown.outcome_reference) == (RequestState.ANSWERED, ref)

    last = entries(world)[-1]
    assert last.entry.entry_type is EntryType.DISCLOSURE_RELEASED
    assert last.entry.fields["request_id"] == asked.reference
    with world.sessions() as session:
        from gateway.disclosures.service import get_request

        package = get_request(session, ref).package
        assert package is not None
        sealed = tmp_path / done.filename
        sealed.write_bytes(bytes(package.content))
    report = verify_package(
        sealed,
        world.ctx.keyring.public_keys(),
        world.ctx.keyring.log_verifier_key_text(),
        private_key_pem=private,
    )
    assert report.manifest["answers_request_id"] == asked.reference

    # Its own line of the annual report and of the OfS mapping; never a referral.
    built = annual(world)
    figures = {f.key: f for f in built.report.figures}
    assert figures["requests.answered.total"].value == 1
    assert figures["requests.answered.police_prevent_team"].trace == ("log:0",)
    assert figures["requests.received.total"].trace == (f"request:{asked.reference}",)
    assert figures["disclosures.released.total"].value == 0
    assert figures["cases.with_disclosure.police_prevent_team"].value == 0
    ofs = {line.item.code: line for line in built.ofs}
    assert ofs["welfare.formal_referrals"].value == 0
    assert ofs["requests.answered"].value == 1


def test_a_request_about_a_student_with_no_case_opens_one(world: World) -> None:
    recipient, _ = police(world)
    asked = open_request(
        world,
        recipient,
        case_reference=None,
        subject=SubjectDetails(student_id="S7770001", name="Lena Ortiz"),
        legal_power=LegalPower.CHANNEL_S38,
    )
    assert asked.case_reference != world.case_ref
    case = world.run("lead", lambda s, a: cases.read_case(s, a, *cs(world), asked.case_reference))
    assert case.subject_student_id == "S7770001"
    assert [e.kind for e in case.chronology] == ["case_opened", "request_received"]


def test_a_refusal_is_logged_naming_the_request_and_counted_on_its_line(world: World) -> None:
    recipient, _ = police(world)
    asked = open_request(world, recipient)
    refused = world.run(
        "lead",
        lambda s, a: use_cases.refuse(
            s,
            a,
            *cs(world),
            asked.reference,
            "Not necessary for the stated purpose.",
            log=world.log(),
        ),
    )
    assert refused.state is RequestState.REFUSED and refused.outcome_reference
    last = entries(world)[-1]
    assert last.entry.entry_type is EntryType.DECISION_NOT_TO_SHARE
    assert last.entry.fields["request_id"] == asked.reference
    assert last.entry.fields["reason_codes"] == ["request_refused"]
    figures = {f.key: f for f in annual(world).report.figures}
    assert figures["requests.refused.total"].value == 1
    assert figures["not_shared.reason.total"].value == 0
    # A decided request stays decided.
    for work in (
        lambda s, a: use_cases.answer(s, a, *cs(world), asked.reference),
        lambda s, a: use_cases.refuse(s, a, *cs(world), asked.reference, "x", log=world.log()),
    ):
        with pytest.raises(Conflict):
            world.run("lead", work)


def test_refusals_change_nothing(world: World) -> None:
    recipient, _ = police(world)
    today = world.ctx.clock.today()
    for extra, error in (
        ({"requester": " "}, Exception),
        ({"asked_for": ""}, Exception),
        ({"deadline": today - timedelta(days=400)}, Exception),
        ({"received_on": today + timedelta(days=1)}, Exception),
        ({"recipient_reference": "R-9999"}, Exception),
        ({"case_reference": None}, Exception),
    ):
        before = fingerprint(world.engine)
        with pytest.raises(error):
            open_request(world, recipient, **extra)
        assert fingerprint(world.engine) == before
    with pytest.raises(NotPermitted):
        world.run(
            "dpo",
            lambda s, a: use_cases.open_request(
                s,
                a,
                *cs(world),
                recipient_reference=recipient,
                requester="X",
                organisation="Y",
                legal_power=LegalPower.COURT_ORDER,
                purpose="Z",
                asked_for="W",
                deadline=today,
                case_reference=world.case_ref,
            ),
        )


def test_an_answer_still_meets_every_other_rule(world: World) -> None:
    recipient, _ = police(world)
    asked = open_request(world, recipient, legal_power=LegalPower.CHANNEL_S38)
    answer = world.run("lead", lambda s, a: use_cases.answer(s, a, *cs(world), asked.reference))
    assert answer.lawful_basis and answer.lawful_basis["art6_basis"] == "art6.1.c"
    world.run(
        "lead",
        lambda s, a: disclosures.add_item(
            s, a, *cs(world), answer.reference, from_case=f"concern:{world.concern_id}",
            **ANSWERED_NONE,
        ),
    )
    world.run("lead", lambda s, a: disclosures.redact(s, a, *cs(world), answer.reference))
    world.run("lead", lambda s, a: disclosures.accept_findings(s, a, *cs(world), answer.reference))
    # The basis drawn from the request is a start, not a whole record: the gate says so.
    with pytest.raises(LawfulBasisMissing):
        world.run("lead", lambda s, a: disclosures.submit(s, a, *cs(world), answer.reference))
    # A second answer while this one is being prepared is refused.
    with pytest.raises(Conflict):
        world.run("lead", lambda s, a: use_cases.answer(s, a, *cs(world), asked.reference))
