"""Subject access request pages and API (the DPO): deadlines on the list and the dashboard,
items decided one by one, extension, the pack; reads recorded in the access log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from test_web_world import World, make_world

from gateway.access_log.models import AccessEvent
from gateway.cases import service as cases
from gateway.cases.domain import ConcernSource
from gateway.db import transaction
from gateway.sar.models import SubjectAccessRequest
from gateway.users.domain import Role

STUDENT = "S5550001"


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    w = make_world(database_url, tmp_path)
    with transaction(w.ctx.sessions) as session:
        cases.raise_concern(
            session,
            w.actor(session, Role.TUTOR),
            subject=cases.SubjectDetails(student_id=STUDENT, name="Alex Asking"),
            source=ConcernSource.ASSOCIATE_TUTOR,
            description="Alex talked about a video in a seminar.",
        )
    return w


def _events(world: World, action: str) -> list[AccessEvent]:
    with transaction(world.ctx.sessions) as session:
        query = select(AccessEvent).where(AccessEvent.action == action)
        return list(session.scalars(query))


def test_dpo_opens_decides_extends_and_exports_on_the_web(world: World) -> None:
    client = world.client()
    csrf = world.login(client, Role.DPO)
    assert client.post("/sar", data={"student_id": STUDENT}).status_code == 403  # no CSRF
    opened = client.post("/sar", data={"csrf_token": csrf, "student_id": STUDENT})
    assert opened.status_code == 303
    reference = opened.headers["location"].rsplit("/", 1)[-1]
    page = client.get(f"/sar/{reference}")
    assert page.status_code == 200 and "day(s) left" in page.text and "Case record" in page.text
    reads = _events(world, "sar.read")
    assert reads and reads[-1].object_ref == reference and reads[-1].channel == "web"
    item = client.get(f"/sar/{reference}/items/2")  # the concern (1 is the case record)
    assert item.status_code == 200 and "Concern raised" in item.text
    assert "Alex talked about a video" in item.text
    assert _events(world, "sar.read_item")[-1].object_ref == f"{reference}:2"
    # The dashboard shows the deadline to the DPO.
    home = client.get("/")
    assert reference in home.text and "Subject access requests: deadlines" in home.text
    # Withholding needs the prejudice reasoning; the service says so and nothing changes.
    bare = client.post(
        f"/sar/{reference}/items/1/decision", data={"csrf_token": csrf, "decision": "withhold"}
    )
    # ... and the request is shown again with the message, not an error page.
    assert bare.status_code == 422 and "Sch 2 para 2" in bare.text
    assert "This could not be saved" in bare.text
    assert f'action="/sar/{reference}/extend"' in bare.text
    short = client.post(
        f"/sar/{reference}/items/1/decision",
        data={"csrf_token": csrf, "decision": "withhold", "reasoning": "Police said so."},
    )
    assert short.status_code == 422 and ">Police said so.</textarea>" in short.text  # kept
    with transaction(world.ctx.sessions) as session:
        request = session.scalars(select(SubjectAccessRequest)).one()
        positions = [i.position for i in request.items]
        assert all(i.decision.value == "pending" for i in request.items)
    early = client.post(f"/sar/{reference}/export", data={"csrf_token": csrf, "confirm": "yes"})
    assert early.status_code == 422 and "without a decision" in early.text
    unticked = client.post(f"/sar/{reference}/export", data={"csrf_token": csrf})
    assert unticked.status_code == 422 and "Tick the box" in unticked.text
    forged = client.post(f"/sar/{reference}/export", data={"confirm": "yes"})
    assert forged.status_code == 403
    for position in positions:
        decided = client.post(
            f"/sar/{reference}/items/{position}/decision",
            data={
                "csrf_token": csrf,
                "decision": "withhold",
                "reasoning": "Disclosing this now would tip off an ongoing police enquiry.",
            },
        )
        assert decided.status_code == 303
    extended = client.post(
        f"/sar/{reference}/extend", data={"csrf_token": csrf, "reason": "Many records to check."}
    )
    assert extended.status_code == 303
    assert "Many records to check." in client.get(f"/sar/{reference}").text
    # The clock stops while the requester's identity is awaited, and the pack waits for it.
    paused = client.post(
        f"/sar/{reference}/pause",
        data={"csrf_token": csrf, "awaiting": "identity",
              "reason": "Photo ID asked for by e-mail on receipt."},
    )
    assert paused.status_code == 303
    page = client.get(f"/sar/{reference}").text
    assert "clock stopped" in page and "Photo ID asked for by e-mail on receipt." in page
    assert "Clock stopped" in client.get("/").text  # the dashboard says so
    waiting = client.post(f"/sar/{reference}/export", data={"csrf_token": csrf, "confirm": "yes"})
    assert waiting.status_code == 422 and "identity is not recorded" in waiting.text
    checked = client.post(
        f"/sar/{reference}/identity",
        data={"csrf_token": csrf, "method": "photo_id", "details": "Student card at the desk."},
    )
    assert checked.status_code == 303
    page = client.get(f"/sar/{reference}").text
    assert "photographic identity document checked" in page and "stopped now" not in page
    pack = client.post(f"/sar/{reference}/export", data={"csrf_token": csrf, "confirm": "yes"})
    assert pack.status_code == 200 and pack.content.startswith(b"%PDF")
    with transaction(world.ctx.sessions) as session:
        request = session.scalars(select(SubjectAccessRequest)).one()
        assert request.status.value == "responded" and request.pack_sha256
    assert _events(world, "sar.export")


def test_other_roles_are_refused_and_the_api_covers_the_same_steps(world: World) -> None:
    lead = world.client()
    csrf = world.login(lead, Role.PREVENT_LEAD)
    assert lead.get("/sar").status_code == 403
    assert lead.post("/sar", data={"csrf_token": csrf, "student_id": STUDENT}).status_code == 403
    assert 'href="/sar"' not in lead.get("/").text  # no navigation link for the Lead
    api = world.client()
    dpo = world.headers(Role.DPO)
    assert (
        api.post(
            "/api/v1/sars", json={"student_id": STUDENT}, headers=world.headers(Role.AUDITOR)
        ).status_code
        == 403
    )
    opened = api.post("/api/v1/sars", json={"student_id": STUDENT}, headers=dpo)
    assert opened.status_code == 201, opened.text
    body = opened.json()
    assert body["days_left"] >= 28 and not body["overdue"] and body["pending"] == body["items"]
    reference = body["reference"]
    listed = api.get("/api/v1/sars?open_only=true", headers=dpo).json()
    assert [r["reference"] for r in listed["items"]] == [reference]
    shown = api.get(f"/api/v1/sars/{reference}", headers=dpo).json()
    assert shown["student_id"] == STUDENT
    assert _events(world, "sar.read")[-1].channel == "api"
    first = next(i["position"] for i in shown["item_list"] if i["kind"] == "concern")
    decided = api.post(
        f"/api/v1/sars/{reference}/items/{first}/decision",
        json={"decision": "disclose"},
        headers=dpo,
    )
    assert decided.status_code == 200 and decided.json()["decision"] == "disclose"
    content = api.get(f"/api/v1/sars/{reference}/items/{first}", headers=dpo)
    assert content.status_code == 200 and "Alex talked about a video" in content.text
    refresh = api.post(f"/api/v1/sars/{reference}/refresh", headers=dpo)
    assert refresh.status_code == 200 and refresh.json()["items"] == shown["items"]
