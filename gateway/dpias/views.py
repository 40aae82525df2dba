"""The DPIA through the JSON API (``/api/v1/dpias``): the same steps as ``prevent-gateway dpia``.

Integration: ``app.include_router(gateway.dpias.views.router, prefix="/api/v1")`` and merge
``ROUTE_ACTIONS`` into ``gateway.http.access.ROUTE_ACTIONS`` (deny by default).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

import dpia as lib
from gateway.dpias import service
from gateway.http.state import app_state
from gateway.timeutil import utcnow
from gateway.users.domain import Action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor

T = TypeVar("T")

API = "/api/v1"

router = APIRouter(prefix="/dpias", tags=["DPIA"])

ROUTE_ACTIONS: dict[tuple[str, str], Action] = {
    ("GET", f"{API}/dpias"): Action.DPIA_READ,
    ("POST", f"{API}/dpias"): Action.DPIA_EDIT,
    ("GET", f"{API}/dpias/{{activity}}"): Action.DPIA_READ,
    ("PATCH", f"{API}/dpias/{{activity}}"): Action.DPIA_EDIT,
    ("GET", f"{API}/dpias/{{activity}}/status"): Action.DPIA_READ,
    ("GET", f"{API}/dpias/{{activity}}/versions/{{version}}"): Action.DPIA_READ,
    ("GET", f"{API}/dpias/{{activity}}/compare"): Action.DPIA_READ,
    ("GET", f"{API}/dpias/{{activity}}/pdf"): Action.DPIA_READ,
    ("POST", f"{API}/dpias/{{activity}}/submit"): Action.DPIA_EDIT,
    ("POST", f"{API}/dpias/{{activity}}/return"): Action.DPIA_EDIT,
    ("POST", f"{API}/dpias/{{activity}}/advice"): Action.DPIA_ADVISE,
    ("POST", f"{API}/dpias/{{activity}}/ico-consultation"): Action.DPIA_EDIT,
    ("POST", f"{API}/dpias/{{activity}}/approve"): Action.DPIA_APPROVE,
}
"""What each route needs; merged into the API's deny-by-default access table."""


def _run_api(request: Request, work: Callable[[Session, Actor], T]) -> T:
    from gateway.api.deps import run_api

    return run_api(request, work)


# --- schemas -----------------------------------------------------------------------------------


class StatusOut(BaseModel):
    activity: str
    in_force: bool
    reason: str | None
    detail: str
    version: int | None
    status: str | None
    review_date: date | None
    days_until_review: int | None
    residual_risks: dict[str, int]
    dpo_recommendation: str | None
    dpo_advice_overruled: bool
    ico_consultation: str | None
    warnings: list[str]

    @classmethod
    def of(cls, s: lib.DPIAStatusSummary) -> StatusOut:
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
        )


class DPIAOut(BaseModel):
    activity: str
    version: int
    status: str = Field(description="draft, awaiting_dpo, approved or expired (as of today).")
    missing: list[str] = Field(description="What must be completed before submission.")
    sha256: str
    body: dict[str, Any] = Field(description="The whole version (the dpia library's JSON).")

    @classmethod
    def of(cls, d: lib.DPIA) -> DPIAOut:
        today = utcnow().date()
        return cls(
            activity=d.activity,
            version=d.version,
            status=lib.effective_status(d, today).value,
            missing=lib.missing_for_submission(d) if d.status is lib.Status.DRAFT else [],
            sha256=d.sha256(),
            body=d.to_dict(),
        )


class NewIn(BaseModel):
    activity: str = lib.PREVENT_REFERRAL_SHARING
    controller: str | None = Field(None, description="Default: the organisation's name.")


class FieldIn(BaseModel):
    path: str = Field(examples=["necessity.retention", "risks.R2.residual_likelihood"])
    value: Any


class EditIn(BaseModel):
    patch: dict[str, Any] | None = Field(
        None, description="JSON Merge Patch (RFC 7396) over the editable sections."
    )
    fields: list[FieldIn] = Field(default_factory=list)
    reason: str | None = Field(
        None, description="Required when the change starts a new version of an approved DPIA."
    )


class AdviceIn(BaseModel):
    recommendation: lib.DPORecommendation
    summary: str
    conditions: str = ""
    ico_consultation_advised: bool = False


class ICOIn(BaseModel):
    submitted_on: date
    reference: str
    outcome: lib.ICOOutcome
    response_received_on: date | None = None
    summary: str = ""


class ApproveIn(BaseModel):
    advice: Literal["accepted", "overruled"]
    reasons: str = ""
    review_date: date
    measures_approved_by: str | None = None
    review_owner: str | None = None
    departure_from_views: str = ""


class ChangeOut(BaseModel):
    path: str
    kind: str
    old: Any
    new: Any


# --- routes ------------------------------------------------------------------------------------


@router.get("", response_model=list[StatusOut])
def list_dpias(request: Request) -> list[StatusOut]:
    """Every activity with a DPIA, and whether it is in force today."""

    def work(s: Session, a: Actor) -> list[StatusOut]:
        today = utcnow().date()
        return [
            StatusOut.of(service.dpia_status(s, activity, today))
            for activity in service.list_activities(s, a)
        ]

    return _run_api(request, work)


@router.post("", status_code=201, response_model=DPIAOut)
def new_dpia(request: Request, body: NewIn) -> DPIAOut:
    """Start an activity's DPIA from its pre-filled template."""

    def work(s: Session, a: Actor) -> DPIAOut:
        controller = body.controller or app_state(request).ctx.settings.organisation_name
        return DPIAOut.of(
            service.create_from_template(s, a, controller=controller, activity=body.activity)
        )

    return _run_api(request, work)


@router.get("/{activity}", response_model=DPIAOut)
def show(request: Request, activity: str) -> DPIAOut:
    """The latest version (a draft being prepared, or the approved one)."""
    return _run_api(request, lambda s, a: DPIAOut.of(service.get_version(s, a, activity)))


@router.get("/{activity}/versions/{version}", response_model=DPIAOut)
def show_version(request: Request, activity: str, version: int) -> DPIAOut:
    return _run_api(request, lambda s, a: DPIAOut.of(service.get_version(s, a, activity, version)))


@router.get("/{activity}/status", response_model=StatusOut)
def status(request: Request, activity: str) -> StatusOut:
    """What every disclosure checks: is a DPIA in force for the activity today, and if not why."""

    def work(s: Session, a: Actor) -> StatusOut:
        return StatusOut.of(service.dpia_status(s, activity, utcnow().date()))

    return _run_api(request, work)


@router.get("/{activity}/compare", response_model=list[ChangeOut])
def compare(
    request: Request,
    activity: str,
    old: int = Query(..., ge=1),
    new: int = Query(..., ge=1),
) -> list[ChangeOut]:
    """Field-by-field changes between two versions."""

    def work(s: Session, a: Actor) -> list[ChangeOut]:
        return [
            ChangeOut(path=c.path, kind=c.kind, old=c.old, new=c.new)
            for c in service.compare_versions(s, a, activity, old, new)
        ]

    return _run_api(request, work)


@router.patch("/{activity}", response_model=DPIAOut)
def edit(request: Request, activity: str, body: EditIn) -> DPIAOut:
    """Change the draft; on an approved DPIA this starts a new version (give a reason)."""
    assignments = [(f.path, f.value) for f in body.fields]
    return _run_api(
        request,
        lambda s, a: DPIAOut.of(
            service.edit(
                s, a, activity, patch=body.patch, assignments=assignments, reason=body.reason
            )
        ),
    )


@router.post("/{activity}/submit", response_model=DPIAOut)
def submit(request: Request, activity: str) -> DPIAOut:
    return _run_api(request, lambda s, a: DPIAOut.of(service.submit(s, a, activity)))


@router.post("/{activity}/return", response_model=DPIAOut)
def return_to_draft(request: Request, activity: str) -> DPIAOut:
    return _run_api(request, lambda s, a: DPIAOut.of(service.return_to_draft(s, a, activity)))


@router.post("/{activity}/advice", response_model=DPIAOut)
def advise(request: Request, activity: str, body: AdviceIn) -> DPIAOut:
    """The DPO's advice (DPO only)."""
    return _run_api(
        request,
        lambda s, a: DPIAOut.of(
            service.advise(
                s,
                a,
                activity,
                recommendation=body.recommendation,
                summary=body.summary,
                conditions=body.conditions,
                ico_consultation_advised=body.ico_consultation_advised,
            )
        ),
    )


@router.post("/{activity}/ico-consultation", response_model=DPIAOut)
def ico_consultation(request: Request, activity: str, body: ICOIn) -> DPIAOut:
    """Record the prior consultation with the ICO (UK GDPR Art 36) on the draft."""
    return _run_api(
        request,
        lambda s, a: DPIAOut.of(
            service.record_ico_consultation(
                s,
                a,
                activity,
                submitted_on=body.submitted_on,
                reference=body.reference,
                outcome=body.outcome,
                response_received_on=body.response_received_on,
                summary=body.summary,
            )
        ),
    )


@router.post("/{activity}/approve", response_model=DPIAOut)
def approve(request: Request, activity: str, body: ApproveIn) -> DPIAOut:
    """The accountable person approves the measures and accepts the residual risks."""
    return _run_api(
        request,
        lambda s, a: DPIAOut.of(
            service.approve(
                s,
                a,
                activity,
                advice_accepted=body.advice == "accepted",
                overrule_reasons=body.reasons,
                review_date=body.review_date,
                measures_approved_by=body.measures_approved_by,
                review_owner=body.review_owner,
                departure_from_views=body.departure_from_views,
            )
        ),
    )


@router.get(
    "/{activity}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def pdf(request: Request, activity: str, version: int | None = Query(None, ge=1)) -> Response:
    """The version as a PDF document (OFFICIAL-SENSITIVE)."""
    data = _run_api(request, lambda s, a: service.export_pdf(s, a, activity, version))
    name = f"dpia-{activity}-v{version or 'latest'}.pdf"
    return Response(
        data,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
