"""DPIAs in the gateway: the ``dpia`` library's rules, the users' roles, and storage.

Who does what (see ``gateway.users.domain``): the Prevent Lead and the DPO edit and submit
(``dpia.edit``); only the DPO advises (``dpia.advise``); an SMT member, as the accountable person,
approves the measures and accepts the residual risks (``dpia.approve``) and can never be the
DPO who advised. Every version is kept: a change to an approved DPIA starts a new version.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import dpia as lib
from gateway.actor import Actor
from gateway.dpias.models import DPIAVersionRecord
from gateway.errors import (
    Conflict,
    DPIARequired,
    GatewayError,
    InvalidInput,
    InvalidTransition,
    NotFound,
    NotPermitted,
)
from gateway.timeutil import utcnow
from gateway.users.domain import Action, Role
from gateway.users.models import User
from gateway.users.service import get_user

DEFAULT_ACTIVITY = lib.PREVENT_REFERRAL_SHARING


class DPIAIntegrityError(GatewayError):
    """A stored DPIA version does not match its recorded digest or its version chain."""

    code = "dpia-integrity"


@contextmanager
def _translated() -> Iterator[None]:
    """Report the library's typed errors as the gateway's, keeping their messages."""
    try:
        yield
    except lib.DPIANotInForce as exc:
        raise DPIARequired(str(exc)) from exc
    except (lib.DPIAInvalid, lib.DPIAIncomplete) as exc:
        raise InvalidInput(str(exc)) from exc
    except lib.DPIASeparationOfDuties as exc:
        raise NotPermitted(str(exc)) from exc
    except (lib.DPIAFrozen, lib.DPIAInvalidTransition) as exc:
        raise InvalidTransition(str(exc)) from exc
    except lib.DPIAVersionConflict as exc:
        raise DPIAIntegrityError(str(exc)) from exc
    except lib.DPIAError as exc:
        raise InvalidTransition(str(exc)) from exc


def person_of(user: User) -> lib.Person:
    """How a gateway user is named in a DPIA."""
    return lib.Person(username=user.username, name=user.display_name, role=user.role.label)


# --- loading and storing -----------------------------------------------------------------------


def _rows(session: Session, activity: str) -> list[DPIAVersionRecord]:
    query = (
        select(DPIAVersionRecord)
        .where(DPIAVersionRecord.activity == activity)
        .order_by(DPIAVersionRecord.version)
    )
    return list(session.scalars(query))


def _load(row: DPIAVersionRecord) -> lib.DPIA:
    try:
        version = lib.DPIA.from_json(row.body)
    except lib.DPIAInvalid as exc:
        raise DPIAIntegrityError(
            f"Stored DPIA {row.activity} version {row.version} cannot be read: {exc}",
            hint="Restore it from a backup; do not edit DPIA rows by hand.",
        ) from exc
    if (
        version.sha256() != row.sha256
        or version.version != row.version
        or version.activity != row.activity
        or version.status.value != row.status
    ):
        raise DPIAIntegrityError(
            f"Stored DPIA {row.activity} version {row.version} does not match its recorded "
            "digest: it has been changed outside prevent-gateway.",
            hint="Restore it from a backup and ask the DPO to check the version history.",
        )
    return version


def load_history(session: Session, activity: str) -> lib.DPIAHistory | None:
    """Every stored version of ``activity``'s DPIA, chain checked; ``None`` if there is none."""
    rows = _rows(session, activity)
    if not rows:
        return None
    with _translated():
        return lib.DPIAHistory(tuple(_load(row) for row in rows))


def _history_or_fail(session: Session, activity: str) -> lib.DPIAHistory:
    history = load_history(session, activity)
    if history is None:
        raise NotFound(
            f"There is no DPIA for '{activity}'.",
            hint="Start one from the template with `prevent-gateway dpia new`.",
        )
    return history


def _store(session: Session, version: lib.DPIA, actor: Actor) -> DPIAVersionRecord:
    """Insert a new version row, or update the row of a version that is not yet approved.

    Everything is looked up before the row is touched, so the change reaches the database as
    one UPDATE (an approved row is frozen by a trigger; a split update would trip it).
    """
    submitted_by_id = _user_id(session, version.submission.by) if version.submission else None
    advice = version.dpo_advice
    advised_by_id = _user_id(session, advice.by) if advice else None
    signoff = version.signoff
    approved_by_id = _user_id(session, signoff.residual_risks_approved_by) if signoff else None
    row = session.scalar(
        select(DPIAVersionRecord).where(
            DPIAVersionRecord.activity == version.activity,
            DPIAVersionRecord.version == version.version,
        )
    )
    now = utcnow()
    if row is None:
        row = DPIAVersionRecord(
            activity=version.activity,
            version=version.version,
            created_by_id=actor.user.id,
            created_at=now,
        )
        session.add(row)
    elif row.status == lib.Status.APPROVED.value:
        raise InvalidTransition(
            f"Version {row.version} of the DPIA for '{row.activity}' is approved and cannot be "
            "changed; start a new version."
        )
    row.status = version.status.value
    row.body = version.to_json()
    row.sha256 = version.sha256()
    row.previous_sha256 = version.previous_version.sha256 if version.previous_version else None
    row.updated_at = now
    row.submitted_at = version.submission.at if version.submission else None
    row.submitted_by_id = submitted_by_id
    row.advised_at = advice.at if advice else None
    row.advised_by_id = advised_by_id
    row.approved_at = signoff.approved_at if signoff else None
    row.approved_by_id = approved_by_id
    row.review_date = signoff.review_date if signoff else None
    session.flush()
    return row


def _user_id(session: Session, person: lib.Person) -> int:
    return get_user(session, person.username).id


# --- the steps ---------------------------------------------------------------------------------


def create_from_template(
    session: Session,
    actor: Actor,
    *,
    controller: str,
    activity: str = DEFAULT_ACTIVITY,
) -> lib.DPIA:
    """Start version 1 of an activity's DPIA from its pre-filled template."""
    actor.require(Action.DPIA_EDIT)
    template = lib.TEMPLATES.get(activity)
    if template is None:
        raise InvalidInput(
            f"There is no DPIA template for '{activity}'.",
            hint=f"Templates exist for: {', '.join(sorted(lib.TEMPLATES))}.",
        )
    if _rows(session, activity):
        raise Conflict(
            f"A DPIA for '{activity}' already exists.",
            hint="Change it with `prevent-gateway dpia edit`; every version is kept.",
        )
    with _translated():
        version = template(controller=controller, created_by=person_of(actor.user), at=utcnow())
    _store(session, version, actor)
    return version


def get_version(
    session: Session, actor: Actor, activity: str = DEFAULT_ACTIVITY, version: int | None = None
) -> lib.DPIA:
    """One version (the latest by default)."""
    actor.require(Action.DPIA_READ)
    history = _history_or_fail(session, activity)
    if version is None:
        return history.latest
    try:
        return history.get(version)
    except KeyError:
        raise NotFound(
            f"The DPIA for '{activity}' has no version {version}.",
            hint=f"Versions 1 to {history.latest.version} exist.",
        ) from None


def list_versions(
    session: Session, actor: Actor, activity: str = DEFAULT_ACTIVITY
) -> list[lib.DPIA]:
    actor.require(Action.DPIA_READ)
    return list(_history_or_fail(session, activity).versions)


def list_activities(session: Session, actor: Actor) -> list[str]:
    actor.require(Action.DPIA_READ)
    query = select(DPIAVersionRecord.activity).distinct().order_by(DPIAVersionRecord.activity)
    return list(session.scalars(query))


def edit(
    session: Session,
    actor: Actor,
    activity: str = DEFAULT_ACTIVITY,
    *,
    patch: Mapping[str, Any] | None = None,
    assignments: Sequence[tuple[str, Any]] = (),
    reason: str | None = None,
) -> lib.DPIA:
    """Change the DPIA: a draft is changed in place; an approved version is kept as it is and
    the change starts a new draft version (``reason`` then says what changes and why)."""
    actor.require(Action.DPIA_EDIT)
    if patch is None and not assignments:
        raise InvalidInput("Nothing to change.", hint="Give a patch file or --field path=value.")
    latest = _history_or_fail(session, activity).latest
    with _translated():
        if latest.status is lib.Status.APPROVED:
            if not reason or not reason.strip():
                raise InvalidInput(
                    f"Version {latest.version} is approved, so this change starts version "
                    f"{latest.version + 1}, which needs a reason.",
                    hint="Say what changes and why with --reason.",
                )
            working = lib.revise(latest, by=person_of(actor.user), at=utcnow(), reason=reason)
        else:
            working = latest
        if patch is not None:
            working = lib.apply_patch(working, patch)
        if assignments:
            working = lib.set_fields(working, list(assignments))
    _store(session, working, actor)
    return working


def submit(session: Session, actor: Actor, activity: str = DEFAULT_ACTIVITY) -> lib.DPIA:
    """Send the draft to the DPO for advice."""
    actor.require(Action.DPIA_EDIT)
    latest = _history_or_fail(session, activity).latest
    with _translated():
        version = lib.submit(latest, by=person_of(actor.user), at=utcnow())
    _store(session, version, actor)
    return version


def return_to_draft(session: Session, actor: Actor, activity: str = DEFAULT_ACTIVITY) -> lib.DPIA:
    """Take a submitted DPIA back to draft (the DPO asks for changes, or the preparer withdraws)."""
    _require_any(actor, Action.DPIA_EDIT, Action.DPIA_ADVISE)
    latest = _history_or_fail(session, activity).latest
    with _translated():
        version = lib.return_to_draft(latest)
    _store(session, version, actor)
    return version


def advise(
    session: Session,
    actor: Actor,
    activity: str = DEFAULT_ACTIVITY,
    *,
    recommendation: lib.DPORecommendation,
    summary: str,
    conditions: str = "",
    ico_consultation_advised: bool = False,
) -> lib.DPIA:
    """The DPO records their advice (only a user with the DPO role can)."""
    actor.require(Action.DPIA_ADVISE)
    if actor.role is not Role.DPO:
        raise NotPermitted(
            "Only the Data Protection Officer gives the DPO's advice on a DPIA.",
            hint="Ask the DPO to record their advice.",
        )
    latest = _history_or_fail(session, activity).latest
    with _translated():
        version = lib.advise(
            latest,
            dpo=person_of(actor.user),
            at=utcnow(),
            recommendation=recommendation,
            summary=summary,
            conditions=conditions,
            ico_consultation_advised=ico_consultation_advised,
        )
    _store(session, version, actor)
    return version


def record_ico_consultation(
    session: Session,
    actor: Actor,
    activity: str = DEFAULT_ACTIVITY,
    *,
    submitted_on: date,
    reference: str,
    outcome: lib.ICOOutcome,
    response_received_on: date | None = None,
    summary: str = "",
) -> lib.DPIA:
    """Record the prior consultation with the ICO (UK GDPR Art 36) on the current draft."""
    _require_any(actor, Action.DPIA_EDIT, Action.DPIA_ADVISE)
    latest = _history_or_fail(session, activity).latest
    try:
        consultation = lib.ICOConsultation(
            submitted_on=submitted_on,
            reference=reference,
            outcome=outcome,
            response_received_on=response_received_on,
            summary=summary,
            recorded_by=person_of(actor.user),
        )
    except ValueError as exc:
        raise InvalidInput(
            f"The ICO consultation record is not valid: {_first_error(exc)}"
        ) from None
    with _translated():
        version = lib.record_ico_consultation(latest, consultation)
    _store(session, version, actor)
    return version


def approve(
    session: Session,
    actor: Actor,
    activity: str = DEFAULT_ACTIVITY,
    *,
    advice_accepted: bool,
    review_date: date,
    overrule_reasons: str = "",
    measures_approved_by: str | None = None,
    review_owner: str | None = None,
    departure_from_views: str = "",
) -> lib.DPIA:
    """The accountable person (an SMT member) approves the measures, accepts the residual risks
    and records whether the DPO's advice was accepted or overruled (with reasons)."""
    actor.require(Action.DPIA_APPROVE)
    latest = _history_or_fail(session, activity).latest
    measures_by = actor.user
    if measures_approved_by and measures_approved_by != actor.user.username:
        measures_by = get_user(session, measures_approved_by)
        if not measures_by.active or not (
            _role_allows(measures_by, Action.DPIA_APPROVE)
            or _role_allows(measures_by, Action.DPIA_EDIT)
        ):
            raise NotPermitted(
                f"{measures_by.username} cannot approve the DPIA's measures.",
                hint="Name an active SMT member, Prevent Lead or nominee.",
            )
    if review_owner:
        owner = get_user(session, review_owner)
    elif latest.dpo_advice is not None:
        owner = get_user(session, latest.dpo_advice.by.username)
    else:
        owner = actor.user
    with _translated():
        version = lib.approve(
            latest,
            measures_approved_by=person_of(measures_by),
            residual_risks_approved_by=person_of(actor.user),
            advice_accepted=advice_accepted,
            overrule_reasons=overrule_reasons,
            review_date=review_date,
            review_owner=person_of(owner),
            at=utcnow(),
            departure_from_views=departure_from_views,
        )
    _store(session, version, actor)
    return version


def compare_versions(
    session: Session, actor: Actor, activity: str, old: int, new: int
) -> list[lib.FieldChange]:
    return lib.compare(
        get_version(session, actor, activity, old), get_version(session, actor, activity, new)
    )


def export_pdf(
    session: Session,
    actor: Actor,
    activity: str = DEFAULT_ACTIVITY,
    version: int | None = None,
    *,
    today: date | None = None,
) -> bytes:
    """The version as a PDF document (OFFICIAL-SENSITIVE; no student data is in a DPIA)."""
    from dpia.pdf import render_pdf

    chosen = get_version(session, actor, activity, version)
    return render_pdf(chosen, today=today or utcnow().date())


# --- the gate ----------------------------------------------------------------------------------


def governing_version(session: Session, activity: str) -> lib.DPIA | None:
    """The version that governs processing: the latest approved one (a newer draft does not
    replace it until approved); if none was ever approved, the latest version, so the gate can
    say that it is not approved yet."""
    history = load_history(session, activity)
    if history is None:
        return None
    return history.approved() or history.latest


def require_dpia_in_force(session: Session, activity: str, today: date) -> None:
    """Refuse (``DPIARequired``, with the reason) unless ``activity`` has an approved, in-date
    DPIA whose high residual risks, if any, have a recorded ICO consultation allowing them."""
    try:
        governing = governing_version(session, activity)
    except DPIAIntegrityError as exc:
        raise DPIARequired(
            f"The DPIA for '{activity}' failed its integrity check, so it cannot authorise "
            f"sharing: {exc.message}",
            hint=exc.hint,
        ) from exc
    problem = lib.refusal(governing, activity, today)
    if problem is not None:
        raise DPIARequired(
            str(problem),
            hint="The DPO and the accountable person must put an approved, in-date DPIA in place "
            "(`prevent-gateway dpia show` says what is missing).",
        )


def dpia_status(session: Session, activity: str, today: date) -> lib.DPIAStatusSummary:
    """What the DPO sees about the governing DPIA on every disclosure approval."""
    try:
        governing = governing_version(session, activity)
    except DPIAIntegrityError:
        governing = None
    return lib.status_summary(governing, activity, today)


# --- demo --------------------------------------------------------------------------------------


def install_demo_dpia(
    session: Session,
    *,
    preparer: Actor,
    dpo: Actor,
    approver: Actor,
    review_in: timedelta = timedelta(days=365),
    controller: str = "Example Online University (fictional)",
) -> lib.DPIA:
    """Put a fictional, approved DPIA for ``prevent-referral-sharing`` in place, through the same
    steps and permission checks a real one goes through (used by ``demo`` and the tests)."""
    create_from_template(session, preparer, controller=controller)
    edit(session, preparer, assignments=list(_demo_answers().items()))
    submit(session, preparer)
    advise(
        session,
        dpo,
        recommendation=lib.DPORecommendation.PROCEED,
        summary="The measures address the risks; proceed and review the equality figures yearly.",
    )
    return approve(
        session,
        approver,
        advice_accepted=True,
        review_date=utcnow().date() + review_in,
    )


def _demo_answers() -> dict[str, str]:
    from dpia.examples import DEMO_ANSWERS

    return DEMO_ANSWERS


def _require_any(actor: Actor, *actions: Action) -> None:
    """Pass if the actor's role allows any of ``actions`` (and the account is active)."""
    for action in actions:
        if _role_allows(actor.user, action):
            actor.require(action)
            return
    actor.require(actions[0])


def _role_allows(user: User, action: Action) -> bool:
    from gateway.users.domain import is_allowed

    return is_allowed(user.role, action)


def _first_error(exc: ValueError) -> str:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        from dpia.model import describe_validation_error

        return "; ".join(describe_validation_error(exc))
    return str(exc)
