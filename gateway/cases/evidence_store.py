"""Evidence files stored in sealed chunks: written while the file is read, read back a chunk at
a time.

A file is kept in ``evidence_chunks`` as pieces of :data:`~gateway.cases.intake.CHUNK_BYTES`
(the last shorter), each sealed on its own under the case's data key. The AAD of a chunk is
``prevent-gateway/v1|evidence_chunks|data|<row_uid>|<position>|<last or more>``: it binds the
evidence item the chunk belongs to, where it stands in the file and whether the file ends with
it, so a chunk moved to another file or another position, or a file with its last chunks
removed, fails authentication instead of being read. Reading a whole file also checks its
SHA-256 against the one recorded when it was added.

A file stored before the chunks (migration 0017) is one chunk ``sealed_as = 'whole'``, opened
with the AAD of the column it was sealed in (``evidence_items.content``).

Nothing here checks permissions or records access: the use cases that call it do.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from gateway.cases.models import EvidenceChunk, EvidenceItem
from gateway.encryption.keystore import case_data_key, data_key
from gateway.encryption.sealed import (
    HEADER_BYTES,
    TAG_BYTES,
    SealedValue,
    SealedValueInvalid,
    aad,
    open_sealed,
    seal,
)

#: What sealing adds to each chunk: the header (magic, key uid, nonce) and the GCM tag.
SEAL_OVERHEAD = HEADER_BYTES + TAG_BYTES
CHUNK = "chunk"
WHOLE = "whole"


def chunk_aad(row_uid: str, position: int, *, last: bool) -> bytes:
    """The AAD of chunk ``position`` of the evidence item ``row_uid``."""
    return aad("evidence_chunks", "data", f"{row_uid}|{position}|{'last' if last else 'more'}")


def _tampered(what: str) -> SealedValueInvalid:
    return SealedValueInvalid(
        f"An evidence file's stored chunks {what}: it was altered, or parts of it were moved "
        "from another file.",
        hint="Restore the record from a backup and report it as a security incident.",
    )


class ChunkWriter:
    """Seals and stores one evidence item's chunks as they come. One chunk is held back, so
    that the last can be sealed as the last when :meth:`close` is called."""

    def __init__(self, session: Session, item: EvidenceItem) -> None:
        assert item.id is not None and item.row_uid, "the evidence row is flushed first"
        self.session = session
        self.item_id = item.id
        self.row_uid = item.row_uid
        self.key_uid, self.key = case_data_key(session, item.case_id)
        self.position = 0
        self.held: bytes | None = None

    def __call__(self, chunk: bytes) -> None:
        if self.held is not None:
            self._write(self.held, last=False)
        self.held = chunk

    def close(self) -> None:
        if self.held is not None:
            self._write(self.held, last=True)
            self.held = None

    def _write(self, plaintext: bytes, *, last: bool) -> None:
        sealed = seal(
            self.key, self.key_uid, chunk_aad(self.row_uid, self.position, last=last), plaintext
        )
        # A Core insert: the ORM would keep every chunk in the session until the commit.
        self.session.execute(
            insert(EvidenceChunk).values(
                evidence_id=self.item_id, position=self.position, sealed_as=CHUNK, data=sealed
            )
        )
        self.position += 1


@dataclass(frozen=True)
class _Chunk:
    position: int
    sealed_as: str
    size: int  # of the plaintext


class _Layout:
    """Where each chunk of one item stands, read from the lengths of the stored ciphertexts
    (nothing is decrypted to learn it)."""

    def __init__(self, session: Session, item: EvidenceItem) -> None:
        rows = session.execute(
            select(EvidenceChunk.position, EvidenceChunk.sealed_as, func.length(EvidenceChunk.data))
            .where(EvidenceChunk.evidence_id == item.id)
            .order_by(EvidenceChunk.position)
        ).all()
        self.chunks = [_Chunk(int(p), str(s), int(n) - SEAL_OVERHEAD) for p, s, n in rows]
        if [c.position for c in self.chunks] != list(range(len(self.chunks))):
            raise _tampered("are not numbered one after another")
        if any(c.sealed_as == WHOLE for c in self.chunks) and len(self.chunks) != 1:
            raise _tampered("mix a whole file with chunks")
        self.offsets: list[int] = []
        total = 0
        for chunk in self.chunks:
            self.offsets.append(total)
            total += chunk.size
        self.size = total


def _open_chunk(session: Session, item: EvidenceItem, layout: _Layout, position: int) -> bytes:
    data = session.scalar(
        select(EvidenceChunk.data).where(
            EvidenceChunk.evidence_id == item.id, EvidenceChunk.position == position
        )
    )
    if data is None:
        raise _tampered("are missing a chunk")
    value = SealedValue(data)
    key: AESGCM = data_key(session, value.key_uid)
    if layout.chunks[position].sealed_as == WHOLE:
        associated = aad("evidence_items", "content", item.row_uid)
    else:
        last = position == len(layout.chunks) - 1
        associated = chunk_aad(item.row_uid, position, last=last)
    return open_sealed(key, value, associated)


def has_file(session: Session, item: EvidenceItem) -> bool:
    """Whether the item holds a file (items recorded with a description alone hold none)."""
    found = session.scalar(
        select(EvidenceChunk.id).where(EvidenceChunk.evidence_id == item.id).limit(1)
    )
    return found is not None


def iter_chunks(session: Session, item: EvidenceItem) -> Iterator[bytes]:
    """The file's bytes a chunk at a time, in order; at the end, its SHA-256 is checked
    against the one recorded when it was added."""
    layout = _Layout(session, item)
    digest = hashlib.sha256()
    for position in range(len(layout.chunks)):
        chunk = _open_chunk(session, item, layout, position)
        digest.update(chunk)
        yield chunk
    if layout.chunks and digest.hexdigest() != item.sha256:
        raise _tampered("do not make the file whose SHA-256 was recorded")


def read_file(session: Session, item: EvidenceItem) -> bytes | None:
    """The whole file, for the work that needs it whole (redaction, a page's rendering): one
    copy of the file, built a chunk at a time. None when the item holds no file."""
    out = io.BytesIO()
    for chunk in iter_chunks(session, item):
        out.write(chunk)
    # getvalue hands over the buffer itself when nothing else refers to it: no second copy.
    data = out.getvalue()
    return data or None


class EvidenceReader(io.RawIOBase):
    """A seekable, read-only stream over one stored file, decrypting one chunk at a time (the
    checks of a PDF's or Word document's structure read the file through it)."""

    def __init__(self, session: Session, item: EvidenceItem) -> None:
        super().__init__()
        self.session = session
        self.item = item
        self.layout = _Layout(session, item)
        self.position = 0
        self.cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.layout.size}
        target = base[whence] + offset
        if target < 0:
            raise ValueError("negative seek position")
        self.position = target
        return target

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self.position >= self.layout.size:
            return 0
        index = self._chunk_at(self.position)
        chunk = self._chunk(index)
        start = self.position - self.layout.offsets[index]
        count = min(len(buffer), len(chunk) - start)
        view = memoryview(buffer).cast("B")
        view[:count] = chunk[start : start + count]
        self.position += count
        return count

    def _chunk_at(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self.layout.offsets, offset) - 1

    def _chunk(self, index: int) -> bytes:
        if self.cached is None or self.cached[0] != index:
            self.cached = (index, _open_chunk(self.session, self.item, self.layout, index))
        return self.cached[1]


def open_file(session: Session, item: EvidenceItem) -> io.BufferedReader:
    """A buffered, seekable stream of the stored file."""
    return io.BufferedReader(EvidenceReader(session, item), buffer_size=64 * 1024)


def file_kind(session: Session, item: EvidenceItem) -> str | None:
    """``png``, ``jpeg``, ``pdf`` or ``docx`` (the kinds the redaction reads) from the stored
    file's first bytes and, for a ZIP, its list of parts; None for any other file or none."""
    from redaction.files import detect_kind

    if not has_file(session, item):
        return None
    with open_file(session, item) as stream:
        head = stream.read(1024)
        if not head.startswith(b"PK\x03\x04"):
            return detect_kind(head)
        stream.seek(0)
        try:
            names = zipfile.ZipFile(stream).namelist()
        except zipfile.BadZipFile:
            return None
    return "docx" if "word/document.xml" in names else None


def case_bytes(session: Session, case_id: int) -> int:
    """The size of the evidence files a case holds, from the stored ciphertexts' lengths (the
    files are not decrypted to count them)."""
    count, total = session.execute(
        select(
            func.count(EvidenceChunk.id),
            func.coalesce(func.sum(func.length(EvidenceChunk.data)), 0),
        )
        .join(EvidenceItem, EvidenceChunk.evidence_id == EvidenceItem.id)
        .where(EvidenceItem.case_id == case_id)
    ).one()
    return max(0, int(total) - int(count) * SEAL_OVERHEAD)
