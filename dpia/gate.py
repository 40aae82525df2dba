"""The gate: is there a DPIA in force for a processing activity today?

``require_in_force`` is what a disclosure calls before anything leaves the organisation;
``status_summary`` is what the DPO is shown on every approval.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dpia.errors import DPIANotInForce, RefusalReason
from dpia.model import DPIA, DPORecommendation, Status
from dpia.scoring import RiskLevel
from dpia.workflow import effective_status

REVIEW_WARNING_DAYS = 30


def refusal(dpia: DPIA | None, activity: str, today: date) -> DPIANotInForce | None:
    """Why processing under ``activity`` must be refused today, or ``None`` if it may go ahead."""
    if dpia is None:
        return DPIANotInForce(
            activity,
            RefusalReason.MISSING,
            "there is no DPIA for it. Create one from the template, have the DPO advise on it "
            "and have it approved before any data is shared.",
        )
    if dpia.activity != activity:
        return DPIANotInForce(
            activity,
            RefusalReason.WRONG_ACTIVITY,
            f"the DPIA given is for '{dpia.activity}', a different processing activity.",
        )
    status = effective_status(dpia, today)
    if status in (Status.DRAFT, Status.AWAITING_DPO):
        return DPIANotInForce(
            activity,
            RefusalReason.NOT_APPROVED,
            f"version {dpia.version} of its DPIA is {status.phrase}, not approved. "
            "It must be submitted, advised on by the DPO and approved first.",
        )
    if status is Status.EXPIRED:
        assert dpia.review_date is not None
        return DPIANotInForce(
            activity,
            RefusalReason.EXPIRED,
            f"version {dpia.version} of its DPIA expired: its review date "
            f"{dpia.review_date.isoformat()} has passed. Review it (start a new version) and "
            "have the new version approved.",
        )
    if dpia.ico_consultation_required():
        consultation = dpia.ico_consultation
        why = (
            "a high residual risk remains ("
            + ", ".join(f"{r.id} '{r.title}'" for r in dpia.high_residual_risks())
            + ")"
            if dpia.high_residual_risks()
            else "the DPO advised consulting the ICO and the advice was accepted"
        )
        if consultation is None:
            detail = (
                f"{why}, so the ICO must be consulted before processing (UK GDPR Art 36) and no "
                "consultation is recorded. Reduce the risk, or consult the ICO and record it in "
                "a new version."
            )
        elif not consultation.allows_processing:
            detail = (
                f"{why}; the ICO consultation {consultation.reference} is recorded as "
                f"'{consultation.outcome.label}'. Processing cannot start until the ICO's written "
                "advice allows it."
            )
        else:
            return None
        return DPIANotInForce(activity, RefusalReason.ICO_CONSULTATION_REQUIRED, detail)
    return None


def require_in_force(dpia: DPIA | None, activity: str, today: date) -> None:
    """Raise :class:`DPIANotInForce` with the reason unless an approved, in-date DPIA covers
    ``activity`` (and any high residual risk has a recorded ICO consultation allowing it)."""
    problem = refusal(dpia, activity, today)
    if problem is not None:
        raise problem


@dataclass(frozen=True, slots=True)
class DPIAStatusSummary:
    """What the DPO sees about the governing DPIA each time a disclosure is approved."""

    activity: str
    in_force: bool
    reason: RefusalReason | None
    detail: str
    version: int | None
    status: Status | None
    review_date: date | None
    days_until_review: int | None
    residual_risks: dict[RiskLevel, int]
    dpo_recommendation: DPORecommendation | None
    dpo_advice_overruled: bool
    ico_consultation: str | None
    warnings: tuple[str, ...]

    def lines(self) -> list[str]:
        if self.version is None:
            return [f"DPIA for '{self.activity}': NONE — {self.detail}"]
        assert self.status is not None
        head = "IN FORCE" if self.in_force else "NOT IN FORCE"
        out = [f"DPIA for '{self.activity}': {head} (version {self.version}, {self.status.label})"]
        if not self.in_force:
            out.append(f"  Reason: {self.detail}")
        if self.review_date is not None:
            out.append(
                f"  Review date: {_in_words(self.review_date)}"
                + (
                    f" ({self.days_until_review} days away)"
                    if self.days_until_review is not None and self.days_until_review >= 0
                    else ""
                )
            )
        counts = ", ".join(f"{n} {level.value}" for level, n in self.residual_risks.items())
        out.append(f"  Residual risks: {counts}")
        if self.dpo_recommendation is not None:
            out.append(
                f"  DPO advice: {self.dpo_recommendation.label}"
                + (" — OVERRULED" if self.dpo_advice_overruled else "")
            )
        if self.ico_consultation:
            out.append(f"  ICO consultation: {self.ico_consultation}")
        out.extend(f"  Warning: {w}" for w in self.warnings)
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def status_summary(
    dpia: DPIA | None,
    activity: str,
    today: date,
    *,
    warn_within_days: int = REVIEW_WARNING_DAYS,
) -> DPIAStatusSummary:
    problem = refusal(dpia, activity, today)
    reason = problem.reason if problem else None
    detail = problem.detail if problem else "approved and in date"
    if dpia is None:
        return DPIAStatusSummary(
            activity,
            False,
            reason,
            detail,
            None,
            None,
            None,
            None,
            dict.fromkeys(RiskLevel, 0),
            None,
            False,
            None,
            (),
        )
    counts = dict.fromkeys(RiskLevel, 0)
    for risk in dpia.risks:
        level = risk.residual_level or risk.level
        counts[level] += 1
    warnings: list[str] = []
    review = dpia.review_date
    days = (review - today).days if review else None
    if days is not None and 0 <= days <= warn_within_days:
        warnings.append(f"the DPIA is due for review in {days} days ({review})")
    overruled = bool(dpia.signoff and not dpia.signoff.advice_response.accepted)
    if overruled and dpia.signoff:
        warnings.append("the DPO's advice was overruled: " + dpia.signoff.advice_response.reasons)
    if dpia.dpo_advice and dpia.dpo_advice.conditions.strip():
        warnings.append("the DPO's conditions apply: " + dpia.dpo_advice.conditions.strip())
    ico = None
    if dpia.ico_consultation:
        c = dpia.ico_consultation
        ico = f"{c.reference}, submitted {c.submitted_on.isoformat()}: {c.outcome.label}"
    return DPIAStatusSummary(
        activity=activity,
        in_force=problem is None,
        reason=reason,
        detail=detail,
        version=dpia.version,
        status=effective_status(dpia, today),
        review_date=review,
        days_until_review=days,
        residual_risks=counts,
        dpo_recommendation=dpia.dpo_advice.recommendation if dpia.dpo_advice else None,
        dpo_advice_overruled=overruled,
        ico_consultation=ico,
        warnings=tuple(warnings),
    )


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _in_words(day: date) -> str:
    """6 December 2026 (fixed English names: strftime's follow the process locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
