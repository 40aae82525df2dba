"""Helpers for the retention tests: a schedule that makes everything due at once, a closed
no-further-action case with a unique marker, running a use case as a user, and a disposal run."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from gateway.auth.identity import LocalUser
from gateway.cases import intake
from gateway.cases.domain import ConcernSource, DecisionInput, Outcome, Seriousness
from gateway.cases.service import (
    SubjectDetails,
    add_evidence,
    add_note,
    close_case,
    decide,
    raise_concern,
)
from gateway.retention import use_cases
from gateway.retention.schedule import RecordClass, Schedule, parse_schedule
from gateway.retention.views import DisposalView
from gateway.timeutil import today
from tests.support import World

TRIGGERS = {
    "no_further_action_record": "case_closed",
    "internal_action_case": "case_closed",
    "referral_case": "case_closed",
    "disclosure_package": "last_action",
    "decision_not_to_share": "last_action",
    "access_log": "last_action",
    "dpia": "review_completed",
    "undecided_case": "student_left",
    "access_request": "request_closed",
    "training_record": "staff_left",
}


def schedule_toml(period: str = "P0D", **overrides: dict[str, str]) -> str:
    """Every class due ``period`` after its trigger; ``overrides`` replace fields per class."""
    lines = ["version = 1"]
    for record_class in RecordClass:
        entry = {
            "period": period,
            "trigger": TRIGGERS[record_class.value],
            "action": "review" if record_class is RecordClass.DPIA else "destroy",
            "justification": "Test rule.",
            "source": "Test.",
        }
        entry.update(overrides.get(record_class.value, {}))
        lines.append(f"[classes.{record_class.value}]")
        lines += [f'{k} = "{v}"' for k, v in entry.items() if v is not None]
    return "\n".join(lines) + "\n"


def immediate_schedule(**overrides: dict[str, str]) -> Schedule:
    return parse_schedule(schedule_toml(**overrides), "(test)")


EVIDENCE_RULES = intake.IntakeRules(
    frozenset(intake.DEFAULT_TYPES), 25 * intake.MB, 250 * intake.MB
)


def nfa_case(world: World, *, student_id: str | None = None, close: bool = True) -> tuple[str, str]:
    """A decided (no further action) case holding a unique marker in every kind of content.
    Returns (case reference, marker)."""
    marker = f"MARKER-{uuid.uuid4().hex}"
    student = student_id or f"S{uuid.uuid4().int % 10**7:07d}"

    def work(session: Any, actor: Any) -> str:
        concern = raise_concern(
            session,
            actor,
            subject=SubjectDetails(student_id=student, name=f"Subject {marker}"),
            source=ConcernSource.STAFF,
            description=f"Concern text {marker}",
            observed_on=today(),
        )
        ref = concern.case.reference
        add_note(session, actor, ref, f"Note {marker}")
        # An evidence file of two chunks, the marker in each.
        add_evidence(
            session,
            actor,
            ref,
            description=f"Evidence {marker}",
            provenance=f"Provenance {marker}",
            content=f"Evidence file {marker}\n".encode() * (intake.CHUNK_BYTES // 40),
            rules=EVIDENCE_RULES,
        )
        decide(
            session,
            actor,
            ref,
            DecisionInput(
                seriousness=Seriousness.LOW,
                outcome=Outcome.NO_FURTHER_ACTION,
                rationale=f"Rationale {marker}",
                freedom_of_speech_consideration=f"FoS {marker}",
                smt_usernames=("smt1",),
            ),
        )
        if close:
            close_case(session, actor, ref)
        return ref

    return str(world.run("lead", work)), marker


def use(world: World, username: str, use_case: Any, *args: Any, **kwargs: Any) -> Any:
    """Run ``use_case`` as ``username`` as a door does (one transaction, then what follows it)."""
    return world.ctx.work().run(LocalUser(username), use_case, *args, **kwargs)


def dispose(
    world: World,
    schedule: Schedule,
    *,
    execute: bool = True,
    as_of: date | None = None,
    username: str = "dpo",
) -> DisposalView:
    if not execute:
        view: DisposalView = use(
            world, username, use_cases.dry_run, schedule=schedule, as_of=as_of or today()
        )
        return view
    view = use(
        world,
        username,
        use_cases.execute_disposal,
        schedule=schedule,
        log=world.log(),
        confirm=use_cases.CONFIRM_WORD,
        as_of=as_of or today(),
    )
    return view


def database_bytes(engine: Engine) -> bytes:
    """The SQLite database file and its write-ahead log, as stored on disk."""
    path = Path(engine.url.database or "")
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data
