"""The sharing log becomes anonymous when the case goes: an entry's subject reference is made
with a key derived from the case's data key, so the student's access request finds it while the
case exists, and once disposal has destroyed the case no key the installation holds links the
entry to the student number. Entries written under the old installation-wide key keep that key
only while a remaining case needs it."""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from gateway.cases.models import Case
from gateway.encryption.kek import unwrap
from gateway.encryption.keystore import case_subject_key, source_for
from gateway.encryption.models import CaseDataKey
from gateway.keys.keyring import HMAC_KEY_FILE
from gateway.sharing import SharingLogWriter
from sharing_log import EntryType, decode_entry, subject_reference
from tests.retention_support import dispose, immediate_schedule, nfa_case
from tests.support import World, build_world

STUDENT = "S7654321"


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _log_not_to_share(world: World, case_ref: str, writer: SharingLogWriter | None = None) -> str:
    """A decision-not-to-share entry about the case; returns its subject reference."""

    def work(session: object, actor: object) -> str:
        from gateway.timeutil import utcnow

        appended = (writer or world.log()).decision_not_to_share(
            session,  # type: ignore[arg-type]
            decision_ref=f"ND-{secrets.token_hex(3)}",
            case_ref=case_ref,
            student_id=STUDENT,
            decided_by=world.users["lead"].id,
            decided_at=utcnow(),
            reason_codes=["insufficient_evidence"],
        )
        return str(appended.index)

    index = int(world.run("lead", work))
    with world.engine.connect() as conn:
        leaf = world.ctx.transparency_log().entry(conn, index)
    ref = decode_entry(leaf).entry.fields["subject_ref"]
    assert isinstance(ref, str)
    return ref


def _every_key_held(world: World) -> list[bytes]:
    """Every key the installation holds now: each file in the data directory (raw and, where
    it is base64 text, decoded), every data key (unwrapped) and the subject key of every case."""
    keys: list[bytes] = []
    for path in world.ctx.settings.data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            keys.append(raw)
            try:
                keys.append(base64.b64decode(raw.strip(), validate=True))
            except ValueError:
                pass
    source = source_for(world.sessions)
    source.reset()
    with world.sessions() as session:
        for row in session.scalars(select(CaseDataKey)):
            keys.append(unwrap(source.get(row.kek_id), row.uid, row.wrapped_key))
        for case_ref in session.scalars(select(Case.reference)):
            keys.append(case_subject_key(session, case_ref))
    return keys


def _linkable(ref: str, keys: list[bytes]) -> bool:
    return any(subject_reference(key, STUDENT) == ref for key in keys)


def test_after_disposal_no_key_links_the_entry_to_the_student(world: World) -> None:
    case_ref, _ = nfa_case(world, student_id=STUDENT)
    kept_ref, _ = nfa_case(world, student_id=STUDENT, close=False)
    ref = _log_not_to_share(world, case_ref)
    kept = _log_not_to_share(world, kept_ref)
    assert ref != kept  # one key per case: the log does not link a student's cases either
    with world.sessions() as session:
        assert subject_reference(case_subject_key(session, case_ref), STUDENT) == ref
    assert _linkable(ref, _every_key_held(world))  # the check can fail: linkable before

    dispose(world, immediate_schedule())

    held = _every_key_held(world)
    assert not _linkable(ref, held), "a key the installation holds still links the entry"
    assert _linkable(kept, held)  # the remaining case's entry is still found for the student


def test_the_installation_wide_key_goes_once_no_case_needs_it(world: World) -> None:
    keys_dir = world.ctx.settings.keys_dir
    assert not (keys_dir / HMAC_KEY_FILE).exists()  # a new installation never has one
    # An installation from before per-case references: its key, and an entry written with it.
    legacy = os.urandom(32)
    (keys_dir / HMAC_KEY_FILE).write_bytes(legacy)
    (keys_dir / HMAC_KEY_FILE).chmod(0o600)
    old_ref, _ = nfa_case(world, student_id=STUDENT, close=False)  # open: stays
    writer = world.log()
    assert writer.subject_key == legacy
    with world.engine.connect() as conn:
        size = world.ctx.transparency_log().size(conn)

    def old_entry(session: object, actor: object) -> None:
        writer.append(
            session,  # type: ignore[arg-type]
            EntryType.DECISION_NOT_TO_SHARE,
            decision_id="ND-2020-0001",
            case_id=old_ref,
            subject_ref=subject_reference(legacy, STUDENT),
            reason_codes=["insufficient_evidence"],
            decided_by_id="U1",
            decided_at="2026-01-01T00:00:00Z",
        )

    world.run("lead", old_entry)
    with world.engine.connect() as conn:
        assert world.ctx.transparency_log().size(conn) == size + 1
    other_ref, _ = nfa_case(world)
    dispose(world, immediate_schedule())  # the case with the old entry remains: key kept
    assert (keys_dir / HMAC_KEY_FILE).read_bytes() == legacy

    def close_it(session: object, actor: object) -> None:
        from gateway.cases.domain import DecisionInput, Outcome, Seriousness
        from gateway.cases.service import close_case, decide

        decide(
            session,  # type: ignore[arg-type]
            actor,  # type: ignore[arg-type]
            old_ref,
            DecisionInput(
                seriousness=Seriousness.LOW,
                outcome=Outcome.NO_FURTHER_ACTION,
                rationale="r",
                freedom_of_speech_consideration="f",
                smt_usernames=("smt1",),
            ),
        )
        close_case(session, actor, old_ref)  # type: ignore[arg-type]

    world.run("lead", close_it)
    dispose(world, immediate_schedule())
    assert not (keys_dir / HMAC_KEY_FILE).exists()
    assert world.ctx.keyring.subject_hmac_key() == b""
    assert other_ref
