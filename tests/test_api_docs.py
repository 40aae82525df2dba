"""/docs and /redoc work with no network (every asset they load comes from the app, under a
CSP), and the OpenAPI document they show says how to authenticate, what errors look like and
what every operation and field is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_world import World, make_world


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path, passwords=False)
    yield w
    w.ctx.close()


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_documentation_pages_load_only_from_the_app(world: World, page: str) -> None:
    client = world.client()
    response = client.get(page)
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    script_src = csp.split("script-src")[1].split(";")[0]
    assert script_src.strip() == "'self'"
    assert "frame-ancestors 'none'" in csp
    html = response.text
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html), "an outside host is named"
    assets = re.findall(r"(?:src|href)=\"(/[^\"]+)\"", html)
    assert assets, "the page loads nothing?"
    for asset in assets:
        loaded = client.get(asset)
        assert loaded.status_code == 200, asset
        assert len(loaded.content) > 0, asset
    spec_url = re.search(r"spec-url=\"([^\"]+)\"", html)
    if spec_url:
        assert client.get(spec_url.group(1)).status_code == 200


def test_swagger_starts_from_a_script_file_not_an_inline_script(world: World) -> None:
    html = world.client().get("/docs").text
    inline = [s for s in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S) if s[1].strip()]
    assert inline == []
    init = world.client().get("/docs-assets/own/swagger-init.js").text
    assert "/openapi.json" in init


def test_openapi_declares_bearer_auth_and_problem_details_for_every_error(world: World) -> None:
    spec = world.client().get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    operations = [op for ops in spec["paths"].values() for op in ops.values()]
    assert len(operations) > 50
    for op in operations:
        errors = {s: r for s, r in op["responses"].items() if s[0] in "45"}
        assert {"422", "500"} <= set(errors), op["operationId"]
        for response in errors.values():
            assert list(response["content"]) == ["application/problem+json"], op["operationId"]
        if op.get("security"):
            assert {"401", "403"} <= set(errors), op["operationId"]


def test_every_operation_has_a_written_summary_and_description(world: World) -> None:
    spec = world.client().get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            assert op.get("description"), f"{method.upper()} {path} has no description"
            generated = op["operationId"].split("_api_v1")[0].replace("_", " ").title()
            assert op["summary"] != generated, f"{method.upper()} {path}: a generated summary"


def _undescribed(schema: dict[str, Any], where: str) -> Iterator[str]:
    """Every property under ``schema`` (nested objects and array items too) with no description
    of its own: a property that only points at another schema must still say what it holds."""
    for name, prop in schema.get("properties", {}).items():
        if not str(prop.get("description", "")).strip():
            yield f"{where}.{name}"
        yield from _undescribed(prop, f"{where}.{name}")
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from _undescribed(schema[key], f"{where}[]")
    for key in ("anyOf", "allOf", "oneOf"):
        for option in schema.get(key, []):
            yield from _undescribed(option, where)


def test_every_property_of_every_schema_has_a_description(world: World) -> None:
    schemas = world.client().get("/openapi.json").json()["components"]["schemas"]
    missing = [
        path for name, schema in sorted(schemas.items()) for path in _undescribed(schema, name)
    ]
    assert missing == [], f"{len(missing)} properties without a description: {missing}"
    properties = sum(len(s.get("properties", {})) for s in schemas.values())
    assert properties > 300  # the document is not empty
