"""References name records for good (sharing log, certificates, audits): never reused."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from gateway.db import make_session_factory, transaction
from gateway.references import next_reference


def test_counters_advance_per_prefix_and_year(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        got = [next_reference(session, "PRV", 2026) for _ in range(3)]
        got.append(next_reference(session, "DR", 2026))
        got.append(next_reference(session, "PRV", 2027))
    assert got == ["PRV-2026-0001", "PRV-2026-0002", "PRV-2026-0003", "DR-2026-0001",
                   "PRV-2027-0001"]


def test_a_failed_transaction_does_not_consume_a_number(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    try:
        with transaction(sessions) as session:
            next_reference(session, "DR", 2026)
            raise RuntimeError("step failed")
    except RuntimeError:
        pass
    with transaction(sessions) as session:
        assert next_reference(session, "DR", 2026) == "DR-2026-0001"


def test_disposed_case_reference_is_not_given_again(engine: Engine, tmp_path: Path) -> None:
    from gateway.cases import service as cases
    from gateway.cases.domain import ConcernSource
    from tests.support import build_world

    world = build_world(engine, tmp_path, referral=False, dpia=False)
    first = world.case_ref
    # Retention removes a case's rows; simulate that on the counted tables.
    with world.engine.begin() as conn:
        for table in ("case_people", "concerns", "chronology_events", "cases"):
            conn.execute(text(f"DELETE FROM {table}"))

    def raise_one(session: Session, actor: object) -> str:
        return str(cases.raise_concern(
            session, actor,  # type: ignore[arg-type]
            subject=cases.SubjectDetails("S9999999", "Another Student"),
            source=ConcernSource.STAFF, description="A new concern.",
        ).case.reference)

    assert world.run("tutor", raise_one) != first
