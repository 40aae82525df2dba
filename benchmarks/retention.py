"""Retention figures: cost of encryption at rest, planning and disposal on SQLite.

Run: python benchmarks/retention.py [N]   (N cases, default 200). Prints timings; asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(n: int) -> None:
    from sqlalchemy import select

    from gateway.cases.models import Case
    from gateway.db import make_engine
    from gateway.migrate import upgrade_to_head
    from gateway.retention import use_cases
    from gateway.timeutil import today
    from tests.retention_support import dispose, immediate_schedule, nfa_case, use
    from tests.support import build_world

    tmp = Path(tempfile.mkdtemp())
    engine = make_engine(f"sqlite:///{tmp}/bench.sqlite3")
    upgrade_to_head(engine)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        world = build_world(engine, tmp, referral=False, dpia=False)

    start = time.perf_counter()
    for _ in range(n):
        nfa_case(world)
    created = time.perf_counter() - start

    start = time.perf_counter()
    with world.sessions() as session:
        cases = list(session.scalars(select(Case)))
        total = sum(len(c.subject_name) + sum(len(e.summary) for e in c.events) for c in cases)
    read = time.perf_counter() - start

    schedule = immediate_schedule()
    start = time.perf_counter()
    items = use(
        world, "dpo", use_cases.retention_plan, schedule=schedule, as_of=today(),
        include_not_due=True,
    ).items
    planned = time.perf_counter() - start

    start = time.perf_counter()
    result = dispose(world, schedule)
    disposed = time.perf_counter() - start

    print(f"cases: {n}")
    print(f"create (concern, note, decision, close; all sealed): {created / n * 1000:.1f} ms/case")
    print(f"read all cases with chronology (decrypt {total} chars): {read * 1000:.0f} ms")
    print(f"plan ({len(items)} items): {planned * 1000:.0f} ms")
    print(f"execute disposal ({len(result.items)} records, certificate PDF, log entries, "
          f"WAL truncate): {disposed * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
