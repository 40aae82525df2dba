"""Rules 3 and 4: the lawful-basis record, checked as plain Python."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gateway.disclosures.lawful_basis import (
    APD_PARAGRAPHS,
    Art6Basis,
    Art9Condition,
    ConsentNotSoughtGround,
    LawfulBasisRecord,
    PolicyDocumentCover,
    SpecialCategory,
    apd_paragraphs,
    check_lawful_basis,
    parse_lawful_basis,
)
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
from tests.support import PARA18_PARTS_JSON

TODAY = date(2026, 11, 25)

BASE = LawfulBasisRecord(
    art6_basis=Art6Basis.PUBLIC_TASK,
    necessity="The coordinator needs it to assess the risk.",
    proportionality="Only the concerns and the chronology go; others are redacted.",
    clear_and_compelling="Two independent reports and a screenshot.",
    subject_informed=False,
    subject_not_informed_reason="Telling him would prejudice the prevention of crime.",
    relies_on_sch2_para2=True,
)

SAFEGUARDING = replace(
    BASE,
    art9_condition=Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
    schedule1_paragraph=18,
    at_risk_justification="He is at risk of being drawn into violent extremism.",
    consent_not_sought_reason="Seeking consent would prejudice his protection.",
    at_risk_care_needs=PARA18_PARTS_JSON["at_risk_care_needs"],
    at_risk_harm=PARA18_PARTS_JSON["at_risk_harm"],
    at_risk_cannot_protect=PARA18_PARTS_JSON["at_risk_cannot_protect"],
    consent_not_sought_ground=ConsentNotSoughtGround.WOULD_PREJUDICE,
    appropriate_policy_document="APD-2026-01",
)

#: The register entry the records above name: covers paras 10 and 18, in date on TODAY.
COVER = PolicyDocumentCover(
    reference="APD-2026-01",
    title="Prevent information sharing",
    version=2,
    paragraphs=frozenset({10, 18}),
    review_due=date(2027, 6, 1),
)


def check(
    record: LawfulBasisRecord,
    special: set[SpecialCategory] | None = None,
    criminal: bool = False,
    public_authority: bool = True,
    competent_authority: bool = False,
    policy_document: PolicyDocumentCover | None = COVER,
) -> None:
    check_lawful_basis(
        record,
        special_categories=special or set(),
        criminal_offence_data=criminal,
        public_authority=public_authority,
        to_competent_authority=competent_authority,
        today=TODAY,
        policy_document=policy_document,
    )


def test_complete_public_task_record_passes() -> None:
    check(BASE)
    assert BASE.codes() == ["art6.1.e", "dpa2018.sch2.para2"]


def test_no_art6_basis_is_refused() -> None:
    with pytest.raises(LawfulBasisMissing, match="Article 6"):
        check(replace(BASE, art6_basis=None))


def test_legitimate_interests_refused_for_public_authority_only() -> None:
    record = replace(BASE, art6_basis=Art6Basis.LEGITIMATE_INTERESTS)
    with pytest.raises(LegitimateInterestsUnavailable, match="public authority"):
        check(record, public_authority=True)
    check(record, public_authority=False)


@pytest.mark.parametrize("field", ["necessity", "proportionality", "clear_and_compelling"])
def test_each_justification_is_required(field: str) -> None:
    with pytest.raises(LawfulBasisMissing):
        check(replace(BASE, **{field: "  "}))


def test_subject_not_told_needs_a_reason() -> None:
    with pytest.raises(LawfulBasisMissing, match="told"):
        check(replace(BASE, subject_not_informed_reason=None, relies_on_sch2_para2=False))
    check(
        replace(
            BASE,
            subject_informed=True,
            subject_not_informed_reason=None,
            relies_on_sch2_para2=False,
        )
    )


def test_special_category_without_art9_condition_is_refused() -> None:
    with pytest.raises(SpecialCategoryConditionMissing, match="religious"):
        check(BASE, special={SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS})


def test_art9g_without_schedule1_paragraph_is_refused() -> None:
    with pytest.raises(SpecialCategoryConditionMissing, match="Schedule 1"):
        check(replace(SAFEGUARDING, schedule1_paragraph=None), special={SpecialCategory.HEALTH})


def test_schedule1_paragraph_must_fit_the_art9_condition() -> None:
    with pytest.raises(SpecialCategoryConditionMissing, match="not a condition"):
        check(replace(SAFEGUARDING, schedule1_paragraph=2), special={SpecialCategory.HEALTH})


def test_para18_complete_passes_and_codes_are_recorded() -> None:
    check(SAFEGUARDING, special={SpecialCategory.HEALTH})
    assert SAFEGUARDING.codes() == [
        "art6.1.e",
        "art9.2.g",
        "dpa2018.sch1.para18",
        "dpa2018.sch2.para2",
    ]


def test_para18_needs_at_risk_justification_and_why_no_consent() -> None:
    with pytest.raises(SpecialCategoryConditionMissing, match="at risk"):
        check(replace(SAFEGUARDING, at_risk_justification=""), special={SpecialCategory.HEALTH})
    with pytest.raises(SpecialCategoryConditionMissing, match="consent"):
        check(
            replace(SAFEGUARDING, consent_not_sought_reason=None), special={SpecialCategory.HEALTH}
        )


def test_part2_condition_needs_in_date_appropriate_policy_document() -> None:
    with pytest.raises(AppropriatePolicyDocumentMissing):
        check(
            replace(SAFEGUARDING, appropriate_policy_document=None),
            special={SpecialCategory.HEALTH},
        )
    with pytest.raises(AppropriatePolicyDocumentMissing, match="no appropriate policy document"):
        check(SAFEGUARDING, special={SpecialCategory.HEALTH}, policy_document=None)
    # The review day itself is still in date; the day after, nothing may rely on it.
    check(
        SAFEGUARDING,
        special={SpecialCategory.HEALTH},
        policy_document=replace(COVER, review_due=TODAY),
    )
    with pytest.raises(AppropriatePolicyDocumentOutOfDate, match="out of date"):
        check(
            SAFEGUARDING,
            special={SpecialCategory.HEALTH},
            policy_document=replace(COVER, review_due=date(2026, 11, 24)),
        )


def test_the_policy_document_must_cover_the_condition_relied_on() -> None:
    only_para10 = replace(COVER, paragraphs=frozenset({10}))
    with pytest.raises(AppropriatePolicyDocumentNotCovering, match=r"does not cover .* 18"):
        check(SAFEGUARDING, special={SpecialCategory.HEALTH}, policy_document=only_para10)
    # Art 10 data under para 10 checks the same entry for para 10.
    record = replace(
        SAFEGUARDING,
        art10_paragraph=10,
        consent_prejudice_reason="Asking him would tip him off and those he is in contact with.",
    )
    only_para18 = replace(COVER, paragraphs=frozenset({18}))
    with pytest.raises(AppropriatePolicyDocumentNotCovering, match="paragraph 10"):
        check(
            record,
            special={SpecialCategory.HEALTH},
            criminal=True,
            policy_document=only_para18,
        )
    check(record, special={SpecialCategory.HEALTH}, criminal=True)


def test_the_paragraphs_that_need_a_policy_document() -> None:
    record = replace(
        SAFEGUARDING, art10_paragraph=10, consent_prejudice_reason="It would tip him off."
    )
    assert apd_paragraphs(record, to_competent_authority=False) == [10, 18]
    # Sch 1 para 10(2): to a competent authority para 10 needs none; para 18 still does.
    assert apd_paragraphs(record, to_competent_authority=True) == [18]
    assert apd_paragraphs(BASE, to_competent_authority=False) == []
    # Part 1 para 1 (employment) needs one too (para 1(1)(b)); Part 3 para 29 does not.
    assert 1 in APD_PARAGRAPHS and 36 in APD_PARAGRAPHS and 29 not in APD_PARAGRAPHS


UNLAWFUL_ACTS = replace(
    BASE,
    art9_condition=Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
    schedule1_paragraph=10,
    consent_prejudice_reason="Asking him would alert him to the investigation.",
)


def test_para10_needs_why_consent_would_prejudice() -> None:
    with pytest.raises(SpecialCategoryConditionMissing, match="consent"):
        check(
            replace(
                UNLAWFUL_ACTS,
                consent_prejudice_reason=None,
                appropriate_policy_document="APD-2026-01",
            ),
            special={SpecialCategory.POLITICAL_OPINIONS},
        )


def test_para10_to_competent_authority_needs_no_policy_document() -> None:
    special = {SpecialCategory.POLITICAL_OPINIONS}
    check(UNLAWFUL_ACTS, special=special, competent_authority=True)
    with pytest.raises(AppropriatePolicyDocumentMissing):
        check(UNLAWFUL_ACTS, special=special, competent_authority=False)


def test_criminal_offence_data_needs_art10_condition() -> None:
    with pytest.raises(CriminalOffenceConditionMissing, match="Article 10"):
        check(BASE, criminal=True)
    record = replace(
        BASE,
        art10_paragraph=10,
        consent_prejudice_reason="Asking him would tip him off before the police act.",
    )
    check(record, criminal=True, competent_authority=True)
    assert "art10" in record.codes()
    with pytest.raises(CriminalOffenceConditionMissing, match="does not exist"):
        check(replace(record, art10_paragraph=99), criminal=True)


def test_conditions_without_matching_data_are_questioned() -> None:
    with pytest.raises(InvalidInput, match="no special category"):
        check(SAFEGUARDING)
    with pytest.raises(InvalidInput, match="no criminal offence"):
        check(replace(BASE, art10_paragraph=10))


# --- one reading of what a person typed, whichever door -----------------------------------------


def test_a_web_form_an_api_body_and_a_toml_file_read_to_the_same_record() -> None:
    web_form = {
        "art6_basis": "art6.1.e",
        "art9_condition": "art9.2.g",
        "schedule1_paragraph": "18",
        "art10_paragraph": "",
        "appropriate_policy_document": " APD-2026-01 ",
        "necessity": "Needed.",
        "proportionality": "Only the concern.",
        "clear_and_compelling": "Two reports.",
        "at_risk_justification": "At risk.",
        "consent_not_sought_reason": "Would prejudice.",
        "consent_prejudice_reason": "",
        "subject_informed": "no",
        "subject_not_informed_reason": "Would prejudice crime prevention.",
        "relies_on_sch2_para2": "yes",
    }
    api_body = {
        **web_form,
        "schedule1_paragraph": 18,
        "art10_paragraph": None,
        "appropriate_policy_document": "APD-2026-01",
        "consent_prejudice_reason": None,
        "subject_informed": False,
        "relies_on_sch2_para2": True,
    }
    toml_file = {k: v for k, v in api_body.items() if v is not None}
    records = {parse_lawful_basis(f) for f in (web_form, api_body, toml_file)}
    assert len(records) == 1
    record = records.pop()
    assert record.art9_condition is Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST
    assert record.schedule1_paragraph == 18 and record.art10_paragraph is None
    assert record.appropriate_policy_document == "APD-2026-01"
    assert record.codes() == ["art6.1.e", "art9.2.g", "dpa2018.sch1.para18", "dpa2018.sch2.para2"]


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"art6_basis": "art6.1.z"}, "not one of the codes"),
        ({"art9_condition": "9g"}, "not one of the codes"),
        ({"schedule1_paragraph": "eighteen"}, "must be a number"),
        ({"art10_paragraph": 99}, "1 to 40"),
        ({"apd_review_date": "2027-06-30"}, "comes from the register"),
        ({"subject_informed": "perhaps"}, "yes or no"),
        ({"necesity": "typo"}, "Unknown lawful-basis field"),
    ],
)
def test_what_cannot_be_read_is_refused_with_a_clear_message(
    fields: dict[str, object], says: str
) -> None:
    with pytest.raises(InvalidInput, match=says):
        parse_lawful_basis({"art6_basis": "art6.1.e", **fields})


def test_a_student_who_was_told_needs_no_reason_for_not_telling() -> None:
    record = parse_lawful_basis(
        {"subject_informed": True, "subject_not_informed_reason": "left over from a draft"}
    )
    assert record.subject_informed and record.subject_not_informed_reason is None


def test_the_basis_is_shown_in_words_not_codes() -> None:
    from gateway.disclosures.lawful_basis import (
        Art6Basis,
        Art9Condition,
        LawfulBasisRecord,
        article_in_words,
    )

    assert article_in_words("art6.1.e") == "Art 6(1)(e)"
    assert article_in_words("art9.2.g") == "Art 9(2)(g)"
    record = LawfulBasisRecord(
        art6_basis=Art6Basis.PUBLIC_TASK,
        art9_condition=Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
        schedule1_paragraph=18,
        art10_paragraph=10,
        relies_on_sch2_para2=True,
    )
    words = record.in_words()
    assert words[0].startswith("Art 6(1)(e) — public task")
    assert words[1] == "Art 9(2)(g) — substantial public interest"
    assert words[2].startswith("DPA 2018 Sch 1 para 18 — ")
    assert words[3].startswith("Art 10 (criminal offence data) with DPA 2018 Sch 1 para 10")
    assert "crime and taxation" in words[4]
    assert not any("art6" in w or "dpa2018." in w for w in words)


# --- justifications a DPO can assess -------------------------------------------------------------


@pytest.mark.parametrize("field", ["necessity", "proportionality", "clear_and_compelling"])
def test_a_justification_under_40_characters_is_refused(field: str) -> None:
    with pytest.raises(LawfulBasisMissing, match="at least 40 characters"):
        check(replace(BASE, **{field: "Needed to assess the risk."}))


@pytest.mark.parametrize(
    ("field", "copied_from"),
    [
        ("proportionality", "necessity"),
        ("clear_and_compelling", "necessity"),
        ("clear_and_compelling", "proportionality"),
    ],
)
def test_a_justification_copied_from_another_field_is_refused(field: str, copied_from: str) -> None:
    copied = getattr(BASE, copied_from).upper() + "  "
    with pytest.raises(LawfulBasisMissing, match="is a copy of"):
        check(replace(BASE, **{field: copied}))


def test_the_para_18_and_para_10_reasons_are_justifications_too() -> None:
    with pytest.raises(LawfulBasisMissing, match="at least 40"):
        check(
            replace(SAFEGUARDING, at_risk_justification="At risk."),
            special={SpecialCategory.HEALTH},
        )
    with pytest.raises(LawfulBasisMissing, match="at least 40"):
        check(
            replace(SAFEGUARDING, consent_not_sought_reason="Would prejudice."),
            special={SpecialCategory.HEALTH},
        )
    with pytest.raises(LawfulBasisMissing, match="is a copy of"):
        check(
            replace(SAFEGUARDING, consent_not_sought_reason=SAFEGUARDING.at_risk_justification),
            special={SpecialCategory.HEALTH},
        )
    unlawful = replace(BASE, art10_paragraph=10, consent_prejudice_reason="It would tip him off.")
    with pytest.raises(LawfulBasisMissing, match="at least 40"):
        check(unlawful, criminal=True, competent_authority=True)


def test_para_18_asks_each_part_of_the_at_risk_test_and_the_consent_ground() -> None:
    health = {SpecialCategory.HEALTH}
    for part in ("at_risk_care_needs", "at_risk_harm", "at_risk_cannot_protect"):
        with pytest.raises(SpecialCategoryConditionMissing, match=r"18\(3\)"):
            check(replace(SAFEGUARDING, **{part: None}), special=health)
        with pytest.raises(LawfulBasisMissing, match="at least 40"):
            check(replace(SAFEGUARDING, **{part: "Yes."}), special=health)
    with pytest.raises(SpecialCategoryConditionMissing, match=r"18\(2\)"):
        check(replace(SAFEGUARDING, consent_not_sought_ground=None), special=health)
    same = PARA18_PARTS_JSON["at_risk_harm"]
    with pytest.raises(LawfulBasisMissing, match="is a copy of"):
        check(replace(SAFEGUARDING, at_risk_cannot_protect=same), special=health)
    check(SAFEGUARDING, special=health)


# --- consent only with a consent record -------------------------------------------------------

CONSENTED = replace(
    BASE,
    art6_basis=Art6Basis.CONSENT,
    subject_informed=True,
    subject_not_informed_reason=None,
    relies_on_sch2_para2=False,
    consent_given_on=date(2026, 11, 20),
    consent_how="Signed consent form, witnessed by the Student Support adviser.",
    consent_what_told="That the coordinator would receive the concern and could contact him.",
)


def test_consent_needs_a_consent_record() -> None:
    check(CONSENTED)
    for missing in ("consent_given_on", "consent_how", "consent_what_told"):
        with pytest.raises(LawfulBasisMissing, match="consent"):
            check(replace(CONSENTED, **{missing: None}))
    with pytest.raises(LawfulBasisMissing, match="in the future"):
        check(replace(CONSENTED, consent_given_on=date(2026, 12, 1)))


def test_consent_is_refused_when_the_record_says_not_told_or_not_sought() -> None:
    not_told = replace(
        CONSENTED, subject_informed=False, subject_not_informed_reason="It would tip him off."
    )
    with pytest.raises(LawfulBasisMissing, match="not told"):
        check(not_told)
    with pytest.raises(LawfulBasisMissing, match="not sought"):
        check(replace(CONSENTED, consent_not_sought_reason="He was not asked at all."))
    explicit = replace(
        SAFEGUARDING,
        art9_condition=Art9Condition.EXPLICIT_CONSENT,
        schedule1_paragraph=None,
        subject_informed=False,
    )
    with pytest.raises(LawfulBasisMissing, match="9\\(2\\)\\(a\\)"):
        check(explicit, special={SpecialCategory.HEALTH})


# --- Art 6(1)(ea) and (f) ---------------------------------------------------------------------


def test_recognised_legitimate_interests_need_an_annex_1_condition_and_no_public_authority() -> (
    None
):
    from gateway.disclosures.lawful_basis import Annex1Condition

    ea = replace(BASE, art6_basis=Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS)
    with pytest.raises(LawfulBasisMissing, match="Annex 1"):
        check(ea, public_authority=False)
    with_annex = replace(ea, annex1_condition=Annex1Condition.SAFEGUARDING)
    check(with_annex, public_authority=False)
    assert "annex1.para5" in with_annex.codes()
    assert any("Annex 1 para 5" in line for line in with_annex.in_words())
    with pytest.raises(LegitimateInterestsUnavailable, match="as amended"):
        check(with_annex, public_authority=True)
    with pytest.raises(InvalidInput, match="Annex 1"):
        check(replace(BASE, annex1_condition=Annex1Condition.CRIME))


def test_legitimate_interests_are_refused_at_the_moment_chosen() -> None:
    from gateway.disclosures.lawful_basis import check_art6_choice

    for basis in (Art6Basis.LEGITIMATE_INTERESTS, Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS):
        with pytest.raises(LegitimateInterestsUnavailable, match=r"Art 6\(1\), as amended"):
            check_art6_choice(basis, public_authority=True)
        check_art6_choice(basis, public_authority=False)
    check_art6_choice(Art6Basis.PUBLIC_TASK, public_authority=True)


def test_para_10_2_is_recorded_in_codes_and_words() -> None:
    from gateway.disclosures.lawful_basis import PARA10_2_CODE, para10_2_applies

    record = replace(
        BASE,
        art10_paragraph=10,
        consent_prejudice_reason="Asking him would tip him off before the police can act.",
    )
    assert para10_2_applies(record, to_competent_authority=True)
    assert not para10_2_applies(record, to_competent_authority=False)
    assert not para10_2_applies(BASE, to_competent_authority=True)
    applied = replace(record, para10_2_competent_authority=True)
    assert PARA10_2_CODE in applied.codes()
    assert any("10(2)" in line for line in applied.in_words())
    with pytest.raises(InvalidInput, match="Unknown"):
        parse_lawful_basis({"para10_2_competent_authority": True})
