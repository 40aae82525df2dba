"""The redacted file made again from the original after a reviewer changed what applies.

The engine's redaction is a proposal: the reviewer may reverse one of its redactions (the
words go out) or redact what it kept as the subject's own. The file is then made again from
the original, never patched, with exactly the redactions that now apply, so it is the file the
engine would have made had it decided so: an image or PDF with those boxes filled, a Word
document's rendering with those spans replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .common import Box, FileRedactionError


@dataclass(frozen=True)
class Redaction:
    """One redaction that applies: its page (a Word document's section), the boxes filled on
    that page (images and PDFs), and the span of the page's text with what replaces it (Word
    documents)."""

    page: int
    boxes: tuple[Box, ...] = ()
    start: int = 0
    end: int = 0
    replacement: str = ""


def rebuild_file(data: bytes, kind: str, redactions: Sequence[Redaction]) -> tuple[bytes, str]:
    """The redacted file of the original ``data`` (of ``kind``: see
    :func:`~redaction.files.detect_kind`) with exactly ``redactions`` applied, and its media
    type. Raises the errors of :func:`~redaction.files.redact_file` (no OCR is needed)."""
    if kind in ("png", "jpeg"):
        from .images import reburn_image

        return reburn_image(data, [box for r in redactions for box in r.boxes]), "image/png"
    if kind == "pdf":
        from .pdf import reburn_pdf

        by_page: dict[int, list[Box]] = {}
        for r in redactions:
            by_page.setdefault(r.page, []).extend(r.boxes)
        return reburn_pdf(data, by_page), "application/pdf"
    if kind == "docx":
        from .docx import rerender_docx

        spans = [(r.page, r.start, r.end, r.replacement) for r in redactions]
        return rerender_docx(data, spans), "application/pdf"
    raise FileRedactionError(
        "This file is not an image (PNG or JPEG), a PDF or a Word document (.docx), so its "
        "redaction cannot be made again. Fix: take the item out of the request."
    )
