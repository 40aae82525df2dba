"""How every API route runs: the caller's bearer token proven, the route's rule checked, one use
case run in one transaction (:class:`gateway.runner.UnitOfWork`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ParamSpec, TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from gateway.auth.identity import BearerToken
from gateway.http.access import authorise
from gateway.http.state import app_state, bearer_token, client_source

if TYPE_CHECKING:
    from gateway.runner import UseCase

P = ParamSpec("P")
T = TypeVar("T")


def identity(request: Request, *, read_only: bool = False) -> BearerToken:
    """Who is calling: the bearer token, checked against the route table once proven."""
    state = app_state(request)
    return BearerToken(
        bearer_token(request),
        client_source(request),
        authorise=lambda actor: authorise(request, actor),
        touch=not read_only,
        on_valid=state.remember_token,
        clock=state.ctx.clock,
    )


def call(
    request: Request,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """One API call: prove the token, check the route's rule, run ``use_case``, commit."""
    work = app_state(request).work()
    return work.run(identity(request), use_case, *args, **kwargs)


def call_read_only(
    request: Request,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """As :func:`call`, for use cases that record nothing (no case data, so no access-log row):
    no write lock is taken and the token's last use is not updated."""
    work = app_state(request).work(read_only=True)
    return work.run(identity(request, read_only=True), use_case, *args, **kwargs)


async def call_async(
    request: Request,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """:func:`call` from an ``async`` route (off the event loop)."""
    work = app_state(request).work()
    return await run_in_threadpool(work.run, identity(request), use_case, *args, **kwargs)
