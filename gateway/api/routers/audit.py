"""For auditors: the sharing log, its checkpoint, verification, export; the access log."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from starlette.concurrency import run_in_threadpool

from gateway.access_log import use_cases as access_log
from gateway.access_log.views import AccessEventView, AccessLogCheckView
from gateway.actor import Actor
from gateway.api import schemas
from gateway.api.deps import call, call_read_only
from gateway.api.routers.common import Limit, Offset
from gateway.audit import use_cases as audit
from gateway.audit.views import LogEntryView, VerificationView
from gateway.http.access import authorise
from gateway.http.state import app_state, bearer_token, client_source

router = APIRouter(tags=["audit"])


@router.get(
    "/log/checkpoint",
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/plain": {}}}},
)
async def checkpoint(request: Request) -> PlainTextResponse:
    """The latest signed checkpoint (C2SP tlog-checkpoint signed note) with any cosignatures.

    Served from memory for up to a second to a token verified in the last few seconds (the
    route's rule is still checked on every request); otherwise from the database.
    """
    state = app_state(request)
    token = bearer_token(request)
    user = state.recent_token_user(token) if token else None
    note = state.recent_checkpoint()
    if user is not None and note is not None:
        authorise(request, Actor(user, channel="api", source=client_source(request)))
    else:
        view = await run_in_threadpool(
            call_read_only, request, audit.checkpoint, log=state.transparency_log()
        )
        note = view.note
        state.remember_checkpoint(note)
    return PlainTextResponse(note, media_type="text/plain; charset=utf-8")


@router.get("/log/entries", response_model=schemas.Page[LogEntryView])
def entries(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[LogEntryView]:
    """The entries (no personal data: ids, codes, hashes, times)."""
    log = app_state(request).transparency_log()
    view = call_read_only(request, audit.log_entries, log=log, limit=limit, offset=offset)
    return schemas.Page[LogEntryView](
        items=view.entries, total=view.size, limit=limit, offset=offset
    )


@router.post("/log/verify", response_model=VerificationView)
def verify(request: Request) -> VerificationView:
    """Export the log and verify it as an auditor would offline (signature, every leaf, root)."""
    state = app_state(request)
    return call(request, audit.verify_log, log=state.transparency_log(), keyring=state.ctx.keyring)


@router.get(
    "/log/export",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}}},
)
def export(request: Request) -> Response:
    """A zip to verify offline with `prevent-gateway-verify log` (or any C2SP/RFC 9162 tool)."""
    view = call(request, audit.export_log, log=app_state(request).transparency_log())
    return Response(
        view.content,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{view.filename}"'},
    )


@router.get("/access-log", response_model=schemas.Page[AccessEventView])
def access_events(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[AccessEventView]:
    """Every read of case data: who, what, when, from where, through which door. Newest first."""
    view = call(request, access_log.list_access_events, limit=limit, offset=offset)
    return schemas.Page[AccessEventView](
        items=view.events, total=view.total, limit=limit, offset=offset
    )


@router.get("/access-log/refusals", response_model=schemas.Page[AccessEventView])
def refused_attempts(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[AccessEventView]:
    """Every attempt the gateway refused: who tried what, on what, and the rule that refused
    it. Newest first."""
    view = call(request, access_log.list_refused_attempts, limit=limit, offset=offset)
    return schemas.Page[AccessEventView](
        items=view.events, total=view.total, limit=limit, offset=offset
    )


@router.post("/access-log/verify", response_model=AccessLogCheckView)
def access_log_verify(request: Request) -> AccessLogCheckView:
    """Check that the database refuses edits to the access log and that every sealed range
    still matches its seal in the sharing log."""
    log = app_state(request).transparency_log()
    return call(request, access_log.check_access_log, log=log)
