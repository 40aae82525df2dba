"""Every error the product can raise reaches a person the same way through every door: a problem
details document from the API, a page with the message and what to do from the web, a message and
a non-zero exit code from the command line — never a traceback."""

from __future__ import annotations

import html
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from fastapi import FastAPI
from test_web_world import World, make_world

import gateway
from gateway.errors import GatewayError
from gateway.users.domain import Role

HINT = "Do the thing the hint says."


def _all_modules() -> None:
    for info in pkgutil.walk_packages(gateway.__path__, "gateway."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)


def _subclasses(cls: type[GatewayError]) -> Iterator[type[GatewayError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def error_classes() -> list[type[GatewayError]]:
    _all_modules()
    found = {GatewayError, *_subclasses(GatewayError)}
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def make_error(cls: type[GatewayError]) -> GatewayError:
    """An instance with a known message (and hint, where the class takes one)."""
    params = inspect.signature(cls.__init__).parameters
    message = f"Test message for {cls.__name__}."
    if "hint" in params:
        return cls(message, hint=HINT)  # type: ignore[call-arg]
    return cls(message)  # type: ignore[call-arg]


def test_the_product_has_one_error_root_and_many_errors() -> None:
    classes = error_classes()
    assert len(classes) > 25
    assert all(issubclass(c, GatewayError) for c in classes)
    from gateway.keys.errors import KeyringError

    assert issubclass(KeyringError, GatewayError)


@pytest.fixture
def doors(database_url: str, tmp_path: Path) -> Iterator[tuple[World, list[GatewayError]]]:
    world = make_world(database_url, tmp_path, passwords=False)
    errors = [make_error(c) for c in error_classes()]
    app: FastAPI = world.app

    def raise_in_api(index: int) -> None:
        raise errors[index]

    def raise_in_page(index: int) -> None:
        raise errors[index]

    def raise_unexpected() -> None:
        raise RuntimeError("a fault with private detail: Amir Hassan")

    app.add_api_route("/api/v1/test-errors/{index}", raise_in_api, methods=["GET"])
    app.add_api_route("/test-errors/{index}", raise_in_page, methods=["GET"])
    app.add_api_route("/api/v1/test-unexpected", raise_unexpected, methods=["GET"])
    app.add_api_route("/test-unexpected", raise_unexpected, methods=["GET"])
    yield world, errors
    world.ctx.close()


def test_every_error_through_the_api_is_problem_details(
    doors: tuple[World, list[GatewayError]],
) -> None:
    from gateway.http.problems import status_for

    world, errors = doors
    client = world.client()
    for index, error in enumerate(errors):
        # With a valid token: without one the API answers 401 before any route runs.
        response = client.get(f"/api/v1/test-errors/{index}", headers=world.headers(Role.AUDITOR))
        name = type(error).__name__
        assert response.status_code == status_for(error), name
        assert response.headers["content-type"].startswith("application/problem+json"), name
        body = response.json()
        assert body["detail"] == error.message, name
        assert body["code"] == error.code, name
        assert body.get("hint") == error.hint, name
        assert body["status"] == response.status_code, name


def test_every_error_through_the_pages_is_a_page_that_says_what_to_do(
    doors: tuple[World, list[GatewayError]],
) -> None:
    from gateway.auth.errors import AuthenticationFailed

    world, errors = doors
    client = world.client()
    for index, error in enumerate(errors):
        response = client.get(f"/test-errors/{index}")
        name = type(error).__name__
        if isinstance(error, AuthenticationFailed):  # a page asks the person to sign in
            assert response.status_code == 303, name
            assert response.headers["location"].startswith("/login"), name
            continue
        assert response.status_code >= 400, name
        assert response.headers["content-type"].startswith("text/html"), name
        shown = html.unescape(response.text)  # the page escapes quotes and apostrophes
        assert error.message in shown, name
        if error.hint:
            assert error.hint in shown, name
        assert "Traceback" not in response.text, name


def test_a_fault_of_ours_gives_no_traceback_and_no_detail(
    doors: tuple[World, list[GatewayError]],
) -> None:
    from fastapi.testclient import TestClient
    from test_web_world import BASE_URL

    world, _ = doors
    # As a browser or API client sees it (the test client would re-raise the fault itself).
    client = TestClient(world.app, base_url=BASE_URL, raise_server_exceptions=False)
    api = client.get("/api/v1/test-unexpected", headers=world.headers(Role.AUDITOR))
    assert api.status_code == 500
    assert api.headers["content-type"].startswith("application/problem+json")
    assert api.json()["code"] == "internal-error"
    assert "Amir" not in api.text
    page = client.get("/test-unexpected")
    assert page.status_code == 500 and "nothing was saved" in page.text
    assert "Amir" not in page.text and "Traceback" not in page.text


def _run_cli(exc: BaseException, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from gateway.cli.common import run_cli

    app = typer.Typer()

    @app.command()
    def boom() -> None:
        raise exc

    @app.command()
    def other() -> None:  # two commands, so 'boom' is a sub-command as in the real CLI
        return None

    saved = sys.argv
    sys.argv = ["prevent-gateway", "boom"]
    try:
        with pytest.raises(SystemExit) as ended:
            run_cli(app)
    finally:
        sys.argv = saved
    out = capsys.readouterr()
    code = ended.value.code
    return (code if isinstance(code, int) else 1), out.out + out.err


def test_every_error_through_the_command_line_is_a_message_and_an_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for cls in error_classes():
        error = make_error(cls)
        code, output = _run_cli(error, capsys)
        assert code != 0, cls.__name__
        assert error.message in " ".join(output.split()), cls.__name__
        if error.hint:
            assert error.hint in " ".join(output.split()), cls.__name__
        assert "Traceback" not in output, cls.__name__


def test_a_fault_of_ours_on_the_command_line_is_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, output = _run_cli(UnicodeEncodeError("utf-8", "x", 0, 1, "bad"), capsys)
    assert code == 70
    assert "nothing was saved" in " ".join(output.split())
    assert "Traceback" not in output
