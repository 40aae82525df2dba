"""The register of appropriate policy documents: the list and one entry (the DPO, auditors and
the Prevent Lead read), adding an entry and recording a review (the DPO)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.apd import use_cases
from gateway.apd.domain import PARA39_SECTIONS, SECTION_FIELDS
from gateway.disclosures.lawful_basis import APD_PARAGRAPHS, SCHEDULE1_TITLES
from gateway.errors import GatewayError, InvalidInput
from gateway.http.problems import status_for
from gateway.web.rendering import many, optional, parse_date, redirect, render, text
from gateway.web.session import Form, attempt, read_form, show

router = APIRouter(include_in_schema=False)

#: The conditions the forms offer: those that need a policy document.
CONDITIONS = [(p, SCHEDULE1_TITLES.get(p, "")) for p in sorted(APD_PARAGRAPHS)]


def _content(form: Form) -> dict[str, Any]:
    return {field: text(form, field) for field in SECTION_FIELDS}


def _review_due(form: Form) -> Any:
    due = parse_date(form, "review_due", "The next review date")
    if due is None:
        raise InvalidInput("Give the day the document is next due for review.")
    return due


@router.get("/policy-documents")
async def register(request: Request) -> Response:
    shown = await show(request, use_cases.list_documents)
    return render(request, "apd_list.html", shown.call, rows=shown.view)


async def _new_page(
    request: Request, error: GatewayError | None = None, form: Form | None = None
) -> Response:
    from gateway.users import use_cases as users

    shown = await show(request, users.me)
    typed = dict(form or {})
    return render(
        request,
        "apd_new.html",
        shown.call,
        status=status_for(error) if error else 200,
        error=error,
        typed=typed,
        chosen={int(p) for p in many(typed, "conditions") if p.isdigit()} if form else set(),
        sections=PARA39_SECTIONS,
        conditions=CONDITIONS,
    )


@router.get("/policy-documents/new")
async def new(request: Request) -> Response:
    return await _new_page(request)


@router.post("/policy-documents")
async def add(request: Request) -> Response:
    form = await read_form(request)
    try:
        review_due = _review_due(form)
    except GatewayError as exc:
        return await _new_page(request, exc, form)
    done = await attempt(
        request,
        form,
        use_cases.add_document,
        text(form, "reference"),
        title=text(form, "title"),
        content=_content(form),
        conditions=list(many(form, "conditions")),
        review_due=review_due,
    )
    if isinstance(done, GatewayError):
        return await _new_page(request, done, form)
    return redirect(f"/policy-documents/{done.view.summary.reference}")


@router.get("/policy-documents/{reference}")
async def entry(request: Request, reference: str) -> Response:
    shown = await show(request, use_cases.show_document, reference)
    return render(request, "apd_show.html", shown.call, d=shown.view)


async def _review_page(
    request: Request, reference: str, error: GatewayError | None = None, form: Form | None = None
) -> Response:
    shown = await show(request, use_cases.show_document, reference)
    view = shown.view
    if form is None:
        typed: dict[str, Any] = {
            "title": view.current.title,
            **{s.field: s.text for s in view.current.sections},
        }
        chosen = {c.paragraph for c in view.current.conditions}
    else:
        typed = dict(form)
        chosen = {int(p) for p in many(form, "conditions") if p.isdigit()}
    return render(
        request,
        "apd_review.html",
        shown.call,
        status=status_for(error) if error else 200,
        error=error,
        d=view,
        typed=typed,
        chosen=chosen,
        sections=PARA39_SECTIONS,
        conditions=CONDITIONS,
    )


@router.get("/policy-documents/{reference}/review")
async def review_form(request: Request, reference: str) -> Response:
    return await _review_page(request, reference)


@router.post("/policy-documents/{reference}/review")
async def review(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        review_due = _review_due(form)
    except GatewayError as exc:
        return await _review_page(request, reference, exc, form)
    done = await attempt(
        request,
        form,
        use_cases.review_document,
        reference,
        notes=text(form, "notes"),
        review_due=review_due,
        # The form always shows the whole text: what is unchanged keeps the version.
        title=optional(form, "title") or "",
        content=_content(form),
        conditions=list(many(form, "conditions")),
    )
    if isinstance(done, GatewayError):
        return await _review_page(request, reference, done, form)
    return redirect(f"/policy-documents/{reference}")
