"""Small read helpers the retention pages and API need that the retention service does not
offer (the CLI reads these tables directly): certificates and complaints. Role checks go
through the service's own ``require_role``; no rule is decided here."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.errors import NotFound
from gateway.retention.models import Complaint, DestructionCertificate
from gateway.retention.service import PLAN_ROLES, require_role


def list_certificates(session: Session, actor: Actor) -> list[DestructionCertificate]:
    """Every destruction certificate, newest first (ids, counts, digests: no personal data)."""
    require_role(actor, PLAN_ROLES, "see destruction certificates")
    query = select(DestructionCertificate).order_by(DestructionCertificate.id.desc())
    return list(session.scalars(query))


def certificate_pdf(session: Session, actor: Actor, reference: str) -> bytes:
    require_role(actor, PLAN_ROLES, "see destruction certificates")
    cert = session.scalar(
        select(DestructionCertificate).where(DestructionCertificate.reference == reference)
    )
    if cert is None:
        raise NotFound(f"No certificate {reference}.", hint="See the list of certificates.")
    return bytes(cert.pdf)


def list_complaints(
    session: Session, actor: Actor, *, include_closed: bool = False
) -> list[Complaint]:
    """Complaints recorded against cases (open ones keep the case from disposal)."""
    require_role(actor, PLAN_ROLES, "see complaints")
    query = select(Complaint).order_by(Complaint.id.desc())
    if not include_closed:
        query = query.where(Complaint.closed_on.is_(None))
    return list(session.scalars(query))
