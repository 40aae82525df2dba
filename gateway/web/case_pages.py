"""Concerns and cases: raising a concern, the case list and page, decisions, notes, people."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.api import queries, schemas
from gateway.cases import service as cases
from gateway.cases.domain import (
    ConcernSource,
    DecisionInput,
    Outcome,
    PersonRole,
    ReferralGround,
    Seriousness,
)
from gateway.disclosures.models import DisclosureRequest
from gateway.errors import GatewayError
from gateway.users.domain import Action, Role, is_allowed
from gateway.users.models import User
from gateway.web.rendering import (
    many,
    optional,
    parse_date,
    parse_enum,
    redirect,
    render,
    text,
)
from gateway.web.session import (
    WebCall,
    web_get,
    web_post,
)

router = APIRouter(include_in_schema=False)


# --- concerns and cases -----------------------------------------------------------------------


def _concern_page(
    request: Request,
    call: WebCall,
    values: Mapping[str, Any],
    error: GatewayError | None = None,
) -> HTMLResponse:
    return render(
        request,
        "concern_new.html",
        call,
        status=422 if error else 200,
        sources=list(ConcernSource),
        values=values,
        error=error,
    )


@router.get("/concerns/new")
async def concern_form(request: Request) -> Response:
    return await web_get(request, lambda s, call: _concern_page(request, call, {}))


@router.post("/concerns")
async def raise_concern(request: Request) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        concern = cases.raise_concern(
            s,
            call.actor,
            subject=cases.SubjectDetails(
                student_id=text(form, "student_id"),
                name=text(form, "student_name"),
                date_of_birth=parse_date(form, "date_of_birth", "The date of birth"),
            ),
            source=parse_enum(ConcernSource, text(form, "source"), "who raised the concern"),
            description=text(form, "description"),
            observed_on=parse_date(form, "observed_on", "The date observed"),
            reported_by_name=optional(form, "reported_by_name"),
        )
        if is_allowed(call.actor.role, Action.CASE_READ):
            return redirect(f"/cases/{concern.case.reference}")
        if is_allowed(call.actor.role, Action.CONCERN_READ_OWN):
            return redirect(f"/concerns/mine?raised={concern.id}")
        return redirect("/")

    return await web_post(
        request,
        work,
        form_page=lambda s, call, form, exc: _concern_page(request, call, form, exc),
    )


@router.get("/concerns/mine")
async def my_concerns(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        raised = request.query_params.get("raised")
        return render(
            request,
            "concerns_mine.html",
            call,
            concerns=cases.list_own_concerns(s, call.actor),
            raised=raised,
        )

    return await web_get(request, work)


@router.get("/cases")
async def case_list(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        rows = [schemas.CaseSummary.of(c) for c in cases.list_cases(s, call.actor)]
        return render(request, "cases.html", call, cases=rows)

    return await web_get(request, work)


@router.get("/cases/{reference}")
async def case_page(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        case = cases.get_case(s, call.actor, reference)
        related = (
            [
                queries.disclosure_summary(s, r)
                for r in s.scalars(
                    select(DisclosureRequest)
                    .where(DisclosureRequest.case_id == case.id)
                    .order_by(DisclosureRequest.id)
                )
            ]
            if is_allowed(call.actor.role, Action.DISCLOSURE_READ)
            else []
        )
        detail = queries.case_out(s, case)
        return render(
            request,
            "case.html",
            call,
            case=detail,
            disclosures=related,
            person_roles=list(PersonRole),
            is_referral=detail.latest_outcome is Outcome.REFERRAL,
        )

    return await web_get(request, work)


def _smt_members(s: Session) -> list[User]:
    return list(
        s.scalars(
            select(User)
            .where(User.role == Role.SMT_MEMBER, User.active.is_(True))
            .order_by(User.display_name)
        )
    )


def _decide_page(
    request: Request,
    s: Session,
    call: WebCall,
    reference: str,
    values: Mapping[str, Any],
    error: GatewayError | None = None,
) -> HTMLResponse:
    assert call.actor is not None
    case = cases.get_case(s, call.actor, reference)
    return render(
        request,
        "decide.html",
        call,
        status=422 if error else 200,
        case=queries.case_out(s, case),
        smt=_smt_members(s),
        seriousness=list(Seriousness),
        outcomes=list(Outcome),
        grounds=list(ReferralGround),
        values=values,
        chosen_smt=many(values, "smt"),
        chosen_grounds=many(values, "grounds"),
        error=error,
    )


@router.get("/cases/{reference}/decide")
async def decide_form(request: Request, reference: str) -> Response:
    return await web_get(request, lambda s, call: _decide_page(request, s, call, reference, {}))


@router.post("/cases/{reference}/decide")
async def decide(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        cases.decide(
            s,
            call.actor,
            reference,
            DecisionInput(
                seriousness=parse_enum(Seriousness, text(form, "seriousness"), "the seriousness"),
                outcome=parse_enum(Outcome, text(form, "outcome"), "an outcome"),
                rationale=text(form, "rationale"),
                freedom_of_speech_consideration=text(form, "freedom_of_speech"),
                smt_usernames=tuple(many(form, "smt")),
                grounds=tuple(
                    parse_enum(ReferralGround, g, "a referral ground")
                    for g in many(form, "grounds")
                ),
                actions=optional(form, "actions"),
                review_date=parse_date(form, "review_date", "The review date"),
            ),
        )
        return redirect(f"/cases/{reference}")

    return await web_post(
        request,
        work,
        form_page=lambda s, call, form, exc: _decide_page(request, s, call, reference, form, exc),
    )


@router.post("/cases/{reference}/notes")
async def add_note(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        cases.add_note(s, call.actor, reference, text(form, "summary"))
        return redirect(f"/cases/{reference}#chronology")

    return await web_post(request, work)


@router.post("/cases/{reference}/people")
async def add_person(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        role = parse_enum(PersonRole, text(form, "role"), "the person's role")
        cases.record_person(s, call.actor, reference, text(form, "name"), role)
        return redirect(f"/cases/{reference}#people")

    return await web_post(request, work)
