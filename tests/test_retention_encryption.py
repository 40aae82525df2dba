"""Encryption at rest: case content is stored only as AES-256-GCM ciphertext under the case's
data key, bound to its row; the KEK can be rotated without touching content."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import StatementError

from gateway.cases.models import Case, Concern
from gateway.cases.service import get_case
from gateway.config import load_settings
from gateway.encryption.kek import KekError, KekSource
from gateway.encryption.keystore import RecordDestroyed, bind_kek, kek_source_for, source_for
from gateway.encryption.models import CaseDataKey
from gateway.encryption.sealed import PlaintextNotSealed, SealedValueInvalid
from gateway.encryption.use_cases import rotate_kek
from tests.retention_support import database_bytes, nfa_case, use
from tests.support import World, build_world, fingerprint


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _read_case(world: World, ref: str) -> tuple[str, list[str], list[str]]:
    def work(session: object, actor: object) -> tuple[str, list[str], list[str]]:
        case = get_case(session, actor, ref)  # type: ignore[arg-type]
        return (
            case.subject_name,
            [c.description for c in case.concerns],
            [e.summary for e in case.events],
        )

    return world.run("lead", work)  # type: ignore[no-any-return]


def test_content_is_stored_only_as_ciphertext(world: World) -> None:
    ref, marker = nfa_case(world)
    name, concerns, events = _read_case(world, ref)
    assert name == f"Subject {marker}" and concerns == [f"Concern text {marker}"]
    assert f"Note {marker}" in events
    with world.engine.connect() as conn:
        raw = conn.execute(
            text("SELECT subject_name, row_uid, data_key_uid FROM cases WHERE reference = :r"),
            {"r": ref},
        ).one()
    stored = bytes(raw[0])
    assert stored.startswith(b"PG1") and stored[3:19] == bytes.fromhex(raw[2])
    assert marker.encode() not in stored
    if world.engine.dialect.name == "sqlite":
        from gateway.retention.flows import scrub_after_commit

        scrub_after_commit(world.engine)
        blob = database_bytes(world.engine)
        assert ref.encode() in blob  # unencrypted columns are found by the scan...
        assert marker.encode() not in blob  # ...the content never is


def test_ciphertext_moved_to_another_row_does_not_open(world: World) -> None:
    ref, _ = nfa_case(world)
    with world.engine.begin() as conn:
        events = conn.execute(
            text(
                "SELECT e.id, e.summary FROM chronology_events e JOIN cases k ON k.id = e.case_id "
                "WHERE k.reference = :r ORDER BY e.id"
            ),
            {"r": ref},
        ).all()
        assert len(events) >= 2
        # Same case, same key, same column: only the row differs.
        conn.execute(
            text("UPDATE chronology_events SET summary = :s WHERE id = :i"),
            {"s": events[1][1], "i": events[0][0]},
        )
    with pytest.raises(SealedValueInvalid, match="moved from another record"):
        _read_case(world, ref)


def test_plaintext_never_reaches_an_encrypted_column(world: World) -> None:
    with pytest.raises(StatementError) as caught, world.engine.begin() as conn:
        conn.execute(
            insert(Concern).values(
                row_uid="x" * 32, case_id=1, source="staff", raised_by_id=1, description="clear"
            )
        )
    assert isinstance(caught.value.orig, PlaintextNotSealed)


def test_a_destroyed_key_makes_the_content_unreadable(world: World) -> None:
    ref, _ = nfa_case(world)
    with world.engine.begin() as conn:
        uid = conn.execute(select(Case.data_key_uid).where(Case.reference == ref)).scalar_one()
        conn.execute(CaseDataKey.__table__.delete().where(CaseDataKey.uid == uid))
    with pytest.raises(RecordDestroyed):
        _read_case(world, ref)


def test_rotate_kek_rewraps_every_key_and_everything_stays_readable(world: World) -> None:
    refs = {nfa_case(world)[0]: None for _ in range(3)}
    before = {ref: _read_case(world, ref) for ref in refs}
    source = source_for(world.sessions)
    old_file = source.path.read_bytes()
    with world.engine.connect() as conn:
        old_wrapped = {r.uid: bytes(r.wrapped_key) for r in conn.execute(select(CaseDataKey))}
        content_before = conn.execute(text("SELECT description FROM concerns ORDER BY id")).all()
    log = world.ctx.transparency_log()
    with world.engine.connect() as conn:
        log_size = log.size(conn)
    result = use(world, "admin", rotate_kek, kek=source, log=world.log())
    assert result.rewrapped == len(old_wrapped) >= 3
    with world.engine.connect() as conn:
        assert log.size(conn) == log_size + 1 == result.log_index + 1
        leaf = conn.execute(text("SELECT leaf FROM sharing_log_entries ORDER BY idx DESC")).first()
    assert leaf is not None and b'"type":"key_rotated"' in bytes(leaf[0])
    assert result.new_kek_id.encode() in bytes(leaf[0])
    assert source.path.read_bytes() != old_file
    assert oct(source.path.stat().st_mode & 0o777) == "0o600"
    assert not source.next_path.exists()
    with world.engine.connect() as conn:
        rows = conn.execute(select(CaseDataKey)).all()
        content_after = conn.execute(text("SELECT description FROM concerns ORDER BY id")).all()
    assert {r.kek_id for r in rows} == {result.new_kek_id}
    assert all(bytes(r.wrapped_key) != old_wrapped[r.uid] for r in rows)
    assert content_after == content_before  # content was not re-encrypted
    # A fresh process (new KEK source from the file) reads everything.
    bind_kek(world.sessions, kek_source_for(load_settings(data_dir=world.ctx.settings.data_dir)))
    assert {ref: _read_case(world, ref) for ref in refs} == before
    # The old KEK no longer opens anything.
    old = KekSource(path=Path("/nonexistent"), env_value=old_file.decode().strip())
    bind_kek(world.sessions, old)
    with pytest.raises(KekError):
        _read_case(world, next(iter(refs)))


class _BrokenLog:
    def key_rotated(self, *_: object, **__: object) -> None:
        raise RuntimeError("log unavailable")


def test_failed_rotation_keeps_the_old_kek(world: World) -> None:
    nfa_case(world)
    source = source_for(world.sessions)
    old_file = source.path.read_bytes()
    before = fingerprint(world.engine)
    with pytest.raises(RuntimeError):
        use(world, "admin", rotate_kek, kek=source, log=_BrokenLog())
    assert fingerprint(world.engine) == before
    assert source.path.read_bytes() == old_file and not source.next_path.exists()
    assert _read_case_count(world) >= 1  # every case still opens with the old KEK


def _read_case_count(world: World) -> int:
    with world.sessions() as session:
        return len([c.subject_name for c in session.scalars(select(Case))])


def test_only_an_administrator_rotates_the_kek(world: World) -> None:
    from gateway.errors import NotPermitted

    nfa_case(world)
    source = source_for(world.sessions)
    old_file = source.path.read_bytes()
    with pytest.raises(NotPermitted):
        use(world, "dpo", rotate_kek, kek=source, log=world.log())
    assert source.path.read_bytes() == old_file and not source.next_path.exists()


def test_a_rotation_interrupted_after_its_commit_is_finished_by_the_next(world: World) -> None:
    from gateway.encryption import rotation as rotation_module

    ref, marker = nfa_case(world)
    source = source_for(world.sessions)
    # The process dies after the commit, before the rename: both files are left.
    real_complete = rotation_module.Rotation.complete
    rotation_module.Rotation.complete = lambda self, *_, **__: None  # type: ignore[method-assign]
    try:
        first = use(world, "admin", rotate_kek, kek=source, log=world.log())
    finally:
        rotation_module.Rotation.complete = real_complete  # type: ignore[method-assign]
    assert source.next_path.exists()
    fresh = kek_source_for(load_settings(data_dir=world.ctx.settings.data_dir))
    bind_kek(world.sessions, fresh)  # a new process reads both files
    assert _read_case(world, ref)[0] == f"Subject {marker}"
    second = use(world, "admin", rotate_kek, kek=fresh, log=world.log())
    assert second.old_kek_id == first.new_kek_id and not fresh.next_path.exists()
    assert _read_case(world, ref)[0] == f"Subject {marker}"


def test_kek_from_the_environment(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kek = base64.b64encode(os.urandom(32)).decode()
    monkeypatch.setenv("PREVENT_GATEWAY_KEK", kek)
    world = build_world(engine, tmp_path, referral=False, dpia=False)
    ref, marker = nfa_case(world)
    assert not (tmp_path / "data" / "keys" / "kek.key").exists()
    assert _read_case(world, ref)[0] == f"Subject {marker}"
    monkeypatch.setenv("PREVENT_GATEWAY_KEK", base64.b64encode(os.urandom(32)).decode())
    bind_kek(world.sessions, kek_source_for(load_settings(data_dir=world.ctx.settings.data_dir)))
    with pytest.raises(KekError, match="does not have"):
        _read_case(world, ref)
    with pytest.raises(KekError, match="PREVENT_GATEWAY_KEK"):
        use(world, "admin", rotate_kek, kek=source_for(world.sessions), log=world.log())


def test_kek_file_readable_by_others_is_refused(world: World) -> None:
    ref, _ = nfa_case(world)
    path = source_for(world.sessions).path
    path.chmod(0o644)
    bind_kek(world.sessions, kek_source_for(load_settings(data_dir=world.ctx.settings.data_dir)))
    with pytest.raises(KekError, match="chmod 600"):
        _read_case(world, ref)


def test_a_rotation_by_another_process_is_picked_up(world: World) -> None:
    ref, marker = nfa_case(world)
    other = kek_source_for(load_settings(data_dir=world.ctx.settings.data_dir))  # "another process"
    bind_kek(world.sessions, other)
    assert _read_case(world, ref)[0] == f"Subject {marker}"
    rotator = kek_source_for(load_settings(data_dir=world.ctx.settings.data_dir))
    use(world, "admin", rotate_kek, kek=rotator, log=world.log())
    assert _read_case(world, ref)[0] == f"Subject {marker}"  # re-read the rotated file


def test_text_that_is_not_unicode_is_refused_with_a_clear_error(world: World) -> None:
    """Text read from a file that is not UTF-8 (lone surrogates) is refused, not a traceback."""
    from gateway.cases.domain import ConcernSource
    from gateway.cases.service import SubjectDetails, raise_concern
    from gateway.encryption.sealed import TextNotStorable
    from gateway.errors import InvalidInput

    before = fingerprint(world.engine)
    with pytest.raises(TextNotStorable) as caught:
        world.run(
            "lead",
            lambda s, a: raise_concern(
                s,
                a,
                subject=SubjectDetails(student_id="S4440001", name="Dana"),
                source=ConcernSource.STAFF,
                description=b"Caf\xe9 incident".decode("utf-8", "surrogateescape"),
            ),
        )
    assert isinstance(caught.value, InvalidInput) and "UTF-8" in (caught.value.hint or "")
    assert fingerprint(world.engine) == before
