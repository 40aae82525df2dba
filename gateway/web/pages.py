"""The pages. Each is a thin adapter: parse the form, call a service, render or redirect."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.api import queries, schemas
from gateway.api.deps import app_state, client_source
from gateway.auth.errors import AuthenticationFailed, CsrfRejected, SignInThrottled
from gateway.cases import service as cases
from gateway.cases.domain import (
    ConcernSource,
    DecisionInput,
    Outcome,
    PersonRole,
    ReferralGround,
    Seriousness,
)
from gateway.cases.models import Case
from gateway.db import transaction
from gateway.disclosures import service as disclosures
from gateway.disclosures.domain import DisclosureStatus, ItemContent, ItemKind
from gateway.disclosures.lawful_basis import (
    ART6_GUIDANCE,
    SCHEDULE1_TITLES,
    Art6Basis,
    Art9Condition,
    LawfulBasisRecord,
    SpecialCategory,
)
from gateway.disclosures.models import DisclosureRequest
from gateway.errors import GatewayError, InvalidInput
from gateway.recipients.service import list_recipients
from gateway.timeutil import utcnow
from gateway.users.domain import Action, Role, is_allowed
from gateway.users.models import User
from gateway.web.highlight import segments
from gateway.web.session import (
    LOGIN_CSRF_COOKIE,
    WebCall,
    clear_session_cookie,
    set_login_csrf,
    set_session_cookie,
    web_get,
    web_post,
)

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)

ART9_LABELS = {
    Art9Condition.EXPLICIT_CONSENT: "9(2)(a) explicit consent",
    Art9Condition.EMPLOYMENT_SOCIAL_SECURITY: "9(2)(b) employment and social security",
    Art9Condition.VITAL_INTERESTS: "9(2)(c) vital interests (the person cannot consent)",
    Art9Condition.LEGAL_CLAIMS: "9(2)(f) legal claims",
    Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: "9(2)(g) substantial public interest "
    "(with a Schedule 1 Part 2 paragraph: usually 10 or 18)",
    Art9Condition.HEALTH_OR_SOCIAL_CARE: "9(2)(h) health or social care",
    Art9Condition.PUBLIC_HEALTH: "9(2)(i) public health",
    Art9Condition.ARCHIVING_RESEARCH: "9(2)(j) archiving and research",
}
ART6_LABELS = {
    Art6Basis.CONSENT: "6(1)(a) Consent",
    Art6Basis.CONTRACT: "6(1)(b) Contract",
    Art6Basis.LEGAL_OBLIGATION: "6(1)(c) Legal obligation",
    Art6Basis.VITAL_INTERESTS: "6(1)(d) Vital interests",
    Art6Basis.PUBLIC_TASK: "6(1)(e) Public task",
    Art6Basis.LEGITIMATE_INTERESTS: "6(1)(f) Legitimate interests",
}


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _when(value: Any) -> str:
    """A time as people read it, in UTC (the zone every stored time is in)."""
    if value is None:
        return ""
    if hasattr(value, "hour"):
        return f"{value:%d %b %Y %H:%M} UTC"
    return f"{value:%d %b %Y}"


templates.env.filters["label"] = _label
templates.env.filters["when"] = _when
templates.env.globals["Action"] = Action


# --- rendering and errors --------------------------------------------------------------------


def render(
    request: Request,
    name: str,
    call: WebCall | None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    user = call.actor.user if call and call.actor else None

    def can(action: str) -> bool:
        return user is not None and is_allowed(user.role, Action(action))

    return templates.TemplateResponse(
        request,
        name,
        {
            "user": user,
            "csrf": call.csrf_token if call else "",
            "can": can,
            "organisation": app_state(request).ctx.settings.organisation_name,
            **context,
        },
        status_code=status,
    )


class _HtmlErrors:
    """Errors on pages: a sign-in redirect, or a page that says what is wrong and what to do."""

    def __call__(self, request: Request) -> bool:
        path = request.url.path
        return not (path.startswith("/api/") or path in ("/openapi.json", "/docs", "/redoc"))

    def render_error(self, request: Request, exc: GatewayError, status: int) -> Response:
        if isinstance(exc, AuthenticationFailed):
            target = request.url.path
            if request.method != "GET":
                target = "/"
            return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        return render(
            request,
            "error.html",
            None,
            status=status,
            message=exc.message,
            hint=exc.hint,
            status_code=status,
            is_csrf=isinstance(exc, CsrfRejected),
        )


HTML_ERRORS = _HtmlErrors()


def redirect(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


# --- form helpers -----------------------------------------------------------------------------


def text(form: Mapping[str, Any], name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def optional(form: Mapping[str, Any], name: str) -> str | None:
    return text(form, name) or None


def many(form: Mapping[str, Any], name: str) -> list[str]:
    multi: dict[str, list[str]] = form.get("__multi__", {})
    return [v for v in multi.get(name, []) if v]


def parse_date(form: Mapping[str, Any], name: str, label: str) -> date | None:
    value = text(form, name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{label} is not a date.", hint="Use the form YYYY-MM-DD.") from None


def parse_enum(enum: Any, value: str, label: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise InvalidInput(f"Choose {label}.") from None


def parse_int(value: str, label: str) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInput(f"{label} must be a number.") from None


# --- sign-in ----------------------------------------------------------------------------------


def _safe_next(value: str | None) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def _login_page(
    request: Request, status: int = 200, error: str | None = None, hint: str | None = None
) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = render(
        request,
        "login.html",
        None,
        status=status,
        error=error,
        hint=hint,
        next=_safe_next(request.query_params.get("next")),
        login_csrf=token,
    )
    set_login_csrf(response, token)
    return response


@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    return _login_page(request)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    return await run_in_threadpool(_login, request, fields)


def _login(request: Request, form: dict[str, str]) -> Response:
    from gateway.auth.service import (
        check_throttle,
        csrf_matches,
        record_attempt,
        start_session,
        verify_credentials,
    )

    state = app_state(request)
    if not csrf_matches(request.cookies.get(LOGIN_CSRF_COOKIE, ""), form.get("csrf_token")):
        return _login_page(
            request, 403, "The sign-in form was out of date.", "It has been reloaded: try again."
        )
    username = form.get("username", "").strip().lower()[:64]
    password = form.get("password", "")
    code = form.get("totp", "").strip() or None
    source = client_source(request)
    try:
        with transaction(state.ctx.sessions) as session:
            check_throttle(session, username, source)
            user = verify_credentials(session, username, password, code)
            record_attempt(session, username, source, True)
            started = start_session(session, user, source)
    except SignInThrottled as exc:
        return _login_page(request, 429, exc.message, exc.hint)
    except AuthenticationFailed as exc:
        with transaction(state.ctx.sessions) as session:
            record_attempt(session, username, source, False)
        return _login_page(request, 401, exc.message, exc.hint)
    response = redirect(_safe_next(form.get("next")))
    set_session_cookie(response, started.session_id)
    response.delete_cookie(
        LOGIN_CSRF_COOKIE, path="/", secure=True, httponly=True, samesite="strict"
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    from gateway.auth.service import end_session
    from gateway.web.session import SESSION_COOKIE

    cookie = request.cookies.get(SESSION_COOKIE, "")

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> None:
        end_session(s, cookie)

    await web_post(request, work)
    response = redirect("/login")
    clear_session_cookie(response)
    return response


# --- dashboard and account --------------------------------------------------------------------


@router.get("/")
async def home(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        board = queries.dashboard(s, call.actor, utcnow().date())
        open_sars = None
        if is_allowed(call.actor.role, Action.SAR_HANDLE):
            from gateway.sar.service import list_open

            open_sars = list_open(s, call.actor, today=utcnow().date())
        return render(request, "dashboard.html", call, board=board, open_sars=open_sars)

    return await web_get(request, work)


@router.get("/account")
async def account(request: Request) -> Response:
    from gateway.auth.service import list_tokens

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        return render(
            request, "account.html", call, tokens=list_tokens(s, call.actor), new_token=None
        )

    return await web_get(request, work)


@router.post("/account/tokens")
async def create_token(request: Request) -> Response:
    from gateway.auth.service import issue_token, list_tokens

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        issued = issue_token(s, call.actor, call.actor.user.username, text(form, "name"))
        return render(
            request, "account.html", call, tokens=list_tokens(s, call.actor), new_token=issued.token
        )

    return await web_post(request, work)


@router.post("/account/tokens/{token_id}/revoke")
async def revoke_token(request: Request, token_id: int) -> Response:
    from gateway.auth.service import revoke_token as revoke

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        revoke(s, call.actor, token_id)
        return redirect("/account")

    return await web_post(request, work)


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


# --- disclosures ------------------------------------------------------------------------------


@router.get("/cases/{reference}/disclosures/new")
async def disclosure_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        case = cases.get_case(s, call.actor, reference)
        recipients = [r for r in list_recipients(s, call.actor) if r.active]
        return render(
            request,
            "disclosure_new.html",
            call,
            case=queries.case_out(s, case),
            recipients=recipients,
        )

    return await web_get(request, work)


@router.post("/cases/{reference}/disclosures")
async def create_disclosure(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        created = disclosures.create_request(
            s,
            call.actor,
            case_reference=reference,
            recipient_reference=text(form, "recipient"),
            purpose=text(form, "purpose"),
            rpc_discussion_reference=optional(form, "rpc_reference"),
        )
        return redirect(f"/disclosures/{created.reference}/lawful-basis")

    return await web_post(request, work)


@router.get("/disclosures")
async def disclosure_list(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        rows = [queries.disclosure_summary(s, r) for r in disclosures.list_requests(s, call.actor)]
        return render(request, "disclosures.html", call, disclosures=rows)

    return await web_get(request, work)


@router.get("/disclosures/{reference}")
async def disclosure_page(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        return render(
            request,
            "disclosure.html",
            call,
            d=queries.disclosure_out(s, row),
            Status=DisclosureStatus,
            released=request.query_params.get("released"),
        )

    return await web_get(request, work)


@router.get("/disclosures/{reference}/lawful-basis")
async def lawful_basis_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        return render(
            request,
            "lawful_basis.html",
            call,
            d=queries.disclosure_out(s, row),
            record=disclosures.lawful_basis_of(row),
            art6=[(b, ART6_LABELS[b], ART6_GUIDANCE[b]) for b in Art6Basis],
            art9=list(ART9_LABELS.items()),
            schedule1=sorted(SCHEDULE1_TITLES.items()),
        )

    return await web_get(request, work)


@router.post("/disclosures/{reference}/lawful-basis")
async def set_lawful_basis(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        art6 = text(form, "art6_basis")
        art9 = text(form, "art9_condition")
        informed = text(form, "subject_informed") == "yes"
        record = LawfulBasisRecord(
            art6_basis=parse_enum(Art6Basis, art6, "an Article 6 basis") if art6 else None,
            necessity=text(form, "necessity"),
            proportionality=text(form, "proportionality"),
            clear_and_compelling=text(form, "clear_and_compelling"),
            art9_condition=parse_enum(Art9Condition, art9, "an Article 9 condition")
            if art9
            else None,
            schedule1_paragraph=parse_int(
                text(form, "schedule1_paragraph"), "The Schedule 1 paragraph"
            ),
            art10_paragraph=parse_int(text(form, "art10_paragraph"), "The Article 10 paragraph"),
            appropriate_policy_document=optional(form, "appropriate_policy_document"),
            apd_review_date=parse_date(form, "apd_review_date", "The policy document review date"),
            at_risk_justification=optional(form, "at_risk_justification"),
            consent_not_sought_reason=optional(form, "consent_not_sought_reason"),
            consent_prejudice_reason=optional(form, "consent_prejudice_reason"),
            subject_informed=informed,
            subject_not_informed_reason=None
            if informed
            else optional(form, "subject_not_informed_reason"),
            relies_on_sch2_para2=text(form, "relies_on_sch2_para2") == "yes",
        )
        disclosures.set_lawful_basis(s, call.actor, reference, record)
        return redirect(f"/disclosures/{reference}/items")

    return await web_post(request, work)


@router.get("/disclosures/{reference}/items")
async def items_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        case = cases.get_case(s, call.actor, queries.disclosure_summary(s, row).case_reference)
        detail = queries.case_out(s, case)
        chosen = {i.source_ref for i in row.items if i.source_ref}
        records = [
            (f"concern:{c.id}", f"Concern raised {c.raised_at:%d %B %Y}", c.description)
            for c in detail.concerns
        ]
        records += [
            (f"event:{e.sequence}", f"Chronology {e.occurred_at:%d %B %Y} ({e.kind})", e.summary)
            for e in detail.chronology
        ]
        records += [
            (f"evidence:{e.id}", f"Evidence {e.filename or e.id}", e.description)
            for e in detail.evidence
        ]
        return render(
            request,
            "items.html",
            call,
            d=queries.disclosure_out(s, row),
            records=records,
            chosen=chosen,
            categories=list(SpecialCategory),
            kinds=[k for k in ItemKind if k is not ItemKind.SUBJECT_IDENTITY],
            subject_fields=disclosures.SUBJECT_FIELDS,
        )

    return await web_get(request, work)


@router.post("/disclosures/{reference}/items")
async def add_items(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        actor = call.actor
        row = disclosures.get_request(s, reference)
        existing = {i.source_ref for i in row.items if i.source_ref}
        wanted_fields = many(form, "subject_fields")
        if sorted(wanted_fields) != sorted(row.subject_fields):
            disclosures.set_subject_fields(s, actor, reference, wanted_fields)
        for source in many(form, "include"):
            if source in existing:
                continue
            disclosures.add_case_item(
                s,
                actor,
                reference,
                source,
                special_categories=[
                    parse_enum(SpecialCategory, c, "a special category")
                    for c in many(form, f"special:{source}")
                ],
                criminal_offence=text(form, f"criminal:{source}") == "yes",
            )
        free = text(form, "free_text")
        if free:
            kind = parse_enum(ItemKind, text(form, "free_kind"), "the kind of item")
            disclosures.add_item(
                s,
                actor,
                reference,
                ItemContent(
                    kind=kind,
                    label=text(form, "free_label") or kind.value.replace("_", " "),
                    text=free,
                    special_categories=frozenset(
                        parse_enum(SpecialCategory, c, "a special category")
                        for c in many(form, "free_special")
                    ),
                    criminal_offence=text(form, "free_criminal") == "yes",
                ),
            )
        positions = [parse_int(p, "The item number") for p in many(form, "remove")]
        for number in sorted((p for p in positions if p is not None), reverse=True):
            disclosures.remove_item(s, actor, reference, number)
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/redact")
async def redact(request: Request, reference: str) -> Response:
    from gateway.disclosures.minimise import redact_request

    model = app_state(request).ctx.settings.nlp_model

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        redact_request(s, call.actor, reference, model_name=model)
        return redirect(f"/disclosures/{reference}/review")

    return await web_post(request, work)


@router.get("/disclosures/{reference}/review")
async def review_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        d = queries.disclosure_out(s, row)
        marked = {
            item.position: segments(item.original_text, [dict(f) for f in item.findings])
            for item in row.items
        }
        return render(request, "review.html", call, d=d, marked=marked)

    return await web_get(request, work)


@router.post("/disclosures/{reference}/review")
async def review(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        row = disclosures.get_request(s, reference)
        plan: list[tuple[int, int, bool, str]] = []
        for item in row.items:
            for index, finding in enumerate(item.findings):
                choice = text(form, f"decision:{item.position}:{index}")
                if choice not in ("accept", "reject"):
                    continue
                justification = text(form, f"justification:{item.position}:{index}")
                wanted = "accepted" if choice == "accept" else "rejected"
                if finding.get("review") == wanted and (
                    (finding.get("review_justification") or "") == justification
                ):
                    continue
                plan.append((item.position, index, choice == "accept", justification))
        for position, index, accept, justification in plan:
            disclosures.review_finding(
                s,
                call.actor,
                reference,
                item_position=position,
                finding_index=index,
                accept=accept,
                justification=justification,
            )
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/submit")
async def submit(request: Request, reference: str) -> Response:
    settings = app_state(request).ctx.settings

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.submit(s, call.actor, reference, settings)
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


def _dpia_status(s: Session, activity: str) -> tuple[bool | None, list[str]]:
    """Whether a DPIA is in force for the processing, and what the DPO should know about it
    (None: the DPIA module is not installed in this version)."""
    try:
        from gateway.dpias.service import dpia_status
    except ModuleNotFoundError:
        return None, ["The DPIA register is not installed in this version."]
    summary = dpia_status(s, activity, utcnow().date())
    return summary.in_force, summary.lines()


@router.get("/disclosures/{reference}/approval")
async def approval_page(request: Request, reference: str) -> Response:
    from gateway.disclosures.flows import lawful_basis_lines
    from gateway.disclosures.minimise import rejected_redactions

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        d = queries.disclosure_out(s, row)
        removed = [
            (item.position, f)
            for item in d.items
            for f in item.findings
            if f.action == "redacted" and f.review != "rejected"
        ]
        rejected = [
            (position, schemas.finding_out(0, "", f), f) for position, f in rejected_redactions(row)
        ]
        rejected_view = []
        for position, _unused, raw in rejected:
            item = next(i for i in row.items if i.position == position)
            start, end = int(str(raw.get("start", 0))), int(str(raw.get("end", 0)))
            rejected_view.append(
                {
                    "position": position,
                    "text": item.original_text[start:end],
                    "entity_type": raw.get("entity_type"),
                    "justification": raw.get("review_justification"),
                    "reviewed_by": raw.get("reviewed_by"),
                }
            )
        in_force, dpia_lines = _dpia_status(s, row.processing_activity)
        case = queries.disclosure_summary(s, row)
        subject = s.get(Case, row.case_id)
        return render(
            request,
            "approval.html",
            call,
            d=d,
            case_reference=case.case_reference,
            subject_name=subject.subject_name if subject else "",
            basis_lines=lawful_basis_lines(disclosures.lawful_basis_of(row)),
            removed=removed,
            rejected=rejected_view,
            dpia_in_force=in_force,
            dpia_lines=dpia_lines,
            Status=DisclosureStatus,
        )

    return await web_get(request, work)


@router.post("/disclosures/{reference}/approve")
async def approve(request: Request, reference: str) -> Response:
    settings = app_state(request).ctx.settings

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.approve(s, call.actor, reference, settings, optional(form, "note"))
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/refuse")
async def refuse(request: Request, reference: str) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.refuse(s, call.actor, reference, text(form, "reason"), state.log_writer())
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/release")
async def release(request: Request, reference: str) -> Response:
    from gateway.disclosures.flows import release as do_release
    from gateway.disclosures.flows import write_package_file

    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Any:
        assert call.actor is not None
        done = do_release(
            s,
            call.actor,
            reference,
            settings=state.ctx.settings,
            keyring=state.ctx.keyring,
            log=state.log_writer(),
            emergency=text(form, "emergency") == "yes",
        )
        row = disclosures.get_request(s, reference)
        assert row.package is not None
        return done, bytes(row.package.content)

    done, content = await web_post(request, work)
    # A copy for the data directory, written only after the release committed.
    await run_in_threadpool(
        write_package_file, state.ctx.settings.packages_dir, done.filename, content
    )
    return redirect(f"/disclosures/{reference}?released={done.log_index}")


@router.post("/disclosures/{reference}/emergency-authorise")
async def emergency_authorise(request: Request, reference: str) -> Response:
    settings = app_state(request).ctx.settings

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.authorise_emergency(s, call.actor, reference, text(form, "reason"), settings)
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/emergency-review")
async def emergency_review(request: Request, reference: str) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.review_emergency(
            s,
            call.actor,
            reference,
            upheld=text(form, "upheld") == "yes",
            notes=text(form, "notes"),
            log=state.log_writer(),
        )
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.get("/dpia")
async def dpia_page(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        call.actor.require(Action.DPIA_READ)
        try:
            from gateway.dpias.service import list_activities
        except ModuleNotFoundError:
            activities: list[str] = []
        else:
            activities = list_activities(s, call.actor)
        existing = set(activities)
        if "prevent-referral-sharing" not in activities:
            activities.insert(0, "prevent-referral-sharing")
        rows = [(a, *_dpia_status(s, a)) for a in activities]
        return render(request, "dpia.html", call, rows=rows, existing=existing)

    return await web_get(request, work)


@router.get("/dpia/{activity}/pdf")
async def dpia_pdf(request: Request, activity: str) -> Response:
    from gateway.dpias.service import export_pdf

    version_text = request.query_params.get("version", "")
    version = parse_int(version_text, "The version") if version_text else None

    def work(s: Session, call: WebCall) -> bytes:
        assert call.actor is not None
        return export_pdf(s, call.actor, activity, version)

    content = await web_get(request, work)
    return Response(
        content,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="dpia-{quote(activity)}.pdf"'},
    )


def _report_year(request: Request) -> int | None:
    value = request.query_params.get("year", "")
    return parse_int(value, "The year") if value else None


@router.get("/reports")
async def reports_page(request: Request) -> Response:
    from gateway.api.routers.reports import annual_report_dict, current_academic_year

    year = _report_year(request)

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        report, data = annual_report_dict(request, s, call.actor, year)
        sections: dict[str, list[dict[str, Any]]] = {}
        for figure in data["figures"]:
            sections.setdefault(str(figure["section"]), []).append(figure)
        return render(
            request,
            "reports.html",
            call,
            data=data,
            sections=sections,
            year=report.year.start_year,
            years=range(current_academic_year(), current_academic_year() - 6, -1),
        )

    return await web_get(request, work)


@router.get("/reports/annual.csv")
async def reports_csv(request: Request) -> Response:
    from gateway.api.routers.reports import annual_report_dict
    from gateway.reports.export import to_csv
    from gateway.reports.service import ofs_return

    year = _report_year(request)

    def work(s: Session, call: WebCall) -> tuple[str, int]:
        assert call.actor is not None
        report, _data = annual_report_dict(request, s, call.actor, year)
        return to_csv(report, ofs_return(report)), report.year.start_year

    content, start = await web_get(request, work)
    return Response(
        content,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="prevent-annual-report-{start}.csv"'
        },
    )


# --- administration -------------------------------------------------------------------------


@router.get("/admin/users")
async def users_page(request: Request) -> Response:
    from gateway.users.service import list_users

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        return render(
            request, "users.html", call, users=list_users(s, call.actor), roles=list(Role)
        )

    return await web_get(request, work)


@router.post("/admin/users")
async def create_user(request: Request) -> Response:
    from gateway.users.service import create_user as create

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        create(
            s,
            username=text(form, "username").lower(),
            display_name=text(form, "display_name"),
            role=parse_enum(Role, text(form, "role"), "a role"),
            actor=call.actor,
        )
        return redirect("/admin/users")

    return await web_post(request, work)


@router.post("/admin/users/{username}/active")
async def set_user_active(request: Request, username: str) -> Response:
    from gateway.users.service import set_active

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        set_active(s, username, text(form, "active") == "yes", call.actor)
        return redirect("/admin/users")

    return await web_post(request, work)


@router.get("/admin/recipients")
async def recipients_page(request: Request) -> Response:
    from gateway.recipients.models import RecipientKind

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        return render(
            request,
            "recipients.html",
            call,
            recipients=list_recipients(s, call.actor),
            kinds=list(RecipientKind),
        )

    return await web_get(request, work)


@router.post("/admin/recipients")
async def register_recipient(request: Request) -> Response:
    from gateway.recipients.models import RecipientKind
    from gateway.recipients.service import register_recipient as register

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        register(
            s,
            call.actor,
            kind=parse_enum(RecipientKind, text(form, "kind"), "the kind of recipient"),
            name=text(form, "name"),
            organisation=text(form, "organisation"),
            contact=text(form, "contact"),
            public_key=optional(form, "public_key"),
            competent_authority=text(form, "competent_authority") == "yes",
        )
        return redirect("/admin/recipients")

    return await web_post(request, work)


@router.post("/admin/recipients/{reference}/active")
async def set_recipient_active(request: Request, reference: str) -> Response:
    from gateway.recipients.service import set_recipient_active as set_active

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        set_active(s, call.actor, reference, text(form, "active") == "yes")
        return redirect("/admin/recipients")

    return await web_post(request, work)


# --- audit ------------------------------------------------------------------------------------


def _audit_page(
    request: Request, s: Session, call: WebCall, verification: Any = None
) -> HTMLResponse:
    assert call.actor is not None
    state = app_state(request)
    log = state.transparency_log()
    offset = max(0, parse_int(request.query_params.get("offset", "0") or "0", "offset") or 0)
    entries, size = queries.log_entries(s, call.actor, log, limit=50, offset=offset)
    return render(
        request,
        "audit_log.html",
        call,
        checkpoint=queries.checkpoint_text(s, call.actor, log),
        entries=entries,
        size=size,
        offset=offset,
        verification=verification,
    )


@router.get("/audit/log")
async def audit_log(request: Request) -> Response:
    return await web_get(request, lambda s, call: _audit_page(request, s, call))


@router.post("/audit/log/verify")
async def audit_verify(request: Request) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        result = queries.verify_log(
            s, call.actor, state.transparency_log(), state.ctx.keyring.log_verifier_key_text()
        )
        return _audit_page(request, s, call, verification=result)

    return await web_post(request, work)


@router.get("/audit/log/export")
async def audit_export(request: Request) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall) -> tuple[bytes, int]:
        assert call.actor is not None
        return queries.export_zip(s, call.actor, state.transparency_log())

    content, size = await web_get(request, work)
    return Response(
        content,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="sharing-log-{size}.zip"'},
    )


@router.get("/audit/access-log")
async def access_log(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        offset = max(0, parse_int(request.query_params.get("offset", "0") or "0", "offset") or 0)
        rows, total = queries.access_events(s, call.actor, limit=100, offset=offset)
        check = queries.check_access_log(s, call.actor, app_state(request).transparency_log())
        return render(
            request, "access_log.html", call, events=rows, total=total, offset=offset, check=check
        )

    return await web_get(request, work)


def install(app: FastAPI) -> None:
    from gateway.web import dpia_pages, retention_pages, sar_pages, training_pages

    app.include_router(router)
    for area in (retention_pages, sar_pages, training_pages, dpia_pages):
        app.include_router(area.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
