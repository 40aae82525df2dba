"""`prevent-gateway init` refuses the example sharing-log origin and organisation name (an
origin is fixed for ever in the checkpoints) unless `--demo`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from gateway.cli import setup


@pytest.fixture
def init_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[typer.Typer]:
    for name in list(__import__("os").environ):
        if name.startswith("PREVENT_GATEWAY_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("gateway.keys.pkcs8.PBKDF2_ITERATIONS", 1000)
    app = typer.Typer()
    setup.register(app)

    @app.command("noop")
    def noop() -> None:  # a second command keeps `init` a named subcommand
        """Nothing."""

    yield app


def _said(result: object) -> str:
    """What the person is told: the output, or the refusal the command line prints (the door's
    translation of errors is tested in test_errors_through_doors)."""
    output = getattr(result, "output", "")
    exception = getattr(result, "exception", None)
    return " ".join(f"{output} {exception or ''}".split())


def test_init_refuses_the_example_origin(init_app: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(init_app, ["init", "--admin-staff-id", "IT-0001"])
    assert result.exit_code != 0
    text = _said(result)
    assert "still the example 'prevent-gateway.example.ac.uk/sharing-log'" in text
    assert "PREVENT_GATEWAY_LOG_ORIGIN" in text and "--demo" in text
    assert not (tmp_path / "data" / "keys").exists()


def test_init_refuses_the_example_organisation_name(
    init_app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREVENT_GATEWAY_LOG_ORIGIN", "prevent.uni-a.example/sharing-log")
    result = CliRunner().invoke(init_app, ["init", "--admin-staff-id", "IT-0001"])
    assert result.exit_code != 0
    assert "PREVENT_GATEWAY_ORGANISATION_NAME" in _said(result)
    assert not (tmp_path / "data" / "keys").exists()


def test_init_accepts_an_own_identity_and_demo_accepts_the_examples(
    init_app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = CliRunner().invoke(init_app, ["init", "--demo", "--admin-staff-id", "IT-0001"])
    assert demo.exit_code == 0, demo.output
    assert (tmp_path / "data" / "keys" / "keyring.json").is_file()

    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "own"))
    monkeypatch.setenv("PREVENT_GATEWAY_LOG_ORIGIN", "prevent.uni-a.example/sharing-log")
    monkeypatch.setenv("PREVENT_GATEWAY_ORGANISATION_NAME", "University A")
    own = CliRunner().invoke(init_app, ["init", "--admin-staff-id", "IT-0001"])
    assert own.exit_code == 0, own.output
    keyring = (tmp_path / "own" / "keys" / "keyring.json").read_text()
    assert "prevent.uni-a.example/sharing-log" in keyring
