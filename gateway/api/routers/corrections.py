"""Corrections through the API: correct a case record or a released item (UK GDPR Art 16), and
follow which recipients are still to be told (Art 19). Each route calls one use case of
gateway.corrections.use_cases; the notices themselves go through the disclosure routes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call
from gateway.api.routers.common import Limit, Offset
from gateway.corrections import use_cases
from gateway.corrections.views import CorrectionSummary, CorrectionView

router = APIRouter(tags=["corrections"])


class CorrectionIn(BaseModel):
    target: str = Field(
        min_length=1,
        max_length=80,
        description="What is inaccurate: concern:ID, event:SEQUENCE, evidence:ID, or "
        "item:DISCLOSURE:POSITION for an item of a released disclosure.",
    )
    corrected_text: str = Field(
        min_length=1, max_length=100_000, description="What the record should say."
    )
    reason: str = Field(
        min_length=1, max_length=20_000, description="Why the record was inaccurate."
    )


@router.post("/cases/{reference}/corrections", status_code=201, response_model=CorrectionView)
def correct(request: Request, reference: str, body: CorrectionIn) -> CorrectionView:
    """Record a correction; the original is kept, marked as corrected. A correction notice (a
    disclosure request in draft) is prepared for every recipient of a released disclosure that
    carried the data."""
    return call(
        request, use_cases.correct, reference, body.target, body.corrected_text, body.reason
    )


@router.get("/corrections", response_model=schemas.Page[CorrectionSummary])
def list_corrections(
    request: Request,
    case: str | None = None,
    to_tell_only: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> schemas.Page[CorrectionSummary]:
    """Corrections, newest first, with every recipient to tell and where their notice stands."""
    rows = call(request, use_cases.list_corrections, case_reference=case, to_tell_only=to_tell_only)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[CorrectionSummary](items=page, total=total, limit=limit, offset=offset)


@router.get("/corrections/{reference}", response_model=CorrectionView)
def read_correction(request: Request, reference: str) -> CorrectionView:
    """One correction with its corrected text and reason (the read is logged)."""
    return call(request, use_cases.read_correction, reference)
