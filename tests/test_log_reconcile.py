"""`log monitor` reconciles the disclosure records with the sharing log, both ways: each of the
four changes to a released disclosure (un-released, deleted, package hash changed, package row
deleted) is caught and refuses further releases; a released package whose file was never written
(a crash after the commit) is found and written again by `disclosure export-package`. A
concurrent duplicate release answers 409 (Conflict), and a second release points to
`disclosure export-package`."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from gateway.audit import use_cases as audit
from gateway.audit.errors import LogAlarm
from gateway.auth.identity import LocalOperator
from gateway.disclosures import use_cases as disclosures
from gateway.errors import Conflict, InvalidTransition
from tests.support import World, build_world, content_sha256, prepare_request


def approved(world: World) -> str:
    clock, settings = world.ctx.clock, world.ctx.settings
    ref = prepare_request(world)
    world.run("lead", lambda s, a: disclosures.submit(s, a, clock, settings, ref))
    sha = content_sha256(world, ref)
    world.run("dpo", lambda s, a: disclosures.approve(s, a, clock, settings, ref, sha))
    return ref


def release(world: World, ref: str) -> Any:
    clock, settings = world.ctx.clock, world.ctx.settings
    return world.run("lead", lambda s, a: disclosures.release(
        s, a, clock, settings, ref, keyring=world.ctx.keyring, log=world.ctx.log_writer()))


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


@pytest.fixture
def released(world: World) -> str:
    ref = approved(world)
    release(world, ref)
    return ref


def monitor(world: World) -> Any:
    return world.ctx.work().run(
        LocalOperator(), audit.monitor_log, log=world.ctx.transparency_log()
    )


def request_id(engine: Engine, ref: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(
            text("SELECT id FROM disclosure_requests WHERE reference = :r"), {"r": ref}
        ).scalar_one())


ATTACKS = {
    "unreleased": ["UPDATE disclosure_requests SET status = 'approved' WHERE id = :id"],
    "deleted": [
        "DELETE FROM released_packages WHERE request_id = :id",
        "DELETE FROM disclosure_items WHERE request_id = :id",
        "DELETE FROM lawful_basis_records WHERE request_id = :id",
        "UPDATE non_disclosure_decisions SET request_id = NULL WHERE request_id = :id",
        "DELETE FROM disclosure_requests WHERE id = :id",
    ],
    "package_hash": [
        "UPDATE disclosure_requests SET package_sha256 = '" + "0" * 64 + "' WHERE id = :id"
    ],
    "package_row": ["DELETE FROM released_packages WHERE request_id = :id"],
}
FOUND = {
    "unreleased": "records the release of {ref}, but the disclosure is approved",
    "deleted": "records the release of {ref}, but no such disclosure is held",
    "package_hash": "the package hash of {ref} differs from the one the log recorded",
    "package_row": "{ref} is released, but its sealed package is missing from the database",
}


def test_a_released_disclosure_reconciles_with_the_log(world: World, released: str) -> None:
    view = monitor(world)
    assert view.healthy, (view.problems, view.attention)
    assert view.releases_checked == 1


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_each_change_to_a_released_disclosure_is_caught(
    world: World, released: str, attack: str
) -> None:
    rid = request_id(world.engine, released)
    with world.engine.begin() as conn:
        for statement in ATTACKS[attack]:
            conn.execute(text(statement), {"id": rid})
    view = monitor(world)
    assert not view.healthy
    wanted = FOUND[attack].format(ref=released)
    assert any(wanted in p for p in view.problems), view.problems
    assert view.alarm is not None
    # Fails closed: the next release (any append) is refused until an administrator resolves.
    with pytest.raises(LogAlarm):
        release(world, approved(world))


def test_a_package_file_never_written_is_found_and_written_again(
    world: World, released: str, tmp_path: Path
) -> None:
    from gateway.cli.disclosure import app as disclosure_app

    packages = world.ctx.settings.packages_dir
    (copy,) = list(packages.iterdir())
    copy.unlink()  # as if the process died between the commit and the file write
    view = monitor(world)
    assert not view.healthy and not view.problems and view.alarm is None
    (todo,) = view.attention
    assert f"export the stored package of {released} there again" in todo
    assert str(packages) in todo and "disclosure export-package" in todo
    # The re-run of the release says where to go.
    with pytest.raises(InvalidTransition, match="disclosure export-package"):
        release(world, released)
    settings = world.ctx.settings
    result = world.cli().invoke(
        disclosure_app,
        ["export-package", released, "--out", str(packages), "--as", "lead"],
        env={
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
            "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
        },
    )
    assert result.exit_code == 0, (result.output, result.exception)
    assert monitor(world).healthy


def test_concurrent_releases_of_one_disclosure_give_one_release_and_conflicts(
    world: World,
) -> None:
    ref = approved(world)
    outcomes: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def attempt() -> None:
        start.wait()
        try:
            release(world, ref)
            result = "released"
        except (Conflict, InvalidTransition) as exc:
            result = type(exc).__name__
        except Exception as exc:  # noqa: BLE001 - the test reports anything else
            result = f"unexpected {type(exc).__name__}: {exc}"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("released") == 1, outcomes
    assert all(o in ("released", "Conflict", "InvalidTransition") for o in outcomes), outcomes
    assert monitor(world).healthy
