"""The attack on disposed cases, as a test: dispose of cases, then read the database's own files
(SQLite: the file and its WAL; PostgreSQL: after a CHECKPOINT, the relation files of the key
and case tables and the WAL segments, from the server's data directory) and try every key the
installation still holds on what a disposed case left behind.

The wrapped data key of a disposed case may well still be in those files (PostgreSQL does not
overwrite dead tuples); what must hold is that nothing opens it any more, because the disposal
rotated the KEK and destroyed the old one, and that none of the case's content is in clear.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from gateway.cases import evidence_store
from gateway.encryption.kek import KekError, unwrap
from gateway.encryption.keystore import source_for
from gateway.encryption.models import CaseDataKey
from gateway.encryption.sealed import SealedValue, SealedValueInvalid, aad, open_sealed
from tests.retention_support import database_bytes, dispose, immediate_schedule, nfa_case, use
from tests.support import World, build_world


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _stored_files(engine: Engine) -> bytes:
    """What the database keeps on disk, read as an attacker with the files would."""
    if engine.dialect.name == "sqlite":
        return database_bytes(engine)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        try:
            conn.execute(text("CHECKPOINT"))
            data_dir = Path(str(conn.execute(text("SHOW data_directory")).scalar_one()))
        except Exception as exc:  # noqa: BLE001 - not a superuser: say why and skip
            pytest.skip(f"cannot CHECKPOINT or find the data directory: {exc}")
        relations = [
            str(conn.execute(text(f"SELECT pg_relation_filepath('{table}')")).scalar_one())
            for table in (
                "case_data_keys",
                "cases",
                "concerns",
                "chronology_events",
                "evidence_items",
                "evidence_chunks",
                "student_departures",
                "legal_holds",
                "subject_access_requests",
            )
        ]
    try:
        blob = b"".join((data_dir / relation).read_bytes() for relation in relations)
        wal = sorted((data_dir / "pg_wal").glob("0*"))
        blob += b"".join(segment.read_bytes() for segment in wal[-4:])
    except OSError as exc:
        pytest.skip(f"the server's files are not readable here ({exc})")
    return blob


def _keys_held(world: World) -> list[bytes]:
    """Every 32-byte key the installation holds after the run: the files of its data directory
    (raw and base64-decoded) and every data key still in the database, unwrapped."""
    keys: list[bytes] = []
    for path in world.ctx.settings.data_dir.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        for candidate in (raw, raw.strip()):
            try:
                keys.append(base64.b64decode(candidate, validate=True))
            except (binascii.Error, ValueError):
                pass
    source = source_for(world.sessions)
    source.reset()
    keys.append(source.current()[1])
    with world.sessions() as session:
        for row in session.scalars(select(CaseDataKey)):
            keys.append(unwrap(source.get(row.kek_id), row.uid, row.wrapped_key))
    return [k for k in keys if len(k) == 32]


def test_nothing_of_a_disposed_case_opens_with_any_key_left(world: World) -> None:
    student = _student_number()
    kept_student = _student_number()
    ref, marker = nfa_case(world, student_id=student)
    kept_ref, kept_marker = nfa_case(world, student_id=kept_student, close=False)
    with world.engine.connect() as conn:
        uid, name, row_uid = conn.execute(
            text("SELECT data_key_uid, subject_name, row_uid FROM cases WHERE reference = :r"),
            {"r": ref},
        ).one()
        wrapped = bytes(
            conn.execute(select(CaseDataKey.wrapped_key).where(CaseDataKey.uid == uid)).scalar_one()
        )
        evidence_uid, chunk = conn.execute(
            text(
                "SELECT e.row_uid, c.data FROM evidence_chunks c "
                "JOIN evidence_items e ON e.id = c.evidence_id "
                "JOIN cases ON cases.id = e.case_id "
                "WHERE cases.reference = :r AND c.position = 0"
            ),
            {"r": ref},
        ).one()
    sealed_name = SealedValue(bytes(name))
    name_aad = aad("cases", "subject_name", row_uid)
    sealed_chunk = SealedValue(bytes(chunk))
    chunk_aad = evidence_store.chunk_aad(evidence_uid, 0, last=False)
    # Before: the wrapped key is on disk and the KEK on disk opens it (the attack can succeed).
    assert wrapped in _stored_files(world.engine)
    before = _keys_held(world)
    assert any(_opens(key, uid, wrapped) for key in before)
    data_key = next(unwrap(k, uid, wrapped) for k in before if _opens(k, uid, wrapped))
    assert open_sealed(AESGCM(data_key), sealed_name, name_aad) == f"Subject {marker}".encode()
    assert open_sealed(AESGCM(data_key), sealed_chunk, chunk_aad).startswith(
        f"Evidence file {marker}".encode()
    )

    dispose(world, immediate_schedule())

    on_disk = _stored_files(world.engine)
    held = _keys_held(world)
    assert len(held) > 3
    for key in held:
        assert not _opens(key, uid, wrapped), "a key still held opens a destroyed data key"
        with pytest.raises(SealedValueInvalid):  # nor does any key open the content directly
            open_sealed(AESGCM(key), sealed_name, name_aad)
        with pytest.raises(SealedValueInvalid):  # nor a chunk of its evidence file
            open_sealed(AESGCM(key), sealed_chunk, chunk_aad)
    assert marker.encode() not in on_disk  # no content of the case in clear
    # The student number is never stored in clear, of the disposed case or of the one kept.
    assert student.encode() not in on_disk
    assert kept_student.encode() not in on_disk
    # The case that remains is still readable.
    from gateway.cases.service import get_case

    assert world.run("lead", lambda s, a: get_case(s, a, kept_ref).subject_name) == (
        f"Subject {kept_marker}"
    )


def _student_number() -> str:
    return "S" + str(uuid.uuid4().int % 10**7).zfill(7)


def test_the_old_student_index_is_computable_by_no_key_left(world: World) -> None:
    """A blind index left in a dead row of a disposed case cannot be matched to a guessed
    student number by any key the installation still holds; the remaining cases' indexes are
    recomputed, so they are still found."""
    from gateway.cases.service import get_case
    from gateway.encryption.secrets import student_index_with, student_indexes

    student = _student_number()
    kept_student = _student_number()
    ref, _ = nfa_case(world, student_id=student)
    kept_ref, _ = nfa_case(world, student_id=kept_student, close=False)
    with world.engine.connect() as conn:
        old_index, stored = conn.execute(
            text(
                "SELECT subject_student_index, subject_student_id FROM cases "
                "WHERE reference = :r"
            ),
            {"r": ref},
        ).one()
        kept_old = conn.execute(
            text("SELECT subject_student_index FROM cases WHERE reference = :r"),
            {"r": kept_ref},
        ).scalar_one()
    assert str(stored).startswith("pgs1:") and student not in str(stored)
    before = _keys_held(world)
    # Before: the attack works, the KEK on disk recomputes the index from the number.
    assert any(student_index_with(key, student) == old_index for key in before)
    # The index does not depend on how the number was typed.
    assert any(student_index_with(key, f" {student.lower()} ") == old_index for key in before)

    dispose(world, immediate_schedule())

    held = _keys_held(world)
    source = source_for(world.sessions)
    held += source.known()
    for key in held:
        assert student_index_with(key, student) != old_index
        assert student_index_with(key, kept_student) != kept_old
    with world.engine.connect() as conn:
        assert conn.execute(
            text("SELECT count(*) FROM cases WHERE reference = :r"), {"r": ref}
        ).scalar_one() == 0
        kept_now = conn.execute(
            text("SELECT subject_student_index FROM cases WHERE reference = :r"),
            {"r": kept_ref},
        ).scalar_one()
    assert kept_now != kept_old
    with world.sessions() as session:
        assert student_indexes(session, kept_student) == [kept_now]
    assert world.run("lead", lambda s, a: get_case(s, a, kept_ref).subject_student_id) == (
        kept_student
    )


def _opens(key: bytes, uid: str, wrapped: bytes) -> bool:
    try:
        unwrap(key, uid, wrapped)
    except KekError:
        return False
    return True


def test_hold_reasons_are_never_in_clear_and_go_with_the_case(world: World) -> None:
    from gateway.retention import use_cases

    ref, _ = nfa_case(world)
    person = "Reason-Person-" + ref.replace("-", "")
    hold = use(
        world,
        "dpo",
        use_cases.place_hold,
        case_ref=ref,
        student_id=None,
        holder="Legal Services",
        reason=f"Claim brought by {person}",
    )
    use(
        world,
        "dpo",
        use_cases.release_hold,
        hold.reference,
        reason=f"{person} withdrew the claim",
    )
    with world.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT reason, release_reason FROM legal_holds WHERE reference = :r"),
            {"r": hold.reference},
        ).one()
    assert all(str(v).startswith("pgs1:") and person not in str(v) for v in stored)
    shown = use(world, "dpo", use_cases.list_holds, include_released=True)
    assert [h.reason for h in shown] == [f"Claim brought by {person}"]  # read back in clear

    dispose(world, immediate_schedule())

    shown = use(world, "dpo", use_cases.list_holds, include_released=True)
    assert [(h.reference, h.reason) for h in shown] == [
        (hold.reference, "Destroyed with the case under the retention schedule.")
    ]
    assert person.encode() not in _stored_files(world.engine)


def test_a_student_with_no_case_left_leaves_no_number_behind(world: World) -> None:
    from gateway.retention import use_cases

    student = _student_number()
    nfa_case(world, student_id=student)
    use(world, "dpo", use_cases.record_departure, student)
    hold = use(
        world,
        "dpo",
        use_cases.place_hold,
        case_ref=None,
        student_id=student,
        holder="Legal Services",
        reason="Inquiry",
    )
    use(world, "dpo", use_cases.release_hold, hold.reference, reason="Inquiry closed")
    kept = _student_number()
    nfa_case(world, student_id=kept, close=False)  # another student's open case stays
    use(world, "dpo", use_cases.record_departure, kept)

    dispose(world, immediate_schedule())

    with world.engine.connect() as conn:
        departures = list(
            conn.execute(text("SELECT student_id FROM student_departures")).scalars()
        )
    assert len(departures) == 1 and departures[0].startswith("pgs1:")  # sealed
    with world.sessions() as session:
        from gateway.encryption.secrets import open_student_number

        assert [open_student_number(session, d) for d in departures] == [kept]
    shown = use(world, "dpo", use_cases.list_holds, include_released=True)
    assert [(h.reference, h.target, h.reason) for h in shown] == [
        (
            hold.reference,
            "(destroyed)",
            "The student's records were destroyed under the retention schedule.",
        )
    ]
    # Never in clear, so not in dead tuples either (PostgreSQL keeps those).
    on_disk = _stored_files(world.engine)
    assert student.encode() not in on_disk and kept.encode() not in on_disk
