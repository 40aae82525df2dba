"""The gateway watches its own sharing log and fails closed.

Each attack of the database (an entry edited, the tail rolled back, the latest checkpoint
deleted, an inner tree node corrupted) is caught by `log monitor` (exit 1, every broken index,
naming the checkpoint compared against), and the gateway then refuses to append, report or
answer a subject access request, shows the alarm on every dashboard, until an administrator
resolves it. The untouched log passes (the positive control).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from gateway.access_log import use_cases as access_log
from gateway.audit import use_cases as audit
from gateway.audit.errors import LogAlarm
from gateway.auth.identity import LocalOperator, LocalUser
from gateway.cases.service import get_case
from gateway.cli.log import app as log_app
from gateway.errors import Conflict
from sharing_log.sql import LOG_TABLES
from tests.support import World, build_world

ENTRIES = 6


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    """A log of a few entries (access-log seals), appended as the doors do: checked against
    the saved checkpoint first, which each commit moves forward."""
    world = build_world(engine, tmp_path, referral=False, dpia=False)
    for _ in range(ENTRIES):
        grow(world)
    return world


def grow(world: World) -> Any:
    world.run("lead", lambda s, a: get_case(s, a, world.case_ref))
    return world.run("dpo", lambda s, a: access_log.seal_access_log(
        s, a, world.ctx.clock, world.ctx.settings, log=world.ctx.log_writer()))


def saved_size(world: World) -> int:
    state = json.loads(world.ctx.settings.log_checkpoint_path.read_text())
    return int(state["checkpoint"].split("\n")[1])


def env_of(world: World) -> dict[str, str]:
    settings = world.ctx.settings
    return {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
        "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
    }


def cli(world: World, *args: str) -> tuple[int, str]:
    """A ``log`` command as the auditor (proven by their own API token)."""
    result = world.cli().invoke(log_app, [*args, "--as", "auditor"], env=env_of(world))
    # A refusal (a GatewayError) reaches the entry point, which prints it; here it is raised.
    said = result.output + (str(result.exception) if result.exception else "")
    return result.exit_code, " ".join(said.split())


def monitor(world: World) -> Any:
    return world.ctx.work().run(
        LocalOperator(), audit.monitor_log, log=world.ctx.transparency_log()
    )


def unprotect(engine: Engine, *tables: str) -> None:
    """What whoever runs the database can do: drop the append-only triggers."""
    with engine.begin() as conn:
        for table in tables or LOG_TABLES:
            if engine.dialect.name == "sqlite":
                for op in ("update", "delete"):
                    conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{op}"))
            else:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"))


def tamper(engine: Engine, *statements: str) -> None:
    unprotect(engine)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def edit_entry(engine: Engine, index: int) -> None:
    """Change one digit of a seal's event count in the stored entry."""
    with engine.connect() as conn:
        leaf = bytes(conn.execute(
            text("SELECT leaf FROM sharing_log_entries WHERE idx = :i"), {"i": index}
        ).scalar_one())
    forged = leaf.replace(b'"event_count":1', b'"event_count":7')
    assert forged != leaf
    unprotect(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE sharing_log_entries SET leaf = :b WHERE idx = :i"),
                     {"b": forged, "i": index})


def report(world: World) -> Any:
    from gateway.reports import use_cases as reports

    return world.run("auditor", lambda s, a: reports.annual_report(
        s, a, world.ctx.clock, world.ctx.settings, log=world.ctx.transparency_log()))


def assert_fails_closed(world: World, *named: str) -> None:
    """Monitor exit 1 naming every finding; append, report and a subject access request are
    refused; the alarm is on the dashboard; it stays after the monitor ran."""
    code, out = cli(world, "monitor")
    assert code == 1, out
    assert "Compared with the saved checkpoint of" in out
    for words in named:
        assert words in out, out
    with pytest.raises(LogAlarm):
        grow(world)
    with pytest.raises(LogAlarm):
        report(world)
    with pytest.raises(LogAlarm):
        open_sar(world)
    from gateway.users import use_cases as users

    for username in ("tutor", "auditor", "dpo", "admin"):
        home = world.ctx.work().run(LocalUser(username), users.home)
        assert home.log_alarm is not None and home.log_alarm.findings


def open_sar(world: World) -> Any:
    from datetime import date

    from gateway.sar import use_cases as sar

    return world.run("dpo", lambda s, a: sar.open_request(
        s, a, world.ctx.clock, world.ctx.settings, "S2034178", received_on=date.today(),
        log=world.ctx.transparency_log(), keyring=world.ctx.keyring))


def test_untouched_log_is_healthy_and_the_saved_checkpoint_follows_it(world: World) -> None:
    assert saved_size(world) == ENTRIES
    code, out = cli(world, "monitor")
    assert code == 0, out
    assert f"{ENTRIES} entries stored, {ENTRIES} entries signed" in out
    assert "Sharing log healthy." in out
    grow(world)
    assert saved_size(world) == ENTRIES + 1
    assert report(world).report is not None
    assert monitor(world).healthy


def test_an_edited_entry_is_caught_with_every_broken_index(world: World) -> None:
    edit_entry(world.engine, 1)
    edit_entry(world.engine, 4)
    view = monitor(world)
    assert not view.healthy
    assert any("entry 1 was edited" in p for p in view.problems)
    assert any("entry 4 was edited" in p for p in view.problems)
    assert_fails_closed(world, "entry 1 was edited", "entry 4 was edited")


def test_an_edited_entry_is_refused_without_waiting_for_the_monitor(world: World) -> None:
    # Reports and subject access requests read every entry, so they hash every entry again.
    edit_entry(world.engine, 1)
    with pytest.raises(LogAlarm, match="entry 1 was edited"):
        report(world)
    with pytest.raises(LogAlarm):
        grow(world)


def test_an_entry_edited_since_the_saved_checkpoint_is_refused_before_an_append(
    world: World,
) -> None:
    # An append checks the entries since the saved checkpoint (here: as if another machine had
    # appended the last one) and the root of everything before it.
    path = world.ctx.settings.log_checkpoint_path
    state = json.loads(path.read_text())
    with world.engine.connect() as conn:
        state["checkpoint"] = conn.execute(text(
            "SELECT note FROM sharing_log_checkpoints WHERE tree_size = :n"), {"n": ENTRIES - 1}
        ).scalar_one()
    path.write_text(json.dumps(state))
    edit_entry(world.engine, ENTRIES - 1)
    with pytest.raises(LogAlarm, match=f"entry {ENTRIES - 1} was edited"):
        grow(world)
    with world.engine.connect() as conn:
        assert world.ctx.transparency_log().size(conn) == ENTRIES  # nothing appended


def test_a_tail_rollback_is_caught_by_the_saved_checkpoint(world: World) -> None:
    # Remove the last two entries with their nodes and checkpoints: what the database then
    # holds is a sound, smaller log (no tool without a saved checkpoint would notice).
    keep = ENTRIES - 2
    tamper(
        world.engine,
        f"DELETE FROM sharing_log_cosignatures WHERE tree_size > {keep}",
        f"DELETE FROM sharing_log_checkpoints WHERE tree_size > {keep}",
        f"DELETE FROM sharing_log_entries WHERE idx >= {keep}",
        "DELETE FROM sharing_log_nodes WHERE (idx + 1) * (1 << level) > " + str(keep)
        if world.engine.dialect.name == "postgresql"
        else f"DELETE FROM sharing_log_nodes WHERE (idx + 1) << level > {keep}",
    )
    assert_fails_closed(world, f"the saved checkpoint covers {ENTRIES} entries")
    # The gateway did not re-sign the same sizes with other roots (no fork).
    with world.engine.connect() as conn:
        assert conn.execute(text("SELECT max(tree_size) FROM sharing_log_checkpoints")
                            ).scalar_one() == keep


def test_a_deleted_latest_checkpoint_is_caught(world: World) -> None:
    tamper(world.engine, f"DELETE FROM sharing_log_checkpoints WHERE tree_size = {ENTRIES}")
    assert_fails_closed(
        world, f"entries {ENTRIES - 1} to {ENTRIES - 1} are not covered by any signed checkpoint"
    )


def test_a_corrupted_inner_node_is_caught_and_no_proof_is_printed(world: World) -> None:
    unprotect(world.engine)
    with world.engine.begin() as conn:
        conn.execute(text("UPDATE sharing_log_nodes SET hash = :h WHERE level = 1 AND idx = 0"),
                     {"h": b"\x07" * 32})
    code, out = cli(world, "prove", "3")
    assert code == 1
    assert "does not verify" in out
    view = monitor(world)
    assert [p for p in view.problems if "tree node" in p] == [
        "tree node (level 1, index 0) is corrupted: it is not the hash of the two nodes under it"
    ]
    assert_fails_closed(world, "tree node (level 1, index 0) is corrupted")


def test_resolving_needs_the_log_restored_or_the_database_accepted(world: World) -> None:
    with world.engine.connect() as conn:
        original = bytes(conn.execute(
            text("SELECT leaf FROM sharing_log_entries WHERE idx = 2")).scalar_one())
    edit_entry(world.engine, 2)
    assert not monitor(world).healthy

    def resolve(**kwargs: Any) -> Any:
        return world.ctx.work().run(
            LocalUser("admin"), audit.resolve_log_alarm, log=world.ctx.transparency_log(),
            reason="Investigated with the DPO.", **kwargs,
        )

    with pytest.raises(Conflict, match="itself damaged"):
        resolve(accept_database=True)
    from gateway.errors import NotPermitted

    with pytest.raises(NotPermitted):
        world.ctx.work().run(LocalUser("dpo"), audit.resolve_log_alarm,
                             log=world.ctx.transparency_log(), reason="x")
    # The entry restored (from a backup): resolved, recorded, and the gateway works again.
    with world.engine.begin() as conn:
        conn.execute(text("UPDATE sharing_log_entries SET leaf = :b WHERE idx = 2"),
                     {"b": original})
    with pytest.raises(LogAlarm):  # still refused: the alarm stays until resolved
        grow(world)
    done = resolve()
    assert done.had_alarm and not done.accepted_database and done.saved_size == ENTRIES
    with world.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT reason, findings, accepted_database FROM sharing_log_alarm_resolutions"
        )).one()
    assert row.reason == "Investigated with the DPO." and "entry 2 was edited" in row.findings
    grow(world)
    assert monitor(world).healthy


def test_a_rollback_is_resolved_only_by_accepting_the_database(world: World) -> None:
    keep = ENTRIES - 1
    tamper(
        world.engine,
        f"DELETE FROM sharing_log_checkpoints WHERE tree_size > {keep}",
        f"DELETE FROM sharing_log_entries WHERE idx >= {keep}",
        f"DELETE FROM sharing_log_nodes WHERE level = 0 AND idx >= {keep}",
        f"DELETE FROM sharing_log_nodes WHERE level = 1 AND idx >= {keep // 2}",
    )
    assert not monitor(world).healthy
    run = world.ctx.work().run
    with pytest.raises(Conflict, match="--accept-database"):
        run(LocalUser("admin"), audit.resolve_log_alarm, log=world.ctx.transparency_log(),
            reason="Restored last night's backup.")
    done = run(LocalUser("admin"), audit.resolve_log_alarm, log=world.ctx.transparency_log(),
               reason="Restored last night's backup.", accept_database=True)
    assert done.accepted_database and done.saved_size == keep
    assert saved_size(world) == keep
    grow(world)
    assert monitor(world).healthy


def test_a_missing_saved_checkpoint_is_made_again_after_a_full_check(world: World) -> None:
    path = world.ctx.settings.log_checkpoint_path
    path.unlink()
    view = monitor(world)
    assert view.healthy and "no saved checkpoint" in view.compared_with
    assert saved_size(world) == ENTRIES


def test_export_counts_the_lines_it_wrote(world: World, tmp_path: Path) -> None:
    tamper(world.engine, "DELETE FROM sharing_log_entries WHERE idx = 2")
    folder = tmp_path / "export"
    code, out = cli(world, "export", str(folder))
    assert code == 1
    assert f"Exported {ENTRIES - 1} entries" in out
    assert f"1 of the {ENTRIES} signed entries are missing" in out
    assert len((folder / "entries.jsonl").read_bytes().splitlines()) == ENTRIES - 1


def test_entries_after_the_latest_checkpoint_fail_the_verify_button(world: World) -> None:
    tamper(world.engine, f"DELETE FROM sharing_log_checkpoints WHERE tree_size = {ENTRIES}")
    view = world.run("auditor", lambda s, a: audit.verify_log(
        s, a, world.ctx.clock, world.ctx.settings, log=world.ctx.transparency_log(),
        keyring=world.ctx.keyring))
    assert not view.verified and view.problem_kind == "unsigned_entries"
