"""Pre-filled DPIA for Prevent information sharing, which the DPO edits rather than starting blank.

The content follows the provider's Prevent Duty policy (paragraph numbers in brackets). Text the
organisation has to supply itself is marked ``[TO CONFIRM: ...]``; a DPIA cannot be submitted
while any such marker is left (see :func:`dpia.completeness.missing_for_submission`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dpia.model import DPIA, Person

PREVENT_REFERRAL_SHARING = "prevent-referral-sharing"
"""Processing activity code: sharing a student's data with the Regional Prevent Coordinator."""


def _measure(
    mid: str, description: str, effect: str = "reduced", owner: str = ""
) -> dict[str, str]:
    return {"id": mid, "description": description, "effect": effect, "owner": owner}


_NEED = (
    "The processing shares special category data (beliefs, political opinions, ethnic origin, "
    "health) and information about alleged offences about students, some of whom may be "
    "vulnerable, with counter-terrorism bodies, without the student's knowledge where telling "
    "them would prejudice crime prevention. A referral can have significant effects on a "
    "student's life and studies, and the processing rests on the evaluation of what people say "
    "and write. Several of the ICO's high-risk indicators therefore apply (sensitive data, "
    "vulnerable people, invisible processing, significant effects), so a DPIA is required "
    "(UK GDPR Art 35) before any information is shared."
)

_PROCESSING: dict[str, Any] = {
    "nature": (
        "A concern about a student is raised by a member of staff, an Associate Tutor, a student "
        "through the Student Support Team, or from a report of material on social media "
        "(policy 5.3, 7.1-7.5). The Prevent Lead (Director of Quality and Student Services, or "
        "nominee) gathers the information and evidence (8.1) and the case is decided with the "
        "Senior Management Team (8.2, 9.1). Only when the outcome is a referral (9.2) does the "
        "gateway prepare a disclosure: the data items the Prevent Lead selects, each with its "
        "reason; free text with other people's personal data redacted; and the lawful-basis "
        "record. The DPO approves each disclosure before release (an emergency path for a "
        "serious and immediate risk to life is reviewed by the DPO afterwards). The package is "
        "signed and released only to a registered, active recipient: the Regional Prevent "
        "Coordinator, and the Channel process after discussion with the Coordinator (10.2). "
        "Every release, and every decision not to share, is recorded in a tamper-evident sharing "
        "log that holds no personal data. Case data is held in the gateway's database and "
        "deleted at the end of its retention period."
    ),
    "scope": (
        "Students who are the subject of a Prevent concern that reaches a referral decision. "
        "Data: identity and contact details, student number and programme, the concern and its "
        "chronology, evidence (posts and messages on the learning platform, social-media "
        "content) with its provenance, the decision and its rationale. This may reveal special "
        "category data (religious or philosophical beliefs, political opinions, racial or "
        "ethnic origin, health) and information about alleged offences. Referrals are expected "
        "to be rare; the number of cases is reported each year to the Executive Management "
        "Board and the University of Liverpool (4.2). Students study online from across the UK "
        "and abroad (1.3); data is shared only with the Regional Prevent Coordinator in England."
    ),
    "context": (
        "Students are adults studying online; some may be vulnerable. They are told that the "
        "learning platform is monitored (5.2) but would not expect their views to be passed to "
        "counter-terrorism bodies except in serious cases. Being referred can cause distress, "
        "stigma and lasting harm even when no further action follows, and there is public "
        "concern that Prevent falls unfairly on some faith and ethnic groups and deters lawful "
        "expression. The provider's approach is safeguarding first (2.1), proportionate, not "
        "directed at any ethnic, social, ideological or religious group (2.2), and committed to "
        "freedom of speech (2.3). Assumptions are not to be made on the basis of information "
        "received, and referrals are investigated thoroughly and fairly (7.2)."
    ),
    "purposes": (
        "To meet the Prevent duty (section 26, Counter-Terrorism and Security Act 2015) by "
        "sharing information with the Regional Prevent Coordinator, and with the Channel process "
        "after discussion with the Coordinator, only where there is clear and compelling "
        "evidence (7.3) of serious and immediate issues of safety to the student or others, or "
        "evidence that a criminal act may be or has been committed (9.2). Intended effect: the "
        "student is safeguarded and offered multi-agency support. Benefits: protection of the "
        "student and others; a documented, accountable decision that an auditor can check."
    ),
    "data_subjects": [
        "Students who are the subject of a referral",
        "People named in the evidence (other students, staff, family): redacted before release",
        "Staff and Associate Tutors who raised the concern",
    ],
    "data_categories": [
        "Identity and contact details",
        "Student record: student number, programme, study status",
        "The concern, its chronology and the case decision with its rationale",
        "Evidence items (learning-platform posts, messages, social-media content) with provenance",
    ],
    "special_category_data": [
        "Religious or philosophical beliefs",
        "Political opinions",
        "Racial or ethnic origin",
        "Health, including mental health",
    ],
    "criminal_offence_data": True,
    "recipients": [
        "Regional Prevent Coordinator",
        "Channel panel (after discussion with the Regional Prevent Coordinator)",
        "Police Prevent team (only when registered and the disclosure is approved)",
    ],
}

_CONSULTATION: dict[str, Any] = {
    "entries": [
        {
            "id": "C1",
            "stakeholder": "Students (through student representatives)",
            "method": "[TO CONFIRM: how student views were sought, e.g. student forum, date]",
            "views": "[TO CONFIRM: the views received]",
            "response": "[TO CONFIRM: how the views changed the processing, or why not]",
        },
        {
            "id": "C2",
            "stakeholder": "Regional Prevent Coordinator",
            "method": "[TO CONFIRM: meeting or correspondence, date]",
            "views": "[TO CONFIRM: what the Coordinator needs to receive, and in what form]",
            "response": "",
        },
        {
            "id": "C3",
            "stakeholder": "Information security lead",
            "method": "Review of the design: signed packages, recipient keys, sharing log",
            "views": "[TO CONFIRM: the security review's findings]",
            "response": "",
        },
    ],
    "not_consulted_reason": "",
}

_NECESSITY: dict[str, Any] = {
    "lawful_basis": (
        "UK GDPR Article 6(1)(e): a task in the public interest laid down in law (DPA 2018 s.8), "
        "namely the Prevent duty in section 26 of the Counter-Terrorism and Security Act 2015. "
        "A provider that is not a public authority may rely on Article 6(1)(f) legitimate "
        "interests instead, with a legitimate interests assessment. [TO CONFIRM: which basis "
        "applies to this provider, and the LIA reference if 6(1)(f)]"
    ),
    "special_category_condition": (
        "Article 9(2)(g) substantial public interest, with DPA 2018 Schedule 1 Part 2: "
        "paragraph 10 (preventing or detecting unlawful acts), where asking for consent would "
        "prejudice that purpose; or paragraph 18 (safeguarding of children and of individuals at "
        "risk), where the student is at risk and consent cannot reasonably be obtained. Each "
        "disclosure records the paragraph relied on and why."
    ),
    "criminal_offence_condition": (
        "Article 10 UK GDPR with DPA 2018 s.10(5) and Schedule 1 paragraph 10 or 18 as above; "
        "recorded for each disclosure."
    ),
    "appropriate_policy_document": (
        "Required for the Schedule 1 Part 2 conditions (DPA 2018 Sch 1 para 5). "
        "[TO CONFIRM: the Appropriate Policy Document's reference and next review date]"
    ),
    "necessity_and_proportionality": (
        "Sharing is the only route to the multi-agency support the Prevent duty exists to "
        "provide; internal, supportive action is used instead whenever it is enough (9.2). "
        "Information is shared only after a referral decision on the policy 9.2 grounds, on clear "
        "and compelling evidence (7.3), normally after discussion with the Regional Prevent "
        "Coordinator (8.2, 10.2), and each disclosure is approved by the DPO against its own "
        "statement of necessity and proportionality. Sharing with several agencies across the "
        "UK or abroad is ruled out (1.3, 10.1)."
    ),
    "function_creep": (
        "The data is used for the Prevent case and the referral only, never for academic, "
        "disciplinary or marketing decisions. The gateway refuses a disclosure under an activity "
        "whose DPIA is not in force, releases only to registered recipients, and logs every "
        "release; a new purpose needs a new DPIA."
    ),
    "minimisation": (
        "The Prevent Lead selects each data item with a reason, and the DPO checks the selection. "
        "Other people's personal data in free text is redacted before release. Only numbers, "
        "not names, are reported to the Executive Management Board and the University (4.2)."
    ),
    "accuracy": (
        "Evidence is kept with its SHA-256 digest and provenance; the case chronology is only "
        "ever added to; opinion is recorded as opinion and kept apart from fact; the student's "
        "identity is checked against the student record before release; corrections are sent "
        "to every recipient (UK GDPR Art 19)."
    ),
    "retention": (
        "[TO CONFIRM: retention periods for Prevent case records and disclosure records, from the "
        "records retention schedule]. The sharing log holds no personal data and is kept as a "
        "permanent accountability record."
    ),
    "transparency": (
        "The student privacy notice says that information may be shared under the Prevent duty "
        "and what is never a reason for sharing (lawful views and beliefs). Whether a student is "
        "told about a disclosure is decided and recorded each time; where telling them would "
        "prejudice the prevention or detection of crime, DPA 2018 Schedule 2 paragraph 2 is "
        "relied on and the reason recorded."
    ),
    "individual_rights": (
        "Requests (access, rectification, erasure, restriction, objection) go to the DPO and are "
        "handled under the usual procedure. Exemptions are applied case by case, never as a "
        "blanket, and each use is recorded. Objections under Article 21 are considered on their "
        "merits when 6(1)(e) is relied on."
    ),
    "processors": (
        "[TO CONFIRM: who hosts the gateway (provider and contract reference), or 'None' if it "
        "runs on the provider's own infrastructure]"
    ),
    "international_transfers": (
        "None. Referrals go only to the Regional Prevent Coordinator (and Channel) in England; a "
        "student living abroad is not a reason to share with overseas authorities (1.3, 10.1)."
    ),
}

_RISKS: list[dict[str, Any]] = [
    {
        "id": "R1",
        "title": "Wrongful referral harming a student",
        "description": (
            "A student is referred without sufficient grounds, or on a misreading of what they "
            "said, and suffers distress, stigma, damage to their studies or career, or contact "
            "from the police, even if no action follows."
        ),
        "source": (
            "Mistaken or malicious concerns; lawful but unpopular views misread as extremism; "
            "decisions taken quickly without the full picture."
        ),
        "likelihood": "possible",
        "severity": "severe",
        "measures": [
            _measure(
                "M1.1",
                "A referral is possible only after a recorded decision by the Prevent Lead and "
                "the Senior Management Team on the policy 9.2 grounds, with the rationale and the "
                "clear and compelling evidence (7.3) written down.",
                owner="Prevent Lead",
            ),
            _measure(
                "M1.2",
                "The DPO approves each disclosure before release, and the approval is bound to the "
                "exact content: any later change voids it. The preparer can never approve.",
                owner="DPO",
            ),
            _measure(
                "M1.3",
                "The case is discussed with the Regional Prevent Coordinator before a Channel "
                "referral (10.2), and the student is offered support by the Student Support Team "
                "throughout (2.1, 7.2).",
                owner="Prevent Lead",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "severe",
    },
    {
        "id": "R2",
        "title": "Discriminatory targeting of a group contrary to policy 2.2",
        "description": (
            "Students of a particular faith, ethnicity, nationality or political outlook are "
            "reported, investigated or referred more often because of who they are rather than "
            "what they have done, contrary to policy 2.2 and the Equality Act 2010."
        ),
        "source": (
            "Bias or stereotyping in the concerns raised, in monitoring, or in decisions; "
            "training that focuses on one ideology."
        ),
        "likelihood": "possible",
        "severity": "severe",
        "measures": [
            _measure(
                "M2.1",
                "A protected characteristic, belief or lawful view is never itself a ground for "
                "referral; each decision records the conduct relied on and the freedom-of-speech "
                "consideration (2.2-2.4).",
                owner="Prevent Lead",
            ),
            _measure(
                "M2.2",
                "Staff and Associate Tutor Prevent training (3.1) covers unconscious bias and the "
                "policy's commitment not to target any group.",
                owner="Director of Quality and Student Services",
            ),
            _measure(
                "M2.3",
                "The annual report to the Executive Management Board (4.2) includes an equality "
                "review of concerns and referrals, in numbers only, to detect a skew.",
                owner="Executive Management Board",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "severe",
    },
    {
        "id": "R3",
        "title": "Excessive sharing",
        "description": (
            "More is shared than the purpose needs: whole records instead of the relevant items, "
            "special category data not relevant to the concern, or other people's personal data "
            "in messages and posts."
        ),
        "source": "Convenience when preparing a package; free text that names third parties.",
        "likelihood": "possible",
        "severity": "significant",
        "measures": [
            _measure(
                "M3.1",
                "Each data item is selected individually with the reason it is needed; special "
                "category and criminal offence data need their own condition on the disclosure.",
                owner="Prevent Lead",
            ),
            _measure(
                "M3.2",
                "Other people's personal data in free text is found and redacted before release; "
                "the DPO reviews the redacted content, which is what the approval covers.",
                owner="DPO",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "significant",
    },
    {
        "id": "R4",
        "title": "Breach in transit",
        "description": (
            "The referral is intercepted, sent to the wrong person, or altered on the way, "
            "exposing highly sensitive information about the student."
        ),
        "source": "Email misaddressing, interception, impersonation of a recipient, lost media.",
        "likelihood": "possible",
        "severity": "severe",
        "measures": [
            _measure(
                "M4.1",
                "Packages go only to registered, active recipients whose public keys are held in "
                "the recipient registry; unregistered or inactive recipients are refused.",
                owner="Administrator",
            ),
            _measure(
                "M4.2",
                "Each package is signed by the organisation and carries a manifest of SHA-256 "
                "digests, so the recipient can verify offline that it is complete and unaltered; "
                "it is never sent as an ordinary email attachment.",
                owner="Prevent Lead",
            ),
            _measure(
                "M4.3",
                "Every release is recorded in the tamper-evident sharing log, so an unexpected or "
                "altered disclosure is detectable by an auditor.",
                owner="DPO",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "severe",
    },
    {
        "id": "R5",
        "title": "Inaccurate records",
        "description": (
            "The information shared is wrong, out of date, about the wrong student, or presents "
            "opinion as fact, leading to unfair decisions by the recipient."
        ),
        "source": "Second-hand reports, copied screenshots, identity mix-ups, stale records.",
        "likelihood": "possible",
        "severity": "significant",
        "measures": [
            _measure(
                "M5.1",
                "Evidence is stored with its provenance and SHA-256; the chronology is only added "
                "to; opinion is labelled as opinion.",
                owner="Prevent Lead",
            ),
            _measure(
                "M5.2",
                "The student's identity is checked against the student record before release, and "
                "any correction is sent to every recipient of the earlier disclosure (Art 19).",
                owner="Prevent Lead",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "significant",
    },
    {
        "id": "R6",
        "title": "Chilling effect on freedom of speech",
        "description": (
            "Knowing that concerns can be shared with counter-terrorism bodies, students and "
            "staff avoid lawful discussion of religion, politics or controversial subjects, "
            "contrary to the provider's commitment to freedom of speech (2.3)."
        ),
        "source": "Monitoring of the learning platform (5.2); unclear or alarming communications.",
        "likelihood": "probable",
        "severity": "significant",
        "measures": [
            _measure(
                "M6.1",
                "The privacy notice and the student handbook explain plainly what can lead to a "
                "referral (9.2) and that lawful views and beliefs never do (2.3).",
                owner="DPO",
            ),
            _measure(
                "M6.2",
                "Every case decision records the freedom-of-speech consideration, and the annual "
                "report (4.2) publishes how few concerns led to a referral.",
                owner="Prevent Lead",
            ),
        ],
        "residual_likelihood": "possible",
        "residual_severity": "significant",
    },
]


def prevent_referral_sharing_template(*, controller: str, created_by: Person, at: datetime) -> DPIA:
    """A draft DPIA (version 1) for ``prevent-referral-sharing``, pre-filled for the DPO to edit."""
    return DPIA.from_dict(
        {
            "activity": PREVENT_REFERRAL_SHARING,
            "title": (
                "Sharing information about a student with the Regional Prevent Coordinator "
                "and Channel"
            ),
            "controller": controller,
            "need_for_dpia": _NEED,
            "created_by": created_by.model_dump(mode="json"),
            "created_at": at.isoformat(),
            "processing": _PROCESSING,
            "consultation": _CONSULTATION,
            "necessity": _NECESSITY,
            "risks": _RISKS,
        }
    )


TEMPLATES = {PREVENT_REFERRAL_SHARING: prevent_referral_sharing_template}
"""Templates by processing activity code."""
