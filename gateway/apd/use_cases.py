"""What people do with the register of appropriate policy documents, one function per action:
the DPO adds and reviews entries (a review may change the text, making a new version); the DPO,
auditors and the Prevent Lead (who chooses the entry a disclosure relies on) read it. Every
change is recorded in the access log in the same transaction, and every refused attempt to add
or review leaves one access-log row naming who tried and the rule that refused it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from gateway.access_log.service import record_access
from gateway.apd import domain, service
from gateway.apd.models import PolicyDocument, PolicyDocumentVersion
from gateway.apd.views import (
    ConditionView,
    PolicyDocumentChoice,
    PolicyDocumentSummary,
    PolicyDocumentView,
    ReviewView,
    SectionView,
    VersionView,
)
from gateway.disclosures.lawful_basis import schedule1_code
from gateway.runner import records_refusals
from gateway.timeutil import long_date
from gateway.users.domain import Action
from gateway.users.service import accounts_by_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings
    from gateway.users.models import User


def _conditions(paragraphs: list[int]) -> list[ConditionView]:
    return [
        ConditionView(paragraph=p, code=schedule1_code(p), words=domain.condition_words(p))
        for p in sorted(paragraphs)
    ]


def _name(people: dict[int, User], user_id: int) -> str:
    user = people.get(user_id)
    return user.display_name if user is not None else "an account no longer on record"


def _version(v: PolicyDocumentVersion, people: dict[int, User]) -> VersionView:
    return VersionView(
        version=v.version,
        title=v.title,
        conditions=_conditions(list(v.paragraphs)),
        sections=[
            SectionView(field=f, heading=domain.SECTION_HEADINGS[f], text=v.content.get(f, ""))
            for f in domain.SECTION_FIELDS
        ],
        created_by=_name(people, v.created_by_id),
        created_at=v.created_at,
    )


def _summary(session: Session, document: PolicyDocument, today: date) -> PolicyDocumentSummary:
    version = service.current(document)
    count, last = service.disclosures_under(session, document.reference)
    state = domain.state_on(document.review_due, today)
    return PolicyDocumentSummary(
        reference=document.reference,
        title=version.title,
        version=version.version,
        conditions=_conditions(list(version.paragraphs)),
        review_due=document.review_due,
        state=state,
        state_words=domain.STATE_WORDS[state],
        disclosures=count,
        last_disclosed_on=last,
        keep_until=domain.keep_until(last),
    )


def _view(session: Session, document: PolicyDocument, today: date) -> PolicyDocumentView:
    people = accounts_by_id(
        session,
        [v.created_by_id for v in document.versions]
        + [r.reviewed_by_id for r in document.reviews],
    )
    return PolicyDocumentView(
        summary=_summary(session, document, today),
        current=_version(service.current(document), people),
        versions=[_version(v, people) for v in document.versions],
        reviews=[
            ReviewView(
                reviewed_by=_name(people, r.reviewed_by_id),
                reviewed_at=r.reviewed_at,
                version=r.version,
                notes=r.notes,
                next_review_due=r.next_review_due,
            )
            for r in document.reviews
        ],
    )


def list_documents(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[PolicyDocumentSummary]:
    """The register: every entry, its conditions, whether it is in date, and its keep-until."""
    actor.require(Action.APD_READ)
    today = clock.today()
    return [_summary(session, d, today) for d in service.all_documents(session)]


def show_document(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> PolicyDocumentView:
    """One entry with its current text, every version and every review."""
    actor.require(Action.APD_READ)
    return _view(session, service.get(session, reference), clock.today())


@records_refusals("apd.add", "policy_document")
def add_document(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    title: str,
    content: Mapping[str, object],
    conditions: list[object],
    review_due: date,
) -> PolicyDocumentView:
    """The DPO adds an entry (version 1, adopted today, with its first review day)."""
    actor.require(Action.APD_MANAGE)
    document = service.add(
        session,
        actor,
        reference=reference,
        title=title,
        content=content,
        conditions=conditions,
        review_due=review_due,
        now=clock.now(),
    )
    record_access(
        session,
        actor,
        action="apd.added",
        object_type="policy_document",
        object_ref=document.reference,
    )
    return _view(session, document, clock.today())


@records_refusals("apd.review", "policy_document")
def review_document(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    notes: str,
    review_due: date,
    title: str | None = None,
    content: Mapping[str, object] | None = None,
    conditions: list[object] | None = None,
) -> PolicyDocumentView:
    """The DPO records a review with what it found and the next review day; a changed title,
    section or set of conditions makes a new version."""
    actor.require(Action.APD_MANAGE)
    before = service.get(session, reference).current_version
    document = service.review(
        session,
        actor,
        reference=reference,
        notes=notes,
        review_due=review_due,
        now=clock.now(),
        title=title,
        content=content,
        conditions=conditions,
    )
    record_access(
        session,
        actor,
        action="apd.revised" if document.current_version != before else "apd.reviewed",
        object_type="policy_document",
        object_ref=document.reference,
    )
    return _view(session, document, clock.today())


def choices(session: Session, today: date) -> list[PolicyDocumentChoice]:
    """The entries a lawful-basis form offers (its use case checks who may see the form)."""
    out: list[PolicyDocumentChoice] = []
    for document in service.all_documents(session):
        cover = service.cover_of(document)
        paragraphs = ", ".join(str(p) for p in sorted(cover.paragraphs))
        in_date = cover.review_due >= today
        out.append(
            PolicyDocumentChoice(
                reference=cover.reference,
                label=f"{cover.reference}: {cover.title} (version {cover.version}; covers "
                f"para {paragraphs}; "
                + (
                    f"review due {long_date(cover.review_due)})"
                    if in_date
                    else f"review overdue since {long_date(cover.review_due)})"
                ),
                in_date=in_date,
            )
        )
    return out
