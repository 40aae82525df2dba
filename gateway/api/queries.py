"""Read-side helpers the lead's services do not have (the dashboard).

Each checks the caller's permission with ``Actor.require`` first, like every service, and
records reads of case data through the services that already do so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.api import schemas
from gateway.cases.models import Case
from gateway.cases.service import reviews_due
from gateway.disclosures.models import DisclosureRequest
from gateway.disclosures.views import DisclosureSummary, dpo_queue_view, summary_of
from gateway.users.domain import Action, is_allowed
from gateway.users.models import User


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {int(r.id): str(r.display_name) for r in rows}


def case_out(session: Session, case: Case) -> schemas.CaseOut:
    ids: list[int | None] = [e.actor_id for e in case.events]
    for d in case.decisions:
        ids.append(d.decided_by_id)
        ids.extend(d.smt_member_ids)
    return schemas.CaseOut.full(case, user_names(session, ids))


def disclosure_summary(session: Session, request: DisclosureRequest) -> DisclosureSummary:
    """One line of a case's disclosures (the case page)."""
    return summary_of(session, request)


# --- dashboard --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    reviews_due: list[schemas.ReviewDueOut]
    awaiting_approval: list[DisclosureSummary]
    emergency_reviews: list[DisclosureSummary]
    show_reviews: bool
    show_disclosures: bool


def dashboard(session: Session, actor: Actor, today: date) -> Dashboard:
    """Only the panels the actor's role may see; the services check the permission again."""
    due: list[schemas.ReviewDueOut] = []
    awaiting: list[DisclosureSummary] = []
    emergencies: list[DisclosureSummary] = []
    show_reviews = is_allowed(actor.role, Action.CASE_READ)
    show_disclosures = is_allowed(actor.role, Action.DISCLOSURE_READ)
    if show_reviews:
        for case, decision in reviews_due(session, actor, today):
            due.append(
                schemas.ReviewDueOut(
                    case_reference=case.reference,
                    subject_name=case.subject_name,
                    review_date=decision.review_date,
                    actions=decision.actions,
                )
            )
        if due:
            record_access(
                session, actor, action="case.reviews_due", object_type="case", object_ref="*"
            )
    if show_disclosures:
        actor.require(Action.DISCLOSURE_READ)
        queue = dpo_queue_view(session)
        awaiting = queue.awaiting_approval
        emergencies = queue.emergency_reviews
    return Dashboard(due, awaiting, emergencies, show_reviews, show_disclosures)
