"""Disposal survives being killed: a process running a disposal (and the KEK rotation that ends
it) is killed at chosen and at random points; the next run completes it, the previous KEK is
gone, every remaining case still decrypts and no copy of a destroyed data key opens.

The kill is real: the run happens in a forked child that ends with ``os._exit`` at the chosen
point (no clean-up handler runs, as with SIGKILL), and the parent, as the next process, reads
the installation from its files afresh.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, event, select, text
from sqlalchemy.engine import Engine

from gateway.cases.service import get_case
from gateway.config import load_settings
from gateway.encryption import rotation as rotation_module
from gateway.encryption.kek import KekError, read_key_file, unwrap
from gateway.encryption.keystore import bind_kek, kek_source_for, source_for
from gateway.encryption.models import CaseDataKey, KekRotation
from gateway.retention import flows
from tests.retention_support import dispose, immediate_schedule, nfa_case
from tests.support import World, build_world

KILLED = 137


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _die(*_: object, **__: object) -> None:
    os._exit(KILLED)


def _kill_in_child(world: World, arm: Callable[[pytest.MonkeyPatch], None]) -> int:
    """Run a disposal in a forked child armed to die; returns its exit status."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 1
        try:
            world.engine.dispose(close=False)  # its own connections, not the parent's
            with pytest.MonkeyPatch.context() as patch:
                arm(patch)
                dispose(world, immediate_schedule())
            status = 0
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _after_statements(count: int) -> Callable[[pytest.MonkeyPatch], None]:
    def arm(_: pytest.MonkeyPatch) -> None:
        seen = {"n": 0}

        @event.listens_for(Engine, "before_cursor_execute")
        def count_and_die(*_: Any) -> None:
            seen["n"] += 1
            if seen["n"] >= count:
                os._exit(KILLED)

    return arm


def _patching(target: object, name: str) -> Callable[[pytest.MonkeyPatch], None]:
    return lambda patch: patch.setattr(target, name, _die)


def _after_next_key_written(patch: pytest.MonkeyPatch) -> None:
    real = rotation_module.write_key_file

    def write_then_die(path: Path, kek: bytes, *rest: Any) -> None:
        real(path, kek, *rest)
        os._exit(KILLED)

    patch.setattr(rotation_module, "write_key_file", write_then_die)


NAMED_POINTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "after the new KEK file is written, before any key is re-wrapped": _after_next_key_written,
    "after the commit, before the old KEK is replaced": _patching(rotation_module, "_adopt_next"),
    "after the old KEK is replaced, before that is recorded": _patching(
        rotation_module, "_mark_complete"
    ),
    "while the storage is cleaned after the commit": _patching(flows, "scrub_after_commit"),
}


def _statements_of_a_run(world: World) -> int:
    """How many SQL statements a disposal of two cases makes (a run in the parent)."""
    nfa_case(world)
    nfa_case(world)
    seen = {"n": 0}

    def count(*_: Any) -> None:
        seen["n"] += 1

    event.listen(world.engine, "before_cursor_execute", count)
    try:
        dispose(world, immediate_schedule())
    finally:
        event.remove(world.engine, "before_cursor_execute", count)
    return seen["n"]


def _fresh_process(world: World) -> None:
    """The next run is a new process: it knows the KEK only from its files."""
    bind_kek(world.sessions, kek_source_for(load_settings(data_dir=world.ctx.settings.data_dir)))


def _wrapped_keys(world: World, refs: list[str]) -> dict[str, bytes]:
    with world.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT k.uid, k.wrapped_key FROM case_data_keys k JOIN cases c "
                "ON c.data_key_uid = k.uid WHERE c.reference IN :refs"
            ).bindparams(bindparam("refs", expanding=True)),
            {"refs": refs},
        ).all()
    return {str(r[0]): bytes(r[1]) for r in rows}


def test_killed_disposal_runs_are_finished_by_the_next_run(world: World) -> None:
    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    kept = {ref: marker for ref, marker in (nfa_case(world, close=False) for _ in range(2))}
    total = _statements_of_a_run(world)
    assert total > 10
    points = list(NAMED_POINTS.items()) + [
        (f"after statement {n} of {total} (seed {seed})", _after_statements(n))
        for n in sorted(rng.sample(range(1, total + 1), 4))
    ]
    for where, arm in points:
        due = [nfa_case(world)[0] for _ in range(2)]
        destroyed_keys = _wrapped_keys(world, due)
        source = source_for(world.sessions)
        source.reset()
        kek_before = source.current()[1]

        status = _kill_in_child(world, arm)
        assert status == KILLED, f"the run was not killed {where}"

        _fresh_process(world)
        dispose(world, immediate_schedule())  # the next run completes what was left

        source = source_for(world.sessions)
        current_id, current = source.current()
        assert not source.next_path.exists(), where
        with world.engine.connect() as conn:
            left = conn.execute(
                text("SELECT count(*) FROM cases WHERE reference IN :refs").bindparams(
                    bindparam("refs", expanding=True)
                ),
                {"refs": due},
            ).scalar_one()
            kek_ids = set(conn.scalars(select(CaseDataKey.kek_id)))
            pending = conn.scalars(
                select(KekRotation.id).where(KekRotation.completed_at.is_(None))
            ).all()
            tombstones = (
                conn.execute(
                    text(
                        "SELECT record_ref FROM retention_tombstones WHERE record_ref IN :refs"
                    ).bindparams(bindparam("refs", expanding=True)),
                    {"refs": due},
                )
                .scalars()
                .all()
            )
        assert left == 0 and sorted(tombstones) == sorted(due), where
        assert kek_ids == {current_id} and pending == [], where
        # The KEK held before the killed run is gone: it is not the file, and no copy of a
        # destroyed data key opens with what the installation holds now.
        assert current != kek_before, where
        assert read_key_file(source.path) == current
        for uid, wrapped in destroyed_keys.items():
            with pytest.raises(KekError):
                unwrap(current, uid, wrapped)
        # Every remaining case still decrypts.
        for ref, marker in kept.items():
            name = world.run("lead", lambda s, a, ref=ref: get_case(s, a, ref).subject_name)
            assert name == f"Subject {marker}", where
