"""What people do with a DPIA, one use case per step: the register, reading a version, starting
from the template, editing, submitting, the DPO's advice, the ICO consultation, approval, taking
it back to draft, comparing versions, the PDF, and whether it is in force for an activity.

Every use case is ``(session, actor, clock, settings, *inputs) -> view``: it checks the actor's
permission, lets the ``dpia`` library check the state (its errors become the gateway's), keeps
the record (each version row says who submitted, advised and approved it, and when; approved
versions are frozen), and returns a view built inside the transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import dpia as lib
from gateway.actor import Actor
from gateway.clock import SYSTEM_CLOCK, Clock
from gateway.config import Settings
from gateway.dpias.models import DPIAVersionRecord
from gateway.dpias.service import (
    DEFAULT_ACTIVITY,
    dpia_status,
    first_error,
    history_or_fail,
    person_of,
    require_any,
    role_allows,
    rows_of,
    store,
    translated,
)
from gateway.dpias.views import (
    ChangeView,
    DPIAComparison,
    DPIAPage,
    DPIAPdf,
    DPIAStatusView,
    DPIAVersionView,
    VersionLine,
)
from gateway.errors import Conflict, InvalidInput, NotFound, NotPermitted
from gateway.users.domain import Action, Role
from gateway.users.models import User
from gateway.users.service import get_user, same_person

# --- views ---------------------------------------------------------------------------------------


def _version_view(session: Session, d: lib.DPIA, today: date) -> DPIAVersionView:
    return DPIAVersionView(
        activity=d.activity,
        version=d.version,
        status=lib.effective_status(d, today),
        missing=lib.missing_for_submission(d) if d.status is lib.Status.DRAFT else [],
        sha256=d.sha256(),
        body=d.to_dict(),
        governing=DPIAStatusView.of(dpia_status(session, d.activity, today)),
    )


def _lines(history: lib.DPIAHistory) -> list[VersionLine]:
    return [
        VersionLine(version=v.version, status=v.status, change_reason=v.change_reason)
        for v in history.versions
    ]


def _version(history: lib.DPIAHistory, activity: str, version: int | None) -> lib.DPIA:
    if version is None:
        return history.latest
    try:
        return history.get(version)
    except KeyError:
        raise NotFound(
            f"The DPIA for '{activity}' has no version {version}.",
            hint=f"Versions 1 to {history.latest.version} exist.",
        ) from None


# --- reading -------------------------------------------------------------------------------------


def list_dpias(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    always: Sequence[str] = (),
) -> list[DPIAStatusView]:
    """The register: every activity with a DPIA, and whether it is in force today; the
    activities in ``always`` are listed even when they have none yet (to start one)."""
    actor.require(Action.DPIA_READ)
    query = select(DPIAVersionRecord.activity).distinct().order_by(DPIAVersionRecord.activity)
    activities = list(session.scalars(query))
    activities = [a for a in always if a not in activities] + activities
    today = clock.today()
    return [DPIAStatusView.of(dpia_status(session, a, today)) for a in activities]


def status(
    session: Session, actor: Actor, clock: Clock, settings: Settings, activity: str
) -> DPIAStatusView:
    """What every disclosure checks: is a DPIA in force for the activity today, and if not why."""
    actor.require(Action.DPIA_READ)
    return DPIAStatusView.of(dpia_status(session, activity, clock.today()))


def read_dpia(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
    version: int | None = None,
) -> DPIAPage:
    """One version (the latest by default): status, risks, advice, sign-off, what is missing,
    what governs sharing today, and the list of versions."""
    actor.require(Action.DPIA_READ)
    history = history_or_fail(session, activity)
    chosen = _version(history, activity, version)
    return DPIAPage(
        current=_version_view(session, chosen, clock.today()),
        dpia=chosen,
        versions=_lines(history),
    )


def compare(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
    *,
    old: int | None = None,
    new: int | None = None,
) -> DPIAComparison:
    """Field-by-field changes from version ``old`` (default: the one before ``new``) to version
    ``new`` (default: the latest)."""
    actor.require(Action.DPIA_READ)
    history = history_or_fail(session, activity)
    newer = _version(history, activity, new)
    older = _version(history, activity, old if old is not None else max(1, newer.version - 1))
    changes = lib.compare(older, newer)
    return DPIAComparison(
        activity=activity,
        old=older.version,
        new=newer.version,
        versions=_lines(history),
        changes=[ChangeView(path=c.path, kind=c.kind, old=c.old, new=c.new) for c in changes],
        text=lib.format_changes(changes),
    )


def export_pdf(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
    version: int | None = None,
) -> DPIAPdf:
    """The version as a PDF document (OFFICIAL-SENSITIVE; no student data is in a DPIA)."""
    from dpia.pdf import render_pdf

    actor.require(Action.DPIA_READ)
    chosen = _version(history_or_fail(session, activity), activity, version)
    return DPIAPdf(
        activity=activity,
        version=chosen.version,
        pdf=render_pdf(chosen, today=clock.today()),
    )


# --- the steps -----------------------------------------------------------------------------------


def create_from_template(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    activity: str = DEFAULT_ACTIVITY,
    controller: str | None = None,
) -> DPIAVersionView:
    """Start version 1 of an activity's DPIA from its pre-filled template; the controller is the
    organisation unless named."""
    actor.require(Action.DPIA_EDIT)
    template = lib.TEMPLATES.get(activity)
    if template is None:
        raise InvalidInput(
            f"There is no DPIA template for '{activity}'.",
            hint=f"Templates exist for: {', '.join(sorted(lib.TEMPLATES))}.",
        )
    if rows_of(session, activity):
        raise Conflict(
            f"A DPIA for '{activity}' already exists.",
            hint="Change that one instead; every version is kept.",
        )
    now = clock.now()
    with translated():
        version = template(
            controller=controller or settings.organisation_name,
            created_by=person_of(actor.user),
            at=now,
        )
    store(session, version, actor, now)
    return _version_view(session, version, clock.today())


def edit(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
    *,
    patch: Mapping[str, Any] | None = None,
    assignments: Sequence[tuple[str, Any]] = (),
    reason: str | None = None,
) -> DPIAVersionView:
    """Change the DPIA: a draft is changed in place; an approved version is kept as it is and
    the change starts a new draft version (``reason`` then says what changes and why)."""
    actor.require(Action.DPIA_EDIT)
    if patch is None and not assignments:
        raise InvalidInput(
            "Nothing to change.", hint="Give the fields to change and their new values."
        )
    latest = history_or_fail(session, activity).latest
    now = clock.now()
    with translated():
        if latest.status is lib.Status.APPROVED:
            if not reason or not reason.strip():
                raise InvalidInput(
                    f"Version {latest.version} is approved, so this change starts version "
                    f"{latest.version + 1}, which needs a reason.",
                    hint="Say what changes and why.",
                )
            working = lib.revise(latest, by=person_of(actor.user), at=now, reason=reason)
        else:
            working = latest
        if patch is not None:
            working = lib.apply_patch(working, patch)
        if assignments:
            working = lib.set_fields(working, list(assignments))
    store(session, working, actor, now)
    return _version_view(session, working, clock.today())


def submit(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
) -> DPIAVersionView:
    """Send the completed draft to the DPO for advice."""
    actor.require(Action.DPIA_EDIT)
    latest = history_or_fail(session, activity).latest
    now = clock.now()
    with translated():
        version = lib.submit(latest, by=person_of(actor.user), at=now)
    store(session, version, actor, now)
    return _version_view(session, version, clock.today())


def return_to_draft(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
) -> DPIAVersionView:
    """Take a submitted DPIA back to draft (the DPO asks for changes, or the preparer
    withdraws it); any advice given is cleared."""
    require_any(actor, Action.DPIA_EDIT, Action.DPIA_ADVISE)
    latest = history_or_fail(session, activity).latest
    with translated():
        version = lib.return_to_draft(latest)
    store(session, version, actor, clock.now())
    return _version_view(session, version, clock.today())


def advise(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
    *,
    recommendation: lib.DPORecommendation,
    summary: str,
    conditions: str = "",
    ico_consultation_advised: bool = False,
) -> DPIAVersionView:
    """The DPO records their advice (only a user with the DPO role can)."""
    actor.require(Action.DPIA_ADVISE)
    if actor.role is not Role.DPO:
        raise NotPermitted(
            "Only the Data Protection Officer gives the DPO's advice on a DPIA.",
            hint="Ask the DPO to record their advice.",
        )
    latest = history_or_fail(session, activity).latest
    now = clock.now()
    with translated():
        version = lib.advise(
            latest,
            dpo=person_of(actor.user),
            at=now,
            recommendation=recommendation,
            summary=summary,
            conditions=conditions,
            ico_consultation_advised=ico_consultation_advised,
        )
    store(session, version, actor, now)
    return _version_view(session, version, clock.today())


def record_ico_consultation(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
    *,
    submitted_on: date,
    reference: str,
    outcome: lib.ICOOutcome,
    response_received_on: date | None = None,
    summary: str = "",
) -> DPIAVersionView:
    """Record the prior consultation with the ICO (UK GDPR Art 36) on the current draft."""
    require_any(actor, Action.DPIA_EDIT, Action.DPIA_ADVISE)
    latest = history_or_fail(session, activity).latest
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
            f"The ICO consultation record is not valid: {first_error(exc)}"
        ) from None
    with translated():
        version = lib.record_ico_consultation(latest, consultation)
    store(session, version, actor, clock.now())
    return _version_view(session, version, clock.today())


def approve(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    activity: str = DEFAULT_ACTIVITY,
    *,
    advice_accepted: bool,
    review_date: date,
    overrule_reasons: str = "",
    measures_approved_by: str | None = None,
    review_owner: str | None = None,
    departure_from_views: str = "",
) -> DPIAVersionView:
    """The accountable person (an SMT member) approves the measures, accepts the residual risks
    and records whether the DPO's advice was accepted or overruled (with reasons)."""
    actor.require(Action.DPIA_APPROVE)
    latest = history_or_fail(session, activity).latest
    measures_by = actor.user
    if measures_approved_by and measures_approved_by != actor.user.username:
        measures_by = get_user(session, measures_approved_by)
        if not measures_by.active or not (
            role_allows(measures_by, Action.DPIA_APPROVE)
            or role_allows(measures_by, Action.DPIA_EDIT)
        ):
            raise NotPermitted(
                f"{measures_by.username} cannot approve the DPIA's measures.",
                hint="Name an active SMT member, Prevent Lead or nominee.",
            )
    refuse_dpo_as_approver(session, latest, measures_by, actor.user)
    if review_owner:
        owner = get_user(session, review_owner)
    elif latest.dpo_advice is not None:
        owner = get_user(session, latest.dpo_advice.by.username)
    else:
        owner = actor.user
    now = clock.now()
    with translated():
        version = lib.approve(
            latest,
            measures_approved_by=person_of(measures_by),
            residual_risks_approved_by=person_of(actor.user),
            advice_accepted=advice_accepted,
            overrule_reasons=overrule_reasons,
            review_date=review_date,
            review_owner=person_of(owner),
            at=now,
            departure_from_views=departure_from_views,
        )
    store(session, version, actor, now)
    return _version_view(session, version, clock.today())


def refuse_dpo_as_approver(
    session: Session, latest: lib.DPIA, measures_by: User, risks_by: User
) -> None:
    """The person who gave the DPO's advice, through any of their accounts, may neither approve
    the measures nor accept the residual risks (the library compares the accounts named in the
    DPIA; people are known here)."""
    if latest.dpo_advice is None:
        return  # the library says the advice is missing
    adviser = get_user(session, latest.dpo_advice.by.username)
    for doing, account in (
        ("approve the measures", measures_by),
        ("accept the residual risks", risks_by),
    ):
        if same_person(session, account.id, adviser.id):
            other = f" (as {adviser.username})" if account.id != adviser.id else ""
            raise NotPermitted(
                f"{account.display_name} gave the DPO's advice on this DPIA{other} and so cannot "
                f"also {doing}: the DPO advises and monitors (UK GDPR Art 38(6), 39); the "
                "decision belongs to the accountable person.",
                hint="Another Senior Management Team member approves the DPIA.",
            )


# --- demo ----------------------------------------------------------------------------------------


def install_demo_dpia(
    session: Session,
    *,
    preparer: Actor,
    dpo: Actor,
    approver: Actor,
    review_in: timedelta = timedelta(days=365),
    controller: str = "Example Online University (fictional)",
    clock: Clock = SYSTEM_CLOCK,
) -> lib.DPIA:
    """Put a fictional, approved DPIA for ``prevent-referral-sharing`` in place, through the same
    steps and permission checks a real one goes through (used by ``demo`` and the tests)."""
    from dpia.examples import DEMO_ANSWERS

    # No setting is read: the demo names its controller.
    settings = Settings.model_construct(organisation_name=controller)
    create_from_template(session, preparer, clock, settings, controller=controller)
    edit(session, preparer, clock, settings, assignments=list(DEMO_ANSWERS.items()))
    submit(session, preparer, clock, settings)
    advise(
        session,
        dpo,
        clock,
        settings,
        recommendation=lib.DPORecommendation.PROCEED,
        summary="The measures address the risks; proceed and review the equality figures yearly.",
    )
    approved = approve(
        session,
        approver,
        clock,
        settings,
        advice_accepted=True,
        review_date=clock.today() + review_in,
    )
    return history_or_fail(session, approved.activity).get(approved.version)
