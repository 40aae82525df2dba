"""Intake never reveals whether a case exists: a tutor or support officer raising a concern is
given the concern's own reference, on every door, and the answer is the same whether the
student already had a case or not. The Prevent Lead still finds the concern on the case."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import typer
from alembic import command
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine
from test_web_world import World, make_world

from gateway.auth.identity import LocalUser
from gateway.cases import service as case_service
from gateway.cases import use_cases as cases
from gateway.cases.domain import ConcernSource, SubjectDetails
from gateway.cli import concern as concern_cli
from gateway.config import Settings
from gateway.context import AppContext
from gateway.db import transaction
from gateway.keys import Keyring
from gateway.migrate import alembic_config, current_revision, upgrade_to_head
from gateway.timeutil import UTCDateTime, utcnow
from gateway.users.domain import Role
from tests.support import CliAs

API = "/api/v1"
KNOWN = ("S5550001", "Kit Known")  # already has an open case
NEW = ("S5550002", "Noa New")  # has none
CONCERN_REF = re.compile(r"C-\d{4}-\d{4}")


@pytest.fixture
def world(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[World, str]]:
    w = make_world(database_url, tmp_path)
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(w.ctx.settings.data_dir))
    monkeypatch.setenv("PREVENT_GATEWAY_DATABASE_URL", database_url)
    with transaction(w.ctx.sessions) as session:
        opened = case_service.raise_concern(
            session,
            w.actor(session, Role.STUDENT_SUPPORT),
            subject=SubjectDetails(*KNOWN),
            source=ConcernSource.STUDENT_VIA_SUPPORT_TEAM,
            description="A first concern, which opened the case.",
        )
        case_ref = opened.case.reference
    yield w, case_ref
    w.ctx.close()


def _same_answer(known: dict[str, Any], new: dict[str, Any]) -> None:
    """The two answers differ only in the concern's own reference and time."""
    assert set(known) == set(new)
    varying = {"reference", "raised_at"}
    assert {k: v for k, v in known.items() if k not in varying} == {
        k: v for k, v in new.items() if k not in varying
    }
    assert CONCERN_REF.fullmatch(known["reference"]) and CONCERN_REF.fullmatch(new["reference"])
    assert known["reference"] != new["reference"]


def _no_case_in(text: str, case_ref: str) -> None:
    assert case_ref not in text and "PRV-" not in text


@pytest.mark.parametrize("role", [Role.TUTOR, Role.STUDENT_SUPPORT])
def test_the_use_case_answers_a_raiser_the_same_with_or_without_a_case(
    world: tuple[World, str], role: Role
) -> None:
    w, case_ref = world
    work = w.ctx.work()
    answers = [
        work.run(
            LocalUser(w.username(role)),
            cases.raise_concern,
            SubjectDetails(*student),
            ConcernSource.STAFF,
            "Seen in a seminar.",
        )
        for student in (KNOWN, NEW)
    ]
    assert all(a.case_reference is None for a in answers)
    _same_answer(*(a.model_dump(mode="json") for a in answers))
    mine = work.run(LocalUser(w.username(role)), cases.my_concerns)
    _no_case_in(json.dumps([m.model_dump(mode="json") for m in mine]), case_ref)


def test_the_prevent_lead_still_sees_the_concern_on_the_case(world: tuple[World, str]) -> None:
    w, case_ref = world
    work = w.ctx.work()
    lead = LocalUser(w.username(Role.PREVENT_LEAD))
    raised = work.run(
        LocalUser(w.username(Role.TUTOR)),
        cases.raise_concern,
        SubjectDetails(*KNOWN),
        ConcernSource.STAFF,
        "Seen in a seminar.",
    )
    case = work.run(lead, cases.read_case, case_ref)
    assert raised.reference in [c.reference for c in case.concerns]
    assert any(raised.reference in e.summary for e in case.chronology)
    # The Lead raising one is told which case it is on.
    own = work.run(lead, cases.raise_concern, SubjectDetails(*KNOWN), ConcernSource.STAFF, "x")
    assert own.case_reference == case_ref


def test_the_api_answers_a_raiser_the_same_with_or_without_a_case(
    world: tuple[World, str],
) -> None:
    w, case_ref = world
    client = w.client()
    tutor = w.headers(Role.TUTOR)
    replies = [
        client.post(
            f"{API}/concerns",
            headers=tutor,
            json={
                "subject": {"student_id": sid, "name": name},
                "source": "associate_tutor",
                "description": "Seen in a seminar.",
            },
        )
        for sid, name in (KNOWN, NEW)
    ]
    assert [r.status_code for r in replies] == [201, 201]
    for reply in replies:
        _no_case_in(reply.text, case_ref)
        assert reply.json()["case_reference"] is None
    _same_answer(*(r.json() for r in replies))
    mine = client.get(f"{API}/concerns/mine", headers=tutor)
    assert mine.status_code == 200 and mine.json()["total"] == 2
    _no_case_in(mine.text, case_ref)
    assert not any("case" in key for key in mine.json()["items"][0])


def test_the_web_form_answers_a_raiser_the_same_with_or_without_a_case(
    world: tuple[World, str],
) -> None:
    w, case_ref = world
    client = w.client()
    csrf = w.login(client, Role.TUTOR)
    pages = []
    for sid, name in (KNOWN, NEW):
        reply = client.post(
            "/concerns",
            data={
                "csrf_token": csrf,
                "student_id": sid,
                "student_name": name,
                "source": "associate_tutor",
                "description": "Seen in a seminar.",
            },
        )
        assert reply.status_code == 303
        location = reply.headers["location"]
        assert re.fullmatch(r"/concerns/mine\?raised=C-\d{4}-\d{4}", location), location
        page = client.get(location).text
        _no_case_in(page, case_ref)
        reference = location.split("=", 1)[1]
        assert f"Your concern {reference} has been recorded" in page
        pages.append(page.replace(reference, "C-REF"))
    # The notice is the same (the table below lists both concerns either way).
    notices = [re.search(r'<div class="notice".*?</div>', p, re.S) for p in pages]
    assert notices[0] and notices[1] and notices[0].group(0) == notices[1].group(0)


def test_the_command_line_answers_a_raiser_the_same_with_or_without_a_case(
    world: tuple[World, str],
) -> None:
    w, case_ref = world
    app = typer.Typer()
    app.add_typer(concern_cli.app, name="concern")
    runner = CliAs(w.ctx.settings.resolved_database_url)

    def raise_as(role: Role, sid: str, name: str) -> str:
        result = runner.invoke(
            app,
            [
                "concern", "add", "--student-id", sid, "--student-name", name,
                "--source", "staff", "--description-file", "-",
                "--as", w.username(role),
            ],
            input="Seen in a seminar.\n",
        )
        assert result.exit_code == 0, result.output + repr(result.exception)
        return result.output.strip()

    said = [raise_as(Role.STUDENT_SUPPORT, *student) for student in (KNOWN, NEW)]
    for line in said:
        _no_case_in(line, case_ref)
        assert re.fullmatch(r"Concern C-\d{4}-\d{4} recorded\. The Prevent Lead will see it\.",
                            line), line
    assert CONCERN_REF.sub("C-REF", said[0]) == CONCERN_REF.sub("C-REF", said[1])
    mine = runner.invoke(
        app, ["concern", "mine", "--json", "--as", w.username(Role.STUDENT_SUPPORT)]
    )
    assert mine.exit_code == 0
    _no_case_in(mine.output, case_ref)
    assert len(json.loads(mine.output)) == 3  # the fixture's concern and these two
    # The Prevent Lead raising one is told the case.
    assert f"on case {case_ref}" in raise_as(Role.PREVENT_LEAD, *KNOWN)


# --- the migration ---------------------------------------------------------------------------


def test_the_migration_gives_existing_concerns_references_and_the_counter_carries_on(
    engine: Engine, tmp_path: Path
) -> None:
    """A database at the previous revision, with a case and concerns from two years, upgraded."""
    command.downgrade(alembic_config(engine), "0004")
    assert current_revision(engine) == "0004"
    year = utcnow().year

    def at(sql: str, *times: str) -> Any:
        return text(sql).bindparams(*(bindparam(n, type_=UTCDateTime()) for n in times))

    with engine.begin() as conn:
        conn.execute(
            at(
                "INSERT INTO users (username, display_name, role, active, created_at, staff_id) "
                "VALUES ('tutor', 'Tutor', 'tutor', true, :now, 'AT0001')",
                "now",
            ),
            {"now": utcnow()},
        )
        tutor_id = conn.execute(text("SELECT id FROM users")).scalar_one()
        conn.execute(
            at(
                "INSERT INTO cases (row_uid, data_key_uid, reference, subject_student_id, "
                "subject_name, status, opened_at, opened_by_id) VALUES ('case1', 'key1', "
                "'PRV-2025-0001', 'S1000001', :blob, 'open', :now, :user)",
                "now",
            ),
            {"blob": b"\x00", "now": utcnow(), "user": tutor_id},
        )
        case_id = conn.execute(text("SELECT id FROM cases")).scalar_one()
        last_year = datetime(year - 1, 6, 1, 12, 0, tzinfo=UTC)
        for i, raised in enumerate((last_year, utcnow(), utcnow()), start=1):
            conn.execute(
                at(
                    "INSERT INTO concerns (row_uid, case_id, source, raised_by_id, raised_at, "
                    "description) VALUES (:uid, :case, 'staff', :user, :at, :blob)",
                    "at",
                ),
                {"uid": f"concern{i}", "case": case_id, "user": tutor_id, "at": raised,
                 "blob": b"\x00"},
            )

    upgrade_to_head(engine)

    with engine.connect() as conn:
        references = conn.execute(text("SELECT reference FROM concerns ORDER BY id")).scalars()
        assert list(references) == [f"C-{year - 1}-0001", f"C-{year}-0001", f"C-{year}-0002"]
    settings = Settings(data_dir=tmp_path / "data", log_origin="test.example.ac.uk/log")
    with pytest.warns(Warning):
        Keyring.create(settings.keys_dir, None, settings.log_origin)
    ctx = AppContext(settings=settings, engine=engine)
    receipt = ctx.work().run(
        LocalUser("tutor"),
        cases.raise_concern,
        SubjectDetails("S2000002", "Another Student"),
        ConcernSource.STAFF,
        "A new concern after the upgrade.",
    )
    assert receipt.reference == f"C-{year}-0003"
