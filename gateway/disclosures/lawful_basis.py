"""UK GDPR Art 6 / Art 9 / Art 10 and DPA 2018 Schedule 1: the vocabulary and the rules.

Plain Python: the service layer calls :func:`check_lawful_basis` before a disclosure is submitted,
approved or released, and refuses with a typed error a Prevent Lead can act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from gateway.errors import (
    AppropriatePolicyDocumentMissing,
    AppropriatePolicyDocumentNotCovering,
    AppropriatePolicyDocumentOutOfDate,
    CriminalOffenceConditionMissing,
    InvalidInput,
    LawfulBasisMissing,
    LegitimateInterestsUnavailable,
    SpecialCategoryConditionMissing,
)


class Art6Basis(StrEnum):
    CONSENT = "art6.1.a"
    CONTRACT = "art6.1.b"
    LEGAL_OBLIGATION = "art6.1.c"
    VITAL_INTERESTS = "art6.1.d"
    PUBLIC_TASK = "art6.1.e"
    #: Recognised legitimate interests, inserted by the Data (Use and Access) Act 2025 s.70.
    RECOGNISED_LEGITIMATE_INTERESTS = "art6.1.ea"
    LEGITIMATE_INTERESTS = "art6.1.f"


#: The bases a public authority may not rely on for its tasks (UK GDPR Art 6(1), final
#: sentence, as amended by the Data (Use and Access) Act 2025 s.70).
NOT_FOR_PUBLIC_AUTHORITIES = frozenset(
    {Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS, Art6Basis.LEGITIMATE_INTERESTS}
)


class Annex1Condition(StrEnum):
    """The recognised legitimate interests of UK GDPR Annex 1 (DUAA 2025 s.70, Sch 4), the
    ones a disclosure about a Prevent concern can meet."""

    PUBLIC_TASK_REQUEST = "annex1.para1"
    NATIONAL_SECURITY = "annex1.para2"
    EMERGENCY = "annex1.para3"
    CRIME = "annex1.para4"
    SAFEGUARDING = "annex1.para5"


ANNEX1_TITLES: dict[Annex1Condition, str] = {
    Annex1Condition.PUBLIC_TASK_REQUEST: "disclosure requested by a body that needs it for "
    "its task in the public interest",
    Annex1Condition.NATIONAL_SECURITY: "national security, public security and defence",
    Annex1Condition.EMERGENCY: "responding to an emergency",
    Annex1Condition.CRIME: "detecting, investigating or preventing crime, or apprehending or "
    "prosecuting offenders",
    Annex1Condition.SAFEGUARDING: "safeguarding vulnerable individuals",
}


class ConsentNotSoughtGround(StrEnum):
    """DPA 2018 Sch 1 para 18(2): why the student's consent is not sought."""

    CANNOT_BE_GIVEN = "cannot_be_given"
    CANNOT_REASONABLY_OBTAIN = "cannot_reasonably_obtain"
    WOULD_PREJUDICE = "would_prejudice"


CONSENT_NOT_SOUGHT_WORDS: dict[ConsentNotSoughtGround, str] = {
    ConsentNotSoughtGround.CANNOT_BE_GIVEN: "para 18(2)(a): the student cannot give consent",
    ConsentNotSoughtGround.CANNOT_REASONABLY_OBTAIN: "para 18(2)(b): the provider cannot "
    "reasonably be expected to obtain the student's consent",
    ConsentNotSoughtGround.WOULD_PREJUDICE: "para 18(2)(c): obtaining consent would prejudice "
    "the protection this sharing gives",
}


ART6_GUIDANCE: dict[Art6Basis, str] = {
    Art6Basis.CONSENT: "The student has freely agreed to this sharing. Rarely right for Prevent: "
    "consent must be freely given and can be withdrawn.",
    Art6Basis.CONTRACT: "Necessary for a contract with the student. "
    "Not normally relevant to Prevent.",
    Art6Basis.LEGAL_OBLIGATION: "Necessary to comply with a legal obligation (e.g. a court order).",
    Art6Basis.VITAL_INTERESTS: "Necessary to protect someone's life.",
    Art6Basis.PUBLIC_TASK: "Necessary for a task in the public interest: the Prevent duty under "
    "s.26 Counter-Terrorism and Security Act 2015. The usual basis for a referral.",
    Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS: "A recognised legitimate interest of Annex 1 "
    "(e.g. safeguarding, crime): only where the provider is not a public authority.",
    Art6Basis.LEGITIMATE_INTERESTS: "Our legitimate interests, balanced against the student's. "
    "Not available to public authorities for their tasks.",
}


ART6_TITLES: dict[Art6Basis, str] = {
    Art6Basis.CONSENT: "consent",
    Art6Basis.CONTRACT: "contract",
    Art6Basis.LEGAL_OBLIGATION: "legal obligation",
    Art6Basis.VITAL_INTERESTS: "vital interests",
    Art6Basis.PUBLIC_TASK: "public task (the Prevent duty, s.26 Counter-Terrorism and Security "
    "Act 2015)",
    Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS: "recognised legitimate interests (Annex 1)",
    Art6Basis.LEGITIMATE_INTERESTS: "legitimate interests",
}


class SpecialCategory(StrEnum):
    RACIAL_OR_ETHNIC_ORIGIN = "racial_or_ethnic_origin"
    POLITICAL_OPINIONS = "political_opinions"
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS = "religious_or_philosophical_beliefs"
    TRADE_UNION_MEMBERSHIP = "trade_union_membership"
    GENETIC = "genetic"
    BIOMETRIC = "biometric"
    HEALTH = "health"
    SEX_LIFE_OR_ORIENTATION = "sex_life_or_orientation"


#: Each special category as people read it (UK GDPR Art 9(1)).
SPECIAL_CATEGORY_WORDS: dict[SpecialCategory, str] = {
    SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN: "racial or ethnic origin",
    SpecialCategory.POLITICAL_OPINIONS: "political opinions",
    SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS: "religious or philosophical beliefs",
    SpecialCategory.TRADE_UNION_MEMBERSHIP: "trade union membership",
    SpecialCategory.GENETIC: "genetic data",
    SpecialCategory.BIOMETRIC: "biometric data",
    SpecialCategory.HEALTH: "health",
    SpecialCategory.SEX_LIFE_OR_ORIENTATION: "sex life or sexual orientation",
}


def category_words(value: str) -> str:
    """``religious_or_philosophical_beliefs`` -> ``religious or philosophical beliefs``."""
    try:
        return SPECIAL_CATEGORY_WORDS[SpecialCategory(value)]
    except ValueError:
        return value.replace("_", " ")


class Art9Condition(StrEnum):
    EXPLICIT_CONSENT = "art9.2.a"
    EMPLOYMENT_SOCIAL_SECURITY = "art9.2.b"
    VITAL_INTERESTS = "art9.2.c"
    LEGAL_CLAIMS = "art9.2.f"
    SUBSTANTIAL_PUBLIC_INTEREST = "art9.2.g"
    HEALTH_OR_SOCIAL_CARE = "art9.2.h"
    PUBLIC_HEALTH = "art9.2.i"
    ARCHIVING_RESEARCH = "art9.2.j"


ART9_TITLES: dict[Art9Condition, str] = {
    Art9Condition.EXPLICIT_CONSENT: "explicit consent",
    Art9Condition.EMPLOYMENT_SOCIAL_SECURITY: "employment and social security",
    Art9Condition.VITAL_INTERESTS: "vital interests (the person cannot consent)",
    Art9Condition.LEGAL_CLAIMS: "legal claims",
    Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: "substantial public interest",
    Art9Condition.HEALTH_OR_SOCIAL_CARE: "health or social care",
    Art9Condition.PUBLIC_HEALTH: "public health",
    Art9Condition.ARCHIVING_RESEARCH: "archiving and research",
}


def article_in_words(code: str) -> str:
    """``art6.1.e`` as a person writes it: ``Art 6(1)(e)``."""
    article, paragraph, point = code.removeprefix("art").split(".")
    return f"Art {article}({paragraph})({point})"


def code_in_words(code: str) -> str:
    """A lawful-basis code of the sharing log or the manifest as people read it:
    ``art6.1.e`` -> "Art 6(1)(e) — public task (...)", ``dpa2018.sch1.para18`` -> "DPA 2018
    Sch 1 para 18 — Safeguarding ...". An unknown code is returned as it is."""
    for basis, title in ART6_TITLES.items():
        if code == basis.value:
            return f"{article_in_words(code)} — {title}"
    for condition, title in ART9_TITLES.items():
        if code == condition.value:
            return f"{article_in_words(code)} — {title}"
    if code == "art10":
        return "Art 10 (criminal offence data)"
    if code == PARA10_2_CODE:
        return PARA10_2_WORDS
    for annex, title in ANNEX1_TITLES.items():
        if code == annex.value:
            return f"UK GDPR Annex 1 para {code.removeprefix('annex1.para')} — {title}"
    if code.startswith("dpa2018.sch1.para") and code.removeprefix("dpa2018.sch1.para").isdigit():
        paragraph = int(code.removeprefix("dpa2018.sch1.para"))
        title = SCHEDULE1_TITLES.get(paragraph, "")
        return f"DPA 2018 Sch 1 para {paragraph}" + (f" — {title}" if title else "")
    if code == "dpa2018.sch2.para2":
        return "DPA 2018 Sch 2 para 2 — crime and taxation"
    return code


def schedule1_code(paragraph: int) -> str:
    return f"dpa2018.sch1.para{paragraph}"


#: Paragraphs of DPA 2018 Schedule 1 by Part. Part 2 are the substantial public interest
#: conditions; Part 3 only extends Art 10 (criminal offence data).
SCHEDULE1_PART1 = {1, 2, 3, 4}
SCHEDULE1_PART2 = set(range(6, 29))
SCHEDULE1_PART3 = set(range(29, 38))

SCHEDULE1_TITLES: dict[int, str] = {
    1: "Employment, social security and social protection",
    2: "Health or social care purposes",
    3: "Public health",
    4: "Research etc",
    6: "Statutory and government purposes",
    7: "Administration of justice and parliamentary purposes",
    8: "Equality of opportunity or treatment",
    10: "Preventing or detecting unlawful acts",
    11: "Protecting the public against dishonesty etc",
    12: "Regulatory requirements relating to unlawful acts and dishonesty etc",
    17: "Counselling etc",
    18: "Safeguarding of children and of individuals at risk",
    29: "Consent",
    30: "Protecting individual's vital interests",
    32: "Personal data in the public domain",
    33: "Legal claims",
    36: "Extension of conditions in Part 2 referring to substantial public interest",
}

#: The conditions that need an appropriate policy document in place (DPA 2018 Sch 1 para 1(1)(b),
#: para 5 for Part 2, and para 36 which extends Part 2 to Art 10): what a register entry covers.
APD_PARAGRAPHS: frozenset[int] = frozenset({1} | SCHEDULE1_PART2 | {36})

#: Which Schedule 1 paragraphs each Art 9(2) condition needs (DPA 2018 s.10(2)-(3)); the
#: others (a, c, f) stand on the Article alone.
_ART9_NEEDS: dict[Art9Condition, set[int]] = {
    Art9Condition.EMPLOYMENT_SOCIAL_SECURITY: {1},
    Art9Condition.HEALTH_OR_SOCIAL_CARE: {2},
    Art9Condition.PUBLIC_HEALTH: {3},
    Art9Condition.ARCHIVING_RESEARCH: {4},
    Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: SCHEDULE1_PART2,
}


#: Sch 1 para 10(2) as the log, the manifest and the referral record it.
PARA10_2_CODE = "dpa2018.sch1.para10.2"
PARA10_2_WORDS = (
    "DPA 2018 Sch 1 para 10(2) — no appropriate policy document is needed: the disclosure is "
    "to a competent authority"
)


@dataclass(frozen=True)
class LawfulBasisRecord:
    """What the Prevent Lead records to justify one disclosure."""

    art6_basis: Art6Basis | None
    necessity: str = ""
    proportionality: str = ""
    clear_and_compelling: str = ""
    art9_condition: Art9Condition | None = None
    schedule1_paragraph: int | None = None
    art10_paragraph: int | None = None
    appropriate_policy_document: str | None = None
    #: The register entry chosen (its reference); the review date is copied from the register
    #: when it is chosen, for the referral's text, and is never typed.
    apd_review_date: date | None = None
    at_risk_justification: str | None = None
    consent_not_sought_reason: str | None = None
    consent_prejudice_reason: str | None = None
    subject_informed: bool = False
    subject_not_informed_reason: str | None = None
    relies_on_sch2_para2: bool = False
    #: Para 18(3), for a student aged 18 or over: each part of the "at risk" test on its own.
    at_risk_care_needs: str | None = None
    at_risk_harm: str | None = None
    at_risk_cannot_protect: str | None = None
    #: Para 18(2): which reason consent is not sought (the reason itself is
    #: ``consent_not_sought_reason``).
    consent_not_sought_ground: ConsentNotSoughtGround | None = None
    #: The consent record, for Art 6(1)(a) or Art 9(2)(a): when, how, and what the student was
    #: told.
    consent_given_on: date | None = None
    consent_how: str | None = None
    consent_what_told: str | None = None
    #: With Art 6(1)(ea): the Annex 1 condition.
    annex1_condition: Annex1Condition | None = None
    #: Set by the gateway, never typed: the Sch 1 para 10 condition is met without an
    #: appropriate policy document because the recipient is a competent authority (para 10(2)).
    para10_2_competent_authority: bool = False

    def in_words(self) -> list[str]:
        """The basis as people read it: "Art 6(1)(e) — public task (...)", one line each."""
        out: list[str] = []
        if self.art6_basis:
            title = ART6_TITLES[self.art6_basis]
            out.append(f"{article_in_words(self.art6_basis.value)} — {title}")
        if self.art9_condition:
            title = ART9_TITLES[self.art9_condition]
            out.append(f"{article_in_words(self.art9_condition.value)} — {title}")
        if self.schedule1_paragraph is not None:
            title = SCHEDULE1_TITLES.get(self.schedule1_paragraph, "")
            out.append(f"DPA 2018 Sch 1 para {self.schedule1_paragraph} — {title}".rstrip(" —"))
        if self.art10_paragraph is not None:
            title = SCHEDULE1_TITLES.get(self.art10_paragraph, "")
            out.append(
                f"Art 10 (criminal offence data) with DPA 2018 Sch 1 para {self.art10_paragraph}"
                + (f" — {title}" if title else "")
            )
        if self.annex1_condition is not None:
            out.append(
                f"UK GDPR Annex 1 para {self.annex1_condition.value.removeprefix('annex1.para')}"
                f" — {ANNEX1_TITLES[self.annex1_condition]}"
            )
        if self.para10_2_competent_authority:
            out.append(PARA10_2_WORDS)
        if self.relies_on_sch2_para2:
            out.append("DPA 2018 Sch 2 para 2 — crime and taxation (the student is not told)")
        return out

    def codes(self) -> list[str]:
        """The codes recorded in the sharing log and the manifest (no free text)."""
        out: list[str] = []
        if self.art6_basis:
            out.append(self.art6_basis.value)
        if self.art9_condition:
            out.append(self.art9_condition.value)
        if self.schedule1_paragraph is not None:
            out.append(schedule1_code(self.schedule1_paragraph))
        if self.art10_paragraph is not None:
            out.append("art10")
            code = schedule1_code(self.art10_paragraph)
            if code not in out:
                out.append(code)
        if self.annex1_condition is not None:
            out.append(self.annex1_condition.value)
        if self.para10_2_competent_authority:
            out.append(PARA10_2_CODE)
        if self.relies_on_sch2_para2:
            out.append("dpa2018.sch2.para2")
        return out


#: A justification the DPO can assess says what and why: a word or a phrase ("needed", "to
#: assess the risk") does not (access-request reasoning and emergency reasons need as much).
MIN_JUSTIFICATION_CHARS = 40

#: Each free-text justification of the record, as the refusal names it.
JUSTIFICATION_LABELS: dict[str, str] = {
    "necessity": "why the disclosure is necessary",
    "proportionality": "why it is proportionate",
    "clear_and_compelling": "why the evidence is clear and compelling (policy 7.3)",
    "at_risk_justification": "why the student is an individual at risk (Sch 1 para 18)",
    "consent_not_sought_reason": "why consent is not sought (Sch 1 para 18(2))",
    "consent_prejudice_reason": "why seeking consent would prejudice the purpose (Sch 1 para 10)",
    "at_risk_care_needs": "the student's needs for care and support (Sch 1 para 18(3)(a))",
    "at_risk_harm": "the neglect or harm the student is experiencing or at risk of "
    "(Sch 1 para 18(3)(b))",
    "at_risk_cannot_protect": "why, as a result of those needs, the student cannot protect "
    "themselves (Sch 1 para 18(3)(c))",
    "consent_what_told": "what the student was told when they consented",
}


def _normalised(text: str | None) -> str:
    return " ".join(
        "".join(ch for ch in (text or "").lower() if ch.isalnum() or ch.isspace()).split()
    )


def check_justification(record: LawfulBasisRecord, name: str) -> None:
    """One justification is long enough to assess and says something of its own: the same
    words pasted into two fields answer only one question."""
    label = JUSTIFICATION_LABELS[name]
    text = " ".join((getattr(record, name) or "").split())
    if len(text) < MIN_JUSTIFICATION_CHARS:
        raise LawfulBasisMissing(
            f"The record's reason for {label} is too short for the DPO to assess: write at "
            f"least {MIN_JUSTIFICATION_CHARS} characters.",
            hint="Say what this sharing is for and why, in this case.",
        )
    mine = _normalised(text)
    for other, other_label in JUSTIFICATION_LABELS.items():
        if other != name and _normalised(getattr(record, other)) == mine:
            raise LawfulBasisMissing(
                f"The record's reason for {label} is a copy of its reason for {other_label}.",
                hint="Each answers a different question: answer each in its own words.",
            )


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def _apd_needed(paragraph: int, to_competent_authority: bool) -> bool:
    if paragraph == 10 and to_competent_authority:
        return False  # Sch 1 para 10(2): disclosure to a competent authority
    return paragraph in APD_PARAGRAPHS


@dataclass(frozen=True)
class PolicyDocumentCover:
    """What a disclosure checks of an appropriate policy document in the register: the
    conditions its current version covers and when it is next due for review."""

    reference: str
    title: str
    version: int
    paragraphs: frozenset[int]
    review_due: date


def apd_paragraphs(record: LawfulBasisRecord, *, to_competent_authority: bool) -> list[int]:
    """The Schedule 1 paragraphs the record relies on that need a policy document."""
    found = {p for p in (record.schedule1_paragraph, record.art10_paragraph) if p is not None}
    return sorted(p for p in found if _apd_needed(p, to_competent_authority))


def check_policy_document(
    paragraph: int,
    reference: str | None,
    document: PolicyDocumentCover | None,
    today: date,
) -> None:
    """Refuses unless ``document`` (the register entry ``reference`` names) covers Schedule 1
    ``paragraph`` and is not overdue for review today."""
    if _blank(reference):
        raise AppropriatePolicyDocumentMissing(
            f"Schedule 1 paragraph {paragraph} needs an appropriate policy document in place "
            "(DPA 2018 Sch 1 para 5): choose the register entry that covers it.",
            hint="The DPO keeps the register of appropriate policy documents; ask them to add "
            "one covering this condition if none does.",
        )
    if document is None:
        raise AppropriatePolicyDocumentMissing(
            f"There is no appropriate policy document {reference} in the register.",
            hint="Choose an entry from the register of appropriate policy documents.",
        )
    if paragraph not in document.paragraphs:
        covered = ", ".join(str(p) for p in sorted(document.paragraphs))
        raise AppropriatePolicyDocumentNotCovering(
            f"The appropriate policy document {document.reference} (version "
            f"{document.version}) does not cover Schedule 1 paragraph {paragraph}; it covers "
            f"paragraph{'s' if len(document.paragraphs) != 1 else ''} {covered}.",
            hint="Choose an entry that covers this condition, or ask the DPO to review this one "
            "to cover it.",
        )
    if document.review_due < today:
        raise AppropriatePolicyDocumentOutOfDate(
            f"The appropriate policy document {document.reference} was due for review on "
            f"{document.review_due.isoformat()} and is out of date, so no disclosure may rely "
            "on it.",
            hint="Ask the DPO to review it (DPA 2018 Sch 1 para 40) and try again.",
        )


def check_lawful_basis(
    record: LawfulBasisRecord,
    *,
    special_categories: set[SpecialCategory],
    criminal_offence_data: bool,
    public_authority: bool,
    to_competent_authority: bool,
    today: date,
    policy_document: PolicyDocumentCover | None = None,
) -> None:
    """Refuses (typed error) unless the record is a complete lawful basis for this disclosure.
    ``policy_document`` is the register entry the record names, if there is one."""
    if record.art6_basis is None:
        raise LawfulBasisMissing(
            "No UK GDPR Article 6 lawful basis is recorded, so nothing can be shared.",
            hint="Choose the Article 6(1) basis; for a Prevent referral this is normally "
            "6(1)(e) public task.",
        )
    check_art6_choice(record.art6_basis, public_authority=public_authority)
    if record.art6_basis is Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS:
        if record.annex1_condition is None:
            raise LawfulBasisMissing(
                "Recognised legitimate interests (Art 6(1)(ea)) need the Annex 1 condition "
                "relied on.",
                hint="Choose it, e.g. Annex 1 para 5 (safeguarding vulnerable individuals) or "
                "para 4 (crime).",
            )
    elif record.annex1_condition is not None:
        raise InvalidInput(
            "An Annex 1 condition is recorded but the Article 6 basis is not 6(1)(ea).",
            hint="Remove the Annex 1 condition, or choose 6(1)(ea).",
        )
    for name in ("necessity", "proportionality", "clear_and_compelling"):
        text = getattr(record, name)
        if _blank(text):
            raise LawfulBasisMissing(
                f"The lawful-basis record does not say {JUSTIFICATION_LABELS[name]}.",
                hint="Add it before the request goes to the DPO.",
            )
        check_justification(record, name)
    if not record.subject_informed and _blank(record.subject_not_informed_reason):
        raise LawfulBasisMissing(
            "The record must say whether the student was told about this sharing, and if not, why.",
            hint="If telling them would prejudice the prevention of crime, record that and rely "
            "on DPA 2018 Sch 2 para 2.",
        )
    if record.relies_on_sch2_para2 and _blank(record.subject_not_informed_reason):
        raise LawfulBasisMissing(
            "Reliance on DPA 2018 Sch 2 para 2 needs the reason telling the student would "
            "prejudice the prevention or detection of crime."
        )

    _check_consent(record, today)

    paragraphs_used: list[int] = []
    if special_categories:
        names = ", ".join(sorted(c.value.replace("_", " ") for c in special_categories))
        if record.art9_condition is None:
            raise SpecialCategoryConditionMissing(
                f"The selected data includes special category data ({names}) but no Article 9 "
                "condition is recorded.",
                hint="Choose the Art 9(2) condition, normally 9(2)(g) substantial public interest "
                "with its DPA 2018 Schedule 1 paragraph (10 or 18).",
            )
        needed = _ART9_NEEDS.get(record.art9_condition)
        if needed is not None:
            if record.schedule1_paragraph is None:
                raise SpecialCategoryConditionMissing(
                    f"Article 9 condition {record.art9_condition.value} needs its DPA 2018 "
                    "Schedule 1 paragraph.",
                    hint="Record the paragraph, e.g. 18 (safeguarding) or 10 (unlawful acts).",
                )
            if record.schedule1_paragraph not in needed:
                raise SpecialCategoryConditionMissing(
                    f"Schedule 1 paragraph {record.schedule1_paragraph} is not a condition for "
                    f"Article 9 condition {record.art9_condition.value}.",
                )
            paragraphs_used.append(record.schedule1_paragraph)
    elif record.art9_condition is not None or record.schedule1_paragraph is not None:
        raise InvalidInput(
            "An Article 9 condition is recorded but no special category data is selected.",
            hint="Remove the condition, or mark the data items that are special category data.",
        )

    if criminal_offence_data:
        if record.art10_paragraph is None:
            raise CriminalOffenceConditionMissing(
                "The selected data includes criminal offence data but no Article 10 condition "
                "(a DPA 2018 Schedule 1 paragraph, s.10(5)) is recorded.",
                hint="Record the paragraph, normally 10 (preventing or detecting unlawful acts).",
            )
        if record.art10_paragraph not in SCHEDULE1_PART1 | SCHEDULE1_PART2 | SCHEDULE1_PART3:
            raise CriminalOffenceConditionMissing(
                f"Schedule 1 paragraph {record.art10_paragraph} does not exist as a condition."
            )
        paragraphs_used.append(record.art10_paragraph)
    elif record.art10_paragraph is not None:
        raise InvalidInput(
            "An Article 10 condition is recorded but no criminal offence data is selected."
        )

    for paragraph in paragraphs_used:
        if paragraph == 18:
            if _blank(record.at_risk_justification):
                raise SpecialCategoryConditionMissing(
                    "Schedule 1 paragraph 18 (safeguarding) needs the reason the student is an "
                    "individual at risk and the protection this sharing gives.",
                )
            if _blank(record.consent_not_sought_reason):
                raise SpecialCategoryConditionMissing(
                    "Schedule 1 paragraph 18 needs the reason consent is not sought "
                    "(it cannot be given, cannot reasonably be obtained, or would prejudice "
                    "the protection).",
                )
            check_justification(record, "at_risk_justification")
            for part in ("at_risk_care_needs", "at_risk_harm", "at_risk_cannot_protect"):
                if _blank(getattr(record, part)):
                    raise SpecialCategoryConditionMissing(
                        "Schedule 1 paragraph 18 needs each part of the 'at risk' test "
                        f"(para 18(3)) answered: {JUSTIFICATION_LABELS[part]} is not.",
                        hint="Answer the three parts separately: needs for care and support, "
                        "the harm or risk of harm, and why those needs leave the student unable "
                        "to protect themselves.",
                    )
                check_justification(record, part)
            if record.consent_not_sought_ground is None:
                raise SpecialCategoryConditionMissing(
                    "Schedule 1 paragraph 18 needs which reason consent is not sought "
                    "(para 18(2)): it cannot be given, it cannot reasonably be obtained, or "
                    "obtaining it would prejudice the protection.",
                )
            check_justification(record, "consent_not_sought_reason")
        if paragraph == 10:
            if _blank(record.consent_prejudice_reason):
                raise SpecialCategoryConditionMissing(
                    "Schedule 1 paragraph 10 (unlawful acts) needs the reason seeking the "
                    "student's consent would prejudice preventing or detecting the unlawful act.",
                )
            check_justification(record, "consent_prejudice_reason")
        if _apd_needed(paragraph, to_competent_authority):
            check_policy_document(
                paragraph, record.appropriate_policy_document, policy_document, today
            )


def check_art6_choice(basis: Art6Basis | None, *, public_authority: bool) -> None:
    """Refuses 6(1)(f) and 6(1)(ea) for a public authority, at the moment they are chosen."""
    if basis in NOT_FOR_PUBLIC_AUTHORITIES and public_authority:
        assert basis is not None
        raise LegitimateInterestsUnavailable(
            f"{ART6_TITLES[basis][:1].upper()}{ART6_TITLES[basis][1:]} "
            f"({article_in_words(basis.value)}) cannot be used: this organisation is "
            "configured as a public authority, and UK GDPR Art 6(1), as amended by the Data "
            "(Use and Access) Act 2025 s.70, says points (ea) and (f) do not apply to processing "
            "by public authorities in the performance of their tasks.",
            hint="Use 6(1)(e) public task (the Prevent duty) instead.",
        )


def para10_2_applies(record: LawfulBasisRecord, *, to_competent_authority: bool) -> bool:
    """Whether Sch 1 para 10 is relied on for a disclosure to a competent authority, so that
    para 10(2) meets it without an appropriate policy document."""
    return to_competent_authority and 10 in (record.schedule1_paragraph, record.art10_paragraph)


def _check_consent(record: LawfulBasisRecord, today: date) -> None:
    """Consent (Art 6(1)(a), Art 9(2)(a)) stands only on a record of it: when it was given,
    how, and what the student was told; a record saying they were not told, or that consent
    was not sought, contradicts it."""
    relies = [
        words
        for words, used in (
            ("Art 6(1)(a) consent", record.art6_basis is Art6Basis.CONSENT),
            (
                "Art 9(2)(a) explicit consent",
                record.art9_condition is Art9Condition.EXPLICIT_CONSENT,
            ),
        )
        if used
    ]
    if not relies:
        return
    basis = " and ".join(relies)
    if record.consent_given_on is None or _blank(record.consent_how):
        raise LawfulBasisMissing(
            f"{basis} needs the consent record: when the student consented and how.",
            hint="Record the date, how consent was given (e.g. signed form, recorded "
            "conversation), and what the student was told.",
        )
    if record.consent_given_on > today:
        raise LawfulBasisMissing(
            f"The consent record says consent was given on {record.consent_given_on.isoformat()}"
            ", which is in the future."
        )
    if not record.subject_informed:
        raise LawfulBasisMissing(
            f"{basis} cannot be relied on: the record says the student was not told about this "
            "sharing, and consent without being told is not consent.",
            hint="Choose another basis (normally 6(1)(e) public task), or correct the record.",
        )
    if record.consent_not_sought_ground is not None or not _blank(
        record.consent_not_sought_reason
    ):
        raise LawfulBasisMissing(
            f"{basis} cannot be relied on: the record also says consent was not sought.",
            hint="Choose another basis, or remove the reason consent was not sought.",
        )
    if _blank(record.consent_what_told):
        raise LawfulBasisMissing(
            f"{basis} needs what the student was told when they consented.",
        )
    check_justification(record, "consent_what_told")


# --- reading a record from what a person typed ------------------------------------------------

_FIELD_LABELS: dict[str, str] = {
    "art6_basis": "The Article 6 basis",
    "art9_condition": "The Article 9 condition",
    "schedule1_paragraph": "The Schedule 1 paragraph",
    "art10_paragraph": "The Article 10 paragraph",
    "subject_informed": "Whether the student was told",
    "relies_on_sch2_para2": "Reliance on DPA 2018 Sch 2 para 2",
    "consent_not_sought_ground": "The para 18(2) reason consent is not sought",
    "consent_given_on": "The date consent was given",
    "annex1_condition": "The Annex 1 condition",
}

#: Fields the gateway sets itself; a person cannot type them.
_NOT_TYPED = frozenset({"para10_2_competent_authority"})
_TRUE = {"yes", "true", "1", "on"}
_FALSE = {"no", "false", "0", "off", ""}


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _paragraph(name: str, value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidInput(f"{_FIELD_LABELS[name]} must be a number.")
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise InvalidInput(f"{_FIELD_LABELS[name]} must be a number.") from None
    if not 1 <= number <= 40:
        raise InvalidInput(
            f"{_FIELD_LABELS[name]} must be a paragraph of DPA 2018 Schedule 1 (1 to 40)."
        )
    return number


def _yes_no(name: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = "" if value is None else str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidInput(f"{_FIELD_LABELS[name]} must be yes or no.")


def _day(name: str, value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InvalidInput(
            f"{_FIELD_LABELS[name]} is not a date.", hint="Use the form YYYY-MM-DD."
        ) from None


def _code(
    enum: type[Art6Basis]
    | type[Art9Condition]
    | type[Annex1Condition]
    | type[ConsentNotSoughtGround],
    name: str,
    value: object,
) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return enum(str(value).strip())
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise InvalidInput(
            f"{_FIELD_LABELS[name]} '{value}' is not one of the codes.",
            hint=f"Codes look like {choices}.",
        ) from None


def parse_lawful_basis(fields: Mapping[str, object]) -> LawfulBasisRecord:
    """The one reading of a lawful-basis record, whichever door it came through: the CLI's TOML
    file and options, the API's body and the web form all give a mapping of field names.

    Blank text counts as not given; yes/no fields take booleans or yes/no words; dates take a
    date or YYYY-MM-DD. Unknown fields are refused, so a misspelt justification is not lost.
    """
    known = set(LawfulBasisRecord.__dataclass_fields__) - _NOT_TYPED
    unknown = sorted(set(fields) - known)
    if unknown:
        raise InvalidInput(
            f"Unknown lawful-basis field(s): {', '.join(unknown)}.",
            hint="The fields are: " + ", ".join(sorted(known)) + ".",
        )
    if fields.get("apd_review_date") not in (None, ""):
        raise InvalidInput(
            "The policy document's review date is not typed: it comes from the register.",
            hint="Give only the reference of the register entry "
            "(appropriate_policy_document).",
        )
    informed = _yes_no("subject_informed", fields.get("subject_informed"))
    return LawfulBasisRecord(
        art6_basis=_code(Art6Basis, "art6_basis", fields.get("art6_basis")),
        necessity=_optional_text(fields.get("necessity")) or "",
        proportionality=_optional_text(fields.get("proportionality")) or "",
        clear_and_compelling=_optional_text(fields.get("clear_and_compelling")) or "",
        art9_condition=_code(Art9Condition, "art9_condition", fields.get("art9_condition")),
        schedule1_paragraph=_paragraph("schedule1_paragraph", fields.get("schedule1_paragraph")),
        art10_paragraph=_paragraph("art10_paragraph", fields.get("art10_paragraph")),
        appropriate_policy_document=_optional_text(fields.get("appropriate_policy_document")),
        at_risk_justification=_optional_text(fields.get("at_risk_justification")),
        consent_not_sought_reason=_optional_text(fields.get("consent_not_sought_reason")),
        consent_prejudice_reason=_optional_text(fields.get("consent_prejudice_reason")),
        subject_informed=informed,
        # Told: there is no reason for not telling them to keep.
        subject_not_informed_reason=None
        if informed
        else _optional_text(fields.get("subject_not_informed_reason")),
        relies_on_sch2_para2=_yes_no("relies_on_sch2_para2", fields.get("relies_on_sch2_para2")),
        at_risk_care_needs=_optional_text(fields.get("at_risk_care_needs")),
        at_risk_harm=_optional_text(fields.get("at_risk_harm")),
        at_risk_cannot_protect=_optional_text(fields.get("at_risk_cannot_protect")),
        consent_not_sought_ground=_code(
            ConsentNotSoughtGround,
            "consent_not_sought_ground",
            fields.get("consent_not_sought_ground"),
        ),
        consent_given_on=_day("consent_given_on", fields.get("consent_given_on")),
        consent_how=_optional_text(fields.get("consent_how")),
        consent_what_told=_optional_text(fields.get("consent_what_told")),
        annex1_condition=_code(
            Annex1Condition, "annex1_condition", fields.get("annex1_condition")
        ),
    )
