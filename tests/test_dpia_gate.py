"""The gate refuses processing with a reason for each way a DPIA can fail to be in force."""

from datetime import UTC, date, datetime, timedelta

import pytest

from dpia import (
    DPIA,
    DPIANotInForce,
    DPORecommendation,
    ICOConsultation,
    ICOOutcome,
    Person,
    RefusalReason,
    RiskLevel,
    Status,
    advise,
    approve,
    record_ico_consultation,
    require_in_force,
    set_fields,
    status_summary,
    submit,
)
from dpia.examples import approved_demo_dpia, completed_demo_dpia

ACTIVITY = "prevent-referral-sharing"
LEAD = Person(username="lead", name="Alex Lead", role="Prevent Lead")
DPO = Person(username="dpo", name="Dana Officer", role="Data Protection Officer")
EXEC = Person(username="siro", name="Chris Exec", role="Senior Information Risk Owner")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)


def approved() -> DPIA:
    return approved_demo_dpia(
        controller="Example Online Ltd",
        preparer=LEAD,
        dpo=DPO,
        approver=EXEC,
        at=T0,
        review_in=timedelta(days=200),
    )


def approved_with_high_residual(ico: ICOConsultation | None, **advice: object) -> DPIA:
    d = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    d = set_fields(d, [("risks.R6.residual_likelihood", "probable")])
    if ico is not None:
        d = record_ico_consultation(d, ico)
    d = submit(d, by=LEAD, at=T0)
    d = advise(d, dpo=DPO, at=T0, recommendation=DPORecommendation.PROCEED, summary="ok", **advice)  # type: ignore[arg-type]
    return approve(
        d,
        measures_approved_by=EXEC,
        residual_risks_approved_by=EXEC,
        advice_accepted=True,
        review_date=date(2027, 6, 1),
        review_owner=DPO,
        at=T0,
    )


def refusal_reason(
    dpia: DPIA | None, activity: str = ACTIVITY, today: date = TODAY
) -> RefusalReason:
    with pytest.raises(DPIANotInForce) as err:
        require_in_force(dpia, activity, today)
    assert err.value.activity == activity
    assert activity in str(err.value)
    return err.value.reason


def test_in_force_passes() -> None:
    require_in_force(approved(), ACTIVITY, TODAY)
    review = approved().review_date
    assert review is not None
    require_in_force(approved(), ACTIVITY, review)  # still in force on the review date


def test_missing() -> None:
    assert refusal_reason(None) is RefusalReason.MISSING


def test_wrong_activity() -> None:
    assert refusal_reason(approved(), activity="other-sharing") is RefusalReason.WRONG_ACTIVITY


def test_draft_and_awaiting_dpo_are_not_approved() -> None:
    d = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    assert refusal_reason(d) is RefusalReason.NOT_APPROVED
    assert refusal_reason(submit(d, by=LEAD, at=T0)) is RefusalReason.NOT_APPROVED


def test_expired() -> None:
    d = approved()
    assert d.review_date is not None
    day_after = d.review_date + timedelta(days=1)
    assert refusal_reason(d, today=day_after) is RefusalReason.EXPIRED
    with pytest.raises(DPIANotInForce, match=r"review date .* has passed"):
        require_in_force(d, ACTIVITY, day_after)


def test_high_residual_risk_without_ico_consultation() -> None:
    d = approved_with_high_residual(None)
    assert [r.id for r in d.high_residual_risks()] == ["R6"]
    assert refusal_reason(d) is RefusalReason.ICO_CONSULTATION_REQUIRED
    with pytest.raises(DPIANotInForce, match="R6 'Chilling effect"):
        require_in_force(d, ACTIVITY, TODAY)


@pytest.mark.parametrize(
    ("outcome", "allowed"),
    [
        (ICOOutcome.AWAITING_RESPONSE, False),
        (ICOOutcome.DO_NOT_PROCEED, False),
        (ICOOutcome.PROCEED, True),
        (ICOOutcome.PROCEED_WITH_CONDITIONS, True),
    ],
)
def test_ico_consultation_outcome_decides(outcome: ICOOutcome, allowed: bool) -> None:
    ico = ICOConsultation(
        submitted_on=date(2026, 9, 1),
        reference="ICO/2026/0042",
        outcome=outcome,
        response_received_on=None
        if outcome is ICOOutcome.AWAITING_RESPONSE
        else date(2026, 10, 20),
        recorded_by=DPO,
    )
    d = approved_with_high_residual(ico)
    if allowed:
        require_in_force(d, ACTIVITY, TODAY)
    else:
        assert refusal_reason(d) is RefusalReason.ICO_CONSULTATION_REQUIRED


def test_dpo_advice_to_consult_ico_when_accepted_is_enforced() -> None:
    d = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    d = submit(d, by=LEAD, at=T0)
    d = advise(
        d,
        dpo=DPO,
        at=T0,
        recommendation=DPORecommendation.PROCEED,
        summary="Consult",
        ico_consultation_advised=True,
    )
    d = approve(
        d,
        measures_approved_by=EXEC,
        residual_risks_approved_by=EXEC,
        advice_accepted=True,
        review_date=date(2027, 6, 1),
        review_owner=DPO,
        at=T0,
    )
    assert not d.high_residual_risks()
    assert refusal_reason(d) is RefusalReason.ICO_CONSULTATION_REQUIRED


def test_summary_in_force() -> None:
    s = status_summary(approved(), ACTIVITY, TODAY)
    assert s.in_force and s.reason is None and s.status is Status.APPROVED
    assert s.version == 1
    assert s.residual_risks == {RiskLevel.LOW: 2, RiskLevel.MEDIUM: 4, RiskLevel.HIGH: 0}
    assert s.dpo_recommendation is DPORecommendation.PROCEED and not s.dpo_advice_overruled
    assert "IN FORCE (version 1" in str(s)


def test_summary_warns_near_review_and_when_not_in_force() -> None:
    d = approved()
    assert d.review_date is not None
    s = status_summary(d, ACTIVITY, d.review_date - timedelta(days=10))
    assert s.in_force and any("due for review in 10 days" in w for w in s.warnings)
    s = status_summary(d, ACTIVITY, d.review_date + timedelta(days=1))
    assert not s.in_force and s.reason is RefusalReason.EXPIRED and s.status is Status.EXPIRED
    assert "NOT IN FORCE" in str(s) and "Reason:" in str(s)
    none = status_summary(None, ACTIVITY, TODAY)
    assert not none.in_force and none.reason is RefusalReason.MISSING
    assert "NONE" in str(none)


def test_summary_shows_overruled_advice() -> None:
    d = completed_demo_dpia(controller="C", created_by=LEAD, at=T0)
    d = submit(d, by=LEAD, at=T0)
    d = advise(
        d, dpo=DPO, at=T0, recommendation=DPORecommendation.DO_NOT_PROCEED, summary="Too risky"
    )
    d = approve(
        d,
        measures_approved_by=EXEC,
        residual_risks_approved_by=EXEC,
        advice_accepted=False,
        overrule_reasons="The board accepts the residual risk.",
        review_date=date(2027, 6, 1),
        review_owner=DPO,
        at=T0,
    )
    s = status_summary(d, ACTIVITY, TODAY)
    assert s.in_force and s.dpo_advice_overruled
    assert "OVERRULED" in str(s) and "board accepts" in str(s)
