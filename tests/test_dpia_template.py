"""The Prevent template carries the risks that matter here, tied to the policy."""

from datetime import UTC, datetime

from dpia import (
    PLACEHOLDER,
    PREVENT_REFERRAL_SHARING,
    TEMPLATES,
    Person,
    RiskLevel,
    Status,
    missing_for_submission,
    prevent_referral_sharing_template,
)
from dpia.examples import DEMO_ANSWERS, completed_demo_dpia

LEAD = Person(username="lead", name="Alex Lead", role="Prevent Lead")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def template():  # type: ignore[no-untyped-def]
    return prevent_referral_sharing_template(
        controller="Example Online Ltd", created_by=LEAD, at=T0
    )


def test_template_identity() -> None:
    t = template()
    assert t.activity == PREVENT_REFERRAL_SHARING == "prevent-referral-sharing"
    assert TEMPLATES[PREVENT_REFERRAL_SHARING] is prevent_referral_sharing_template
    assert t.status is Status.DRAFT and t.version == 1 and t.created_by == LEAD


def test_template_has_the_six_risks_with_measures_and_residuals() -> None:
    titles = " | ".join(r.title.lower() for r in template().risks)
    for words in (
        "wrongful referral",
        "discriminatory targeting",
        "policy 2.2",
        "excessive sharing",
        "breach in transit",
        "inaccurate records",
        "chilling effect on freedom of speech",
    ):
        assert words in titles
    for risk in template().risks:
        assert risk.measures and risk.source and risk.description
        assert risk.residual_level is not None
        assert risk.residual_level.rank <= risk.level.rank
        assert risk.residual_level is not RiskLevel.HIGH  # no ICO consultation needed by default


def test_template_cites_the_policy_and_law() -> None:
    t = template()
    text = t.to_json()
    for cite in ("7.3", "9.2", "2.2", "10.2", "section 26", "Schedule 1", "Article 6(1)(e)"):
        assert cite in text
    assert t.processing.criminal_offence_data
    assert "Religious or philosophical beliefs" in t.processing.special_category_data


def test_only_the_marked_facts_remain_for_the_organisation() -> None:
    missing = missing_for_submission(template())
    assert missing and all(PLACEHOLDER in m for m in missing)
    placeholder_paths = {
        path for path, text in template().iter_text_fields() if PLACEHOLDER in text
    }
    assert placeholder_paths == set(DEMO_ANSWERS)
    assert missing_for_submission(completed_demo_dpia(controller="C", created_by=LEAD, at=T0)) == []
