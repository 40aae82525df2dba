"""Each status change, each refusal, and the rules of who may do what."""

from datetime import UTC, date, datetime, timedelta

import pytest

from dpia import (
    DPIA,
    DPIAError,
    DPIAFrozen,
    DPIAIncomplete,
    DPIAInvalid,
    DPIAInvalidTransition,
    DPIASeparationOfDuties,
    DPORecommendation,
    ICOConsultation,
    ICOOutcome,
    Likelihood,
    Person,
    Severity,
    Status,
    advise,
    apply_patch,
    approve,
    effective_status,
    missing_for_submission,
    new_dpia,
    prevent_referral_sharing_template,
    record_ico_consultation,
    return_to_draft,
    set_field,
    set_fields,
    submit,
)
from dpia.examples import completed_demo_dpia

LEAD = Person(username="lead", name="Alex Lead", role="Prevent Lead")
DPO = Person(username="dpo", name="Dana Officer", role="Data Protection Officer")
EXEC = Person(username="siro", name="Chris Exec", role="Senior Information Risk Owner")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def draft() -> DPIA:
    return completed_demo_dpia(controller="Example Online Ltd", created_by=LEAD, at=T0)


def submitted() -> DPIA:
    return submit(draft(), by=LEAD, at=T0 + timedelta(hours=1))


def advised(recommendation: DPORecommendation = DPORecommendation.PROCEED, **kw: object) -> DPIA:
    return advise(
        submitted(),
        dpo=DPO,
        at=T0 + timedelta(days=1),
        recommendation=recommendation,
        summary="Measures are adequate.",
        **kw,  # type: ignore[arg-type]
    )


def approve_now(dpia: DPIA, **overrides: object) -> DPIA:
    args: dict[str, object] = dict(
        measures_approved_by=EXEC,
        residual_risks_approved_by=EXEC,
        advice_accepted=True,
        review_date=date(2027, 11, 1),
        review_owner=DPO,
        at=T0 + timedelta(days=2),
    )
    args.update(overrides)
    return approve(dpia, **args)  # type: ignore[arg-type]


def test_full_path_draft_awaiting_approved() -> None:
    d = draft()
    assert d.status is Status.DRAFT and d.version == 1
    s = submitted()
    assert s.status is Status.AWAITING_DPO and s.submission and s.submission.by == LEAD
    a = advised()
    assert a.status is Status.AWAITING_DPO and a.dpo_advice and a.dpo_advice.by == DPO
    ok = approve_now(a)
    assert ok.status is Status.APPROVED
    assert ok.signoff and ok.signoff.residual_risks_approved_by == EXEC
    assert ok.signoff.advice_response.accepted
    # inputs are never changed
    assert a.status is Status.AWAITING_DPO and a.signoff is None


def test_template_cannot_be_submitted_until_placeholders_are_replaced() -> None:
    t = prevent_referral_sharing_template(controller="X", created_by=LEAD, at=T0)
    with pytest.raises(DPIAIncomplete) as err:
        submit(t, by=LEAD, at=T0)
    assert any("necessity.retention" in m for m in err.value.missing)
    assert "TO CONFIRM" in str(err.value)


def test_blank_dpia_lists_every_missing_section() -> None:
    blank = new_dpia(activity="x-sharing", title="X", controller="C", created_by=LEAD, at=T0)
    missing = missing_for_submission(blank)
    joined = "\n".join(missing)
    for field in (
        "need_for_dpia",
        "processing.nature",
        "processing.purposes",
        "necessity.lawful_basis",
        "necessity.retention",
        "consultation.not_consulted_reason",
        "risks",
    ):
        assert field in joined
    with pytest.raises(DPIAIncomplete):
        submit(blank, by=LEAD, at=T0)


def test_special_category_data_needs_a_condition() -> None:
    d = set_field(draft(), "necessity.special_category_condition", "")
    assert any("special_category_condition" in m for m in missing_for_submission(d))
    d2 = set_field(d, "processing.special_category_data", [])
    assert not any("special_category_condition" in m for m in missing_for_submission(d2))


def test_risk_without_measure_or_residual_blocks_submission() -> None:
    d = set_fields(draft(), [("risks.R3.measures", []), ("risks.R4.residual_severity", None)])
    joined = "\n".join(missing_for_submission(d))
    assert "at least one measure for risk R3" in joined
    assert "residual likelihood and severity of risk R4" in joined


def test_residual_risk_above_inherent_blocks_submission() -> None:
    d = set_fields(
        draft(),
        [("risks.R3.residual_likelihood", "probable"), ("risks.R3.residual_severity", "severe")],
    )
    assert any("cannot be higher" in m for m in missing_for_submission(d))


def test_submit_only_from_draft() -> None:
    with pytest.raises(DPIAInvalidTransition):
        submit(submitted(), by=LEAD, at=T0)


def test_advise_needs_submission() -> None:
    with pytest.raises(DPIAInvalidTransition, match="Submit it first"):
        advise(draft(), dpo=DPO, at=T0, recommendation=DPORecommendation.PROCEED, summary="ok")


def test_advice_with_conditions_must_state_them() -> None:
    with pytest.raises(DPIAInvalid, match="conditions"):
        advised(DPORecommendation.PROCEED_WITH_CONDITIONS)
    a = advised(DPORecommendation.PROCEED_WITH_CONDITIONS, conditions="Quarterly audit of M2.3.")
    assert a.dpo_advice and a.dpo_advice.conditions


def test_advice_cannot_predate_submission() -> None:
    with pytest.raises(DPIAInvalid, match="before the submission"):
        advise(submitted(), dpo=DPO, at=T0, recommendation=DPORecommendation.PROCEED, summary="x")


def test_return_to_draft_clears_advice() -> None:
    back = return_to_draft(advised())
    assert back.status is Status.DRAFT and back.dpo_advice is None and back.submission is None
    with pytest.raises(DPIAInvalidTransition):
        return_to_draft(back)


def test_approve_requires_dpo_advice() -> None:
    with pytest.raises(DPIAIncomplete, match="DPO's advice"):
        approve_now(submitted())


def test_approve_only_from_awaiting_dpo() -> None:
    with pytest.raises(DPIAInvalidTransition):
        approve_now(draft())
    with pytest.raises(DPIAInvalidTransition):
        approve_now(approve_now(advised()))


@pytest.mark.parametrize("field", ["measures_approved_by", "residual_risks_approved_by"])
def test_dpo_cannot_approve_their_own_advice(field: str) -> None:
    with pytest.raises(DPIASeparationOfDuties, match="Art 38"):
        approve_now(advised(), **{field: DPO})


def test_consultation_review_is_recorded() -> None:
    ok = approve_now(
        advised(), departure_from_views="Students asked for no monitoring; M6.1 instead."
    )
    assert ok.signoff and ok.signoff.consultation_reviewed_by == EXEC
    assert ok.signoff.departure_from_views.startswith("Students asked")


def test_overruling_needs_reasons() -> None:
    with pytest.raises(DPIAIncomplete, match="reasons for overruling"):
        approve_now(advised(), advice_accepted=False)
    with pytest.raises(DPIAIncomplete):
        approve_now(advised(), advice_accepted=False, overrule_reasons="   because   ")
    ok = approve_now(
        advised(DPORecommendation.DO_NOT_PROCEED),
        advice_accepted=False,
        overrule_reasons="Regional Coordinator confirmed no alternative route exists.",
    )
    assert ok.signoff and not ok.signoff.advice_response.accepted
    assert "Regional Coordinator" in ok.signoff.advice_response.reasons


def test_accepting_advice_not_to_proceed_cannot_approve() -> None:
    with pytest.raises(DPIAError, match="not to proceed"):
        approve_now(advised(DPORecommendation.DO_NOT_PROCEED), advice_accepted=True)


def test_review_date_must_be_future_and_within_interval() -> None:
    with pytest.raises(DPIAInvalid, match="after the approval date"):
        approve_now(advised(), review_date=(T0 + timedelta(days=2)).date())
    with pytest.raises(DPIAInvalid, match="too far away"):
        approve_now(advised(), review_date=date(2029, 1, 1))


def test_expired_is_derived_after_review_date() -> None:
    ok = approve_now(advised())
    assert effective_status(ok, date(2027, 11, 1)) is Status.APPROVED
    assert effective_status(ok, date(2027, 11, 2)) is Status.EXPIRED
    assert ok.status is Status.APPROVED  # never stored
    assert effective_status(draft(), date(2099, 1, 1)) is Status.DRAFT


def test_approved_is_frozen() -> None:
    ok = approve_now(advised())
    with pytest.raises(DPIAFrozen, match="new version"):
        set_field(ok, "necessity.retention", "forever")
    with pytest.raises(DPIAFrozen):
        apply_patch(ok, {"title": "Changed"})
    ico = ICOConsultation(
        submitted_on=date(2026, 12, 1),
        reference="ICO-1",
        outcome=ICOOutcome.AWAITING_RESPONSE,
        recorded_by=DPO,
    )
    with pytest.raises(DPIAFrozen):
        record_ico_consultation(ok, ico)


def test_awaiting_dpo_is_not_edited_in_place() -> None:
    with pytest.raises(DPIAFrozen, match="Return it to draft"):
        set_field(submitted(), "title", "New")


def test_set_field_paths() -> None:
    d = draft()
    d = set_fields(
        d,
        [
            ("necessity.retention", "Six years."),
            ("risks.R1.likelihood", "probable"),
            ("risks.R1.measures.M1.2.owner", "Deputy DPO"),
            ("processing.data_categories.0", "Identity"),
            ("consultation.entries.C3.response", "Accepted."),
        ],
    )
    assert d.necessity.retention == "Six years."
    assert d.risk("R1").likelihood is Likelihood.PROBABLE
    assert [m.owner for m in d.risk("R1").measures if m.id == "M1.2"] == ["Deputy DPO"]
    assert d.processing.data_categories[0] == "Identity"
    assert d.consultation.entries[2].response == "Accepted."


def test_set_field_adds_and_removes_items() -> None:
    d = set_fields(
        draft(),
        [
            ("risks.R7.title", "Function creep"),
            ("risks.R7.likelihood", "remote"),
            ("risks.R7.severity", "significant"),
        ],
    )
    assert d.risk("R7").severity is Severity.SIGNIFICANT and d.risk("R7").measures == ()
    d = set_field(d, "risks.R7", None)
    with pytest.raises(KeyError):
        d.risk("R7")


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("status", "approved", "cannot be edited"),
        ("signoff", None, "cannot be edited"),
        ("necessity.nonsense", "x", "Extra inputs"),
        ("risks.R1.likelihood", "likely", "likelihood"),
        ("risks.R99.measures.M1.description", "x", "risks.R99.likelihood: Field required"),
        ("risks.R1.nothing.deeper", "x", "no field"),
        ("processing.data_categories.x", "x", "position number"),
        ("", "x", "not a field path"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(path: str, value: object, message: str) -> None:
    d = draft()
    before = d.to_json()
    with pytest.raises(DPIAInvalid, match=message):
        set_field(d, path, value)
    assert d.to_json() == before


def test_merge_patch() -> None:
    d = apply_patch(
        draft(),
        {"necessity": {"retention": "Seven years."}, "processing": {"recipients": ["RPC"]}},
    )
    assert d.necessity.retention == "Seven years."
    assert d.necessity.lawful_basis  # untouched sibling kept
    assert d.processing.recipients == ("RPC",)
    with pytest.raises(DPIAInvalid, match="set by the workflow"):
        apply_patch(draft(), {"version": 9})


def test_record_ico_consultation_on_draft() -> None:
    ico = ICOConsultation(
        submitted_on=date(2026, 12, 1),
        reference="ICO-1",
        outcome=ICOOutcome.PROCEED,
        response_received_on=date(2027, 1, 10),
        recorded_by=DPO,
    )
    d = record_ico_consultation(draft(), ico)
    assert d.ico_consultation == ico
    assert record_ico_consultation(d, None).ico_consultation is None


def test_ico_consultation_dates_are_checked() -> None:
    with pytest.raises(ValueError, match="written advice was received"):
        ICOConsultation(
            submitted_on=date(2026, 12, 1),
            reference="ICO-1",
            outcome=ICOOutcome.PROCEED,
            recorded_by=DPO,
        )
    with pytest.raises(ValueError, match="before the submission"):
        ICOConsultation(
            submitted_on=date(2026, 12, 1),
            reference="ICO-1",
            outcome=ICOOutcome.PROCEED,
            response_received_on=date(2026, 11, 1),
            recorded_by=DPO,
        )
