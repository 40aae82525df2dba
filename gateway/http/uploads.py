"""An evidence upload far over the per-file limit is refused before its body is read whole.

FastAPI reads and parses a JSON body before the route runs, and a page reads its multipart form
before the use case sees the file: without this, a caller could make the server take in a body
of any size (the API's ``content_base64`` is one string) before the intake's limit refused it.
In front of the two upload routes (``POST /api/v1/cases/{reference}/evidence`` and the case
page's ``POST /cases/{reference}/evidence``), a body longer than the largest file the
installation accepts could need (base64 for the API) plus room for the other fields is refused
with the intake's own message, from its ``Content-Length`` or, without one, as soon as that much
has come in. Anything under that goes on to the intake, which checks the file's exact size.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from gateway.cases import intake
from gateway.http.access import API_PREFIX
from gateway.http.problems import problem_for
from gateway.http.state import app_state

#: Room for the fields beside the file: a description and a provenance of up to 20,000
#: characters each (JSON may escape a character as 6 bytes), a file name, a CSRF token.
FIELDS_ROOM = 256 * 1024

_API_UPLOAD = re.compile(rf"^{re.escape(API_PREFIX)}/cases/[^/]+/evidence/?$")
_PAGE_UPLOAD = re.compile(r"^/cases/[^/]+/evidence/?$")


def body_limit(path: str, max_file_bytes: int) -> int | None:
    """The most an upload to ``path`` may carry; None for any other path."""
    if _API_UPLOAD.match(path):
        return -(-max_file_bytes // 3) * 4 + FIELDS_ROOM  # the file as base64
    if _PAGE_UPLOAD.match(path):
        return max_file_bytes + FIELDS_ROOM
    return None


class EvidenceUploadLimit:
    """Plain ASGI middleware: see the module's docstring."""

    def __init__(self, app: Any, *, wants_html: Any) -> None:
        self.app = app
        self.wants_html = wants_html

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        request = Request(scope)  # no receive: this never reads the body
        rules = app_state(request).ctx.settings.evidence_rules
        limit = body_limit(scope["path"], rules.max_file_bytes)
        if limit is None:
            await self.app(scope, receive, send)
            return
        length = request.headers.get("content-length", "").strip()
        if length.isdigit() and int(length) > limit:
            await self._refuse(request, rules, receive, send)
            return
        received = 0
        over = False
        started = False

        async def counted() -> Any:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    # The app stops reading as if the client had gone; the refusal follows.
                    return {"type": "http.disconnect"}
            return message

        async def guarded(message: Any) -> None:
            nonlocal started
            if over:
                return  # the app's answer to the cut-off body is replaced by the refusal
            started = True
            await send(message)

        try:
            await self.app(scope, counted, guarded)
        except Exception:
            if not over:
                raise
        if over and not started:
            await self._refuse(request, rules, receive, send)

    async def _refuse(
        self, request: Request, rules: intake.IntakeRules, receive: Any, send: Any
    ) -> None:
        error = intake.too_large(f"more than {intake.megabytes(rules.max_file_bytes)}", rules)
        if self.wants_html(request):
            response = await run_in_threadpool(self.wants_html.render_error, request, error, 422)
        else:
            response = problem_for(error, request)
        # The rest of the body is not read: the connection is closed after this answer.
        response.headers["Connection"] = "close"
        await response(request.scope, receive, send)
