"""Retention through the API: the plan, dry and executed disposal runs, certificates, legal
holds, complaints and students who left. Thin adapters over gateway.retention."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.actor import Actor
from gateway.api import schemas
from gateway.api.deps import run_api
from gateway.api.routers.common import Limit, Offset
from gateway.errors import GatewayError, InvalidInput
from gateway.http.state import app_state
from gateway.retention.service import PLAN_ROLES, PlanItem, PlanStatus, require_role
from gateway.timeutil import today as utc_today

router = APIRouter(prefix="/retention", tags=["retention"])

AsOf = Annotated[
    date | None, Query(description="Apply the schedule as of this day (default today).")
]


class PlanItemOut(BaseModel):
    record_class: str
    record_ref: str
    trigger: str
    trigger_on: date | None
    due_on: date | None
    action: str
    status: str
    reasons: list[str] = Field(description="What blocks the record, or why it is for review.")
    rule: str

    @classmethod
    def of(cls, i: PlanItem) -> PlanItemOut:
        return cls(
            record_class=i.record_class.value,
            record_ref=i.record_ref,
            trigger=i.rule.trigger.value,
            trigger_on=i.trigger_on,
            due_on=i.due_on,
            action=i.rule.action.value,
            status=i.status.value,
            reasons=list(i.reasons),
            rule=i.rule.describe(),
        )


class RunIn(BaseModel):
    as_of: date | None = Field(
        None, description="Default today; an executed run cannot be in the future."
    )
    confirm: str = Field("", description="Must be 'destroy' for an executed run.")


class RunOut(BaseModel):
    as_of: date
    executed: bool
    items: list[PlanItemOut]
    certificate_reference: str | None = None
    manifest_sha256: str | None = None
    log_indexes: list[int] = []
    warning: str | None = None


class CertificateOut(BaseModel):
    reference: str
    as_of: date
    created_at: str
    record_count: int
    manifest_sha256: str
    log_indexes: list[int]


class HoldIn(BaseModel):
    case: str | None = Field(None, max_length=32, description="Hold one case (reference).")
    student: str | None = Field(None, max_length=32, description="Hold every case of a student.")
    holder: str = Field(max_length=200, description="Who asked for the hold.")
    reason: str = Field(max_length=20_000)
    placed_on: date | None = None


class HoldReleaseIn(BaseModel):
    reason: str = Field(max_length=20_000)
    released_on: date | None = None


class HoldOut(BaseModel):
    reference: str
    scope: str
    target: str
    holder: str
    reason: str
    placed_on: date
    released_on: date | None
    release_reason: str | None


class ComplaintIn(BaseModel):
    case: str = Field(max_length=32)
    received_on: date | None = None


class ComplaintCloseIn(BaseModel):
    closed_on: date | None = None


class ComplaintOut(BaseModel):
    reference: str
    case_reference: str
    received_on: date
    closed_on: date | None


class DepartureIn(BaseModel):
    student_id: str = Field(min_length=1, max_length=32)
    left_on: date | None = None


class DepartureOut(BaseModel):
    student_id: str
    left_on: date


@router.get("/plan", response_model=schemas.Page[PlanItemOut])
def plan(
    request: Request,
    as_of: AsOf = None,
    include_not_due: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> schemas.Page[PlanItemOut]:
    """What falls due, when, under which rule, and what blocks it."""
    from gateway.retention.service import build_plan

    def work(s: Session, a: Actor) -> schemas.Page[PlanItemOut]:
        require_role(a, PLAN_ROLES, "see the retention plan")
        items = build_plan(s, app_state(request).ctx.schedule, as_of or utc_today())
        rows = [
            PlanItemOut.of(i)
            for i in items
            if include_not_due or i.status is not PlanStatus.NOT_DUE
        ]
        page, total = schemas.paginate(rows, limit, offset)
        return schemas.Page[PlanItemOut](items=page, total=total, limit=limit, offset=offset)

    return run_api(request, work)


@router.post("/dry-run", response_model=RunOut)
def dry_run(request: Request, body: RunIn) -> RunOut:
    """What an executed run would destroy; nothing is changed."""
    from gateway.retention.flows import run_disposal

    day = body.as_of or utc_today()

    def work(s: Session, a: Actor) -> RunOut:
        result = run_disposal(s, a, app_state(request).ctx.schedule, day, execute=False)
        return RunOut(as_of=day, executed=False, items=[PlanItemOut.of(i) for i in result.items])

    return run_api(request, work)


@router.post("/runs", response_model=RunOut, status_code=201)
async def execute_run(request: Request, body: RunIn) -> RunOut:
    """Destroy what is due, certify it (PDF + sharing-log entries): DPO only, confirm='destroy'."""
    from gateway.retention.flows import run_disposal, scrub_after_commit

    state = app_state(request)
    day = body.as_of or utc_today()

    def work(s: Session, a: Actor) -> RunOut:
        if body.confirm.strip().lower() != "destroy":
            raise InvalidInput(
                "The run was not confirmed: nothing was destroyed.",
                hint="Send confirm='destroy' to destroy the records a dry run lists.",
            )
        result = run_disposal(
            s,
            a,
            app_state(request).ctx.schedule,
            day,
            execute=True,
            log=state.log_writer(),
            organisation=state.ctx.settings.organisation_name,
        )
        return RunOut(
            as_of=day,
            executed=True,
            items=[PlanItemOut.of(i) for i in result.items],
            certificate_reference=result.certificate_reference,
            manifest_sha256=result.manifest_sha256,
            log_indexes=list(result.log_indexes),
        )

    out = await run_in_threadpool(run_api, request, work)
    if out.certificate_reference is not None:
        try:
            await run_in_threadpool(scrub_after_commit, state.ctx.engine)
        except GatewayError as exc:
            out.warning = f"{exc.message} {exc.hint or ''}".strip()
    return out


@router.get("/certificates", response_model=schemas.Page[CertificateOut])
def certificates(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[CertificateOut]:
    from gateway.web.retention_queries import list_certificates

    def work(s: Session, a: Actor) -> schemas.Page[CertificateOut]:
        rows = [
            CertificateOut(
                reference=c.reference,
                as_of=c.as_of,
                created_at=c.created_at.isoformat(),
                record_count=c.record_count,
                manifest_sha256=c.manifest_sha256,
                log_indexes=list(c.log_indexes),
            )
            for c in list_certificates(s, a)
        ]
        page, total = schemas.paginate(rows, limit, offset)
        return schemas.Page[CertificateOut](items=page, total=total, limit=limit, offset=offset)

    return run_api(request, work, read_only=True)


@router.get(
    "/certificates/{reference}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def certificate_pdf(request: Request, reference: str) -> Response:
    from gateway.web.retention_queries import certificate_pdf as pdf

    data = run_api(request, lambda s, a: pdf(s, a, reference), read_only=True)
    return Response(
        data,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{reference}.pdf"'},
    )


def _hold(h: object) -> HoldOut:
    return HoldOut.model_validate(h, from_attributes=True)


@router.get("/holds", response_model=schemas.Page[HoldOut])
def holds(
    request: Request, include_released: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[HoldOut]:
    from gateway.retention.service import list_holds

    def work(s: Session, a: Actor) -> schemas.Page[HoldOut]:
        rows = [_hold(h) for h in list_holds(s, a, include_released=include_released)]
        page, total = schemas.paginate(rows, limit, offset)
        return schemas.Page[HoldOut](items=page, total=total, limit=limit, offset=offset)

    return run_api(request, work, read_only=True)


@router.post("/holds", response_model=HoldOut, status_code=201)
def place_hold(request: Request, body: HoldIn) -> HoldOut:
    from gateway.retention.service import place_hold as place

    return run_api(
        request,
        lambda s, a: _hold(
            place(
                s,
                a,
                case_ref=body.case,
                student_id=body.student,
                holder=body.holder,
                reason=body.reason,
                placed_on=body.placed_on or utc_today(),
            )
        ),
    )


@router.post("/holds/{reference}/release", response_model=HoldOut)
def release_hold(request: Request, reference: str, body: HoldReleaseIn) -> HoldOut:
    from gateway.retention.service import release_hold as release

    return run_api(
        request,
        lambda s, a: _hold(
            release(
                s, a, reference, reason=body.reason, released_on=body.released_on or utc_today()
            )
        ),
    )


@router.get("/complaints", response_model=schemas.Page[ComplaintOut])
def complaints(
    request: Request, include_closed: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[ComplaintOut]:
    from gateway.web.retention_queries import list_complaints

    def work(s: Session, a: Actor) -> schemas.Page[ComplaintOut]:
        rows = [
            ComplaintOut.model_validate(c, from_attributes=True)
            for c in list_complaints(s, a, include_closed=include_closed)
        ]
        page, total = schemas.paginate(rows, limit, offset)
        return schemas.Page[ComplaintOut](items=page, total=total, limit=limit, offset=offset)

    return run_api(request, work, read_only=True)


@router.post("/complaints", response_model=ComplaintOut, status_code=201)
def open_complaint(request: Request, body: ComplaintIn) -> ComplaintOut:
    from gateway.retention.service import open_complaint as record

    return run_api(
        request,
        lambda s, a: ComplaintOut.model_validate(
            record(s, a, body.case, body.received_on or utc_today()), from_attributes=True
        ),
    )


@router.post("/complaints/{reference}/close", response_model=ComplaintOut)
def close_complaint(request: Request, reference: str, body: ComplaintCloseIn) -> ComplaintOut:
    from gateway.retention.service import close_complaint as close

    return run_api(
        request,
        lambda s, a: ComplaintOut.model_validate(
            close(s, a, reference, body.closed_on or utc_today()), from_attributes=True
        ),
    )


@router.post("/student-departures", response_model=DepartureOut, status_code=201)
def student_left(request: Request, body: DepartureIn) -> DepartureOut:
    """Record the day a student left the provider (the trigger student_left)."""
    from gateway.retention.service import record_departure

    return run_api(
        request,
        lambda s, a: DepartureOut.model_validate(
            record_departure(s, a, body.student_id.strip(), body.left_on or utc_today()),
            from_attributes=True,
        ),
    )
