from __future__ import annotations

import hashlib
import io
import re
from datetime import date, timedelta
from typing import ParamSpec, TypeVar

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_reports_fixtures import (
    REFERRER,
    SUBJECT_A,
    World,
    populate,
    populate_light,
    world,  # noqa: F401 - fixture
)

from gateway.auth.identity import LocalUser
from gateway.cases.models import Case
from gateway.clock import FixedClock, SystemClock
from gateway.db import transaction
from gateway.encryption.keystore import case_subject_key
from gateway.encryption.secrets import student_matches
from gateway.errors import Conflict, InvalidInput, InvalidTransition, NotPermitted
from gateway.retention.schedule import load_schedule
from gateway.runner import UnitOfWork, UseCase
from gateway.sar import use_cases
from gateway.sar.domain import (
    CRIME_EXEMPTION,
    IdentityMethod,
    ItemDecision,
    ItemKind,
    PairResolution,
    SARStatus,
    ThirdPartyDecision,
    check_extension,
    extended_deadline,
    one_month_after,
)
from gateway.sar.models import SARItem, SubjectAccessRequest
from gateway.sar.service import list_open, open_sar_blocks
from gateway.sar.views import SARView
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


P = ParamSpec("P")
T = TypeVar("T")


def _as(w: World, username: str, use_case: UseCase[P, T], /, *args: P.args,
        clock: FixedClock | None = None, **kwargs: P.kwargs) -> T:
    """Run one use case as ``username``, in its own transaction, as the doors do."""
    work = UnitOfWork(w.sessions, clock or FixedClock(SystemClock().now()), w.settings)
    return work.run(LocalUser(username, "test"), use_case, *args, **kwargs)


def _open(w: World, student_id: str = SUBJECT_A[0], username: str = "dpo",
          received_on: date | None = None, clock: FixedClock | None = None) -> str:
    return _as(w, username, use_cases.open_request, student_id, received_on=received_on,
               keyring=w.keyring, log=w.log, clock=clock).reference


def _read(w: World, ref: str, **kwargs: object) -> SARView:
    return _as(w, "dpo", use_cases.read_request, ref, log=w.log, **kwargs)  # type: ignore[arg-type]


def _settle(w: World, ref: str) -> None:
    """What the DPO does before the pack besides deciding items: the identity check, every other
    person withheld, every revealing pair redacted."""
    view = _read(w, ref)
    if not view.identity_verified:
        _as(w, "dpo", use_cases.verify_identity, ref, IdentityMethod.UNIVERSITY_ACCOUNT)
    for t in view.third_parties:
        if t.decision is ThirdPartyDecision.PENDING:
            _as(w, "dpo", use_cases.decide_third_party, ref, t.position,
                ThirdPartyDecision.WITHHOLD)
    for p in view.revealing:
        if p.resolution is None:
            _as(w, "dpo", use_cases.resolve_pair, ref, p.withheld, p.revealing,
                PairResolution.REDACT, log=w.log)


def _export(w: World, ref: str, redactor: object | None = None, settle: bool = True) -> bytes:
    from redaction import get_redactor

    if settle:
        _settle(w, ref)
    pack = _as(w, "dpo", use_cases.export_pack, ref, keyring=w.keyring, log=w.log,
               schedule=load_schedule(), redactor=redactor or get_redactor())  # type: ignore[arg-type]
    return pack.pdf


def test_open_finds_the_students_records_and_log_entries(world: World) -> None:  # noqa: F811
    refs = populate(world)
    clock = FixedClock(SystemClock().now())
    ref = _open(world, clock=clock)
    request = _read(world, ref)
    found = {i.source_ref for i in request.item_list}
    assert f"case:{refs['case_a']}" in found and refs["concern_a"] in found
    assert f"disclosure:{refs['dr_a']}" in found and f"non_disclosure:{refs['nd_a']}" in found
    assert f"disclosure:{refs['dr_c']}" not in found  # another student's request
    # Exactly the log entries carrying this student's pseudonymous reference.
    with transaction(world.sessions) as s:
        # The reference is made with each case's own key (derived from its data key).
        mine = {
            subject_reference(case_subject_key(s, case_ref), SUBJECT_A[0])
            for case_ref in s.scalars(
                select(Case.reference).where(
                    student_matches(
                        s, Case.subject_student_id, Case.subject_student_index, SUBJECT_A[0]
                    )
                )
            )
        }
        conn = s.connection()
        expected = {
            f"log:{i}" for i, leaf in world.log.iter_entries(conn, world.log.size(conn))
            if decode_entry(leaf).entry.fields.get("subject_ref") in mine
        }
    assert len(expected) == 3  # release, emergency release, decision not to share
    assert {i.source_ref for i in request.item_list if i.kind is ItemKind.SHARING_LOG} == expected
    assert [i.position for i in request.item_list] == list(range(1, len(request.item_list) + 1))
    assert all(i.decision is ItemDecision.PENDING for i in request.item_list)
    assert request.due_on == one_month_after(clock.today())
    assert request.items == len(request.item_list) and request.pending == request.items
    # Labels carry no content.
    assert all(SUBJECT_A[1] not in i.label and REFERRER not in i.label
               for i in request.item_list)
    # The DPO reads an item in full (unredacted) to decide on it.
    concern = next(i for i in request.item_list if i.source_ref == refs["concern_a"])
    read = _as(world, "dpo", use_cases.read_item, ref, concern.position, log=world.log)
    assert REFERRER in read.content and read.item == concern
    log_item = next(i for i in request.item_list if i.kind is ItemKind.SHARING_LOG)
    # A log entry in plain words: the recipient by name and organisation, no raw fields.
    shown = _as(world, "dpo", use_cases.read_item, ref, log_item.position, log=world.log).content
    assert "Regional Coordinator (DfE)" in shown and "we shared information about you" in shown
    assert all(r not in shown for r in mine) and "subject_ref" not in shown
    assert not re.search(r"\bR-\d", shown)  # the recipient's register number
    with pytest.raises(Conflict):
        _open(world)
    with pytest.raises(NotPermitted):
        _open(world, SUBJECT_A[0], "lead")


def test_withholding_needs_prejudice_reasoning(world: World) -> None:  # noqa: F811
    populate_light(world)
    ref = _open(world)
    with pytest.raises(InvalidInput, match="Sch 2 para 2"):
        _as(world, "dpo", use_cases.decide_item, ref, 2, ItemDecision.WITHHOLD, "prejudice")
    item = _as(world, "dpo", use_cases.decide_item, ref, 2, ItemDecision.WITHHOLD, REASON)
    assert (item.exemption, item.prejudice_reasoning) == (CRIME_EXEMPTION, REASON)
    with transaction(world.sessions) as s:  # stored encrypted (it may name people)
        stored = s.connection().exec_driver_sql(
            "SELECT prejudice_reasoning FROM sar_items WHERE prejudice_reasoning IS NOT NULL"
        ).scalar_one()
    assert stored.startswith("pgs1:") and REASON not in stored
    item = _as(world, "dpo", use_cases.decide_item, ref, 2, ItemDecision.DISCLOSE, REASON)
    assert (item.exemption, item.prejudice_reasoning) == (None, None)
    with pytest.raises(NotPermitted):
        _as(world, "lead", use_cases.decide_item, ref, 2, ItemDecision.DISCLOSE)


def test_deadline_tracking_and_extension(world: World) -> None:  # noqa: F811
    populate_light(world)
    clock = FixedClock(SystemClock().now())
    received = clock.today() - timedelta(days=10)
    ref = _open(world, received_on=received, clock=clock)
    [row] = _as(world, "dpo", use_cases.list_requests, open_only=True, clock=clock)
    assert (row.reference, row.overdue, row.extended) == (ref, False, False)
    assert row.pending == row.items > 0
    assert row.days_left == (one_month_after(received) - clock.today()).days > 0
    # The dashboard's figure and the list's are the same.
    with transaction(world.sessions) as s:
        assert list_open(s, world.actor(s, "dpo"), today=clock.today()) == [row]
    late = FixedClock(clock.now() + (one_month_after(received) - clock.today())
                      + timedelta(days=1))
    [overdue] = _as(world, "dpo", use_cases.list_requests, clock=late)
    assert overdue.overdue and overdue.days_left == -1
    with pytest.raises(InvalidInput, match="one-month deadline"):
        _as(world, "dpo", use_cases.extend, ref, "Too late now.", clock=late)
    extended = _as(world, "dpo", use_cases.extend, ref, "Numerous records across several cases.",
                   clock=clock)
    assert extended.extended and extended.due_on == extended_deadline(received)
    [row] = _as(world, "dpo", use_cases.list_requests, clock=clock)
    assert row.extended and row.due_on == extended_deadline(received)
    with pytest.raises(InvalidTransition):
        _as(world, "dpo", use_cases.extend, ref, "Again.", clock=clock)


def test_export_redacts_other_people_and_leaves_out_withheld_items(world: World) -> None:  # noqa: F811
    refs = populate(world)
    ref = _open(world)
    request = _read(world, ref)
    with transaction(world.sessions) as s:
        case_id = s.get(SARItem, _item_id(s, ref, 1)).case_id  # type: ignore[union-attr]
        assert case_id is not None
        assert open_sar_blocks(s, case_id)
    with pytest.raises(InvalidInput, match="without a decision"):
        _export(world, ref)
    for item in request.item_list:
        withheld = item.source_ref == f"disclosure:{refs['dr_emergency']}"
        _as(world, "dpo", use_cases.decide_item, ref, item.position,
            ItemDecision.WITHHOLD if withheld else ItemDecision.DISCLOSE,
            REASON if withheld else None)
    with pytest.raises(NotPermitted):
        _as(world, "auditor", use_cases.export_pack, ref, keyring=world.keyring, log=world.log,
            schedule=load_schedule())
    # The concern and the other disclosure share the withheld disclosure's words (it quoted the
    # concern): the student's own record is disclosed, with the reasons; the chronology and
    # log entries of the withheld release are redacted (by _settle).
    kinds = {i.position: i.kind for i in request.item_list}
    for pair in _read(world, ref).revealing:
        if kinds[pair.revealing] in (ItemKind.CONCERN, ItemKind.DISCLOSURE):
            _as(world, "dpo", use_cases.resolve_pair, ref, pair.withheld, pair.revealing,
                PairResolution.DISCLOSE, "The concern is the student's own record; it says "
                "nothing of the withheld sharing.", log=world.log)
    pdf = _export(world, ref)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert SUBJECT_A[1] in text and "posted threats" in text
    for other in (REFERRER, "Will Brown", "Pat Lead", "Dana Officer"):
        assert other not in text
    assert "[PERSON" in text
    # What the gateway itself wrote about a concern's source is a role, never a person.
    flat = " ".join(text.split())
    assert "raised (associate tutor)" in flat and "raised [PERSON" not in flat
    # The withheld item's heading and body are absent; the disclosed one is there.
    assert f"Disclosure request {refs['dr_emergency']} (released)" not in text
    assert "Police Prevent team" not in text
    assert f"Disclosure request {refs['dr_a']} (released)" in text
    responded = _read(world, ref)
    assert responded.status is SARStatus.RESPONDED
    assert responded.pack_sha256 == hashlib.sha256(pdf).hexdigest()
    with transaction(world.sessions) as s:
        assert not open_sar_blocks(s, case_id)  # responded: retention may proceed
    assert _as(world, "dpo", use_cases.list_requests, open_only=True) == []
    with pytest.raises(InvalidInput):
        _as(world, "dpo", use_cases.decide_item, ref, 1, ItemDecision.DISCLOSE)


def test_a_pack_that_cannot_be_redacted_is_refused_and_changes_nothing(
    world: World,  # noqa: F811
) -> None:
    from redaction import NlpModelNotInstalled

    populate_light(world)
    ref = _open(world)
    for item in _read(world, ref).item_list:
        _as(world, "dpo", use_cases.decide_item, ref, item.position, ItemDecision.DISCLOSE)

    class _NoModel:
        def redact(self, *args: object, **kwargs: object) -> object:
            raise NlpModelNotInstalled("xx_missing_model")

    with pytest.raises(use_cases.PackNotMade, match="could not be redacted") as refused:
        _export(world, ref, _NoModel())
    assert refused.value.hint and "xx_missing_model" in refused.value.hint
    assert _read(world, ref).status is SARStatus.OPEN


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
    for item in _read(world, ref).item_list:
        _as(world, "dpo", use_cases.decide_item, ref, item.position, ItemDecision.DISCLOSE)
    with pytest.raises(InvalidInput, match="refresh"):
        _export(world, ref, _NeverCalled())
    refreshed = _as(world, "dpo", use_cases.refresh_items, ref, keyring=world.keyring,
                    log=world.log)
    assert later in {i.source_ref for i in refreshed.added}
    assert all(i.decision is ItemDecision.PENDING for i in refreshed.added)
    assert refreshed.request.pending == len(refreshed.added)
    again = _as(world, "dpo", use_cases.refresh_items, ref, keyring=world.keyring, log=world.log)
    assert again.added == []


def _item_id(s: Session, reference: str, position: int) -> int:
    from sqlalchemy import select

    return s.scalars(
        select(SARItem.id)
        .join(SubjectAccessRequest)
        .where(SubjectAccessRequest.reference == reference, SARItem.position == position)
    ).one()


class _NeverCalled:
    def redact(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("the pack must not be built while records are undecided")


class _RedactsEverything:
    """A redactor that takes every free text for a person: what it is given is what the
    pack treats as someone's writing."""

    def redact(self, text: str, **kwargs: object) -> object:
        from types import SimpleNamespace

        return SimpleNamespace(text="[PERSON 1]", findings=())


def test_what_the_gateway_wrote_is_not_redacted_as_a_person(world: World) -> None:  # noqa: F811
    """ "Concern 3 raised (associate tutor)." is the gateway's own wording from a code: it
    goes into the pack as written, while a note (someone's free text) is redacted."""
    from gateway.cases.use_cases import add_note

    populate(world)
    with transaction(world.sessions) as s:
        case_ref = s.scalars(
            select(Case.reference).where(
                    student_matches(
                        s, Case.subject_student_id, Case.subject_student_index, SUBJECT_A[0]
                    )
                )
        ).first()
    assert case_ref is not None
    _as(world, "lead", add_note, case_ref, "Spoke to Sarah Jones about the posts.")
    ref = _open(world)
    for item in _read(world, ref).item_list:
        _as(world, "dpo", use_cases.decide_item, ref, item.position, ItemDecision.DISCLOSE)
    pdf = _export(world, ref, _RedactsEverything())
    text = " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert re.search(r"Concern (?:C-\d{4}-)?\d+ raised \(associate tutor\)\.", text), text
    assert "Case opened from a concern." in text
    assert "Spoke to Sarah Jones" not in text and "(note): [PERSON 1]" in text


def test_an_item_whose_record_is_gone_is_reported_not_crashed(world: World) -> None:  # noqa: F811
    from sqlalchemy import update

    from gateway.errors import NotFound

    populate_light(world)
    ref = _open(world)
    concern = next(i for i in _read(world, ref).item_list
                   if i.kind is ItemKind.CONCERN)
    with transaction(world.sessions) as s:
        # As if retention had disposed of the concern after the request was answered.
        s.execute(update(SARItem).where(SARItem.id == _item_id(s, ref, concern.position))
                  .values(source_ref="concern:999999"))
    with pytest.raises(NotFound, match="no longer held"):
        _as(world, "dpo", use_cases.read_item, ref, concern.position, log=world.log)


def test_a_tampered_log_entry_is_named_not_a_library_error(world: World) -> None:  # noqa: F811
    from sqlalchemy import text, update

    from gateway.audit.errors import SharingLogUnreadable
    from sharing_log.sql import drop_append_only_ddl, entries_table

    populate(world)
    ref = _open(world)
    log_item = next(i for i in _read(world, ref).item_list
                    if i.kind is ItemKind.SHARING_LOG)
    index = int(log_item.source_ref.partition(":")[2])
    with transaction(world.sessions) as s:
        # Someone with database rights removes the log's protection and edits an entry.
        for statement in drop_append_only_ddl(s.get_bind().dialect.name):
            s.execute(text(statement))
        s.execute(update(entries_table).where(entries_table.c.idx == index)
                  .values(leaf=b"not an entry"))
    with pytest.raises(SharingLogUnreadable, match="cannot be read as stored"):
        _as(world, "dpo", use_cases.read_item, ref, log_item.position, log=world.log)
    # Searching the whole log for the student first checks it against what was signed: refused
    # with what was found (and the gateway's alarm raised), never a traceback.
    from gateway.audit.errors import LogAlarm

    with pytest.raises(LogAlarm, match=f"entry {index} was edited"):
        _as(world, "dpo", use_cases.refresh_items, ref, keyring=world.keyring, log=world.log)
