"""The DPIA as a readable PDF document (reportlab), marked OFFICIAL-SENSITIVE on every page.

``render_pdf(dpia)`` returns the PDF bytes. The document follows the ICO template's steps, shows
the risk matrix with each risk placed before and after its measures, and ends with the sign-off.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from dpia.gate import refusal
from dpia.model import DPIA, Person, Risk, Status
from dpia.scoring import RISK_MATRIX, Likelihood, RiskLevel, Severity
from dpia.workflow import effective_status

MARKING = "OFFICIAL-SENSITIVE"

_LEVEL_COLOURS = {
    RiskLevel.LOW: "#c8e6c9",
    RiskLevel.MEDIUM: "#ffe0a3",
    RiskLevel.HIGH: "#f4b4b4",
}


def render_pdf(dpia: DPIA, *, today: date | None = None) -> bytes:
    """Render one DPIA version as a PDF document; ``today`` decides whether it shows as expired."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    today = today or date.today()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=f"DPIA: {dpia.title} (version {dpia.version})",
        author=dpia.controller,
        subject=f"Data Protection Impact Assessment, activity {dpia.activity}",
        creator="prevent-gateway",
    )
    story = _Builder(dpia, today).story()
    footer = f"DPIA {dpia.activity} - version {dpia.version}"
    doc.build(
        story,
        canvasmaker=_numbered_canvas_class(footer),
    )
    return buffer.getvalue()


def _numbered_canvas_class(footer: str) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Two-pass canvas so each page can say "Page n of N"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont("Helvetica-Bold", 10)
            self.drawCentredString(width / 2, height - 12 * mm, MARKING)
            self.drawCentredString(width / 2, 8 * mm, MARKING)
            self.setFont("Helvetica", 8)
            self.drawString(18 * mm, 14 * mm, footer)
            self.drawRightString(width - 18 * mm, 14 * mm, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


class _Builder:
    def __init__(self, dpia: DPIA, today: date) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

        self.dpia = dpia
        self.today = today
        self.colors = colors
        base = getSampleStyleSheet()
        self.h1 = ParagraphStyle("h1", parent=base["Title"], fontSize=18, spaceAfter=4)
        self.h2 = ParagraphStyle(
            "h2", parent=base["Heading2"], fontSize=13, spaceBefore=10, spaceAfter=4
        )
        self.h3 = ParagraphStyle(
            "h3", parent=base["Heading3"], fontSize=10.5, spaceBefore=6, spaceAfter=2
        )
        self.body = ParagraphStyle("body", parent=base["BodyText"], fontSize=9.5, leading=12.5)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName="Helvetica-Bold")
        self.banner = ParagraphStyle(
            "banner",
            parent=self.body,
            fontName="Helvetica-Bold",
            fontSize=11,
            textColor=colors.HexColor("#8b0000"),
            alignment=1,
            spaceAfter=6,
        )

    # --- helpers ---

    def p(self, text: str, style: Any = None, *, markup: bool = False) -> Any:
        """A paragraph of plain text (escaped), or of reportlab markup when ``markup``."""
        from reportlab.platypus import Paragraph

        return Paragraph(text if markup else _text(text), style or self.body)

    def c(self, text: str, bold: bool = False) -> Any:
        return self.p(text, self.cell_bold if bold else self.cell)

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = True) -> Any:
        from reportlab.platypus import Table, TableStyle

        t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, self.colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), self.colors.HexColor("#e3e8ef")))
        t.setStyle(TableStyle(style))
        return t

    def kv(self, pairs: list[tuple[str, str]]) -> Any:
        from reportlab.lib.units import mm

        rows = [[self.c(k, bold=True), self.c(v or "-")] for k, v in pairs]
        t = self.table(rows, [48 * mm, 126 * mm], header=False)
        return t

    # --- the document ---

    def story(self) -> list[Any]:
        from reportlab.platypus import Spacer

        d = self.dpia
        status = effective_status(d, self.today)
        out: list[Any] = [
            self.p("Data Protection Impact Assessment", self.h1),
            self.p(d.title, self.h3),
            Spacer(1, 4),
        ]
        problem = refusal(d, d.activity, self.today)
        if problem is not None:
            out.append(self.p(f"THIS VERSION IS NOT IN FORCE: {problem.detail}", self.banner))
        out.append(
            self.kv(
                [
                    ("Controller", d.controller),
                    ("Processing activity", d.activity),
                    ("Version", _version_text(d)),
                    ("Status", f"{status.label} (as of {_day(self.today)})"),
                    ("Created", f"{_person(d.created_by)}, {_when(d.created_at)}"),
                    ("Approved", _when(d.signoff.approved_at) if d.signoff else "Not approved"),
                    (
                        "Review date",
                        _day(d.review_date) if d.review_date else "Set at approval",
                    ),
                    ("Version SHA-256", d.sha256()),
                ]
            )
        )
        if d.change_reason:
            out += [self.p("Why this version", self.h3), self.p(d.change_reason)]
        out += [
            self.p("Step 1. Why a DPIA is needed", self.h2),
            self.p(d.need_for_dpia or "Not yet stated."),
        ]
        out += self.processing()
        out += self.consultation()
        out += self.necessity()
        out += self.risks()
        out += self.measures()
        out += self.signoff(status)
        return out

    def processing(self) -> list[Any]:
        pr = self.dpia.processing
        out = [self.p("Step 2. The processing", self.h2)]
        for label, text in (
            ("Nature", pr.nature),
            ("Scope", pr.scope),
            ("Context", pr.context),
            ("Purposes", pr.purposes),
        ):
            out += [self.p(label, self.h3), self.p(text or "Not yet described.")]
        out.append(
            self.kv(
                [
                    ("Data subjects", "; ".join(pr.data_subjects)),
                    ("Categories of data", "; ".join(pr.data_categories)),
                    ("Special category data", "; ".join(pr.special_category_data) or "None"),
                    ("Criminal offence data", "Yes" if pr.criminal_offence_data else "No"),
                    ("Recipients", "; ".join(pr.recipients)),
                ]
            )
        )
        return out

    def consultation(self) -> list[Any]:
        from reportlab.lib.units import mm

        cons = self.dpia.consultation
        out = [self.p("Step 3. Consultation", self.h2)]
        if cons.entries:
            rows = [[self.c(h, True) for h in ("Who", "How", "Their views", "Our response")]]
            rows += [
                [self.c(e.stakeholder), self.c(e.method), self.c(e.views), self.c(e.response)]
                for e in cons.entries
            ]
            out.append(self.table(rows, [34 * mm, 40 * mm, 50 * mm, 50 * mm]))
        if cons.not_consulted_reason:
            out += [self.p("Views not sought because", self.h3), self.p(cons.not_consulted_reason)]
        if not cons.entries and not cons.not_consulted_reason:
            out.append(self.p("No consultation recorded yet."))
        return out

    def necessity(self) -> list[Any]:
        n = self.dpia.necessity
        out = [self.p("Step 4. Necessity and proportionality", self.h2)]
        for label, text in (
            ("Lawful basis (Article 6)", n.lawful_basis),
            ("Special category data condition (Article 9)", n.special_category_condition),
            ("Criminal offence data condition (Article 10)", n.criminal_offence_condition),
            ("Appropriate Policy Document", n.appropriate_policy_document),
            ("Necessity and proportionality", n.necessity_and_proportionality),
            ("Preventing function creep", n.function_creep),
            ("Data minimisation", n.minimisation),
            ("Accuracy", n.accuracy),
            ("Retention", n.retention),
            ("Transparency", n.transparency),
            ("Individuals' rights", n.individual_rights),
            ("Processors", n.processors),
            ("International transfers", n.international_transfers),
        ):
            out += [self.p(label, self.h3), self.p(text or "Not yet stated.")]
        return out

    def risks(self) -> list[Any]:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether

        risks = self.dpia.risks
        out: list[Any] = [self.p("Step 5. Risks to individuals", self.h2)]
        rows = [
            [
                self.c(h, True)
                for h in ("ID", "Risk and its source", "Likelihood", "Severity", "Risk")
            ]
        ]
        for r in risks:
            rows.append(
                [
                    self.c(r.id, True),
                    self.p(
                        f"<b>{_text(r.title)}</b><br/>{_text(r.description)}"
                        f"<br/><i>Source:</i> {_text(r.source)}",
                        self.cell,
                        markup=True,
                    ),
                    self.c(r.likelihood.value.capitalize()),
                    self.c(r.severity.value.capitalize()),
                    self.c(r.level.value.upper(), True),
                ]
            )
        table = self.table(rows, [12 * mm, 104 * mm, 20 * mm, 22 * mm, 16 * mm])
        self._colour_levels(table, [r.level for r in risks], column=4)
        out.append(table)
        out.append(KeepTogether([self.p("Risk matrix", self.h3), self.matrix(risks)]))
        out.append(
            self.p(
                "Each cell shows the overall risk for that likelihood and severity; the risks are "
                "placed before measures (plain) and after measures (residual, marked *).",
                self.cell,
            )
        )
        return out

    def matrix(self, risks: tuple[Risk, ...]) -> Any:
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        severities = list(reversed(Severity))
        header = [self.c("Severity \\ Likelihood", True)] + [
            self.c(lk.value.capitalize(), True) for lk in Likelihood
        ]
        rows = [header]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, self.colors.HexColor("#666666")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), self.colors.HexColor("#e3e8ef")),
            ("BACKGROUND", (0, 0), (0, -1), self.colors.HexColor("#e3e8ef")),
        ]
        for row_index, sev in enumerate(severities, start=1):
            row = [self.c(sev.value.capitalize(), True)]
            for col_index, lk in enumerate(Likelihood, start=1):
                level = RISK_MATRIX[(lk, sev)]
                before = [r.id for r in risks if r.likelihood is lk and r.severity is sev]
                after = [
                    f"{r.id}*"
                    for r in risks
                    if r.residual_likelihood is lk and r.residual_severity is sev
                ]
                ids = ", ".join(before + after)
                row.append(
                    self.p(f"<b>{level.value.upper()}</b><br/>{_text(ids)}", self.cell, markup=True)
                )
                style.append(
                    (
                        "BACKGROUND",
                        (col_index, row_index),
                        (col_index, row_index),
                        self.colors.HexColor(_LEVEL_COLOURS[level]),
                    )
                )
            rows.append(row)
        t = Table(rows, colWidths=[38 * mm, 45 * mm, 45 * mm, 45 * mm], rowHeights=None)
        t.setStyle(TableStyle(style))
        return t

    def measures(self) -> list[Any]:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether

        out: list[Any] = [self.p("Step 6. Measures to reduce risk", self.h2)]
        for r in self.dpia.risks:
            block: list[Any] = [self.p(f"{r.id}. {r.title}", self.h3)]
            rows = [[self.c(h, True) for h in ("ID", "Measure", "Effect", "Owner")]]
            rows += [
                [
                    self.c(m.id),
                    self.c(_measure_text(m)),
                    self.c(m.effect.value.capitalize()),
                    self.c(m.owner or "-"),
                ]
                for m in r.measures
            ]
            if len(rows) == 1:
                rows.append([self.c("-"), self.c("No measures yet."), self.c(""), self.c("")])
            block.append(self.table(rows, [14 * mm, 110 * mm, 20 * mm, 30 * mm]))
            residual = r.residual_level
            text = (
                f"Residual risk: <b>{residual.value.upper()}</b> "
                f"(likelihood {r.residual_likelihood}, severity {r.residual_severity}); "
                f"before measures: {r.level.value}."
                if residual is not None and r.residual_likelihood and r.residual_severity
                else "Residual risk: not yet assessed."
            )
            block.append(self.p(text, self.cell, markup=True))
            out.append(KeepTogether(block))
        return out

    def signoff(self, status: Status) -> list[Any]:
        d = self.dpia
        out: list[Any] = [self.p("Step 7. Sign-off and outcomes", self.h2)]
        advice = d.dpo_advice
        so = d.signoff
        pairs: list[tuple[str, str]] = [
            (
                "Submitted to the DPO",
                f"{_person(d.submission.by)}, {_when(d.submission.at)}" if d.submission else "No",
            ),
            (
                "DPO advice provided",
                f"{_person(advice.by)}, {_when(advice.at)}: {advice.recommendation.label}"
                if advice
                else "Not yet",
            ),
            ("Summary of DPO advice", advice.summary if advice else "-"),
        ]
        if advice and advice.conditions:
            pairs.append(("DPO's conditions", advice.conditions))
        if advice:
            pairs.append(
                (
                    "DPO advised consulting the ICO",
                    "Yes" if advice.ico_consultation_advised else "No",
                )
            )
        if so:
            response = so.advice_response
            pairs += [
                (
                    "Measures approved by",
                    f"{_person(so.measures_approved_by)}, {_when(so.approved_at)}",
                ),
                (
                    "Residual risks approved by",
                    f"{_person(so.residual_risks_approved_by)}, {_when(so.approved_at)}",
                ),
                (
                    "DPO advice accepted or overruled",
                    "Accepted"
                    if response.accepted
                    else f"OVERRULED by {_person(so.residual_risks_approved_by)}. Reasons: "
                    f"{response.reasons}",
                ),
                (
                    "Consultation responses reviewed by",
                    _person(so.consultation_reviewed_by)
                    if so.consultation_reviewed_by
                    else "No consultation responses to review",
                ),
                (
                    "Departure from the views of those consulted",
                    so.departure_from_views or "None",
                ),
                ("Kept under review by", _person(so.review_owner)),
                ("Review date", _day(so.review_date)),
            ]
        else:
            pairs.append(("Approval", "Not yet approved"))
        ico = d.ico_consultation
        if ico:
            ico_text = (
                f"Reference {ico.reference}, submitted {_day(ico.submitted_on)}: "
                f"{ico.outcome.label}"
                + (
                    f" (response received {_day(ico.response_received_on)})"
                    if ico.response_received_on
                    else ""
                )
                + (f". {ico.summary}" if ico.summary else "")
            )
        elif d.ico_consultation_required():
            ico_text = "REQUIRED (a high residual risk remains) and not recorded"
        else:
            ico_text = "Not required: no high residual risk remains"
        pairs.append(("ICO prior consultation (Art 36)", ico_text))
        if d.previous_version:
            pairs.append(
                (
                    "Replaces",
                    f"version {d.previous_version.version} (SHA-256 {d.previous_version.sha256})",
                )
            )
        from reportlab.platypus import KeepTogether

        # The sign-off reads as one block: start it on a new page rather than split it.
        return [KeepTogether([*out, self.kv(pairs)])]

    def _colour_levels(self, table: Any, levels: list[RiskLevel], column: int) -> None:
        from reportlab.platypus import TableStyle

        table.setStyle(
            TableStyle(
                [
                    (
                        "BACKGROUND",
                        (column, i),
                        (column, i),
                        self.colors.HexColor(_LEVEL_COLOURS[level]),
                    )
                    for i, level in enumerate(levels, start=1)
                ]
            )
        )


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _person(person: Person) -> str:
    return f"{person.name}, {person.role}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _day(day: date) -> str:
    """A day as people in the UK read it: "6 December 2026" (English month names, whatever the
    process locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _when(moment: datetime) -> str:
    """A time on UK clocks (GMT or BST): "6 December 2026, 14:05"."""
    local = moment.astimezone(ZoneInfo("Europe/London"))
    return f"{_day(local.date())}, {local:%H:%M}"


def _version_text(d: DPIA) -> str:
    if d.previous_version is None:
        return f"{d.version} (first version)"
    return f"{d.version} (replaces version {d.previous_version.version})"


def _measure_text(measure: Any) -> str:
    """A measure and who backs it: the product (with the tests that show it) or the provider."""
    if measure.provider_action:
        return f"{measure.description} [Provider action: the gateway does not enforce this.]"
    shown_by = ", ".join(measure.enforced_by)
    return f"{measure.description} [Enforced by the gateway; shown by {shown_by}.]"
