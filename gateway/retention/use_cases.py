"""What people do with the retention schedule, one function per action, the same through every
door: see the plan, dry-run and execute disposal, read certificates, record that a student left,
record complaints and legal holds.

Each use case checks who may act (the one role x action matrix), then the state, then records
what was done (the hold, complaint or departure carries who recorded it; an executed disposal
leaves tombstones, a destruction certificate and sharing-log entries), and returns a view.
The schedule is the installation's (``AppContext.schedule``), passed in by the door.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.clock import Clock
from gateway.config import Settings
from gateway.encryption.keystore import session_source
from gateway.encryption.models import KekRotation
from gateway.encryption.rotation import Rotation, finish_interrupted
from gateway.encryption.secrets import student_matches
from gateway.errors import Conflict, GatewayError, InvalidInput, NotFound, NotPermitted
from gateway.references import next_reference
from gateway.retention import flows
from gateway.retention.certificate import render_pdf
from gateway.retention.models import Complaint, DestructionCertificate, LegalHold, StudentDeparture
from gateway.retention.plan import PlanItem, PlanStatus, build_plan
from gateway.retention.schedule import Schedule
from gateway.retention.views import (
    CertificatePdf,
    CertificateView,
    ComplaintView,
    DepartureView,
    DisposalView,
    HoldView,
    PlanItemView,
    PlanView,
    RetentionOverview,
)
from gateway.runner import after_commit
from gateway.users.domain import Action, Role, is_allowed

if TYPE_CHECKING:
    from gateway.sharing import SharingLogWriter

#: What a person must give to execute a run: a deliberate act, not a stray click.
CONFIRM_WORD = "destroy"


def require_role(actor: Actor, action: Action, what: str) -> None:
    """The permission check, saying in words what was refused and who may do it."""
    if not actor.user.active or not is_allowed(actor.role, action):
        names = ", ".join(sorted(r.label for r in Role if is_allowed(r, action)))
        raise NotPermitted(
            f"{actor.role.label} accounts may not {what}.",
            hint=f"Ask someone with one of these roles: {names}.",
        )


# --- the plan and disposal ----------------------------------------------------------------------


def _plan_view(items: list[PlanItem], as_of: date, include_not_due: bool) -> PlanView:
    return PlanView(
        as_of=as_of,
        include_not_due=include_not_due,
        items=[
            PlanItemView.of(i)
            for i in items
            if include_not_due or i.status is not PlanStatus.NOT_DUE
        ],
        counts={status: sum(1 for i in items if i.status is status) for status in PlanStatus},
    )


def retention_plan(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    schedule: Schedule,
    as_of: date | None = None,
    include_not_due: bool = False,
) -> PlanView:
    """What falls due, when, under which rule, and what blocks it (records not yet due only
    with ``include_not_due``)."""
    require_role(actor, Action.RETENTION_READ, "see the retention plan")
    day = as_of or clock.today()
    return _plan_view(build_plan(session, schedule, day), day, include_not_due)


def _due(session: Session, schedule: Schedule, as_of: date, limit: int | None) -> list[PlanItem]:
    due = [i for i in build_plan(session, schedule, as_of) if i.disposable]
    return due[:limit] if limit is not None else due


def dry_run(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    schedule: Schedule,
    as_of: date | None = None,
    limit: int | None = None,
) -> DisposalView:
    """What an executed run would destroy (at most ``limit`` records); nothing is changed."""
    require_role(actor, Action.RETENTION_READ, "see the retention plan")
    day = as_of or clock.today()
    items = _due(session, schedule, day, limit)
    return DisposalView(
        as_of=day,
        executed=False,
        items=[PlanItemView.of(i) for i in items],
        executable=day <= clock.today(),
    )


def execute_disposal(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    schedule: Schedule,
    log: SharingLogWriter,
    confirm: str,
    as_of: date | None = None,
    limit: int | None = None,
    progress: Callable[[PlanItemView], None] | None = None,
) -> DisposalView:
    """The DPO destroys what is due (crypto-shredding), re-wraps every remaining data key under
    a new KEK, certifies it and logs it, in one transaction; once committed, the previous KEK is
    destroyed and the storage cleaned of old page images (a failure there is a warning on the
    view: the run itself stands, and the next run finishes it)."""
    require_role(actor, Action.RETENTION_DISPOSE, "destroy records")
    if confirm.strip().lower() != CONFIRM_WORD:
        raise InvalidInput(
            "The run was not confirmed: nothing was destroyed.",
            hint=f"Confirm with the word '{CONFIRM_WORD}' to destroy the records a dry run "
            "lists.",
        )
    day = as_of or clock.today()
    kek = session_source(session)
    engine = session.get_bind()
    # A run first finishes what an interrupted one left: a KEK rotation committed with its
    # disposal but whose old key was not yet destroyed (or a new key that never committed).
    finish_interrupted(session, kek, now=clock.now())
    due = _due(session, schedule, day, limit)
    view = DisposalView(as_of=day, executed=True, items=[PlanItemView.of(i) for i in due])
    rotation: Rotation | None = None
    if due:
        if kek.from_environment:
            raise flows.DisposalBlocked(
                "Nothing was destroyed: a disposal run ends by replacing the key-encryption key "
                "(so copies of the destroyed data keys can no longer be opened), and the key "
                "given in the PREVENT_GATEWAY_KEK setting cannot be replaced by the gateway.",
                hint="Move the key to a file (PREVENT_GATEWAY_KEK_FILE), unset "
                "PREVENT_GATEWAY_KEK, and run the disposal again.",
            )
        done = flows.destroy(
            session,
            actor,
            schedule,
            due,
            as_of=day,
            now=clock.now(),
            log=log,
            organisation=settings.organisation_name,
            kek=kek,
            progress=(lambda item: progress(PlanItemView.of(item))) if progress else None,
        )
        rotation = done.rotation
        view = view.model_copy(
            update={
                "certificate_reference": done.reference,
                "manifest_sha256": done.manifest_sha256,
                "log_indexes": list(done.log_indexes),
            }
        )

    # The installation-wide subject key of the log's older entries goes once no remaining case
    # needs it (checked after this run's deletions, acted on after its commit).
    retire_legacy_key = bool(log.subject_key) and not flows.legacy_subject_key_needed(
        session, log
    )

    def finish(done: DisposalView) -> DisposalView:
        # After the commit: destroy the old KEK, then (also when nothing was due, so a run that
        # finds nothing finishes a clean-up left undone) clean the storage of old page images.
        warnings: list[str] = []
        if rotation is not None:
            try:
                rotation.complete(engine, now=clock.now())
            except (OSError, GatewayError) as exc:
                warnings.append(
                    "The previous key-encryption key could not be destroyed yet "
                    f"({exc}); the next disposal run destroys it."
                )
        if retire_legacy_key:
            from gateway.keys.keyring import HMAC_KEY_FILE

            try:
                _destroy_file(settings.keys_dir / HMAC_KEY_FILE)
                log.subject_key = b""
            except OSError as exc:
                warnings.append(
                    f"The sharing log's old subject key could not be destroyed yet ({exc}); "
                    "the next disposal run destroys it."
                )
        try:
            flows.scrub_after_commit(engine)
        except GatewayError as exc:
            warnings.append(f"{exc.message} {exc.hint or ''}".strip())
        if warnings:
            return done.model_copy(update={"warning": " ".join(warnings)})
        return done

    after_commit(session, finish)
    return view


def _destroy_file(path: Path) -> None:
    """Overwrite a key file, then remove it."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        os.write(fd, b"\0" * os.fstat(fd).st_size)
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()


# --- certificates -------------------------------------------------------------------------------


def list_certificates(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[CertificateView]:
    """Every destruction certificate, newest first (ids, counts, digests: no personal data)."""
    require_role(actor, Action.RETENTION_READ, "see destruction certificates")
    query = select(DestructionCertificate).order_by(DestructionCertificate.id.desc())
    return [
        CertificateView(
            reference=c.reference,
            as_of=c.as_of,
            created_at=c.created_at,
            record_count=c.record_count,
            manifest_sha256=c.manifest_sha256,
            log_indexes=list(c.log_indexes),
        )
        for c in session.scalars(query)
    ]


def certificate_pdf(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> CertificatePdf:
    """One destruction certificate as the PDF made when the run was executed."""
    require_role(actor, Action.RETENTION_READ, "see destruction certificates")
    cert = session.scalar(
        select(DestructionCertificate).where(DestructionCertificate.reference == reference)
    )
    if cert is None:
        raise NotFound(f"No certificate {reference}.", hint="See the list of certificates.")
    # Made again from what the database holds, so it can be had at any time and states where
    # the run's KEK rotation stands now (the stored copy is the PDF as it was at the commit).
    rotation = session.scalar(
        select(KekRotation).where(KekRotation.certificate_reference == cert.reference)
    )
    pdf = render_pdf(
        dict(cert.manifest),
        cert.manifest_sha256,
        [int(i) for i in cert.log_indexes],
        kek_destroyed_at=rotation.completed_at if rotation is not None else None,
    )
    return CertificatePdf(reference=cert.reference, pdf=pdf)


# --- what keeps records: departures, complaints, legal holds -------------------------------------


def _case_exists(session: Session, reference: str) -> None:
    from gateway.cases.service import load_case

    load_case(session, reference)


def record_departure(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    student_id: str,
    *,
    left_on: date | None = None,
) -> DepartureView:
    """Record the day a student left the provider (the trigger ``student_left`` counts from it);
    recording it again corrects the day."""
    require_role(actor, Action.RETENTION_HOLD, "record that a student left")
    student = student_id.strip()
    if not student:
        raise InvalidInput("Give the student number.")
    day = left_on or clock.today()
    departure = session.scalar(
        select(StudentDeparture).where(
            student_matches(
                session, StudentDeparture.student_id, StudentDeparture.student_index, student
            )
        )
    )
    if departure is None:
        departure = StudentDeparture(student_id=student, left_on=day, recorded_by_id=actor.user.id)
        session.add(departure)
    departure.left_on = day
    departure.recorded_by_id = actor.user.id
    departure.recorded_at = clock.now()
    session.flush()
    return DepartureView(student_id=departure.student_id, left_on=departure.left_on)


def _complaint(c: Complaint) -> ComplaintView:
    return ComplaintView(
        reference=c.reference,
        case_reference=c.case_reference,
        received_on=c.received_on,
        closed_on=c.closed_on,
    )


def list_complaints(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    include_closed: bool = False,
) -> list[ComplaintView]:
    """Complaints recorded against cases, newest first (open ones keep the case)."""
    require_role(actor, Action.RETENTION_READ, "see complaints")
    query = select(Complaint).order_by(Complaint.id.desc())
    if not include_closed:
        query = query.where(Complaint.closed_on.is_(None))
    return [_complaint(c) for c in session.scalars(query)]


def _hold(h: LegalHold) -> HoldView:
    return HoldView(
        reference=h.reference,
        scope=h.scope,
        target=h.target,
        holder=h.holder,
        reason=h.reason,
        placed_on=h.placed_on,
        released_on=h.released_on,
        release_reason=h.release_reason,
    )


def place_hold(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    case_ref: str | None,
    student_id: str | None,
    holder: str,
    reason: str,
    placed_on: date | None = None,
) -> HoldView:
    """Place a legal hold on one case or on every case of a student: held records are never
    destroyed, whatever the schedule says."""
    require_role(actor, Action.RETENTION_HOLD, "place legal holds")
    case_ref = (case_ref or "").strip() or None
    student_id = (student_id or "").strip() or None
    if (case_ref is None) == (student_id is None):
        raise InvalidInput(
            "Say what the hold covers: one case (its reference) or one student (their "
            "number), not both."
        )
    if not holder.strip() or not reason.strip():
        raise InvalidInput("A legal hold needs the holder (who asked for it) and the reason.")
    if case_ref is not None:
        _case_exists(session, case_ref)
    day = placed_on or clock.today()
    hold = LegalHold(
        reference=next_reference(session, "HOLD", day.year),
        scope="case" if case_ref else "student",
        target=case_ref or student_id or "",
        holder=holder.strip(),
        reason=reason.strip(),
        placed_on=day,
        placed_by_id=actor.user.id,
        placed_at=clock.now(),
    )
    session.add(hold)
    session.flush()
    return _hold(hold)


def release_hold(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    reason: str,
    released_on: date | None = None,
) -> HoldView:
    """Release a legal hold: the records fall under the schedule again."""
    require_role(actor, Action.RETENTION_HOLD, "release legal holds")
    hold = session.scalar(select(LegalHold).where(LegalHold.reference == reference))
    if hold is None:
        raise NotFound(f"No legal hold {reference}.", hint="See the list of legal holds.")
    if hold.released_on is not None:
        raise Conflict(f"The legal hold {reference} was already released on {hold.released_on}.")
    if not reason.strip():
        raise InvalidInput("Say why the hold is released (e.g. the claim was settled).")
    day = released_on or clock.today()
    if day < hold.placed_on:
        raise InvalidInput("A hold cannot be released before it was placed.")
    hold.released_on = day
    hold.released_by_id = actor.user.id
    hold.release_reason = reason.strip()
    session.flush()
    return _hold(hold)


def list_holds(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    include_released: bool = False,
) -> list[HoldView]:
    """Legal holds: what, who asked, why, since when (released ones with ``include_released``)."""
    require_role(actor, Action.RETENTION_READ, "see legal holds")
    query = select(LegalHold).order_by(LegalHold.id)
    if not include_released:
        query = query.where(LegalHold.released_on.is_(None))
    return [_hold(h) for h in session.scalars(query)]


# --- the retention page -------------------------------------------------------------------------


def retention_overview(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    schedule: Schedule,
    as_of: date | None = None,
    include_not_due: bool = False,
) -> RetentionOverview:
    """Everything the retention page shows: the plan, holds, complaints and certificates."""
    return RetentionOverview(
        today=clock.today(),
        plan=retention_plan(
            session,
            actor,
            clock,
            settings,
            schedule=schedule,
            as_of=as_of,
            include_not_due=include_not_due,
        ),
        holds=list_holds(session, actor, clock, settings, include_released=True),
        complaints=list_complaints(session, actor, clock, settings, include_closed=True),
        certificates=list_certificates(session, actor, clock, settings),
    )
