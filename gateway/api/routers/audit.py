"""For auditors: the sharing log, its checkpoint, verification, export; the access log."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.actor import Actor
from gateway.api import queries, schemas
from gateway.api.deps import bearer_token, run_api
from gateway.api.routers.common import Limit, Offset
from gateway.http.access import authorise
from gateway.http.state import app_state, client_source

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

        def work(s: Session, a: Actor) -> str:
            text = queries.checkpoint_text(s, a, state.transparency_log())
            state.remember_checkpoint(text)
            return text

        note = await run_in_threadpool(run_api, request, work, read_only=True)
    return PlainTextResponse(note, media_type="text/plain; charset=utf-8")


@router.get("/log/entries", response_model=schemas.Page[schemas.LogEntryOut])
def entries(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.LogEntryOut]:
    """The entries (no personal data: ids, codes, hashes, times)."""
    state = app_state(request)

    def work(s: Session, a: Actor) -> schemas.Page[schemas.LogEntryOut]:
        rows, total = queries.log_entries(
            s, a, state.transparency_log(), limit=limit, offset=offset
        )
        return schemas.Page[schemas.LogEntryOut](
            items=rows, total=total, limit=limit, offset=offset
        )

    return run_api(request, work, read_only=True)


@router.post("/log/verify", response_model=schemas.VerificationOut)
def verify(request: Request) -> schemas.VerificationOut:
    """Export the log and verify it as an auditor would offline (signature, every leaf, root)."""
    state = app_state(request)

    def work(s: Session, a: Actor) -> schemas.VerificationOut:
        log = state.transparency_log()
        return queries.verify_log(s, a, log, state.ctx.keyring.log_verifier_key_text())

    return run_api(request, work)


@router.get(
    "/log/export",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}}},
)
def export(request: Request) -> Response:
    """A zip to verify offline with `prevent-gateway log verify` (or any C2SP/RFC 9162 tool)."""
    state = app_state(request)
    content, size = run_api(
        request, lambda s, a: queries.export_zip(s, a, state.transparency_log())
    )
    return Response(
        content,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="sharing-log-{size}.zip"'},
    )


@router.get("/access-log", response_model=schemas.Page[schemas.AccessEventOut])
def access_log(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.AccessEventOut]:
    """Every read of case data: who, what, when, from where, through which door. Newest first."""

    def work(s: Session, a: Actor) -> schemas.Page[schemas.AccessEventOut]:
        rows, total = queries.access_events(s, a, limit=limit, offset=offset)
        return schemas.Page[schemas.AccessEventOut](
            items=rows, total=total, limit=limit, offset=offset
        )

    return run_api(request, work)


@router.post("/access-log/verify", response_model=schemas.AccessLogCheckOut)
def access_log_verify(request: Request) -> schemas.AccessLogCheckOut:
    """Check that the database refuses edits to the access log."""
    state = app_state(request)
    return run_api(request, lambda s, a: queries.check_access_log(s, a, state.transparency_log()))
