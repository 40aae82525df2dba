"""Training records pages: status per person, due and overdue refreshers, compliance per
group (report readers); record a completion, add staff, record leaving (the Prevent Lead)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.errors import GatewayError, InvalidInput
from gateway.training import use_cases
from gateway.training.domain import StaffGroup, TrainingModule
from gateway.web.rendering import parse_date, parse_enum, redirect, render, text
from gateway.web.session import NOT_SHOWN_ON_THE_FORM, read_form, show, submit

router = APIRouter(include_in_schema=False)


def _group_filter(request: Request) -> StaffGroup | None:
    value = request.query_params.get("group", "")
    group: StaffGroup | None = parse_enum(StaffGroup, value, "a staff group") if value else None
    return group


async def _page(
    request: Request,
    group: StaffGroup | None = None,
    error: GatewayError | None = None,
    typed: dict[str, Any] | None = None,
    typed_for: str = "",
) -> Response:
    shown = await show(request, use_cases.training_figures, group)
    return render(
        request,
        "training.html",
        shown.call,
        status=422 if error is not None else 200,
        d=shown.view,
        groups=list(StaffGroup),
        modules=list(TrainingModule),
        error=error,
        typed=typed or {},
        typed_for=typed_for,
    )


@router.get("/training")
async def training_page(request: Request) -> Response:
    return await _page(request, _group_filter(request))


async def _submit_then_back(
    request: Request,
    form: dict[str, Any],
    action: Callable[[dict[str, Any]], Awaitable[None]],
    typed_for: str = "",
) -> Response:
    """Run the form's use case; when refused, show the page again with what was wrong (and
    what was typed: nothing was saved)."""
    try:
        await action(form)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _page(request, error=exc, typed=form, typed_for=typed_for)
    return redirect("/training")


@router.post("/training/completions")
async def record_completion(request: Request) -> Response:
    form = await read_form(request)

    async def action(form: dict[str, Any]) -> None:
        completed = parse_date(form, "completed_on", "The completion date")
        if completed is None:
            raise InvalidInput("Give the date the module was completed.")
        await submit(
            request,
            form,
            use_cases.record_completion,
            staff_id=text(form, "staff_id"),
            name=text(form, "name"),
            group=parse_enum(StaffGroup, text(form, "group"), "a staff group"),
            module=parse_enum(TrainingModule, text(form, "module"), "a module"),
            completed_on=completed,
        )

    return await _submit_then_back(request, form, action, "completion")


@router.post("/training/staff")
async def add_staff(request: Request) -> Response:
    form = await read_form(request)

    async def action(form: dict[str, Any]) -> None:
        await submit(
            request,
            form,
            use_cases.add_staff,
            staff_id=text(form, "staff_id"),
            name=text(form, "name"),
            group=parse_enum(StaffGroup, text(form, "group"), "a staff group"),
            started_on=parse_date(form, "started_on", "The start date"),
        )

    return await _submit_then_back(request, form, action, "staff")


@router.post("/training/staff/{staff_id}/leave")
async def staff_left(request: Request, staff_id: str) -> Response:
    form = await read_form(request)

    async def action(form: dict[str, Any]) -> None:
        await submit(
            request,
            form,
            use_cases.record_leaving,
            staff_id,
            left_on=parse_date(form, "left_on", "The date they left"),
        )

    return await _submit_then_back(request, form, action)
