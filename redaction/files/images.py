"""Images (PNG, JPEG): OCR, the findings' word boxes burned into the pixels, metadata removed."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from redaction.models import Person
from redaction.placeholders import PlaceholderRegistry

from .common import Box, FileFinding, RedactedFile, Roster, UnreadableFile, redact_words
from .ocr import read_words

if TYPE_CHECKING:
    from PIL.Image import Image

    from redaction.redactor import Redactor

#: Pixels added around each redacted word's box, so no edge of a glyph is left.
PAD = 3
#: The largest image taken (pixels): Pillow's guard against decompression bombs, made explicit.
MAX_PIXELS = 60_000_000


def open_image(data: bytes) -> Image:
    """The image's pixels, turned as the camera meant (EXIF orientation), in RGB."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        image = PILImage.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise UnreadableFile("image", f"it is {image.width} x {image.height} pixels, too large")
        image.load()
    except (UnidentifiedImageError, OSError, PILImage.DecompressionBombError) as exc:
        raise UnreadableFile("image", str(exc)) from None
    turned = ImageOps.exif_transpose(image) or image
    return turned.convert("RGB")


def burn(image: Image, findings: Sequence[FileFinding]) -> None:
    """Fill every redacted finding's boxes black, in place."""
    burn_boxes(image, [box for found in findings for box in found.boxes])


def burn_boxes(image: Image, boxes: Sequence[Box]) -> None:
    """Fill the boxes black, in place."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle((max(0, box.left), max(0, box.top), box.right, box.bottom), fill=(0, 0, 0))


def pixels_only_png(image: Image) -> bytes:
    """A new PNG from the pixels alone: no EXIF, no text chunks, no colour profile."""
    from PIL import Image as PILImage

    clean = PILImage.frombytes("RGB", image.size, image.tobytes())
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=False)
    return out.getvalue()


def redact_image(
    data: bytes,
    redactor: Redactor,
    *,
    subject: Person | None = None,
    people: Sequence[Person] = (),
    placeholders: PlaceholderRegistry | None = None,
    keep_subject_identifiers: frozenset[str] | None = None,
) -> RedactedFile:
    """Redact a PNG or JPEG image: the output is a PNG of its pixels with the findings blacked
    out. Raises :class:`~redaction.files.OcrUnavailable` without Tesseract."""
    image = open_image(data)
    registry = placeholders or PlaceholderRegistry()
    roster = Roster(subject, people, registry, keep_subject_identifiers)
    findings = redact_words(read_words(image), redactor, roster, page=1, source="ocr", pad=PAD)
    burn(image, findings)
    return RedactedFile(pixels_only_png(image), "image/png", 1, tuple(findings))


def reburn_image(data: bytes, boxes: Sequence[Box]) -> bytes:
    """The redacted image made again from the original with exactly ``boxes`` filled: what
    :func:`redact_image` gives when those are the boxes of the findings that apply (after a
    reviewer reversed a redaction or redacted what the engine kept)."""
    image = open_image(data)
    burn_boxes(image, boxes)
    return pixels_only_png(image)
