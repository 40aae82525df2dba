"""What every command shares: the acting user, one transaction per command, clear errors."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, NoReturn, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from gateway.config import Settings
    from gateway.context import AppContext
    from gateway.runner import UseCase

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class CliEnvironment:
    """What the command line's entry point hands every command: the settings, read once from the
    environment when a command first needs them (so `--help` reads nothing)."""

    _settings: Settings | None = field(default=None)

    def settings(self) -> Settings:
        if self._settings is None:
            from gateway.config import load_settings

            self._settings = load_settings()
        return self._settings


_ENVIRONMENT = "prevent_gateway.environment"


def cli_settings() -> Settings:
    """The settings of this command line run: read once per run and shared by its commands
    (click's context metadata lives exactly as long as the run)."""
    import click

    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return CliEnvironment().settings()
    env = ctx.meta.setdefault(_ENVIRONMENT, CliEnvironment())
    assert isinstance(env, CliEnvironment)
    return env.settings()

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


def console(*, stderr: bool = False) -> Console:
    """Where a command prints. Piped into a file or another program, lines are never cut to fit
    80 columns (a terminal's own width applies only to a terminal)."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else 100_000
    return Console(highlight=False, stderr=stderr, width=width, soft_wrap=width is not None)


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print the result as JSON (for scripts).")
]


def print_json(value: object) -> None:
    """A view model, or a list of them, as indented JSON on standard output."""
    import json

    from pydantic import BaseModel

    def plain(item: object) -> object:
        if isinstance(item, BaseModel):
            return item.model_dump(mode="json")
        if isinstance(item, list | tuple):
            return [plain(i) for i in item]
        return item

    typer.echo(json.dumps(plain(value), indent=2, ensure_ascii=False))


def say(text: str) -> None:
    """One line (or several) of plain text: no markup, never cut when piped."""
    console().print(text, markup=False, highlight=False)


def open_ctx() -> AppContext:
    from gateway.context import open_installation

    return open_installation(cli_settings())


def run(
    username: str,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """Run one use case as one all-or-nothing transaction, acting as ``username``."""
    from gateway.auth.identity import LocalUser

    ctx = open_ctx()
    try:
        return ctx.work().run(LocalUser(username), use_case, *args, **kwargs)
    finally:
        ctx.close()


def run_in(
    ctx: AppContext,
    username: str,
    use_case: UseCase[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """As :func:`run`, in a context the command already opened (for its keys or log)."""
    from gateway.auth.identity import LocalUser

    return ctx.work().run(LocalUser(username), use_case, *args, **kwargs)


def run_as_operator_in(
    ctx: AppContext, use_case: UseCase[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """Run a use case for a command that names no account: as the server's local operator (a
    recorded system account), so the permission check and the record still happen."""
    from gateway.auth.identity import LocalOperator

    return ctx.work().run(LocalOperator(), use_case, *args, **kwargs)


def run_as_operator(use_case: UseCase[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """As :func:`run_as_operator_in`, in a context of its own."""
    ctx = open_ctx()
    try:
        return run_as_operator_in(ctx, use_case, *args, **kwargs)
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
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a fault of ours: a message, never a traceback
        try:
            fail(
                f"Something went wrong inside prevent-gateway ({type(exc).__name__}); "
                "nothing was saved (each command is one transaction).",
                "Run the command again; if it happens again, report it with the command you ran.",
                code=70,
            )
        except typer.Exit as exit_:
            sys.exit(exit_.exit_code)
