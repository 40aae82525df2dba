"""Training records pages and API: the Prevent Lead records completions and staff; report
readers see status per person, due/overdue and compliance per group; others are refused."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from test_web_world import World, make_world

from gateway.db import transaction
from gateway.timeutil import today
from gateway.training.models import TrainingCompletion, TrainingStaff
from gateway.users.domain import Role


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def test_lead_records_training_and_sees_status_and_compliance(world: World) -> None:
    client = world.client()
    csrf = world.login(client, Role.PREVENT_LEAD)
    completion = {
        "staff_id": "T001",
        "name": "Tara Tutor",
        "group": "associate_tutor",
        "module": "prevent_introductory",
        "completed_on": (today() - timedelta(days=800)).isoformat(),
    }
    assert client.post("/training/completions", data=completion).status_code == 403  # no CSRF
    done = client.post("/training/completions", data={**completion, "csrf_token": csrf})
    assert done.status_code == 303
    staff = {"staff_id": "F002", "name": "Fran Frontdesk", "group": "student_facing"}
    assert client.post("/training/staff", data={**staff, "csrf_token": csrf}).status_code == 303
    page = client.get("/training")
    assert page.status_code == 200
    due = page.text.split('id="due"')[1].split("<h2>Everyone")[0]
    assert "Tara Tutor" in due and "Overdue" in due  # introductory 800 days ago: refresher late
    assert "Fran Frontdesk" in due and "Not trained" in due
    assert "0%" in page.text  # nobody in either group is trained and in date
    future = {**completion, "completed_on": (today() + timedelta(days=3)).isoformat()}
    refused = client.post("/training/completions", data={**future, "csrf_token": csrf})
    assert refused.status_code == 422 and "in the future" in refused.text
    left = client.post("/training/staff/F002/leave", data={"csrf_token": csrf})
    assert left.status_code == 303
    with transaction(world.ctx.sessions) as session:
        assert len(list(session.scalars(select(TrainingCompletion)))) == 1
        fran = session.scalar(select(TrainingStaff).where(TrainingStaff.staff_id == "F002"))
        assert fran is not None and fran.left_on == today()


def test_readers_cannot_record_and_others_cannot_read(world: World) -> None:
    smt = world.client()
    csrf = world.login(smt, Role.SMT_MEMBER)
    page = smt.get("/training")
    assert page.status_code == 200 and 'action="/training/completions"' not in page.text
    form = {
        "csrf_token": csrf,
        "staff_id": "X",
        "name": "X Y",
        "group": "associate_tutor",
        "module": "prevent_introductory",
        "completed_on": today().isoformat(),
    }
    assert smt.post("/training/completions", data=form).status_code == 403
    tutor = world.client()
    world.login(tutor, Role.TUTOR)
    assert tutor.get("/training").status_code == 403
    assert 'href="/training"' not in tutor.get("/").text
    api = world.client()
    body = {
        "staff_id": "A1",
        "name": "Ash Associate",
        "group": "associate_tutor",
        "completed_on": today().isoformat(),
    }
    assert (
        api.post(
            "/api/v1/training/completions", json=body, headers=world.headers(Role.AUDITOR)
        ).status_code
        == 403
    )
    made = api.post(
        "/api/v1/training/completions", json=body, headers=world.headers(Role.PREVENT_LEAD_NOMINEE)
    )
    assert made.status_code == 201, made.text
    auditor = world.headers(Role.AUDITOR)
    records = api.get("/api/v1/training", headers=auditor).json()
    assert records["total"] == 1 and records["items"][0]["state"] == "current"
    compliance = {
        c["group"]: c for c in api.get("/api/v1/training/compliance", headers=auditor).json()
    }
    assert compliance["associate_tutor"]["percent"] == 100.0
    assert api.get("/api/v1/training/due", headers=auditor).json()["total"] == 0
    assert api.get("/api/v1/training", headers=world.headers(Role.TUTOR)).status_code == 403
    with transaction(world.ctx.sessions) as session:
        assert len(list(session.scalars(select(TrainingCompletion)))) == 1
