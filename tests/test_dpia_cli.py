"""`prevent-gateway dpia ...` end to end on a real database, as a DPO would use it."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.engine import Engine

from gateway.cli.dpia import app, parse_field, read_patch
from gateway.db import Base, make_session_factory, transaction
from gateway.dpias.models import DPIAVersionRecord
from gateway.errors import GatewayError, InvalidInput
from gateway.users.domain import Role
from gateway.users.service import create_user
from tests.support import CliAs


@pytest.fixture
def cli_env(
    engine: Engine, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., str]]:
    Base.metadata.create_all(engine, tables=[DPIAVersionRecord.__table__])  # type: ignore[list-item]
    with transaction(make_session_factory(engine)) as s:
        for username, role in (
            ("lead", Role.PREVENT_LEAD),
            ("dpo", Role.DPO),
            ("smt1", Role.SMT_MEMBER),
        ):
            create_user(s, username=username, display_name=username.title(), role=role,
                        staff_id=f"ST-{username}", actor=None)
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "data"))
    runner = CliAs(database_url)

    def run(*args: str) -> str:
        result = runner.invoke(app, list(args))
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        assert result.exit_code == 0, result.output
        return result.output

    yield run


def test_parse_field() -> None:
    assert parse_field("necessity.retention=Six years") == ("necessity.retention", "Six years")
    assert parse_field("a.b=x=y") == ("a.b", "x=y")
    assert parse_field('processing.recipients=["RPC"]') == ("processing.recipients", ["RPC"])
    assert parse_field("risks.R7=null") == ("risks.R7", None)
    assert parse_field("processing.criminal_offence_data=false")[1] is False
    with pytest.raises(InvalidInput):
        parse_field("no-equals-sign")
    with pytest.raises(InvalidInput, match="not valid JSON"):
        parse_field("x=[unclosed")


def test_parse_field_reads_files(tmp_path: Path) -> None:
    text = tmp_path / "advice.txt"
    text.write_text("Long paragraph.\n", encoding="utf-8")
    assert parse_field(f"necessity.accuracy=@{text}") == ("necessity.accuracy", "Long paragraph.")
    with pytest.raises(InvalidInput, match="Cannot read"):
        parse_field(f"necessity.accuracy=@{tmp_path / 'missing.txt'}")


def test_read_patch_json_and_toml(tmp_path: Path) -> None:
    j = tmp_path / "p.json"
    j.write_text('{"necessity": {"retention": "x"}}', encoding="utf-8")
    t = tmp_path / "p.toml"
    t.write_text('[necessity]\nretention = "x"\n', encoding="utf-8")
    assert read_patch(j) == read_patch(t) == {"necessity": {"retention": "x"}}
    bad = tmp_path / "bad.json"
    bad.write_text("[1]", encoding="utf-8")
    with pytest.raises(InvalidInput):
        read_patch(bad)


def test_dpo_workflow_through_the_cli(tmp_path: Path, cli_env: Callable[..., str]) -> None:
    from dpia.examples import DEMO_ANSWERS

    run = cli_env
    out = run("new", "--as", "lead")
    assert "version 1 created" in out and "10 item(s) to complete" in out
    shown = run("show", "--as", "dpo")
    assert "necessity.retention: replace the template text [TO CONFIRM" in shown
    assert "NOT IN FORCE" in shown

    editable = json.loads(run("show", "--as", "dpo", "--editable"))
    assert set(editable) == {
        "title",
        "controller",
        "need_for_dpia",
        "processing",
        "consultation",
        "necessity",
        "risks",
    }
    patch = tmp_path / "patch.json"
    patch.write_text(
        json.dumps({"necessity": {"retention": "Six years after closure."}}), encoding="utf-8"
    )
    fields = [
        arg
        for path, value in DEMO_ANSWERS.items()
        if path != "necessity.retention"
        for arg in ("--field", f"{path}={value}")
    ]
    out = run("edit", "--as", "lead", "--patch", str(patch), *fields)
    assert "ready to submit" in out

    run("submit", "--as", "lead")
    with pytest.raises(GatewayError, match=r"may not give the DPO.s advice on the DPIA"):
        run("advise", "--as", "lead", "--recommendation", "proceed", "--summary", "x")
    run("advise", "--as", "dpo", "--recommendation", "proceed", "--summary", "Proceed.")
    out = run("approve", "--as", "smt1", "--review-date", "2027-09-30", "--advice", "accepted")
    assert "IN FORCE (version 1" in out
    assert "IN FORCE" in run("status", "--as", "dpo")
    assert json.loads(run("status", "--as", "dpo", "--json"))["in_force"] is True
    register = json.loads(run("list", "--as", "dpo", "--json"))
    assert [(r["activity"], r["in_force"], r["version"]) for r in register] == [
        ("prevent-referral-sharing", True, 1)
    ]
    assert "IN FORCE (version 1" in run("list", "--as", "dpo")

    pdf_path = tmp_path / "out" / "dpia.pdf"
    run("export", "--as", "dpo", "-o", str(pdf_path))
    assert os.stat(pdf_path).st_mode & 0o777 == 0o600
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "Six years after closure." in " ".join(text.split())

    with pytest.raises(GatewayError, match="needs a reason"):
        run("edit", "--as", "lead", "--field", "necessity.retention=Five years.")
    run(
        "edit",
        "--as",
        "lead",
        "--field",
        "necessity.retention=Five years.",
        "--reason",
        "Schedule revised",
    )
    diff = run("show", "--as", "dpo", "--compare", "1")
    assert "necessity.retention: 'Six years after closure.' -> 'Five years.'" in diff
    assert "signoff: removed" in diff
    changes = json.loads(run("show", "--as", "dpo", "--compare", "1", "--json"))
    assert (changes["old"], changes["new"]) == (1, 2)
    assert {"path": "necessity.retention", "kind": "changed",
            "old": "Six years after closure.", "new": "Five years."} in changes["changes"]
    assert "IN FORCE (version 1" in run("status", "--as", "dpo")  # v1 still governs
    assert json.loads(run("show", "--as", "dpo", "--json", "--version", "1"))["version"] == 1
