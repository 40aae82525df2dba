"""Which redaction a file gets, by the type read from its content."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from redaction.models import Person
from redaction.placeholders import PlaceholderRegistry

from .common import FileRedactionError, RedactedFile

if TYPE_CHECKING:
    from redaction.redactor import Redactor

#: The kinds of file this package redacts (text goes through :meth:`Redactor.redact`).
KINDS = ("png", "jpeg", "pdf", "docx")


def detect_kind(data: bytes) -> str | None:
    """``png``, ``jpeg``, ``pdf`` or ``docx`` from the content; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names:
            return "docx"
    return None


def redact_file(
    data: bytes,
    kind: str | None,
    redactor: Redactor,
    *,
    subject: Person | None = None,
    people: Sequence[Person] = (),
    placeholders: PlaceholderRegistry | None = None,
    keep_subject_identifiers: frozenset[str] | None = None,
) -> RedactedFile:
    """Redact a file of ``kind`` (see :func:`detect_kind`)."""
    from .docx import redact_docx
    from .images import redact_image
    from .pdf import redact_pdf

    chosen = {"png": redact_image, "jpeg": redact_image, "pdf": redact_pdf, "docx": redact_docx}
    if kind not in chosen:
        raise FileRedactionError(
            "This file is not an image (PNG or JPEG), a PDF or a Word document (.docx), so it "
            "cannot be redacted as a file. Fix: redact text as text, or save the evidence as PDF."
        )
    return chosen[kind](
        data,
        redactor,
        subject=subject,
        people=people,
        placeholders=placeholders,
        keep_subject_identifiers=keep_subject_identifiers,
    )
