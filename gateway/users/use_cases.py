"""Accounts (administrators), who is acting, and the start page every signed-in person sees."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.disclosures.domain import DisclosureStatus
from gateway.errors import InvalidInput
from gateway.users import service
from gateway.users.domain import PERMISSIONS, Action, Role, is_allowed
from gateway.users.models import User
from gateway.users.views import HomeView, MeView, OpenSarLine, UserView

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings


def list_users(session: Session, actor: Actor, clock: Clock, settings: Settings) -> list[UserView]:
    """Every account, with its role and whether it may sign in (administrators)."""
    return [UserView.of(u) for u in service.list_users(session, actor)]


def create_user(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    username: str,
    display_name: str,
    role: Role | None,
    staff_id: str,
) -> UserView:
    """An administrator makes an account with one role for the person with ``staff_id`` (it
    signs in once a password, and a second factor where the role needs one, are set); the
    creation is recorded. ``role`` None is a role that was not one of the choices. Two accounts
    of one person share the staff identifier, and separation of duties treats them as one."""
    actor.require(Action.USERS_MANAGE)
    if role is None:
        raise InvalidInput(
            "Choose the account's role.", hint="One of: " + ", ".join(r.label for r in Role) + "."
        )
    user = service.create_user(
        session,
        username=username,
        display_name=display_name,
        role=role,
        staff_id=staff_id,
        actor=actor,
    )
    record_access(session, actor, action="account.created", object_type="user", object_ref=username)
    return UserView.of(user)


def set_staff_id(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    username: str,
    staff_id: str,
) -> UserView:
    """An administrator names the person an account belongs to (an account made before staff
    identifiers were recorded has a placeholder until then); the change is recorded."""
    user = service.set_staff_id(session, username, staff_id, actor)
    record_access(
        session, actor, action="account.staff_id_set", object_type="user", object_ref=username
    )
    return UserView.of(user)


def create_first_administrator(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    username: str,
    display_name: str,
    staff_id: str,
) -> UserView | None:
    """At set-up, the first administrator's account; None if the installation already has one.

    The local operator's permission is checked as for any account, but set-up writes no
    access-log row: ``init`` reports it, and the access log (with its retention clock) starts
    with what people do in the working installation."""
    admins = session.scalars(select(User).where(User.role == Role.ADMINISTRATOR))
    if any(not service.is_local_operator(u) for u in admins):
        return None
    user = service.create_user(
        session,
        username=username,
        display_name=display_name,
        role=Role.ADMINISTRATOR,
        staff_id=staff_id,
        actor=actor,
    )
    return UserView.of(user)


def set_user_active(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    username: str,
    active: bool,
) -> UserView:
    """An administrator disables an account (it keeps its history) or enables it again."""
    user = service.set_active(session, username, active, actor)
    record_access(
        session,
        actor,
        action="account.enabled" if active else "account.disabled",
        object_type="user",
        object_ref=username,
    )
    return UserView.of(user)


def me(session: Session, actor: Actor, clock: Clock, settings: Settings) -> MeView:
    """Who is acting, and what their role may do."""
    return MeView(
        **UserView.of(actor.user).model_dump(),
        permissions=sorted(p.value for p in PERMISSIONS[actor.role]),
    )


#: The disclosure states that need their preparer: release it, see why it was refused, finish it.
_TO_ACT_ON = frozenset(
    {DisclosureStatus.APPROVED, DisclosureStatus.REFUSED, DisclosureStatus.DRAFT}
)
#: The roles that act on a DPIA: they see those not in force or due for review.
_DPIA_WORK = (Action.DPIA_EDIT, Action.DPIA_ADVISE, Action.DPIA_APPROVE)
#: A DPIA's review shows on the dashboard this many days before its review date.
DPIA_REVIEW_NOTICE_DAYS = 30


def home(session: Session, actor: Actor, clock: Clock, settings: Settings) -> HomeView:
    """The start page: the panels the person's role may see. Reviews due name students, so
    showing them is recorded in the access log (by the cases' use case)."""
    from gateway.audit.use_cases import current_alarm
    from gateway.cases import use_cases as cases
    from gateway.disclosures import use_cases as disclosures

    show_reviews = is_allowed(actor.role, Action.CASE_READ)
    show_disclosures = is_allowed(actor.role, Action.DISCLOSURE_READ)
    due = cases.reviews_due(session, actor, clock, settings) if show_reviews else []
    awaiting, emergencies = [], []
    if show_disclosures:
        queue = disclosures.dpo_queue(session, actor, clock, settings)
        awaiting, emergencies = queue.awaiting_approval, queue.emergency_reviews
    open_sars = None
    if is_allowed(actor.role, Action.SAR_HANDLE):
        from gateway.sar.service import list_open

        open_sars = [
            OpenSarLine(
                reference=r.reference,
                received_on=r.received_on,
                due_on=r.due_on,
                extended=r.extended,
                days_left=r.days_left,
                overdue=r.overdue,
                paused=r.paused,
                identity_verified=r.identity_verified,
                items=r.items,
                pending=r.pending,
            )
            for r in list_open(session, actor, today=clock.today())
        ]
    dpia_alerts = None
    if is_allowed(actor.role, Action.DPIA_ADVISE):
        from gateway.dpias.use_cases import list_alerts

        dpia_alerts = list_alerts(session, actor, clock, settings)
    breach_clocks = None
    if is_allowed(actor.role, Action.BREACH_MANAGE):
        from gateway.breaches import use_cases as breaches

        breach_clocks = breaches.list_breaches(
            session, actor, clock, settings, open_clocks_only=True
        )
    complaints = None
    if is_allowed(actor.role, Action.COMPLAINT_HANDLE):
        from gateway.complaints.service import open_complaints

        complaints = open_complaints(session, clock.today())
    corrections = None
    if show_disclosures:
        from gateway.corrections.use_cases import list_corrections

        corrections = list_corrections(session, actor, clock, settings, to_tell_only=True)
    requests = None
    if is_allowed(actor.role, Action.REQUEST_READ):
        from gateway.requests.use_cases import list_requests

        requests = list_requests(session, actor, clock, settings, open_only=True)
    case_queue = None
    if is_allowed(actor.role, Action.CASE_MANAGE):
        case_queue = cases.case_queue(session, actor, clock, settings)
    to_confirm = None
    if is_allowed(actor.role, Action.CASE_DECIDE_AS_SMT):
        to_confirm = cases.decisions_to_confirm(session, actor, clock, settings)
    my_disclosures = None
    if is_allowed(actor.role, Action.DISCLOSURE_PREPARE):
        every = disclosures.list_requests(session, actor, clock, settings)
        # A refusal stays on the list until something newer is started for the case (a request
        # prepared again, or a correction): then it has been dealt with.
        latest_start: dict[str, datetime] = {}
        for d in every:
            latest_start[d.case_reference] = max(
                d.created_at, latest_start.get(d.case_reference, d.created_at)
            )
        my_disclosures = [
            d
            for d in every
            if d.status in _TO_ACT_ON
            and not (
                d.status is DisclosureStatus.REFUSED
                and latest_start[d.case_reference] > d.created_at
            )
        ]
    dpia_due = None
    if any(is_allowed(actor.role, a) for a in _DPIA_WORK):
        from gateway.dpias.use_cases import list_dpias

        dpia_due = [
            d
            for d in list_dpias(session, actor, clock, settings)
            if not d.in_force
            or d.warnings
            or (d.days_until_review is not None and d.days_until_review <= DPIA_REVIEW_NOTICE_DAYS)
        ]
    policy_documents_due = None
    if is_allowed(actor.role, Action.APD_MANAGE):
        from gateway.apd.use_cases import list_documents

        today = clock.today()
        policy_documents_due = [
            d
            for d in list_documents(session, actor, clock, settings)
            if (d.review_due - today).days <= DPIA_REVIEW_NOTICE_DAYS
        ]
    return HomeView(
        policy_documents_due=policy_documents_due,
        case_queue=case_queue,
        to_confirm=to_confirm,
        my_disclosures=my_disclosures,
        dpia_due=dpia_due,
        dpia_alerts=dpia_alerts,
        breach_clocks=breach_clocks,
        complaints=complaints,
        corrections_to_tell=corrections,
        open_requests=requests,
        reviews_due=due,
        awaiting_approval=awaiting,
        emergency_reviews=emergencies,
        show_reviews=show_reviews,
        show_disclosures=show_disclosures,
        open_sars=open_sars,
        log_alarm=current_alarm(session, actor, clock, settings),
    )
