"""Input checks and preparation: decoding, size limit, control characters, chunking.

Offsets always refer to the ORIGINAL text. Control characters (C0/C1, except tab and line
breaks) are analysed as spaces so they cannot glue two words into one; invisible format
characters (zero-width space/joiner, bidi marks, soft hyphen) are removed for analysis, so
"Sa\u200brah" is still seen as "Sarah", and a map brings offsets back to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputTooLarge, InvalidText

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_CHUNK_CHARS = 20_000
_KEEP_CONTROLS = frozenset("\t\n\r")


def coerce_text(value: object) -> str:
    """Return ``value`` as ``str``; bytes must be UTF-8."""
    if isinstance(value, bytes | bytearray | memoryview):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidText(
                f"The text is not valid UTF-8 (first bad byte at position {exc.start}), so it "
                "cannot be redacted safely. Fix: convert the document to UTF-8 (e.g. save it "
                "as 'UTF-8' in your editor) and try again."
            ) from None
    if not isinstance(value, str):
        raise InvalidText(
            f"Expected text (str or UTF-8 bytes), got {type(value).__name__}. Nothing was redacted."
        )
    return value


def check_size(text: str, max_bytes: int) -> int:
    """UTF-8 size of ``text``; raises :class:`InputTooLarge` over ``max_bytes``."""
    if len(text) * 4 <= max_bytes:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _surrogates(exc) from None
        return len(text)
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise _surrogates(exc) from None
    if size > max_bytes:
        raise InputTooLarge(size, max_bytes)
    return size


def _surrogates(exc: UnicodeEncodeError) -> InvalidText:
    return InvalidText(
        f"The text contains characters that are not valid Unicode (position {exc.start}); it "
        "was probably decoded from bytes that are not UTF-8. Fix: convert the document to "
        "UTF-8 and try again. Nothing was redacted."
    )


@dataclass(frozen=True)
class PreparedText:
    """Text as analysed, and how to map its offsets back to the original."""

    analysed: str
    #: ``origin[i]`` is the original offset of analysed character ``i`` (plus one final entry
    #: for the end); ``None`` when offsets are identical.
    origin: tuple[int, ...] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[end]


_SPECIAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def prepare(text: str) -> PreparedText:
    if _SPECIAL.search(text) is None:
        return PreparedText(text, None)
    chars: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        if _INVISIBLE.match(c):
            continue  # invisible: dropped for analysis
        if (ord(c) < 32 and c not in _KEEP_CONTROLS) or 127 <= ord(c) < 160:
            c = " "
        chars.append(c)
        origin.append(i)
    origin.append(len(text))
    return PreparedText("".join(chars), tuple(origin))


def chunk_bounds(text: str, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split points at line breaks (else spaces) so no chunk exceeds ``chunk_chars``."""
    n = len(text)
    if n <= chunk_chars:
        return [(0, n)]
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < n:
        end = min(n, start + chunk_chars)
        if end < n:
            cut = text.rfind("\n", start + chunk_chars // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + chunk_chars // 2, end)
            if cut != -1:
                end = cut + 1
        bounds.append((start, end))
        start = end
    return bounds
