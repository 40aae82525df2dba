"""Word documents (.docx): every text the document carries, redacted, delivered as a PDF.

The body, headers, footers, footnotes, endnotes, comments and the text of tracked changes
(insertions are part of the body; deletions are listed on their own) are read from the
document's XML parts, redacted with the text engine, and rendered as a new PDF of that text
alone: the recipient gets what was approved and none of the document's properties, hidden text
or revision history.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redaction.models import Person
from redaction.placeholders import PlaceholderRegistry

from .common import FileFinding, RedactedFile, UnreadableFile

if TYPE_CHECKING:
    from redaction.redactor import Redactor

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Debian's DejaVu (fonts-dejavu-core): names in any European script; Helvetica otherwise.
DEFAULT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_PARTS = (
    (re.compile(r"^/word/document\d*\.xml$"), "Body"),
    (re.compile(r"^/word/header\d*\.xml$"), "Header"),
    (re.compile(r"^/word/footer\d*\.xml$"), "Footer"),
    (re.compile(r"^/word/footnotes\.xml$"), "Footnotes"),
    (re.compile(r"^/word/endnotes\.xml$"), "Endnotes"),
    (re.compile(r"^/word/comments\.xml$"), "Comments"),
)
DELETED = "Tracked changes: deleted text"


@dataclass(frozen=True)
class Section:
    """One titled text of the document (its paragraphs joined by new lines)."""

    title: str
    text: str


def _paragraphs(root: Any, *, deleted: bool) -> Iterator[str]:
    """Each paragraph's text: its runs (``w:t``, tabs, breaks), or its deleted runs."""
    for paragraph in root.iter(f"{W}p"):
        parts: list[str] = []
        for node in paragraph.iter():
            tag = node.tag
            if tag == (f"{W}delText" if deleted else f"{W}t"):
                parts.append(node.text or "")
            elif not deleted and tag == f"{W}tab":
                parts.append("\t")
            elif not deleted and tag in {f"{W}br", f"{W}cr"}:
                parts.append("\n")
        text = "".join(parts).strip()
        if text:
            yield text


def sections(data: bytes) -> list[Section]:
    """The document's texts in reading order: body, headers, footers, notes, comments, and the
    deleted text of tracked changes."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise UnreadableFile("Word document", str(exc) or type(exc).__name__) from None
    found: dict[str, list[str]] = {title: [] for _, title in _PARTS}
    deleted: list[str] = []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        title = next((t for pattern, t in _PARTS if pattern.match(name)), None)
        if title is None:
            continue
        try:
            root = etree.fromstring(part.blob, parser)
        except etree.XMLSyntaxError as exc:
            raise UnreadableFile("Word document", f"its part {name} is damaged ({exc})") from None
        found[title].extend(_paragraphs(root, deleted=False))
        deleted.extend(_paragraphs(root, deleted=True))
    out = [Section(title, "\n".join(texts)) for title, texts in found.items() if texts]
    if deleted:
        out.append(Section(DELETED, "\n".join(deleted)))
    return out


def _font(font_path: Path | None) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = font_path or DEFAULT_FONT
    if not path.is_file():
        return "Helvetica"
    name = "RedactionText"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def render(titled: Sequence[tuple[str, str]], font_path: Path | None = None) -> tuple[bytes, int]:
    """A PDF of the titled texts, nothing else (no author, title or subject), and its pages."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = _font(font_path)
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=15, spaceAfter=6)
    heading = ParagraphStyle("heading", fontName=font, fontSize=14, leading=18, spaceAfter=8)
    flow: list[Any] = []
    for title, text in titled:
        flow.append(Paragraph(escape(title), heading))
        for line in text.split("\n"):
            flow.append(Paragraph(escape(line).replace("\t", "&nbsp;" * 4) or "&nbsp;", body))
        flow.append(Spacer(1, 12))
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, invariant=True, creator="", producer="")
    document.build(flow)
    return out.getvalue(), int(document.page)


def redact_docx(
    data: bytes,
    redactor: Redactor,
    *,
    subject: Person | None = None,
    people: Sequence[Person] = (),
    placeholders: PlaceholderRegistry | None = None,
    keep_subject_identifiers: frozenset[str] | None = None,
    font_path: Path | None = None,
) -> RedactedFile:
    """Redact a .docx: the output is a PDF of its redacted texts. A finding's ``page`` is the
    number of its section (body first) in the output."""
    from redaction.redactor import RedactionRequest

    parts = sections(data)
    registry = placeholders or PlaceholderRegistry()
    results = list(
        redactor.redact_many(
            (
                RedactionRequest(s.text, subject, tuple(people), keep_subject_identifiers)
                for s in parts
            ),
            placeholders=registry,
        )
    )
    findings = tuple(
        FileFinding(number, "document", finding)
        for number, result in enumerate(results, start=1)
        for finding in result.findings
    )
    titled = [(s.title, r.text) for s, r in zip(parts, results, strict=True)]
    if not titled:
        titled = [("Body", "(The document holds no text.)")]
    content, pages = render(titled, font_path)
    return RedactedFile(content, "application/pdf", pages, findings)
