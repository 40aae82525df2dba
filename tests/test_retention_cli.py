"""`prevent-gateway retention|hold|keys rotate-kek` as a Prevent Lead and a DPO use them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from sqlalchemy.engine import make_url

from tests.retention_support import schedule_toml
from tests.support import CliAs


@pytest.fixture
def cli(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[typer.Typer]:
    from gateway.cli import complaint, keys, retention
    from gateway.config import load_settings
    from gateway.installation import initialise

    for name in list(__import__("os").environ):
        if name.startswith("PREVENT_GATEWAY_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "data"))
    if make_url(database_url).get_backend_name() == "postgresql":
        monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    schedule = tmp_path / "schedule.toml"
    schedule.write_text(schedule_toml())
    monkeypatch.setenv("PREVENT_GATEWAY_RETENTION_SCHEDULE", str(schedule))
    monkeypatch.setenv("COLUMNS", "250")  # rich tables on one line each
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        initialise(load_settings(), admin_username="admin", admin_name="Admin",
                   admin_staff_id="IT-0001", demo=True)
    _seed()
    root = typer.Typer()
    retention.register(root)
    root.add_typer(keys.app, name="keys")
    root.add_typer(complaint.app, name="complaint")
    yield root


def _seed() -> None:
    from gateway.actor import Actor
    from gateway.context import open_context
    from gateway.db import transaction
    from gateway.users.domain import Role
    from gateway.users.service import create_user, get_user

    ctx = open_context()
    try:
        with transaction(ctx.sessions) as session:
            admin = Actor(get_user(session, "admin"))
            for name, role in (
                ("lead", Role.PREVENT_LEAD),
                ("dpo", Role.DPO),
                ("smt1", Role.SMT_MEMBER),
            ):
                create_user(session, username=name, display_name=name, role=role,
                            staff_id=f"ST-{name}", actor=admin)
        from tests.retention_support import nfa_case
        from tests.support import World

        world = World(engine=ctx.engine, ctx=ctx)
        nfa_case(world, student_id="S1112223")
    finally:
        ctx.close()


def invoke(app: typer.Typer, *args: str) -> str:
    result = CliAs().invoke(app, list(args))
    if result.exit_code != 0:
        raise AssertionError(
            f"{args}: exit {result.exit_code}\n{result.output}\n{result.exception!r}"
        )
    return result.output


def test_plan_hold_run_certificate_and_rotate(cli: typer.Typer, tmp_path: Path) -> None:
    assert "no_further_action_record" in invoke(cli, "retention", "schedule")
    plan = invoke(cli, "retention", "plan", "--as", "dpo")
    assert "PRV-" in plan and "1 due" in plan

    placed = invoke(
        cli,
        "hold",
        "place",
        "--as",
        "lead",
        "--student",
        "S1112223",
        "--holder",
        "Legal Services",
        "--reason",
        "Tribunal claim 2026/7",
    )
    hold_ref = placed.split()[2]
    assert "Legal Services" in invoke(cli, "hold", "list", "--as", "dpo")
    plan = invoke(cli, "retention", "plan", "--as", "dpo")
    assert "blocked" in plan and hold_ref in plan
    assert "0 record(s) would be destroyed" in invoke(cli, "retention", "run", "--as", "dpo")
    invoke(cli, "hold", "release", hold_ref, "--as", "dpo", "--reason", "Settled")

    dry = invoke(cli, "retention", "run", "--as", "dpo")
    assert "Dry run: 1 record(s) would be destroyed" in dry
    refused = CliAs().invoke(cli, ["retention", "run", "--as", "lead", "--execute"])
    assert refused.exit_code != 0
    done = invoke(cli, "retention", "run", "--as", "dpo", "--execute")
    assert "Destroyed 1 record(s). Certificate DC-" in done
    pdf = next((tmp_path / "data" / "certificates").glob("DC-*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_mode & 0o077 == 0
    assert pdf.stem in invoke(cli, "retention", "certificates", "--as", "dpo")
    out = tmp_path / "copy.pdf"
    invoke(cli, "retention", "certificate", pdf.stem, "--as", "dpo", "--out", str(out))
    assert out.read_bytes() == pdf.read_bytes()
    assert "Nothing is due" in invoke(cli, "retention", "run", "--as", "dpo", "--execute")

    rotated = invoke(cli, "keys", "rotate-kek", "--as", "admin")
    assert "Key-encryption key rotated" in rotated
    refused = CliAs().invoke(cli, ["keys", "rotate-kek", "--as", "lead"])
    assert refused.exit_code != 0


def test_complaint_and_departure_commands(cli: typer.Typer) -> None:
    plan = invoke(cli, "retention", "plan", "--as", "dpo")
    case_ref = next(w for w in plan.split() if w.startswith("PRV-"))
    opened = complaint(cli, case_ref)
    cmp_ref = opened.split()[1]
    assert cmp_ref in invoke(cli, "retention", "plan", "--as", "dpo")
    invoke(cli, "complaint", "acknowledge", cmp_ref, "--as", "dpo")
    close_complaint(cli, cmp_ref)
    assert "left on 2026-07-31" in invoke(
        cli, "retention", "student-left", "S1112223", "--on", "2026-07-31", "--as", "lead"
    )


def complaint(app: typer.Typer, case_ref: str) -> str:
    args = ["complaint", "open", "--case", case_ref, "--complainant", "The student",
            "--summary-file", "-", "--as", "dpo"]
    result = CliAs().invoke(app, args, input="How the case was handled.\n")
    assert result.exit_code == 0, result.output
    return result.output


def close_complaint(app: typer.Typer, reference: str) -> None:
    args = ["complaint", "close", reference, "--outcome", "not_upheld", "--summary-file", "-",
            "--as", "dpo"]
    result = CliAs().invoke(app, args, input="Handled under the policy.\n")
    assert result.exit_code == 0, result.output


def _json(app: typer.Typer, *args: str) -> Any:
    result = CliAs().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_listing_prints_json(cli: typer.Typer) -> None:
    schedule = _json(cli, "retention", "schedule")
    assert {r["record_class"] for r in schedule["rules"]} >= {"no_further_action_record"}
    plan = _json(cli, "retention", "plan", "--as", "dpo", "--all")
    case_ref = next(i["record_ref"] for i in plan["items"] if i["record_ref"].startswith("PRV-"))
    assert plan["counts"]["due"] >= 1
    invoke(
        cli, "hold", "place", "--as", "lead", "--case", case_ref, "--holder", "Police",
        "--reason", "Investigation 7",
    )
    holds = _json(cli, "hold", "list", "--as", "dpo")
    assert [(h["target"], h["holder"], h["reason"]) for h in holds] == [
        (case_ref, "Police", "Investigation 7")
    ]
    blocked = _json(cli, "retention", "plan", "--as", "dpo")
    item = next(i for i in blocked["items"] if i["record_ref"] == case_ref)
    assert item["status"] == "blocked" and holds[0]["reference"] in item["reasons"][0]
    dry = _json(cli, "retention", "run", "--as", "dpo")
    assert dry["executed"] is False and case_ref not in [i["record_ref"] for i in dry["items"]]
    complaint(cli, case_ref)
    complaints = _json(cli, "retention", "complaints", "--as", "dpo")
    assert [c["case_reference"] for c in complaints] == [case_ref]
    assert _json(cli, "retention", "certificates", "--as", "dpo") == []
    invoke(cli, "hold", "release", holds[0]["reference"], "--as", "dpo", "--reason", "Ended")
    invoke(cli, "complaint", "acknowledge", complaints[0]["reference"], "--as", "dpo")
    close_complaint(cli, complaints[0]["reference"])
    assert _json(cli, "hold", "list", "--as", "dpo") == []
    done = _json(cli, "retention", "run", "--as", "dpo", "--execute")
    assert done["executed"] is True and done["warning"] is None
    assert case_ref in [i["record_ref"] for i in done["items"]]
    certificates = _json(cli, "retention", "certificates", "--as", "dpo")
    assert [c["reference"] for c in certificates] == [done["certificate_reference"]]


def test_plan_lines_are_not_cut_when_piped(
    cli: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # what a terminal of 80 columns would say
    invoke(
        cli, "hold", "place", "--as", "lead", "--student", "S1112223", "--holder",
        "Legal Services of a long-named university", "--reason", "A claim",
    )
    out = invoke(cli, "retention", "plan", "--as", "dpo")
    line = next(x for x in out.splitlines() if "PRV-" in x)
    assert "Legal Services of a long-named university since" in line
