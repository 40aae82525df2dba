"""What file redaction returns, its errors, and the step shared by images and PDF pages: words
with boxes made into one text, redacted by the text engine, findings mapped back to boxes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from redaction.errors import RedactionError
from redaction.models import Finding, Person
from redaction.placeholders import PlaceholderRegistry

if TYPE_CHECKING:
    from redaction.redactor import Redactor

Source = Literal["ocr", "text layer", "document"]

#: Debian's packages for OCR, named in every message about it.
OCR_PACKAGES = "tesseract-ocr tesseract-ocr-eng"


class FileRedactionError(RedactionError):
    """Base of the errors of file redaction."""


class OcrUnavailable(FileRedactionError):
    """Tesseract (or its English data) is not installed: images and scans cannot be read."""

    def __init__(self, problem: str) -> None:
        super().__init__(
            f"Images and scanned pages cannot be redacted on this machine: {problem}. Fix: "
            f"install Tesseract OCR and its English data (`apt-get install {OCR_PACKAGES}` on "
            "Debian or Ubuntu). Text, PDFs with a text layer and Word documents still work."
        )


class PdfToolsUnavailable(FileRedactionError):
    """poppler-utils (pdftoppm, pdftotext) are not installed."""

    def __init__(self, tool: str) -> None:
        super().__init__(
            f"PDFs cannot be redacted on this machine: the program {tool!r} is missing. Fix: "
            "install poppler-utils (`apt-get install poppler-utils` on Debian or Ubuntu)."
        )


class UnreadableFile(FileRedactionError):
    """The file is damaged or not of the type it was given as."""

    def __init__(self, kind: str, problem: str) -> None:
        super().__init__(
            f"The {kind} could not be read: {problem}. Nothing was redacted. Fix: open it, save "
            "it again (or take a new screenshot) and redact that copy."
        )


@dataclass(frozen=True)
class Box:
    """A rectangle in the output's pixels (left, top, right, bottom)."""

    left: int
    top: int
    right: int
    bottom: int


@dataclass(frozen=True)
class Word:
    """One word as read from a page, with its box in the page image's pixels."""

    text: str
    box: Box
    line: tuple[int, ...]


@dataclass(frozen=True)
class FileFinding:
    """A finding of the text engine on one page: its offsets are in that page's text (as
    :attr:`RedactedFile.page_texts` would give it; the texts are not kept), ``boxes`` the
    rectangles filled in the output (none for a Word document, whose text is re-rendered).
    ``covers`` are the rectangles of the words the finding covers whatever the engine decided:
    the boxes a reviewer would have filled to redact what the engine kept (the subject's
    name), and, for a redaction, the same as ``boxes``."""

    page: int
    source: Source
    finding: Finding
    boxes: tuple[Box, ...] = ()
    covers: tuple[Box, ...] = ()


@dataclass(frozen=True)
class RedactedFile:
    """The redacted file and every finding."""

    content: bytes
    media_type: str
    pages: int
    findings: tuple[FileFinding, ...]

    @property
    def redacted(self) -> tuple[FileFinding, ...]:
        return tuple(f for f in self.findings if f.finding.action == "redacted")


@dataclass(frozen=True)
class Roster:
    """The case's people and the package's placeholders, as the text engine takes them."""

    subject: Person | None
    people: Sequence[Person]
    placeholders: PlaceholderRegistry
    keep_subject_identifiers: frozenset[str] | None


def text_of(words: Sequence[Word]) -> tuple[str, list[tuple[int, int]]]:
    """The words as one text (a space between words, a new line between lines) and each word's
    span in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    previous: tuple[int, ...] | None = None
    for word in words:
        if previous is not None:
            parts.append("\n" if word.line != previous else " ")
            position += 1
        spans.append((position, position + len(word.text)))
        parts.append(word.text)
        position += len(word.text)
        previous = word.line
    return "".join(parts), spans


def redact_words(
    words: Sequence[Word],
    redactor: Redactor,
    roster: Roster,
    *,
    page: int,
    source: Source,
    pad: int,
) -> list[FileFinding]:
    """Run the text engine over the words and give each finding the boxes of the words it
    covers (padded by ``pad`` pixels so no edge of a glyph survives): filled if it is
    redacted, kept as ``covers`` either way."""
    if not words:
        return []
    text, spans = text_of(words)
    result = redactor.redact(
        text,
        subject=roster.subject,
        people=roster.people,
        placeholders=roster.placeholders,
        keep_subject_identifiers=roster.keep_subject_identifiers,
    )
    found: list[FileFinding] = []
    for finding in result.findings:
        covers = tuple(
            Box(w.box.left - pad, w.box.top - pad, w.box.right + pad, w.box.bottom + pad)
            for w, (start, end) in zip(words, spans, strict=True)
            if start < finding.end and finding.start < end
        )
        boxes = covers if finding.action == "redacted" else ()
        found.append(FileFinding(page, source, finding, boxes, covers))
    return found
