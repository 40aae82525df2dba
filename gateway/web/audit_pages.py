"""For auditors: the sharing log, its verification and export, the access log."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from gateway.api import queries
from gateway.http.state import app_state
from gateway.web.rendering import (
    parse_int,
    render,
)
from gateway.web.session import (
    WebCall,
    web_get,
    web_post,
)

router = APIRouter(include_in_schema=False)


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
