"""A small world for service tests: users of every role, a recipient, a case decided as a
referral, an approved DPIA, a keyring and the sharing log."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

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
from gateway.config import Settings
from gateway.context import AppContext
from gateway.db import transaction
from gateway.disclosures.lawful_basis import (
    Art6Basis,
    Art9Condition,
    ConsentNotSoughtGround,
    LawfulBasisRecord,
)
from gateway.keys import Keyring, UnencryptedKeyWarning, generate_recipient_keypair
from gateway.recipients.models import RecipientKind
from gateway.recipients.service import register_recipient
from gateway.sharing import SharingLogWriter
from gateway.timeutil import today
from gateway.users.domain import Role
from gateway.users.models import User
from gateway.users.service import create_user

LOG_ORIGIN = "test.example.ac.uk/sharing-log"

CONCERN_TEXT = (
    "During the live seminar on 3 November 2026 Amir Hassan posted a link to a proscribed "
    "group's video and wrote that 'action is coming'. Piotr Król, another student, reported it "
    "to the tutor, Grace Mitchell, by email (grace.mitchell@example.ac.uk) and by phone on "
    "07700 900123."
)

#: CONCERN_TEXT suggests political opinions and criminal offence data (a proscribed group's
#: video); requests that answer less carry this reason, as the rule requires.
BELOW_SUGGESTION_REASON = (
    "The item reports that a link was posted; it records no opinion of the student's and no "
    "offence alleged against him."
)

#: An item answered as neither special category nor criminal offence data, with the reason
#: for answering less than a suggestion (``add_item(..., **ANSWERED_NONE)``).
ANSWERED_NONE: dict[str, Any] = {
    "special_categories": (),
    "criminal_offence": False,
    "below_suggestion_reason": BELOW_SUGGESTION_REASON,
}

#: The same answers as an API body's fields.
ANSWERED_NONE_JSON: dict[str, Any] = {
    "special_categories": [],
    "criminal_offence": False,
    "below_suggestion_reason": BELOW_SUGGESTION_REASON,
}

#: Concern 1 of a case as an API item body, answered as above.
CONCERN_ITEM_JSON: dict[str, Any] = {"from_case": "concern:1", **ANSWERED_NONE_JSON}

PUBLIC_TASK = LawfulBasisRecord(
    art6_basis=Art6Basis.PUBLIC_TASK,
    necessity="The coordinator needs the concerns to assess the risk to the student and others.",
    proportionality="Only the concern and the chronology go; other students are redacted.",
    clear_and_compelling="A recorded post linking a proscribed group and a stated intention.",
    subject_informed=False,
    subject_not_informed_reason="Telling him could prejudice the prevention of crime.",
    relies_on_sch2_para2=True,
)

#: The appropriate policy document every world's register holds (Sch 1 paras 10 and 18).
POLICY_DOCUMENT = "APD-2026-01"
#: The three parts of the para 18(3) "at risk" test and the para 18(2) ground, as a
#: safeguarding basis records them (API body form: the ground is its code).
PARA18_PARTS_JSON: dict[str, Any] = {
    "at_risk_care_needs": "He has needs for support after a bereavement and with his mental "
    "health.",
    "at_risk_harm": "He is at risk of emotional and physical harm from those grooming him "
    "online.",
    "at_risk_cannot_protect": "Because of those needs he is isolated and cannot see or resist "
    "the grooming alone.",
    "consent_not_sought_ground": "would_prejudice",
}

SAFEGUARDING_BASIS = LawfulBasisRecord(
    **{
        **PUBLIC_TASK.__dict__,
        "art9_condition": Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
        "schedule1_paragraph": 18,
        "at_risk_justification": "He is at risk of being drawn into violent extremism.",
        "consent_not_sought_reason": "Seeking consent would prejudice his protection.",
        **PARA18_PARTS_JSON,
        "consent_not_sought_ground": ConsentNotSoughtGround.WOULD_PREJUDICE,
        "appropriate_policy_document": POLICY_DOCUMENT,
    }
)


@dataclass
class World:
    engine: Engine
    ctx: AppContext
    users: dict[str, User] = field(default_factory=dict)
    recipient_ref: str = ""
    channel_ref: str = ""
    recipient_private_key: bytes = b""
    case_ref: str = ""
    concern_id: int = 0
    _cli: CliAs | None = None

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.ctx.sessions

    def actor(self, username: str, session: Session) -> Actor:
        from gateway.users.service import get_user

        return Actor(get_user(session, username))

    def cli(self) -> CliAs:
        """A command-line runner on this world's database (see :class:`CliAs`)."""
        if self._cli is None:
            self._cli = CliAs(self.engine.url.render_as_string(hide_password=False))
        return self._cli

    def log(self) -> SharingLogWriter:
        return SharingLogWriter(self.ctx.transparency_log(), self.ctx.keyring.subject_hmac_key())

    def run(self, username: str, work: Any) -> Any:
        """``work(session, actor)`` as the doors run a use case (its after-commit steps too)."""
        from gateway.auth.identity import LocalUser

        def use_case(session: Session, actor: Actor, _clock: Any, _settings: Any) -> Any:
            return work(session, actor)

        return self.ctx.work().run(LocalUser(username), use_case)


class CliAs(CliRunner):
    """A CliRunner that drives the command line as a person does: a command's ``--as NAME`` is
    proven with NAME's own API token in ``PREVENT_GATEWAY_TOKEN`` (made on first use, in the
    database the command uses: ``database_url``, else the one its settings name), as
    `export PREVENT_GATEWAY_TOKEN=...` would. A test that gives ``PREVENT_GATEWAY_TOKEN`` in
    ``env`` itself (a token, or None for none) keeps it."""

    def __init__(self, database_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.database_url = database_url
        self._tokens: dict[tuple[str, str], str] = {}

    def token(self, username: str, env: dict[str, str | None] | None = None) -> str:
        """``username``'s API token in the commands' database (one per user and database)."""
        url = self.database_url or self._settings_database_url(env or {})
        if (url, username) not in self._tokens:
            from gateway.auth.service import issue_token
            from gateway.db import make_engine, make_session_factory

            engine = make_engine(url)
            try:
                with transaction(make_session_factory(engine)) as session:
                    issued = issue_token(session, None, username, "tests")
                    self._tokens[url, username] = issued.token
            finally:
                engine.dispose()
        return self._tokens[url, username]

    def _settings_database_url(self, env: dict[str, str | None]) -> str:
        from gateway.config import load_settings

        with self.isolation(env=env):
            return load_settings().resolved_database_url

    def env_for(self, username: str, env: dict[str, str | None] | None = None) -> dict[str, str]:
        return {"PREVENT_GATEWAY_TOKEN": self.token(username, env)}

    def invoke(  # type: ignore[override]
        self,
        cli: Any,
        args: list[str] | tuple[str, ...] | None = None,
        input: str | bytes | None = None,
        env: dict[str, str | None] | None = None,
        **extra: Any,
    ) -> Any:
        words = list(args or [])
        env = dict(env or {})
        if "PREVENT_GATEWAY_TOKEN" not in env and "--as" in words[:-1]:
            env.update(self.env_for(words[words.index("--as") + 1], env))
        return super().invoke(cli, words, input=input, env=env, **extra)


ROLES = {
    "admin": Role.ADMINISTRATOR,
    "lead": Role.PREVENT_LEAD,
    "nominee": Role.PREVENT_LEAD_NOMINEE,
    "smt1": Role.SMT_MEMBER,
    "smt2": Role.SMT_MEMBER,
    "dpo": Role.DPO,
    "dpo2": Role.DPO,
    "support": Role.STUDENT_SUPPORT,
    "tutor": Role.TUTOR,
    "auditor": Role.AUDITOR,
}


def approve_dpia(world: World, *, review_in_days: int = 365) -> None:
    """Put an approved, in-date DPIA for prevent-referral-sharing in place."""
    from gateway.dpias.service import install_demo_dpia

    with transaction(world.sessions) as session:
        install_demo_dpia(
            session,
            preparer=world.actor("lead", session),
            dpo=world.actor("dpo", session),
            approver=world.actor("smt1", session),
            review_in=timedelta(days=review_in_days),
        )


def add_policy_document(
    world: World,
    reference: str = POLICY_DOCUMENT,
    *,
    conditions: tuple[int, ...] = (10, 18),
    review_in_days: int = 200,
) -> None:
    """Put an appropriate policy document in the register, added by the DPO."""
    from gateway.apd.service import add
    from gateway.demo import DEMO_POLICY_SECTIONS

    with transaction(world.sessions) as session:
        add(
            session,
            world.actor("dpo", session),
            reference=reference,
            title=f"Appropriate policy document {reference}",
            content=DEMO_POLICY_SECTIONS,
            conditions=[str(c) for c in conditions],
            review_due=today() + timedelta(days=review_in_days),
            now=world.ctx.clock.now(),
        )


def build_world(
    engine: Engine, tmp_path: Path, *, referral: bool = True, dpia: bool = True
) -> World:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=engine.url.render_as_string(hide_password=False),
        log_origin=LOG_ORIGIN,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnencryptedKeyWarning)  # a test keyring, on purpose
        Keyring.create(settings.keys_dir, None, LOG_ORIGIN)
    ctx = AppContext(settings=settings, engine=engine)
    world = World(engine=engine, ctx=ctx)
    with transaction(ctx.sessions) as session:
        for username, role in ROLES.items():
            world.users[username] = create_user(
                session,
                username=username,
                display_name=username.title(),
                role=role,
                staff_id=f"ST-{username}",
                actor=None,
            )
        admin = Actor(world.users["admin"])
        private_pem, public_text = generate_recipient_keypair("RPC North West")
        world.recipient_private_key = private_pem
        world.recipient_ref = register_recipient(
            session,
            admin,
            kind=RecipientKind.REGIONAL_PREVENT_COORDINATOR,
            name="Regional Prevent Coordinator",
            organisation="North West Prevent",
            contact="rpc@example.gov.uk",
            public_key=public_text,
        ).reference
        world.channel_ref = register_recipient(
            session,
            admin,
            kind=RecipientKind.CHANNEL_PANEL,
            name="Channel panel",
            organisation="Example Council",
            contact="channel@example.gov.uk",
            public_key=public_text,
        ).reference
        concern = raise_concern(
            session,
            Actor(world.users["tutor"]),
            subject=SubjectDetails(student_id="S2034178", name="Amir Hassan"),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description=CONCERN_TEXT,
            observed_on=today() - timedelta(days=2),
        )
        world.concern_id = concern.id
        world.case_ref = concern.case.reference
        lead = Actor(world.users["lead"])
        for name, role in (
            ("Piotr Król", PersonRole.WITNESS),
            ("Grace Mitchell", PersonRole.STAFF),
        ):
            record_person(session, lead, world.case_ref, name, role)
        if referral:
            decide(session, lead, world.case_ref, referral_decision())
            # A decision to refer is final once the SMT member named confirms it themselves.
            confirm_decision(session, Actor(world.users["smt1"]), world.case_ref, 1)
    if dpia:
        approve_dpia(world)
    add_policy_document(world)
    return world


def referral_decision() -> DecisionInput:
    return DecisionInput(
        seriousness=Seriousness.SERIOUS_AND_IMMEDIATE,
        outcome=Outcome.REFERRAL,
        rationale="A stated intention to act and a link to a proscribed group.",
        freedom_of_speech_consideration="The post goes beyond lawful expression of views.",
        smt_usernames=("smt1",),
        grounds=(ReferralGround.SERIOUS_IMMEDIATE_SAFETY, ReferralGround.CRIMINAL_ACT),
    )


def fingerprint(engine: Engine) -> dict[str, str]:
    """A digest of every row of every table: equal before and after means nothing changed."""
    import hashlib

    from sqlalchemy import select

    from gateway.models_registry import target_metadata

    out: dict[str, str] = {}
    with engine.connect() as conn:
        for metadata in target_metadata:
            for table in metadata.sorted_tables:
                rows = conn.execute(select(table)).all()
                blob = repr(sorted(repr(tuple(r)) for r in rows)).encode()
                out[table.name] = hashlib.sha256(blob).hexdigest()
    return out


def prepare_request(
    world: World,
    *,
    recipient: str | None = None,
    basis: LawfulBasisRecord = PUBLIC_TASK,
    rpc_reference: str | None = None,
    special: tuple[Any, ...] = (),
    criminal: bool = False,
    reviewed: bool = True,
) -> str:
    """A complete draft: concern item, lawful basis, redaction and (unless ``reviewed`` is
    False) every finding accepted. Returns its reference."""
    from gateway.disclosures import use_cases

    clock, settings = world.ctx.clock, world.ctx.settings

    def work(session: Session, actor: Actor) -> str:
        ref = use_cases.create(
            session,
            actor,
            clock,
            settings,
            case_reference=world.case_ref,
            recipient_reference=recipient or world.recipient_ref,
            purpose="Referral for assessment by the Regional Prevent Coordinator.",
            rpc_discussion_reference=rpc_reference,
        ).reference
        use_cases.add_item(
            session,
            actor,
            clock,
            settings,
            ref,
            from_case=f"concern:{world.concern_id}",
            special_categories=special,
            criminal_offence=criminal,
            below_suggestion_reason=BELOW_SUGGESTION_REASON,
        )
        use_cases.set_lawful_basis(session, actor, clock, settings, ref, basis)
        use_cases.redact(session, actor, clock, settings, ref)
        if reviewed:
            use_cases.accept_findings(session, actor, clock, settings, ref)
        return ref

    return str(world.run("lead", work))


def content_sha256(world: World, reference: str, username: str = "dpo") -> str:
    """The content SHA-256 the approval view shows ``username`` now (what a decision names)."""
    from gateway.disclosures import use_cases

    clock, settings = world.ctx.clock, world.ctx.settings
    return str(
        world.run(
            username,
            lambda s, a: use_cases.approval(s, a, clock, settings, reference).content_sha256,
        )
    )
