"""What people see of a DPIA: one view per thing shown, built inside the transaction, that the
command line prints, the API returns and the pages show."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

import dpia as lib


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class DPIAStatusView(_View):
    """Whether a DPIA is in force for an activity today, and if not why: what every disclosure
    checks and what the DPO sees on each approval."""

    activity: str = Field(
        description="The processing activity the DPIA covers, e.g. prevent-referral-sharing."
    )
    in_force: bool = Field(
        description="Whether an approved, unexpired DPIA governs the activity today (sharing needs "
        "one)."
    )
    reason: str | None = Field(description="Why it is not in force, as a code; none when it is.")
    detail: str = Field(description="What governs the activity, or why nothing does, in words.")
    version: int | None = Field(description="The governing version; none if there is no DPIA.")
    status: str | None = Field(
        description="The governing version's status: draft, awaiting_dpo, approved or expired."
    )
    review_date: date | None = Field(description="When the governing version must be reviewed.")
    days_until_review: int | None = Field(
        description="Days until that review date (negative once it has passed)."
    )
    residual_risks: dict[str, int] = Field(
        description="How many risks remain at each level after the measures: level -> count."
    )
    dpo_recommendation: str | None = Field(
        description="The DPO's recommendation on the governing version, as a code."
    )
    dpo_advice_overruled: bool = Field(
        description="Whether the approver overruled the DPO's advice."
    )
    ico_consultation: str | None = Field(
        description="The prior consultation with the ICO (UK GDPR Art 36), if one is recorded."
    )
    warnings: list[str] = Field(
        description="What needs attention soon, e.g. a review date that is close."
    )
    lines: list[str] = Field(description="The same, as lines of text.")

    @classmethod
    def of(cls, s: lib.DPIAStatusSummary) -> DPIAStatusView:
        return cls(
            activity=s.activity,
            in_force=s.in_force,
            reason=s.reason.value if s.reason else None,
            detail=s.detail,
            version=s.version,
            status=s.status.value if s.status else None,
            review_date=s.review_date,
            days_until_review=s.days_until_review,
            residual_risks={level.value: n for level, n in s.residual_risks.items()},
            dpo_recommendation=s.dpo_recommendation.value if s.dpo_recommendation else None,
            dpo_advice_overruled=s.dpo_advice_overruled,
            ico_consultation=s.ico_consultation,
            warnings=list(s.warnings),
            lines=s.lines(),
        )

    @property
    def exists(self) -> bool:
        return self.version is not None


class DPIAVersionView(_View):
    """One version of an activity's DPIA, and what governs sharing once it was read or changed."""

    activity: str = Field(description="The processing activity the DPIA covers.")
    version: int = Field(
        description="The version's number (1, 2, ...); an approved version is frozen."
    )
    status: lib.Status = Field(description="draft, awaiting_dpo, approved or expired (today).")
    missing: list[str] = Field(description="What must be completed before submission.")
    sha256: str = Field(
        description="SHA-256 of the version's canonical JSON (sorted keys, no whitespace), to "
        "show it is unchanged."
    )
    body: dict[str, Any] = Field(description="The whole version (the dpia library's JSON).")
    governing: DPIAStatusView = Field(description="What governs sharing for the activity today.")


class VersionLine(_View):
    version: int = Field(description="The version's number.")
    status: lib.Status = Field(description="Its status.")
    change_reason: str | None = Field(
        description="Why the version was started, for a version after the first."
    )


class DPIAPage(_View):
    """A version as people read it (the page, `dpia show`), with the list of versions."""

    current: DPIAVersionView = Field(description="The version shown.")
    dpia: lib.DPIA = Field(description="That version's content.")
    versions: list[VersionLine] = Field(
        description="Every version of the activity's DPIA, oldest first."
    )

    @property
    def latest(self) -> int:
        return self.versions[-1].version


class ChangeView(_View):
    path: str = Field(
        description="The field that differs, as a dotted path (e.g. risks.R2.residual_likelihood)."
    )
    kind: str = Field(description="added, removed or changed.")
    old: Any = Field(description="The value before; none if the field was added.")
    new: Any = Field(description="The value after; none if the field was removed.")


class DPIAComparison(_View):
    """What changed, field by field, from one version to another."""

    activity: str = Field(description="The processing activity the DPIA covers.")
    old: int = Field(description="The earlier version compared.")
    new: int = Field(description="The later version compared.")
    versions: list[VersionLine] = Field(description="Every version of the activity's DPIA.")
    changes: list[ChangeView] = Field(description="Every field that differs, in document order.")
    text: str = Field(description="The same, as lines of text.")


class DPIAPdf(_View):
    activity: str = Field(description="The processing activity the DPIA covers.")
    version: int = Field(description="The version printed.")
    pdf: bytes = Field(description="The PDF's bytes.")


class DPIAAlertView(_View):
    """A case opened while recording concerns had no approved, in-date DPIA (no personal data)."""

    id: int = Field(description="The alert's number.")
    activity: str = Field(description="The processing activity whose DPIA was not in force.")
    case_reference: str = Field(description="The case whose opening raised the alert.")
    raised_at: datetime = Field(description="When the case was opened (UTC).")
    reason: str = Field(description="Why the DPIA did not authorise the processing then.")
    acknowledged_at: datetime | None = Field(
        default=None, description="When the DPO acknowledged the alert; none while it is open."
    )
    acknowledged_by: str | None = Field(
        default=None, description="Who acknowledged it (their name)."
    )
