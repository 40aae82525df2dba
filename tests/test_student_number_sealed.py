"""The student number is never stored in clear: sealed under a KEK-derived key and found through
a blind index. A row written in clear by an earlier version is still found, and the next KEK
rotation seals it and gives it an index; a rotation changes every index."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from gateway.encryption.keystore import source_for
from gateway.encryption.secrets import student_index_with
from gateway.encryption.use_cases import rotate_kek
from gateway.users.domain import Role
from tests.retention_support import nfa_case, use
from tests.support import World, build_world


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _number() -> str:
    return "S" + str(uuid.uuid4().int % 10**7).zfill(7)


def _departures(world: World) -> list[tuple[str, str | None]]:
    with world.engine.connect() as conn:
        rows = conn.execute(text("SELECT student_id, student_index FROM student_departures"))
        return [(str(r[0]), r[1]) for r in rows]


def test_a_departure_is_sealed_and_found_however_the_number_is_typed(world: World) -> None:
    from gateway.retention import use_cases

    student = _number()
    use(world, "dpo", use_cases.record_departure, student)
    [(stored, index)] = _departures(world)
    assert stored.startswith("pgs1:") and student not in stored
    key = source_for(world.sessions).current()[1]
    assert index == student_index_with(key, student)
    # Recording it again, typed differently, corrects the same record.
    done = use(world, "dpo", use_cases.record_departure, f" {student.lower()} ")
    assert len(_departures(world)) == 1
    assert done.student_id == student


def test_a_number_left_in_clear_is_found_then_sealed_by_the_next_rotation(world: World) -> None:
    from gateway.retention import use_cases

    student = _number()
    use(world, "dpo", use_cases.record_departure, student)
    with world.engine.begin() as conn:  # as an earlier version stored it
        conn.execute(
            text("UPDATE student_departures SET student_id = :s, student_index = NULL"),
            {"s": student},
        )
    use(world, "dpo", use_cases.record_departure, student)  # found, not recorded twice
    assert len(_departures(world)) == 1

    with world.engine.begin() as conn:
        conn.execute(
            text("UPDATE student_departures SET student_id = :s, student_index = NULL"),
            {"s": student},
        )
    source = source_for(world.sessions)
    use(world, "admin", rotate_kek, kek=source, log=world.log())
    [(stored, index)] = _departures(world)
    assert stored.startswith("pgs1:") and student not in stored
    assert index == student_index_with(source.current()[1], student)


def test_every_rotation_changes_the_index_and_cases_are_still_found(world: World) -> None:
    from gateway.cases.models import Case
    from gateway.encryption.secrets import student_matches

    student = _number()
    ref, _ = nfa_case(world, student_id=student, close=False)

    def index() -> str:
        with world.engine.connect() as conn:
            found = conn.execute(
                text("SELECT subject_student_index FROM cases WHERE reference = :r"), {"r": ref}
            ).scalar_one()
            return str(found)

    before = index()
    source = source_for(world.sessions)
    old_kek = source.current()[1]
    use(world, "admin", rotate_kek, kek=source, log=world.log())
    after = index()
    assert after != before
    assert student_index_with(old_kek, student) == before
    assert student_index_with(source.current()[1], student) == after
    with world.sessions() as session:
        from sqlalchemy import select

        found = session.scalars(
            select(Case.reference).where(
                student_matches(session, Case.subject_student_id, Case.subject_student_index,
                                student)
            )
        ).all()
    assert found == [ref]


def test_a_student_number_with_a_nul_character_is_refused_at_the_door(
    database_url: str, tmp_path: Path
) -> None:
    from tests.test_api_flow import P
    from tests.test_web_world import make_world

    web = make_world(database_url, tmp_path)
    try:
        refused = web.client().post(
            f"{P}/concerns",
            headers=web.headers(Role.PREVENT_LEAD),
            json={
                "description": "Seen in the library.",
                "source": "staff",
                "subject": {"name": "Alex Example", "student_id": "S1\u00002"},
            },
        )
        assert refused.status_code == 422, refused.text
        assert "NUL" in refused.json()["detail"]
    finally:
        web.ctx.close()
