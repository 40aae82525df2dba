"""DPIAs in the gateway: roles, storage of every version, the gate used by disclosures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

import dpia as lib
from gateway.actor import Actor
from gateway.clock import SYSTEM_CLOCK
from gateway.config import Settings
from gateway.db import Base, make_session_factory, transaction
from gateway.dpias import service
from gateway.dpias import use_cases as uc
from gateway.dpias.models import DPIAVersionRecord, frozen_versions_ddl
from gateway.errors import (
    Conflict,
    DPIARequired,
    InvalidInput,
    InvalidTransition,
    NotFound,
    NotPermitted,
)
from gateway.timeutil import today
from gateway.users.domain import Role
from gateway.users.service import create_user, get_user

ACTIVITY = "prevent-referral-sharing"
TRIGGER_PROBE = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'trigger' "
    "AND name = 'dpia_versions_approved_no_update'",
    "postgresql": "SELECT tgname FROM pg_trigger WHERE tgname = 'dpia_versions_frozen'",
}
DROP_TRIGGERS = {
    "sqlite": ["DROP TRIGGER dpia_versions_approved_no_update"],
    "postgresql": ["DROP TRIGGER dpia_versions_frozen ON dpia_versions"],
}
C = SYSTEM_CLOCK
S = Settings()
ROLES = {
    "lead": Role.PREVENT_LEAD,
    "dpo": Role.DPO,
    "smt1": Role.SMT_MEMBER,
    "auditor": Role.AUDITOR,
    "tutor": Role.TUTOR,
}


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    # The frozen-version triggers must be on (created here if the database lacks them): with
    # them, any service step that changed an approved row would fail.
    Base.metadata.create_all(engine, tables=[DPIAVersionRecord.__table__])  # type: ignore[list-item]
    with engine.begin() as conn:
        if not conn.execute(text(TRIGGER_PROBE[engine.dialect.name])).first():
            for statement in frozen_versions_ddl(engine.dialect.name):
                conn.execute(text(statement))
    factory = make_session_factory(engine)
    with transaction(factory) as s:
        for username, role in ROLES.items():
            create_user(s, username=username, display_name=username.title(), role=role,
                        staff_id=f"ST-{username}", actor=None)
    s = factory()
    yield s
    s.rollback()
    s.close()


def actor(session: Session, username: str) -> Actor:
    return Actor(get_user(session, username))


def read(session: Session, username: str = "auditor", version: int | None = None) -> lib.DPIA:
    return uc.read_dpia(session, actor(session, username), C, S, ACTIVITY, version).dpia


def filled(session: Session) -> lib.DPIA:
    lead = actor(session, "lead")
    uc.create_from_template(session, lead, C, S, controller="Example Online University")
    from dpia.examples import DEMO_ANSWERS

    uc.edit(session, lead, C, S, assignments=list(DEMO_ANSWERS.items()))
    return read(session)


def approved(session: Session) -> lib.DPIA:
    filled(session)
    uc.submit(session, actor(session, "lead"), C, S)
    uc.advise(
        session,
        actor(session, "dpo"), C, S,
        recommendation=lib.DPORecommendation.PROCEED,
        summary="Proceed.",
    )
    uc.approve(
        session,
        actor(session, "smt1"), C, S,
        advice_accepted=True,
        review_date=today() + timedelta(days=200),
    )
    return read(session)


def test_template_then_full_approval_is_stored(session: Session) -> None:
    v = approved(session)
    assert v.status is lib.Status.APPROVED
    assert v.signoff is not None
    assert v.signoff.residual_risks_approved_by.username == "smt1"
    assert v.signoff.review_owner.username == "dpo"  # defaults to the advising DPO
    rows = list(session.scalars(select(DPIAVersionRecord)))
    assert len(rows) == 1
    row = rows[0]
    assert row.status == "approved" and row.sha256 == v.sha256()
    assert row.created_by_id == get_user(session, "lead").id
    assert row.approved_by_id == get_user(session, "smt1").id
    assert row.advised_by_id == get_user(session, "dpo").id
    assert row.review_date == v.review_date
    assert lib.DPIA.from_json(row.body) == v
    service.require_dpia_in_force(session, ACTIVITY, today())


def test_new_twice_is_refused(session: Session) -> None:
    filled(session)
    with pytest.raises(Conflict):
        uc.create_from_template(session, actor(session, "lead"), C, S, controller="X")


def test_unknown_template(session: Session) -> None:
    with pytest.raises(InvalidInput, match="no DPIA template"):
        uc.create_from_template(
            session, actor(session, "lead"), C, S, controller="X", activity="cctv"
        )


def test_each_step_is_open_only_to_its_role(session: Session) -> None:
    # Each refusal is checked on one database to keep the suite fast (PostgreSQL setup is slow).
    for username in ("tutor", "auditor", "smt1"):
        with pytest.raises(NotPermitted):
            uc.create_from_template(session, actor(session, username), C, S, controller="X")
    filled(session)
    for username in ("tutor", "auditor", "smt1"):
        with pytest.raises(NotPermitted):
            uc.edit(session, actor(session, username), C, S, assignments=[("title", "X")])
    uc.submit(session, actor(session, "lead"), C, S)
    for username in ("lead", "smt1", "auditor"):
        with pytest.raises(NotPermitted):
            uc.advise(
                session,
                actor(session, username), C, S,
                recommendation=lib.DPORecommendation.PROCEED,
                summary="ok",
            )
    uc.advise(
        session, actor(session, "dpo"), C, S,
        recommendation=lib.DPORecommendation.PROCEED, summary="ok",
    )
    for username in ("lead", "dpo", "auditor"):
        with pytest.raises(NotPermitted):
            uc.approve(
                session,
                actor(session, username), C, S,
                advice_accepted=True,
                review_date=today() + timedelta(days=100),
            )
    assert read(session).status is lib.Status.AWAITING_DPO


def test_measures_approver_cannot_be_the_dpo(session: Session) -> None:
    filled(session)
    uc.submit(session, actor(session, "lead"), C, S)
    uc.advise(
        session, actor(session, "dpo"), C, S,
        recommendation=lib.DPORecommendation.PROCEED, summary="ok",
    )
    with pytest.raises(NotPermitted):
        uc.approve(
            session,
            actor(session, "smt1"), C, S,
            advice_accepted=True,
            review_date=today() + timedelta(days=100),
            measures_approved_by="dpo",
        )


def test_incomplete_submission_names_what_is_missing(session: Session) -> None:
    uc.create_from_template(session, actor(session, "lead"), C, S, controller="X")
    with pytest.raises(InvalidInput, match=r"necessity\.retention"):
        uc.submit(session, actor(session, "lead"), C, S)
    assert read(session).status is lib.Status.DRAFT


def test_editing_approved_starts_new_version_and_keeps_old(session: Session) -> None:
    v1 = approved(session)
    lead = actor(session, "lead")
    with pytest.raises(InvalidInput, match="needs a reason"):
        uc.edit(session, lead, C, S, assignments=[("necessity.retention", "Five years.")])
    v2 = uc.edit(
        session,
        lead, C, S,
        assignments=[("necessity.retention", "Five years.")],
        reason="Retention schedule revised",
    )
    assert v2.version == 2 and v2.status is lib.Status.DRAFT
    # a second edit changes the same draft, not a third version
    v2b = uc.edit(session, lead, C, S, patch={"necessity": {"accuracy": "Checked monthly."}})
    assert v2b.version == 2 and v2b.body["necessity"]["retention"] == "Five years."
    assert v2b.governing.in_force and v2b.governing.version == 1
    versions = uc.read_dpia(session, actor(session, "auditor"), C, S).versions
    assert [(v.version, v.status) for v in versions] == [
        (1, lib.Status.APPROVED), (2, lib.Status.DRAFT)
    ]
    assert read(session, version=1) == v1  # the approved version is untouched
    # the approved v1 still governs while v2 is a draft
    service.require_dpia_in_force(session, ACTIVITY, today())
    changes = {c.path for c in uc.compare(session, lead, C, S, ACTIVITY, old=1, new=2).changes}
    assert {"necessity.retention", "necessity.accuracy", "version", "status"} <= changes


def test_gate_refusals(session: Session) -> None:
    with pytest.raises(DPIARequired, match="no DPIA"):
        service.require_dpia_in_force(session, ACTIVITY, today())
    filled(session)
    with pytest.raises(DPIARequired, match="not approved"):
        service.require_dpia_in_force(session, ACTIVITY, today())


def test_gate_expired(session: Session) -> None:
    v = approved(session)
    assert v.review_date is not None
    with pytest.raises(DPIARequired, match="expired"):
        service.require_dpia_in_force(session, ACTIVITY, v.review_date + timedelta(days=1))
    summary = service.dpia_status(session, ACTIVITY, v.review_date + timedelta(days=1))
    assert not summary.in_force and summary.reason is lib.RefusalReason.EXPIRED


def test_gate_high_residual_then_ico_consultation_in_new_version(session: Session) -> None:
    filled(session)
    lead, dpo, smt = (actor(session, u) for u in ("lead", "dpo", "smt1"))
    uc.edit(session, lead, C, S, assignments=[("risks.R6.residual_likelihood", "probable")])
    uc.submit(session, lead, C, S)
    uc.advise(
        session,
        dpo, C, S,
        recommendation=lib.DPORecommendation.PROCEED,
        summary="ok",
        ico_consultation_advised=True,
    )
    uc.approve(session, smt, C, S, advice_accepted=True, review_date=today() + timedelta(days=90))
    with pytest.raises(DPIARequired, match="ICO"):
        service.require_dpia_in_force(session, ACTIVITY, today())
    with pytest.raises(InvalidTransition, match="frozen"):
        uc.record_ico_consultation(
            session,
            dpo, C, S,
            submitted_on=today(),
            reference="ICO-1",
            outcome=lib.ICOOutcome.AWAITING_RESPONSE,
        )
    uc.edit(
        session,
        lead, C, S,
        assignments=[("title", "Prevent sharing (ICO consulted)")],
        reason="Record the ICO's advice",
    )
    uc.record_ico_consultation(
        session,
        dpo, C, S,
        submitted_on=today() - timedelta(days=60),
        reference="ICO-1",
        outcome=lib.ICOOutcome.PROCEED,
        response_received_on=today() - timedelta(days=5),
    )
    uc.submit(session, lead, C, S)
    uc.advise(session, dpo, C, S, recommendation=lib.DPORecommendation.PROCEED, summary="ok")
    v2 = uc.approve(
        session, smt, C, S, advice_accepted=True, review_date=today() + timedelta(days=90)
    )
    assert v2.version == 2
    service.require_dpia_in_force(session, ACTIVITY, today())


def test_ico_record_is_validated(session: Session) -> None:
    filled(session)
    with pytest.raises(InvalidInput, match="written advice"):
        uc.record_ico_consultation(
            session,
            actor(session, "dpo"), C, S,
            submitted_on=today(),
            reference="ICO-1",
            outcome=lib.ICOOutcome.PROCEED,
        )


def test_tampered_row_is_detected_and_gate_refuses(session: Session) -> None:
    approved(session)
    row = session.scalars(select(DPIAVersionRecord)).one()
    tampered = row.body.replace("6 years", "60 years")
    assert tampered != row.body
    # Someone with database rights drops the trigger and edits the row directly.
    for statement in DROP_TRIGGERS[session.get_bind().dialect.name]:
        session.connection().execute(text(statement))
    table = DPIAVersionRecord.__table__
    session.connection().execute(
        update(table).where(table.c.id == row.id).values(body=tampered)  # type: ignore[attr-defined]
    )
    session.expire_all()
    with pytest.raises(DPIARequired, match="integrity"):
        service.require_dpia_in_force(session, ACTIVITY, today())
    assert not service.dpia_status(session, ACTIVITY, today()).in_force


def test_return_to_draft_by_dpo(session: Session) -> None:
    filled(session)
    uc.submit(session, actor(session, "lead"), C, S)
    v = uc.return_to_draft(session, actor(session, "dpo"), C, S)
    assert v.status is lib.Status.DRAFT
    with pytest.raises(NotPermitted):
        uc.return_to_draft(session, actor(session, "tutor"), C, S)


def test_show_missing_version(session: Session) -> None:
    with pytest.raises(NotFound):
        read(session)
    filled(session)
    with pytest.raises(NotFound, match="no version 7"):
        read(session, version=7)


def test_export_pdf(session: Session) -> None:
    approved(session)
    pdf = uc.export_pdf(session, actor(session, "auditor"), C, S)
    assert pdf.version == 1 and pdf.pdf.startswith(b"%PDF-")
    with pytest.raises(NotPermitted):
        uc.export_pdf(session, actor(session, "tutor"), C, S)


def test_install_demo_dpia(session: Session) -> None:
    v = service.install_demo_dpia(
        session,
        preparer=actor(session, "lead"),
        dpo=actor(session, "dpo"),
        approver=actor(session, "smt1"),
        review_in=timedelta(days=30),
    )
    assert v.status is lib.Status.APPROVED
    service.require_dpia_in_force(session, ACTIVITY, today())
    s = service.dpia_status(session, ACTIVITY, today())
    assert s.in_force and any("due for review" in w for w in s.warnings)
    assert [r.activity for r in uc.list_dpias(session, actor(session, "auditor"), C, S)] == [
        ACTIVITY
    ]


def test_rules_are_unchanged_by_a_refused_step(session: Session) -> None:
    before = filled(session)
    with pytest.raises(InvalidInput):
        uc.edit(
            session,
            actor(session, "lead"), C, S,
            assignments=[("necessity.retention", "x"), ("risks.R1.likelihood", "often")],
        )
    assert read(session, "lead") == before


def test_database_refuses_to_change_an_approved_version(engine: Engine, session: Session) -> None:
    from sqlalchemy import delete

    approved(session)
    uc.edit(session, actor(session, "lead"), C, S, assignments=[("title", "New")], reason="Change")
    session.commit()  # v1 approved, v2 draft
    table = DPIAVersionRecord.__table__
    with engine.connect() as conn:
        # a draft may still be edited in place
        conn.execute(update(table).where(table.c.version == 2).values(status="draft"))  # type: ignore[attr-defined]
        conn.rollback()
        for statement in (
            update(table).where(table.c.version == 1).values(body="{}"),  # type: ignore[attr-defined]
            delete(table).where(table.c.version == 2),  # type: ignore[attr-defined]
        ):
            with pytest.raises(Exception, match="approved DPIA version cannot be changed"):
                conn.execute(statement)
            conn.rollback()
    service.require_dpia_in_force(session, ACTIVITY, today())
