"""What every page of every PDF the gateway makes carries: the protective marking at the top and
the bottom, the document's title, and "Page x of N".

The referral, the subject access pack and the DPIA draw their own (with the same marking); the
other documents (destruction certificate, annual report, record of processing activities, breach
register) use :func:`marked_canvas`. The total is only known once the last page is laid out, so
the canvas keeps each page until the document is saved and then draws the furniture on them all.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MARKING", "marked_canvas"]

#: The Government Security Classification marking of every document the gateway makes: they hold
#: case, safeguarding or oversight information about identifiable or small groups of people.
MARKING = "OFFICIAL-SENSITIVE"


def marked_canvas(title: str, *, font: str = "Helvetica", bold: str = "Helvetica-Bold") -> Any:
    """A reportlab canvas class (for ``doc.build(..., canvasmaker=...)``) that marks each page
    with :data:`MARKING` top and bottom, and ``title`` and "Page x of N" at the foot. Leave 16 mm
    top and bottom margins for it."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class MarkedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            margin = 18 * mm
            self.saveState()
            self.setFont(bold, 9)
            self.drawCentredString(width / 2, height - 9 * mm, MARKING)
            self.drawCentredString(width / 2, 6 * mm, MARKING)
            self.setFont(font, 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(margin, 10 * mm, title if len(title) <= 90 else title[:89] + "…")
            self.drawRightString(width - margin, 10 * mm, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return MarkedCanvas
