"""What an evidence file is, read from its content, and whether the gateway takes it.

Every door (command line, API, web form) hands the file to the same use case, which passes it
through :func:`receive` and then :func:`inspect_received`, so each gives the same answer. The
type comes from the bytes, never from the file's name: a ``.pdf`` that is really a program is
refused as a program.

:func:`receive` reads the file a chunk (1 MiB) at a time: each chunk is counted against the
limits, hashed, checked as UTF-8 text and handed on (the evidence store seals and stores it)
before the next is read, so the file is never held whole. The checks of a file's structure (a
PDF's objects, a Word document's parts) then read it back through a seekable stream over what
was stored. A file refused at any point leaves nothing: the use case's transaction rolls back.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO

from gateway.errors import InvalidInput

#: The types an installation may accept, by the name used in the setting.
KNOWN_TYPES: dict[str, str] = {
    "png": "PNG image",
    "jpeg": "JPEG image",
    "pdf": "PDF document",
    "docx": "Word document (.docx)",
    "text": "plain text (UTF-8)",
}
DEFAULT_TYPES: tuple[str, ...] = ("png", "jpeg", "pdf", "docx", "text")

CHUNK_BYTES = 1024 * 1024
MB = 1024 * 1024
#: What is kept of a file's start to name its type (filetype reads no more than this).
HEAD_BYTES = 8192

_ARCHIVES = {
    "zip": "a ZIP archive",
    "tar": "a tar archive",
    "rar": "a RAR archive",
    "gz": "a gzip archive",
    "bz2": "a bzip2 archive",
    "7z": "a 7-Zip archive",
    "xz": "an xz archive",
    "cab": "a Windows cabinet archive",
    "Z": "a compressed (.Z) archive",
    "lzo": "an lzop archive",
    "lz": "an lzip archive",
    "lz4": "an LZ4 archive",
    "zst": "a Zstandard archive",
    "br": "a Brotli archive",
    "ar": "an ar archive",
    "deb": "a Debian package (an archive)",
    "rpm": "an RPM package (an archive)",
    "crx": "a browser extension (an archive)",
}
_PROGRAMS = {
    "exe": "a Windows program (.exe or .dll)",
    "elf": "a program (ELF executable)",
    "wasm": "a WebAssembly program",
    "swf": "a Flash program",
}
#: Program headers filetype does not know.
_PROGRAM_MAGIC = {
    b"\xfe\xed\xfa\xce": "a macOS program (Mach-O)",
    b"\xfe\xed\xfa\xcf": "a macOS program (Mach-O)",
    b"\xce\xfa\xed\xfe": "a macOS program (Mach-O)",
    b"\xcf\xfa\xed\xfe": "a macOS program (Mach-O)",
    b"#!": "a script (it starts with #!)",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_ACCEPTED_HINT = "Accepted types: {types}."


class EvidenceRefused(InvalidInput):
    """An evidence file the gateway will not take: the message names what was found."""

    code = "evidence-refused"


@dataclass(frozen=True)
class IntakeRules:
    """The installation's rules for evidence files (from the settings)."""

    allowed_types: frozenset[str]
    max_file_bytes: int
    max_case_bytes: int

    def accepted(self) -> str:
        return ", ".join(KNOWN_TYPES[t] for t in DEFAULT_TYPES if t in self.allowed_types)


@dataclass(frozen=True)
class Inspected:
    """A file that passed every check: its type's setting name and its words."""

    kind: str
    label: str


def megabytes(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size % MB else f"{size // MB:,} MB"


def too_large(size_text: str, rules: IntakeRules) -> EvidenceRefused:
    return EvidenceRefused(
        f"The file is {size_text}, over the limit of {megabytes(rules.max_file_bytes)} for one "
        "evidence file; nothing was saved.",
        hint="Send a smaller file (a screenshot of the relevant part, or the relevant pages), "
        "or ask the administrator to raise PREVENT_GATEWAY_EVIDENCE_MAX_FILE_MB.",
    )


def _size_of(source: BinaryIO) -> int | None:
    """What is left to read of a seekable file; None for a stream of unknown length.

    By seeking, not by ``fileno()``: asking a form's in-memory upload (a
    ``SpooledTemporaryFile``) for its file number writes it to a temporary file on disk."""
    try:
        if not source.seekable():
            return None
        here = source.tell()
        end = source.seek(0, io.SEEK_END)
        source.seek(here)
        return end - here
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


def check_case_total(already: int, adding: int, rules: IntakeRules) -> None:
    """Refuse a file that would take the case's evidence over its total limit."""
    if already + adding > rules.max_case_bytes:
        raise EvidenceRefused(
            f"This file ({megabytes(adding)}) would take the case's evidence to "
            f"{megabytes(already + adding)}, over the limit of {megabytes(rules.max_case_bytes)} "
            "for one case; nothing was saved.",
            hint="Keep only the evidence the case needs, or ask the administrator to raise "
            "PREVENT_GATEWAY_EVIDENCE_MAX_CASE_MB.",
        )


@dataclass(frozen=True)
class Received:
    """What :func:`receive` learnt of a file while it went past: its size, its SHA-256, its
    first bytes, and why it is not text (None when it is UTF-8 text without control bytes)."""

    size: int
    sha256: str
    head: bytes
    not_text: EvidenceRefused | None


class _TextCheck:
    """UTF-8 checked a chunk at a time; the first problem is kept (it matters only if the
    file turns out to be text)."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.offset = 0
        self.lines = 1
        self.invalid: EvidenceRefused | None = None
        self.control = False

    @property
    def problem(self) -> EvidenceRefused | None:
        return self.invalid or (_binary() if self.control else None)

    def feed(self, chunk: bytes, *, final: bool = False) -> None:
        if self.invalid is not None:
            return
        if self.offset == 0 and chunk:
            # Control bytes a text file would not have, looked for in its first chunk.
            self.control = bool(set(chunk[:CHUNK_BYTES]) & _CONTROL_BYTES)
        held = len(self.decoder.getstate()[0])  # a character split across chunks
        try:
            self.decoder.decode(chunk, final=final)
        except UnicodeDecodeError as exc:
            inside = max(0, exc.start - held)
            position = self.offset - held + exc.start
            self.invalid = _not_utf8(self.lines + chunk.count(b"\n", 0, inside), position)
            return
        self.offset += len(chunk)
        self.lines += chunk.count(b"\n")


_CONTROL_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19}


def _binary() -> EvidenceRefused:
    return EvidenceRefused(
        "The file is of a type the gateway does not recognise (binary data, not text); "
        "nothing was saved.",
        hint="Save the evidence as PDF, as a PNG or JPEG image, as a Word document (.docx) "
        "or as UTF-8 text.",
    )


def _not_utf8(line: int, position: int) -> EvidenceRefused:
    return EvidenceRefused(
        f"The file is not text the gateway can read: it is not UTF-8 (an invalid byte on "
        f"line {line:,}, at byte {position:,}); nothing was saved.",
        hint="Open it in a text editor and save it as UTF-8, or, if it is not text, save it "
        "as PDF or as an image.",
    )


def receive(
    source: BinaryIO | bytes,
    rules: IntakeRules,
    store: Callable[[bytes], None] | None = None,
    *,
    case_bytes: int = 0,
) -> Received:
    """Read ``source`` a chunk at a time, each checked against the limits (``case_bytes``: what
    the case holds already), hashed, checked as text and handed to ``store``, in chunks of
    exactly :data:`CHUNK_BYTES` but the last. A file whose size the file system gives is
    refused over the limits before any of it is read."""
    if isinstance(source, bytes | bytearray | memoryview):
        known: int | None = len(source)
        source = io.BytesIO(source)  # shares bytes: no copy
    else:
        known = _size_of(source)
    if known is not None:
        if known > rules.max_file_bytes:
            raise too_large(megabytes(known), rules)
        check_case_total(case_bytes, known, rules)
    digest = hashlib.sha256()
    text = _TextCheck()
    head = b""
    size = 0

    def take(chunk: bytes) -> None:
        nonlocal head
        if len(head) < HEAD_BYTES:
            head += chunk[: HEAD_BYTES - len(head)]
        digest.update(chunk)
        text.feed(chunk)
        if store is not None:
            store(chunk)

    partial = bytearray()
    while True:
        # Never more than a chunk asked for, so about a chunk at most held here.
        piece = source.read(CHUNK_BYTES - len(partial))
        if not piece:
            break
        size += len(piece)
        if size > rules.max_file_bytes:
            raise too_large(f"more than {megabytes(rules.max_file_bytes)}", rules)
        if not partial and len(piece) == CHUNK_BYTES:
            take(piece)
            continue
        partial += piece
        while len(partial) >= CHUNK_BYTES:  # a stream may give more than it was asked for
            take(bytes(partial[:CHUNK_BYTES]))
            del partial[:CHUNK_BYTES]
    if partial:
        take(bytes(partial))
    text.feed(b"", final=True)
    if known is None:
        check_case_total(case_bytes, size, rules)
    return Received(size, digest.hexdigest(), head, text.problem)


def inspect(content: bytes, rules: IntakeRules) -> Inspected:
    """What the file is, from its content; refused with the reason if the gateway won't take it."""
    received = receive(content, rules)
    return inspect_received(received, lambda: io.BytesIO(content), rules)


def inspect_received(
    received: Received, reopen: Callable[[], BinaryIO], rules: IntakeRules
) -> Inspected:
    """What a received file is; refused with the reason if the gateway won't take it.
    ``reopen`` gives a seekable stream of the whole file, for the checks of its structure."""
    import filetype

    head = received.head
    if not received.size:
        raise EvidenceRefused(
            "The file is empty; nothing was saved.", hint="Choose the file that holds the evidence."
        )
    for magic, what in _PROGRAM_MAGIC.items():
        if head.startswith(magic):
            raise _refused(f"The file is {what}", rules)
    if head.startswith(_OLE_MAGIC):
        raise _refused(_describe_ole(reopen()), rules)
    guess = filetype.guess(head)
    extension = guess.extension if guess is not None else None
    if extension in _PROGRAMS:
        raise _refused(f"The file is {_PROGRAMS[extension]}", rules)
    if extension == "png":
        kind = "png"
    elif extension == "jpg":
        kind = "jpeg"
    elif extension == "pdf":
        _check_pdf(reopen(), rules)
        kind = "pdf"
    elif extension in {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}:
        kind = _check_zip(reopen(), rules)
    elif extension in _ARCHIVES:
        raise _refused(f"The file is {_ARCHIVES[extension]}", rules)
    elif extension is not None:
        raise _refused(f"The file is of a type the gateway does not take ({guess.mime})", rules)
    else:
        if received.not_text is not None:
            raise received.not_text
        kind = "text"
    if kind not in rules.allowed_types:
        raise _refused(
            f"The file is a {KNOWN_TYPES[kind]}, which this installation does not accept", rules
        )
    return Inspected(kind, KNOWN_TYPES[kind])


def _refused(found: str, rules: IntakeRules) -> EvidenceRefused:
    return EvidenceRefused(
        f"{found}; nothing was saved.",
        hint="Save the evidence in an accepted type (a screenshot, or print it to PDF) and send "
        "that. " + _ACCEPTED_HINT.format(types=rules.accepted() or "none"),
    )


def _describe_ole(stream: BinaryIO) -> str:
    """An old-style Office file: encrypted (an encrypted .docx is one too), with macros, or not.
    Every one is refused: this only finds the reason to give."""
    import msoffcrypto
    VBA_Parser = _vba_parser()

    try:
        encrypted = bool(msoffcrypto.OfficeFile(stream).is_encrypted())
    except Exception:  # noqa: BLE001 - an OLE file msoffcrypto cannot read: judged below
        encrypted = False
    if encrypted:
        return "The file is an encrypted (password-protected) Office document"
    stream.seek(0)
    if _has_macros(VBA_Parser, stream.read()):
        return "The file is an Office document with macros (VBA code)"
    return "The file is an older Office document (.doc, .xls or .ppt), which is not accepted"


def _vba_parser() -> type:
    """oletools' macro finder; its module warns about its own use of pyparsing on import."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from oletools.olevba import VBA_Parser
    return VBA_Parser  # type: ignore[no-any-return]


def _has_macros(parser_type: type, content: bytes) -> bool:
    try:
        parser = parser_type("evidence", data=content)
    except Exception:  # noqa: BLE001 - oletools raises its own errors on files it cannot parse
        return False
    try:
        return bool(parser.detect_vba_macros())
    except Exception:  # noqa: BLE001
        return False
    finally:
        parser.close()


def _check_zip(stream: BinaryIO, rules: IntakeRules) -> str:
    """A ZIP container: a Word document (without macros) is taken; any other ZIP is an archive."""
    VBA_Parser = _vba_parser()

    try:
        archive = zipfile.ZipFile(stream)
        names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refused("The file is a damaged ZIP archive", rules) from None
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise _refused("The file is a ZIP archive (files packed inside another file)", rules)
    macros = [n for n in names if n.lower().endswith("vbaproject.bin")]
    try:
        types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, KeyError):
        raise _refused("The file is a damaged Word document", rules) from None
    if macros or "macroEnabled" in types or _zip_has_macros(VBA_Parser, archive):
        found = f" ({macros[0]})" if macros else ""
        raise _refused(f"The file is a macro-enabled Word document{found}", rules)
    if _DOCX_MAIN not in types:
        raise _refused("The file is a Word template or other Office package, not a document", rules)
    embedded = [n for n in names if n.startswith("word/embeddings/")]
    if embedded:
        raise _refused(
            f"The Word document carries {len(embedded)} embedded file(s) ({embedded[0]})", rules
        )
    return "docx"


def _zip_has_macros(parser_type: type, archive: zipfile.ZipFile) -> bool:
    """What oletools does with an Office Open XML file, a part at a time: each part that is an
    OLE file (whatever its name) is searched for VBA code."""
    for info in archive.infolist():
        try:
            with archive.open(info) as part:
                if part.read(len(_OLE_MAGIC)) != _OLE_MAGIC:
                    continue
            if _has_macros(parser_type, archive.read(info)):
                return True
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            continue
    return False


def _check_pdf(stream: BinaryIO, rules: IntakeRules) -> None:
    """Refuse a PDF that can run code, carries other files, launches programs or is encrypted."""
    import pikepdf

    try:
        pdf = pikepdf.open(stream)
    except pikepdf.PasswordError:
        raise _refused("The PDF is password-protected", rules) from None
    except pikepdf.PdfError:
        raise _refused("The file starts like a PDF but cannot be read as one", rules) from None
    with pdf:
        if pdf.is_encrypted:
            raise _refused("The PDF is encrypted", rules)
        names = pdf.Root.get("/Names")
        if isinstance(names, pikepdf.Dictionary):
            if "/JavaScript" in names:
                raise _refused("The PDF contains JavaScript", rules)
            if "/EmbeddedFiles" in names:
                raise _refused("The PDF carries embedded files (attachments)", rules)
        found = _pdf_danger(pdf.objects)
        if found:
            raise _refused(found, rules)


def _pdf_danger(objects: Iterable[object]) -> str | None:
    import pikepdf

    for obj in objects:
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if not isinstance(obj, pikepdf.Dictionary):
            continue
        if "/JS" in obj or "/JavaScript" in obj or obj.get("/S") == pikepdf.Name.JavaScript:
            return "The PDF contains JavaScript"
        if obj.get("/S") == pikepdf.Name.Launch:
            return "The PDF contains a launch action (it can start a program)"
        if "/EF" in obj or obj.get("/Subtype") == pikepdf.Name.FileAttachment:
            return "The PDF carries embedded files (attachments)"
        if obj.get("/Type") == pikepdf.Name.EmbeddedFile:
            return "The PDF carries embedded files (attachments)"
    return None
