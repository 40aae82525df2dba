"""A fictional, fully worked DPIA for demonstrations and tests (never for real use).

``DEMO_ANSWERS`` replaces every ``[TO CONFIRM: ...]`` in the Prevent sharing template with
invented answers (``DEMO_ANSWERS_BY_ACTIVITY`` has them for every template);
``approved_demo_dpia`` walks it through submission, DPO advice and approval.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from dpia.model import DPIA, DPORecommendation, Person
from dpia.templates import (
    PREVENT_CONCERN_RECORDING,
    PREVENT_REFERRAL_SHARING,
    prevent_referral_sharing_template,
)
from dpia.workflow import advise, approve, set_fields, submit

DEMO_ANSWERS: dict[str, str] = {
    "consultation.entries.C1.method": "Student forum, online meeting (fictional demo)",
    "consultation.entries.C1.views": (
        "Students asked that lawful views never lead to a referral and that they are told what "
        "can be shared."
    ),
    "consultation.entries.C1.response": "Added measures M6.1 and M2.1.",
    "consultation.entries.C2.method": "Meeting with the Coordinator (fictional demo)",
    "consultation.entries.C2.views": "Prefers one signed package per referral, verifiable offline.",
    "consultation.entries.C3.views": "No objections; keys must be rotated yearly.",
    "necessity.lawful_basis": (
        "UK GDPR Article 6(1)(e): public task, the Prevent duty in section 26 of the "
        "Counter-Terrorism and Security Act 2015 (fictional demo provider)."
    ),
    "necessity.appropriate_policy_document": "APD-DEMO-1, next review in 12 months (fictional).",
    "necessity.retention": (
        "Case and disclosure records: 6 years, as the gateway's shipped retention schedule "
        "(fictional demo). The sharing log holds no names or free text, only a keyed "
        "pseudonym of each student whose key is destroyed with the case, after which the "
        "entries are anonymous; it is kept permanently."
    ),
    "necessity.processors": "None: runs on the provider's own infrastructure (fictional demo).",
}

#: The fictional answers for the concern-recording template.
DEMO_RECORDING_ANSWERS: dict[str, str] = {
    "consultation.entries.C1.method": "Student forum, online meeting (fictional demo)",
    "consultation.entries.C1.views": (
        "Students asked how long a concern is kept when nothing comes of it."
    ),
    "consultation.entries.C1.response": "The privacy notice now states the retention periods.",
    "consultation.entries.C2.method": "Associate Tutor briefing (fictional demo)",
    "consultation.entries.C2.views": "Tutors want to see what happened to concerns they raised.",
    "necessity.lawful_basis": (
        "UK GDPR Article 6(1)(e): public task, the Prevent duty in section 26 of the "
        "Counter-Terrorism and Security Act 2015 (fictional demo provider)."
    ),
    "necessity.appropriate_policy_document": "APD-DEMO-1, next review in 12 months (fictional).",
    "necessity.retention": (
        "The shipped retention schedule, adopted unchanged (fictional demo)."
    ),
    "necessity.transparency": (
        "The student privacy notice, section 7 (fictional demo): concerns, monitoring under "
        "policy 5.2, and retention periods."
    ),
    "necessity.processors": "None: runs on the provider's own infrastructure (fictional demo).",
}

DEMO_ANSWERS_BY_ACTIVITY: dict[str, dict[str, str]] = {
    PREVENT_REFERRAL_SHARING: DEMO_ANSWERS,
    PREVENT_CONCERN_RECORDING: DEMO_RECORDING_ANSWERS,
}


def completed_demo_dpia(*, controller: str, created_by: Person, at: datetime) -> DPIA:
    """The Prevent template with the demo answers filled in: a draft ready to submit."""
    draft = prevent_referral_sharing_template(controller=controller, created_by=created_by, at=at)
    return set_fields(draft, list(DEMO_ANSWERS.items()))


def approved_demo_dpia(
    *,
    controller: str,
    preparer: Person,
    dpo: Person,
    approver: Person,
    at: datetime,
    review_in: timedelta = timedelta(days=365),
) -> DPIA:
    """A fictional approved DPIA for ``prevent-referral-sharing``, in force from ``at``."""
    draft = completed_demo_dpia(controller=controller, created_by=preparer, at=at)
    submitted = submit(draft, by=preparer, at=at)
    advised = advise(
        submitted,
        dpo=dpo,
        at=at,
        recommendation=DPORecommendation.PROCEED,
        summary=(
            "The measures address the risks; proceed, and check the provider actions (M2.3, "
            "M2.4) each year."
        ),
    )
    return approve(
        advised,
        measures_approved_by=approver,
        residual_risks_approved_by=approver,
        advice_accepted=True,
        review_date=(at + review_in).date(),
        review_owner=dpo,
        at=at,
    )
