"""What every command shares: the acting user, one transaction per command, clear errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.context import AppContext

T = TypeVar("T")

AsUser = Annotated[
    str,
    typer.Option(
        "--as",
        envvar="PREVENT_GATEWAY_USER",
        help="Your username (or set PREVENT_GATEWAY_USER). Every action is recorded against it.",
    ),
]


def fail(message: str, hint: str | None = None, code: int = 1) -> NoReturn:
    from rich.console import Console

    err = Console(stderr=True, highlight=False)
    err.print(f"[bold red]Error:[/] {message}")
    if hint:
        err.print(f"[yellow]How to fix:[/] {hint}")
    raise typer.Exit(code)


def console() -> object:
    from rich.console import Console

    return Console(highlight=False)


def open_ctx() -> AppContext:
    from gateway.context import open_context
    from gateway.errors import SetupRequired
    from gateway.migrate import current_revision

    ctx = open_context()
    if current_revision(ctx.engine) is None:
        raise SetupRequired(
            f"No prevent-gateway database at {ctx.settings.resolved_database_url}.",
            hint="Run `prevent-gateway init` first (or set PREVENT_GATEWAY_DATA_DIR / "
            "PREVENT_GATEWAY_DATABASE_URL to your installation).",
        )
    return ctx


def act(username: str, work: Callable[[Session, Actor, AppContext], T], channel: str = "cli") -> T:
    """Run one command as one all-or-nothing transaction, acting as ``username``."""
    from gateway.actor import Actor
    from gateway.db import transaction
    from gateway.users.service import get_user

    ctx = open_ctx()
    try:
        with transaction(ctx.sessions) as session:
            actor = Actor(get_user(session, username), channel=channel)
            return work(session, actor, ctx)
    finally:
        ctx.close()


def run_cli(app: typer.Typer) -> None:
    """Run the app, turning our typed errors into a clear message and a non-zero exit."""
    from gateway.errors import GatewayError

    try:
        # Without standalone mode click returns a command's exit code instead of exiting.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code != 0:
            sys.exit(code)
    except GatewayError as exc:
        try:
            fail(exc.message, exc.hint, code=2 if exc.code == "invalid-input" else 1)
        except typer.Exit as exit_:
            sys.exit(exit_.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    except typer.TyperException as exc:  # usage errors: click's own message and exit code
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        sys.exit(getattr(exc, "exit_code", 2))
