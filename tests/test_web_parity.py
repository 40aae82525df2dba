"""Web parity: every action a role can take at the command line or through the API, that role can
take in the web.

Nothing here is listed by hand except the exceptions. The test reads which use cases each door
runs from the doors' own code (the API routes and CLI commands on one side, the pages on the
other) and the rules from the route table and the role matrix:

- for each API route and each role the role matrix lets through it, every use case the route
  runs is run by a page the same role may open;
- every use case a CLI command runs is run by some page;
- every action in the matrix of a role that signs in is the rule of at least one page.

A door that does the same work through another use case (a page showing what two API routes
list) names it in EQUIVALENT, and the test checks that the page really runs it. What cannot be
done in a browser at all is in NOT_IN_THE_WEB, each with its reason.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
import types
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import typer
from fastapi.routing import APIRoute

from gateway.http.access import API_PREFIX, ROUTE_ACTIONS, Access
from gateway.users.domain import PERMISSIONS, TOKEN_ONLY_ROLES, Action, Role, is_allowed

#: A use case the API or CLI runs -> the page use case that does the same work, and why.
EQUIVALENT: dict[str, tuple[str, str]] = {
    "gateway.cases.use_cases.add_evidence_base64": (
        "gateway.cases.use_cases.add_evidence",
        "the case page uploads the file itself (the API sends it as base64); both run the same "
        "intake checks",
    ),
    "gateway.access_log.use_cases.list_access_events": (
        "gateway.access_log.use_cases.access_log_overview",
        "the access-log page lists the events and checks them as it shows them",
    ),
    "gateway.access_log.use_cases.check_access_log": (
        "gateway.access_log.use_cases.access_log_overview",
        "the access-log page shows the check with the events",
    ),
    "gateway.audit.use_cases.checkpoint": (
        "gateway.audit.use_cases.sharing_log_overview",
        "the sharing-log page shows the latest signed checkpoint",
    ),
    "gateway.audit.use_cases.log_entries": (
        "gateway.audit.use_cases.sharing_log_overview",
        "the sharing-log page lists the entries, page by page",
    ),
    "gateway.audit.use_cases.export_to_folder": (
        "gateway.audit.use_cases.export_log",
        "the web gives the same export as one zip file to download",
    ),
    "gateway.cases.use_cases.reviews_due": (
        "gateway.users.use_cases.home",
        "the dashboard lists the internal-action reviews due",
    ),
    "gateway.cases.use_cases.people_found": (
        "gateway.cases.use_cases.case_page",
        "the case page lists the people its texts name who are not recorded",
    ),
    "gateway.cases.use_cases.read_case": (
        "gateway.cases.use_cases.case_page",
        "the case page shows the case",
    ),
    "gateway.disclosures.use_cases.dpo_queue": (
        "gateway.users.use_cases.home",
        "the DPO's dashboard lists what awaits approval and the emergency reviews",
    ),
    "gateway.disclosures.use_cases.add_item": (
        "gateway.disclosures.use_cases.save_items",
        "the data-items page adds the items ticked",
    ),
    "gateway.disclosures.use_cases.remove_item": (
        "gateway.disclosures.use_cases.save_items",
        "the data-items page removes the items unticked",
    ),
    "gateway.disclosures.use_cases.set_subject_fields": (
        "gateway.disclosures.use_cases.save_items",
        "the data-items page records the student's fields chosen",
    ),
    "gateway.disclosures.use_cases.accept_findings": (
        "gateway.disclosures.use_cases.review_findings",
        "the review page records every finding's decision at once",
    ),
    "gateway.disclosures.use_cases.review_finding": (
        "gateway.disclosures.use_cases.review_findings",
        "the review page records each finding's decision",
    ),
    "gateway.dpias.use_cases.list_alerts": (
        "gateway.users.use_cases.home",
        "the DPO's dashboard lists the DPIA alerts to acknowledge",
    ),
    "gateway.dpias.use_cases.status": (
        "gateway.dpias.use_cases.list_dpias",
        "the DPIA register shows whether each DPIA is in force and why",
    ),
    "gateway.requests.use_cases.list_requests": (
        "gateway.requests.use_cases.requests_page",
        "the requests page lists them",
    ),
    "gateway.users.use_cases.me": (
        "gateway.auth.use_cases.account",
        "the account page shows who is signed in and their role",
    ),
    "gateway.auth.use_cases.my_tokens": (
        "gateway.auth.use_cases.account",
        "the account page lists the person's tokens",
    ),
    "gateway.retention.use_cases.retention_plan": (
        "gateway.retention.use_cases.retention_overview",
        "the retention page shows the plan",
    ),
    "gateway.retention.use_cases.list_certificates": (
        "gateway.retention.use_cases.retention_overview",
        "the retention page lists the destruction certificates",
    ),
    "gateway.retention.use_cases.list_holds": (
        "gateway.retention.use_cases.retention_overview",
        "the retention page lists the holds",
    ),
    "gateway.retention.use_cases.list_complaints": (
        "gateway.retention.use_cases.retention_overview",
        "the retention page lists the complaints holding records",
    ),
    "gateway.disclosures.use_cases.approval": (
        "gateway.disclosures.use_cases.read",
        "those who read disclosures but do not approve them see the same content on the "
        "disclosure's page",
    ),
}

#: Use cases with no page, and why a browser is the wrong place for them.
NOT_IN_THE_WEB: dict[str, str] = {
    "gateway.keys.use_cases.record_key_rotation": "rotating the organisation's signing keys "
    "writes the key files on the server and needs their passphrase, which never goes through a "
    "browser",
    "gateway.encryption.use_cases.rotate_kek": "rotating the key-encryption key reads and "
    "writes the key file on the server",
    "gateway.audit.use_cases.monitor_log": "the scheduled watch of the sharing log, run by the "
    "service account at the server; the dashboard shows the alarm it raises",
    "gateway.audit.use_cases.inclusion_proof": "a proof file for an auditor's offline verifier; "
    "the sharing-log page verifies the whole log in place",
    "gateway.audit.use_cases.consistency_since": "a proof file for an auditor's offline verifier "
    "against a checkpoint they saved",
    "gateway.audit.use_cases.add_cosignature": "a witness's cosignature file, added where the "
    "keys are managed",
    "gateway.reports.use_cases.trace_figure": "an auditor's trace of one figure to record ids, "
    "for their working papers",
}

#: Actions a role holds that no page needs as its rule, and why.
ACTIONS_WITHOUT_A_PAGE: dict[Action, str] = {
    Action.KEYS_MANAGE: NOT_IN_THE_WEB["gateway.keys.use_cases.record_key_rotation"],
    Action.REPORT_OFS_EXACT: "not an action of its own: the OfS return page (rule report.read) "
    "offers the exact counts to the roles that hold it",
}


# --- reading the doors ------------------------------------------------------------------------


def _module_of(node: ast.ImportFrom, alias: ast.alias) -> Any:
    assert node.module is not None
    try:
        return importlib.import_module(f"{node.module}.{alias.name}")
    except ImportError:
        return getattr(importlib.import_module(node.module), alias.name, None)


def use_cases_of(function: Callable[..., Any], seen: set[Any] | None = None) -> set[str]:
    """The use cases a door's function runs: ``use_cases.name`` of a ``*.use_cases`` module, a
    use case imported by name, and those run by helpers of the same module it calls."""
    seen = set() if seen is None else seen
    if function in seen:
        return set()
    seen.add(function)
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    names: dict[str, Any] = dict(function.__globals__)
    for node in ast.walk(tree):  # imports inside the function (the CLI imports lazily)
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = _module_of(node, alias)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = names.get(node.value.id)
            if isinstance(module, types.ModuleType) and module.__name__.endswith(".use_cases"):
                found.add(f"{module.__name__}.{node.attr}")
        elif isinstance(node, ast.Name):
            target = names.get(node.id)
            if inspect.isfunction(target):
                if target.__module__.endswith(".use_cases"):
                    found.add(f"{target.__module__}.{target.__name__}")
                elif target.__module__ == function.__module__:
                    found |= use_cases_of(target, seen)
    return found


def _routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, str, Any]]:
    for route in routes:
        original = getattr(route, "original_router", None)
        if original is not None:
            inner = prefix + str(getattr(route.include_context, "prefix", "") or "")
            yield from _routes(list(original.routes), inner)
        elif isinstance(route, APIRoute):
            for method in sorted(route.methods - {"HEAD"}):
                yield method, prefix + route.path, route.endpoint


@cache
def doors() -> tuple[
    list[tuple[str, str, frozenset[str]]], dict[str, list[tuple[str, str]]]
]:
    """(API routes with their use cases, use case -> the pages that run it)."""
    import tempfile

    from gateway.config import Settings
    from gateway.context import AppContext
    from gateway.db import make_engine
    from gateway.http.app import create_app

    # Only the routes are read: the app is built over an empty installation and never serves.
    folder = Path(tempfile.mkdtemp(prefix="parity-"))
    settings = Settings(data_dir=folder, database_url=f"sqlite:///{folder}/unused.db")
    app = create_app(AppContext(settings=settings, engine=make_engine(settings.database_url)))
    api: list[tuple[str, str, frozenset[str]]] = []
    web: dict[str, list[tuple[str, str]]] = {}
    for method, path, endpoint in _routes(list(app.routes)):
        found = use_cases_of(endpoint)
        if path.startswith(API_PREFIX + "/"):
            api.append((method, path, frozenset(found)))
        else:
            for use_case in found:
                web.setdefault(use_case, []).append((method, path))
    return api, web


def cli_commands() -> Iterator[tuple[str, Callable[..., Any]]]:
    from gateway.cli import main

    def walk(group: typer.Typer, name: str) -> Iterator[tuple[str, Callable[..., Any]]]:
        for command in group.registered_commands:
            assert command.callback is not None
            yield f"{name} {command.name or command.callback.__name__}".strip(), command.callback
        for sub in group.registered_groups:
            assert sub.typer_instance is not None
            yield from walk(sub.typer_instance, f"{name} {sub.name}")

    yield from walk(main.app, "")
    for group in main.GROUPS:
        yield from walk(main.load_group(group), group)


def _role_may(role: Role, rule: Action | Access | None) -> bool:
    if rule is None:
        return False
    if isinstance(rule, Access):
        return True
    return is_allowed(role, rule)


def web_roles() -> list[Role]:
    return [r for r in Role if r not in TOKEN_ONLY_ROLES]


def _pages_for(use_case: str, web: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The pages that run the use case, or its equivalent."""
    pages = list(web.get(use_case, []))
    if use_case in EQUIVALENT:
        pages += web.get(EQUIVALENT[use_case][0], [])
    return pages


def api_gaps(
    api: list[tuple[str, str, frozenset[str]]], web: dict[str, list[tuple[str, str]]]
) -> list[str]:
    """Each (role, API route, use case) the role may use through the API and no page it may
    open runs."""
    gaps: list[str] = []
    for method, path, found in api:
        rule = ROUTE_ACTIONS.get((method, path))
        for use_case in sorted(found):
            if use_case in NOT_IN_THE_WEB:
                continue
            pages = _pages_for(use_case, web)
            for role in web_roles():
                if not _role_may(role, rule):
                    continue
                if not any(_role_may(role, ROUTE_ACTIONS.get(page)) for page in pages):
                    gaps.append(f"{role.value}: {method} {path} ({use_case})")
    return gaps


# --- the tests --------------------------------------------------------------------------------


def test_the_doors_are_read() -> None:
    """The reading finds what it must: otherwise every other test here passes vacuously."""
    api, web = doors()
    assert len(api) > 100
    assert any("gateway.cases.use_cases.decide" in found for _m, _p, found in api)
    assert ("POST", "/cases/{reference}/decide") in web["gateway.cases.use_cases.decide"]
    commands = dict(cli_commands())
    assert "gateway.auth.use_cases.set_password" in use_cases_of(commands["user set-password"])


def test_every_api_action_of_a_role_can_be_taken_in_the_web_by_that_role() -> None:
    gaps = api_gaps(*doors())
    assert gaps == [], "no page for:\n" + "\n".join(gaps)


def test_every_cli_action_can_be_taken_in_the_web() -> None:
    _api, web = doors()
    gaps = [
        f"{name}: {use_case}"
        for name, callback in cli_commands()
        for use_case in sorted(use_cases_of(callback))
        if use_case not in NOT_IN_THE_WEB and not _pages_for(use_case, web)
    ]
    assert gaps == [], "no page for these commands' use cases:\n" + "\n".join(gaps)


def test_every_action_of_a_role_that_signs_in_has_a_page() -> None:
    page_rules = {
        rule for (method, path), rule in ROUTE_ACTIONS.items() if not path.startswith(API_PREFIX)
    }
    gaps = [
        f"{role.value}: {action.value}"
        for role in web_roles()
        for action in sorted(PERMISSIONS[role])
        if action not in page_rules and action not in ACTIONS_WITHOUT_A_PAGE
    ]
    assert gaps == [], "no page has these actions as its rule:\n" + "\n".join(gaps)


@pytest.mark.parametrize("use_case", sorted(EQUIVALENT))
def test_an_equivalent_page_really_runs_its_use_case(use_case: str) -> None:
    """The exceptions cannot hide a gap: the page named does run the equivalent use case, and
    the use case it stands for exists."""
    _api, web = doors()
    module, _, name = use_case.rpartition(".")
    assert callable(getattr(importlib.import_module(module), name, None)), use_case
    assert web.get(EQUIVALENT[use_case][0]), f"no page runs {EQUIVALENT[use_case][0]}"


def test_the_exceptions_name_real_use_cases_still_without_a_page() -> None:
    _api, web = doors()
    for use_case in NOT_IN_THE_WEB:
        module, _, name = use_case.rpartition(".")
        assert callable(getattr(importlib.import_module(module), name, None)), use_case
        assert use_case not in web, f"{use_case} has a page now: remove its exception"


def test_the_parity_test_finds_a_gap() -> None:
    """Take pages away and the check names what went missing, for the roles that lose it."""
    api, web = doors()
    withdraw = "gateway.disclosures.use_cases.withdraw"
    without_withdraw = {k: v for k, v in web.items() if k != withdraw}
    gaps = api_gaps(api, without_withdraw)
    assert "prevent_lead: POST /api/v1/disclosures/{reference}/withdraw " in " ".join(gaps) + " "
    assert all("withdraw" in gap for gap in gaps)
    # A page the role may not open is no page for that role: the DPO's approval page, opened to
    # the Prevent Lead alone, would leave the DPO without a way to approve.
    lead_only = {
        k: [("GET", "/cases")] if k == "gateway.disclosures.use_cases.approve" else v
        for k, v in web.items()
    }
    assert any(
        gap.startswith("dpo: POST /api/v1/disclosures/{reference}/approve")
        for gap in api_gaps(api, lead_only)
    )
