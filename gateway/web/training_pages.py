"""Training records pages: status per person, due and overdue refreshers, compliance per
group (report readers); record a completion, add staff, record leaving (the Prevent Lead).
Thin adapters over gateway.training.service."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from gateway.errors import InvalidInput
from gateway.timeutil import today as utc_today
from gateway.training import service as training
from gateway.training.domain import StaffGroup, TrainingModule
from gateway.web.rendering import parse_date, parse_enum, redirect, render, text
from gateway.web.session import WebCall, web_get, web_post

router = APIRouter(include_in_schema=False)


@router.get("/training")
async def training_page(request: Request) -> Response:
    value = request.query_params.get("group", "")
    group = parse_enum(StaffGroup, value, "a staff group") if value else None

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        today = utc_today()
        return render(
            request,
            "training.html",
            call,
            group=group,
            groups=list(StaffGroup),
            modules=list(TrainingModule),
            records=training.list_records(s, call.actor, today=today, group=group),
            due=training.due_refreshers(s, call.actor, today=today),
            compliance=training.group_compliance(s, call.actor, today=today),
            today=today,
        )

    return await web_get(request, work)


@router.post("/training/completions")
async def record_completion(request: Request) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        completed = parse_date(form, "completed_on", "The completion date")
        if completed is None:
            raise InvalidInput("Give the date the module was completed.")
        training.record_completion(
            s,
            call.actor,
            staff_id=text(form, "staff_id"),
            name=text(form, "name"),
            group=parse_enum(StaffGroup, text(form, "group"), "a staff group"),
            module=parse_enum(TrainingModule, text(form, "module"), "a module"),
            completed_on=completed,
        )
        return redirect("/training")

    return await web_post(request, work)


@router.post("/training/staff")
async def add_staff(request: Request) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        training.register_staff(
            s,
            call.actor,
            staff_id=text(form, "staff_id"),
            name=text(form, "name"),
            group=parse_enum(StaffGroup, text(form, "group"), "a staff group"),
            started_on=parse_date(form, "started_on", "The start date"),
        )
        return redirect("/training")

    return await web_post(request, work)


@router.post("/training/staff/{staff_id}/leave")
async def staff_left(request: Request, staff_id: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        training.record_leaving(
            s, call.actor, staff_id, parse_date(form, "left_on", "The date they left")
        )
        return redirect("/training")

    return await web_post(request, work)
