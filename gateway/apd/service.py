"""The register's rows: reading an entry, adding one, reviewing it, and what a disclosure
checks of the entry it names."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from gateway.actor import Actor
from gateway.apd import domain
from gateway.apd.models import PolicyDocument, PolicyDocumentReview, PolicyDocumentVersion
from gateway.disclosures.lawful_basis import PolicyDocumentCover
from gateway.errors import Conflict, InvalidInput, NotFound
from gateway.timeutil import in_london


def find(session: Session, reference: str) -> PolicyDocument | None:
    return session.scalar(
        select(PolicyDocument)
        .where(PolicyDocument.reference == reference.strip())
        .options(selectinload(PolicyDocument.versions), selectinload(PolicyDocument.reviews))
    )


def get(session: Session, reference: str) -> PolicyDocument:
    document = find(session, reference)
    if document is None:
        raise NotFound(
            f"There is no appropriate policy document {reference} in the register.",
            hint="Check the reference against the register of appropriate policy documents.",
        )
    return document


def all_documents(session: Session) -> list[PolicyDocument]:
    return list(
        session.scalars(
            select(PolicyDocument)
            .options(selectinload(PolicyDocument.versions), selectinload(PolicyDocument.reviews))
            .order_by(PolicyDocument.reference)
        )
    )


def current(document: PolicyDocument) -> PolicyDocumentVersion:
    return next(v for v in document.versions if v.version == document.current_version)


def cover_of(document: PolicyDocument) -> PolicyDocumentCover:
    version = current(document)
    return PolicyDocumentCover(
        reference=document.reference,
        title=version.title,
        version=version.version,
        paragraphs=frozenset(version.paragraphs),
        review_due=document.review_due,
    )


def cover(session: Session, reference: str | None) -> PolicyDocumentCover | None:
    """The entry a lawful-basis record names, as a disclosure checks it (None: not in the
    register, or no reference given)."""
    if reference is None or not reference.strip():
        return None
    document = find(session, reference)
    return cover_of(document) if document is not None else None


def disclosures_under(session: Session, reference: str) -> tuple[int, date | None]:
    """How many released disclosures relied on the entry, and the day of the last (London)."""
    from gateway.disclosures.models import DisclosureRequest, LawfulBasisEntry

    count, last = session.execute(
        select(func.count(DisclosureRequest.id), func.max(DisclosureRequest.released_at))
        .join(LawfulBasisEntry, LawfulBasisEntry.request_id == DisclosureRequest.id)
        .where(
            LawfulBasisEntry.appropriate_policy_document == reference,
            DisclosureRequest.released_at.is_not(None),
        )
    ).one()
    if last is None:
        return int(count or 0), None
    if isinstance(last, datetime):
        return int(count), in_london(last).date()
    # SQLite's max() of a timezone-aware column comes back as text.
    return int(count), in_london(datetime.fromisoformat(str(last))).date()


def add(
    session: Session,
    actor: Actor,
    *,
    reference: str,
    title: str,
    content: Mapping[str, object],
    conditions: list[object],
    review_due: date,
    now: datetime,
) -> PolicyDocument:
    reference = domain.parse_reference(reference)
    if find(session, reference) is not None:
        raise Conflict(
            f"The register already has an appropriate policy document {reference}.",
            hint="Review that entry to change it, or give the new one another reference.",
        )
    title = domain.parse_title(title)
    sections = domain.parse_content(content)
    paragraphs = domain.parse_conditions(conditions)
    domain.check_review_due(review_due, now.date())
    document = PolicyDocument(
        reference=reference,
        current_version=1,
        review_due=review_due,
        created_by_id=actor.user.id,
        created_at=now,
    )
    session.add(document)
    session.flush()
    session.add(
        PolicyDocumentVersion(
            document_id=document.id,
            version=1,
            title=title,
            content=sections,
            paragraphs=paragraphs,
            created_by_id=actor.user.id,
            created_at=now,
        )
    )
    session.add(
        PolicyDocumentReview(
            document_id=document.id,
            version=1,
            notes="Adopted.",
            next_review_due=review_due,
            reviewed_by_id=actor.user.id,
            reviewed_at=now,
        )
    )
    session.flush()
    session.expire(document)
    return get(session, reference)


def review(
    session: Session,
    actor: Actor,
    *,
    reference: str,
    notes: str,
    review_due: date,
    now: datetime,
    title: str | None = None,
    content: Mapping[str, object] | None = None,
    conditions: list[object] | None = None,
) -> PolicyDocument:
    """Record a review; when the title, a section or the conditions change, the next version
    is made (an unchanged text keeps its version)."""
    document = get(session, reference)
    notes = notes.strip()
    if len(notes) < domain.MIN_SECTION_CHARS:
        raise InvalidInput(
            "Say what the review found (at least "
            f"{domain.MIN_SECTION_CHARS} characters).",
            hint="e.g. what was checked against current practice and what changed.",
        )
    domain.check_review_due(review_due, now.date())
    latest = current(document)
    new_title = domain.parse_title(title) if title is not None else latest.title
    new_content = domain.parse_content(content) if content is not None else dict(latest.content)
    new_paragraphs = (
        domain.parse_conditions(conditions) if conditions is not None else list(latest.paragraphs)
    )
    changed = (
        new_title != latest.title
        or new_content != latest.content
        or new_paragraphs != list(latest.paragraphs)
    )
    version = latest.version
    if changed:
        version += 1
        session.add(
            PolicyDocumentVersion(
                document_id=document.id,
                version=version,
                title=new_title,
                content=new_content,
                paragraphs=new_paragraphs,
                created_by_id=actor.user.id,
                created_at=now,
            )
        )
    session.add(
        PolicyDocumentReview(
            document_id=document.id,
            version=version,
            notes=notes,
            next_review_due=review_due,
            reviewed_by_id=actor.user.id,
            reviewed_at=now,
        )
    )
    document.current_version = version
    document.review_due = review_due
    session.flush()
    session.expire(document)
    return get(session, reference)
