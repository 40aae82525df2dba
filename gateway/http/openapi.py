"""The OpenAPI document as a client developer needs it: how to authenticate (bearer token), what
each operation's errors look like (RFC 9457 problem details, not FastAPI's validation shape), and a
written summary for every operation (the first line of its description)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from gateway.http.access import Access, rule_for

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An RFC 9457 problem details document.",
    "required": ["type", "title", "status", "detail", "code"],
    "properties": {
        "type": {"type": "string", "description": "A URI naming the kind of problem."},
        "title": {"type": "string", "description": "A short, general title for the status."},
        "status": {"type": "integer", "description": "The HTTP status code."},
        "detail": {"type": "string", "description": "What went wrong, in plain words."},
        "code": {"type": "string", "description": "A stable code for the kind of problem."},
        "hint": {"type": "string", "description": "What to do about it."},
        "instance": {"type": "string", "description": "The path that was asked for."},
        "errors": {
            "type": "array",
            "description": "For invalid input: each field at fault and why.",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"type": "string", "description": "The field at fault."},
                    "message": {"type": "string", "description": "What is wrong with it."},
                },
            },
        },
    },
}

_STATUS_TEXT = {
    "401": "No valid API token was sent.",
    "403": "The token's owner may not do this.",
    "404": "Nothing with that reference exists (or it is not visible to you).",
    "409": "The request conflicts with the current state (e.g. a step already taken).",
    "422": "The request was refused: invalid input, or a rule of the policy or the law.",
    "429": "Too many attempts; wait and try again.",
    "500": "A fault of the gateway; nothing was saved.",
}


def _error_statuses(method: str, path: str, public: bool) -> list[str]:
    statuses = ["422", "500"]
    if not public:
        statuses += ["401", "403"]
    if "{" in path:
        statuses.append("404")
    if method in ("POST", "PUT", "DELETE"):
        statuses.append("409")
    return sorted(statuses)


def build_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    spec = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    components = spec.setdefault("components", {})
    components.setdefault("securitySchemes", {})["bearerAuth"] = {
        "type": "http",
        "scheme": "bearer",
        "description": "An API token from your account page: 'Authorization: Bearer <token>'.",
    }
    schemas = components.setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_SCHEMA
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            description = (operation.get("description") or "").strip()
            if description:  # a written summary, not one made from the function's name
                operation["summary"] = description.splitlines()[0].rstrip(".")
            rule = rule_for(method, path)
            public = rule is Access.PUBLIC
            if not public:
                operation["security"] = [{"bearerAuth": []}]
            responses = operation.setdefault("responses", {})
            for status in _error_statuses(method.upper(), path, public):
                responses[status] = {"description": _STATUS_TEXT[status], "content": problem}
    app.openapi_schema = spec
    return spec


def install(app: FastAPI) -> None:
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]
