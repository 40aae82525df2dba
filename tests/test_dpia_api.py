"""The DPIA through the JSON API, in the app as served: bearer tokens, the route table, the
use cases, problem details."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from test_web_world import World, make_world

from gateway.api.routers import dpia as dpia_router
from gateway.http.access import ROUTE_ACTIONS, iter_route_templates
from gateway.timeutil import today
from gateway.users.domain import Action, Role

A = "/api/v1/dpias/prevent-referral-sharing"
USERS = {
    "lead": Role.PREVENT_LEAD,
    "dpo": Role.DPO,
    "smt1": Role.SMT_MEMBER,
    "auditor": Role.AUDITOR,
}


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path, passwords=False)
    yield w
    w.ctx.close()


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    with world.client() as c:
        yield c


def as_(world: World, user: str) -> dict[str, str]:
    return world.headers(USERS[user])


def test_every_route_has_an_access_rule_and_the_app_serves_them(world: World) -> None:
    served = {
        (method, "/api/v1" + path)
        for method, path in iter_route_templates(list(dpia_router.router.routes))
    }
    assert len(served) == 15  # the DPIA steps, and the DPO's alerts (list, acknowledge)
    rules = {route: ROUTE_ACTIONS.get(route) for route in served}
    assert all(isinstance(rule, Action) and rule.value.startswith("dpia.")
               for rule in rules.values()), rules
    # Included in the app like every other router: the DPIA API can never silently vanish.
    in_app = set(iter_route_templates(list(world.app.routes)))
    assert served <= in_app


def test_api_workflow(world: World, client: TestClient) -> None:
    from dpia.examples import DEMO_ANSWERS

    r = client.post("/api/v1/dpias", json={"controller": "Example U"}, headers=as_(world, "lead"))
    assert r.status_code == 201, r.text
    assert r.json()["status"] == "draft" and len(r.json()["missing"]) == 10

    r = client.get(f"{A}/status", headers=as_(world, "auditor"))
    assert r.json()["in_force"] is False and r.json()["reason"] == "not_approved"

    r = client.post(f"{A}/submit", headers=as_(world, "lead"))
    assert r.status_code == 422 and "TO CONFIRM" in r.json()["detail"]

    fields = [{"path": p, "value": v} for p, v in DEMO_ANSWERS.items()]
    body = {"fields": fields, "patch": {"title": "Prevent sharing"}}
    r = client.patch(A, json=body, headers=as_(world, "lead"))
    assert r.status_code == 200 and r.json()["missing"] == []
    assert r.json()["body"]["title"] == "Prevent sharing"
    assert client.post(f"{A}/submit", headers=as_(world, "lead")).json()["status"] == "awaiting_dpo"

    advice = {"recommendation": "proceed", "summary": "Proceed."}
    assert client.post(f"{A}/advice", json=advice, headers=as_(world, "lead")).status_code == 403
    assert client.post(f"{A}/advice", json=advice, headers=as_(world, "dpo")).status_code == 200

    approval = {"advice": "accepted", "review_date": str(today() + timedelta(days=100))}
    assert client.post(f"{A}/approve", json=approval, headers=as_(world, "dpo")).status_code == 403
    r = client.post(f"{A}/approve", json=approval, headers=as_(world, "smt1"))
    assert r.status_code == 200 and r.json()["status"] == "approved"
    assert r.json()["governing"]["in_force"] and r.json()["governing"]["version"] == 1

    listed = client.get("/api/v1/dpias", headers=as_(world, "auditor")).json()
    assert [(s["activity"], s["in_force"]) for s in listed] == [("prevent-referral-sharing", True)]

    body = {"fields": [{"path": "necessity.retention", "value": "5y"}]}
    r = client.patch(A, json=body, headers=as_(world, "lead"))
    assert r.status_code == 422 and "needs a reason" in r.json()["detail"]
    r = client.patch(
        A,
        json={"fields": [{"path": "necessity.retention", "value": "5 years"}], "reason": "Review"},
        headers=as_(world, "lead"),
    )
    assert r.json()["version"] == 2 and r.json()["status"] == "draft"

    changes = client.get(f"{A}/compare?old=1&new=2", headers=as_(world, "auditor")).json()
    assert {
        "path": "necessity.retention",
        "kind": "changed",
        "old": DEMO_ANSWERS["necessity.retention"],
        "new": "5 years",
    } in changes

    r = client.get(f"{A}/versions/1", headers=as_(world, "auditor"))
    assert r.json()["status"] == "approved"
    assert client.get(f"{A}/versions/9", headers=as_(world, "auditor")).status_code == 404

    r = client.get(f"{A}/pdf?version=1", headers=as_(world, "auditor"))
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    assert "Data Protection Impact Assessment" in text


def test_ico_consultation_and_return(world: World, client: TestClient) -> None:
    client.post("/api/v1/dpias", json={}, headers=as_(world, "lead"))
    r = client.post(
        f"{A}/ico-consultation",
        headers=as_(world, "dpo"),
        json={"submitted_on": "2026-10-01", "reference": "ICO-7", "outcome": "awaiting_response"},
    )
    assert r.status_code == 200
    assert r.json()["body"]["ico_consultation"]["reference"] == "ICO-7"
    assert client.post(f"{A}/return", headers=as_(world, "dpo")).status_code == 409  # not submitted
    assert client.post(f"{A}/submit", headers=as_(world, "auditor")).status_code == 403
