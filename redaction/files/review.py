"""The rendered view a reviewer reads a file's redaction on: each page of the original with the
boxes the redaction filled outlined and numbered, and the same page of the redacted file with
the same numbers beside its filled boxes. The numbers are drawn on the view only, never on the
file that is shared."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Box, UnreadableFile
from .images import open_image

if TYPE_CHECKING:
    from PIL.Image import Image

#: Outline and label colour of a numbered box: a red strong enough for contrast on white.
MARK = (192, 0, 0)


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


def numbered_view(image: Image, boxes: Sequence[tuple[int, Box]], *, outline: bool) -> bytes:
    """The page as a PNG with each box's number beside it (and, on the original, the box
    outlined, so the reviewer sees what the redaction covers)."""
    from PIL import ImageDraw, ImageFont

    view = image.copy()
    draw = ImageDraw.Draw(view)
    size = max(14, min(28, view.height // 30))
    font = ImageFont.load_default(size=size)
    for number, box in boxes:
        if outline:
            draw.rectangle(
                (max(0, box.left), max(0, box.top), box.right, box.bottom), outline=MARK, width=3
            )
        label = str(number)
        left = max(0, box.left)
        top = max(0, box.top - size - 4)
        right, bottom = draw.textbbox((left + 3, top), label, font=font)[2:]
        draw.rectangle((left, top, right + 3, bottom + 2), fill=MARK)
        draw.text((left + 3, top), label, fill=(255, 255, 255), font=font)
    out = io.BytesIO()
    view.save(out, format="PNG")
    return out.getvalue()
