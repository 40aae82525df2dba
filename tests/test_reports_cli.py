"""The report, training and sar command groups, run as a user would (one transaction each)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from sqlalchemy.engine import Engine

import gateway.models  # noqa: F401
from gateway.cli import report, sar, training
from gateway.config import load_settings
from gateway.db import Base, make_session_factory, transaction
from gateway.keys import Keyring, UnencryptedKeyWarning
from gateway.users.domain import Role
from gateway.users.service import create_user
from tests.support import CliAs

ORIGIN = "cli.example.ac.uk/sharing-log"


@pytest.fixture
def cli(engine: Engine, database_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[typer.Typer]:
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    monkeypatch.setenv("PREVENT_GATEWAY_LOG_ORIGIN", ORIGIN)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnencryptedKeyWarning)
        Keyring.create(load_settings().keys_dir, None, ORIGIN)
    Base.metadata.create_all(engine)
    with transaction(make_session_factory(engine)) as s:
        for username, role in (("lead", Role.PREVENT_LEAD), ("dpo", Role.DPO),
                               ("auditor", Role.AUDITOR), ("tutor", Role.TUTOR)):
            create_user(s, username=username, display_name=username.title(), role=role,
                        staff_id=f"ST-{username}",
                        actor=None)
    app = typer.Typer()
    app.add_typer(report.app, name="report")
    app.add_typer(training.app, name="training")
    app.add_typer(sar.app, name="sar")
    yield app


def _run(app: typer.Typer, *args: str) -> str:
    result = CliAs().invoke(app, list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def test_training_then_annual_report_in_every_format(cli: typer.Typer, tmp_path: Path) -> None:
    _run(cli, "training", "record", "--staff-id", "AT1", "--name", "Ann Tutor", "--group",
         "associate_tutor", "--completed-on", "2020-09-01", "--as", "lead")
    assert "overdue" in _run(cli, "training", "due", "--as", "auditor")
    _run(cli, "training", "record", "--staff-id", "AT1", "--name", "Ann Tutor", "--group",
         "associate_tutor", "--completed-on", "2025-09-01", "--refresher", "--as", "lead")
    assert "1 of 1 in date" in _run(cli, "training", "list", "--as", "auditor",
                                    "--refresher-months", "36")
    for fmt in ("pdf", "csv", "json"):
        out = tmp_path / f"report.{fmt}"
        _run(cli, "report", "annual", "--year", "2025", "--out", str(out), "--format", fmt,
             "--as", "auditor")
        assert out.stat().st_size > 0
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["academic_year"] == "2025-26"
    figures = {f["key"]: f["value"] for f in data["figures"]}
    assert figures["training.completed_in_year.refresher"] == 1
    assert "training.completed_in_year.refresher" in (tmp_path / "report.csv").read_text()
    traced = _run(cli, "report", "trace", "training.completed_in_year.refresher", "--year",
                  "2025", "--as", "auditor")
    assert "training_completion:2" in traced
    assert "Staff who completed refresher" in _run(cli, "report", "ofs", "--year", "2025",
                                                   "--as", "auditor")


def test_refusals_exit_non_zero(cli: typer.Typer, tmp_path: Path) -> None:
    runner = CliAs()
    refused = runner.invoke(cli, ["report", "annual", "--year", "2025", "--out",
                                  str(tmp_path / "r.pdf"), "--as", "tutor"])
    assert refused.exit_code != 0 and not (tmp_path / "r.pdf").exists()
    assert runner.invoke(cli, ["sar", "open", "S1", "--as", "lead"]).exit_code != 0


def test_sar_commands(cli: typer.Typer) -> None:
    assert "0 item(s) found" in _run(cli, "sar", "open", "S404", "--as", "dpo")
    assert "SAR-" in _run(cli, "sar", "list", "--as", "dpo")
    ref = _run(cli, "sar", "list", "--as", "dpo").split()[0]
    assert "open" in _run(cli, "sar", "show", ref, "--as", "dpo")
    assert "now due" in _run(cli, "sar", "extend", ref, "--reason", "Complex.", "--as", "dpo")
    [row] = json.loads(_run(cli, "sar", "list", "--as", "dpo", "--json"))
    assert (row["reference"], row["status"], row["extended"]) == (ref, "open", True)
    assert json.loads(_run(cli, "sar", "show", ref, "--as", "dpo", "--json"))["item_list"] == []
