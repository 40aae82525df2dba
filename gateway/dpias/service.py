"""DPIAs below the use cases: the ``dpia`` library's rules wired to the gateway's storage and
users, and the gate every disclosure passes.

Who does what (see ``gateway.users.domain``): the Prevent Lead and the DPO edit and submit
(``dpia.edit``); only the DPO advises (``dpia.advise``); an SMT member, as the accountable person,
approves the measures and accepts the residual risks (``dpia.approve``) and can never be the
DPO who advised. Every version is kept: a change to an approved DPIA starts a new version. The
steps themselves, with their permission checks, are in :mod:`gateway.dpias.use_cases`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

import dpia as lib
from gateway.actor import Actor
from gateway.dpias.models import DPIAAlert, DPIAVersionRecord
from gateway.errors import (
    DPIARequired,
    GatewayError,
    InvalidInput,
    InvalidTransition,
    NotFound,
    NotPermitted,
)
from gateway.users.domain import Action, is_allowed
from gateway.users.models import User
from gateway.users.service import get_user

DEFAULT_ACTIVITY = lib.PREVENT_REFERRAL_SHARING


class DPIAIntegrityError(GatewayError):
    """A stored DPIA version does not match its recorded digest or its version chain."""

    code = "dpia-integrity"


@contextmanager
def translated() -> Iterator[None]:
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


def rows_of(session: Session, activity: str) -> list[DPIAVersionRecord]:
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
    rows = rows_of(session, activity)
    if not rows:
        return None
    with translated():
        return lib.DPIAHistory(tuple(_load(row) for row in rows))


def history_or_fail(session: Session, activity: str) -> lib.DPIAHistory:
    history = load_history(session, activity)
    if history is None:
        raise NotFound(
            f"There is no DPIA for '{activity}'.",
            hint="Start one from its template (someone who edits DPIAs can).",
        )
    return history


def store(
    session: Session, version: lib.DPIA, actor: Actor, now: datetime
) -> DPIAVersionRecord:
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
            "(the DPIA itself says what is missing).",
        )


def alert_unless_in_force(
    session: Session, activity: str, case_reference: str, now: datetime
) -> DPIAAlert | None:
    """When a case is opened: if ``activity`` has no approved, in-date DPIA, record an alert for
    the DPO (their dashboard shows it) and return it. Never refuses anything: recording a
    concern must not wait for paperwork (a safeguarding risk)."""
    try:
        problem = lib.refusal(governing_version(session, activity), activity, now.date())
        reason = str(problem) if problem is not None else None
    except GatewayError as exc:  # a DPIA that cannot be read does not authorise either
        reason = f"The DPIA for '{activity}' could not be checked: {exc.message}"
    if reason is None:
        return None
    alert = DPIAAlert(activity=activity, case_reference=case_reference, raised_at=now,
                      reason=reason)
    session.add(alert)
    return alert


def dpia_status(session: Session, activity: str, today: date) -> lib.DPIAStatusSummary:
    """What the DPO sees about the governing DPIA on every disclosure approval."""
    try:
        governing = governing_version(session, activity)
    except DPIAIntegrityError:
        governing = None
    return lib.status_summary(governing, activity, today)


def require_any(actor: Actor, *actions: Action) -> None:
    """Pass if the actor's role allows any of ``actions`` (and the account is active)."""
    for action in actions:
        if role_allows(actor.user, action):
            actor.require(action)
            return
    actor.require(actions[0])


def role_allows(user: User, action: Action) -> bool:
    return is_allowed(user.role, action)


def first_error(exc: ValueError) -> str:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        from dpia.model import describe_validation_error

        return "; ".join(describe_validation_error(exc))
    return str(exc)


def install_demo_dpia(
    session: Session,
    *,
    preparer: Actor,
    dpo: Actor,
    approver: Actor,
    review_in: timedelta = timedelta(days=365),
    activity: str = DEFAULT_ACTIVITY,
) -> lib.DPIA:
    """:func:`gateway.dpias.use_cases.install_demo_dpia` (today's date, the default controller),
    where the demo and the test fixtures find it."""
    from gateway.dpias.use_cases import install_demo_dpia as install

    return install(
        session, preparer=preparer, dpo=dpo, approver=approver, review_in=review_in,
        activity=activity,
    )


def dpia_status_lines(
    session: Session, activity: str, today: date | None = None
) -> tuple[bool, list[str]]:
    """Whether a DPIA is in force for ``activity`` and the lines the DPO reads about it.

    Only for the disclosure approval page until it is built by the disclosures' own use case
    (which calls :func:`dpia_status` with its clock); remove it with that page's last use.
    """
    from gateway.clock import SYSTEM_CLOCK

    summary = dpia_status(session, activity, today or SYSTEM_CLOCK.today())
    return summary.in_force, summary.lines()
