"""schemathesis against our OpenAPI schema: generated requests never cause a server error.

Each operation is called with a token of a role allowed to use it, so requests reach the
services. Bounded (few examples per operation) to keep the run short.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from test_web_world import World, make_world

from gateway.http.access import ROUTE_ACTIONS, Access
from gateway.users.domain import Action, Role, is_allowed


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path, passwords=False)


def _role_for(method: str, path: str) -> Role:
    rule = ROUTE_ACTIONS[(method.upper(), path)]
    if isinstance(rule, Access):
        return Role.AUDITOR
    assert isinstance(rule, Action)
    return next(role for role in Role if is_allowed(role, rule))


def test_no_server_errors(world: World) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", world.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 40
    for operation in operations:
        headers = world.headers(_role_for(operation.method, operation.path))

        @given(case=operation.as_strategy())
        @settings(
            max_examples=3,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def call(case: Any) -> None:
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        call()
