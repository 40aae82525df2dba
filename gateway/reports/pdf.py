"""The annual report as a PDF for the Executive Management Board and the University of
Liverpool (policy 4.2): tables and bar charts (reportlab.graphics), counts only.

Charts plot only what the tables show: a suppressed count is drawn as an empty bar labelled
"fewer than 5", never at its true height.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from gateway.errors import NotFound
from gateway.pdf_pages import MARKING, marked_canvas
from gateway.reports.domain import (
    AnnualReport,
    Figure,
    OfsLine,
    full_labels,
    section_title,
)
from gateway.timeutil import long_datetime

NAVY = colors.HexColor("#1f3a5f")
TEAL = colors.HexColor("#2a7f8f")
LIGHT = colors.HexColor("#eef3f7")
GREY = colors.HexColor("#6b7280")
AMBER = colors.HexColor("#c27c0e")
WIDTH = A4[0] - 40 * mm


#: The sections whose figures the report's numbered tables 1 to 6 show (the cases section's
#: advice and referral lines are in the OfS return's table).
SHOWN_ABOVE = frozenset(
    {"concerns", "cases", "outcomes", "disclosures", "not_shared", "emergency", "reviews",
     "disposals", "training"}
)


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=base["Title"], textColor=NAVY, fontSize=20,
                                leading=24, alignment=TA_LEFT, spaceAfter=4),
        "subtitle": ParagraphStyle("st", parent=base["Normal"], textColor=GREY, fontSize=10.5,
                                   leading=14, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], textColor=NAVY, fontSize=13,
                             spaceBefore=12, spaceAfter=6),
        "body": ParagraphStyle("b", parent=base["Normal"], fontSize=9.5, leading=13),
        "small": ParagraphStyle("s", parent=base["Normal"], fontSize=8, leading=10.5,
                                textColor=GREY),
        "cell": ParagraphStyle("c", parent=base["Normal"], fontSize=9, leading=11.5),
    }


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float], *,
           total_last: bool = False) -> Table:
    st = _styles()
    head = ParagraphStyle("head", parent=st["cell"], fontName="Helvetica-Bold",
                          textColor=colors.white)
    head_right = ParagraphStyle("headr", parent=head, alignment=TA_RIGHT)
    right = ParagraphStyle("r", parent=st["cell"], alignment=TA_RIGHT)
    data: list[list[object]] = []
    for i, row in enumerate(rows):
        out: list[object] = []
        for j, c in enumerate(row):
            if i == 0:
                out.append(Paragraph(str(c), head if j == 0 else head_right))
            elif j == 0:
                out.append(Paragraph(str(c), st["cell"]))
            else:
                out.append(Paragraph(str(c), right))
        data.append(out)
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7de")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_last:
        style += [("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]
    table.setStyle(TableStyle(style))
    return table


def _bar_chart(figures: Sequence[Figure], title: str) -> Drawing:
    """Horizontal bars of the displayed values; suppressed cells get no bar."""
    height = 34 + 22 * len(figures)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 14
    chart.width, chart.height = WIDTH - 210, height - 34
    values = [f.display if isinstance(f.display, int) else 0 for f in figures]
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed([f.label for f in figures]))
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    top = max([*values, 4])
    chart.valueAxis.valueMax = top + max(1, top // 5)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e5e7eb")
    chart.bars[0].fillColor = TEAL
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    drawing.add(String(0, height - 12, title, fontName="Helvetica-Bold", fontSize=9.5,
                       fillColor=NAVY))
    step = chart.height / max(1, len(figures))
    scale = chart.width / chart.valueAxis.valueMax
    for i, f in enumerate(reversed(figures)):
        y = chart.y + step * i + step / 2 - 3
        if isinstance(f.display, int):
            drawing.add(String(chart.x + f.display * scale + 4, y, str(f.display),
                               fontName="Helvetica", fontSize=7.5, fillColor=colors.black))
        else:
            drawing.add(String(chart.x + 4, y, str(f.display),
                               fontName="Helvetica-Oblique", fontSize=7.5, fillColor=AMBER))
    return drawing


def _chart_or_note(figures: Sequence[Figure], title: str) -> Flowable:
    if any(isinstance(f.display, int) and f.display > 0 for f in figures):
        return _bar_chart(figures, title)
    return Paragraph(f"{title}: no chart, as the counts are too small to show without "
                     "risking identifying anyone.",
                     _styles()["small"])


def _percent_chart(report: AnnualReport) -> Drawing:
    rows = list(report.training)
    height = 34 + 26 * len(rows)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 14
    chart.width, chart.height = WIDTH - 210, height - 34
    chart.data = [list(reversed([t.percent for t in rows]))]
    chart.categoryAxis.categoryNames = list(reversed([t.group_label for t in rows]))
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e5e7eb")
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 12
    drawing.add(chart)
    drawing.add(String(0, height - 12, "Staff trained and in date", fontName="Helvetica-Bold",
                       fontSize=9.5, fillColor=NAVY))
    return drawing


def _breakdown(report: AnnualReport, prefix: str, head: str) -> list[Figure]:
    cells = [f for f in report.figures if f.key.startswith(prefix + ".")]
    return [f for f in cells if not f.key.endswith(".total")] + [
        f for f in cells if f.key.endswith(".total")
    ]


def _rows(
    figures: Sequence[Figure],
    head: tuple[str, str],
    previous: AnnualReport | None = None,
    current_label: str = "",
) -> list[list[object]]:
    """Label and value, and the same figure for the previous year when given."""
    if previous is None:
        rows: list[list[object]] = [list(head)]
        rows += [[f.label, f.display] for f in figures]
        return rows
    rows = [[head[0], f"{head[1]} {previous.year.label}", f"{head[1]} {current_label}"]]
    rows += [[f.label, _previous(previous, f.key), f.display] for f in figures]
    return rows


def _previous(previous: AnnualReport, key: str) -> object:
    try:
        return previous.figure(key).display
    except NotFound:
        return "-"


def _widths(previous: AnnualReport | None) -> list[float]:
    return [WIDTH * 0.7, WIDTH * 0.3] if previous is None else [WIDTH * 0.56, WIDTH * 0.22,
                                                                 WIDTH * 0.22]


def _summary(report: AnnualReport) -> list[tuple[str, object]]:
    get = report.figure
    items: list[tuple[str, object]] = [
        ("Concerns raised", get("concerns.source.total").display),
        ("Cases decided", get("cases.outcome.total").display),
        ("Disclosures released", get("disclosures.released.total").display),
        ("Decisions not to share", get("not_shared.reason.total").display),
        ("Emergency releases", get("emergency.releases.total").display),
    ]
    staff = sum(t.staff for t in report.training)
    in_date = sum(t.trained_in_date for t in report.training)
    items.append(("Staff trained and in date",
                  f"{100 * in_date / staff:.0f}%" if staff else "no staff recorded"))
    return items


def _summary_tiles(report: AnnualReport, previous: AnnualReport | None = None) -> Table:
    items = _summary(report)
    if previous is not None:
        items = [
            (f"{label} (in {previous.year.label}: {before})", value)
            for (label, value), (_l, before) in zip(items, _summary(previous), strict=True)
        ]
    tile = ParagraphStyle("tile", fontName="Helvetica-Bold", fontSize=17, leading=20,
                          textColor=NAVY)
    small = ParagraphStyle("tl", fontName="Helvetica", fontSize=8, leading=10, textColor=GREY)
    cells = [[Paragraph(str(v), tile), Paragraph(label, small)] for label, v in items]
    grid = [[cells[i], cells[i + 1], cells[i + 2]] for i in range(0, len(cells), 3)]
    table = Table(
        [[Table([[c[0]], [c[1]]], colWidths=[WIDTH / 3 - 8]) for c in row] for row in grid],
        colWidths=[WIDTH / 3] * 3,
    )
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#d0d7de")),
        ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _escape(text: str) -> str:
    """Text for a reportlab Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def render_pdf(
    report: AnnualReport, ofs: Sequence[OfsLine] = (), previous: AnnualReport | None = None
) -> bytes:
    """The board's PDF; with `previous`, each table also shows the previous year's figures."""
    st = _styles()
    label = report.year.label
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=f"Prevent duty annual report {report.year.label}",
        author=report.organisation, subject=f"Prevent duty annual report (policy 4.2), {MARKING}",
        creator="prevent-gateway",
    )
    story: list[Flowable] = [
        Paragraph(f"Prevent duty: annual report {report.year.label}", st["title"]),
        Paragraph(
            f"{report.organisation} · For the Executive Management Board and the University of "
            f"Liverpool (policy 4.2) · {_day(report.year.first_day)} to "
            f"{_day(report.year.last_day)}",
            st["subtitle"],
        ),
        _summary_tiles(report, previous),
        Spacer(1, 4),
        Paragraph(
            "Counts of 1 to 4 are shown as <i>fewer than 5</i> so that no student can be "
            "identified. The report holds no names, no free text and no breakdown by ethnicity, "
            "religion or any other group (policy 2.2).", st["small"]),
    ]

    concerns = _breakdown(report, "concerns.source", "Source")
    story += [
        Paragraph("1. Concerns raised, by source", st["h2"]),
        KeepTogether([
            _table(_rows(concerns, ("Who raised the concern", "Concerns"), previous, label),
                   _widths(previous), total_last=True),
            Spacer(1, 6),
            _chart_or_note(concerns[:-1], "Concerns by source"),
        ]),
    ]
    outcomes = _breakdown(report, "cases.outcome", "Outcome")
    story += [
        Paragraph("2. Cases, by outcome (policy 9.2)", st["h2"]),
        Paragraph("The latest decision in the year for each case. Cases with a concern in the "
                  f"year: {report.figure('cases.escalated.total').display}; opened in the year: "
                  f"{report.figure('cases.opened.total').display}.", st["body"]),
        Spacer(1, 4),
        KeepTogether([
            _table(_rows(outcomes, ("Outcome", "Cases"), previous, label), _widths(previous),
                   total_last=True),
            Spacer(1, 6),
            _chart_or_note(outcomes[:-1], "Cases by outcome"),
        ]),
    ]
    released = _breakdown(report, "disclosures.released", "")
    case_counts = {f.key.rsplit(".", 1)[1]: f for f in _breakdown(report, "cases.with_disclosure",
                                                                    "")}
    rows: list[list[object]] = [["Recipient", "Disclosures released", "Cases"]]
    for f in released:
        code = f.key.rsplit(".", 1)[1]
        rows.append([f.label, f.display, case_counts[code].display])
    story += [
        Paragraph("3. Referrals and disclosures, by recipient", st["h2"]),
        Paragraph("Every release is an entry in the signed sharing log; emergency releases are "
                  "included.", st["body"]),
        Spacer(1, 4),
        _table(rows, [WIDTH * 0.5, WIDTH * 0.25, WIDTH * 0.25], total_last=True),
    ]
    not_shared = _breakdown(report, "not_shared.reason", "")
    story += [
        Paragraph("4. Decisions not to share", st["h2"]),
        _table(_rows(not_shared, ("Decision", "Number"), previous, label), _widths(previous),
               total_last=True),
    ]
    oversight = [report.figure(k) for k in (
        "emergency.releases.total", "emergency.reviews.upheld", "emergency.reviews.not_upheld",
        "emergency.reviews.outstanding", "reviews.internal_action.completed",
        "disposals.entries.total", "disposals.records.total",
    )]
    story += [
        Paragraph("5. Emergency releases, reviews and disposals", st["h2"]),
        _table(_rows(oversight, ("Measure", "Number"), previous, label), _widths(previous)),
    ]
    trows: list[list[object]] = [["Staff group", "Staff", "In date", "Overdue", "Never trained",
                                  "Trained this year", "% in date"]]
    for t in report.training:
        trows.append([t.group_label, t.staff, t.trained_in_date, t.overdue, t.not_trained,
                      t.completed_in_year, f"{t.percent:.0f}%"])
    story += [
        KeepTogether([
            Paragraph("6. Prevent training (policy 3.1)", st["h2"]),
            _table(trows, [WIDTH * 0.25] + [WIDTH * 0.125] * 6),
            Spacer(1, 6),
            _percent_chart(report),
        ]),
    ]
    # Sections the tables above do not show (requests from Channel and the police, correction
    # notices, and any added later): each figure once, labelled to read on its own.
    number = 7
    labels = full_labels(report.figures)
    for section in dict.fromkeys(f.section for f in report.figures):
        if section in SHOWN_ABOVE:
            continue
        figures = [f for f in report.figures if f.section == section]
        story += [
            Paragraph(f"{number}. {_escape(section_title(section))}", st["h2"]),
            _table(_rows([dataclasses.replace(f, label=labels[f.key]) for f in figures],
                         ("Measure", "Number"), previous, label), _widths(previous)),
        ]
        number += 1
    if ofs:
        orows: list[list[object]] = [["OfS return item", "Figure"]]
        for line in ofs:
            orows.append([line.item.question, line.display])
        story += [
            Paragraph(f"{number}. Office for Students Prevent monitoring return (policy 1.2)",
                      st["h2"]),
            _table(orows, [WIDTH * 0.8, WIDTH * 0.2]),
            Spacer(1, 6),
            Paragraph(
                "How each line is mapped from the gateway's records, and why. Counts here are "
                "shown as the board sees them; the Prevent Lead files the return with the exact "
                "counts.", st["body"]),
        ]
        for line in ofs:
            story.append(Paragraph(
                f"<b>{_escape(line.item.question)}.</b> {_escape(line.item.how)}"
                + (f" <i>(From: {', '.join(line.item.source_keys)}.)</i>"
                   if line.item.source_keys else ""),
                st["small"]))
    story += [Paragraph("Method and verification", st["h2"])]
    story += [Paragraph(note, st["small"]) for note in report.notes]
    story += [Paragraph(
        f"Generated {long_datetime(report.generated_at)} by prevent-gateway. Sharing-log "
        f"checkpoint: size {report.log_size}, root {report.log_root}. Every figure can be traced "
        "to the records and sharing-log entries behind it (their ids only, no personal data).",
        st["small"])]

    doc.build(story, canvasmaker=marked_canvas(
        f"Prevent duty annual report {report.year.label} · counts only, no personal data"))
    return buffer.getvalue()
