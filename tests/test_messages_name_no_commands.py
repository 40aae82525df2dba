"""A message that can reach a web page or an API client never tells the person to run a
`prevent-gateway` command: they may have no shell on the server, and the same error is shown on
every door. Only code that runs solely on the server's command line may name one.

The commands are read from the CLI itself, so a new command is covered without listing it."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import typer

from gateway.cli.main import app

ROOT = Path(__file__).resolve().parents[1]
GATEWAY = ROOT / "gateway"

#: Code that runs only on the server's command line, where naming a command is the help wanted:
#: (file, function) with "*" for the whole file.
COMMAND_LINE_ONLY = {
    ("gateway/installation.py", "*"): "init and its checks, run by `prevent-gateway init`",
    ("gateway/demo.py", "*"): "the demo, run by `prevent-gateway demo`",
    ("gateway/context.py", "open_installation"): "opening the installation for a CLI command",
    ("gateway/keys/keyring.py", "create"): "making the keys, which only init does",
    ("gateway/auth/identity.py", ""): "CLI_CREDENTIAL_HINT: what a command without a credential "
    "is told (only the command line's identity uses it)",
    ("gateway/config.py", "api_token"): "the command line's token file (only the CLI reads it)",
}


@cache
def command_paths() -> tuple[str, ...]:
    """Every command of the CLI, as typed after `prevent-gateway` ("init", "case show" ...)."""
    root = typer.main.get_command(app)

    def walk(command: Any, prefix: tuple[str, ...]) -> Iterator[str]:
        if hasattr(command, "list_commands"):
            for name in command.list_commands(None):
                yield from walk(command.get_command(None, name), (*prefix, name))
        else:
            yield " ".join(prefix)

    return tuple(walk(root, ()))


@cache
def command_pattern() -> re.Pattern[str]:
    paths = sorted(command_paths(), key=len, reverse=True)
    commands = "|".join(re.escape(p) for p in paths)
    groups = "|".join(sorted({re.escape(p.split()[0]) for p in paths}, key=len, reverse=True))
    return re.compile(
        # "prevent-gateway case list", or a command or group quoted as code: `log verify`,
        # <code>prevent-gateway dpia</code>
        rf"prevent-gateway\s+(?:{commands})(?![\w:-])"
        rf"|(?:`|<code>)\s*(?:prevent-gateway\s+)?(?:{commands})(?![\w:-])"
        rf"|(?:`|<code>)\s*prevent-gateway\s+(?:{groups})(?=\s|`|<)"
    )


def names_a_command(text: str) -> bool:
    return command_pattern().search(text) is not None


def test_the_pattern_recognises_commands_and_ignores_prose() -> None:
    assert len(command_paths()) > 50 and "disclosure export-package" in command_paths()
    assert names_a_command("Run `prevent-gateway init` first.")
    assert names_a_command("List them with prevent-gateway recipient list.")
    assert names_a_command("Export it again with `disclosure export-package DR-2026-0001`.")
    assert names_a_command("Paste what <code>keys recipient-new</code> printed.")
    assert names_a_command("The same steps are in <code>prevent-gateway dpia</code>.")
    assert not names_a_command("The retention schedule has no rule for: dpia.")
    assert not names_a_command("Stop other prevent-gateway processes and try again.")
    assert not names_a_command("# prevent-gateway recipient key (X25519, HPKE)")
    assert not names_a_command("Verify it offline with `prevent-gateway-verify log`.")
    assert not names_a_command("`concern:<id>` names it as an item of a disclosure.")


def _text(node: ast.AST) -> str:
    """The literal text of a string expression (f-string values as {}), else ''."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            _text(v) if not isinstance(v, ast.FormattedValue) else "{}" for v in node.values
        )
    return ""


def _is_docstring(node: ast.AST, parent: ast.AST) -> bool:
    body = getattr(parent, "body", None)
    return (
        isinstance(parent, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and isinstance(body, list)
        and bool(body)
        and isinstance(body[0], ast.Expr)
        and body[0].value is node
    )


def _strings(tree: ast.Module, routes: bool) -> Iterator[tuple[str, int, str]]:
    """(enclosing function, line, text) of every string in the module but docstrings, and for
    ``routes`` the functions' docstrings too (a route's docstring describes it in /docs)."""

    def visit(node: ast.AST, function: str) -> Iterator[tuple[str, int, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Constant | ast.JoinedStr):
                if isinstance(node, ast.JoinedStr):
                    continue  # a piece of an f-string: its whole text is checked
                docstring = _is_docstring(child, getattr(node, "_parent", node))
                route_doc = routes and isinstance(
                    getattr(node, "_parent", None), ast.FunctionDef | ast.AsyncFunctionDef
                )
                if not docstring or route_doc:
                    text = _text(child)
                    if text:
                        yield function, child.lineno, text
            name = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = child.name
            child._parent = node  # type: ignore[attr-defined]
            yield from visit(child, name)

    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            child._parent = node  # type: ignore[attr-defined]
    yield from visit(tree, "")


def test_no_text_outside_the_cli_names_a_command() -> None:
    """Error messages and hints, the API's descriptions, the PDFs and pages: anything a person
    can read through the web or the API (implicitly joined strings are one constant)."""
    found = []
    scanned = 0
    for path in sorted(GATEWAY.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("gateway/cli/") or (rel, "*") in COMMAND_LINE_ONLY:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        routes = rel.startswith("gateway/api/routers/")
        for function, line, text in _strings(tree, routes=routes):
            scanned += 1
            if names_a_command(text) and (rel, function) not in COMMAND_LINE_ONLY:
                found.append(f"{rel}:{line}: {text!r}")
    assert scanned > 2000, "the scan found few strings: is it still reading the sources?"
    assert found == [], "text that reaches the web and the API names a CLI command:\n" + "\n".join(
        found
    )


def test_no_page_names_a_command() -> None:
    pages = sorted((GATEWAY / "web" / "templates").glob("*.html"))
    assert pages
    found = [
        f"{page.name}: {line.strip()[:120]}"
        for page in pages
        for line in page.read_text(encoding="utf-8").splitlines()
        if names_a_command(line)
    ]
    assert found == [], "pages that name a CLI command:\n" + "\n".join(found)
