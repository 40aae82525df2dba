"""Offline verification of exports: a clean export verifies; any tampering is detected and named."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, update
from sqlalchemy.engine import Engine

from sharing_log import (
    EntryType,
    LogEntry,
    LogTampered,
    NoteSigner,
    TamperKind,
    encode_entry,
    verify_consistency,
    verify_export,
)
from sharing_log.sql import (
    SQLTransparencyLog,
    append_only_ddl,
    drop_append_only_ddl,
    entries_table,
    metadata,
)

ORIGIN = "gateway.test.example/sharing-log"
SIZE = 12


def make_entry(i: int, prefix: str = "dr") -> LogEntry:
    return LogEntry.create(
        EntryType.DISCLOSURE_RELEASED,
        disclosure_id=f"{prefix}-{i:06d}",
        case_id=f"case-{i % 5}",
        subject_ref=hashlib.sha256(f"s{i}".encode()).hexdigest(),
        recipient_id="rcp-1",
        recipient_kind="police_prevent_team",
        lawful_basis=["art6.1.e", "art10"],
        package_sha256=hashlib.sha256(f"p{i}".encode()).hexdigest(),
        preparer_id="usr-1",
        approver_id="usr-2",
        released_at="2026-03-01T10:00:00Z",
        emergency=False,
    )


def new_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for sql in append_only_ddl("sqlite"):
            conn.exec_driver_sql(sql)
    return engine


def new_log(signer: NoteSigner) -> SQLTransparencyLog:
    clock = iter(datetime(2026, 3, 1, tzinfo=UTC) + timedelta(seconds=i) for i in range(10**6))
    return SQLTransparencyLog(ORIGIN, signer, clock=lambda: next(clock))


class Exported:
    def __init__(self, root: Path) -> None:
        self.signer = NoteSigner.generate(ORIGIN)
        self.log = new_log(self.signer)
        self.engine = new_engine(root / "log.sqlite3")
        with self.engine.begin() as conn:
            for i in range(5):
                self.log.append(conn, make_entry(i))
            self.checkpoint_at_5 = self.log.latest_checkpoint(conn).note
            self.log.append_many(conn, [make_entry(i) for i in range(5, SIZE)])
        self.dir = root / "export"
        with self.engine.connect() as conn:
            self.log.export(conn, self.dir)
        self.lines = (self.dir / "entries.jsonl").read_bytes().splitlines(keepends=True)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    ex = Exported(tmp_path_factory.mktemp("log"))
    yield ex
    ex.engine.dispose()


def copy_export(exported: Exported, tmp: Path) -> Path:
    target = tmp / f"copy-{hashlib.sha256(str(tmp).encode()).hexdigest()[:6]}"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(exported.dir, target)
    return target


def write_lines(directory: Path, lines: list[bytes]) -> None:
    (directory / "entries.jsonl").write_bytes(b"".join(lines))


def test_clean_export_verifies_with_progress(exported: Exported) -> None:
    seen: list[tuple[int, int]] = []
    report = verify_export(
        exported.dir,
        trusted_key=exported.signer.verifier_key_text(),
        progress=lambda done, total: seen.append((done, total)),
        check_entries=True,
    )
    assert report.tree_size == SIZE and report.entries_checked == SIZE
    assert seen[-1] == (SIZE, SIZE)
    assert {p.name for p in exported.dir.iterdir()} >= {
        "checkpoint",
        "verifier-key.txt",
        "entries.jsonl",
        "leaf-hashes.bin",
        "export.json",
    }


def test_trusted_checkpoint_consistency_proof_is_checked_and_reported(exported: Exported) -> None:
    report = verify_export(exported.dir, trusted_checkpoint=exported.checkpoint_at_5)
    assert report.trusted_size == 5 and report.consistency_proof
    from sharing_log import open_checkpoint

    old = open_checkpoint(exported.checkpoint_at_5, exported.signer.verifier)
    verify_consistency(5, SIZE, report.consistency_proof, old.root_hash, report.root_hash)
    with exported.engine.connect() as conn:
        assert report.consistency_proof == exported.log.consistency_proof(conn, 5, SIZE)


def test_rewritten_history_is_inconsistent_with_trusted_checkpoint(
    exported: Exported, tmp_path: Path
) -> None:
    # The operator (holding the key) rebuilds the log with entry 2 different and re-signs it.
    log = new_log(exported.signer)
    engine = new_engine(tmp_path / "rewritten.sqlite3")
    with engine.begin() as conn:
        log.append_many(conn, [make_entry(i, "zz" if i == 2 else "dr") for i in range(SIZE)])
        log.export(conn, tmp_path / "rewritten")
    engine.dispose()
    verify_export(tmp_path / "rewritten")  # internally consistent...
    with pytest.raises(LogTampered) as info:  # ...but not an extension of what the auditor saw
        verify_export(tmp_path / "rewritten", trusted_checkpoint=exported.checkpoint_at_5)
    assert info.value.kind is TamperKind.INCONSISTENT_WITH_TRUSTED
    assert info.value.trusted_size == 5 and info.value.consistency_proof


def test_shrunk_log_and_foreign_keys(exported: Exported, tmp_path: Path) -> None:
    # A checkpoint the auditor saved from a bigger tree than the export.
    with exported.engine.begin() as conn:
        bigger = exported.log.append(conn, make_entry(99)).checkpoint.note
    with pytest.raises(LogTampered) as info:
        verify_export(exported.dir, trusted_checkpoint=bigger)
    assert info.value.kind is TamperKind.INCONSISTENT_WITH_TRUSTED
    other = NoteSigner.generate(ORIGIN)
    with pytest.raises(LogTampered) as info:
        verify_export(exported.dir, trusted_key=other.verifier_key_text())
    assert info.value.kind is TamperKind.BAD_SIGNATURE
    d = copy_export(exported, tmp_path)
    (d / "verifier-key.txt").write_text(other.verifier_key_text() + "\n")
    with pytest.raises(LogTampered) as info:
        verify_export(d)
    assert info.value.kind is TamperKind.BAD_SIGNATURE
    d = copy_export(exported, tmp_path)
    cp = (d / "checkpoint").read_text()
    (d / "checkpoint").write_text(cp.replace(f"\n{SIZE}\n", f"\n{SIZE - 1}\n"))
    with pytest.raises(LogTampered) as info:
        verify_export(d)
    assert info.value.kind is TamperKind.BAD_SIGNATURE


# --- property tests: single edits, deletes, inserts, reorders, truncations --------------------

PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(i=st.integers(0, SIZE - 1), data=st.data())
def test_any_single_edit_is_detected_at_its_entry(
    exported: Exported, tmp_path: Path, i: int, data: st.DataObject
) -> None:
    line = exported.lines[i]
    pos = data.draw(st.integers(0, len(line) - 2))
    new_byte = data.draw(st.integers(0, 255).filter(lambda b: b != line[pos] and b != 0x0A))
    lines = list(exported.lines)
    lines[i] = line[:pos] + bytes([new_byte]) + line[pos + 1 :]
    d = copy_export(exported, tmp_path)
    write_lines(d, lines)
    with pytest.raises(LogTampered) as info:
        verify_export(d)
    assert (info.value.kind, info.value.index) == (TamperKind.ENTRY_EDITED, i)


@PROPERTY
@given(i=st.integers(0, SIZE - 1))
def test_any_single_delete_is_detected(exported: Exported, tmp_path: Path, i: int) -> None:
    d = copy_export(exported, tmp_path)
    write_lines(d, exported.lines[:i] + exported.lines[i + 1 :])
    with pytest.raises(LogTampered) as info:
        verify_export(d)
    want = TamperKind.LOG_TRUNCATED if i == SIZE - 1 else TamperKind.ENTRY_DELETED
    assert (info.value.kind, info.value.index) == (want, i)


@PROPERTY
@given(i=st.integers(0, SIZE), forged_index=st.integers(0, SIZE + 3))
def test_any_single_insert_is_detected(
    exported: Exported, tmp_path: Path, i: int, forged_index: int
) -> None:
    # A well-formed entry the log never recorded, even claiming a plausible index.
    forged = encode_entry(make_entry(forged_index, "xx"), forged_index, "2026-03-01T10:00:00Z")
    d = copy_export(exported, tmp_path)
    write_lines(d, [*exported.lines[:i], forged + b"\n", *exported.lines[i:]])
    with pytest.raises(LogTampered) as info:
        verify_export(d)
    assert (info.value.kind, info.value.index) == (TamperKind.ENTRY_INSERTED, i)


@PROPERTY
@given(i=st.integers(0, SIZE - 1), j=st.integers(0, SIZE - 1))
def test_any_reorder_is_detected(exported: Exported, tmp_path: Path, i: int, j: int) -> None:
    if i == j:
        return
    a, b = min(i, j), max(i, j)
    lines = list(exported.lines)
    lines[a], lines[b] = lines[b], lines[a]
    d = copy_export(exported, tmp_path)
    write_lines(d, lines)
    with pytest.raises(LogTampered) as info:
        verify_export(d)
    assert (info.value.kind, info.value.index) == (TamperKind.ENTRIES_REORDERED, a)


@PROPERTY
@given(k=st.integers(0, SIZE - 1))
def test_any_truncation_is_detected(exported: Exported, tmp_path: Path, k: int) -> None:
    d = copy_export(exported, tmp_path)
    write_lines(d, exported.lines[:k])
    with pytest.raises(LogTampered) as info:
        verify_export(d)
    assert (info.value.kind, info.value.index) == (TamperKind.LOG_TRUNCATED, k)


@PROPERTY
@given(name=st.sampled_from(["entries.jsonl", "leaf-hashes.bin", "checkpoint"]), data=st.data())
def test_any_byte_flip_in_any_signed_file_is_detected(
    exported: Exported, tmp_path: Path, name: str, data: st.DataObject
) -> None:
    d = copy_export(exported, tmp_path)
    raw = bytearray((d / name).read_bytes())
    pos = data.draw(st.integers(0, len(raw) - 1))
    raw[pos] ^= data.draw(st.integers(1, 255))
    (d / name).write_bytes(bytes(raw))
    with pytest.raises(LogTampered):
        verify_export(d)


def test_edited_and_deleted_database_rows_are_found(tmp_path: Path) -> None:
    """Someone with DBA rights drops the triggers and edits or deletes stored rows."""
    signer = NoteSigner.generate(ORIGIN)
    for name, tamper, want in [
        (
            "edited",
            lambda conn, log: conn.execute(
                update(entries_table)
                .where(entries_table.c.idx == 4)
                .values(leaf=log.entry(conn, 4).replace(b"usr-2", b"usr-9"))
            ),
            (TamperKind.ENTRY_EDITED, 4),
        ),
        (
            "deleted",
            lambda conn, log: conn.execute(entries_table.delete().where(entries_table.c.idx == 7)),
            (TamperKind.ENTRY_DELETED, 7),
        ),
    ]:
        log = new_log(signer)
        engine = new_engine(tmp_path / f"{name}.sqlite3")
        with engine.begin() as conn:
            log.append_many(conn, [make_entry(i) for i in range(SIZE)])
        with engine.begin() as conn:
            for sql in drop_append_only_ddl("sqlite"):
                conn.exec_driver_sql(sql)
            tamper(conn, log)
            log.export(conn, tmp_path / name)
        engine.dispose()
        with pytest.raises(LogTampered) as info:
            verify_export(tmp_path / name)
        assert (info.value.kind, info.value.index) == want
        assert f"entry {want[1]} has been {name}" in str(info.value)


def test_consistency_from_every_earlier_checkpoint(tmp_path: Path) -> None:
    """The proof the verifier rebuilds while streaming equals the log's own, for every size."""
    signer = NoteSigner.generate(ORIGIN)
    log = new_log(signer)
    engine = new_engine(tmp_path / "every.sqlite3")
    checkpoints = {}
    with engine.begin() as conn:
        for i in range(19):
            checkpoints[i + 1] = log.append(conn, make_entry(i)).checkpoint.note
        log.export(conn, tmp_path / "export")
        for old, note in checkpoints.items():
            report = verify_export(tmp_path / "export", trusted_checkpoint=note)
            assert report.trusted_size == old
            assert report.consistency_proof == log.consistency_proof(conn, old, 19)
    engine.dispose()
