"""Redaction of evidence files with the same engine, roster and subject rules as text.

Public surface::

    from redaction import Person, PlaceholderRegistry, get_redactor
    from redaction.files import redact_file, detect_kind

    redactor = get_redactor("en_core_web_sm")
    result = redact_file(data, detect_kind(data), redactor, subject=Person("Amir Khan"),
                         people=[Person("Sarah Jones")], placeholders=PlaceholderRegistry())
    result.content      # PNG (images) or an image-only / text-only PDF (PDFs, Word documents)
    result.findings     # each finding with its page and the boxes burned into the pixels

- images (PNG, JPEG): words and their boxes from Tesseract OCR, the words' text redacted, the
  boxes of what was redacted filled black in the pixels; the output is a new PNG made from the
  pixels alone, so EXIF and every other metadata is gone;
- PDFs: each page rendered by poppler's ``pdftoppm``; the words and boxes come from the text
  layer (``pdftotext -bbox-layout``) where the page has one, else from OCR; each page is redacted
  as an image, and the output is a new PDF of those images alone, so removed text, metadata,
  annotations, attachments and scripts are gone with it;
- Word documents (.docx): the text of the body, headers, footers, footnotes, comments and
  tracked changes is redacted and delivered as a PDF rendering of that text.

After a reviewer reverses a redaction, or redacts what the engine kept, :func:`rebuild_file`
makes the redacted file again from the original with exactly the redactions that now apply.

Images and scanned pages need Tesseract (Debian's ``tesseract-ocr`` and ``tesseract-ocr-eng``):
without it they raise :class:`OcrUnavailable`, whose message says what to install. PDFs need
poppler-utils (``pdftoppm``, ``pdftotext``): without them, :class:`PdfToolsUnavailable`.
"""

from .common import (
    Box,
    FileFinding,
    FileRedactionError,
    OcrUnavailable,
    PdfToolsUnavailable,
    RedactedFile,
    UnreadableFile,
)
from .dispatch import KINDS, detect_kind, redact_file
from .docx import redact_docx
from .images import redact_image
from .pdf import redact_pdf
from .rebuild import Redaction, rebuild_file

__all__ = [
    "KINDS",
    "Box",
    "FileFinding",
    "FileRedactionError",
    "OcrUnavailable",
    "PdfToolsUnavailable",
    "RedactedFile",
    "Redaction",
    "UnreadableFile",
    "detect_kind",
    "rebuild_file",
    "redact_docx",
    "redact_file",
    "redact_image",
    "redact_pdf",
]
