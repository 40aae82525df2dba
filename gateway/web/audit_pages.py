"""For auditors: the sharing log, its verification and export, the access log."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from gateway.access_log import use_cases as access_log
from gateway.audit import use_cases as audit
from gateway.audit.views import VerificationView
from gateway.http.state import app_state
from gateway.web.rendering import parse_int, redirect, render, text
from gateway.web.session import WebCall, read_form, show, submit

router = APIRouter(include_in_schema=False)

#: Entries per page of the sharing log, events per page of the access log.
LOG_PAGE = 50
ACCESS_PAGE = 100


def _offset(request: Request) -> int:
    return max(0, parse_int(request.query_params.get("offset", "0") or "0", "offset") or 0)


async def _audit_page(
    request: Request, call: WebCall | None = None, verification: VerificationView | None = None
) -> HTMLResponse:
    offset = _offset(request)
    log = app_state(request).transparency_log()
    shown = await show(
        request, audit.sharing_log_overview, log=log, limit=LOG_PAGE, offset=offset
    )
    view = shown.view
    return render(
        request,
        "audit_log.html",
        call or shown.call,
        checkpoint=view.checkpoint.note,
        entries=view.entries.entries,
        size=view.entries.size,
        offset=offset,
        verification=verification,
    )


@router.get("/audit/log")
async def audit_log(request: Request) -> Response:
    return await _audit_page(request)


@router.post("/audit/log/verify")
async def audit_verify(request: Request) -> Response:
    state = app_state(request)
    form = await read_form(request)
    done = await submit(
        request, form, audit.verify_log, log=state.transparency_log(), keyring=state.ctx.keyring
    )
    return await _audit_page(request, done.call, verification=done.view)


@router.get("/audit/log/export")
async def audit_export(request: Request) -> Response:
    log = app_state(request).transparency_log()
    view = (await show(request, audit.export_log, log=log)).view
    return Response(
        view.content,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{view.filename}"'},
    )


@router.get("/audit/refusals")
async def refusals_page(request: Request) -> Response:
    offset = _offset(request)
    shown = await show(
        request, access_log.list_refused_attempts, limit=ACCESS_PAGE, offset=offset
    )
    view = shown.view
    return render(
        request,
        "refusals.html",
        shown.call,
        events=view.events,
        total=view.total,
        offset=offset,
    )


@router.get("/audit/access-log")
async def access_log_page(request: Request) -> Response:
    offset = _offset(request)
    log = app_state(request).transparency_log()
    shown = await show(
        request, access_log.access_log_overview, log=log, limit=ACCESS_PAGE, offset=offset
    )
    view = shown.view
    return render(
        request,
        "access_log.html",
        shown.call,
        events=view.events.events,
        total=view.events.total,
        offset=offset,
        check=view.check,
        sealed=request.query_params.get("sealed"),
    )


@router.post("/audit/access-log/seal")
async def seal_access_log(request: Request) -> Response:
    """Seal the access log now (the scheduled job does it daily): back to the page the button
    was on, which says what was sealed."""
    form = await read_form(request)
    done = await submit(
        request, form, access_log.seal_access_log, log=app_state(request).log_writer()
    )
    sealed = done.view.reference if done.view is not None else "nothing"
    back = "/audit/access-log" if text(form, "back") == "access-log" else "/"
    return redirect(f"{back}?sealed={sealed}")


@router.post("/audit/log/alarm/resolve")
async def resolve_alarm(request: Request) -> Response:
    """An administrator resolves the sharing-log alarm after investigating it (recorded)."""
    form = await read_form(request)
    await submit(
        request,
        form,
        audit.resolve_log_alarm,
        log=app_state(request).transparency_log(),
        reason=text(form, "reason"),
        accept_database=text(form, "accept_database") == "yes",
    )
    return redirect("/?alarm=resolved")
