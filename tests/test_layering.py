"""The three libraries know nothing of the application."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIBRARIES = ("sharing_log", "redaction", "dpia")


@pytest.mark.parametrize("library", LIBRARIES)
def test_library_source_never_imports_gateway(library: str) -> None:
    offenders = []
    for path in (ROOT / library).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n == "gateway" or n.startswith("gateway.")]
    assert offenders == []


@pytest.mark.parametrize("library", LIBRARIES)
def test_library_imports_without_loading_gateway(library: str) -> None:
    probe = f"import sys, {library}; print(any(m.split('.')[0] == 'gateway' for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"


# --- inside gateway/: adapters -> use cases -> domain -> libraries -----------------------------

GATEWAY = ROOT / "gateway"
ADAPTER_DIRS = ("gateway/cli", "gateway/api/routers", "gateway/web")
#: Calls that read or write the database through a session or connection.
SESSION_CALLS = {"add", "add_all", "execute", "scalar", "scalars", "get", "flush", "delete",
                 "commit", "query", "merge", "refresh", "connect", "begin"}
SESSION_NAMES = {"s", "session", "db", "conn", "connection"}

def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _imports(tree: ast.AST, path: Path) -> list[str]:
    names: list[str] = []
    package = _module_name(path).rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names.append(base)
            names += [f"{base}.{alias.name}" for alias in node.names]
    return names


def adapter_offences(path: Path) -> list[str]:
    """What an adapter module does that belongs in a use case."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for name in _imports(tree, path):
        top = name.split(".")
        if top[0] == "sqlalchemy":
            found.append(f"imports {name}")
        elif name == "gateway.db" or (top[0] == "gateway" and "models" in top[1:]):
            found.append(f"imports {name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr, target = node.func.attr, node.func.value
            if attr == "require":
                found.append(f"line {node.lineno}: checks a permission (.require)")
            elif attr in SESSION_CALLS and isinstance(target, ast.Name) and (
                target.id in SESSION_NAMES
            ):
                found.append(f"line {node.lineno}: uses a session ({target.id}.{attr})")
        elif isinstance(node, ast.Attribute) and node.attr in ("sessions", "engine"):
            found.append(f"line {node.lineno}: reaches the database (.{node.attr})")
        elif isinstance(node, ast.Name) and node.id in ("Session", "sessionmaker", "transaction"):
            found.append(f"line {node.lineno}: names {node.id}")
        elif isinstance(node, ast.arg) and node.arg in SESSION_NAMES:
            found.append(f"line {node.lineno}: takes a session ({node.arg})")
    return sorted(set(found))


def _adapter_modules() -> list[Path]:
    return sorted(p for d in ADAPTER_DIRS for p in (ROOT / d).rglob("*.py"))


def test_adapters_only_parse_call_a_use_case_and_format() -> None:
    offenders = {_module_name(p): adapter_offences(p) for p in _adapter_modules()}
    assert {name: what for name, what in offenders.items() if what} == {}


def test_the_layering_check_catches_each_kind_of_offence(tmp_path: Path) -> None:
    bad = tmp_path / "gateway" / "web" / "bad_pages.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "from sqlalchemy import select\n"
        "from gateway.cases.models import Case\n"
        "def page(s, actor):\n"
        "    actor.require('x')\n"
        "    return s.scalar(select(Case))\n",
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = adapter_offences(bad)
    finally:
        ROOT = saved
    assert "imports sqlalchemy" in found
    assert "imports gateway.cases.models" in found
    assert any(".require" in f for f in found)
    assert any("s.scalar" in f for f in found)


def test_the_api_and_the_pages_never_import_each_other() -> None:
    offenders = set()
    for door, other in (("gateway/api", "gateway.web"), ("gateway/web", "gateway.api")):
        for path in (ROOT / door).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if any(n == other or n.startswith(other + ".") for n in _imports(tree, path)):
                offenders.add(_module_name(path))
    assert offenders == set()


def _inner_modules() -> list[Path]:
    """Everything in gateway/ below the doors: areas, use cases, domain, plumbing."""
    doors = ("cli", "api", "web", "http")
    return sorted(p for p in GATEWAY.rglob("*.py")
                  if p.relative_to(GATEWAY).parts[0] not in doors
                  and "migrations" not in p.parts)


def test_nothing_below_the_doors_imports_a_door() -> None:
    offenders = set()
    for path in _inner_modules():
        if path.name == "demo.py":  # the demo is an entry point of its own
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in _imports(tree, path):
            if name.split(".")[:2] in (["gateway", "cli"], ["gateway", "api"],
                                       ["gateway", "web"], ["gateway", "http"]) or (
                name.split(".")[0] in ("fastapi", "starlette", "typer")
            ):
                offenders.add(_module_name(path))
    assert offenders == set()


def test_domain_rules_are_plain_python() -> None:
    offenders = []
    for path in GATEWAY.rglob("domain.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in _imports(tree, path):
            top = name.split(".")
            if top[0] in ("sqlalchemy", "fastapi", "typer") or (
                top[0] == "gateway" and any(p in top for p in ("models", "use_cases", "service"))
            ):
                offenders.append(f"{_module_name(path)}: {name}")
    assert offenders == []


def test_nothing_below_the_entry_points_reads_the_environment() -> None:
    """Settings are read once, at an entry point (gateway.config.load_settings), and passed down."""
    offenders = set()
    for path in GATEWAY.rglob("*.py"):
        if path.name == "config.py" or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("os.environ", "os.getenv", "getenv(", "envvar="):
            if needle in text:
                offenders.add(_module_name(path))
    assert offenders == set()


def test_no_door_takes_who_is_acting_on_trust() -> None:
    """The doors prove who is acting (a token, a sign-in, a session): no CLI command, route or
    page names an account with an identity that proves nothing."""
    trusting = {"LocalUser", "LocalOperator", "run_as_operator", "run_as_operator_in"}
    offenders = []
    for directory in ADAPTER_DIRS:
        for path in (ROOT / directory).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            offenders += [
                f"{_module_name(path)}: {node.id if isinstance(node, ast.Name) else node.attr}"
                for node in ast.walk(tree)
                if (isinstance(node, ast.Name) and node.id in trusting)
                or (isinstance(node, ast.Attribute) and node.attr in trusting)
            ]
            offenders += [
                f"{_module_name(path)}: imports {alias.name}"
                for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom)
                for alias in node.names
                if alias.name in trusting
            ]
    assert offenders == []


def test_each_library_has_one_error_root() -> None:
    """As sigstore-python's Error: every error a library defines derives from the library's one
    root (the sharing log's storage and its verifier share the verifier's root)."""
    import importlib
    import inspect
    import pkgutil

    import dpia
    import prevent_gateway_verify
    import redaction
    import sharing_log
    from prevent_gateway_verify.errors import Error

    roots: dict[str, type[Exception]] = {
        "dpia": importlib.import_module("dpia.errors").DPIAError,
        "redaction": importlib.import_module("redaction.errors").RedactionError,
        "sharing_log": Error,
        "prevent_gateway_verify": Error,
    }
    outside_root = []
    for package in (dpia, redaction, sharing_log, prevent_gateway_verify):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ != module.__name__ or not issubclass(cls, Exception):
                    continue
                if cls.__name__.startswith("_"):  # private control flow inside a command
                    continue
                if not issubclass(cls, roots[package.__name__]):
                    outside_root.append(f"{cls.__module__}.{cls.__name__}")
    assert outside_root == []
    assert issubclass(sharing_log.SharingLogError, Error)
