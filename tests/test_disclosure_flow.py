"""Issue 2's rules, end to end through the services on a real database (SQLite or PostgreSQL).

Each rule has a test that fails if the rule is removed, and every refusal is checked to leave
the database exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.clock import Clock
from gateway.config import Settings
from gateway.disclosures import service, use_cases
from gateway.disclosures.domain import DisclosureStatus, EmergencyGround, ItemKind
from gateway.disclosures.flows import write_package_file
from gateway.disclosures.lawful_basis import SpecialCategory
from gateway.errors import (
    ApprovalVoided,
    ChannelDiscussionMissing,
    DisclosureRefused,
    GatewayError,
    LawfulBasisMissing,
    LegitimateInterestsUnavailable,
    NoReferralDecision,
    NotApproved,
    NotPermitted,
    RecipientNotAllowed,
    SeparationOfDuties,
    SpecialCategoryConditionMissing,
)
from tests.support import (
    ANSWERED_NONE,
    PUBLIC_TASK,
    SAFEGUARDING_BASIS,
    World,
    build_world,
    content_sha256,
    fingerprint,
    prepare_request,
)


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def cs(world: World) -> tuple[Clock, Settings]:
    """What every use case is given besides the session and the actor."""
    return world.ctx.clock, world.ctx.settings


def refused_without_change(
    world: World, username: str, work: Callable[[Session, Actor], Any], error: type[Exception]
) -> Exception:
    before = fingerprint(world.engine)
    with pytest.raises(error) as caught:
        world.run(username, work)
    assert fingerprint(world.engine) == before, "a refused step changed the database"
    return caught.value


def submit(world: World, ref: str) -> None:
    world.run("lead", lambda s, a: use_cases.submit(s, a, *cs(world), ref))


def approve(world: World, ref: str, username: str = "dpo") -> None:
    sha = content_sha256(world, ref, username)
    world.run(username, lambda s, a: use_cases.approve(s, a, *cs(world), ref, sha))


def release(world: World, ref: str, *, emergency: bool = False, username: str = "lead") -> Any:
    return world.run(
        username,
        lambda s, a: use_cases.release(
            s,
            a,
            *cs(world),
            ref,
            keyring=world.ctx.keyring,
            log=world.log(),
            emergency=emergency,
        ),
    )


EMERGENCY_REASON = "A stated plan to hurt people tonight; the DPO cannot be reached."


def log_size(world: World) -> int:
    with world.engine.connect() as conn:
        return world.ctx.transparency_log().size(conn)


# --- the happy path ------------------------------------------------------------------------


def test_full_flow_releases_a_verifiable_sealed_package(world: World, tmp_path: Path) -> None:
    from gateway.packages import verify_package

    ref = prepare_request(world)
    submit(world, ref)
    approve(world, ref)
    result = release(world, ref)
    assert result.log_index == 0 and result.tree_size == 1
    # The copy in the packages directory is written once the release has committed.
    written = world.ctx.settings.packages_dir / result.filename
    assert str(written) == result.package_path and written.exists()

    with world.sessions() as session:
        request = service.get_request(session, ref)
        assert request.status is DisclosureStatus.RELEASED
        assert request.package is not None
        sealed = request.package.content
        redacted = request.items[0].redacted_text
    # Third parties are redacted, the subject is kept.
    assert "Amir Hassan" in redacted
    for other in ("Piotr Król", "Grace Mitchell", "grace.mitchell@example.ac.uk", "07700 900123"):
        assert other not in redacted

    path = write_package_file(tmp_path / "out", result.filename, sealed)
    report = verify_package(
        path,
        world.ctx.keyring.public_keys(),
        world.ctx.keyring.log_verifier_key_text(),
        private_key_pem=world.recipient_private_key,
    )
    assert report.disclosure_id == ref
    assert log_size(world) == 1


# --- rule 1: a referral decision; Channel needs the RPC discussion ----------------------------


def test_rule1_no_disclosure_without_referral_decision(engine: Engine, tmp_path: Path) -> None:
    world = build_world(engine, tmp_path, referral=False)
    err = refused_without_change(
        world,
        "lead",
        lambda s, a: use_cases.create(
            s,
            a,
            *cs(world),
            case_reference=world.case_ref,
            recipient_reference=world.recipient_ref,
            purpose="x",
        ),
        NoReferralDecision,
    )
    assert "referral" in str(err)


def test_rule1_channel_needs_rpc_discussion_reference(world: World) -> None:
    refused_without_change(
        world,
        "lead",
        lambda s, a: use_cases.create(
            s,
            a,
            *cs(world),
            case_reference=world.case_ref,
            recipient_reference=world.channel_ref,
            purpose="Channel panel consideration",
        ),
        ChannelDiscussionMissing,
    )
    from gateway.cases import use_cases as case_use_cases

    def create_with(reference: str) -> Callable[[Session, Actor], Any]:
        return lambda s, a: use_cases.create(
            s, a, *cs(world), world.case_ref, world.channel_ref, "Channel panel", reference
        )

    # A reference must be an entry of the case's chronology recording the discussion.
    plain = world.run(
        "lead",
        lambda s, a: case_use_cases.add_note(
            s, a, *cs(world), world.case_ref, "Called the tutor back about the seminar."
        ),
    )
    for made_up in ("made-up-ref", "RPC-NW-2026-114", f"event:{plain}", "event:999"):
        refused = refused_without_change(
            world, "lead", create_with(made_up), ChannelDiscussionMissing
        )
        assert "chronology" in str(refused)
    entry = world.run(
        "lead",
        lambda s, a: case_use_cases.add_note(
            s,
            a,
            *cs(world),
            world.case_ref,
            "Phoned the Regional Prevent Coordinator, who advised a Channel referral.",
            coordinator_discussion=True,
        ),
    )
    ref = prepare_request(world, recipient=world.channel_ref, rpc_reference=f"event:{entry}")
    submit(world, ref)
    clock, settings = cs(world)
    approval = world.run("dpo", lambda s, a: use_cases.approval(s, a, clock, settings, ref))
    assert f"case chronology entry {entry}," in approval.rpc_discussion


# --- rule 2: registered, active recipient -------------------------------------------------


def test_rule2_unregistered_or_inactive_recipient_refused(world: World) -> None:
    from gateway.recipients.service import set_recipient_active

    def create(recipient: str) -> Callable[[Session, Actor], Any]:
        return lambda s, a: use_cases.create(
            s, a, *cs(world), world.case_ref, recipient, "x"
        )

    refused_without_change(world, "lead", create("R-9999"), RecipientNotAllowed)
    ref = prepare_request(world)
    world.run("admin", lambda s, a: set_recipient_active(s, a, world.recipient_ref, False))
    refused_without_change(world, "lead", create(world.recipient_ref), RecipientNotAllowed)
    # An inactive recipient also stops a request prepared earlier.
    refused_without_change(
        world,
        "lead",
        lambda s, a: use_cases.submit(s, a, *cs(world), ref),
        RecipientNotAllowed,
    )


# --- rules 3 and 4 through the service -------------------------------------------------------


def test_rule3_no_art6_basis_refused_at_submit(world: World) -> None:
    from dataclasses import replace

    ref = prepare_request(world, basis=replace(PUBLIC_TASK, art6_basis=None))
    refused_without_change(
        world,
        "lead",
        lambda s, a: use_cases.submit(s, a, *cs(world), ref),
        LawfulBasisMissing,
    )


def test_rule3_legitimate_interests_refused_for_public_authority(world: World) -> None:
    from dataclasses import replace

    from gateway.disclosures.lawful_basis import Art6Basis

    ref = prepare_request(world)
    for basis in (Art6Basis.LEGITIMATE_INTERESTS, Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS):
        # Refused when chosen, not only at submit: the record keeps what it had.
        refused = refused_without_change(
            world,
            "lead",
            lambda s, a, b=basis: use_cases.set_lawful_basis(
                s, a, *cs(world), ref, replace(PUBLIC_TASK, art6_basis=b)
            ),
            LegitimateInterestsUnavailable,
        )
        assert "as amended by the Data (Use and Access) Act 2025" in str(refused)


def test_rule4_special_category_needs_condition(world: World) -> None:
    ref = prepare_request(world, special=(SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,))
    refused_without_change(
        world,
        "lead",
        lambda s, a: use_cases.submit(s, a, *cs(world), ref),
        SpecialCategoryConditionMissing,
    )
    world.run(
        "lead", lambda s, a: use_cases.set_lawful_basis(s, a, *cs(world), ref, SAFEGUARDING_BASIS)
    )
    submit(world, ref)


# --- rule 5: DPO only, never the preparer, approval binds the content --------------------------


def test_rule5_only_dpo_approves(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    sha = content_sha256(world, ref)
    for username in ("lead", "smt1", "auditor", "admin", "support"):
        refused_without_change(
            world,
            username,
            lambda s, a: use_cases.approve(s, a, *cs(world), ref, sha),
            NotPermitted,
        )


def test_rule5_preparer_cannot_approve(world: World) -> None:
    # A DPO who also prepared the request (e.g. while covering for the Prevent Lead) still
    # cannot approve it.
    ref = prepare_request(world)
    with world.sessions.begin() as session:
        request = service.get_request(session, ref)
        request.prepared_by_id = world.users["dpo"].id
    submit(world, ref)
    sha = content_sha256(world, ref)
    refused_without_change(
        world,
        "dpo",
        lambda s, a: use_cases.approve(s, a, *cs(world), ref, sha),
        SeparationOfDuties,
    )
    approve(world, ref, "dpo2")


def test_rule5_change_after_approval_voids_it(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    approve(world, ref)
    world.run(
        "lead",
        lambda s, a: use_cases.add_item(
            s, a, *cs(world), ref, kind=ItemKind.NOTE, label="Extra", text="A further note.",
            **ANSWERED_NONE,
        ),
    )
    with world.sessions() as session:
        request = service.get_request(session, ref)
        assert request.status is DisclosureStatus.DRAFT
        assert request.approved_content_hash is None


def test_rule5_tampered_content_after_approval_is_refused_at_release(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    approve(world, ref)
    # Edit the row behind the service's back: the approval hash no longer matches.
    with world.sessions.begin() as session:
        request = service.get_request(session, ref)
        request.items[0].redacted_text += " Piotr Król"
    before = log_size(world)
    with pytest.raises(ApprovalVoided):
        release(world, ref)
    assert log_size(world) == before


# --- rule 6: release needs approval; all or nothing ------------------------------------------


def test_rule6_release_needs_approval(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    before = fingerprint(world.engine)
    with pytest.raises(NotApproved):
        release(world, ref)
    assert fingerprint(world.engine) == before


@pytest.mark.parametrize("failing_step", ["build", "log", "seal"])
def test_rule6_failure_at_any_point_leaves_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch, failing_step: str
) -> None:
    import gateway.packages as packages
    from gateway.sharing import SharingLogWriter

    ref = prepare_request(world)
    submit(world, ref)
    approve(world, ref)

    def boom(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError(f"injected failure in {failing_step}")

    target = {
        "build": (packages, "build_signed_package"),
        "seal": (packages, "seal"),
    }.get(failing_step)
    if target is not None:
        monkeypatch.setattr(*target, boom)
    else:
        original = SharingLogWriter.append

        def append_then_fail(self: SharingLogWriter, *args: Any, **kwargs: Any) -> Any:
            original(self, *args, **kwargs)  # the entry is written, then the step fails
            raise RuntimeError("injected failure after the log append")

        monkeypatch.setattr(SharingLogWriter, "append", append_then_fail)
    before = fingerprint(world.engine)
    with pytest.raises(RuntimeError, match="injected"):
        release(world, ref)
    assert fingerprint(world.engine) == before
    assert log_size(world) == 0
    packages = world.ctx.settings.packages_dir
    assert not packages.exists() or not any(packages.iterdir()), "no file for a rolled-back release"
    with world.sessions() as session:
        assert service.get_request(session, ref).status is DisclosureStatus.APPROVED


def test_rule6_released_request_cannot_be_released_twice(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    approve(world, ref)
    release(world, ref)
    with pytest.raises(GatewayError):
        release(world, ref)
    assert log_size(world) == 1


# --- rule 7: the emergency path ------------------------------------------------------------


def test_rule7_emergency_release_by_lead_and_smt(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    # Without the SMT member's authorisation the Prevent Lead cannot use the emergency path.
    with pytest.raises(NotPermitted):
        release(world, ref, emergency=True)
    # The DPO cannot authorise an emergency (that is the SMT member's role).
    sha = content_sha256(world, ref, "smt2")
    refused_without_change(
        world,
        "dpo",
        lambda s, a: use_cases.authorise_emergency(
            s, a, *cs(world), ref, EMERGENCY_REASON, sha, ground=EmergencyGround.RISK_TO_LIFE
        ),
        NotPermitted,
    )
    world.run(
        "smt2",
        lambda s, a: use_cases.authorise_emergency(
            s,
            a,
            *cs(world),
            ref,
            "Stated plan to act this weekend; DPO on leave and unreachable.",
            sha,
            ground=EmergencyGround.IMMINENT_OFFENCE,
        ),
    )
    result = release(world, ref, emergency=True)
    assert result.emergency
    with world.engine.connect() as conn:
        from sharing_log import decode_entry

        leaf = world.ctx.transparency_log().entry(conn, result.log_index)
    assert decode_entry(leaf).entry.fields["ground_code"] == "imminent_offence"
    with world.sessions() as session:
        request = service.get_request(session, ref)
        assert request.emergency and request.retrospective_review_due is not None
        hours = (request.retrospective_review_due - request.released_at).total_seconds() / 3600
        assert hours == pytest.approx(world.ctx.settings.emergency_review_hours, abs=0.01)
    with world.sessions() as session:
        queue = use_cases.dpo_queue(session, world.actor("dpo", session), *cs(world))
        assert [r.reference for r in queue.emergency_reviews] == [ref]
    world.run(
        "dpo",
        lambda s, a: use_cases.review_emergency(
            s, a, *cs(world), ref, upheld=True, notes="Justified.", log=world.log()
        ),
    )
    assert log_size(world) == 2
    with world.sessions() as session:
        dpo = world.actor("dpo", session)
        assert use_cases.dpo_queue(session, dpo, *cs(world)).emergency_reviews == []


def test_rule7_preparer_cannot_authorise_own_emergency(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    with world.sessions.begin() as session:
        service.get_request(session, ref).prepared_by_id = world.users["smt1"].id
    sha = content_sha256(world, ref, "smt1")
    refused_without_change(
        world,
        "smt1",
        lambda s, a: use_cases.authorise_emergency(
            s, a, *cs(world), ref, EMERGENCY_REASON, sha, ground=EmergencyGround.RISK_TO_LIFE
        ),
        SeparationOfDuties,
    )


# --- decisions not to share are logged too --------------------------------------------------


def test_refusal_is_recorded_and_logged_without_personal_data(world: World) -> None:
    from sharing_log import decode_entry

    ref = prepare_request(world)
    submit(world, ref)
    world.run(
        "dpo",
        lambda s, a: use_cases.refuse(
            s,
            a,
            *cs(world),
            ref,
            "Evidence about Amir Hassan is not yet clear and compelling.",
            log=world.log(),
        ),
    )
    with world.engine.connect() as conn:
        leaf = world.ctx.transparency_log().entry(conn, 0)
    decoded = decode_entry(leaf)
    assert decoded.entry.entry_type.value == "decision_not_to_share"
    assert b"Amir" not in leaf and b"S2034178" not in leaf
    with world.sessions() as session:
        request = service.get_request(session, ref)
        assert request.status is DisclosureStatus.REFUSED


def test_refused_request_cannot_be_approved_or_released(world: World) -> None:
    ref = prepare_request(world)
    submit(world, ref)
    world.run(
        "dpo",
        lambda s, a: use_cases.refuse(s, a, *cs(world), ref, "Not proportionate.", log=world.log()),
    )
    with pytest.raises(GatewayError):
        approve(world, ref)
    with pytest.raises(DisclosureRefused):
        release(world, ref)


def test_case_reads_are_recorded_in_access_log(world: World) -> None:
    from gateway.access_log.models import AccessEvent
    from gateway.cases.service import get_case

    world.run("lead", lambda s, a: get_case(s, a, world.case_ref))
    with world.sessions() as session:
        events = list(session.scalars(select(AccessEvent)))
    assert [(e.action, e.object_ref) for e in events][-1] == ("case.read", world.case_ref)


def test_access_log_refuses_edits(world: World) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from gateway.cases.service import get_case

    world.run("lead", lambda s, a: get_case(s, a, world.case_ref))
    for statement in ("UPDATE access_events SET action = 'x'", "DELETE FROM access_events"):
        with pytest.raises(DBAPIError), world.engine.begin() as conn:
            conn.execute(text(statement))


def test_support_staff_cannot_read_cases(world: World) -> None:
    from gateway.cases.service import get_case

    for username in ("support", "tutor", "auditor", "admin", "dpo"):
        with pytest.raises(NotPermitted):
            world.run(username, lambda s, a: get_case(s, a, world.case_ref))


def test_subject_identifiers_not_chosen_are_redacted(world: World) -> None:
    """Minimisation: the student's number stays only when chosen for the disclosure."""
    text = "Amir Hassan (student number S2034178) was seen by Grace Mitchell."

    def prepare(session: Session, actor: Actor) -> str:
        ref = use_cases.create(
            session, actor, *cs(world), case_reference=world.case_ref,
            recipient_reference=world.recipient_ref, purpose="Referral.",
        ).reference
        use_cases.add_item(
            session, actor, *cs(world), ref, kind=ItemKind.NOTE, label="Note", text=text,
            **ANSWERED_NONE,
        )
        return ref

    ref = world.run("lead", prepare)

    def redacted(fields: list[str]) -> str:
        def work(session: Session, actor: Actor) -> str:
            use_cases.set_subject_fields(session, actor, *cs(world), ref, fields)
            view = use_cases.redact(session, actor, *cs(world), ref)
            return view.items[0].redacted_text

        return str(world.run("lead", work))

    without = redacted([])
    assert "Amir Hassan" in without and "S2034178" not in without
    assert "Grace Mitchell" not in without
    assert "S2034178" in redacted(["student_number"])
