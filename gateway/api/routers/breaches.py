"""The breach register (UK GDPR Arts 33, 34): open a breach, list and read it with its
72-hour clock, assess it, record the decisions about the ICO and the student and the request
to the recipient, export the register. Each route calls one use case of
gateway.breaches.use_cases."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call
from gateway.api.routers.common import Limit, Offset
from gateway.breaches import use_cases
from gateway.breaches.domain import Audience, BreachReport, RecipientAsk
from gateway.breaches.views import BreachLine, BreachView
from gateway.http.state import app_state

router = APIRouter(prefix="/breaches", tags=["breaches"])


class BreachIn(BaseModel):
    """A breach as reported: categories and numbers, never the people's names."""

    what_happened: str = Field(max_length=20_000, description="What happened.")
    discovered_at: datetime = Field(
        description="When it was found (with a time zone); the 72 hours run from it."
    )
    found_by: str = Field(max_length=200, description="Who found it (a name or a role).")
    people_categories: str = Field(
        max_length=2_000, description="The categories of people concerned."
    )
    people_count: int = Field(
        ge=0, le=10**9, description="The approximate number of people concerned."
    )
    record_categories: str = Field(
        max_length=2_000, description="The categories of records concerned."
    )
    record_count: int = Field(
        ge=0, le=10**9, description="The approximate number of records concerned."
    )
    consequences: str = Field(max_length=20_000, description="The likely consequences.")
    measures: str = Field(max_length=20_000, description="The measures taken or proposed.")
    disclosure_reference: str | None = Field(
        default=None, max_length=32, description="The disclosure concerned, if any."
    )


class AssessmentIn(BaseModel):
    consequences: str = Field(max_length=20_000, description="The likely consequences.")
    measures: str = Field(max_length=20_000, description="The measures taken or proposed.")


class DecisionIn(BaseModel):
    audience: Audience = Field(description="ico (Art 33) or student (Art 34).")
    notify: bool = Field(description="Whether they are notified (or told).")
    reasons: str = Field(max_length=20_000, description="The reasons (40+ characters).")
    notified_on: date | None = Field(
        default=None, description="When they were notified or told (needed when notify)."
    )


class RecipientIn(BaseModel):
    asked: RecipientAsk = Field(description="What the recipient was asked: delete or return.")
    asked_on: date = Field(description="When they were asked.")
    answer: str | None = Field(default=None, max_length=20_000, description="Their answer.")
    answered_on: date | None = Field(default=None, description="When they answered.")


@router.get("", response_model=schemas.Page[BreachLine])
def list_breaches(
    request: Request, open_clocks_only: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[BreachLine]:
    """The register, newest first, each with its 72-hour clock."""
    rows = call(request, use_cases.list_breaches, open_clocks_only=open_clocks_only)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[BreachLine](items=page, total=total, limit=limit, offset=offset)


@router.post("", status_code=201, response_model=BreachView)
def report(request: Request, body: BreachIn) -> BreachView:
    """Open a breach record; logged as breach_recorded (no personal data)."""
    details = BreachReport(
        what_happened=body.what_happened,
        discovered_at=body.discovered_at,
        found_by=body.found_by,
        people_categories=body.people_categories,
        people_count=body.people_count,
        record_categories=body.record_categories,
        record_count=body.record_count,
        consequences=body.consequences,
        measures=body.measures,
    )
    return call(
        request,
        use_cases.report,
        details,
        body.disclosure_reference,
        log=app_state(request).log_writer(),
    )


def _file(request: Request, file_format: str) -> Response:
    done = call(request, use_cases.export_register, "csv" if file_format == "csv" else "pdf")
    return Response(
        done.content,
        media_type=done.media_type,
        headers={"Content-Disposition": f'attachment; filename="{done.filename}"'},
    )


@router.get(
    "/register.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}}
)
def register_csv(request: Request) -> Response:
    """The whole register as CSV (the export is recorded)."""
    return _file(request, "csv")


@router.get(
    "/register.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def register_pdf(request: Request) -> Response:
    """The whole register as PDF (the export is recorded)."""
    return _file(request, "pdf")


@router.get("/{reference}", response_model=BreachView)
def read(request: Request, reference: str) -> BreachView:
    """One breach in full (the read is recorded)."""
    return call(request, use_cases.read, reference)


@router.post("/{reference}/assessment", response_model=BreachView)
def assess(request: Request, reference: str, body: AssessmentIn) -> BreachView:
    """The likely consequences and the measures taken."""
    return call(request, use_cases.assess, reference, body.consequences, body.measures)


@router.post("/{reference}/decisions", response_model=BreachView)
def decide(request: Request, reference: str, body: DecisionIn) -> BreachView:
    """The decision whether to notify the ICO or tell the student, with reasons and date."""
    return call(
        request,
        use_cases.decide,
        reference,
        body.audience,
        body.notify,
        body.reasons,
        body.notified_on,
    )


@router.post("/{reference}/recipient", response_model=BreachView)
def recipient(request: Request, reference: str, body: RecipientIn) -> BreachView:
    """The request to the recipient to delete or return the package, and their answer."""
    return call(
        request,
        use_cases.recipient_request,
        reference,
        body.asked,
        body.asked_on,
        body.answer,
        body.answered_on,
    )
