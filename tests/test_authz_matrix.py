"""Every route x every role: allowed exactly when PERMISSIONS says so. Deny by default: a route
missing from ROUTE_ACTIONS fails this test (and is refused for everyone at run time)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi import Request
from fastapi.testclient import TestClient
from test_web_world import World, make_world

from gateway.api.deps import call
from gateway.http.access import ROUTE_ACTIONS, Access, iter_route_templates
from gateway.users.domain import Action, Role, is_allowed

PARAMS = {
    "reference": "NOPE-0000",
    "position": "1",
    "index": "0",
    "token_id": "999999",
    "username": "nobody-here",
    "activity": "no-such-activity",
    "version": "1",
}


def _fill(template: str) -> str:
    return re.sub(r"\{(\w+)(:[^}]*)?\}", lambda m: PARAMS.get(m.group(1), "1"), template)


def _example(schema: dict[str, Any], spec: dict[str, Any]) -> Any:
    """A minimal value that passes validation, so the request reaches the authorisation check."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _example(spec["components"]["schemas"][name], spec)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return _example(options[0], spec) if options else None
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        required = schema.get("required", [])
        return {
            k: _example(v, spec) for k, v in schema.get("properties", {}).items() if k in required
        }
    if kind == "array":
        return []
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return 1
    if kind == "boolean":
        return False
    if schema.get("format") == "date":
        return "2020-01-01"
    if schema.get("format") == "date-time":
        return "2020-01-01T00:00:00Z"
    return "x" * max(1, int(schema.get("minLength", 1)))


def _query(spec: dict[str, Any], method: str, template: str) -> dict[str, Any]:
    operation = spec["paths"].get(template, {}).get(method.lower(), {})
    return {
        p["name"]: _example(p.get("schema", {}), spec)
        for p in operation.get("parameters", [])
        if p.get("in") == "query" and p.get("required")
    }


def _body(spec: dict[str, Any], method: str, template: str) -> Any:
    operation = spec["paths"].get(template, {}).get(method.lower(), {})
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return None if schema is None else _example(schema, spec)


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def test_every_route_is_in_the_route_action_table(world: World) -> None:
    served = set(iter_route_templates(world.app.routes))
    missing = sorted(served - set(ROUTE_ACTIONS))
    assert not missing, f"routes with no rule (deny by default): {missing}"
    stale = sorted(set(ROUTE_ACTIONS) - served)
    assert not stale, f"rules for routes that do not exist: {stale}"


def test_a_route_missing_from_the_table_is_refused(world: World) -> None:
    @world.app.get("/api/v1/unlisted")
    def unlisted(request: Request) -> dict[str, str]:
        return call(request, lambda session, actor, clock, settings: {"leak": "case data"})

    client = world.client()
    for role in Role:
        reply = client.get("/api/v1/unlisted", headers=world.headers(role))
        assert reply.status_code == 403, role
        assert "leak" not in reply.text


def _expected_allowed(rule: Action | Access, role: Role) -> bool:
    if rule is Access.PUBLIC or rule is Access.SIGNED_IN:
        return True
    assert isinstance(rule, Action)
    return is_allowed(role, rule)


def test_every_api_route_for_every_role(world: World) -> None:
    spec = world.app.openapi()
    client = world.client()
    failures: list[str] = []
    routes = [(m, t) for m, t in iter_route_templates(world.app.routes) if t.startswith("/api/")]
    assert len(routes) >= 40
    for method, template in routes:
        rule = ROUTE_ACTIONS[(method, template)]
        body = _body(spec, method, template)
        url = _fill(template)
        query = _query(spec, method, template)
        anonymous = client.request(method, url, json=body, params=query)
        if anonymous.status_code != 401:
            failures.append(f"{method} {template} without a token: {anonymous.status_code}")
        for role in Role:
            reply = client.request(
                method, url, json=body, params=query, headers=world.headers(role)
            )
            allowed = _expected_allowed(rule, role)
            if allowed and reply.status_code in (401, 403):
                failures.append(f"{method} {template} {role}: refused ({reply.text[:120]})")
            if not allowed and reply.status_code != 403:
                failures.append(f"{method} {template} {role}: {reply.status_code}, expected 403")
            if reply.status_code >= 500:
                failures.append(f"{method} {template} {role}: server error")
    assert not failures, "\n".join(failures)


def test_every_page_for_every_role(world: World) -> None:
    failures: list[str] = []
    routes = [
        (m, t)
        for m, t in iter_route_templates(world.app.routes)
        if not t.startswith("/api/") and ROUTE_ACTIONS[(m, t)] is not Access.PUBLIC
    ]
    routes.sort(key=lambda r: r[1] == "/logout")  # sign out last
    assert len(routes) >= 30
    anonymous = TestClient(world.app, base_url="https://testserver", follow_redirects=False)
    for method, template in routes:
        reply = anonymous.request(method, _fill(template), data={"csrf_token": "x"})
        if reply.status_code != 303 or not reply.headers["location"].startswith("/login"):
            failures.append(f"{method} {template} signed out: {reply.status_code}")
    for role in Role:
        client = world.client()
        csrf = world.login(client, role)
        for method, template in routes:
            rule = ROUTE_ACTIONS[(method, template)]
            data = {"csrf_token": csrf} if method == "POST" else None
            reply = client.request(method, _fill(template), data=data)
            allowed = _expected_allowed(rule, role)
            if allowed and reply.status_code == 403:
                failures.append(f"{method} {template} {role}: refused")
            signed_out = reply.status_code == 303 and "/login" in reply.headers["location"]
            if allowed and signed_out and template != "/logout":
                failures.append(f"{method} {template} {role}: sent to sign in")
            if not allowed and reply.status_code != 403:
                failures.append(f"{method} {template} {role}: {reply.status_code}, expected 403")
            if reply.status_code >= 500:
                failures.append(f"{method} {template} {role}: server error")
    assert not failures, "\n".join(failures)


def test_public_routes_answer_without_sign_in(world: World) -> None:
    client = TestClient(world.app, base_url="https://testserver")
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/docs").status_code == 200
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/login").status_code == 200


def test_a_refusal_says_in_words_what_was_refused() -> None:
    from gateway.actor import Actor
    from gateway.errors import NotPermitted
    from gateway.users.domain import ACTION_WORDS
    from gateway.users.models import User

    assert set(ACTION_WORDS) == set(Action)
    tutor = Actor(User(id=1, username="t", display_name="T", role=Role.TUTOR, active=True))
    with pytest.raises(NotPermitted) as refused:
        tutor.require(Action.DISCLOSURE_APPROVE)
    assert "Tutor accounts may not approve or refuse a disclosure" in refused.value.message
    assert "disclosure.approve" not in refused.value.message
