"""What people see of a DPIA: one view per thing shown, built inside the transaction, that the
command line prints, the API returns and the pages show."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

import dpia as lib


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class DPIAStatusView(_View):
    """Whether a DPIA is in force for an activity today, and if not why: what every disclosure
    checks and what the DPO sees on each approval."""

    activity: str
    in_force: bool
    reason: str | None
    detail: str
    version: int | None = Field(description="The governing version; none if there is no DPIA.")
    status: str | None
    review_date: date | None
    days_until_review: int | None
    residual_risks: dict[str, int]
    dpo_recommendation: str | None
    dpo_advice_overruled: bool
    ico_consultation: str | None
    warnings: list[str]
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

    activity: str
    version: int
    status: lib.Status = Field(description="draft, awaiting_dpo, approved or expired (today).")
    missing: list[str] = Field(description="What must be completed before submission.")
    sha256: str
    body: dict[str, Any] = Field(description="The whole version (the dpia library's JSON).")
    governing: DPIAStatusView = Field(description="What governs sharing for the activity today.")


class VersionLine(_View):
    version: int
    status: lib.Status
    change_reason: str | None


class DPIAPage(_View):
    """A version as people read it (the page, `dpia show`), with the list of versions."""

    current: DPIAVersionView
    dpia: lib.DPIA
    versions: list[VersionLine]

    @property
    def latest(self) -> int:
        return self.versions[-1].version


class ChangeView(_View):
    path: str
    kind: str
    old: Any
    new: Any


class DPIAComparison(_View):
    """What changed, field by field, from one version to another."""

    activity: str
    old: int
    new: int
    versions: list[VersionLine]
    changes: list[ChangeView]
    text: str = Field(description="The same, as lines of text.")


class DPIAPdf(_View):
    activity: str
    version: int
    pdf: bytes
