"""The breach register as a file: CSV for a spreadsheet, PDF for the ICO or an auditor
(Art 33(5): the controller documents every breach, its effects and the remedial action)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime

from gateway.breaches.views import BreachView
from gateway.pdf_pages import MARKING, marked_canvas
from gateway.timeutil import iso, long_date

COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", "Reference"),
    ("source", "How it was opened"),
    ("disclosure_reference", "Disclosure"),
    ("discovered_at", "Found (UTC)"),
    ("found_by", "Found by"),
    ("what_happened", "What happened"),
    ("people_categories", "People concerned"),
    ("people_count", "Approx. people"),
    ("record_categories", "Records concerned"),
    ("record_count", "Approx. records"),
    ("consequences", "Likely consequences"),
    ("measures", "Measures taken"),
    ("notify_deadline", "ICO deadline (UTC)"),
    ("ico_notify", "Notify the ICO"),
    ("ico_reasons", "ICO decision: reasons"),
    ("ico_decided_at", "ICO decision made (UTC)"),
    ("ico_notified_on", "ICO notified on"),
    ("ico_late", "After the 72 hours"),
    ("student_notify", "Tell the student"),
    ("student_reasons", "Student decision: reasons"),
    ("student_decided_at", "Student decision made (UTC)"),
    ("student_told_on", "Student told on"),
    ("recipient_asked", "Recipient asked to"),
    ("recipient_asked_on", "Asked on"),
    ("recipient_answer", "Recipient's answer"),
    ("recipient_answered_on", "Answered on"),
    ("log_index", "Sharing-log entry"),
)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _safe(text: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: keep it as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def register_csv(breaches: Sequence[BreachView]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title for _, title in COLUMNS])
    for b in breaches:
        writer.writerow([_safe(_cell(getattr(b, name))) for name, _ in COLUMNS])
    return out.getvalue().encode("utf-8")


def register_pdf(breaches: Sequence[BreachView], *, organisation: str, made_at: datetime) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list[object] = [
        Paragraph(f"Personal data breach register: {escape(organisation)}", styles["Title"]),
        Paragraph(
            f"Made {escape(long_date(made_at))} (UTC {escape(iso(made_at))}); "
            f"{len(breaches)} breach{'es' if len(breaches) != 1 else ''}. UK GDPR Article 33(5). "
            f"{MARKING}.",
            body,
        ),
        Spacer(1, 6 * mm),
    ]
    if not breaches:
        story.append(Paragraph("No breach has been recorded.", body))
    for b in breaches:
        story.append(Paragraph(escape(b.reference), styles["Heading2"]))
        rows = [
            [Paragraph(escape(title), body), Paragraph(escape(_cell(getattr(b, name))), body)]
            for name, title in COLUMNS[1:]
        ]
        table = Table(rows, colWidths=[45 * mm, A4[0] - 40 * mm - 45 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3f7")),
                ]
            )
        )
        story.extend([table, Spacer(1, 6 * mm)])
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title="Personal data breach register",
        author=organisation,
        subject=MARKING,
    )
    doc.build(story, canvasmaker=marked_canvas(f"Personal data breach register · {organisation}"))
    return buffer.getvalue()
