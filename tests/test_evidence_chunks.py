"""Evidence files are stored in sealed chunks of 1 MiB, written while the intake reads them: no
chunk holds the file in clear; a chunk moved to another position or another file, a file cut
short or a changed SHA-256 is refused when read; a refused file leaves no chunk; a file stored
before the chunks is moved into one by the migration and still reads; disposal leaves none."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import Engine

from gateway.auth.identity import LocalUser
from gateway.cases import evidence_store, intake, use_cases
from gateway.cases.models import EvidenceChunk, EvidenceItem
from gateway.cases.service import add_evidence
from gateway.encryption.keystore import case_data_key
from gateway.encryption.sealed import MAGIC, SealedValueInvalid, aad, seal
from gateway.errors import InvalidInput
from gateway.migrate import alembic_config
from tests import evidence_files as files
from tests.retention_support import database_bytes, dispose, immediate_schedule, nfa_case
from tests.support import World, build_world

RULES = intake.IntakeRules(frozenset(intake.DEFAULT_TYPES), 25 * intake.MB, 250 * intake.MB)
CHUNK = intake.CHUNK_BYTES


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def text_file(marker: str, size: int) -> bytes:
    line = f"Notes of the meeting, {marker}.\n".encode()
    return (line * (size // len(line) + 1))[:size]


def add(world: World, content: Any, description: str = "Notes") -> int:
    item = world.run(
        "lead",
        lambda s, a: add_evidence(
            s,
            a,
            world.case_ref,
            description=description,
            provenance="Kept by the tutor, 3 December 2026",
            content=content,
            rules=RULES,
        ),
    )
    return int(item.id)


def chunks_of(engine: Engine, evidence_id: int) -> list[tuple[int, bytes]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(EvidenceChunk.position, EvidenceChunk.data)
            .where(EvidenceChunk.evidence_id == evidence_id)
            .order_by(EvidenceChunk.position)
        ).all()
    return [(int(p), bytes(d)) for p, d in rows]


def read_back(world: World, evidence_id: int) -> bytes | None:
    with world.sessions() as session:
        item = session.get(EvidenceItem, evidence_id)
        assert item is not None
        return evidence_store.read_file(session, item)


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_a_file_is_stored_in_sealed_chunks_and_reads_back(world: World) -> None:
    marker = f"MARKER-{uuid.uuid4().hex}"
    content = text_file(marker, 2 * CHUNK + 12345)
    ident = add(world, content)
    stored = chunks_of(world.engine, ident)
    assert [p for p, _ in stored] == [0, 1, 2]
    overhead = evidence_store.SEAL_OVERHEAD
    assert [len(d) - overhead for _, d in stored] == [CHUNK, CHUNK, 12345]
    for _, data in stored:
        assert data.startswith(MAGIC)
        assert marker.encode() not in data and b"Notes of the meeting" not in data
    if world.engine.dialect.name == "sqlite":
        assert marker.encode() not in database_bytes(world.engine)
    assert read_back(world, ident) == content
    with world.sessions() as session:
        item = session.get(EvidenceItem, ident)
        assert item is not None and item.sha256 == hashlib.sha256(content).hexdigest()
        # The seekable stream the structure checks read through gives the same bytes.
        with evidence_store.open_file(session, item) as stream:
            stream.seek(CHUNK - 5)
            assert stream.read(10) == content[CHUNK - 5 : CHUNK + 5]
            stream.seek(-7, io.SEEK_END)
            assert stream.read() == content[-7:]
        assert evidence_store.case_bytes(session, item.case_id) == len(content)


class Trickle:
    """A stream of unknown length that gives less than it is asked for (as a socket does)."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.at, self.step = data, 0, step

    def read(self, size: int = -1) -> bytes:
        size = self.step if size < 0 else min(size, self.step)
        piece = self.data[self.at : self.at + size]
        self.at += len(piece)
        return piece


def test_a_trickling_stream_and_base64_are_stored_in_whole_chunks(world: World) -> None:
    content = text_file("trickle", 2 * CHUNK + 5)
    ident = add(world, Trickle(content, 300_001))
    sizes = [len(d) - evidence_store.SEAL_OVERHEAD for _, d in chunks_of(world.engine, ident)]
    assert sizes == [CHUNK, CHUNK, 5]
    assert read_back(world, ident) == content
    view = world.ctx.work().run(
        LocalUser("lead"),
        use_cases.add_evidence_base64,
        world.case_ref,
        description="Notes",
        provenance="Tutor",
        content_base64=base64.b64encode(content).decode(),
    )
    assert view.sha256 == hashlib.sha256(content).hexdigest()
    sizes = [len(d) - evidence_store.SEAL_OVERHEAD for _, d in chunks_of(world.engine, view.id)]
    assert sizes == [CHUNK, CHUNK, 5]
    assert read_back(world, int(view.id)) == content


def test_bad_base64_is_refused_and_leaves_nothing(world: World) -> None:
    good = "QUJD" * (CHUNK // 3 + 10)  # "ABC" again and again: more than a chunk
    for bad in (good[:-1], good[:100] + "==" + good[102:], good + "!", good[:-4] + "QQ=="[:3]):
        with pytest.raises(InvalidInput, match="not base64"):
            world.ctx.work().run(
                LocalUser("lead"),
                use_cases.add_evidence_base64,
                world.case_ref,
                description="Notes",
                provenance="Tutor",
                content_base64=bad,
            )
    assert count(world.engine, "evidence_chunks") == 0
    assert count(world.engine, "evidence_items") == 0


def _swap_positions(engine: Engine, evidence_id: int, a: int, b: int) -> None:
    with engine.begin() as conn:
        for old, new in ((a, -1), (b, a), (-1, b)):
            conn.execute(
                text(
                    "UPDATE evidence_chunks SET position = :new "
                    "WHERE evidence_id = :e AND position = :old"
                ),
                {"new": new, "old": old, "e": evidence_id},
            )


def test_a_reordered_chunk_is_refused(world: World) -> None:
    ident = add(world, text_file("order", 3 * CHUNK))
    _swap_positions(world.engine, ident, 0, 1)
    with pytest.raises(SealedValueInvalid, match="failed authentication"):
        read_back(world, ident)


def test_a_chunk_from_another_file_is_refused(world: World) -> None:
    one = add(world, text_file("one", 2 * CHUNK))
    two = add(world, text_file("two", 2 * CHUNK))
    assert read_back(world, one) == text_file("one", 2 * CHUNK)
    with world.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE evidence_chunks SET data = (SELECT data FROM evidence_chunks "
                "WHERE evidence_id = :two AND position = 0) "
                "WHERE evidence_id = :one AND position = 0"
            ),
            {"one": one, "two": two},
        )
    with pytest.raises(SealedValueInvalid, match="failed authentication"):
        read_back(world, one)
    assert read_back(world, two) == text_file("two", 2 * CHUNK)


def test_a_file_cut_short_or_with_a_gap_is_refused(world: World) -> None:
    cut = add(world, text_file("cut", 3 * CHUNK))
    gap = add(world, text_file("gap", 3 * CHUNK))
    with world.engine.begin() as conn:
        conn.execute(
            text("DELETE FROM evidence_chunks WHERE evidence_id = :e AND position = 2"),
            {"e": cut},
        )
        conn.execute(
            text("DELETE FROM evidence_chunks WHERE evidence_id = :e AND position = 1"),
            {"e": gap},
        )
    # The chunk now last was sealed as one with more to come.
    with pytest.raises(SealedValueInvalid, match="failed authentication"):
        read_back(world, cut)
    with pytest.raises(SealedValueInvalid, match="not numbered one after another"):
        read_back(world, gap)


def test_a_changed_fingerprint_is_refused(world: World) -> None:
    ident = add(world, text_file("sha", CHUNK + 1))
    with world.engine.begin() as conn:
        conn.execute(
            text("UPDATE evidence_items SET sha256 = :s WHERE id = :e"),
            {"s": hashlib.sha256(b"another file").hexdigest(), "e": ident},
        )
    with pytest.raises(SealedValueInvalid, match="SHA-256"):
        read_back(world, ident)


def _padded_pdf(pdf_bytes: bytes, size: int) -> bytes:
    """``pdf_bytes`` with an uncompressed stream of ``size`` random bytes added: its objects
    start in the file's first chunk and its cross-reference table is in its last, so a check
    reads the stored file back across chunks."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    pdf.Root.Filler = pdf.make_stream(os.urandom(size))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "found"),
    [
        (
            lambda: _padded_pdf(files.pdf_with("javascript"), int(2.5 * CHUNK)),
            "The PDF contains JavaScript",
        ),
        (lambda: text_file("late", 2 * CHUNK) + b"\xff\n", "not UTF-8 (an invalid byte on line"),
    ],
)
def test_a_file_refused_after_its_chunks_were_written_leaves_nothing(
    world: World, make: Any, found: str
) -> None:
    content = make()
    assert len(content) > 2 * CHUNK
    with pytest.raises(intake.EvidenceRefused, match="nothing was saved") as refused:
        add(world, content)
    assert found in refused.value.message
    assert count(world.engine, "evidence_chunks") == 0
    assert count(world.engine, "evidence_items") == 0


def test_a_large_pdf_and_a_word_document_pass_the_checks_read_back_from_chunks(
    world: World,
) -> None:
    ident = add(world, _padded_pdf(files.text_pdf([["Chat export"]]), int(1.5 * CHUNK)))
    assert len(chunks_of(world.engine, ident)) == 2
    document = files.docx(["Seminar chat"], header="Week 6", comment="Checked")
    ident = add(world, document)
    with world.sessions() as session:
        item = session.get(EvidenceItem, ident)
        assert item is not None
        assert evidence_store.file_kind(session, item) == "docx"


def test_the_migration_moves_an_existing_file_into_a_chunk(world: World) -> None:
    """A file sealed in evidence_items.content before the chunks: the upgrade moves it, sealed
    as it was, into one chunk, drops the column, and the file reads as before."""
    content = text_file("legacy", 3000)
    engine = world.engine
    command.downgrade(alembic_config(engine), "0016")
    row_uid = uuid.uuid4().hex
    with world.sessions() as session:
        case_id = session.execute(
            text("SELECT id FROM cases WHERE reference = :r"), {"r": world.case_ref}
        ).scalar_one()
        uid, key = case_data_key(session, int(case_id))
        lead = session.execute(text("SELECT id FROM users WHERE username = 'lead'")).scalar_one()
        sealed = seal(key, uid, aad("evidence_items", "content", row_uid), content)
        session.execute(
            text(
                "INSERT INTO evidence_items (row_uid, case_id, description, provenance, sha256, "
                "content, added_by_id, added_at) VALUES (:row_uid, :case_id, :d, :p, :sha, :c, "
                ":by, :at)"
            ),
            {
                "row_uid": row_uid,
                "case_id": case_id,
                "d": seal(key, uid, aad("evidence_items", "description", row_uid), b"Old file"),
                "p": seal(key, uid, aad("evidence_items", "provenance", row_uid), b"Tutor"),
                "sha": hashlib.sha256(content).hexdigest(),
                "c": sealed,
                "by": lead,
                "at": "2026-12-01 10:00:00+00:00",
            },
        )
        session.commit()
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("evidence_items")}
        row = conn.execute(
            text(
                "SELECT c.evidence_id, c.position, c.sealed_as, c.data FROM evidence_chunks c "
                "JOIN evidence_items e ON e.id = c.evidence_id WHERE e.row_uid = :u"
            ),
            {"u": row_uid},
        ).one()
    assert "content" not in columns
    assert (row.position, row.sealed_as, bytes(row.data)) == (0, "whole", bytes(sealed))
    assert read_back(world, int(row.evidence_id)) == content
    with world.sessions() as session:
        item = session.get(EvidenceItem, int(row.evidence_id))
        assert item is not None and item.description == "Old file"
    # A file in chunks cannot be taken back to the older version: the downgrade refuses.
    add(world, text_file("new", 10))
    with pytest.raises(RuntimeError, match="stored in chunks"):
        command.downgrade(alembic_config(engine), "0016")


def test_disposal_leaves_no_chunk(world: World) -> None:
    ref, marker = nfa_case(world)
    nfa_case(world, close=False)  # an open case: kept
    with world.engine.connect() as conn:
        sealed = bytes(
            conn.execute(
                text(
                    "SELECT c.data FROM evidence_chunks c "
                    "JOIN evidence_items e ON e.id = c.evidence_id "
                    "JOIN cases ON cases.id = e.case_id WHERE cases.reference = :r"
                ),
                {"r": ref},
            ).first()[0]  # type: ignore[index]
        )
    assert count(world.engine, "evidence_chunks") == 4  # two cases, a file of two chunks each
    dispose(world, immediate_schedule())
    assert count(world.engine, "evidence_chunks") == 2  # the open case's file stays
    with world.sessions() as session:
        remaining = session.scalars(select(EvidenceItem)).all()
        assert len(remaining) == 1
        assert evidence_store.read_file(session, remaining[0]) is not None
        assert session.scalar(select(func.count(EvidenceChunk.id))) == 2
    if world.engine.dialect.name == "sqlite":
        on_disk = database_bytes(world.engine)
        assert sealed[40:104] not in on_disk  # its ciphertext is gone from the file
        assert marker.encode() not in on_disk


# --- an upload far over the limit is refused before its body is read -------------------------


def test_an_upload_far_over_the_limit_is_refused_before_it_is_read(
    database_url: str, tmp_path: Path
) -> None:
    import json

    from tests.test_api_flow import LEAD, P, referral_case
    from tests.test_evidence_intake import signed_in
    from tests.test_web_world import csrf_of, make_world

    w = make_world(database_url, tmp_path)
    try:
        w.ctx.settings = w.ctx.settings.model_copy(update={"evidence_max_file_mb": 1})
        case_ref = referral_case(w)
        found = "more than 1 MB, over the limit of 1 MB for one evidence file"
        body = json.dumps(
            {
                "description": "Recording",
                "provenance": "Tutor",
                "content_base64": base64.b64encode(b"a" * 3 * intake.MB).decode(),
            }
        ).encode()
        api = w.client()
        reply = api.post(
            f"{P}/cases/{case_ref}/evidence",
            headers={**w.headers(LEAD), "content-type": "application/json"},
            content=body,
        )
        assert reply.status_code == 422 and found in reply.json()["detail"]
        assert reply.headers["connection"] == "close"

        def pieces() -> Any:  # no Content-Length: the body comes in chunks
            for start in range(0, len(body), 64 * 1024):
                yield body[start : start + 64 * 1024]

        reply = api.post(
            f"{P}/cases/{case_ref}/evidence",
            headers={**w.headers(LEAD), "content-type": "application/json"},
            content=pieces(),
        )
        assert reply.status_code == 422 and found in reply.json()["detail"]
        # A body just over the file's size in base64 is still checked by the intake itself.
        reply = api.post(
            f"{P}/cases/{case_ref}/evidence",
            headers=w.headers(LEAD),
            json={
                "description": "Recording",
                "provenance": "Tutor",
                "content_base64": base64.b64encode(b"a" * (intake.MB + 1)).decode(),
            },
        )
        assert reply.status_code == 422
        assert "The file is 1.0 MB, over the limit of 1 MB" in reply.json()["detail"]

        browser = signed_in(w)
        page = browser.get(f"/cases/{case_ref}")
        reply = browser.post(
            f"/cases/{case_ref}/evidence",
            data={"csrf_token": csrf_of(page.text), "description": "x", "provenance": "y"},
            files={"file": ("big.txt", b"a" * 2 * intake.MB, "text/plain")},
        )
        assert reply.status_code == 422 and found in reply.text
        assert count(w.ctx.engine, "evidence_chunks") == 0
        assert count(w.ctx.engine, "evidence_items") == 0
    finally:
        w.ctx.close()
