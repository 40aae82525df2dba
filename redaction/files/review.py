"""The rendered view a reviewer reads a file's redaction on: each page of the original with the
boxes of every finding outlined and numbered, and the same page of the redacted file with the
same numbers beside its boxes. A box that is filled in the shared file is marked in red; a box
whose words go out (what the engine kept as the subject's own, or a redaction the reviewer
reversed) in blue, outlined on both. A Word document, shared as a PDF rendering of its redacted
text, is shown as that rendering beside the same rendering of its original text, each finding's
span boxed and numbered on both. The numbers are drawn on the view only, never on the file that
is shared."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Box, UnreadableFile
from .images import open_image

if TYPE_CHECKING:
    from PIL.Image import Image

#: Outline and label colour of a box filled in the shared file: a red strong enough for
#: contrast on white.
MARK = (192, 0, 0)
#: Outline and label colour of a box whose words are shared: a blue as strong.
SHOWN = (0, 70, 170)
#: Pixels between a Word document's rendered text and the box drawn around it (the outline is
#: drawn inside the box: it must clear the glyphs), and the size of its numbers: smaller than
#: on a screenshot, so a number does not hide the line above.
SPAN_PAD = 6
SPAN_LABEL = 22


@dataclass(frozen=True)
class Mark:
    """A numbered box on a page's view; ``applied``: filled (or replaced) in the shared file."""

    number: int
    box: Box
    applied: bool = True


@dataclass(frozen=True)
class SpanMark:
    """A Word document's finding as the view marks it: its number, its section (from 1), its
    span in that section's text, what replaces it, and whether that replacement applies."""

    number: int
    section: int
    start: int
    end: int
    replacement: str
    applied: bool


def page_count(data: bytes, kind: str) -> int:
    """How many pages the file has as the redaction reads it (an image is one page)."""
    if kind in ("png", "jpeg"):
        return 1
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except pikepdf.PdfError as exc:
        raise UnreadableFile("PDF", str(exc)) from None


def page_image(data: bytes, kind: str, page: int) -> Image:
    """Page ``page`` (from 1) of an image or PDF, in the pixels the redaction's boxes use."""
    if kind in ("png", "jpeg"):
        if page != 1:
            raise UnreadableFile("image", f"an image has one page, not page {page}")
        return open_image(data)
    from .pdf import render_page

    if not 1 <= page <= page_count(data, kind):
        raise UnreadableFile("PDF", f"it has no page {page}")
    with tempfile.TemporaryDirectory(prefix="review-pdf-") as tmp:
        workdir = Path(tmp)
        path = workdir / "in.pdf"
        path.write_bytes(data)
        path.chmod(0o600)
        return open_image(render_page(path, page, workdir))


def numbered_view(
    image: Image, marks: Sequence[Mark], *, outline: bool, size: int | None = None
) -> bytes:
    """The page as a PNG with each box's number beside it. A box whose words are shared is
    outlined; a filled one is outlined only where ``outline`` (the original, where the
    reviewer reads what the redaction covers; on the redacted file it is black already)."""
    from PIL import ImageDraw, ImageFont

    view = image.copy()
    draw = ImageDraw.Draw(view)
    size = size or max(14, min(28, view.height // 30))
    font = ImageFont.load_default(size=size)
    for mark in marks:
        box, colour = mark.box, MARK if mark.applied else SHOWN
        if outline or not mark.applied:
            draw.rectangle(
                (max(0, box.left), max(0, box.top), box.right, box.bottom), outline=colour, width=3
            )
        label = str(mark.number)
        left = max(0, box.left)
        top = max(0, box.top - size - 4)
        right, bottom = draw.textbbox((left + 3, top), label, font=font)[2:]
        draw.rectangle((left, top, right + 3, bottom + 2), fill=colour)
        draw.text((left + 3, top), label, fill=(255, 255, 255), font=font)
    out = io.BytesIO()
    view.save(out, format="PNG")
    return out.getvalue()


def _docx_rendering(
    data: bytes, marks: Sequence[SpanMark], *, redacted: bool
) -> tuple[bytes, int, list[tuple[int, Mark]]]:
    """A Word document's rendering, of its original text or of its text with the replacements
    that apply made (the shared file's rendering), with each finding's place in it, by page,
    in the pixels of :func:`page_image`."""
    from reportlab.lib.pagesizes import A4

    from .docx import render_marked, replace_spans, sections
    from .pdf import DPI, POINTS_PER_INCH

    titled: list[tuple[str, str]] = []
    spans: list[list[tuple[int, int, int]]] = []
    for number, section in enumerate(sections(data), start=1):
        own = [m for m in marks if m.section == number]
        text = section.text
        where: Callable[[int], int] = _same
        if redacted:
            text, where = replace_spans(
                section.text, [(m.start, m.end, m.replacement) for m in own if m.applied]
            )
        placed_spans = [(m.number, where(m.start), _end(m, where, redacted)) for m in own]
        # A finding inside a span already replaced has no text of its own left to box.
        spans.append([(n, start, end) for n, start, end in placed_spans if end > start])
        titled.append((section.title, text))
    if not titled:
        return _empty_rendering()
    content, pages, placed = render_marked(titled, spans)
    scale, height = DPI / POINTS_PER_INCH, A4[1]
    applied = {m.number: m.applied for m in marks}
    return (
        content,
        pages,
        [
            (
                p.page,
                Mark(
                    p.label,
                    Box(
                        int(p.left * scale) - SPAN_PAD,
                        int((height - p.top) * scale) - SPAN_PAD,
                        int(p.right * scale + 0.999) + SPAN_PAD,
                        int((height - p.bottom) * scale + 0.999) + SPAN_PAD,
                    ),
                    applied[p.label],
                ),
            )
            for p in placed
        ],
    )


def _same(offset: int) -> int:
    return offset


def _end(mark: SpanMark, where: Callable[[int], int], redacted: bool) -> int:
    """Where a finding's span ends in the rendered text: after its replacement where that is
    made, else at its own end."""
    if redacted and mark.applied:
        return where(mark.start) + len(mark.replacement)
    return where(mark.end)


def _empty_rendering() -> tuple[bytes, int, list[tuple[int, Mark]]]:
    from .docx import EMPTY, render

    content, pages = render([("Body", EMPTY)])
    return content, pages, []


def docx_pages(data: bytes, marks: Sequence[SpanMark], *, redacted: bool) -> int:
    """How many pages a Word document's view has (the original's and the redacted text's
    renderings may differ)."""
    return _docx_rendering(data, marks, redacted=redacted)[1]


def docx_view(data: bytes, marks: Sequence[SpanMark], *, redacted: bool, page: int) -> bytes:
    """Page ``page`` of a Word document's view as a PNG: its rendering (original, or as shared)
    with every finding's span boxed and numbered."""
    content, pages, placed = _docx_rendering(data, marks, redacted=redacted)
    if not 1 <= page <= pages:
        raise UnreadableFile("Word document", f"its rendering has no page {page}")
    image = page_image(content, "pdf", page)
    marks_here = [m for on, m in placed if on == page]
    return numbered_view(image, marks_here, outline=True, size=SPAN_LABEL)
