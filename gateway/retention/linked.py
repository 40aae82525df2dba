"""Records of other areas that belong to a case and go when the case is destroyed: its
corrections, the requests recorded on it, the complaints about it (closed: an open complaint
keeps the case), and the links between its disclosure requests."""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlalchemy.orm import Session


def dispose_linked_records(session: Session, case_id: int) -> None:
    """Delete them before the case's own rows (their content is sealed under the case's key,
    which the disposal destroys)."""
    from gateway.complaints.models import Complaint
    from gateway.corrections.models import Correction
    from gateway.disclosures.models import DisclosureRequest
    from gateway.requests.models import ThirdPartyRequest

    session.execute(
        update(DisclosureRequest)
        .where(DisclosureRequest.case_id == case_id)
        .values(correction_id=None, corrects_request_id=None, third_party_request_id=None)
    )
    for model in (Correction, ThirdPartyRequest, Complaint):
        session.execute(delete(model).where(model.case_id == case_id))
