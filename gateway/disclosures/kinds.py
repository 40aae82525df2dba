"""The three kinds of disclosure request, and all that differs between them.

- a **referral**: the provider decided a referral on the case (rule 1);
- a **correction notice** (``correction_id``): tells the recipient of a released disclosure that
  data it carried was corrected (UK GDPR Art 16 and 19); logged as ``correction_released``
  naming the original disclosure; never on the emergency path;
- an **answer to a request** from a Channel panel or the police (``third_party_request_id``): no
  referral decision is needed (the purpose and lawful basis come from the request); its release
  entry names the request, so reports count it on its own line.

Everything else - the redaction gate, the lawful basis, the DPO's approval bound to the content,
signing, sealing and logging - is the same for all three.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session, object_session

from gateway.disclosures.models import DisclosureRequest
from gateway.errors import InvalidInput
from gateway.timeutil import long_date


class DisclosureKind(StrEnum):
    REFERRAL = "referral"
    CORRECTION_NOTICE = "correction_notice"
    REQUEST_ANSWER = "request_answer"


def kind_of(request: DisclosureRequest) -> DisclosureKind:
    if request.correction_id is not None:
        return DisclosureKind.CORRECTION_NOTICE
    if request.third_party_request_id is not None:
        return DisclosureKind.REQUEST_ANSWER
    return DisclosureKind.REFERRAL


def needs_referral_decision(request: DisclosureRequest) -> bool:
    """Rule 1 applies to referrals only: a correction notice tells a recipient who already had
    the data, and an answer responds to a request the provider did not start."""
    return kind_of(request) is DisclosureKind.REFERRAL


def _original(session: Session, request: DisclosureRequest) -> DisclosureRequest:
    original = session.get(DisclosureRequest, request.corrects_request_id)
    assert original is not None
    return original


def _references(session: Session, request: DisclosureRequest) -> dict[str, str | None]:
    from gateway.corrections.models import Correction
    from gateway.requests.models import ThirdPartyRequest

    kind = kind_of(request)
    if kind is DisclosureKind.CORRECTION_NOTICE:
        correction = session.get(Correction, request.correction_id)
        assert correction is not None
        return {
            "correction": correction.reference,
            "corrects": _original(session, request).reference,
        }
    if kind is DisclosureKind.REQUEST_ANSWER:
        asked = session.get(ThirdPartyRequest, request.third_party_request_id)
        assert asked is not None
        return {"answers_request": asked.reference}
    return {}


def summary_fields(request: DisclosureRequest) -> dict[str, Any]:
    """What every view of a request says about its kind."""
    session = object_session(request)
    assert session is not None
    refs = _references(session, request)
    return {
        "kind": kind_of(request),
        "corrects": refs.get("corrects"),
        "correction": refs.get("correction"),
        "answers_request": refs.get("answers_request"),
    }


def log_fields(session: Session, request: DisclosureRequest) -> dict[str, object]:
    """The release entry's fields that say what kind of release it is."""
    kind = kind_of(request)
    if kind is DisclosureKind.CORRECTION_NOTICE:
        original = _original(session, request)
        refs = _references(session, request)
        return {
            "correction_id": refs["correction"],
            "corrects_disclosure_id": original.reference,
            "corrects_entry_index": original.log_index,
        }
    if kind is DisclosureKind.REQUEST_ANSWER:
        return {"request_id": _references(session, request)["answers_request"]}
    return {}


def manifest_fields(session: Session, request: DisclosureRequest) -> dict[str, str | None]:
    """What the signed manifest says about the kind (``ManifestInfo`` fields)."""
    refs = _references(session, request)
    return {
        "corrects_disclosure_id": refs.get("corrects"),
        "answers_request_id": refs.get("answers_request"),
    }


def refuse_emergency(request: DisclosureRequest) -> None:
    """The emergency path is for a serious and immediate risk; a correction notice is not."""
    if kind_of(request) is DisclosureKind.CORRECTION_NOTICE:
        raise InvalidInput(
            f"{request.reference} is a correction notice: it is released only with the DPO's "
            "approval, never on the emergency path.",
            hint="Submit it to the DPO.",
        )


def content_fields(session: Session, request: DisclosureRequest) -> dict[str, str]:
    """The title and opening line of the document the recipient reads (part of the content the
    DPO approves)."""
    from gateway.corrections.domain import notice_heading
    from gateway.requests.domain import answer_notice
    from gateway.requests.models import ThirdPartyRequest

    kind = kind_of(request)
    if kind is DisclosureKind.CORRECTION_NOTICE:
        original = _original(session, request)
        sent = long_date(original.released_at) if original.released_at else "-"
        refs = _references(session, request)
        return {
            "document_title": "Correction notice",
            "notice": notice_heading(str(refs["correction"]), original.reference, sent),
        }
    if kind is DisclosureKind.REQUEST_ANSWER:
        asked = session.get(ThirdPartyRequest, request.third_party_request_id)
        assert asked is not None
        return {
            "document_title": "Answer to a request for information",
            "notice": answer_notice(
                asked.reference, asked.organisation, long_date(asked.received_on)
            ),
        }
    return {}
