"""Words and their boxes from an image, by Tesseract (through pytesseract)."""

from __future__ import annotations

import functools
import shutil
from typing import TYPE_CHECKING

from .common import Box, OcrUnavailable, Word

if TYPE_CHECKING:
    from PIL.Image import Image

#: Tesseract reads small screen text badly: images narrower than this are read at twice the size.
UPSCALE_BELOW_PIXELS = 1600
#: Every word is kept, however unsure Tesseract is of it: a name read badly still goes to the
#: engine rather than being dropped unseen.
LANGUAGE = "eng"


@functools.cache
def check_ocr() -> None:
    """Raise :class:`OcrUnavailable` unless Tesseract and its English data are installed."""
    if shutil.which("tesseract") is None:
        raise OcrUnavailable("the program 'tesseract' is not installed")
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractError, OSError) as exc:
        raise OcrUnavailable(f"Tesseract does not run ({exc})") from None
    if LANGUAGE not in languages:
        raise OcrUnavailable("Tesseract has no English data ('eng')")


def read_words(image: Image) -> list[Word]:
    """Every word Tesseract reads in ``image``, with its box in ``image``'s pixels."""
    import pytesseract
    from PIL import Image as PILImage

    check_ocr()
    scale = 2 if image.width < UPSCALE_BELOW_PIXELS else 1
    seen = image.convert("L")
    if scale != 1:
        seen = seen.resize((image.width * scale, image.height * scale), PILImage.Resampling.LANCZOS)
    try:
        data = pytesseract.image_to_data(
            seen, lang=LANGUAGE, config="--psm 3", output_type=pytesseract.Output.DICT
        )
    except (pytesseract.TesseractError, OSError) as exc:
        raise OcrUnavailable(f"Tesseract failed on the image ({exc})") from None
    words: list[Word] = []
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        if not text:
            continue
        left, top = int(data["left"][i]) // scale, int(data["top"][i]) // scale
        right = -(-(int(data["left"][i]) + int(data["width"][i])) // scale)
        bottom = -(-(int(data["top"][i]) + int(data["height"][i])) // scale)
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        words.append(Word(text, Box(left, top, right, bottom), line))
    return words
