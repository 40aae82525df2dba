"""The sharing log stored in SQL (SQLite or PostgreSQL), inside the caller's transaction.

Tables (on this module's own `metadata`, which the gateway's Alembic migrations include):

- sharing_log_entries:       index, leaf bytes (canonical entry), leaf hash, entry type, time
- sharing_log_nodes:         every complete subtree hash (level, index) -- appends and proofs read
                             O(log n) of these, never all leaves
- sharing_log_checkpoints:   every signed checkpoint (C2SP tlog-checkpoint)
- sharing_log_cosignatures:  witness cosignature lines (C2SP tlog-cosignature) per checkpoint

All four are append-only: `append_only_ddl()` returns triggers that make the database refuse
UPDATE and DELETE (and TRUNCATE on PostgreSQL).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import TextClause

from prevent_gateway_verify.errors import LogError
from prevent_gateway_verify.log.checkpoint import (
    Checkpoint,
    CheckpointError,
    CosignatureVerifier,
    SignedCheckpoint,
    open_checkpoint,
    sign_checkpoint,
)
from prevent_gateway_verify.log.compact_range import CompactRange, perfect_subtrees
from prevent_gateway_verify.log.entries import LogEntry, decode_entry, encode_entry, format_utc
from prevent_gateway_verify.log.export import (
    EXPORT_CHECKPOINT,
    EXPORT_ENTRIES,
    EXPORT_LEAF_HASHES,
    EXPORT_VERIFIER_KEY,
)
from prevent_gateway_verify.log.hashing import hash_children, hash_leaf
from prevent_gateway_verify.log.note import NoteError, NoteSigner, parse_signed_note
from prevent_gateway_verify.log.proofs import (
    NodeAddress,
    ProofError,
    build_proof,
    consistency_proof_nodes,
    inclusion_proof_nodes,
    verify_consistency,
)
from prevent_gateway_verify.log.tlog_proof import TLogProof

EXPORT_FORMAT = "prevent-gateway/sharing-log-export@v1"
EXPORT_MANIFEST = "export.json"

_ADVISORY_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"sharing_log append").digest()[:8], "big", signed=True
)
_CHUNK = 10_000

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

entries_table = Table(
    "sharing_log_entries",
    metadata,
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("leaf", LargeBinary, nullable=False),
    Column("leaf_hash", LargeBinary(32), nullable=False),
    Column("entry_type", String(40), nullable=False, index=True),
    Column("recorded_at", String(32), nullable=False),
)

nodes_table = Table(
    "sharing_log_nodes",
    metadata,
    # The perfect subtree of 2**level leaves starting at leaf idx * 2**level.
    Column("level", SmallInteger, primary_key=True, autoincrement=False),
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary(32), nullable=False),
)

checkpoints_table = Table(
    "sharing_log_checkpoints",
    metadata,
    Column("tree_size", BigInteger, primary_key=True, autoincrement=False),
    Column("origin", String(255), nullable=False),
    Column("root_hash", LargeBinary(32), nullable=False),
    Column("note", Text, nullable=False),
    Column("signed_at", String(32), nullable=False),
)

cosignatures_table = Table(
    "sharing_log_cosignatures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "tree_size", BigInteger, ForeignKey("sharing_log_checkpoints.tree_size"), nullable=False
    ),
    Column("cosigner", String(255), nullable=False),
    Column("key_id", String(8), nullable=False),
    Column("cosigned_at", BigInteger, nullable=False),
    Column("signature_line", Text, nullable=False),
    UniqueConstraint("tree_size", "cosigner", "key_id"),
)


@functools.lru_cache(maxsize=256)
def _nodes_query(count: int) -> TextClause:
    # An OR of (level, idx) pairs: both engines answer it with one index probe per node (a
    # row-value IN makes SQLite scan the table). Cached per size so it is compiled once.
    terms = " OR ".join(f"(level = :l{n} AND idx = :i{n})" for n in range(count))
    return text(f"SELECT level, idx, hash FROM sharing_log_nodes WHERE {terms}")  # noqa: S608


_MAX_INDEX = select(func.max(entries_table.c.idx))

LOG_TABLES = tuple(t.name for t in metadata.sorted_tables)


def append_only_ddl(dialect_name: str) -> list[str]:
    """SQL that makes the database refuse UPDATE and DELETE on every sharing-log table.

    Idempotent (safe to run twice). Run it after the tables exist, e.g. from the Alembic migration
    with `op.execute(sql)` for each statement.
    """
    if dialect_name == "sqlite":
        out: list[str] = []
        for table in LOG_TABLES:
            for op in ("UPDATE", "DELETE"):
                out.append(
                    f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'the sharing log is append-only; {op} on {table} "
                    "is refused'); END"
                )
        return out
    if dialect_name == "postgresql":
        out = [
            "CREATE OR REPLACE FUNCTION sharing_log_refuse_change() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = "
            "'the sharing log is append-only; ' || TG_OP || ' on ' || TG_TABLE_NAME || "
            "' is refused', ERRCODE = 'insufficient_privilege'; END $$"
        ]
        for table in LOG_TABLES:
            out.append(
                f"CREATE OR REPLACE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION sharing_log_refuse_change()"
            )
            out.append(
                f"CREATE OR REPLACE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION sharing_log_refuse_change()"
            )
        return out
    raise ValueError(f"no append-only triggers for database dialect {dialect_name!r}")


def drop_append_only_ddl(dialect_name: str) -> list[str]:
    """The reverse of `append_only_ddl` (for an Alembic downgrade)."""
    if dialect_name == "sqlite":
        return [
            f"DROP TRIGGER IF EXISTS {t}_no_{op}" for t in LOG_TABLES for op in ("update", "delete")
        ]
    if dialect_name == "postgresql":
        out = [
            f"DROP TRIGGER IF EXISTS {t}_{kind} ON {t}"
            for t in LOG_TABLES
            for kind in ("append_only", "no_truncate")
        ]
        return [*out, "DROP FUNCTION IF EXISTS sharing_log_refuse_change()"]
    raise ValueError(f"no append-only triggers for database dialect {dialect_name!r}")


class LogIntegrityError(LogError, RuntimeError):
    """The stored log contradicts a checkpoint it signed earlier; nothing was signed or written."""


class LogStateError(LogError, ValueError):
    """A request the log cannot answer (e.g. an index or tree size it does not have)."""


@dataclass(frozen=True)
class AppendResult:
    index: int
    leaf_hash: bytes
    leaf: bytes
    checkpoint: SignedCheckpoint


@dataclass(frozen=True)
class ExportSummary:
    directory: Path
    tree_size: int
    root_hash: bytes
    #: Lines written to the entries file and hashes to the leaf-hash file: fewer than
    #: ``tree_size`` when stored rows are missing (the export says so; `verify_export` names
    #: what is wrong).
    entries_written: int = 0
    leaf_hashes_written: int = 0
    #: Entries stored after the latest signed checkpoint: not exported, nothing signs them.
    unsigned_entries: int = 0


@dataclass(frozen=True)
class StoreFinding:
    """One thing wrong with the stored log. ``index`` is the entry it concerns (if one does);
    ``node`` the (level, index) of a tree node (if one does)."""

    kind: str
    message: str
    index: int | None = None
    node: tuple[int, int] | None = None


@dataclass(frozen=True)
class StoreAudit:
    """The stored log checked in full: every finding, not only the first."""

    entries: int
    #: The latest checkpoint in the database whose signature verifies (what was compared).
    checkpoint: SignedCheckpoint | None
    findings: tuple[StoreFinding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SQLTransparencyLog:
    """An RFC 9162 log with C2SP checkpoints, stored in SQL. Every method works inside the
    caller's transaction on `conn`: nothing is committed or rolled back here."""

    def __init__(
        self, origin: str, signer: NoteSigner, clock: Callable[[], datetime] = _utc_now
    ) -> None:
        if signer.name != origin:
            raise ValueError(
                f"the log signing key is named {signer.name!r}; it must be named after the log "
                f"origin {origin!r}"
            )
        self.origin = origin
        self.signer = signer
        self.verifier = signer.verifier
        self._clock = clock

    # --- reading ---------------------------------------------------------------------------------

    def size(self, conn: Connection) -> int:
        last = conn.execute(_MAX_INDEX).scalar()
        return 0 if last is None else int(last) + 1

    def _fetch_nodes(
        self, conn: Connection, addresses: Sequence[NodeAddress]
    ) -> dict[NodeAddress, bytes]:
        if not addresses:
            return {}
        params: dict[str, int] = {}
        for n, (level, index) in enumerate(addresses):
            params[f"l{n}"] = level
            params[f"i{n}"] = index
        rows = conn.execute(_nodes_query(len(addresses)), params)
        return {(int(r[0]), int(r[1])): bytes(r[2]) for r in rows}

    def _compact_range(self, conn: Connection, size: int) -> CompactRange:
        addresses = perfect_subtrees(0, size)
        nodes = self._fetch_nodes(conn, addresses)
        try:
            return CompactRange(size, [nodes[a] for a in addresses])
        except KeyError as exc:
            raise LogIntegrityError(
                f"tree node {exc.args[0]} is missing from the database"
            ) from exc

    def _cosignature_lines(self, conn: Connection, tree_size: int) -> list[str]:
        rows = conn.execute(
            select(cosignatures_table.c.signature_line)
            .where(cosignatures_table.c.tree_size == tree_size)
            .order_by(cosignatures_table.c.id)
        )
        return [str(r[0]) for r in rows]

    def _signed_from_row(self, conn: Connection, row: object) -> SignedCheckpoint:
        note = str(row.note)  # type: ignore[attr-defined]
        size = int(row.tree_size)  # type: ignore[attr-defined]
        cp = Checkpoint(self.origin, size, bytes(row.root_hash))  # type: ignore[attr-defined]
        lines = self._cosignature_lines(conn, size)
        return SignedCheckpoint(cp, note + "".join(lines))

    def checkpoint_at(self, conn: Connection, tree_size: int) -> SignedCheckpoint | None:
        row = conn.execute(
            select(checkpoints_table).where(checkpoints_table.c.tree_size == tree_size)
        ).first()
        return None if row is None else self._signed_from_row(conn, row)

    def latest_checkpoint(self, conn: Connection) -> SignedCheckpoint:
        """The newest signed checkpoint with its cosignatures (an empty log gets a size-0 one)."""
        row = conn.execute(
            select(checkpoints_table).order_by(checkpoints_table.c.tree_size.desc()).limit(1)
        ).first()
        if row is None:
            empty = CompactRange()
            return sign_checkpoint(Checkpoint(self.origin, 0, empty.root()), self.signer)
        return self._signed_from_row(conn, row)

    def entry(self, conn: Connection, index: int) -> bytes:
        """The canonical bytes of entry `index`."""
        leaf = conn.execute(
            select(entries_table.c.leaf).where(entries_table.c.idx == index)
        ).scalar()
        if leaf is None:
            raise LogStateError(f"the sharing log has no entry {index}")
        return bytes(leaf)

    def _check_size(self, conn: Connection, tree_size: int, current: int | None = None) -> None:
        current = self.size(conn) if current is None else current
        if tree_size > current:
            raise LogStateError(f"the sharing log has {current} entries, not {tree_size}")

    def inclusion_proof(
        self, conn: Connection, index: int, tree_size: int | None = None
    ) -> list[bytes]:
        """RFC 9162 inclusion proof for entry `index` in the tree of `tree_size` (default: now)."""
        current = self.size(conn)
        size = current if tree_size is None else tree_size
        self._check_size(conn, size, current)
        try:
            plan = inclusion_proof_nodes(index, size)
        except ProofError as exc:
            raise LogStateError(str(exc)) from exc
        return build_proof(plan, lambda a: self._fetch_nodes(conn, a))

    def consistency_proof(
        self, conn: Connection, old_size: int, new_size: int | None = None
    ) -> list[bytes]:
        """RFC 9162 consistency proof between two tree sizes (default new size: now)."""
        current = self.size(conn)
        size = current if new_size is None else new_size
        self._check_size(conn, size, current)
        if old_size == size and old_size >= 0:
            return []
        try:
            plan = consistency_proof_nodes(old_size, size)
        except ProofError as exc:
            raise LogStateError(str(exc)) from exc
        return build_proof(plan, lambda a: self._fetch_nodes(conn, a))

    def tlog_proof(self, conn: Connection, index: int, extra: bytes | None = None) -> str:
        """A C2SP tlog-proof for entry `index` against the latest checkpoint."""
        signed = self.latest_checkpoint(conn)
        hashes = self.inclusion_proof(conn, index, signed.size)
        return TLogProof(index, tuple(hashes), signed.note, extra).format()

    # --- checking the stored log against what it signed ------------------------------------------

    def _open_row(self, row: object) -> SignedCheckpoint:
        """A checkpoint row opened with the log's key; its columns must say what the note says."""
        signed = open_checkpoint(str(row.note), self.verifier, self.origin)  # type: ignore[attr-defined]
        if (
            int(row.tree_size) != signed.size  # type: ignore[attr-defined]
            or bytes(row.root_hash) != signed.root_hash  # type: ignore[attr-defined]
        ):
            raise CheckpointError("its size or root column differs from the signed note")
        return signed

    def check_extends(
        self, conn: Connection, verified: Checkpoint, *, full: bool = False
    ) -> SignedCheckpoint:
        """Check, cheaply, that the stored log is still what it signed and extends ``verified``
        (a checkpoint of this log checked earlier, e.g. kept outside the database).

        Reads O(log n) tree nodes plus the entries added since ``verified``: the latest
        checkpoint's signature, that exactly its entries are stored (none missing, none after
        it), that the stored tree at ``verified.size`` still has ``verified``'s root (so nothing
        below it was rewritten and the log was not rolled back), that the new entries' bytes
        give the latest signed root, and that the stored tree nodes give it too (the next append
        builds on them). With ``full``, every entry's bytes are hashed again from the first
        (O(n): for callers that read every entry anyway). Raises LogIntegrityError saying what
        is wrong; returns the latest signed checkpoint.
        """
        # Appends wait while this reads (PostgreSQL reads each statement at a new snapshot:
        # an append committing between two reads would look like an unsigned entry).
        self._lock(conn)
        row = conn.execute(
            select(checkpoints_table).order_by(checkpoints_table.c.tree_size.desc()).limit(1)
        ).first()
        if row is None:
            if verified.size:
                raise LogIntegrityError(
                    f"the database holds no signed checkpoint, but the saved checkpoint covers "
                    f"{verified.size} entries: the log was removed or rolled back"
                )
            latest = self.latest_checkpoint(conn)
        else:
            try:
                latest = self._open_row(row)
            except (CheckpointError, NoteError) as exc:
                raise LogIntegrityError(
                    f"the latest checkpoint in the database (size {int(row.tree_size)}) does not "
                    f"verify: {exc}"
                ) from exc
        n = latest.size
        count, last = conn.execute(
            select(func.count(), func.max(entries_table.c.idx)).select_from(entries_table)
        ).one()
        stored = 0 if last is None else int(last) + 1
        if int(count) != n or stored != n:
            raise LogIntegrityError(
                f"the database holds {int(count)} entries (up to index {stored - 1}) but its "
                f"latest signed checkpoint covers {n}: entries were removed or added outside "
                "the log, or the latest checkpoint was deleted"
            )
        m = verified.size
        if m > n:
            raise LogIntegrityError(
                f"the database's latest signed checkpoint covers {n} entries, but the saved "
                f"checkpoint covers {m}: the database was rolled back or its latest entries "
                "and checkpoints were deleted"
            )
        if m:
            at_m = self._compact_range(conn, m)
            if at_m.root() != verified.root_hash:
                raise LogIntegrityError(
                    f"the stored tree of the first {m} entries no longer has the root of the "
                    "saved checkpoint: entries or tree nodes were rewritten (a fork)"
                )
            row_m = self.checkpoint_at(conn, m)
            if row_m is not None and row_m.root_hash != verified.root_hash:
                raise LogIntegrityError(
                    f"the database's checkpoint of size {m} differs from the saved one: the log "
                    "was re-signed with other contents (a fork)"
                )
        else:
            at_m = CompactRange()
        start = 0 if full else m
        tree = CompactRange() if full else at_m
        for index, leaf, leaf_hash in self._iter_leaves(conn, n, start):
            computed = hash_leaf(leaf)
            if computed != leaf_hash:
                raise LogIntegrityError(
                    f"entry {index} was edited: its bytes no longer hash to its leaf hash"
                )
            tree.append(computed)
            if full and tree.size == m and tree.root() != verified.root_hash:
                raise LogIntegrityError(
                    f"the first {m} entries no longer give the root of the saved checkpoint: "
                    "entries were edited"
                )
        if tree.root() != latest.root_hash:
            raise LogIntegrityError(
                f"the entries {start} to {n - 1} do not give the root signed at size {n}: "
                "entries were edited"
            )
        if n and self._compact_range(conn, n).root() != latest.root_hash:
            raise LogIntegrityError(
                f"the stored tree nodes do not give the root signed at size {n}: a tree node "
                "was changed"
            )
        return latest

    def _iter_leaves(
        self, conn: Connection, tree_size: int, start: int = 0
    ) -> Iterator[tuple[int, bytes, bytes]]:
        pos = start
        while pos < tree_size:
            end = min(pos + _CHUNK, tree_size)
            rows = conn.execute(
                select(entries_table.c.idx, entries_table.c.leaf, entries_table.c.leaf_hash)
                .where(entries_table.c.idx >= pos, entries_table.c.idx < end)
                .order_by(entries_table.c.idx)
            )
            for r in rows:
                yield int(r.idx), bytes(r.leaf), bytes(r.leaf_hash)
            pos = end

    def audit(self, conn: Connection, trusted: SignedCheckpoint | None = None) -> StoreAudit:
        """Check the whole stored log and report every finding, not only the first: each
        checkpoint's signature and columns; each entry present, canonical, numbered as stored,
        hashing to its recorded leaf hash and leaf node; each tree node equal to the hash of its
        two children; the root the entries give at every signed size; entries after the latest
        signed checkpoint; and, given ``trusted`` (a checkpoint kept outside the database),
        that the log still extends it."""
        self._lock(conn)  # one consistent view while appends may be running (see above)
        findings: list[StoreFinding] = []
        signed_rows: list[SignedCheckpoint] = []
        for row in conn.execute(select(checkpoints_table).order_by(checkpoints_table.c.tree_size)):
            try:
                signed_rows.append(self._open_row(row))
            except (CheckpointError, NoteError, ValueError) as exc:
                findings.append(
                    StoreFinding(
                        "bad_checkpoint",
                        f"the checkpoint of size {int(row.tree_size)} does not verify: {exc}",
                    )
                )
        latest = signed_rows[-1] if signed_rows else None
        roots_wanted: dict[int, list[bytes]] = {}
        for cp in signed_rows:
            roots_wanted.setdefault(cp.size, []).append(cp.root_hash)
        if trusted is not None:
            roots_wanted.setdefault(trusted.size, []).append(trusted.root_hash)

        # Entries, streamed: present, canonical, hashing to their leaf hash.
        tree = CompactRange()
        roots_found: dict[int, bytes] = {0: tree.root()}
        expected = 0
        leaf_hashes: dict[int, bytes] = {}
        last_index = conn.execute(_MAX_INDEX).scalar()
        stored_size = 0 if last_index is None else int(last_index) + 1
        for index, leaf, leaf_hash in self._iter_leaves(conn, stored_size):
            if index != expected:
                gap = f"{expected}" if index == expected + 1 else f"{expected} to {index - 1}"
                findings.append(
                    StoreFinding("entry_deleted", f"entries {gap} are missing", index=expected)
                )
                expected = index
            computed = hash_leaf(leaf)
            if computed != leaf_hash:
                findings.append(
                    StoreFinding(
                        "entry_edited",
                        f"entry {index} was edited: its bytes no longer hash to the leaf hash "
                        "recorded when it was appended",
                        index=index,
                    )
                )
            try:
                logged = decode_entry(leaf)
                if logged.log_index != index:
                    findings.append(
                        StoreFinding(
                            "entry_moved",
                            f"entry {index} says it is entry {logged.log_index}",
                            index=index,
                        )
                    )
            except (LogError, ValueError, TypeError, KeyError) as exc:
                findings.append(
                    StoreFinding(
                        "entry_invalid", f"entry {index} cannot be read: {exc}", index=index
                    )
                )
            # The tree nodes are checked against the leaf hash recorded at append time (an
            # edit of the bytes alone is the finding above, not a corrupted node).
            leaf_hashes[index] = leaf_hash
            tree.append(computed)
            roots_found[tree.size] = tree.root()
            expected = index + 1

        # Tree nodes: each leaf node is its entry's hash, each inner node its children's hash.
        top = conn.execute(select(func.max(nodes_table.c.level))).scalar()
        below: dict[int, bytes] = leaf_hashes
        for level in range(max(stored_size.bit_length(), 0 if top is None else int(top) + 1)):
            here: dict[int, bytes] = {}
            for r in conn.execute(
                select(nodes_table.c.idx, nodes_table.c.hash)
                .where(nodes_table.c.level == level)
                .order_by(nodes_table.c.idx)
            ):
                idx, h = int(r.idx), bytes(r.hash)
                here[idx] = h
                if level == 0:
                    want = below.get(idx)
                else:
                    left, right = below.get(2 * idx), below.get(2 * idx + 1)
                    want = None if left is None or right is None else hash_children(left, right)
                under = "entry" if level == 0 else "two nodes"
                if want is None:
                    findings.append(
                        StoreFinding(
                            "node_unexpected",
                            f"tree node (level {level}, index {idx}) has no {under} under it",
                            node=(level, idx),
                        )
                    )
                elif want != h:
                    findings.append(
                        StoreFinding(
                            "node_corrupted",
                            f"tree node (level {level}, index {idx}) is corrupted: it is not "
                            f"the hash of the {under} under it",
                            index=idx << level,
                            node=(level, idx),
                        )
                    )
                if want is not None:
                    # Check the level above against what this node should be, so that one
                    # corrupted node is reported once, not again in every node above it.
                    here[idx] = want
            missing = [i for i in range(stored_size >> level) if i not in here]
            for idx in missing[:20]:
                findings.append(
                    StoreFinding(
                        "node_missing",
                        f"tree node (level {level}, index {idx}) is missing",
                        node=(level, idx),
                    )
                )
            below = here

        # Roots: the entries must give every root the log signed (and the saved one).
        for size, roots in sorted(roots_wanted.items()):
            found = roots_found.get(size)
            for root in roots:
                if found is None:
                    findings.append(
                        StoreFinding(
                            "log_truncated",
                            f"a checkpoint signed {size} entries but only {stored_size} are "
                            "stored: entries were removed (or the database rolled back)",
                            index=stored_size,
                        )
                    )
                elif found != root:
                    findings.append(
                        StoreFinding(
                            "root_mismatch",
                            f"the entries no longer give the root signed at size {size}",
                            index=size - 1 if size else None,
                        )
                    )
        if trusted is not None and latest is not None and trusted.size > latest.size:
            findings.append(
                StoreFinding(
                    "rolled_back",
                    f"the saved checkpoint covers {trusted.size} entries but the database's "
                    f"latest signed checkpoint only {latest.size}: the database was rolled back "
                    "or its latest checkpoints were deleted",
                    index=latest.size,
                )
            )
        signed_size = latest.size if latest is not None else 0
        if stored_size > signed_size:
            findings.append(
                StoreFinding(
                    "unsigned_entries",
                    f"entries {signed_size} to {stored_size - 1} are not covered by any "
                    "signed checkpoint: added outside the log, or the latest checkpoint was "
                    "deleted",
                    index=signed_size,
                )
            )
        return StoreAudit(stored_size, latest, tuple(dict.fromkeys(findings)))

    # --- writing ---------------------------------------------------------------------------------

    def _lock(self, conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY})
        # SQLite: the gateway engine begins every transaction with BEGIN IMMEDIATE, so the write
        # lock is held from the start; SQLite transactions are serialisable in any case.

    def append(self, conn: Connection, entry: LogEntry) -> AppendResult:
        """Append one entry and sign the new checkpoint, inside the caller's transaction."""
        return self.append_many(conn, [entry])[0]

    def append_many(self, conn: Connection, entries: Sequence[LogEntry]) -> list[AppendResult]:
        """Append entries in order and sign one checkpoint covering them all."""
        if not entries:
            raise ValueError("nothing to append")
        self._lock(conn)
        size = self.size(conn)
        last = conn.execute(
            select(checkpoints_table).order_by(checkpoints_table.c.tree_size.desc()).limit(1)
        ).first()
        if last is not None and int(last.tree_size) != size:
            raise LogIntegrityError(
                f"the stored log (size {size}) does not match the last signed checkpoint "
                f"(size {int(last.tree_size)}); refusing to sign anything until an auditor "
                "has run `log verify`"
            )
        tree = self._compact_range(conn, size)
        if last is not None:
            if bytes(last.root_hash) != tree.root():
                raise LogIntegrityError(
                    f"the stored log (size {size}) does not match the last signed checkpoint "
                    f"(size {int(last.tree_size)}); refusing to sign anything until an auditor "
                    "has run `log verify`"
                )
        elif size != 0:
            raise LogIntegrityError("the log has entries but no signed checkpoint")

        now = format_utc(self._clock())
        entry_rows: list[dict[str, object]] = []
        node_rows: list[dict[str, object]] = []

        def on_node(level: int, index: int, h: bytes) -> None:
            node_rows.append({"level": level, "idx": index, "hash": h})

        results: list[tuple[int, bytes, bytes]] = []
        for offset, entry in enumerate(entries):
            index = size + offset
            leaf = encode_entry(entry, index, now)
            leaf_hash = hash_leaf(leaf)
            tree.append(leaf_hash, on_node)
            entry_rows.append(
                {
                    "idx": index,
                    "leaf": leaf,
                    "leaf_hash": leaf_hash,
                    "entry_type": entry.entry_type.value,
                    "recorded_at": now,
                }
            )
            results.append((index, leaf_hash, leaf))
        conn.execute(insert(entries_table), entry_rows)
        conn.execute(insert(nodes_table), node_rows)

        new = Checkpoint(self.origin, tree.size, tree.root())
        if last is not None and int(last.tree_size) > 0:
            # Never sign a checkpoint that is not an extension of the last one we signed.
            proof = self.consistency_proof(conn, int(last.tree_size), new.size)
            try:
                verify_consistency(
                    int(last.tree_size), new.size, proof, bytes(last.root_hash), new.root_hash
                )
            except ProofError as exc:
                raise LogIntegrityError(
                    f"the new tree is not consistent with the last signed checkpoint: {exc}"
                ) from exc
        signed = sign_checkpoint(new, self.signer)
        conn.execute(
            insert(checkpoints_table).values(
                tree_size=new.size,
                origin=self.origin,
                root_hash=new.root_hash,
                note=signed.note,
                signed_at=now,
            )
        )
        return [AppendResult(i, h, leaf, signed) for i, h, leaf in results]

    def add_cosignature(
        self, conn: Connection, cosigned_note: str, cosigner: CosignatureVerifier
    ) -> SignedCheckpoint:
        """Store a witness's cosignature on one of our checkpoints (after checking it)."""
        note = parse_signed_note(cosigned_note)
        timestamp = cosigner.verify(cosigned_note)
        size_line = note.text.split("\n")[1]
        row = conn.execute(
            select(checkpoints_table).where(checkpoints_table.c.tree_size == int(size_line))
        ).first()
        if row is None or parse_signed_note(str(row.note)).text != note.text:
            raise LogStateError("the cosigned checkpoint is not one this log signed")
        line = next(
            s for s in note.signatures if s.name == cosigner.name and s.key_id == cosigner.key_id
        ).line()
        conn.execute(
            insert(cosignatures_table).values(
                tree_size=int(row.tree_size),
                cosigner=cosigner.name,
                key_id=cosigner.key_id.hex(),
                cosigned_at=timestamp,
                signature_line=line,
            )
        )
        return self._signed_from_row(conn, row)

    # --- export ----------------------------------------------------------------------------------

    def iter_entries(
        self, conn: Connection, tree_size: int, start: int = 0
    ) -> Iterator[tuple[int, bytes]]:
        """(index, canonical bytes) for entries start..tree_size-1, in order, in chunks."""
        pos = start
        while pos < tree_size:
            end = min(pos + _CHUNK, tree_size)
            rows = conn.execute(
                select(entries_table.c.idx, entries_table.c.leaf)
                .where(entries_table.c.idx >= pos, entries_table.c.idx < end)
                .order_by(entries_table.c.idx)
            )
            for r in rows:
                yield int(r.idx), bytes(r.leaf)
            pos = end

    def _iter_leaf_hashes(self, conn: Connection, tree_size: int) -> Iterator[bytes]:
        pos = 0
        while pos < tree_size:
            end = min(pos + _CHUNK, tree_size)
            rows = conn.execute(
                select(nodes_table.c.hash)
                .where(nodes_table.c.level == 0, nodes_table.c.idx >= pos, nodes_table.c.idx < end)
                .order_by(nodes_table.c.idx)
            )
            for r in rows:
                yield bytes(r.hash)
            pos = end

    def export(self, conn: Connection, directory: Path | str) -> ExportSummary:
        """Write what an auditor needs to verify the log offline (see `sharing_log.verify`).

        - checkpoint:       the latest signed checkpoint, with any cosignatures
        - verifier-key.txt: the log's public key in C2SP vkey form
        - entries.jsonl:    line i = the canonical bytes of entry i (RFC 8785 JSON, so each line
                            is also the decoded entry)
        - leaf-hashes.bin:  the 32-byte leaf hash recorded for each entry at append time, in order
        - export.json:      what the files are
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        signed = self.latest_checkpoint(conn)
        size = signed.size
        count = 0
        with (out / EXPORT_ENTRIES).open("wb") as fh:
            # Written as stored, gaps and all: `verify_export` says what is wrong, not us.
            for _index, leaf in self.iter_entries(conn, size):
                fh.write(leaf + b"\n")
                count += 1
        hashes = 0
        with (out / EXPORT_LEAF_HASHES).open("wb") as fh:
            for h in self._iter_leaf_hashes(conn, size):
                fh.write(h)
                hashes += 1
        (out / EXPORT_CHECKPOINT).write_text(signed.note, encoding="utf-8")
        (out / EXPORT_VERIFIER_KEY).write_text(self.verifier.key_text() + "\n", encoding="utf-8")
        manifest = {
            "format": EXPORT_FORMAT,
            "origin": self.origin,
            "tree_size": size,
            "root_hash": signed.root_hash.hex(),
            "files": {
                "checkpoint": EXPORT_CHECKPOINT,
                "verifier_key": EXPORT_VERIFIER_KEY,
                "entries": EXPORT_ENTRIES,
                "leaf_hashes": EXPORT_LEAF_HASHES,
            },
            "entry_encoding": "RFC 8785 JSON, one entry per line; leaf hash = "
            "SHA-256(0x00 || line without its newline)",
        }
        (out / EXPORT_MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        unsigned = max(self.size(conn) - size, 0)
        return ExportSummary(out, size, signed.root_hash, count, hashes, unsigned)


__all__ = [
    "AppendResult",
    "ExportSummary",
    "LogIntegrityError",
    "LogStateError",
    "SQLTransparencyLog",
    "StoreAudit",
    "StoreFinding",
    "append_only_ddl",
    "checkpoints_table",
    "cosignatures_table",
    "drop_append_only_ddl",
    "entries_table",
    "metadata",
    "nodes_table",
]
