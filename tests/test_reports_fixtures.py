"""Shared scenario for the report, training and SAR tests: built through the gateway's own
services (concerns, decisions, disclosures, releases, refusals, emergency path, training)."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

import gateway.models  # noqa: F401
from gateway.actor import Actor
from gateway.cases.domain import (
    ConcernSource,
    DecisionInput,
    Outcome,
    PersonRole,
    ReferralGround,
    Seriousness,
)
from gateway.cases.service import (
    SubjectDetails,
    confirm_decision,
    decide,
    raise_concern,
    record_person,
)
from gateway.clock import SYSTEM_CLOCK
from gateway.config import Settings
from gateway.db import Base, make_engine, make_session_factory, transaction
from gateway.disclosures import use_cases as ds
from gateway.disclosures.domain import EmergencyGround, ItemKind
from gateway.disclosures.lawful_basis import Art6Basis, LawfulBasisRecord
from gateway.encryption.keystore import bind_kek, kek_source_for
from gateway.keys import Keyring, UnencryptedKeyWarning
from gateway.keys.recipient import generate_recipient_keypair
from gateway.recipients.models import RecipientKind
from gateway.recipients.service import register_recipient
from gateway.sharing import SharingLogWriter
from gateway.timeutil import today, utcnow
from gateway.training.domain import StaffGroup, TrainingModule
from gateway.training.service import record_completion
from gateway.users.domain import Role
from gateway.users.models import User
from gateway.users.service import create_user, get_user
from sharing_log import NoteSigner
from sharing_log.sql import SQLTransparencyLog
from tests.support import ANSWERED_NONE

SUBJECT_A = ("S1000001", "Amir Khan")
SUBJECT_B = ("S1000002", "Bella Stone")
SUBJECT_C = ("S1000003", "Carl Price")
REFERRER = "Sarah Jones"
CONCERN_A = "Amir Khan posted threats in the forum; Sarah Jones saw it and told Will Brown."


@dataclass
class World:
    sessions: sessionmaker[Session]
    settings: Settings
    keyring: Keyring
    log: SQLTransparencyLog

    def writer(self) -> SharingLogWriter:
        return SharingLogWriter(self.log, self.keyring.subject_hmac_key())

    def actor(self, session: Session, username: str) -> Actor:
        return Actor(get_user(session, username))


def make_world(engine: Engine, tmp_path: Path) -> World:
    Base.metadata.create_all(engine)  # adds this area's tables until the migration has them
    settings = Settings(data_dir=tmp_path / "data", public_authority=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnencryptedKeyWarning)  # a test keyring, on purpose
        keyring = Keyring.create(settings.keys_dir, None, settings.log_origin)
    signer = NoteSigner.from_private_key_text(keyring.log_signer_text())
    log = SQLTransparencyLog(origin=settings.log_origin, signer=signer)
    sessions = make_session_factory(engine)
    bind_kek(sessions, kek_source_for(settings))
    world = World(sessions, settings, keyring, log)
    with transaction(world.sessions) as s:
        admin = create_user(s, username="admin", display_name="Admin", role=Role.ADMINISTRATOR,
                            staff_id="ST-admin",
                            actor=None)
        a = Actor(admin)
        for username, name, role in (
            ("lead", "Pat Lead", Role.PREVENT_LEAD),
            ("dpo", "Dana Officer", Role.DPO),
            ("smt", "Sam Manager", Role.SMT_MEMBER),
            ("support", "Sue Port", Role.STUDENT_SUPPORT),
            ("auditor", "Audrey Tor", Role.AUDITOR),
        ):
            create_user(s, username=username, display_name=name, role=role,
                        staff_id=f"ST-{username}", actor=a)
    with transaction(world.sessions) as s:
        from gateway.dpias.service import install_demo_dpia

        install_demo_dpia(s, preparer=world.actor(s, "lead"), dpo=world.actor(s, "dpo"),
                          approver=world.actor(s, "smt"))
    return world


def _decision(outcome: Outcome, **kw: object) -> DecisionInput:
    return DecisionInput(
        seriousness=Seriousness.HIGH,
        outcome=outcome,
        rationale="Considered with the SMT.",
        freedom_of_speech_consideration="Views went beyond lawful expression.",
        smt_usernames=("smt",),
        **kw,  # type: ignore[arg-type]
    )


def _basis() -> LawfulBasisRecord:
    return LawfulBasisRecord(
        art6_basis=Art6Basis.PUBLIC_TASK,
        necessity="Needed for the RPC to assess the risk to the student and others.",
        proportionality="Only the concern is shared; other people are redacted.",
        clear_and_compelling="Direct threats were posted and seen by two members of staff.",
        subject_not_informed_reason="Telling the student would prejudice crime prevention.",
        relies_on_sch2_para2=True,
    )


def populate(world: World) -> dict[str, str]:
    """The full scenario; returns references by name."""
    refs: dict[str, str] = {}
    w = world
    with transaction(w.sessions) as s:
        admin = w.actor(s, "admin")
        _priv, rpc_pub = generate_recipient_keypair("rpc")
        _priv2, pol_pub = generate_recipient_keypair("police")
        refs["rpc"] = register_recipient(
            s, admin, kind=RecipientKind.REGIONAL_PREVENT_COORDINATOR, name="Regional Coordinator",
            organisation="DfE", contact="rpc@example.org", public_key=rpc_pub).reference
        refs["police"] = register_recipient(
            s, admin, kind=RecipientKind.POLICE_PREVENT_TEAM, name="Prevent Team",
            organisation="Police", contact="prevent@example.police.uk", public_key=pol_pub,
            competent_authority=True).reference
    with transaction(w.sessions) as s:
        lead, support = w.actor(s, "lead"), w.actor(s, "support")
        c1 = raise_concern(s, lead, subject=SubjectDetails(*SUBJECT_A),
                           source=ConcernSource.ASSOCIATE_TUTOR, description=CONCERN_A,
                           reported_by_name=REFERRER)
        refs["case_a"] = c1.case.reference
        refs["concern_a"] = f"concern:{c1.id}"
        raise_concern(s, lead, subject=SubjectDetails(*SUBJECT_A), source=ConcernSource.STAFF,
                      description="Further posts by Amir Khan in the module forum.")
        record_person(s, lead, refs["case_a"], "Will Brown", PersonRole.WITNESS)
        refs["case_b"] = raise_concern(
            s, lead, subject=SubjectDetails(*SUBJECT_B), source=ConcernSource.SOCIAL_MEDIA_REPORT,
            description="A social-media report about Bella Stone.").case.reference
        refs["case_c"] = raise_concern(
            s, support, subject=SubjectDetails(*SUBJECT_C),
            source=ConcernSource.STUDENT_VIA_SUPPORT_TEAM,
            description="A student told support about Carl Price.").case.reference
    with transaction(w.sessions) as s:
        lead = w.actor(s, "lead")
        decide(s, lead, refs["case_a"],
               _decision(Outcome.REFERRAL, grounds=(ReferralGround.CRIMINAL_ACT,)))
        decide(s, lead, refs["case_b"],
               _decision(Outcome.INTERNAL_ACTION, actions="Tutor support.",
                         review_date=today() + timedelta(days=30)))
        decide(s, lead, refs["case_c"],
               _decision(Outcome.REFERRAL, grounds=(ReferralGround.SERIOUS_IMMEDIATE_SAFETY,)))
    with transaction(w.sessions) as s:  # the SMT member named confirms each referral
        for key in ("case_a", "case_c"):
            confirm_decision(s, w.actor(s, "smt"), refs[key], 1)
    with transaction(w.sessions) as s:  # the internal-action review, re-decided
        decide(s, w.actor(s, "lead"), refs["case_b"], _decision(Outcome.NO_FURTHER_ACTION))
    # Case A: an approved release to the RPC and an emergency release to the police.
    with transaction(w.sessions) as s:
        lead = w.actor(s, "lead")
        for key, recipient in (("dr_a", refs["rpc"]), ("dr_emergency", refs["police"])):
            r = ds.create(s, lead, SYSTEM_CLOCK, w.settings, case_reference=refs["case_a"],
                          recipient_reference=recipient, purpose="Assess the risk.")
            ds.set_lawful_basis(s, lead, SYSTEM_CLOCK, w.settings, r.reference, _basis())
            ds.add_item(s, lead, SYSTEM_CLOCK, w.settings, r.reference,
                        from_case=refs["concern_a"], **ANSWERED_NONE)
            ds.redact(s, lead, SYSTEM_CLOCK, w.settings, r.reference)
            ds.accept_findings(s, lead, SYSTEM_CLOCK, w.settings, r.reference)
            ds.submit(s, lead, SYSTEM_CLOCK, w.settings, r.reference)
            refs[key] = r.reference
        refs["dr_c"] = ds.create(s, lead, SYSTEM_CLOCK, w.settings,
                                 case_reference=refs["case_c"],
                                 recipient_reference=refs["rpc"],
                                 purpose="Assess.").reference
        ds.set_lawful_basis(s, lead, SYSTEM_CLOCK, w.settings, refs["dr_c"], _basis())
        ds.add_item(s, lead, SYSTEM_CLOCK, w.settings, refs["dr_c"], kind=ItemKind.NOTE,
                    label="Note", text="Details.", **ANSWERED_NONE)
        ds.redact(s, lead, SYSTEM_CLOCK, w.settings, refs["dr_c"])
        ds.accept_findings(s, lead, SYSTEM_CLOCK, w.settings, refs["dr_c"])
        ds.submit(s, lead, SYSTEM_CLOCK, w.settings, refs["dr_c"])
    with transaction(w.sessions) as s:
        dpo = w.actor(s, "dpo")
        seen = ds.approval(s, dpo, SYSTEM_CLOCK, w.settings, refs["dr_a"]).content_sha256
        ds.approve(s, dpo, SYSTEM_CLOCK, w.settings, refs["dr_a"], seen)
        ds.refuse(s, dpo, SYSTEM_CLOCK, w.settings, refs["dr_c"],
                  "Not clear and compelling yet.", log=w.writer())
    with transaction(w.sessions) as s:
        smt = w.actor(s, "smt")
        seen = ds.approval(s, smt, SYSTEM_CLOCK, w.settings, refs["dr_emergency"]).content_sha256
        ds.authorise_emergency(s, smt, SYSTEM_CLOCK, w.settings, refs["dr_emergency"],
                               "Risk to life tonight; the DPO is unreachable on leave.", seen,
                               ground=EmergencyGround.RISK_TO_LIFE)
    with transaction(w.sessions) as s:
        lead = w.actor(s, "lead")
        ds.release(s, lead, SYSTEM_CLOCK, w.settings, refs["dr_a"], keyring=w.keyring,
                   log=w.writer())
        ds.release(s, lead, SYSTEM_CLOCK, w.settings, refs["dr_emergency"], keyring=w.keyring,
                   log=w.writer(), emergency=True)
    with transaction(w.sessions) as s:
        ds.review_emergency(s, w.actor(s, "dpo"), SYSTEM_CLOCK, w.settings,
                            refs["dr_emergency"], upheld=True, notes="Justified.",
                            log=w.writer())
        refs["nd_a"] = ds.record_non_disclosure(
            s, w.actor(s, "lead"), SYSTEM_CLOCK, w.settings, refs["case_a"],
            "Channel not needed.", log=w.writer()).reference
    with transaction(w.sessions) as s:
        lead = w.actor(s, "lead")
        t = today()
        for i in range(6):
            record_completion(s, lead, staff_id=f"AT{i:03d}", name=f"Tutor {i}",
                              group=StaffGroup.ASSOCIATE_TUTOR,
                              module=TrainingModule.INTRODUCTORY,
                              completed_on=t - timedelta(days=i), now=utcnow())
        record_completion(s, lead, staff_id="AT900", name="Old Tutor",
                          group=StaffGroup.ASSOCIATE_TUTOR, module=TrainingModule.INTRODUCTORY,
                          completed_on=date(t.year - 3, 1, 10), now=utcnow())
        record_completion(s, lead, staff_id="SF001", name="Front Desk",
                          group=StaffGroup.STUDENT_FACING, module=TrainingModule.INTRODUCTORY,
                          completed_on=t, now=utcnow())
    return refs


def populate_light(world: World) -> dict[str, str]:
    """Two students' cases from one concern each: no decisions or releases (fast)."""
    with transaction(world.sessions) as s:
        lead = world.actor(s, "lead")
        a = raise_concern(s, lead, subject=SubjectDetails(*SUBJECT_A),
                          source=ConcernSource.STAFF, description=CONCERN_A,
                          reported_by_name=REFERRER)
        b = raise_concern(s, lead, subject=SubjectDetails(*SUBJECT_B),
                          source=ConcernSource.STAFF, description="A concern.")
        return {"case_a": a.case.reference, "case_b": b.case.reference}


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> Iterator[World]:
    yield make_world(engine, tmp_path)


@dataclass
class Scenario:
    world: World
    refs: dict[str, str]


@pytest.fixture(scope="module")
def scenario(_db_template: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    """The populated scenario, built once per module for tests that only read it (it is the
    slow part: two real releases). Uses conftest's per-run template like `database_url`."""
    if isinstance(_db_template, Path):
        target = tmp_path_factory.mktemp("scenario") / "gateway.sqlite3"
        shutil.copyfile(_db_template, target)
        url, drop = f"sqlite:///{target}", None
    else:
        url = _db_template.new_database()  # type: ignore[attr-defined]
        drop = _db_template.drop  # type: ignore[attr-defined]
    engine = make_engine(url)
    try:
        w = make_world(engine, tmp_path_factory.mktemp("scenario-data"))
        yield Scenario(w, populate(w))
    finally:
        engine.dispose()
        if drop is not None:
            drop(make_url(url).database or "")


def user(session: Session, username: str) -> User:
    return get_user(session, username)
