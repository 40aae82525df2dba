"""Pre-filled DPIAs the DPO edits rather than starting blank: one for sharing information about
a student (``prevent-referral-sharing``), one for recording concerns and the monitoring behind
them (``prevent-concern-recording``).

The content follows the provider's Prevent Duty policy (paragraph numbers in brackets). Text the
organisation has to supply itself is marked ``[TO CONFIRM: ...]``; a DPIA cannot be submitted
while any such marker is left (see :func:`dpia.completeness.missing_for_submission`).

A measure claims only what the product does: each names, in ``enforced_by``, the tests of the
product that show it is enforced (the product's own test suite checks that every named test
exists). What the product cannot back is written as an action for the provider, with no tests.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dpia.model import DPIA, Person

PREVENT_REFERRAL_SHARING = "prevent-referral-sharing"
"""Processing activity code: sharing a student's data with the Regional Prevent Coordinator."""

PREVENT_CONCERN_RECORDING = "prevent-concern-recording"
"""Processing activity code: recording concerns about students, and the monitoring behind them."""


def _measure(
    mid: str,
    description: str,
    effect: str = "reduced",
    owner: str = "",
    *,
    tests: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A measure; ``tests`` name the product's tests that show it is enforced (none: it is an
    action for the provider)."""
    return {
        "id": mid,
        "description": description,
        "effect": effect,
        "owner": owner,
        "enforced_by": list(tests),
    }


def _provider(mid: str, description: str, owner: str, effect: str = "reduced") -> dict[str, Any]:
    """An action for the provider: the product does not enforce it and does not claim to."""
    return _measure(mid, f"Provider action: {description}", effect, owner)


_T_RULE1 = "tests/test_disclosure_flow.py::test_rule1_no_disclosure_without_referral_decision"
_T_GROUND = "tests/test_cases.py::test_referral_needs_a_policy_ground"
_T_FOS = "tests/test_cases.py::test_decision_records_freedom_of_speech_and_smt"
_T_DPO_ONLY = "tests/test_disclosure_flow.py::test_rule5_only_dpo_approves"
_T_NOT_PREPARER = "tests/test_disclosure_flow.py::test_rule5_preparer_cannot_approve"
_T_STALE = "tests/test_redaction_gate.py::test_a_stale_approval_is_refused_and_recorded"
_T_CHANNEL = "tests/test_disclosure_flow.py::test_rule1_channel_needs_rpc_discussion_reference"
_T_NO_GROUPS = "tests/test_reports_domain.py::test_breakdown_by_a_group_of_people_is_refused"
_T_ART9 = "tests/test_lawful_basis.py::test_special_category_without_art9_condition_is_refused"
_T_ART10 = "tests/test_lawful_basis.py::test_criminal_offence_data_needs_art10_condition"
_T_REDACT = (
    "tests/test_redaction_gate.py::test_an_item_never_redacted_is_refused_at_submission_naming_it"
)
_T_REDACT_GATES = (
    "tests/test_redaction_gate.py::test_approval_emergency_and_release_each_check_the_gate"
)
_T_RECIPIENT = (
    "tests/test_disclosure_flow.py::test_rule2_unregistered_or_inactive_recipient_refused"
)
_T_PACKAGE = "tests/test_package_verify.py::test_any_changed_byte_fails_naming_the_file"
_T_SEAL = "tests/test_package_verify.py::test_wrong_recipient_key_writes_nothing"
_T_LOG = "tests/test_sharing_log_verify.py::test_any_single_edit_is_detected_at_its_entry"
_T_EVIDENCE = "tests/test_cases.py::test_evidence_hash_and_provenance"
_T_READS = "tests/test_disclosure_flow.py::test_case_reads_are_recorded_in_access_log"
_T_ROLES = "tests/test_cases.py::test_only_roles_allowed_can_raise_decide_and_read"
_T_SUPPORT = "tests/test_disclosure_flow.py::test_support_staff_cannot_read_cases"
_T_ENCRYPTED = "tests/test_retention_encryption.py::test_content_is_stored_only_as_ciphertext"
_T_COUNTS = "tests/test_reports_service.py::test_figures_count_the_scenario"
_T_PLAN = (
    "tests/test_retention_fallback.py::test_every_case_in_every_state_is_in_the_plan_with_why"
)
_T_UNDECIDED = (
    "tests/test_retention_fallback.py::test_an_undecided_case_falls_due_and_is_destroyed"
)
_T_DISPOSAL = (
    "tests/test_retention_disposal.py::"
    "test_executed_run_leaves_no_plaintext_no_key_and_a_certificate"
)
_T_ACCESS_SEAL = "tests/test_access_log_seal.py::test_editing_sealed_rows_is_detected"
_T_DPIA_GATE = "tests/test_dpia_disclosure_gate.py::test_disclosure_waits_for_an_approved_dpia"
_T_DPIA_ALERT = (
    "tests/test_dpia_alerts.py::test_a_case_opened_without_a_dpia_alerts_the_dpo_and_is_recorded"
)


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
        "gateway prepare a disclosure: the data items the Prevent Lead selects; free text with "
        "other people's personal data redacted and every redaction reviewed; and the "
        "lawful-basis record. The DPO approves each disclosure before release (an emergency "
        "path for a serious and immediate risk to life is reviewed by the DPO afterwards). The "
        "package is "
        "signed and released only to a registered, active recipient: the Regional Prevent "
        "Coordinator, and the Channel process after discussion with the Coordinator (10.2). "
        "Every release, and every decision not to share, is recorded in a tamper-evident sharing "
        "log that holds no names or free text: it identifies the student only by a keyed "
        "pseudonym of the student number, made with a key of the case, which the provider can "
        "recompute while the case exists (so it is then pseudonymous personal data). Case data "
        "is held encrypted in the gateway's database and destroyed at the end of its retention "
        "period, and the pseudonym's key with it: the log's entries about the case are then "
        "anonymous."
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
        "The Prevent Lead selects the data items to share (whole records are never sent), and "
        "the DPO approves exactly the content that will be sent. Other people's personal data in "
        "free text is redacted before the request can be submitted, approved or released, and "
        "every redaction is reviewed. Only counts, never names, are reported to the Executive "
        "Management Board and the University (4.2)."
    ),
    "accuracy": (
        "Evidence is kept with its SHA-256 digest and provenance, and the chronology of a case "
        "is written as events happen. The provider's procedures (not the gateway) keep opinion "
        "apart from fact, check the student's identity against the student record before a "
        "release, and send any correction to every recipient of an earlier disclosure "
        "(UK GDPR Art 19)."
    ),
    "retention": (
        "[TO CONFIRM: retention periods for Prevent case records and disclosure records, from the "
        "records retention schedule]. The gateway applies its retention schedule to every case "
        "(decided or not), package and decision not to share, with a fallback from the last "
        "action wherever the trigger may never come. The sharing log holds no names or free "
        "text; while a case exists its entries identify the student by a keyed pseudonym "
        "(pseudonymous personal data), and when the case is destroyed the pseudonym's key is "
        "destroyed with it, so the entries become anonymous and are kept as the permanent "
        "accountability record."
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
                "Nothing can be shared unless the case's latest decision, recorded by the "
                "Prevent Lead with named Senior Management Team members, is a referral on one of "
                "the policy 9.2 grounds, with its rationale and the freedom-of-speech "
                "consideration written down.",
                owner="Prevent Lead",
                tests=(_T_RULE1, _T_GROUND, _T_FOS),
            ),
            _measure(
                "M1.2",
                "Only the DPO approves a disclosure, never the person who prepared it, and the "
                "approval names the digest of the exact content the DPO read: an approval of "
                "content that has since changed is refused.",
                owner="DPO",
                tests=(_T_DPO_ONLY, _T_NOT_PREPARER, _T_STALE),
            ),
            _measure(
                "M1.3",
                "Information goes to a Channel panel only with the reference of the prior "
                "discussion with, or request from, the Regional Prevent Coordinator (10.2).",
                owner="Prevent Lead",
                tests=(_T_CHANNEL,),
            ),
            _provider(
                "M1.4",
                "the student is offered support by the Student Support Team throughout (2.1, "
                "7.2).",
                owner="Head of Student Experience and Welfare",
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
                "Every decision records the conduct relied on (its rationale and policy 9.2 "
                "ground) and how freedom of speech was considered (2.2-2.4); a decision without "
                "them is refused.",
                owner="Prevent Lead",
                tests=(_T_FOS, _T_GROUND),
            ),
            _measure(
                "M2.2",
                "The gateway holds no data on protected characteristics, and its reports can "
                "break figures down only by the policy's procedural categories: a breakdown by "
                "any group of people is refused (2.2).",
                owner="DPO",
                tests=(_T_NO_GROUPS,),
            ),
            _provider(
                "M2.3",
                "Prevent training for staff and Associate Tutors (3.1) covers unconscious bias "
                "and the policy's commitment not to target any group.",
                owner="Director of Quality and Student Services",
            ),
            _provider(
                "M2.4",
                "once a year, outside the gateway, the Executive Management Board reviews a "
                "sample of decisions' recorded grounds for stereotyping; the gateway's report "
                "gives no figures by group, so this review reads the grounds, not statistics.",
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
                "Data items are selected one by one; special category and criminal offence data "
                "need their own Art 9 or Art 10 condition on the disclosure, or it is refused.",
                owner="Prevent Lead",
                tests=(_T_ART9, _T_ART10),
            ),
            _measure(
                "M3.2",
                "Other people's personal data in free text is redacted before the request can be "
                "submitted, approved or released; every redaction is reviewed, and the DPO "
                "approves the redacted content.",
                owner="DPO",
                tests=(_T_REDACT, _T_REDACT_GATES),
            ),
            _provider(
                "M3.3",
                "the Prevent Lead records, in the disclosure's statement of necessity, why each "
                "selected item is needed (the gateway records the statement, not a reason per "
                "item).",
                owner="Prevent Lead",
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
                "the recipient registry, sealed so that only that recipient's key opens them.",
                owner="Administrator",
                tests=(_T_RECIPIENT, _T_SEAL),
            ),
            _measure(
                "M4.2",
                "Each package is signed by the organisation and carries a manifest of SHA-256 "
                "digests, so the recipient can verify offline that it is complete and unaltered.",
                owner="Prevent Lead",
                tests=(_T_PACKAGE,),
            ),
            _measure(
                "M4.3",
                "Every release is recorded in the tamper-evident sharing log, so an unexpected or "
                "altered disclosure is detectable by an auditor.",
                owner="DPO",
                tests=(_T_LOG,),
            ),
            _provider(
                "M4.4",
                "the sealed package is never sent as an ordinary email attachment without its "
                "seal, and the recipient's public key is received by a channel the provider "
                "trusts.",
                owner="Prevent Lead",
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
                "Evidence is stored with its provenance and its SHA-256 digest.",
                owner="Prevent Lead",
                tests=(_T_EVIDENCE,),
            ),
            _provider(
                "M5.2",
                "the student's identity is checked against the student record before a release, "
                "and opinion is labelled as opinion in what is shared.",
                owner="Prevent Lead",
            ),
            _provider(
                "M5.3",
                "any correction is sent to every recipient of the earlier disclosure (Art 19); "
                "the sharing log shows who received what.",
                owner="DPO",
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
            _provider(
                "M6.1",
                "the privacy notice and the student handbook explain plainly what can lead to a "
                "referral (9.2) and that lawful views and beliefs never do (2.3).",
                owner="DPO",
            ),
            _measure(
                "M6.2",
                "Every case decision records the freedom-of-speech consideration, and the annual "
                "report (4.2) gives the number of cases by outcome, so the board sees how few "
                "concerns led to a referral.",
                owner="Prevent Lead",
                tests=(_T_FOS, _T_COUNTS),
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


# --- Recording concerns and the monitoring behind them (policy 5.2, 5.3, 7) -------------------

_RECORDING_NEED = (
    "Any student can become the subject of a Prevent concern: staff, Associate Tutors and "
    "students report what they see on the learning platform (7.1-7.5), reports of social-media "
    "material are investigated (5.3), and the provider monitors its IT facilities, which may "
    "bring material to light (5.2). Each concern is recorded about a named student, with the "
    "reporter's account, and kept even when no further action follows (9.2: 'a confidential "
    "record of the case will be held'), for six years under the shipped retention schedule. "
    "The records may reveal beliefs, political opinions and alleged offences, about people who "
    "have done nothing wrong, without their knowledge. Sensitive data, invisible processing, "
    "monitoring and possible significant effects are ICO high-risk indicators, so a DPIA is "
    "required (UK GDPR Art 35) for recording concerns, separate from the one for sharing."
)

_RECORDING_PROCESSING: dict[str, Any] = {
    "nature": (
        "A member of staff, an Associate Tutor, or the Student Support Team for a student, "
        "records a concern in the gateway (7.1-7.5): the student's number and name, what was "
        "seen or said and when, and who reported it. The concern opens a case for the student "
        "(or joins their open case), which only the Prevent Lead, the Lead's nominee and the "
        "Senior Management Team can read; the person who raised it sees only their own "
        "concerns. The Prevent Lead investigates (8.1), adds notes, people and evidence, and "
        "decides with the SMT (9.1-9.2). Every read is recorded in an access log. Content is "
        "stored encrypted under a key per case, and destroyed with that key when the retention "
        "schedule says so. The monitoring of IT facilities under policy 5.2 is done by the "
        "provider's own systems, not by the gateway: the gateway receives only concerns a "
        "person has decided to raise."
    ),
    "scope": (
        "Potentially any student (the concern is about them), the people named in a concern "
        "(other students, staff, family), and the staff and students who raise concerns. Data: "
        "student number and name, optionally date of birth and address; the concern's "
        "description; notes, evidence (posts, messages, screenshots) with provenance; the "
        "decision and its rationale. Concerns are expected to be few each year. Case records "
        "are kept six years after their last action (no further action, undecided), after the "
        "review (internal action) or after the student leaves (referral), under the retention "
        "schedule."
    ),
    "context": (
        "Students are adults studying online; some may be vulnerable. They are told that the "
        "provider's IT facilities are monitored (5.2), but not that a record about them may be "
        "kept for years although no action was taken. A concern can be mistaken or malicious, "
        "and a record of it can follow a student. The approach is safeguarding first (2.1), "
        "not directed at any group (2.2), with assumptions not made on the basis of information "
        "received (7.2)."
    ),
    "purposes": (
        "To meet the Prevent duty (section 26, Counter-Terrorism and Security Act 2015): so that "
        "concerns can be shared safely, investigated thoroughly and fairly, and a proportionate "
        "intervention developed if required (7.2); so that a later concern about the same "
        "student is seen in context (9.2); and so that the provider can account for how each "
        "concern was handled."
    ),
    "data_subjects": [
        "Students who are the subject of a concern",
        "People named in a concern, note or evidence",
        "Staff, Associate Tutors and students who raise concerns",
    ],
    "data_categories": [
        "Student number and name; optionally date of birth and address",
        "The concern: what was seen or said, where and when, and who reported it",
        "Case notes, people named, evidence with provenance",
        "The decision, its rationale and the freedom-of-speech consideration",
    ],
    "special_category_data": [
        "Religious or philosophical beliefs",
        "Political opinions",
        "Racial or ethnic origin",
        "Health, including mental health",
    ],
    "criminal_offence_data": True,
    "recipients": [
        "None outside the provider: sharing is a separate activity with its own DPIA "
        "(prevent-referral-sharing)",
    ],
}

_RECORDING_CONSULTATION: dict[str, Any] = {
    "entries": [
        {
            "id": "C1",
            "stakeholder": "Students (through student representatives)",
            "method": "[TO CONFIRM: how student views were sought on recording concerns]",
            "views": "[TO CONFIRM: the views received]",
            "response": "[TO CONFIRM: how the views changed the processing, or why not]",
        },
        {
            "id": "C2",
            "stakeholder": "Staff and Associate Tutors who raise concerns",
            "method": "[TO CONFIRM: how staff views were sought]",
            "views": "[TO CONFIRM: the views received]",
            "response": "",
        },
    ],
    "not_consulted_reason": "",
}

_RECORDING_NECESSITY: dict[str, Any] = {
    "lawful_basis": (
        "UK GDPR Article 6(1)(e): a task in the public interest laid down in law (DPA 2018 s.8), "
        "the Prevent duty in section 26 of the Counter-Terrorism and Security Act 2015. "
        "[TO CONFIRM: whether this provider is a public authority, or relies on Article 6(1)(f) "
        "with a legitimate interests assessment, and its reference]"
    ),
    "special_category_condition": (
        "Article 9(2)(g) substantial public interest with DPA 2018 Schedule 1 paragraph 18 "
        "(safeguarding of individuals at risk) or paragraph 10 (preventing or detecting unlawful "
        "acts), where consent cannot be sought without prejudicing the purpose."
    ),
    "criminal_offence_condition": (
        "Article 10 UK GDPR with DPA 2018 s.10(5) and Schedule 1 paragraph 10 or 18."
    ),
    "appropriate_policy_document": (
        "Required for the Schedule 1 Part 2 conditions (DPA 2018 Sch 1 para 5). "
        "[TO CONFIRM: the Appropriate Policy Document's reference and next review date]"
    ),
    "necessity_and_proportionality": (
        "The Prevent duty requires the provider to act on concerns, which cannot be done "
        "fairly without a record of what was reported and decided. A concern is recorded only "
        "when a person raises it; the gateway does not monitor anything itself and takes no "
        "bulk feeds. A record where no further action was taken is kept for six years, not "
        "for ever, so that a later concern is seen in context and a complaint can be answered."
    ),
    "function_creep": (
        "Concern records are used for the Prevent case only: never for academic, disciplinary "
        "or marketing decisions. Only the Prevent Lead, the nominee and the SMT can read cases; "
        "the person who raised a concern sees only their own concerns. Monitoring of IT "
        "facilities under policy 5.2 is limited by the provider's acceptable use policy, not by "
        "the gateway."
    ),
    "minimisation": (
        "The concern form asks for the student's number and name and what was seen or said; "
        "date of birth and address are optional. The annual report holds counts only, with "
        "small numbers suppressed and no breakdown by any group of people (2.2)."
    ),
    "accuracy": (
        "Evidence is kept with its SHA-256 digest and provenance; the concern records who "
        "reported it and through which route; the Prevent Lead's investigation (8.1) tests "
        "what was reported before any decision."
    ),
    "retention": (
        "Under the gateway's retention schedule every case falls due: no further action and "
        "undecided cases six years after their last action, internal-action cases six years "
        "after the review (or after the review date if never re-decided), referral cases six "
        "years after the student leaves or, if that is never recorded, after the last action. "
        "Disposal destroys the case's key and rows and is certified. "
        "[TO CONFIRM: that these periods match the provider's records retention schedule]"
    ),
    "transparency": (
        "[TO CONFIRM: where the student privacy notice says that concerns may be recorded under "
        "the Prevent duty, that IT facilities are monitored (5.2), and for how long records "
        "are kept]"
    ),
    "individual_rights": (
        "A student can ask for their records (Art 15): the DPO's subject access request lists "
        "every record held about them, and any exemption (DPA 2018 Sch 2 para 2) is applied "
        "item by item with its reasoning. Rectification, erasure, restriction and objection go "
        "to the DPO and are handled under the provider's procedure."
    ),
    "processors": (
        "[TO CONFIRM: who hosts the gateway (provider and contract reference), or 'None' if it "
        "runs on the provider's own infrastructure]"
    ),
    "international_transfers": "None: the records are held by the provider.",
}

_RECORDING_RISKS: list[dict[str, Any]] = [
    {
        "id": "R1",
        "title": "A record that follows a student who did nothing wrong",
        "description": (
            "A mistaken or malicious concern is recorded about a student and kept for years; "
            "read later out of context, it colours decisions about them."
        ),
        "source": "Mistaken or malicious reports; records kept longer than needed.",
        "likelihood": "possible",
        "severity": "significant",
        "measures": [
            _measure(
                "M1.1",
                "Every case, decided or not, falls due under the retention schedule with a "
                "fallback from its last action, so no record is kept for ever by accident; "
                "disposal destroys the case's key and rows and is certified.",
                owner="DPO",
                tests=(_T_PLAN, _T_UNDECIDED, _T_DISPOSAL),
            ),
            _measure(
                "M1.2",
                "Every decision records its rationale and how freedom of speech was considered; "
                "a decision without them is refused.",
                owner="Prevent Lead",
                tests=(_T_FOS,),
            ),
            _provider(
                "M1.3",
                "the Prevent Lead investigates each concern thoroughly and fairly before any "
                "decision (7.2, 8.1), and records a finding that a concern was unfounded.",
                owner="Prevent Lead",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "significant",
    },
    {
        "id": "R2",
        "title": "Monitoring that intrudes on every student's communications (policy 5.2)",
        "description": (
            "Monitoring of IT facilities and the learning platform reaches lawful, private "
            "expression by students who are never the subject of a concern."
        ),
        "source": "Broad monitoring rights (5.2); automated flagging; curiosity.",
        "likelihood": "possible",
        "severity": "significant",
        "measures": [
            _measure(
                "M2.1",
                "The gateway does no monitoring: a concern is recorded only by an account whose "
                "role may raise concerns, and only the Prevent Lead, the nominee and the SMT "
                "can read cases.",
                owner="DPO",
                tests=(_T_ROLES, _T_SUPPORT),
            ),
            _provider(
                "M2.2",
                "monitoring under policy 5.2 is limited to the purposes it states (establishing "
                "facts, preventing or detecting crime, unauthorised use), is described in the "
                "privacy notice and the acceptable use policy, and has its own assessment where "
                "it is systematic.",
                owner="DPO",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "significant",
    },
    {
        "id": "R3",
        "title": "Discriminatory targeting of a group contrary to policy 2.2",
        "description": (
            "Concerns are raised more readily about students of a particular faith, ethnicity "
            "or outlook, so records accumulate about them."
        ),
        "source": "Bias or stereotyping by those who raise concerns.",
        "likelihood": "possible",
        "severity": "severe",
        "measures": [
            _measure(
                "M3.1",
                "The gateway holds no data on protected characteristics and its reports refuse "
                "any breakdown by a group of people (2.2).",
                owner="DPO",
                tests=(_T_NO_GROUPS,),
            ),
            _provider(
                "M3.2",
                "Prevent training for staff and Associate Tutors (3.1) covers unconscious bias "
                "and what is, and is not, a reason for concern.",
                owner="Director of Quality and Student Services",
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "severe",
    },
    {
        "id": "R4",
        "title": "Unauthorised access to concern records",
        "description": (
            "Someone without a need to know reads a concern record, or a copy of the database "
            "is taken."
        ),
        "source": "Curious staff; stolen backups or credentials.",
        "likelihood": "possible",
        "severity": "severe",
        "measures": [
            _measure(
                "M4.1",
                "Case content is stored only encrypted, under a key per case.",
                owner="Administrator",
                tests=(_T_ENCRYPTED,),
            ),
            _measure(
                "M4.2",
                "Every read of a case is recorded in an access log that is sealed into the "
                "signed sharing log, so removed or edited rows are detected.",
                owner="DPO",
                tests=(_T_READS, _T_ACCESS_SEAL),
            ),
            _measure(
                "M4.3",
                "Opening a case while this activity has no approved, in-date DPIA never stops "
                "the concern being recorded, but alerts the DPO.",
                owner="DPO",
                tests=(_T_DPIA_ALERT,),
            ),
        ],
        "residual_likelihood": "remote",
        "residual_severity": "severe",
    },
]


def prevent_concern_recording_template(
    *, controller: str, created_by: Person, at: datetime
) -> DPIA:
    """A draft DPIA (version 1) for ``prevent-concern-recording``, pre-filled for the DPO."""
    return DPIA.from_dict(
        {
            "activity": PREVENT_CONCERN_RECORDING,
            "title": (
                "Recording concerns about students, and the monitoring behind them (policy 5.2, "
                "5.3, 7)"
            ),
            "controller": controller,
            "need_for_dpia": _RECORDING_NEED,
            "created_by": created_by.model_dump(mode="json"),
            "created_at": at.isoformat(),
            "processing": _RECORDING_PROCESSING,
            "consultation": _RECORDING_CONSULTATION,
            "necessity": _RECORDING_NECESSITY,
            "risks": _RECORDING_RISKS,
        }
    )


TEMPLATES = {
    PREVENT_REFERRAL_SHARING: prevent_referral_sharing_template,
    PREVENT_CONCERN_RECORDING: prevent_concern_recording_template,
}
"""Templates by processing activity code."""
