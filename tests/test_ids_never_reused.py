"""No id is ever handed out twice: after the newest case is destroyed, the next case, concern
and certificate get new ids, on every engine (SQLite tables are AUTOINCREMENT; PostgreSQL's
sequences never go back), and the SQLite upgrade keeps every row, trigger and index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine

from gateway.db import make_engine
from gateway.migrate import alembic_config
from tests.retention_support import dispose, immediate_schedule, nfa_case
from tests.support import World, build_world


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _max_ids(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            table: int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())
            for table in (
                "cases",
                "concerns",
                "decisions",
                "chronology_events",
                "evidence_items",
                "evidence_chunks",
            )
        }


def test_ids_of_destroyed_records_are_not_given_again(world: World) -> None:
    nfa_case(world)
    nfa_case(world)  # the newest rows of every case table
    before = _max_ids(world.engine)
    dispose(world, immediate_schedule())
    left = _max_ids(world.engine)
    assert all(left[table] < highest for table, highest in before.items())  # the newest went
    nfa_case(world)
    after = _max_ids(world.engine)
    for table, highest in before.items():
        assert after[table] > highest, f"{table} gave a destroyed record's id again"


def test_every_sqlite_table_keyed_by_id_is_autoincrement(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's sequences never hand an id out twice")
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
        ).all()
    keyed_by_id = [(name, sql) for name, sql in rows if re.search(r"\bid INTEGER NOT NULL\b", sql)]
    assert len(keyed_by_id) > 30
    missing = [name for name, sql in keyed_by_id if "AUTOINCREMENT" not in sql.upper()]
    assert missing == [], "tables that would reuse a destroyed record's id"


def _schema(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index')")
        ).all()
    found: dict[str, list[str]] = {"trigger": [], "index": []}
    for kind, name in rows:
        found[kind].append(name)
    return {kind: sorted(names) for kind, names in found.items()}


def test_the_sqlite_upgrade_keeps_rows_triggers_and_indexes(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        # The schema as it was just before the migration that makes ids AUTOINCREMENT.
        before_change = ScriptDirectory.from_config(alembic_config()).get_revision("0014")
        assert before_change is not None
        command.upgrade(alembic_config(engine), str(before_change.down_revision))
        with engine.begin() as conn:
            for n in (1, 2, 3):
                conn.execute(
                    text(
                        "INSERT INTO users (id, username, display_name, role, active, "
                        "created_at, staff_id) VALUES (:n, :u, :u, 'auditor', 1, '2026-01-01', "
                        ":u)"
                    ),
                    {"n": n * 10, "u": f"user{n}"},
                )
            conn.execute(text("DELETE FROM users WHERE id = 30"))
        before = _schema(engine)
        assert before["trigger"], "the append-only triggers exist before the upgrade"
        command.upgrade(alembic_config(engine), "head")
        after = _schema(engine)
        assert set(before["trigger"]) <= set(after["trigger"])
        assert set(before["index"]) <= set(after["index"])
        with engine.begin() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            names = conn.execute(text("SELECT username FROM users ORDER BY id")).scalars().all()
            assert names == ["user1", "user2"]
            conn.execute(
                text(
                    "INSERT INTO users (username, display_name, role, active, created_at, "
                    "staff_id) VALUES ('user4', 'user4', 'auditor', 1, '2026-01-01', 'user4')"
                )
            )
            new_id = conn.execute(
                text("SELECT id FROM users WHERE username = 'user4'")
            ).scalar_one()
        # The counter starts at the highest id the table held (20), then never goes back.
        assert new_id == 21
        # The append-only access log still refuses an edit.
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO access_events (at, user_id, channel, action, object_type, "
                    "object_ref) VALUES ('2026-01-01', 10, 'cli', 'x', 'case', 'y')"
                )
            )
        with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
            conn.execute(text("UPDATE access_events SET action = 'z'"))
    finally:
        engine.dispose()
