"""What every command shares: the acting user, one transaction per command, clear errors."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer

from gateway.errors import GatewayError, InvalidInput

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
    environment when a command first needs them (so `--help` reads nothing), and the proof of
    who is acting, obtained once per run (an interactive sign-in asks once)."""

    _settings: Settings | None = field(default=None)
    proof: CliProof | None = field(default=None)

    def settings(self) -> Settings:
        if self._settings is None:
            from gateway.config import load_settings

            self._settings = load_settings()
        return self._settings


@dataclass(frozen=True)
class CliProof:
    """How this run proves who is acting: an API token, or the session an interactive sign-in
    started (ended when the run ends); neither when there is no token and no terminal."""

    token: str | None = None
    session_id: str | None = None


_ENVIRONMENT = "prevent_gateway.environment"


def current_click_context() -> Any:
    """The click context of the command being run, or None outside a run. Recent Typer releases
    run on their own copy of click, whose contexts the click package does not see."""
    import importlib

    try:
        module = importlib.import_module("typer._click.globals")
    except ImportError:  # an older Typer, on the click package itself
        module = importlib.import_module("click")
    return module.get_current_context(silent=True)


def _environment() -> CliEnvironment:
    """This command line run's environment (click's context metadata lives exactly as long as the
    run); a fresh one outside a run."""
    ctx = current_click_context()
    if ctx is None:
        return CliEnvironment()
    env = ctx.meta.setdefault(_ENVIRONMENT, CliEnvironment())
    assert isinstance(env, CliEnvironment)
    return env


def cli_settings() -> Settings:
    """The settings of this command line run: read once per run and shared by its commands."""
    return _environment().settings()


AsUser = Annotated[
    str,
    typer.Option(
        "--as",
        # Optional: the token or sign-in proves who acts; `--as` only has to agree with it.
        default_factory=str,
        show_default=False,
        help="Your username (or PREVENT_GATEWAY_USER); optional: it must be the account your "
        "API token (PREVENT_GATEWAY_TOKEN) or your sign-in proves. Every action is recorded "
        "against that account.",
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


def read_text_input(source: Path, what: str) -> str:
    """Text a person gives in a file, or on standard input when ``source`` is ``-``: free text
    (a concern, a note) and secrets stay out of the command line, where ``ps`` and the shell's
    history would keep them."""
    from gateway.errors import InvalidInput

    try:
        if str(source) == "-":
            text = sys.stdin.read()
        else:
            text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            f"Cannot read {what} from {source}: {exc}.",
            hint="Give a UTF-8 text file, or '-' to read it from standard input.",
        ) from None
    return text


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
    """Run one use case as one all-or-nothing transaction, as the person this run proves to be;
    ``username`` (``--as``, may be empty) must be that person."""
    ctx = open_ctx()
    try:
        return run_in(ctx, username, use_case, *args, **kwargs)
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
    """As :func:`run`, in a context the command already opened (for its keys or log).

    The proof (token or sign-in) is checked inside the use case's transaction, as the API checks
    its bearer token. A refused proof that named an account leaves one access-log row, written
    in a transaction of its own once the refused one has rolled back."""
    from gateway.auth import use_cases as auth
    from gateway.auth.identity import CliCredential

    claimed = username.strip() or cli_settings().user or None
    proof = _proof(ctx, claimed)
    identity = CliCredential(
        token=proof.token, session_id=proof.session_id, claimed=claimed, clock=ctx.clock
    )
    try:
        return ctx.work().run(identity, use_case, *args, **kwargs)
    except GatewayError:
        if identity.refused_account is not None and claimed is not None:
            ctx.work().run_signing_in(
                auth.record_refused_command, account=identity.refused_account, named=claimed
            )
        raise


def stdin_is_terminal() -> bool:
    """Whether a person is at a terminal to sign in (never when input is piped or scripted)."""
    return sys.stdin.isatty()


def _proof(ctx: AppContext, claimed: str | None) -> CliProof:
    """This run's proof of who is acting, obtained on first use: the API token from the
    settings; else, at a terminal, a sign-in with password and security code (asked once per
    run; its session ends with the run); else nothing (the use case then refuses)."""
    env = _environment()
    if env.proof is None:
        token = cli_settings().api_token()
        if token is not None:
            env.proof = CliProof(token=token)
        elif stdin_is_terminal():
            env.proof = CliProof(session_id=_sign_in(ctx, claimed))
        else:
            env.proof = CliProof()
    return env.proof


def _sign_in(ctx: AppContext, claimed: str | None) -> str:
    """Ask for the username (unless --as named it), the password and the security code, never
    echoed; sign in as the sign-in page does (throttling and lockout included). Returns the
    session id; the session ends when this command line run does."""
    from gateway.auth import use_cases as auth
    from gateway.auth.errors import AuthenticationFailed, SignInThrottled

    err = console(stderr=True)
    err.print("No API token is set (PREVENT_GATEWAY_TOKEN): sign in to carry on.")
    username = claimed or typer.prompt("Username", err=True).strip()
    if claimed:
        err.print(f"Signing in as {claimed}.", markup=False)
    password = typer.prompt("Password", hide_input=True, err=True)
    code = typer.prompt(
        "Security code from your authenticator (leave empty if you have none)",
        default="",
        show_default=False,
        hide_input=True,
        err=True,
    )
    try:
        # As the sign-in page: the attempt is counted (and refused while this username is
        # paused) before the credentials are looked at.
        attempt = ctx.work().run_signing_in(auth.admit_sign_in, username=username, source=None)
        signed_in = ctx.work().run_signing_in(
            auth.sign_in,
            attempt=attempt,
            username=username,
            password=password,
            totp_code=code.strip() or None,
            source=None,
        )
    except (AuthenticationFailed, SignInThrottled):
        ctx.work().run_signing_in(auth.record_refused_command, account=username, named=username)
        raise
    session_id = signed_in.session_id
    click_ctx = current_click_context()
    if click_ctx is not None:
        click_ctx.find_root().call_on_close(lambda: _sign_out(session_id))
    return session_id


def _sign_out(session_id: str) -> None:
    """End the session a run's sign-in started (its own transaction, after the command)."""
    from gateway.auth import use_cases as auth
    from gateway.auth.identity import CliCredential

    try:
        ctx = open_ctx()
        try:
            ctx.work().run(
                CliCredential(session_id=session_id, clock=ctx.clock), auth.sign_out, session_id
            )
        finally:
            ctx.close()
    except GatewayError as exc:  # the command itself is done; the session expires anyway
        console(stderr=True).print(
            f"Warning: could not end this sign-in's session: {exc.message}", markup=False
        )


def _settings_problem(exc: Exception) -> str | None:
    """A setting with a bad value, named as the environment variable a person sets."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError) or exc.title != "Settings":
        return None
    parts = []
    for error in exc.errors():
        field = ".".join(str(p) for p in error["loc"])
        name = f"PREVENT_GATEWAY_{field.upper()}" if field else "the settings"
        parts.append(f"{name}: {error['msg'].removeprefix('Value error, ')}")
    return "A setting is not valid, so nothing was done: " + "; ".join(parts) + "."


def run_cli(app: typer.Typer) -> None:
    """Run the app, turning our typed errors into a clear message and a non-zero exit."""
    try:
        # Without standalone mode click returns a command's exit code instead of exiting.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code != 0:
            sys.exit(code)
    except GatewayError as exc:
        try:
            fail(exc.message, exc.hint, code=2 if isinstance(exc, InvalidInput) else 1)
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
        problem = _settings_problem(exc)
        if problem is not None:
            try:
                fail(problem, "Correct that setting (environment or .env) and run it again.", 2)
            except typer.Exit as exit_:
                sys.exit(exit_.exit_code)
        try:
            fail(
                f"Something went wrong inside prevent-gateway ({type(exc).__name__}); "
                "nothing was saved (each command is one transaction).",
                "Run the command again; if it happens again, report it with the command you ran.",
                code=70,
            )
        except typer.Exit as exit_:
            sys.exit(exit_.exit_code)
