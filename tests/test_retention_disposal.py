"""Disposal by crypto-shredding: what is due goes, completely and certified; what is held,
under complaint, under a subject access request or under review stays; a failed run changes
nothing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from gateway.encryption.models import CaseDataKey
from gateway.retention import flows, use_cases
from gateway.retention.models import (
    DestructionCertificate,
    RetentionTombstone,
)
from gateway.retention.plan import PlanStatus
from gateway.timeutil import today
from tests.retention_support import (
    database_bytes,
    dispose,
    immediate_schedule,
    nfa_case,
    use,
)
from tests.support import World, build_world, fingerprint


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path, referral=False, dpia=False)


def _plan(world: World, schedule: object = None) -> dict[str, Any]:
    view = use(
        world,
        "dpo",
        use_cases.retention_plan,
        schedule=schedule or immediate_schedule(),
        as_of=today(),
        include_not_due=True,
    )
    return {i.record_ref: i for i in view.items}


def _count(engine: Engine, table: str, where: str = "", **params: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} {where}"), params).scalar_one())


def _key_of(engine: Engine, case_ref: str) -> tuple[str, bytes]:
    with engine.connect() as conn:
        uid = conn.execute(
            text("SELECT data_key_uid FROM cases WHERE reference = :r"), {"r": case_ref}
        ).scalar_one()
        wrapped = conn.execute(select(CaseDataKey.wrapped_key).where(CaseDataKey.uid == uid))
        return uid, bytes(wrapped.scalar_one())


def test_executed_run_leaves_no_plaintext_no_key_and_a_certificate(world: World) -> None:
    ref, marker = nfa_case(world)
    kept_ref, kept_marker = nfa_case(world, close=False)  # open: never due
    uid, wrapped = _key_of(world.engine, ref)
    assert _plan(world)[ref].status is PlanStatus.DUE
    with world.engine.connect() as conn:
        log_before = world.ctx.transparency_log().size(conn)

    result = dispose(world, immediate_schedule())

    assert [i.record_ref for i in result.items if i.record_class != "access_log"] == [ref]
    engine = world.engine
    # The rows and the key are gone; the other case is untouched and still readable.
    assert _count(engine, "cases", "WHERE reference = :r", r=ref) == 0
    assert _count(engine, "case_data_keys", "WHERE uid = :u", u=uid) == 0
    for table in ("concerns", "chronology_events", "decisions", "case_people"):
        assert _count(engine, table, "WHERE case_id NOT IN (SELECT id FROM cases)") == 0
    from gateway.cases.service import get_case

    assert world.run("lead", lambda s, a: get_case(s, a, kept_ref).subject_name) == (
        f"Subject {kept_marker}"
    )
    # Tombstone: class, id, dates, rule; nothing else.
    with world.sessions() as session:
        stone = session.scalars(select(RetentionTombstone)).one()
        cert = session.scalars(select(DestructionCertificate)).one()
    assert (stone.record_class, stone.record_ref, stone.trigger) == (
        "no_further_action_record",
        ref,
        "case_closed",
    )
    assert stone.retained_facts == {}
    assert cert.record_count == 1 and cert.manifest["classes"][0]["records"] == [ref]  # type: ignore[index]
    # One records_disposed entry in the sharing log, carrying the manifest hash, then the
    # rotation of the KEK that ends the run.
    log = world.ctx.transparency_log()
    with engine.connect() as conn:
        assert log.size(conn) == log_before + 2
        entries = conn.execute(
            text("SELECT leaf FROM sharing_log_entries ORDER BY idx DESC LIMIT 2")
        ).all()
    leaf, rotated = bytes(entries[1][0]), bytes(entries[0][0])
    assert b"records_disposed" in leaf and cert.manifest_sha256.encode() in leaf
    assert b'"type":"key_rotated"' in rotated
    # The PDF certificate names the record and no personal data.
    from pypdf import PdfReader

    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(cert.pdf)).pages)
    assert ref in pdf_text and cert.reference in pdf_text and marker not in pdf_text
    assert "Subject" not in pdf_text.replace("Subject access", "")
    # Made again from the database at any time: it now says the previous KEK was destroyed.
    again = use(world, "dpo", use_cases.certificate_pdf, cert.reference).pdf
    again_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(again)).pages)
    kek = cert.manifest["key_encryption_key"]  # type: ignore[index]
    assert f"replacing {kek['previous_kek_id']}" in again_text
    assert "not yet recorded" in pdf_text and "not yet recorded" not in again_text

    if engine.dialect.name == "sqlite":
        blob = database_bytes(engine)
        assert ref.encode() in blob  # the scan sees the file: the tombstone's reference is there
        assert marker.encode() not in blob
        assert wrapped not in blob, "the destroyed data key survives in the database file"


def test_key_bytes_are_in_the_file_before_disposal(world: World) -> None:
    """The byte scan can fail: before disposal the wrapped key is found in the file."""
    if world.engine.dialect.name != "sqlite":
        pytest.skip("a byte scan of the database file is a SQLite check")
    ref, marker = nfa_case(world)
    _, wrapped = _key_of(world.engine, ref)
    flows.scrub_after_commit(world.engine)
    blob = database_bytes(world.engine)
    assert wrapped in blob
    assert marker.encode() not in blob  # content was never stored in clear


def test_dry_run_changes_nothing(world: World) -> None:
    ref, _ = nfa_case(world)
    before = fingerprint(world.engine)
    result = dispose(world, immediate_schedule(), execute=False)
    assert [i.record_ref for i in result.items] == [ref]
    assert fingerprint(world.engine) == before


def test_interrupted_run_leaves_every_record_untouched(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    refs = [nfa_case(world)[0] for _ in range(3)]
    before = fingerprint(world.engine)
    real = flows._dispose_case
    calls = {"n": 0}

    def failing(session: Any, case_id: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk failure injected half-way")
        real(session, case_id)

    monkeypatch.setattr(flows, "_dispose_case", failing)
    with pytest.raises(OSError):
        dispose(world, immediate_schedule())
    assert calls["n"] == 2
    assert fingerprint(world.engine) == before  # no key, row, tombstone, certificate or log entry
    monkeypatch.setattr(flows, "_dispose_case", real)
    result = dispose(world, immediate_schedule())
    assert sorted(i.record_ref for i in result.items) == sorted(refs)
    assert _count(world.engine, "retention_tombstones") == 3
    assert _count(world.engine, "destruction_certificates") == 1


def test_legal_hold_blocks_until_released(world: World) -> None:
    ref, _ = nfa_case(world)
    hold = use(
        world,
        "dpo",
        use_cases.place_hold,
        case_ref=ref,
        student_id=None,
        holder="Legal Services",
        reason="Tribunal claim",
        placed_on=today(),
    ).reference
    item = _plan(world)[ref]
    assert item.status is PlanStatus.BLOCKED
    assert any(hold in r and "Legal Services" in r for r in item.reasons)
    assert dispose(world, immediate_schedule()).items == []
    assert _count(world.engine, "cases", "WHERE reference = :r", r=ref) == 1
    use(world, "dpo", use_cases.release_hold, hold, reason="Settled", released_on=today())
    assert [i.record_ref for i in dispose(world, immediate_schedule()).items] == [ref]


def test_student_hold_blocks_every_case_of_the_student(world: World) -> None:
    ref, _ = nfa_case(world, student_id="S7654321")
    use(
        world,
        "lead",
        use_cases.place_hold,
        case_ref=None,
        student_id="S7654321",
        holder="Police",
        reason="Investigation",
        placed_on=today(),
    )
    assert _plan(world)[ref].status is PlanStatus.BLOCKED


def test_open_complaint_blocks(world: World) -> None:
    ref, _ = nfa_case(world)
    from gateway.complaints import use_cases as complaints

    cmp = use(
        world, "dpo", complaints.open_complaint, ref, "The student", "How the case was handled",
        received_on=today(),
    ).reference
    item = _plan(world)[ref]
    assert item.status is PlanStatus.BLOCKED and any(cmp in r for r in item.reasons)
    use(world, "dpo", complaints.acknowledge, cmp, on=today())
    assert _plan(world)[ref].status is PlanStatus.BLOCKED  # acknowledged is still open
    use(world, "dpo", complaints.close, cmp, "not_upheld", "Handled under the policy.", on=today())
    assert _plan(world)[ref].status is PlanStatus.DUE


def test_a_case_goes_with_its_corrections_requests_and_closed_complaints(world: World) -> None:
    """Records of other areas that belong to the case (sealed under its key) go with it, on
    both engines (their foreign keys never block the disposal)."""
    from datetime import timedelta

    from gateway.complaints import use_cases as complaints
    from gateway.corrections import use_cases as corrections
    from gateway.requests import use_cases as requests
    from gateway.requests.domain import LegalPower

    ref, marker = nfa_case(world)
    with world.engine.connect() as conn:
        concern = conn.execute(
            text(
                "SELECT concerns.id FROM concerns JOIN cases ON cases.id = concerns.case_id "
                "WHERE cases.reference = :r"
            ),
            {"r": ref},
        ).scalar_one()
    use(world, "lead", corrections.correct, ref, f"concern:{concern}", f"Fixed {marker}", "Wrong")
    use(
        world, "lead", requests.open_request, recipient_reference=world.recipient_ref,
        requester=f"Officer {marker}", organisation="Example Police",
        legal_power=LegalPower.COURT_ORDER, purpose="An order.", asked_for="The record.",
        deadline=today() + timedelta(days=3), case_reference=ref,
    )
    cmp = use(world, "dpo", complaints.open_complaint, ref, f"Who {marker}", "What").reference
    use(world, "dpo", complaints.acknowledge, cmp)
    use(world, "dpo", complaints.close, cmp, "withdrawn", "Withdrawn by the complainant.")
    assert _plan(world)[ref].status is PlanStatus.DUE

    dispose(world, immediate_schedule())

    for table in ("corrections", "third_party_requests", "complaints"):
        assert _count(world.engine, table) == 0, table
    if world.engine.dialect.name == "sqlite":  # the file itself: nothing left in clear
        assert marker.encode() not in database_bytes(world.engine)


def test_open_subject_access_request_blocks(world: World) -> None:
    from gateway.auth.identity import LocalUser
    from gateway.sar import use_cases as sar

    ref, _ = nfa_case(world, student_id="S5550001")
    world.ctx.work().run(
        LocalUser("dpo"),
        sar.open_request,
        "S5550001",
        keyring=world.ctx.keyring,
        log=world.ctx.transparency_log(),
    )
    item = _plan(world)[ref]
    assert item.status is PlanStatus.BLOCKED
    assert any("subject access request" in r for r in item.reasons)
    result = dispose(world, immediate_schedule())
    assert ref not in [i.record_ref for i in result.items]
    assert _count(world.engine, "cases", "WHERE reference = :r", r=ref) == 1


def test_internal_action_before_review_blocks(world: World) -> None:
    from datetime import timedelta

    from gateway.cases.domain import DecisionInput, Outcome, Seriousness
    from gateway.cases.service import close_case, decide

    ref, _ = nfa_case(world, close=False)
    review = today() + timedelta(days=30)

    def work(session: object, actor: object) -> None:
        decide(
            session,
            actor,
            ref,
            DecisionInput(  # type: ignore[arg-type]
                seriousness=Seriousness.MODERATE,
                outcome=Outcome.INTERNAL_ACTION,
                rationale="Mentoring.",
                freedom_of_speech_consideration="Lawful views respected.",
                smt_usernames=("smt1",),
                actions="Weekly mentoring.",
                review_date=review,
            ),
        )
        close_case(session, actor, ref)  # type: ignore[arg-type]

    world.run("lead", work)
    item = _plan(world)[ref]
    assert item.record_class == "internal_action_case"
    assert item.status is PlanStatus.BLOCKED
    assert any(str(review) in r for r in item.reasons)


def test_only_the_dpo_executes_and_not_in_the_future(world: World) -> None:
    from datetime import timedelta

    from gateway.errors import NotPermitted

    nfa_case(world)
    with pytest.raises(NotPermitted):
        dispose(world, immediate_schedule(), username="lead")
    with pytest.raises(flows.DisposalBlocked):
        dispose(world, immediate_schedule(), as_of=today() + timedelta(days=1))
    assert _count(world.engine, "retention_tombstones") == 0


def test_not_due_under_the_default_schedule(world: World) -> None:
    from gateway.retention.schedule import load_schedule

    ref, _ = nfa_case(world)
    item = _plan(world, load_schedule())[ref]
    assert item.status is PlanStatus.NOT_DUE
    assert item.due_on is not None and item.due_on.year == today().year + 6


def test_anonymise_keeps_only_non_identifying_facts(world: World) -> None:
    ref, marker = nfa_case(world)
    dispose(world, immediate_schedule(no_further_action_record={"action": "anonymise"}))
    with world.sessions() as session:
        stone = session.scalars(select(RetentionTombstone)).one()
    assert stone.action == "anonymise"
    assert stone.retained_facts["outcome"] == "no_further_action"
    assert marker not in repr(stone.retained_facts)
    assert _count(world.engine, "cases", "WHERE reference = :r", r=ref) == 0


def test_access_log_disposal_only_below_the_cutoff(world: World) -> None:
    from datetime import UTC, datetime, timedelta

    from gateway.access_log.models import AccessEvent

    old = datetime.now(UTC) - timedelta(days=800)
    with world.sessions.begin() as session:
        for i in range(3):
            session.add(
                AccessEvent(
                    user_id=world.users["lead"].id,
                    action="case.read",
                    object_type="case",
                    object_ref=f"PRV-OLD-{i}",
                    channel="cli",
                    at=old,
                )
            )
        session.add(
            AccessEvent(
                user_id=world.users["lead"].id,
                action="case.read",
                object_type="case",
                object_ref="PRV-NEW",
                channel="cli",
            )
        )
    schedule = immediate_schedule(access_log={"period": "P1Y"})
    items = [i for i in _plan(world, schedule).values() if i.record_class == "access_log"]
    assert len(items) == 1 and items[0].count == 3
    dispose(world, schedule)
    assert _count(world.engine, "access_events", "WHERE object_ref LIKE 'PRV-OLD-%'") == 0
    assert _count(world.engine, "access_events", "WHERE object_ref = 'PRV-NEW'") == 1
    # Still append-only for everything else.
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError), world.engine.begin() as conn:
        conn.execute(text("DELETE FROM access_events WHERE object_ref = 'PRV-NEW'"))
    with pytest.raises(DBAPIError), world.engine.begin() as conn:
        conn.execute(text("UPDATE access_events SET action = 'x'"))
    with pytest.raises(DBAPIError), world.engine.begin() as conn:
        conn.execute(text("DELETE FROM access_log_cutoffs"))
    assert _count(world.engine, "access_events", "WHERE object_ref = 'PRV-NEW'") == 1


def _released_referral(engine: Engine, tmp_path: Path) -> tuple[World, str]:
    from gateway.cases.service import close_case
    from gateway.disclosures import use_cases
    from tests.support import content_sha256, prepare_request

    world = build_world(engine, tmp_path)
    clock, settings = world.ctx.clock, world.ctx.settings
    ref = prepare_request(world)
    world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
    sha = content_sha256(world, ref)
    world.run("dpo", lambda s, a: use_cases.approve(s, a, clock, settings, ref, sha))
    world.run(
        "lead",
        lambda s, a: use_cases.release(
            s, a, clock, settings, ref, keyring=world.ctx.keyring, log=world.log()
        ),
    )
    world.run("lead", lambda s, a: close_case(s, a, world.case_ref))
    return world, ref


def test_referral_case_with_its_released_package(engine: Engine, tmp_path: Path) -> None:
    world, request_ref = _released_referral(engine, tmp_path)
    with engine.connect() as conn:
        leaves_before = conn.execute(
            text("SELECT leaf FROM sharing_log_entries ORDER BY idx")
        ).all()
        package = bytes(conn.execute(text("SELECT content FROM released_packages")).scalar_one())
    # The package is kept longer than the case: the case waits for it.
    longer = immediate_schedule(disclosure_package={"period": "P6Y"})
    plan = _plan(world, longer)
    case_item = plan[world.case_ref]
    assert case_item.status is PlanStatus.BLOCKED
    assert any(request_ref in r for r in case_item.reasons)

    result = dispose(world, immediate_schedule())
    done = {i.record_ref: i.record_class for i in result.items}
    assert done[request_ref] == "disclosure_package" and done[world.case_ref] == "referral_case"
    for table in (
        "released_packages",
        "disclosure_items",
        "disclosure_requests",
        "lawful_basis_records",
        "cases",
        "case_data_keys",
    ):
        assert _count(engine, table) == 0, table
    with engine.connect() as conn:
        leaves_after = conn.execute(text("SELECT leaf FROM sharing_log_entries ORDER BY idx")).all()
    assert leaves_after[: len(leaves_before)] == leaves_before  # the log only grew
    new = [bytes(row[0]) for row in leaves_after[len(leaves_before) :]]
    # The access log is sealed before any of it goes, then one records_disposed entry per
    # class disposed (package, case, and the access log), then the KEK rotation ending the run.
    assert b'"type":"access_log_sealed"' in new[0]
    assert len(new[1:-1]) == len(set(done.values()))
    assert all(b'"type":"records_disposed"' in leaf for leaf in new[1:-1])
    assert b'"type":"key_rotated"' in new[-1]
    if engine.dialect.name == "sqlite":
        blob = database_bytes(engine)
        for needle in (b"Amir Hassan", b"Piotr", "Król".encode(), package[40:80]):
            assert needle not in blob


def test_decision_not_to_share_goes_before_its_case(world: World) -> None:
    from gateway.auth.identity import LocalUser
    from gateway.disclosures.use_cases import record_non_disclosure

    ref, marker = nfa_case(world, close=False)
    nd_ref = world.ctx.work().run(
        LocalUser("lead"), record_non_disclosure, ref, f"Reasons {marker}", log=world.log()
    ).reference
    result = dispose(world, immediate_schedule())
    assert nd_ref in [i.record_ref for i in result.items]
    assert ref not in [i.record_ref for i in result.items]  # open case: not due
    assert _count(world.engine, "non_disclosure_decisions") == 0
    assert _count(world.engine, "cases", "WHERE reference = :r", r=ref) == 1
    if world.engine.dialect.name == "sqlite":
        assert marker.encode() not in database_bytes(world.engine)


def test_failure_while_certifying_destroys_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    nfa_case(world)
    before = fingerprint(world.engine)

    def broken(*_: object) -> bytes:
        raise RuntimeError("PDF writer crashed")

    monkeypatch.setattr(flows, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        dispose(world, immediate_schedule())
    assert fingerprint(world.engine) == before  # keys, rows and the sharing log as they were


def test_a_failed_clean_up_after_the_commit_is_a_warning_and_the_run_stands(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gateway.errors import GatewayError

    ref, _ = nfa_case(world)
    calls: list[object] = []

    def busy(engine: object) -> None:
        calls.append(engine)
        raise GatewayError("The database was busy.", hint="Run it again.")

    monkeypatch.setattr(flows, "scrub_after_commit", busy)
    result = dispose(world, immediate_schedule())
    assert result.warning == "The database was busy. Run it again."
    assert result.certificate_reference is not None and len(calls) == 1
    assert _count(world.engine, "cases", "WHERE reference = :r", r=ref) == 0  # committed
    # A refused run never reaches the clean-up (it runs only after a commit).
    with pytest.raises(flows.DisposalBlocked):
        nfa_case(world)
        dispose(world, immediate_schedule(), as_of=today().replace(year=today().year + 1))
    assert len(calls) == 1
