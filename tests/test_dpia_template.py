"""The Prevent template carries the risks that matter here, tied to the policy."""

import ast
from datetime import UTC, datetime
from pathlib import Path

from dpia import (
    PLACEHOLDER,
    PREVENT_CONCERN_RECORDING,
    PREVENT_REFERRAL_SHARING,
    TEMPLATES,
    Person,
    RiskLevel,
    Status,
    missing_for_submission,
    prevent_concern_recording_template,
    prevent_referral_sharing_template,
)
from dpia.examples import DEMO_ANSWERS, DEMO_RECORDING_ANSWERS, completed_demo_dpia
from dpia.workflow import set_fields

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


def _templates():  # type: ignore[no-untyped-def]
    return [make(controller="Example Online Ltd", created_by=LEAD, at=T0)
            for make in TEMPLATES.values()]


def _test_functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    }


def test_every_measure_names_the_tests_that_show_it_or_is_the_providers() -> None:
    root = Path(__file__).resolve().parent.parent
    enforced = 0
    for t in _templates():
        for risk in t.risks:
            for m in risk.measures:
                if m.provider_action:
                    assert m.description.startswith("Provider action:"), (t.activity, m.id)
                    continue
                enforced += 1
                for ref in m.enforced_by:
                    file, _, name = ref.partition("::")
                    assert (root / file).is_file(), (t.activity, m.id, ref)
                    assert name in _test_functions(root / file), (t.activity, m.id, ref)
            # Every risk has at least one measure the product itself enforces.
            assert any(not m.provider_action for m in risk.measures), (t.activity, risk.id)
    assert enforced >= 10


def test_no_template_claims_what_the_product_does_not_do() -> None:
    for t in _templates():
        product_text = " ".join(
            text
            for path, text in t.iter_text_fields()
            if not text.startswith("Provider action:")
        ).lower()
        for claim in (
            "equality review",  # the report refuses any breakdown by a group of people
            "each with its reason",  # no reason is recorded per data item
            "holds no personal data",  # the sharing log holds a keyed pseudonym
            "identity is checked",  # no identity check in the product
        ):
            assert claim not in product_text, (t.activity, claim)


def test_the_recording_template_covers_concerns_and_monitoring() -> None:
    t = prevent_concern_recording_template(controller="Example Online Ltd", created_by=LEAD, at=T0)
    assert t.activity == PREVENT_CONCERN_RECORDING == "prevent-concern-recording"
    text = t.to_json()
    for cite in ("5.2", "5.3", "7.1-7.5", "9.2", "six years", "monitor"):
        assert cite in text, cite
    titles = " | ".join(r.title.lower() for r in t.risks)
    assert "monitoring" in titles and "policy 2.2" in titles
    for risk in t.risks:
        assert risk.residual_level is not None and risk.residual_level is not RiskLevel.HIGH
    placeholders = {path for path, text in t.iter_text_fields() if PLACEHOLDER in text}
    assert placeholders == set(DEMO_RECORDING_ANSWERS)
    done = set_fields(t, list(DEMO_RECORDING_ANSWERS.items()))
    assert missing_for_submission(done) == []
