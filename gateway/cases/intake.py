"""What an evidence file is, read from its content, and whether the gateway takes it.

Every door (command line, API, web form) hands the file to :func:`read_limited` and then
:func:`inspect`, so each gives the same answer. The type comes from the bytes, never from the
file's name: a ``.pdf`` that is really a program is refused as a program. Files are read in
chunks and reading stops as soon as the per-file limit is passed, so an over-size file is never
held whole in memory.
"""

from __future__ import annotations

import codecs
import io
import os
import zipfile
from collections.abc import Iterable
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


def read_limited(source: BinaryIO | bytes, rules: IntakeRules) -> bytes:
    """The file's bytes, read in chunks; refused as soon as it passes the per-file limit."""
    if isinstance(source, bytes | bytearray | memoryview):
        if len(source) > rules.max_file_bytes:
            raise too_large(megabytes(len(source)), rules)
        return bytes(source)
    size = _size_of(source)
    if size is not None:
        if size > rules.max_file_bytes:
            raise too_large(megabytes(size), rules)
        return _read_into(source, size)
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = source.read(CHUNK_BYTES)
        if not chunk:
            break
        size += len(chunk)
        if size > rules.max_file_bytes:
            raise too_large(f"more than {megabytes(rules.max_file_bytes)}", rules)
        chunks.append(chunk)
    data = b"".join(chunks)
    chunks.clear()  # the chunks go as soon as the file is one piece
    return data


def _size_of(source: BinaryIO) -> int | None:
    """What is left to read of a file on disk; None for a stream of unknown length."""
    try:
        return os.fstat(source.fileno()).st_size - source.tell()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


def _read_into(source: BinaryIO, size: int) -> bytes:
    """A file of known size read in chunks into one buffer made for it: each chunk is freed as
    soon as it is copied in. What it had when it was measured is read."""
    buffer = bytearray(size)
    with memoryview(buffer) as view:
        filled = 0
        while filled < size:
            chunk = source.read(min(CHUNK_BYTES, size - filled))
            if not chunk:
                break
            view[filled : filled + len(chunk)] = chunk
            filled += len(chunk)
        data = bytes(view[:filled])
    del buffer
    return data


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


def inspect(content: bytes, rules: IntakeRules) -> Inspected:
    """What the file is, from its content; refused with the reason if the gateway won't take it."""
    import filetype

    if not content:
        raise EvidenceRefused(
            "The file is empty; nothing was saved.", hint="Choose the file that holds the evidence."
        )
    for magic, what in _PROGRAM_MAGIC.items():
        if content.startswith(magic):
            raise _refused(f"The file is {what}", rules)
    if content.startswith(_OLE_MAGIC):
        raise _refused(_describe_ole(content), rules)
    guess = filetype.guess(content)
    extension = guess.extension if guess is not None else None
    if extension in _PROGRAMS:
        raise _refused(f"The file is {_PROGRAMS[extension]}", rules)
    if extension == "png":
        kind = "png"
    elif extension == "jpg":
        kind = "jpeg"
    elif extension == "pdf":
        _check_pdf(content, rules)
        kind = "pdf"
    elif extension in {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}:
        kind = _check_zip(content, rules)
    elif extension in _ARCHIVES:
        raise _refused(f"The file is {_ARCHIVES[extension]}", rules)
    elif extension is not None:
        raise _refused(f"The file is of a type the gateway does not take ({guess.mime})", rules)
    else:
        _check_text(content)
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


def _describe_ole(content: bytes) -> str:
    """An old-style Office file: encrypted (an encrypted .docx is one too), with macros, or not."""
    import msoffcrypto
    VBA_Parser = _vba_parser()

    try:
        encrypted = bool(msoffcrypto.OfficeFile(io.BytesIO(content)).is_encrypted())
    except Exception:  # noqa: BLE001 - an OLE file msoffcrypto cannot read: judged below
        encrypted = False
    if encrypted:
        return "The file is an encrypted (password-protected) Office document"
    if _has_macros(VBA_Parser, content):
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


def _check_zip(content: bytes, rules: IntakeRules) -> str:
    """A ZIP container: a Word document (without macros) is taken; any other ZIP is an archive."""
    VBA_Parser = _vba_parser()

    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
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
    if macros or "macroEnabled" in types or _has_macros(VBA_Parser, content):
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


def _check_pdf(content: bytes, rules: IntakeRules) -> None:
    """Refuse a PDF that can run code, carries other files, launches programs or is encrypted."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(content))
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


def _check_text(content: bytes) -> None:
    """Plain text must be UTF-8 and hold no control bytes a text file would not have."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    view = memoryview(content)
    offset = 0
    try:
        for offset in range(0, len(content), CHUNK_BYTES):
            decoder.decode(view[offset : offset + CHUNK_BYTES], final=False)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        position = offset + exc.start
        line = content.count(b"\n", 0, position) + 1
        raise EvidenceRefused(
            f"The file is not text the gateway can read: it is not UTF-8 (an invalid byte on "
            f"line {line:,}, at byte {position:,}); nothing was saved.",
            hint="Open it in a text editor and save it as UTF-8, or, if it is not text, save it "
            "as PDF or as an image.",
        ) from None
    control = set(content[:CHUNK_BYTES]) & (set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19})
    if control:
        raise EvidenceRefused(
            "The file is of a type the gateway does not recognise (binary data, not text); "
            "nothing was saved.",
            hint="Save the evidence as PDF, as a PNG or JPEG image, as a Word document (.docx) "
            "or as UTF-8 text.",
        )
