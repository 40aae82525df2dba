from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from test_reports_fixtures import (
    REFERRER,
    SUBJECT_A,
    World,
    populate,
    populate_light,
    world,  # noqa: F401 - fixture
)

from gateway.db import transaction
from gateway.errors import Conflict, InvalidInput, InvalidTransition, NotPermitted
from gateway.sar.domain import (
    CRIME_EXEMPTION,
    ItemDecision,
    ItemKind,
    check_extension,
    extended_deadline,
    one_month_after,
)
from gateway.sar.service import (
    decide_item,
    export_pack,
    extend,
    get_request,
    list_open,
    open_request,
    open_sar_blocks,
    read_item,
    refresh_items,
)
from gateway.timeutil import today
from sharing_log import decode_entry, subject_reference

REASON = "Disclosing the police team's involvement would alert the student to an ongoing inquiry."


def test_deadline_is_one_month_extendable_by_two() -> None:
    assert one_month_after(date(2026, 1, 31)) == date(2026, 2, 28)
    assert one_month_after(date(2026, 3, 3)) == date(2026, 4, 3)
    assert extended_deadline(date(2026, 1, 31)) == date(2026, 4, 30)
    received = date(2026, 3, 3)
    assert check_extension(received=received, already_extended=False, reason="Complex.",
                           today=date(2026, 4, 3)) == date(2026, 6, 3)
    with pytest.raises(InvalidInput, match="one-month deadline"):
        check_extension(received=received, already_extended=False, reason="Complex.",
                        today=date(2026, 4, 4))
    with pytest.raises(InvalidInput):
        check_extension(received=received, already_extended=False, reason=" ", today=received)
    with pytest.raises(InvalidTransition):
        check_extension(received=received, already_extended=True, reason="x", today=received)


def _open(w: World, student_id: str = SUBJECT_A[0], username: str = "dpo",
          received_on: date | None = None) -> str:
    with transaction(w.sessions) as s:
        return open_request(s, w.actor(s, username), student_id,
                            subject_key=w.keyring.subject_hmac_key(), log=w.log,
                            received_on=received_on).reference


def test_open_finds_the_students_records_and_log_entries(world: World) -> None:  # noqa: F811
    refs = populate(world)
    ref = _open(world)
    with transaction(world.sessions) as s:
        request = get_request(s, world.actor(s, "dpo"), ref)
        found = {i.source_ref for i in request.items}
        assert f"case:{refs['case_a']}" in found and refs["concern_a"] in found
        assert f"disclosure:{refs['dr_a']}" in found and f"non_disclosure:{refs['nd_a']}" in found
        assert f"disclosure:{refs['dr_c']}" not in found  # another student's request
        # Exactly the log entries carrying this student's pseudonymous reference.
        mine = subject_reference(world.keyring.subject_hmac_key(), SUBJECT_A[0])
        conn = s.connection()
        expected = {
            f"log:{i}" for i, leaf in world.log.iter_entries(conn, world.log.size(conn))
            if decode_entry(leaf).entry.fields.get("subject_ref") == mine
        }
        assert len(expected) == 3  # release, emergency release, decision not to share
        assert {i.source_ref for i in request.items if i.kind is ItemKind.SHARING_LOG} == expected
        assert [i.position for i in request.items] == list(range(1, len(request.items) + 1))
        assert all(i.decision is ItemDecision.PENDING for i in request.items)
        assert request.due_on == one_month_after(today())
        # Labels carry no content.
        assert all(SUBJECT_A[1] not in i.label and REFERRER not in i.label for i in request.items)
        # The DPO reads an item in full (unredacted) to decide on it.
        concern = next(i for i in request.items if i.source_ref == refs["concern_a"])
        assert REFERRER in read_item(s, world.actor(s, "dpo"), ref, concern.position, world.log)
        log_item = next(i for i in request.items if i.kind is ItemKind.SHARING_LOG)
        assert mine in read_item(s, world.actor(s, "dpo"), ref, log_item.position, world.log)
    with pytest.raises(Conflict):
        _open(world)
    with pytest.raises(NotPermitted):
        _open(world, SUBJECT_A[0], "lead")


def test_withholding_needs_prejudice_reasoning(world: World) -> None:  # noqa: F811
    populate_light(world)
    ref = _open(world)
    with transaction(world.sessions) as s:
        dpo = world.actor(s, "dpo")
        with pytest.raises(InvalidInput, match="Sch 2 para 2"):
            decide_item(s, dpo, ref, 2, ItemDecision.WITHHOLD, "prejudice")
        item = decide_item(s, dpo, ref, 2, ItemDecision.WITHHOLD, REASON)
        assert (item.exemption, item.prejudice_reasoning) == (CRIME_EXEMPTION, REASON)
        item = decide_item(s, dpo, ref, 2, ItemDecision.DISCLOSE, REASON)
        assert (item.exemption, item.prejudice_reasoning) == (None, None)


def test_deadline_tracking_and_extension(world: World) -> None:  # noqa: F811
    populate_light(world)
    received = today() - timedelta(days=10)
    ref = _open(world, received_on=received)
    with transaction(world.sessions) as s:
        dpo = world.actor(s, "dpo")
        [row] = list_open(s, dpo)
        assert (row.reference, row.overdue, row.extended) == (ref, False, False)
        assert row.pending == row.items > 0
        [late] = list_open(s, dpo, today=one_month_after(received) + timedelta(days=1))
        assert late.overdue and late.days_left == -1
        extend(s, dpo, ref, "Numerous records across several cases.")
    with transaction(world.sessions) as s:
        dpo = world.actor(s, "dpo")
        [row] = list_open(s, dpo)
        assert row.extended and row.due_on == extended_deadline(received)
        with pytest.raises(InvalidTransition):
            extend(s, dpo, ref, "Again.")


def test_export_redacts_other_people_and_leaves_out_withheld_items(world: World) -> None:  # noqa: F811
    from redaction import get_redactor

    refs = populate(world)
    ref = _open(world)
    with transaction(world.sessions) as s:
        case_id = get_request(s, world.actor(s, "dpo"), ref).items[0].case_id
        assert case_id is not None
        assert open_sar_blocks(s, case_id)
        with pytest.raises(InvalidInput, match="without a decision"):
            export_pack(s, world.actor(s, "dpo"), ref, redactor=get_redactor(), log=world.log,
                        organisation="Org", subject_key=world.keyring.subject_hmac_key())
    with transaction(world.sessions) as s:
        dpo = world.actor(s, "dpo")
        for item in get_request(s, dpo, ref).items:
            withheld = item.source_ref == f"disclosure:{refs['dr_emergency']}"
            decide_item(s, dpo, ref, item.position,
                        ItemDecision.WITHHOLD if withheld else ItemDecision.DISCLOSE,
                        REASON if withheld else None)
    with transaction(world.sessions) as s:
        pdf = export_pack(s, world.actor(s, "dpo"), ref, redactor=get_redactor(), log=world.log,
                          organisation="Org", subject_key=world.keyring.subject_hmac_key())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert SUBJECT_A[1] in text and "posted threats" in text
    for other in (REFERRER, "Will Brown", "Pat Lead", "Dana Officer"):
        assert other not in text
    assert "[PERSON" in text
    # The withheld item's heading and body are absent; the disclosed one is there.
    assert f"Disclosure request {refs['dr_emergency']} (released)" not in text
    assert "Police Prevent team" not in text
    assert f"Disclosure request {refs['dr_a']} (released)" in text
    with transaction(world.sessions) as s:
        assert not open_sar_blocks(s, case_id)  # responded: retention may proceed
        assert list_open(s, world.actor(s, "dpo")) == []
        with pytest.raises(InvalidInput):
            decide_item(s, world.actor(s, "dpo"), ref, 1, ItemDecision.DISCLOSE)


def test_open_request_blocks_only_the_students_cases(world: World) -> None:  # noqa: F811
    refs = populate_light(world)
    from sqlalchemy import select

    from gateway.cases.models import Case

    _open(world)
    with transaction(world.sessions) as s:
        ids = {c.reference: c.id for c in s.scalars(select(Case))}
        assert open_sar_blocks(s, ids[refs["case_a"]])
        assert not open_sar_blocks(s, ids[refs["case_b"]])
        assert not open_sar_blocks(s, 999_999)


def test_records_added_after_opening_must_be_refreshed_and_decided(world: World) -> None:  # noqa: F811
    from gateway.cases.domain import ConcernSource
    from gateway.cases.service import SubjectDetails, raise_concern

    populate_light(world)
    ref = _open(world)
    with transaction(world.sessions) as s:
        concern = raise_concern(s, world.actor(s, "lead"), subject=SubjectDetails(*SUBJECT_A),
                                source=ConcernSource.STAFF, description="A later concern.")
        later = f"concern:{concern.id}"
    with transaction(world.sessions) as s:
        dpo = world.actor(s, "dpo")
        for item in get_request(s, dpo, ref).items:
            decide_item(s, dpo, ref, item.position, ItemDecision.DISCLOSE)
    with transaction(world.sessions) as s:
        with pytest.raises(InvalidInput, match="sar refresh"):
            export_pack(s, world.actor(s, "dpo"), ref, redactor=_NeverCalled(), log=world.log,
                        organisation="Org", subject_key=world.keyring.subject_hmac_key())
    with transaction(world.sessions) as s:
        added = refresh_items(s, world.actor(s, "dpo"), ref,
                              subject_key=world.keyring.subject_hmac_key(), log=world.log)
        assert later in {i.source_ref for i in added}
        assert all(i.decision is ItemDecision.PENDING for i in added)
        again = refresh_items(s, world.actor(s, "dpo"), ref,
                              subject_key=world.keyring.subject_hmac_key(), log=world.log)
        assert again == []


class _NeverCalled:
    def redact(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("the pack must not be built while records are undecided")
