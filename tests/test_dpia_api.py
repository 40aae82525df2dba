"""The DPIA through the JSON API, with the routes' access rules applied as the app applies them."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.db import Base, make_session_factory, transaction
from gateway.dpias import views
from gateway.dpias.models import DPIAVersionRecord
from gateway.errors import GatewayError
from gateway.timeutil import today
from gateway.users.domain import Role
from gateway.users.service import create_user, get_user

A = "/api/v1/dpias/prevent-referral-sharing"


@pytest.fixture
def client(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    Base.metadata.create_all(engine, tables=[DPIAVersionRecord.__table__])  # type: ignore[list-item]
    factory = make_session_factory(engine)
    with transaction(factory) as s:
        for username, role in (
            ("lead", Role.PREVENT_LEAD),
            ("dpo", Role.DPO),
            ("smt1", Role.SMT_MEMBER),
            ("auditor", Role.AUDITOR),
        ):
            create_user(s, username=username, display_name=username.title(), role=role, actor=None)

    def fake_run_api(request: Request, work: Callable[[Session, Actor], Any]) -> Any:
        # As gateway.api.deps.run_api, with the caller named by a header instead of a token.
        route = request.scope["route"].path
        if not route.startswith("/api/v1"):  # FastAPI >= 0.16x keeps the router's own path here
            route = "/api/v1" + route
        rule = views.ROUTE_ACTIONS[(request.method, route)]
        with transaction(factory) as session:
            actor = Actor(get_user(session, request.headers["x-user"]), channel="api")
            actor.require(rule)
            return work(session, actor)

    monkeypatch.setattr(views, "_run_api", fake_run_api)
    app = FastAPI()
    app.include_router(views.router, prefix="/api/v1")
    from types import SimpleNamespace

    from gateway.config import load_settings

    app.state.gateway = SimpleNamespace(ctx=SimpleNamespace(settings=load_settings()))

    @app.exception_handler(GatewayError)
    async def _problem(request: Request, exc: GatewayError) -> Any:
        from gateway.http.problems import problem_for

        return problem_for(exc, request)

    with TestClient(app) as c:
        yield c


def as_(user: str) -> dict[str, str]:
    return {"x-user": user}


def test_every_route_has_an_access_rule() -> None:
    served = {
        (method, "/api/v1" + route.path)
        for route in views.router.routes
        for method in getattr(route, "methods", ())
    }
    assert len(served) == 13
    assert served == set(views.ROUTE_ACTIONS)


def test_api_workflow(client: TestClient) -> None:
    from dpia.examples import DEMO_ANSWERS

    r = client.post("/api/v1/dpias", json={"controller": "Example U"}, headers=as_("lead"))
    assert r.status_code == 201, r.text
    assert r.json()["status"] == "draft" and len(r.json()["missing"]) == 10

    r = client.get(f"{A}/status", headers=as_("auditor"))
    assert r.json()["in_force"] is False and r.json()["reason"] == "not_approved"

    r = client.post(f"{A}/submit", headers=as_("lead"))
    assert r.status_code == 422 and "TO CONFIRM" in r.json()["detail"]

    fields = [{"path": p, "value": v} for p, v in DEMO_ANSWERS.items()]
    r = client.patch(
        A, json={"fields": fields, "patch": {"title": "Prevent sharing"}}, headers=as_("lead")
    )
    assert r.status_code == 200 and r.json()["missing"] == []
    assert r.json()["body"]["title"] == "Prevent sharing"
    assert client.post(f"{A}/submit", headers=as_("lead")).json()["status"] == "awaiting_dpo"

    advice = {"recommendation": "proceed", "summary": "Proceed."}
    assert client.post(f"{A}/advice", json=advice, headers=as_("lead")).status_code == 403
    assert client.post(f"{A}/advice", json=advice, headers=as_("dpo")).status_code == 200

    approval = {"advice": "accepted", "review_date": str(today() + timedelta(days=100))}
    assert client.post(f"{A}/approve", json=approval, headers=as_("dpo")).status_code == 403
    r = client.post(f"{A}/approve", json=approval, headers=as_("smt1"))
    assert r.status_code == 200 and r.json()["status"] == "approved"

    listed = client.get("/api/v1/dpias", headers=as_("auditor")).json()
    assert [(s["activity"], s["in_force"]) for s in listed] == [("prevent-referral-sharing", True)]

    r = client.patch(
        A, json={"fields": [{"path": "necessity.retention", "value": "5y"}]}, headers=as_("lead")
    )
    assert r.status_code == 422 and "needs a reason" in r.json()["detail"]
    r = client.patch(
        A,
        json={"fields": [{"path": "necessity.retention", "value": "5 years"}], "reason": "Review"},
        headers=as_("lead"),
    )
    assert r.json()["version"] == 2 and r.json()["status"] == "draft"

    changes = client.get(f"{A}/compare?old=1&new=2", headers=as_("auditor")).json()
    assert {
        "path": "necessity.retention",
        "kind": "changed",
        "old": DEMO_ANSWERS["necessity.retention"],
        "new": "5 years",
    } in changes

    r = client.get(f"{A}/versions/1", headers=as_("auditor"))
    assert r.json()["status"] == "approved"
    assert client.get(f"{A}/versions/9", headers=as_("auditor")).status_code == 404

    r = client.get(f"{A}/pdf?version=1", headers=as_("auditor"))
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    assert "Data Protection Impact Assessment" in text


def test_ico_consultation_and_return(client: TestClient) -> None:
    client.post("/api/v1/dpias", json={}, headers=as_("lead"))
    r = client.post(
        f"{A}/ico-consultation",
        headers=as_("dpo"),
        json={"submitted_on": "2026-10-01", "reference": "ICO-7", "outcome": "awaiting_response"},
    )
    assert r.status_code == 200
    assert r.json()["body"]["ico_consultation"]["reference"] == "ICO-7"
    assert client.post(f"{A}/return", headers=as_("dpo")).status_code == 409  # not submitted
    assert client.post(f"{A}/submit", headers=as_("auditor")).status_code == 403
