"""The register of appropriate policy documents through the API: list, read, add, review
(gateway.apd.use_cases)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from gateway.apd import use_cases
from gateway.apd.views import PolicyDocumentSummary, PolicyDocumentView
from gateway.api.deps import call, call_read_only

router = APIRouter(prefix="/policy-documents", tags=["appropriate policy documents"])


class Para39Content(BaseModel):
    """The DPA 2018 Sch 1 para 39 content: the procedures for each Art 5 principle, then the
    retention and erasure policies; each at least 40 characters."""

    lawfulness_fairness_transparency: str = Field(
        max_length=20_000, description="Lawfulness, fairness and transparency (Art 5(1)(a))."
    )
    purpose_limitation: str = Field(
        max_length=20_000, description="Purpose limitation (Art 5(1)(b))."
    )
    data_minimisation: str = Field(
        max_length=20_000, description="Data minimisation (Art 5(1)(c))."
    )
    accuracy: str = Field(max_length=20_000, description="Accuracy (Art 5(1)(d)).")
    storage_limitation: str = Field(
        max_length=20_000, description="Storage limitation (Art 5(1)(e))."
    )
    integrity_confidentiality: str = Field(
        max_length=20_000, description="Integrity and confidentiality (Art 5(1)(f))."
    )
    accountability: str = Field(max_length=20_000, description="Accountability (Art 5(2)).")
    retention_and_erasure: str = Field(
        max_length=20_000,
        description="The retention and erasure policies, with how long the data is likely to "
        "be kept (Sch 1 para 39(b)).",
    )


class PolicyDocumentIn(BaseModel):
    reference: str = Field(
        min_length=1, max_length=40, description="The entry's reference, e.g. APD-2026-01."
    )
    title: str = Field(min_length=1, max_length=200, description="The document's title.")
    content: Para39Content = Field(description="The para 39 sections.")
    conditions: list[str] = Field(
        description="The DPA 2018 Schedule 1 paragraphs it covers, as numbers ('18') or codes "
        "('dpa2018.sch1.para18').",
    )
    review_due: date = Field(description="The day it is next due for review.")


class ReviewIn(BaseModel):
    notes: str = Field(
        min_length=1,
        max_length=20_000,
        description="What the review found (40 characters or more).",
    )
    review_due: date = Field(description="The next review day.")
    title: str | None = Field(None, max_length=200, description="A new title, if it changes.")
    content: Para39Content | None = Field(None, description="New sections, if they change.")
    conditions: list[str] | None = Field(
        None, description="The conditions it now covers, if they change."
    )


@router.get("", response_model=list[PolicyDocumentSummary])
def list_documents(request: Request) -> list[PolicyDocumentSummary]:
    """The register: each entry, what it covers, its review date and keep-until date."""
    return call_read_only(request, use_cases.list_documents)


@router.get("/{reference}", response_model=PolicyDocumentView)
def show_document(request: Request, reference: str) -> PolicyDocumentView:
    """One entry with its current text, every version and every review."""
    return call_read_only(request, use_cases.show_document, reference)


@router.post("", response_model=PolicyDocumentView, status_code=201)
def add_document(request: Request, body: PolicyDocumentIn) -> PolicyDocumentView:
    """Add an appropriate policy document to the register."""
    return call(
        request,
        use_cases.add_document,
        body.reference,
        title=body.title,
        content=body.content.model_dump(),
        conditions=list(body.conditions),
        review_due=body.review_due,
    )


@router.post("/{reference}/reviews", response_model=PolicyDocumentView)
def review_document(request: Request, reference: str, body: ReviewIn) -> PolicyDocumentView:
    """Record a review and the next review day; changed text makes a new version."""
    return call(
        request,
        use_cases.review_document,
        reference,
        notes=body.notes,
        review_due=body.review_due,
        title=body.title,
        content=body.content.model_dump() if body.content is not None else None,
        conditions=list(body.conditions) if body.conditions is not None else None,
    )
