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
from collections.abc import Callable, Iterator, Sequence
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
#: What the rendering of a document with no text says.
EMPTY = "(The document holds no text.)"


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


#: Where a text's spans are to be found in its rendering: per titled text, (label, start, end)
#: with offsets into that text.
Spans = Sequence[Sequence[tuple[int, int, int]]]
#: The size and leading of the body text, and the frame's padding (reportlab's default).
BODY_SIZE = 11
BODY_LEADING = 15
FRAME_PADDING = 6


@dataclass(frozen=True)
class Placed:
    """Where a marked span was drawn: a rectangle in points (PDF coordinates, origin at the
    bottom left) on a page, from 1; a span over several lines has one per line."""

    label: int
    page: int
    left: float
    bottom: float
    right: float
    top: float


def render(titled: Sequence[tuple[str, str]], font_path: Path | None = None) -> tuple[bytes, int]:
    """A PDF of the titled texts, nothing else (no author, title or subject), and its pages."""
    content, pages, _ = render_marked(titled, (), font_path)
    return content, pages


def render_marked(
    titled: Sequence[tuple[str, str]], spans: Spans, font_path: Path | None = None
) -> tuple[bytes, int, list[Placed]]:
    """:func:`render`, and where each of ``spans`` was drawn. The marks are zero-width
    callbacks in the text, so the layout is the one :func:`render` gives: the rectangles fit
    the shared rendering of the same texts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = _font(font_path)
    body = ParagraphStyle(
        "body", fontName=font, fontSize=BODY_SIZE, leading=BODY_LEADING, spaceAfter=6
    )
    heading = ParagraphStyle("heading", fontName=font, fontSize=14, leading=18, spaceAfter=8)
    flow: list[Any] = []
    seen: list[tuple[int, str, int, float, float]] = []
    for number, (title, text) in enumerate(titled):
        flow.append(Paragraph(_markup(title, []), heading))
        marks = spans[number] if number < len(spans) else ()
        offset = 0
        for line in text.split("\n"):
            inside = [
                (position - offset, f"{label}:{end_or_start}")
                for label, start, end in marks
                for position, end_or_start in ((start, "s"), (end, "e"))
                if offset <= position <= offset + len(line)
            ]
            flow.append(Paragraph(_markup(line, inside) or "&nbsp;", body))
            offset += len(line) + 1
        flow.append(Spacer(1, 12))

    def mark(canvas: Any, _kind: str, label: str | None) -> None:
        info = canvas._curr_tx_info
        x, y = canvas.absolutePosition(info["cur_x"], info["cur_y"])
        number, _, which = (label or "").partition(":")
        seen.append((int(number), which, canvas.getPageNumber(), float(x), float(y)))

    def on_page(canvas: Any, _document: Any) -> None:
        canvas.setNamedCB("mark", mark)

    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, invariant=True, creator="", producer="")
    document.build(flow, onFirstPage=on_page, onLaterPages=on_page)
    left = document.leftMargin + FRAME_PADDING
    right = document.leftMargin + document.width - FRAME_PADDING
    return out.getvalue(), int(document.page), _rectangles(seen, left, right)


def _markup(text: str, marks: Sequence[tuple[int, str]]) -> str:
    """The text escaped for a reportlab paragraph, with a zero-width mark at each offset."""
    from xml.sax.saxutils import escape

    parts: list[str] = []
    cursor = 0
    for position, label in sorted(marks, key=lambda m: (m[0], m[1].endswith(":s"))):
        parts.append(escape(text[cursor:position]).replace("\t", "&nbsp;" * 4))
        parts.append(f'<onDraw name="mark" label="{label}"/>')
        cursor = position
    parts.append(escape(text[cursor:]).replace("\t", "&nbsp;" * 4))
    return "".join(parts)


def _rectangles(
    seen: Sequence[tuple[int, str, int, float, float]], left: float, right: float
) -> list[Placed]:
    """Each span's rectangles from where its start and end were drawn: one on its line, or,
    over several lines, from its start to the right margin, the lines between, and from the
    left margin to its end."""
    starts = {number: (page, x, y) for number, which, page, x, y in seen if which == "s"}
    ends = {number: (page, x, y) for number, which, page, x, y in seen if which == "e"}
    above, below = BODY_SIZE, BODY_SIZE * 0.3
    out: list[Placed] = []
    for number, (page, x0, y0) in sorted(starts.items()):
        if number not in ends:
            continue
        end_page, x1, y1 = ends[number]
        if end_page == page and abs(y1 - y0) < 1:
            out.append(Placed(number, page, x0, y0 - below, x1, y0 + above))
            continue
        if x0 < right - 1:
            out.append(Placed(number, page, x0, y0 - below, right, y0 + above))
        if end_page == page:
            y = y0 - BODY_LEADING
            while y > y1 + 1:
                out.append(Placed(number, page, left, y - below, right, y + above))
                y -= BODY_LEADING
        if x1 > left + 1:
            out.append(Placed(number, end_page, left, y1 - below, x1, y1 + above))
    return out


def replace_spans(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> tuple[str, Callable[[int], int]]:
    """The text with each span (start, end, replacement) replaced, the earliest and longest
    first and a span inside one already replaced skipped; and where an offset of the text is
    in the result (an offset inside a replaced span goes to the replacement's start)."""
    out: list[str] = []
    moved: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for start, end, replacement in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < cursor:
            continue
        out.append(text[cursor:start])
        length += start - cursor
        moved.append((start, end, length, length + len(replacement)))
        out.append(replacement)
        length += len(replacement)
        cursor = end
    out.append(text[cursor:])

    def where(offset: int) -> int:
        shift = 0
        for start, end, new_start, new_end in moved:
            if offset < start:
                break
            if offset < end:
                return new_start
            shift = new_end - end
        return offset + shift

    return "".join(out), where


def rerender_docx(
    data: bytes,
    replacements: Sequence[tuple[int, int, int, str]],
    font_path: Path | None = None,
) -> bytes:
    """The redacted rendering made again from the original document with exactly
    ``replacements`` (section from 1, start, end, replacement) made: what :func:`redact_docx`
    gives when those are the findings that apply (after a reviewer reversed a redaction or
    redacted what the engine kept)."""
    titled: list[tuple[str, str]] = []
    for number, section in enumerate(sections(data), start=1):
        spans = [(start, end, text) for n, start, end, text in replacements if n == number]
        titled.append((section.title, replace_spans(section.text, spans)[0]))
    return render(titled or [("Body", EMPTY)], font_path)[0]


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
        titled = [("Body", EMPTY)]
    content, pages = render(titled, font_path)
    return RedactedFile(content, "application/pdf", pages, findings)
