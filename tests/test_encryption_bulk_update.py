"""Encrypted columns stay readable when an ORM bulk UPDATE refreshes objects in the session."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from gateway.cases.domain import CaseStatus
from gateway.cases.models import Case
from tests.support import build_world


def test_bulk_update_refresh_keeps_plaintext(engine: Engine, tmp_path: Path) -> None:
    world = build_world(engine, tmp_path, referral=False, dpia=False)
    with world.sessions.begin() as session:
        case = session.scalar(select(Case).where(Case.reference == world.case_ref))
        assert case is not None and case.subject_name == "Amir Hassan"
        session.expire(case, ["subject_name"])
        session.execute(
            update(Case).where(Case.id == case.id).values(status=CaseStatus.CLOSED),
            execution_options={"synchronize_session": "fetch"},
        )
        session.refresh(case)
        assert case.subject_name == "Amir Hassan"
        assert case.status is CaseStatus.CLOSED
