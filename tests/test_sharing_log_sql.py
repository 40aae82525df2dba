"""The SQL-stored log: appends, proofs, append-only triggers, transactions, concurrency."""

from __future__ import annotations

import base64
import hashlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sigstore_models.common.v1 as common_v1
import sigstore_models.rekor.v1 as rekor_v1
from sigstore._internal.merkle import verify_merkle_inclusion
from sigstore.errors import VerificationError
from sigstore.models import TransparencyLogEntry
from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from sharing_log import (
    CosignatureSigner,
    EntryType,
    LogEntry,
    NoteSigner,
    hash_leaf,
    open_checkpoint,
    verify_consistency,
    verify_inclusion,
    verify_tlog_proof,
)
from sharing_log.compact_range import CompactRange
from sharing_log.proofs import assemble_proof, consistency_proof_nodes
from sharing_log.sql import (
    LogStateError,
    SQLTransparencyLog,
    append_only_ddl,
    checkpoints_table,
    entries_table,
    metadata,
    nodes_table,
)

ORIGIN = "gateway.test.example/sharing-log"


def make_entry(i: int) -> LogEntry:
    return LogEntry.create(
        EntryType.DISCLOSURE_RELEASED,
        disclosure_id=f"dr-{i:06d}",
        case_id=f"case-{i % 7}",
        subject_ref=hashlib.sha256(f"s{i}".encode()).hexdigest(),
        recipient_id="rcp-1",
        recipient_kind="channel_panel",
        lawful_basis=["art6.1.e"],
        package_sha256=hashlib.sha256(f"p{i}".encode()).hexdigest(),
        preparer_id="usr-1",
        approver_id="usr-2",
        released_at="2026-03-01T10:00:00Z",
        emergency=False,
    )


def prepare(engine: Engine) -> Engine:
    metadata.create_all(engine)
    with engine.begin() as conn:
        for sql in append_only_ddl(engine.dialect.name):
            conn.exec_driver_sql(sql)
    return engine


@pytest.fixture
def log_engine(engine: Engine) -> Engine:
    return prepare(engine)


@pytest.fixture
def log() -> SQLTransparencyLog:
    clock = iter(datetime(2026, 3, 1, tzinfo=UTC) + timedelta(seconds=i) for i in range(10**6))
    return SQLTransparencyLog(ORIGIN, NoteSigner.generate(ORIGIN), clock=lambda: next(clock))


def test_append_returns_signed_checkpoint_and_proofs_verify(
    log_engine: Engine, log: SQLTransparencyLog
) -> None:
    leaves = []
    with log_engine.begin() as conn:
        assert log.latest_checkpoint(conn).size == 0
        for i in range(21):
            res = log.append(conn, make_entry(i))
            assert res.index == i and res.leaf_hash == hash_leaf(res.leaf)
            assert res.checkpoint.size == i + 1
            open_checkpoint(res.checkpoint.note, log.verifier)
            leaves.append(res.leaf)
    tree = CompactRange()
    roots = [tree.root()]
    for leaf in leaves:
        tree.append(hash_leaf(leaf))
        roots.append(tree.root())
    with log_engine.connect() as conn:
        latest = log.latest_checkpoint(conn)
        assert latest.size == 21 and latest.root_hash == roots[21]
        assert log.entry(conn, 3) == leaves[3]
        for size in (1, 2, 7, 8, 13, 21):
            for index in range(size):
                proof = log.inclusion_proof(conn, index, size)
                verify_inclusion(index, size, hash_leaf(leaves[index]), proof, roots[size])
            for old in range(1, size + 1):
                proof = log.consistency_proof(conn, old, size)
                verify_consistency(old, size, proof, roots[old], roots[size])
        text_proof = log.tlog_proof(conn, 9)
        assert verify_tlog_proof(text_proof, leaves[9], log.verifier).size == 21
        with pytest.raises(LogStateError):
            log.inclusion_proof(conn, 21, 21)
        with pytest.raises(LogStateError):
            log.consistency_proof(conn, 3, 22)
        with pytest.raises(LogStateError):
            log.entry(conn, 99)
        # One checkpoint per append, each consistent with the previous one.
        sizes = conn.execute(select(func.count()).select_from(checkpoints_table)).scalar()
        assert sizes == 21


def test_append_many_and_node_storage_is_logarithmic(
    log_engine: Engine, log: SQLTransparencyLog
) -> None:
    with log_engine.begin() as conn:
        results = log.append_many(conn, [make_entry(i) for i in range(100)])
    assert [r.index for r in results] == list(range(100))
    assert len({r.checkpoint.note for r in results}) == 1
    with log_engine.connect() as conn:
        # Complete subtrees only: fewer than 2n nodes stored.
        count = conn.execute(select(func.count()).select_from(nodes_table)).scalar()
        assert count is not None and 100 <= count < 200


def test_database_refuses_update_and_delete(log_engine: Engine, log: SQLTransparencyLog) -> None:
    with log_engine.begin() as conn:
        log.append(conn, make_entry(0))
        log.append(conn, make_entry(1))
    statements = [
        update(entries_table).values(leaf=b"{}"),
        entries_table.delete(),
        update(nodes_table).values(hash=b"\x00" * 32),
        nodes_table.delete(),
        update(checkpoints_table).values(note="x"),
        checkpoints_table.delete(),
    ]
    for stmt in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            with log_engine.begin() as conn:
                conn.execute(stmt)
    if log_engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"):
            with log_engine.begin() as conn:
                conn.execute(text("TRUNCATE sharing_log_entries CASCADE"))
    with log_engine.connect() as conn:
        assert log.size(conn) == 2


def test_failure_after_append_before_commit_leaves_nothing(
    log_engine: Engine, log: SQLTransparencyLog
) -> None:
    with log_engine.begin() as conn:
        log.append(conn, make_entry(0))

    class InjectedCrash(RuntimeError):
        pass

    with pytest.raises(InjectedCrash):
        with log_engine.begin() as conn:
            result = log.append(conn, make_entry(1))
            assert result.index == 1
            raise InjectedCrash("package build failed after the log append")
    with log_engine.connect() as conn:
        assert log.size(conn) == 1
        assert log.latest_checkpoint(conn).size == 1
        assert conn.execute(select(func.count()).select_from(nodes_table)).scalar() == 1
    # The log carries on normally afterwards.
    with log_engine.begin() as conn:
        assert log.append(conn, make_entry(2)).index == 1


def test_refuses_to_sign_when_stored_tree_contradicts_last_checkpoint(
    log_engine: Engine, log: SQLTransparencyLog
) -> None:
    with log_engine.begin() as conn:
        log.append(conn, make_entry(0))
    # Someone with database access inserts a tree node behind the log's back
    # (inserts are allowed; only UPDATE/DELETE are blocked) and forges an entry row.
    with log_engine.begin() as conn:
        forged = b'{"forged":1}'
        conn.execute(
            entries_table.insert().values(
                idx=1, leaf=forged, leaf_hash=hash_leaf(forged), entry_type="x", recorded_at="x"
            )
        )
        conn.execute(nodes_table.insert().values(level=0, idx=1, hash=hash_leaf(forged)))
    from sharing_log.sql import LogIntegrityError

    with pytest.raises(LogIntegrityError, match="does not match the last signed checkpoint"):
        with log_engine.begin() as conn:
            log.append(conn, make_entry(1))
    with log_engine.connect() as conn:
        assert log.latest_checkpoint(conn).size == 1


def test_wrong_key_name_is_refused() -> None:
    with pytest.raises(ValueError, match="origin"):
        SQLTransparencyLog(ORIGIN, NoteSigner.generate("other.example/log"))


def test_cosignatures_are_stored_and_exported(log_engine: Engine, log: SQLTransparencyLog) -> None:
    witness = CosignatureSigner.generate("dpo.test.example/witness")
    with log_engine.begin() as conn:
        res = log.append(conn, make_entry(0))
        cosigned = witness.cosign(res.checkpoint.note, log.verifier, timestamp=1_750_000_000)
        log.add_cosignature(conn, cosigned, witness.verifier)
    with log_engine.connect() as conn:
        latest = log.latest_checkpoint(conn)
        assert witness.verifier.verify(latest.note) == 1_750_000_000
        open_checkpoint(latest.note, log.verifier)
        proof = log.tlog_proof(conn, 0)
        verify_tlog_proof(
            proof, res.leaf, log.verifier, cosigners=[witness.verifier], required_cosignatures=1
        )
    with pytest.raises(ValueError):
        with log_engine.begin() as conn:
            other = witness.cosign(
                NoteSigner.generate(ORIGIN).sign(res.checkpoint.checkpoint.text()),
                NoteSigner.generate("x.example/y").verifier,
            )
            log.add_cosignature(conn, other, witness.verifier)


def _sigstore_entry(
    leaf: bytes, index: int, size: int, proof: list[bytes], root: bytes, note: str
) -> TransparencyLogEntry:
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    inner = rekor_v1.TransparencyLogEntry(
        log_index=str(index),
        log_id=common_v1.LogId(key_id=b64(b"\x00" * 32)),
        kind_version=rekor_v1.KindVersion(kind="prevent-gateway-sharing-log", version="1"),
        inclusion_proof=rekor_v1.InclusionProof(
            log_index=str(index),
            root_hash=b64(root),
            tree_size=str(size),
            hashes=[b64(h) for h in proof],
            checkpoint=rekor_v1.Checkpoint(envelope=note),
        ),
        canonicalized_body=b64(leaf),
    )
    return TransparencyLogEntry(inner)


def test_inclusion_proofs_verify_with_sigstore(log_engine: Engine, log: SQLTransparencyLog) -> None:
    """An independent RFC 6962 verifier (sigstore-python Rekor Merkle check) accepts our proofs."""
    with log_engine.begin() as conn:
        results = log.append_many(conn, [make_entry(i) for i in range(37)])
    with log_engine.connect() as conn:
        cp = log.latest_checkpoint(conn)
        for r in results:
            proof = log.inclusion_proof(conn, r.index, cp.size)
            verify_merkle_inclusion(
                _sigstore_entry(r.leaf, r.index, cp.size, proof, cp.root_hash, cp.note)
            )
        # And it rejects a proof for the wrong leaf, so the check above can fail.
        proof = log.inclusion_proof(conn, 3, cp.size)
        with pytest.raises(VerificationError):
            verify_merkle_inclusion(
                _sigstore_entry(results[4].leaf, 3, cp.size, proof, cp.root_hash, cp.note)
            )


@pytest.mark.postgres_only
def test_100_concurrent_appends_on_postgresql(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("concurrency test needs PostgreSQL (set PREVENT_GATEWAY_TEST_DATABASE_URL)")
    engine = prepare(create_engine(database_url, pool_size=25, max_overflow=0, pool_timeout=120))
    log = SQLTransparencyLog(ORIGIN, NoteSigner.generate(ORIGIN))
    barrier = threading.Barrier(100, timeout=120)
    results: list[Any] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        try:
            barrier.wait()
            with engine.begin() as conn:
                res = log.append(conn, make_entry(i))
            with lock:
                results.append(res)
        except BaseException as exc:  # noqa: BLE001
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    assert sorted(r.index for r in results) == list(range(100))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(entries_table.c.idx, entries_table.c.leaf).order_by(entries_table.c.idx)
            ).all()
            cps = conn.execute(
                select(checkpoints_table.c.tree_size, checkpoints_table.c.note).order_by(
                    checkpoints_table.c.tree_size
                )
            ).all()
    finally:
        engine.dispose()
    from sharing_log.entries import decode_entry

    assert [r.idx for r in rows] == list(range(100))
    ids = sorted(decode_entry(bytes(r.leaf)).entry.fields["disclosure_id"] for r in rows)  # type: ignore[type-var]
    assert ids == sorted(f"dr-{i:06d}" for i in range(100))  # every entry exactly once
    assert [c.tree_size for c in cps] == list(range(1, 101))
    nodes: dict[tuple[int, int], bytes] = {}
    tree = CompactRange()
    roots = {}
    for r in rows:
        tree.append(hash_leaf(bytes(r.leaf)), lambda lv, ix, h: nodes.__setitem__((lv, ix), h))
        roots[tree.size] = tree.root()
    signed_roots = {c.tree_size: open_checkpoint(c.note, log.verifier).root_hash for c in cps}
    assert signed_roots == roots
    for new in range(2, 101):  # every checkpoint consistent with every earlier one
        for old in range(1, new):
            proof = assemble_proof(consistency_proof_nodes(old, new), nodes)
            verify_consistency(old, new, proof, signed_roots[old], signed_roots[new])
    for r in results:  # each appender got the checkpoint covering its own entry
        assert r.checkpoint.size == r.index + 1


@pytest.fixture
def sqlite_file_engine(tmp_path: Any) -> Iterator[Engine]:
    eng = create_engine(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    yield prepare(eng)
    eng.dispose()


def test_works_on_a_plain_sqlite_engine(
    sqlite_file_engine: Engine, log: SQLTransparencyLog
) -> None:
    with sqlite_file_engine.begin() as conn:
        log.append_many(conn, [make_entry(i) for i in range(5)])
    with sqlite_file_engine.begin() as conn:
        assert log.append(conn, make_entry(5)).checkpoint.size == 6
