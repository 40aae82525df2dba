"""The referral PDF, laid out along the sections of the national Prevent referral form.

Every page carries the protective marking OFFICIAL-SENSITIVE at the top and bottom, the case
reference and "Page N of M". Long text and the chronology flow across pages: table rows are
kept short enough to split between pages, so any amount of notes fits.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from gateway.packages.content import ApprovalDetails, NoteItem, ReferralContent
from gateway.packages.errors import PackageError
from gateway.packages.fonts import check_text_renderable, font_set
from gateway.pdf_pages import MARKING  # one marking for every document the gateway makes

__all__ = ["MARKING", "render_referral_pdf"]

_NOT_SHARED = "Not shared (not approved for this disclosure)"
_MAX_CHUNK = 800  # characters of note text per table row, so a row never exceeds a page


def _para_text(text: str | None) -> str:
    """Escape user text for reportlab's mini-markup; keep line breaks."""
    if text is None or not text.strip():
        return "<i>Not provided</i>"
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def _bind_headings(story: list[Any], keep_together: Any, spacer: Any, cond_break: Any) -> list[Any]:
    """Keep each section heading on the same page as the start of its section.

    A heading and a short first block move together; before a long table (the chronology)
    the heading only needs room for the table's first rows.
    """
    out: list[Any] = []
    i = 0
    while i < len(story):
        item = story[i]
        if not getattr(item, "pg_heading", False):
            out.append(item)
            i += 1
            continue
        group = [item]
        i += 1
        while i < len(story):
            nxt = story[i]
            group.append(nxt)
            i += 1
            if not isinstance(nxt, spacer) and not getattr(nxt, "keepWithNext", False):
                break
        if len(getattr(group[-1], "_cellvalues", ())) > _LONG_TABLE_ROWS:
            out += [cond_break(_ROOM_BEFORE_LONG_TABLE), *group]
        else:
            out.append(keep_together(group))
    return out


def _all_text(content: ReferralContent) -> list[str]:
    texts: list[str] = []
    for part in (content.subject, content.referrer):
        texts += [str(v) for v in vars(part).values() if isinstance(v, str)]
    texts += [f"{k} {v}" for k, v in content.subject.other]
    for value in vars(content).values():
        if isinstance(value, str):
            texts.append(value)
    texts += list(content.lawful_basis) + list(content.redaction_counts)
    for item in content.chronology:
        texts += [item.date, item.source, item.text]
    for agency in content.other_agencies:
        texts += [agency.agency, agency.details]
    for marked in content.items:
        texts += [marked.label, *marked.special_categories]
    return texts


def _chunks(text: str, limit: int = _MAX_CHUNK) -> list[str]:
    """Split long text on paragraph, then sentence/word boundaries into pieces <= limit."""
    pieces: list[str] = []
    for para in text.strip().split("\n\n") or [""]:
        para = para.strip()
        while len(para) > limit:
            cut = para.rfind(". ", 0, limit)
            if cut < limit // 2:
                cut = para.rfind(" ", 0, limit)
            if cut < limit // 2:
                cut = limit
            else:
                cut += 1
            pieces.append(para[:cut].strip())
            para = para[cut:].strip()
        if para:
            pieces.append(para)
    return pieces or [""]


_MAX_ROW_LINES = 30
_LONG_TABLE_ROWS = 12
_ROOM_BEFORE_LONG_TABLE = 150.0  # points: the heading, the table header and a few lines


def _note_rows(text: str, limit: int = _MAX_CHUNK) -> list[str]:
    """Pack a note's lines into table-row pieces of <= limit characters and <= 30 lines,
    so that no row is ever taller than a page."""
    lines: list[str] = []
    for line in text.strip().splitlines() or [""]:
        lines += _chunks(line, limit) if line.strip() else [""]
    rows: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and (size + len(line) > limit or len(current) >= _MAX_ROW_LINES):
            rows.append("\n".join(current).strip("\n"))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        rows.append("\n".join(current).strip("\n"))
    return [r for r in rows if r] or [""]


def render_referral_pdf(
    content: ReferralContent,
    font_dir: Path | None = None,
    approval: ApprovalDetails | None = None,
) -> bytes:
    """Render ``content`` (and who approved it) to PDF bytes (deterministic for the same
    inputs)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        LayoutError,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    fonts = font_set(font_dir)
    approver = [approval.approved_by] if approval else []
    check_text_renderable(_all_text(content) + approver, fonts)
    page_w, page_h = A4
    margin = 18 * mm
    case_ref = content.case_reference

    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "Body",
        parent=base["BodyText"],
        fontName=fonts.regular,
        fontSize=9,
        leading=12,
        spaceAfter=4,
    )
    small = ParagraphStyle(
        "Small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#333333")
    )
    label = ParagraphStyle(
        "Label", parent=body, fontName=fonts.bold, fontSize=9, leading=11.5, spaceAfter=0
    )
    cell = ParagraphStyle("Cell", parent=body, spaceAfter=0)
    title = ParagraphStyle(
        "Title",
        parent=base["Title"],
        fontName=fonts.bold,
        fontSize=17,
        leading=21,
        spaceAfter=2,
        alignment=0,
    )
    subtitle = ParagraphStyle(
        "Subtitle", parent=body, fontSize=10.5, leading=14, textColor=colors.HexColor("#1f3a5f")
    )
    heading = ParagraphStyle(
        "Heading",
        parent=base["Heading2"],
        fontName=fonts.bold,
        fontSize=11.5,
        leading=14,
        textColor=colors.white,
        spaceBefore=0,
        spaceAfter=0,
    )

    navy = colors.HexColor("#1f3a5f")
    grid = colors.HexColor("#9aa5b1")
    label_bg = colors.HexColor("#e8edf3")
    usable_w = page_w - 2 * margin

    def section(number: int, name: str) -> Table:
        table = Table([[Paragraph(f"{number}. {escape(name)}", heading)]], colWidths=[usable_w])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), navy),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        table.pg_heading = True
        return table

    def kv_table(rows: Sequence[tuple[str, str | None]]) -> Table:
        data = [
            [
                Paragraph(escape(k), label),
                Paragraph(_para_text(v) if v is not None else f"<i>{_NOT_SHARED}</i>", cell),
            ]
            for k, v in rows
        ]
        table = Table(data, colWidths=[52 * mm, usable_w - 52 * mm], repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, grid),
                    ("BACKGROUND", (0, 0), (0, -1), label_bg),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def text_block(text: str | None) -> list[Any]:
        if text is None or not text.strip():
            return [Paragraph("<i>Not provided</i>", body)]
        return [Paragraph(_para_text(piece), body) for piece in _chunks(text)]

    def header_row_table(
        header: Sequence[str], rows: list[list[Any]], widths: Sequence[float]
    ) -> Table:
        data = [[Paragraph(escape(h), label) for h in header], *rows]
        table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, grid),
                    ("BACKGROUND", (0, 0), (-1, 0), label_bg),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    gap = Spacer(1, 3 * mm)
    small_gap = Spacer(1, 1.5 * mm)
    s, r = content.subject, content.referrer
    story: list[Any] = []

    story.append(Paragraph(escape(content.document_title), title))
    story.append(
        Paragraph(
            f"From {escape(content.organisation_name)} to {escape(content.recipient_name)}",
            subtitle,
        )
    )
    story.append(small_gap)
    story.append(
        kv_table(
            [
                ("Our case reference", case_ref),
                ("Disclosure id", content.disclosure_id),
                ("Submitted for approval", content.date_of_referral or None),
                ("Form version", content.form_version),
            ]
        )
    )
    story.append(small_gap)
    if content.notice:
        story.append(Paragraph(f"<b>{escape(content.notice)}</b>", body))
        story.append(small_gap)
    handling = (
        f"<b>{MARKING}.</b> This referral contains {escape(content.marking)}, shared under "
        "the Prevent duty (Counter-Terrorism and Security Act 2015, s.26). Store it securely, "
        "share it only with those who need it for the purpose of this referral, and do not "
        "forward it without the sender's agreement."
    )
    if content.redaction_statement:
        handling += " " + escape(content.redaction_statement)
    if approval is not None and approval.emergency:
        handling += (
            " <b>Released on the emergency path</b> (serious and immediate risk): "
            "the Data Protection Officer reviews this release retrospectively."
        )
    hbox = Table([[Paragraph(handling, small)]], colWidths=[usable_w])
    hbox.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff8e1")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story += [hbox, gap]

    subject_rows: list[tuple[str, str | None]] = [
        ("Full name", s.full_name),
        ("Date of birth", s.date_of_birth),
        ("Gender", s.gender),
        ("Address", s.address),
        ("Telephone", s.telephone),
        ("Email", s.email),
        ("Student number", s.student_number),
        ("Course and year", s.course_and_year),
        *s.other,
    ]
    story += [
        section(1, "Details of the individual being referred"),
        small_gap,
        kv_table(subject_rows),
        gap,
    ]

    story += [
        section(2, "Referrer's details"),
        small_gap,
        kv_table(
            [
                ("Name", r.name),
                ("Role", r.role),
                ("Organisation", r.organisation),
                ("Email", r.email),
                ("Telephone", r.telephone),
                ("Relationship to the individual", r.relationship_to_subject),
            ]
        ),
        gap,
    ]

    if content.purpose:
        story += [Paragraph("<b>Purpose of this referral</b>", body)]
        story += text_block(content.purpose)
        story.append(gap)

    story += [section(3, "Description of the concerns"), small_gap]
    story.append(Paragraph("<b>What are the concerns?</b>", body))
    story += text_block(content.concerns)
    story.append(Paragraph("<b>How did the concerns arise?</b>", body))
    story += text_block(content.how_concerns_arose)
    story.append(gap)

    story += [
        section(4, "Complex needs and vulnerabilities"),
        small_gap,
        *text_block(content.complex_needs),
        gap,
    ]

    story += [section(5, "Other agencies involved"), small_gap]
    if content.other_agencies:
        rows = [
            [
                Paragraph(escape(a.agency) + ("" if i == 0 else " <i>(continued)</i>"), cell),
                Paragraph(_para_text(piece), cell),
            ]
            for a in content.other_agencies
            for i, piece in enumerate(_note_rows(a.details))
        ]
        story.append(
            header_row_table(["Agency", "Involvement"], rows, [52 * mm, usable_w - 52 * mm])
        )
    else:
        story.append(Paragraph("No other agencies are known to be involved.", body))
    story.append(gap)

    story += [
        section(6, "Discussion with the Regional Prevent Coordinator"),
        small_gap,
        *text_block(content.rpc_discussion),
        gap,
    ]
    story += [
        section(7, "What the individual has been told"),
        small_gap,
        *text_block(content.subject_told),
        gap,
    ]

    story += [section(8, "Lawful basis for sharing"), small_gap]
    if content.lawful_basis:
        story += [Paragraph(f"&bull; {_para_text(line)}", body) for line in content.lawful_basis]
    else:
        story.append(Paragraph("<i>Not provided</i>", body))
    story.append(gap)

    story += [section(9, "Chronology and case notes (redacted)"), small_gap]
    if content.chronology:
        story += _chronology_flowables(
            content.chronology,
            label,
            cell,
            [26 * mm, 32 * mm, usable_w - 58 * mm],
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, grid),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            label_bg,
        )
    else:
        story.append(Paragraph("No chronology entries are included in this disclosure.", body))
    story.append(gap)

    counts = sorted(content.redaction_counts.items())
    redaction_rows: list[list[Any]] = [
        [Paragraph(escape(kind), cell), Paragraph(str(n), cell)] for kind, n in counts
    ]
    story += [section(10, "Redactions, our reference and form version"), small_gap]
    if content.redaction_statement:
        story.append(Paragraph(escape(content.redaction_statement), body))
    if redaction_rows:
        story.append(
            Paragraph(
                "Personal data of people other than the individual has been replaced by a "
                "marker naming its type (for example [PERSON 1]). Redactions made, by type:",
                body,
            )
        )
        story.append(
            header_row_table(
                ["Type of data redacted", "Number"], redaction_rows, [90 * mm, 30 * mm]
            )
        )
    if content.items:
        story.append(small_gap)
        story.append(Paragraph("<b>What each item carries</b>", body))
        marking_rows: list[list[Any]] = [
            [
                Paragraph(escape(item.label), cell),
                Paragraph(
                    escape(
                        "; ".join(
                            [
                                *(
                                    ["special category: " + ", ".join(item.special_categories)]
                                    if item.special_categories
                                    else []
                                ),
                                *(["criminal offence data"] if item.criminal_offence else []),
                            ]
                        )
                        or "personal data"
                    ),
                    cell,
                ),
            ]
            for item in content.items
        ]
        story.append(
            header_row_table(["Item", "Kind of data"], marking_rows, [90 * mm, usable_w - 90 * mm])
        )
    story.append(small_gap)
    story.append(
        KeepTogether(
            [
                kv_table(
                    [
                        ("Our case reference", case_ref),
                        ("Disclosure id", content.disclosure_id),
                        ("Form version", content.form_version),
                        ("Prepared by", content.prepared_by or None),
                        ("Approved by", approval.approved_by if approval else None),
                    ]
                )
            ]
        )
    )
    story.append(small_gap)
    story.append(
        Paragraph(
            "The authenticity of this document can be checked offline: the accompanying "
            "manifest.dsse.json is signed by the sender and lists this file's SHA-256.",
            small,
        )
    )

    def draw_static(canv: Canvas, _doc: Any) -> None:
        canv.saveState()
        canv.setFont(fonts.bold, 10)
        canv.drawCentredString(page_w / 2, page_h - 10 * mm, MARKING)
        canv.drawCentredString(page_w / 2, 8 * mm, MARKING)
        canv.setFont(fonts.regular, 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(margin, page_h - 10 * mm, content.document_title)
        canv.drawRightString(page_w - margin, page_h - 10 * mm, f"Case ref: {case_ref}")
        canv.setStrokeColor(grid)
        canv.line(margin, page_h - 12 * mm, page_w - margin, page_h - 12 * mm)
        canv.line(margin, 12.5 * mm, page_w - margin, 12.5 * mm)
        canv.restoreState()

    canvas_class = _numbered_canvas_class(Canvas, page_w, margin, 8 * mm, fonts.regular)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=16 * mm,
        bottomMargin=17 * mm,
        title=f"{content.document_title} {case_ref}",
        author=content.organisation_name,
        subject=MARKING,
        creator="prevent-gateway",
        invariant=1,
    )
    story = _bind_headings(story, KeepTogether, Spacer, CondPageBreak)
    try:
        doc.build(
            story, onFirstPage=draw_static, onLaterPages=draw_static, canvasmaker=canvas_class
        )
    except LayoutError as exc:
        raise PackageError(
            "the referral could not be laid out: a single field is too long to fit on one "
            "page. Shorten it or move the detail into the chronology."
        ) from exc
    return out.getvalue()


def _chronology_flowables(
    items: Sequence[NoteItem],
    label: Any,
    cell: Any,
    widths: Sequence[float],
    style: Any,
    header_bg: Any,
) -> list[Any]:
    """One table, its header repeated on every page; each note in page-sized rows.

    Cells cache their line breaks, so reportlab re-measuring the remaining rows at every page
    split costs little.
    """
    from reportlab.platypus import Paragraph, Table

    Para = _cached_paragraph_class()
    Text = _plain_text_class()
    header_row = [Paragraph(h, label) for h in ("Date", "Source", "Note (redacted)")]
    rows: list[list[Any]] = [header_row]
    for item in items:
        for i, piece in enumerate(_note_rows(item.text)):
            date = escape(item.date) if i == 0 else f"{escape(item.date)}<br/><i>(continued)</i>"
            rows.append(
                [
                    Para(date, cell),
                    Para(escape(item.source) if i == 0 else "", cell),
                    Text(piece, cell.fontName, cell.fontSize, cell.leading),
                ]
            )
    table = Table(rows, colWidths=list(widths), style=style, repeatRows=1)
    table.setStyle([("BACKGROUND", (0, 0), (-1, 0), header_bg)])
    return [table]


def _plain_text_class() -> Any:
    """A flowable for long plain note text: greedy word wrap with cached word widths.

    Notes are plain text (no markup), so reportlab's general Paragraph machinery is not needed;
    measuring each distinct word once makes 50 pages of notes lay out several times faster.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    widths: dict[tuple[str, str, float], float] = {}

    def width_of(word: str, font: str, size: float) -> float:
        key = (word, font, size)
        found = widths.get(key)
        if found is None:
            found = widths[key] = stringWidth(word, font, size)
        return found

    class PlainText(Flowable):  # type: ignore[misc]
        def __init__(self, text: str, font: str, size: float, leading: float) -> None:
            super().__init__()
            self.text, self.font, self.size, self.leading = text, font, size, leading
            self._lines: list[str] = []
            self._for_width: float | None = None

        def _break(self, avail: float) -> list[str]:
            space = width_of(" ", self.font, self.size)
            lines: list[str] = []
            for raw in self.text.splitlines() or [""]:
                line: list[str] = []
                used = 0.0
                for word in raw.split():
                    w = width_of(word, self.font, self.size)
                    while w > avail and len(word) > 1:  # a word wider than the column
                        cut = len(word) - 1
                        while cut > 1 and width_of(word[:cut], self.font, self.size) > avail:
                            cut -= 1
                        if line:
                            lines.append(" ".join(line))
                            line, used = [], 0.0
                        lines.append(word[:cut])
                        word = word[cut:]
                        w = width_of(word, self.font, self.size)
                    extra = w if not line else space + w
                    if line and used + extra > avail:
                        lines.append(" ".join(line))
                        line, used = [word], w
                    else:
                        line.append(word)
                        used += extra
                lines.append(" ".join(line))
            return lines

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            if self._for_width != availWidth:
                self._lines = self._break(availWidth)
                self._for_width = availWidth
            self.width = availWidth
            self.height = len(self._lines) * self.leading
            return self.width, self.height

        def draw(self) -> None:
            text = self.canv.beginText(0, self.height - self.size)
            text.setFont(self.font, self.size, self.leading)
            for line in self._lines:
                text.textLine(line)
            self.canv.drawText(text)

    return PlainText


def _cached_paragraph_class() -> Any:
    """A Paragraph that remembers its line breaks for a given width.

    Tables measure each cell several times (to size rows, to split, to draw) at the same
    width; re-breaking lines each time dominates rendering time for long notes.
    """
    from reportlab.platypus import Paragraph

    class CachedParagraph(Paragraph):  # type: ignore[misc]
        _wrap_cache: tuple[float, tuple[float, float]] | None = None

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            if self._wrap_cache is not None and self._wrap_cache[0] == availWidth:
                return self._wrap_cache[1]
            result: tuple[float, float] = super().wrap(availWidth, availHeight)
            self._wrap_cache = (availWidth, result)
            return result

    return CachedParagraph


def _numbered_canvas_class(base: Any, page_w: float, margin: float, y: float, font: str) -> Any:
    """A canvas that defers page output until the total page count is known."""

    class NumberedCanvas(base):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.drawRightString(page_w - margin, y, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas
