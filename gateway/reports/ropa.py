"""The record of processing activities (UK GDPR Art 30(1)), with the items DPA 2018 Sch 1
para 41 adds where special category or criminal offence data is processed under an
appropriate policy document: the condition relied on, how the processing satisfies Art 6, and
whether the retention policy was followed (and if not, why not).

Built from the installation itself: its organisation, its DPO accounts, its registered
recipients, the lawful bases its disclosures recorded, its retention schedule and plan, and its
DPIAs. It names no student and holds no case content: counts, codes and the provider's own
descriptions only.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

import dpia as lib
from gateway.config import Settings
from gateway.pdf_pages import MARKING, marked_canvas
from gateway.retention.plan import PlanItem, PlanStatus, build_plan
from gateway.retention.schedule import RecordClass, Schedule
from gateway.timeutil import long_date

#: What the gateway itself does to keep the data secure (Art 30(1)(g), Art 32); each is in the
#: product and documented in README.md and docs/.
SECURITY_MEASURES = (
    "Case content encrypted at rest (AES-256-GCM) under a key per case, wrapped by a "
    "key-encryption key; disposal destroys the case's key.",
    "Role-based access: everything is denied unless the person's role allows it; the DPO never "
    "approves what they prepared.",
    "Every read of case data recorded in an access log the database refuses to edit, sealed "
    "into the signed sharing log.",
    "Disclosures signed (Ed25519) and sealed for one registered recipient (HPKE), recorded in "
    "an append-only, tamper-evident sharing log (RFC 9162) that auditors verify offline.",
    "Other people's personal data redacted, and every redaction reviewed, before anything is "
    "approved or released.",
    "Sign-in with a password and a second factor, throttled; API tokens scoped to a role.",
)


@dataclass(frozen=True)
class RopaLine:
    activity: str
    field: str
    label: str
    value: str


@dataclass(frozen=True)
class _Activity:
    code: str
    name: str
    purposes: str
    classes: tuple[RecordClass, ...]
    dpia: str | None


ACTIVITIES = (
    _Activity(
        lib.PREVENT_CONCERN_RECORDING,
        "Recording and investigating Prevent concerns about students",
        "To meet the Prevent duty (Counter-Terrorism and Security Act 2015 s.26): record concerns "
        "raised by staff, Associate Tutors and students (policy 7.1-7.5), investigate them "
        "(8.1) and decide with the Senior Management Team (9.1-9.2), safeguarding first (2.1).",
        (
            RecordClass.UNDECIDED_CASE,
            RecordClass.NO_FURTHER_ACTION_RECORD,
            RecordClass.INTERNAL_ACTION_CASE,
            RecordClass.REFERRAL_CASE,
            RecordClass.ACCESS_LOG,
        ),
        lib.PREVENT_CONCERN_RECORDING,
    ),
    _Activity(
        lib.PREVENT_REFERRAL_SHARING,
        "Sharing information about a student with the Regional Prevent Coordinator, Channel and "
        "the police",
        "To refer a student, only on clear and compelling evidence (policy 7.3) after a referral "
        "decision (9.2), to the Regional Prevent Coordinator (10.1) or, after discussion with "
        "them, Channel (10.2).",
        (RecordClass.DISCLOSURE_PACKAGE, RecordClass.DECISION_NOT_TO_SHARE),
        lib.PREVENT_REFERRAL_SHARING,
    ),
    _Activity(
        "subject-access-requests",
        "Answering subject access requests about Prevent records",
        "To give students access to the records held about them (UK GDPR Art 15), applying "
        "exemptions item by item (DPA 2018 Sch 2 para 2).",
        (RecordClass.ACCESS_REQUEST,),
        None,
    ),
    _Activity(
        "prevent-training-records",
        "Recording staff Prevent training",
        "To show that staff and Associate Tutors are trained in the Prevent duty (policy 3.1).",
        (RecordClass.TRAINING_RECORD,),
        None,
    ),
)

_NON_DPIA = {
    "subject-access-requests": {
        "data_subjects": "Students who make a request; people named in their records",
        "data_categories": "The request, the records found and the DPO's decision on each, "
        "with the reasoning for anything withheld",
        "recipients": "The student who asked",
    },
    "prevent-training-records": {
        "data_subjects": "Staff and Associate Tutors who must take Prevent training",
        "data_categories": "Staff id, name, staff group, start and leaving dates, modules "
        "completed and when",
        "recipients": "None outside the provider (counts only in the annual report)",
    },
}


def _dpia_processing(session: Session, activity: str) -> lib.DPIA | None:
    from gateway.dpias.service import governing_version

    try:
        return governing_version(session, activity)
    except Exception:  # noqa: BLE001 - a damaged DPIA is reported, not a reason to fail the RoPA
        return None


def _bases_used(session: Session) -> tuple[Counter[str], Counter[str], Counter[str]]:
    from gateway.disclosures.models import LawfulBasisEntry

    art6: Counter[str] = Counter()
    sch1: Counter[str] = Counter()
    art10: Counter[str] = Counter()
    for row in session.execute(
        select(
            LawfulBasisEntry.art6_basis,
            LawfulBasisEntry.art9_condition,
            LawfulBasisEntry.schedule1_paragraph,
            LawfulBasisEntry.art10_paragraph,
        )
    ):
        if row.art6_basis is not None:
            art6[str(row.art6_basis)] += 1
        if row.art9_condition is not None:
            para = f" + DPA 2018 Sch 1 para {row.schedule1_paragraph}" if row.schedule1_paragraph \
                else ""
            sch1[f"{row.art9_condition}{para}"] += 1
        if row.art10_paragraph is not None:
            art10[f"art10 + DPA 2018 Sch 1 para {row.art10_paragraph}"] += 1
    return art6, sch1, art10


def _counted(counter: Counter[str]) -> str:
    return "; ".join(f"{code} ({n} disclosure{'s' if n != 1 else ''})"
                     for code, n in sorted(counter.items()))


def _retention(schedule: Schedule, activity: _Activity) -> str:
    return "; ".join(
        f"{schedule.rule(c).describe()} ({schedule.rule(c).source})" for c in activity.classes
    )


#: What keeps a record past its due date, as the plan words it -> as the record words it.
_BLOCKS = {
    "legal hold": "a legal hold",
    "complaint": "an open complaint",
    "subject access request": "an open subject access request",
    "internal action under review": "an internal-action review not yet re-decided",
    "is kept until": "a record inside the case kept longer",
}


def _followed(plan: list[PlanItem], activity: _Activity) -> str:
    """Para 41(c): whether records were kept and erased as the policy says, and if not why."""
    mine = [i for i in plan if i.record_class in activity.classes]
    overdue = [i for i in mine if i.status is PlanStatus.DUE]
    held = [i for i in mine if i.status is PlanStatus.BLOCKED]
    review = [i for i in mine if i.status is PlanStatus.REVIEW]
    if not (overdue or held or review):
        return (f"Yes: none of the {len(mine)} records under the schedule is past its due date.")
    parts = []
    if overdue:
        parts.append(
            f"No for {len(overdue)} record(s) past their due date and not yet destroyed: the "
            "next retention run destroys them"
        )
    if held:
        reasons = {_BLOCKS[key] for i in held for r in i.reasons for key in _BLOCKS if key in r}
        parts.append(
            f"{len(held)} record(s) kept past their due date because something blocks disposal ("
            + ", ".join(sorted(reasons)) + "), as the schedule allows"
        )
    if review:
        parts.append(f"{len(review)} record(s) due for review by the DPO")
    return "; ".join(parts) + "."


def build_ropa(
    session: Session, settings: Settings, schedule: Schedule, today: date
) -> list[RopaLine]:
    """Every activity's Art 30 entries and the para 41 items, as lines."""
    from gateway.recipients.models import Recipient
    from gateway.users.domain import Role
    from gateway.users.models import User

    dpos = sorted(
        u.display_name
        for u in session.scalars(select(User).where(User.role == Role.DPO, User.active.is_(True)))
    )
    recipients = [
        f"{r.kind.label}: {r.organisation}"
        for r in session.scalars(
            select(Recipient).where(Recipient.active.is_(True)).order_by(Recipient.id)
        )
    ]
    art6, sch1, art10 = _bases_used(session)
    plan = build_plan(session, schedule, today)
    art6_default = (
        "Art 6(1)(e) public task: the Prevent duty, Counter-Terrorism and Security Act 2015 "
        "s.26 (DPA 2018 s.8)"
        if settings.public_authority
        else "Art 6(1)(e) public task (the Prevent duty, CTSA 2015 s.26) or, for a provider that "
        "is not a public authority, Art 6(1)(f) with a legitimate interests assessment"
    )
    lines: list[RopaLine] = []
    for activity in ACTIVITIES:
        def add(field: str, label: str, value: str, a: _Activity = activity) -> None:
            lines.append(RopaLine(a.code, field, label, value or "-"))

        governing = _dpia_processing(session, activity.dpia) if activity.dpia else None
        add("name", "Processing activity", activity.name)
        add("controller", "Controller", settings.organisation_name)
        add("dpo", "Data Protection Officer", ", ".join(dpos) or "No active DPO account")
        add("purposes", "Purposes (Art 30(1)(b))", activity.purposes)
        if governing is not None:
            p = governing.processing
            add("data_subjects", "Categories of data subjects (Art 30(1)(c))",
                "; ".join(p.data_subjects))
            add("data_categories", "Categories of personal data (Art 30(1)(c))",
                "; ".join(p.data_categories))
            add("special_category", "Special category data",
                "; ".join(p.special_category_data) or "None")
            add("criminal_offence", "Criminal offence data",
                "Yes" if p.criminal_offence_data else "No")
        elif activity.code in _NON_DPIA:
            fixed = _NON_DPIA[activity.code]
            add("data_subjects", "Categories of data subjects (Art 30(1)(c))",
                fixed["data_subjects"])
            add("data_categories", "Categories of personal data (Art 30(1)(c))",
                fixed["data_categories"])
        else:
            add("data_subjects", "Categories of data subjects (Art 30(1)(c))",
                "Not yet described: no DPIA for this activity")
        if activity.code == lib.PREVENT_REFERRAL_SHARING:
            add("recipients", "Recipients (Art 30(1)(d))",
                "; ".join(recipients) or "No recipient registered")
        elif activity.code in _NON_DPIA:
            add("recipients", "Recipients (Art 30(1)(d))", _NON_DPIA[activity.code]["recipients"])
        else:
            add("recipients", "Recipients (Art 30(1)(d))",
                "None outside the provider; sharing is its own activity")
        add("transfers", "Transfers to third countries (Art 30(1)(e))", "None")
        add("retention", "Time limits for erasure (Art 30(1)(f))", _retention(schedule, activity))
        add("security", "Security measures (Art 30(1)(g))", " ".join(SECURITY_MEASURES))
        if activity.dpia:
            in_force = governing is not None and lib.refusal(governing, activity.dpia, today) \
                is None
            add("dpia", "DPIA", f"{activity.dpia}: "
                + (f"version {governing.version}, in force" if in_force and governing
                   else "not in force"))
        # DPA 2018 Sch 1 para 41.
        if activity.code == lib.PREVENT_REFERRAL_SHARING:
            add("para41_condition", "Sch 1 condition relied on (para 41(a))",
                _counted(sch1 + art10) or "None recorded yet: each disclosure records its own")
            add("para41_art6", "How Art 6 is satisfied (para 41(b))",
                _counted(art6) or art6_default)
        elif activity.dpia:
            add("para41_condition", "Sch 1 condition relied on (para 41(a))",
                "Art 9(2)(g) + DPA 2018 Sch 1 para 18 (safeguarding of individuals at risk) or "
                "para 10 (preventing or detecting unlawful acts); Art 10 + Sch 1 para 10 or 18 "
                "for alleged offences")
            add("para41_art6", "How Art 6 is satisfied (para 41(b))", art6_default)
        else:
            add("para41_art6", "How Art 6 is satisfied (para 41(b))",
                "Art 6(1)(c) legal obligation (UK GDPR Art 15)"
                if activity.code == "subject-access-requests" else art6_default)
        add("para41_retention", "Retention policy followed? If not, why (para 41(c))",
            _followed(plan, activity))
    return lines


COLUMNS = ("activity", "field", "label", "value")


def to_csv(lines: list[RopaLine]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for line in lines:
        writer.writerow((line.activity, line.field, line.label, line.value))
    return buffer.getvalue()


def render_pdf(lines: list[RopaLine], organisation: str, today: date) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=8.5, leading=11)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Record of processing activities", author=organisation,
                            subject=MARKING, creator="prevent-gateway")
    story: list[object] = [
        Paragraph("Record of processing activities", styles["Title"]),
        Paragraph(
            esc(f"{organisation} · UK GDPR Art 30(1) and DPA 2018 Sch 1 para 41 · as of "
                f"{long_date(today)} · built from the installation's configuration and records"),
            styles["Normal"]),
        Spacer(1, 6),
    ]
    width = A4[0] - 36 * mm
    for activity in dict.fromkeys(line.activity for line in lines):
        mine = [line for line in lines if line.activity == activity]
        story.append(Paragraph(esc(mine[0].value), styles["Heading2"]))
        table = Table(
            [[Paragraph(esc(line.label), cell), Paragraph(esc(line.value), cell)]
             for line in mine[1:]],
            colWidths=[width * 0.3, width * 0.7],
        )
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, "#999999"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [table, Spacer(1, 8)]
    doc.build(story, canvasmaker=marked_canvas(f"Record of processing activities · {organisation}"))
    return buffer.getvalue()
