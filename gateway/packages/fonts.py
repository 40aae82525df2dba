"""Fonts for the referral PDF.

Names of students and staff are often not in Latin-1 (Łukasz, Nguyễn, Ивана). The PDF's
standard Helvetica cannot show them (they would print as black boxes), so the DejaVu Sans
family (Debian/Ubuntu package ``fonts-dejavu-core``) is embedded when it is installed. Without
it, text that Helvetica cannot show is refused with a clear error rather than printed wrongly.
Right-to-left scripts (Arabic, Hebrew) are not shaped by reportlab: such names must also be
given in Latin transliteration.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gateway.packages.errors import PackageError

__all__ = ["FontMissing", "FontSet", "check_text_renderable", "font_set"]

_SEARCH_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
)
_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}


class FontMissing(PackageError):
    """The text needs characters the available fonts cannot show."""


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    unicode: bool


#: Fonts registered with reportlab, by the extra folder asked for (reportlab's font registry is
#: process-wide, so each set is registered once).
_registered: dict[Path | None, FontSet] = {}


def _find_dejavu(font_dir: Path | None) -> dict[str, Path] | None:
    for directory in ((str(font_dir),) if font_dir else ()) + _SEARCH_DIRS:
        paths = {k: Path(directory) / f for k, f in _FILES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    return None


def font_set(font_dir: Path | None = None) -> FontSet:
    """Register (once) and return the fonts to use; ``font_dir`` (the ``font_dir`` setting) is
    searched before the system's font folders."""
    found = _registered.get(font_dir)
    if found is not None:
        return found
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    paths = _find_dejavu(font_dir)
    if paths is None:
        fallback = FontSet("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", unicode=False)
        _registered[font_dir] = fallback
        return fallback
    names = {k: f"PG-DejaVuSans-{k}" for k in paths}
    for key, path in paths.items():
        pdfmetrics.registerFont(TTFont(names[key], str(path)))
    family = "PG-DejaVuSans"
    addMapping(family, 0, 0, names["regular"])
    addMapping(family, 1, 0, names["bold"])
    addMapping(family, 0, 1, names["italic"])
    addMapping(family, 1, 1, names["bold_italic"])
    addMapping(names["regular"], 0, 0, names["regular"])
    addMapping(names["regular"], 1, 0, names["bold"])
    addMapping(names["regular"], 0, 1, names["italic"])
    addMapping(names["regular"], 1, 1, names["bold_italic"])
    fonts = FontSet(names["regular"], names["bold"], names["italic"], unicode=True)
    _registered[font_dir] = fonts
    return fonts


def check_text_renderable(texts: list[str], fonts: FontSet) -> None:
    """Refuse text the fonts cannot show (instead of printing boxes in a referral)."""
    if fonts.unicode:
        return
    for text in texts:
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as exc:
            bad = text[exc.start : exc.end]
            raise FontMissing(
                f"the referral contains characters ({bad!r}) that the built-in PDF font cannot "
                "show. Install the DejaVu fonts (Debian/Ubuntu: apt-get install "
                "fonts-dejavu-core) or set PREVENT_GATEWAY_FONT_DIR to a folder holding "
                "DejaVuSans*.ttf"
            ) from None
