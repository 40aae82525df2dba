"""Subject access a DPO can send: the complete pack (every Art 15 item, page x of N, the marking,
no raw log fields), no leak of a withheld item through the items that reveal it, the Art 12A
clock, any person named in a case as requester, and the Sch 2 para 16 decision per person.
Each runs on SQLite, and on PostgreSQL with PREVENT_GATEWAY_TEST_DATABASE_URL."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from test_reports_fixtures import (
    CONCERN_A,
    REFERRER,
    SUBJECT_A,
    World,
    populate,
    world,  # noqa: F401 - fixture
)
from test_sar import REASON, _as, _export, _open, _read, _settle

from gateway.clock import FixedClock, SystemClock
from gateway.errors import InvalidInput, InvalidTransition
from gateway.sar import use_cases
from gateway.sar.domain import (
    IdentityMethod,
    ItemDecision,
    ItemKind,
    PairResolution,
    PauseReason,
    PersonToFind,
    RequesterKind,
    ThirdPartyDecision,
    due_date,
    one_month_after,
)
from gateway.sar.pack import ART15_HEADINGS, MARKING, PackWouldReveal
from sharing_log.entries import SCHEMAS

#: A passage of the withheld concern: none of it may reach the pack.
WITHHELD_WORDS = "posted threats in the forum"
WHY = "Disclosing this would alert the student to the police team's continuing enquiry."


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _flat(pdf: bytes) -> str:
    return " ".join(" ".join(_pages(pdf)).split())


def _position(view: object, source_ref: str) -> int:
    return next(i.position for i in view.item_list  # type: ignore[attr-defined]
                if i.source_ref == source_ref)


def _decide_all(w: World, ref: str, withheld: set[int]) -> None:
    for item in _read(w, ref).item_list:
        out = item.position in withheld
        _as(w, "dpo", use_cases.decide_item, ref, item.position,
            ItemDecision.WITHHOLD if out else ItemDecision.DISCLOSE, WHY if out else None)


def test_a_withheld_concern_quoted_by_disclosures_never_reaches_the_pack(
    world: World,  # noqa: F811
) -> None:
    refs = populate(world)
    ref = _open(world)
    view = _read(world, ref)
    concern = _position(view, refs["concern_a"])
    first = _position(view, f"disclosure:{refs['dr_a']}")
    second = _position(view, f"disclosure:{refs['dr_emergency']}")
    _decide_all(world, ref, {concern})
    pairs = {(p.withheld, p.revealing): p for p in _read(world, ref).revealing}
    # Both disclosures quoted the concern (the same record and its words); the chronology
    # entry "Concern N raised" holds the record.
    assert {(concern, first), (concern, second)} <= set(pairs)
    assert pairs[(concern, first)].records and pairs[(concern, first)].passages == 1
    raised = next(p for (w, _), p in pairs.items() if w == concern
                  and p.revealing_label.startswith("Chronology") and p.records)
    assert raised.passages == 0
    _as(world, "dpo", use_cases.verify_identity, ref, IdentityMethod.UNIVERSITY_ACCOUNT)
    for t in _read(world, ref).third_parties:
        _as(world, "dpo", use_cases.decide_third_party, ref, t.position,
            ThirdPartyDecision.WITHHOLD)
    with pytest.raises(InvalidInput, match="reveal withheld items"):
        _export(world, ref, settle=False)
    # A pair is resolved only where it exists, and disclosing needs the reasons.
    with pytest.raises(InvalidInput, match="does not reveal"):
        _as(world, "dpo", use_cases.resolve_pair, ref, first, concern, PairResolution.REDACT,
            log=world.log)
    with pytest.raises(InvalidInput, match="why disclosing"):
        _as(world, "dpo", use_cases.resolve_pair, ref, concern, first,
            PairResolution.DISCLOSE, "ok", log=world.log)
    # The emergency disclosure is withheld too (with its reasoning); every other pair redacted.
    _as(world, "dpo", use_cases.resolve_pair, ref, concern, second, None, REASON, log=world.log)
    assert _read(world, ref).item_list[second - 1].decision is ItemDecision.WITHHOLD
    _settle(world, ref)
    pdf = _export(world, ref)
    pages = _pages(pdf)
    text = _flat(pdf)
    assert WITHHELD_WORDS not in text and "posted threats" not in text
    assert CONCERN_A.split(";")[0] not in text
    # The disclosure that quoted it is there, without the quotation; the withheld one is not.
    assert f"Disclosure request {refs['dr_a']}" in text
    assert f"Disclosure request {refs['dr_emergency']}" not in text
    assert "Police Prevent team" not in text and "urgently" not in text
    # Every Art 15 heading, in plain words; the marking and page x of N on every page.
    for heading in ART15_HEADINGS:
        assert heading in text, heading
    for word in ("rectification", "erasure", "restriction", "objection",
                 "Information Commissioner", "automated"):
        assert word in text
    assert "Regional Coordinator (DfE), a Regional Prevent Coordinator" in text
    assert "destroyed 6 years after" in text  # retention in concrete terms
    for n, page in enumerate(pages, start=1):
        assert page.count(MARKING) == 2 and f"Page {n} of {len(pages)}" in page
    # No raw log field names, codes, hashes or register numbers.
    fields = {name for schema in SCHEMAS.values() for name in schema}
    # (a field named by a plain word, e.g. "source", is also the word the pack uses)
    assert not [f for f in fields if "_" in f and f in text]
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text)
    assert not re.search(r"\b[0-9a-f]{64}\b", text) and not re.search(r"\bR-\d", text)
    # What the gateway wrote about a concern's source is a role, never a person.
    assert re.search(r"Concern (?:C-\d{4}-)?\d+ raised \(staff\)\.", text)
    assert "raised [PERSON" not in text
    # ... while the chronology entry of the withheld concern went with it.
    assert "associate tutor" not in text


def test_disclosing_a_revealing_item_with_reasons_keeps_its_words(world: World) -> None:  # noqa: F811
    refs = populate(world)
    ref = _open(world)
    view = _read(world, ref)
    concern = _position(view, refs["concern_a"])
    first = _position(view, f"disclosure:{refs['dr_a']}")
    _decide_all(world, ref, {concern})
    _as(world, "dpo", use_cases.resolve_pair, ref, concern, first, PairResolution.DISCLOSE,
        "The coordinator's copy is already known to the student from the Channel meeting.",
        log=world.log)
    shown = {(p.withheld, p.revealing): p for p in _read(world, ref).revealing}
    assert shown[(concern, first)].resolution is PairResolution.DISCLOSE
    # Changing the withheld item's decision forgets what was decided about its pairs.
    _as(world, "dpo", use_cases.decide_item, ref, concern, ItemDecision.DISCLOSE)
    _as(world, "dpo", use_cases.decide_item, ref, concern, ItemDecision.WITHHOLD, WHY)
    assert all(p.resolution is None for p in _read(world, ref).revealing)
    _as(world, "dpo", use_cases.resolve_pair, ref, concern, first, PairResolution.DISCLOSE,
        "The coordinator's copy is already known to the student from the Channel meeting.",
        log=world.log)
    text = _flat(_export(world, ref))  # the other pairs redacted
    assert text.count("posted threats") == 1  # in the disclosure disclosed with reasons only


def test_the_pack_refuses_itself_if_withheld_words_survive(world: World) -> None:  # noqa: F811
    refs = populate(world)
    ref = _open(world)
    concern = _position(_read(world, ref), refs["concern_a"])
    _decide_all(world, ref, {concern})

    class _Echoes:
        """A redactor that writes the withheld concern back into every text."""

        def redact(self, text: str, **kwargs: object) -> object:
            return SimpleNamespace(text=CONCERN_A, findings=())

    with pytest.raises(PackWouldReveal, match="still holds words of a withheld item"):
        _export(world, ref, _Echoes())
    assert _read(world, ref).status.value == "open"


def test_the_clock_stops_for_identity_and_clarification(world: World) -> None:  # noqa: F811
    populate(world)
    start = FixedClock(SystemClock().now() - timedelta(days=40))
    received = start.today()

    def at(days: int) -> FixedClock:
        return FixedClock(start.now() + timedelta(days=days))

    ref = _open(world, received_on=received, clock=start)
    stopped = _as(world, "dpo", use_cases.pause, ref, PauseReason.IDENTITY,
                  "Asked for photo ID by e-mail.", clock=at(5))
    assert stopped.paused and not stopped.identity_verified
    with pytest.raises(InvalidTransition, match="already stopped"):
        _as(world, "dpo", use_cases.pause, ref, PauseReason.CLARIFICATION, "x", clock=at(6))
    # Stopped past the first due date: shown as stopped, not overdue.
    [row] = _as(world, "dpo", use_cases.list_requests, clock=at(35))
    assert row.paused and not row.overdue and row.paused_days == 30
    # The identity arrives on day 15: the clock starts again by itself.
    checked = _as(world, "dpo", use_cases.verify_identity, ref, IdentityMethod.PHOTO_ID,
                  "Passport seen at the desk.", clock=at(15))
    assert checked.identity and checked.identity.method is IdentityMethod.PHOTO_ID
    assert checked.identity.verified_by == "Dana Officer" and not checked.paused
    assert checked.due_on == due_date(received, extended=False, paused=10)
    assert checked.due_on == one_month_after(received) + timedelta(days=10)
    with pytest.raises(InvalidTransition, match="already confirmed"):
        _as(world, "dpo", use_cases.pause, ref, PauseReason.IDENTITY, "again", clock=at(16))
    with pytest.raises(InvalidInput, match="Art 12A"):
        _as(world, "dpo", use_cases.pause, ref, PauseReason.CLARIFICATION, " ", clock=at(20))
    _as(world, "dpo", use_cases.pause, ref, PauseReason.CLARIFICATION,
        "Asked which year's records are meant.", clock=at(20))
    _decide_everything(world, ref)
    with pytest.raises(InvalidInput, match=r"clock of .* is stopped"):
        _export(world, ref, settle=False)
    resumed = _as(world, "dpo", use_cases.resume, ref, clock=at(23))
    assert resumed.paused_days == 13 and [p.days for p in resumed.pauses] == [10, 3]
    with pytest.raises(InvalidTransition, match="running"):
        _as(world, "dpo", use_cases.resume, ref, clock=at(24))
    # The first month counts only the days the clock ran: an extension on day 35 is in time.
    extended = _as(world, "dpo", use_cases.extend, ref, "Records across several cases.",
                   clock=at(35))
    assert extended.due_on == due_date(received, extended=True, paused=13)
    [row] = _as(world, "dpo", use_cases.list_requests, clock=at(35))
    assert row.due_on == extended.due_on and not row.overdue
    late = (extended.due_on - received).days + 1
    [row] = _as(world, "dpo", use_cases.list_requests, clock=at(late))
    assert row.overdue and row.days_left == -1


def _decide_everything(w: World, ref: str) -> None:
    for item in _read(w, ref).item_list:
        _as(w, "dpo", use_cases.decide_item, ref, item.position, ItemDecision.DISCLOSE)
    for t in _read(w, ref).third_parties:
        _as(w, "dpo", use_cases.decide_third_party, ref, t.position, ThirdPartyDecision.WITHHOLD)


def test_a_witness_asks_and_gets_only_what_names_them(world: World) -> None:  # noqa: F811
    refs = populate(world)
    witness = PersonToFind("Will Brown", case_reference=refs["case_a"])
    view = _as(world, "dpo", use_cases.open_request, person=witness, keyring=world.keyring,
               log=world.log)
    assert view.requester_kind is RequesterKind.PERSON and view.student_id is None
    assert "Will Brown" in view.requester
    found = {i.source_ref for i in view.item_list}
    # The case record (he is on its roster), the concern that names him and the two
    # disclosures that quoted it; nothing that does not name him (the other concern, the
    # decision, the sharing-log entries about the student).
    assert f"case:{refs['case_a']}" in found and refs["concern_a"] in found
    assert {f"disclosure:{refs['dr_a']}", f"disclosure:{refs['dr_emergency']}"} <= found
    kinds = {i.kind for i in view.item_list}
    assert ItemKind.SHARING_LOG not in kinds and ItemKind.DECISION not in kinds
    assert not any(i.label.startswith("Concern") and i.source_ref != refs["concern_a"]
                   for i in view.item_list)
    # The student and the referrer are other people here, each with a decision.
    others = {t.name: t for t in view.third_parties}
    assert set(others) == {SUBJECT_A[1], REFERRER}
    assert others[SUBJECT_A[1]].connection.startswith("the student")
    ref = view.reference
    for item in view.item_list:
        _as(world, "dpo", use_cases.decide_item, ref, item.position, ItemDecision.DISCLOSE)
    text = _flat(_export(world, ref))
    assert "Will Brown" in text and "You are recorded in this case as a witness" in text
    assert SUBJECT_A[1] not in text and "Amir" not in text and REFERRER not in text
    assert SUBJECT_A[0] not in text  # not even the student's number
    # By the name and identifiers they gave, without a case: the referrer.
    by_name = _as(world, "dpo", use_cases.open_request,
                  person=PersonToFind("sarah  JONES", identifiers=("S. Jones",)),
                  keyring=world.keyring, log=world.log)
    assert refs["concern_a"] in {i.source_ref for i in by_name.item_list}
    concern = _position(by_name, refs["concern_a"])
    read = _as(world, "dpo", use_cases.read_item, by_name.reference, concern, log=world.log)
    assert "You are recorded as the person who first reported it." in read.content
    with pytest.raises(InvalidInput, match="No one of that name"):
        _as(world, "dpo", use_cases.open_request,
            person=PersonToFind("Nobody Here", case_reference=refs["case_a"]),
            keyring=world.keyring, log=world.log)
    with pytest.raises(InvalidInput, match="either the student's id or the person"):
        _as(world, "dpo", use_cases.open_request, SUBJECT_A[0], person=witness,
            keyring=world.keyring, log=world.log)


def test_each_other_person_is_decided_under_sch2_para16(world: World) -> None:  # noqa: F811
    populate(world)
    ref = _open(world)
    view = _read(world, ref)
    others = {t.name: t.position for t in view.third_parties}
    assert {REFERRER, "Will Brown"} <= set(others) and SUBJECT_A[1] not in others
    for item in view.item_list:
        _as(world, "dpo", use_cases.decide_item, ref, item.position, ItemDecision.DISCLOSE)
    _as(world, "dpo", use_cases.verify_identity, ref, IdentityMethod.UNIVERSITY_ACCOUNT)
    with pytest.raises(InvalidInput, match="Sch 2 para 16"):
        _export(world, ref, settle=False)
    with pytest.raises(InvalidInput, match="reasonable"):
        _as(world, "dpo", use_cases.decide_third_party, ref, others[REFERRER],
            ThirdPartyDecision.REASONABLE, "fine")
    with pytest.raises(InvalidInput, match="consented"):
        _as(world, "dpo", use_cases.decide_third_party, ref, others[REFERRER],
            ThirdPartyDecision.CONSENT)
    decided = _as(world, "dpo", use_cases.decide_third_party, ref, others[REFERRER],
                  ThirdPartyDecision.REASONABLE,
                  "She reported it in her role as the module's tutor; the student knows this.")
    assert decided.decision is ThirdPartyDecision.REASONABLE and decided.decided_at
    text = _flat(_export(world, ref))
    assert REFERRER in text  # disclosed, with the reasons recorded
    assert "Will Brown" not in text and "[PERSON" in text  # withheld: redacted
