"""Every user action on a disclosure request, whichever door it comes through.

Each use case takes the session, the acting person, the clock and the settings, then its inputs;
it checks the permission, then the state, does the work and leaves its audit record (an
access-log row, a case event or a sharing-log entry) in the same transaction, and returns a view
from :mod:`gateway.disclosures.views`. The CLI, the API and the pages only parse, call and show.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.actor import Actor
from gateway.cases.domain import event_kind_words
from gateway.cases.service import append_event, get_case, load_case
from gateway.clock import Clock
from gateway.config import Settings
from gateway.corrections.service import latest_text
from gateway.disclosures import service
from gateway.disclosures.domain import (
    DisclosureStatus,
    EmergencyGround,
    ItemContent,
    ItemKind,
    check_emergency_reason,
    check_transition,
)
from gateway.disclosures.errors import PackageFileNotWritten, RedactionUnavailable
from gateway.disclosures.lawful_basis import (
    LawfulBasisRecord,
    SpecialCategory,
    check_art6_choice,
)
from gateway.disclosures.models import DisclosureRequest, LawfulBasisEntry
from gateway.disclosures.suggest import check_answer, suggest_item
from gateway.disclosures.views import (
    ApprovalView,
    CaseRecord,
    DisclosureSummary,
    DisclosureView,
    DPOQueueView,
    HandoverView,
    ItemsFormView,
    LawfulBasisFormView,
    NewCaseDisclosureView,
    NonDisclosureView,
    PackageFile,
    RecipientChoice,
    ReleasedView,
    ReleasePreview,
    approval_view,
    disclosure_view,
    dpo_queue_view,
    lawful_basis_dict,
    non_disclosure_view,
    summary_of,
)
from gateway.errors import (
    Conflict,
    ContentChanged,
    InvalidInput,
    NotFound,
)
from gateway.recipients.models import Recipient
from gateway.recipients.service import require_active_recipient
from gateway.references import next_reference
from gateway.rights.domain import Ground
from gateway.runner import after_commit, records_refusals
from gateway.sharing import SharingLogWriter, user_ref
from gateway.timeutil import iso, long_date
from gateway.users.domain import Action
from gateway.users.service import refuse_own_work
from sharing_log import EntryType

if TYPE_CHECKING:
    from gateway.keys import Keyring

_SHA256 = re.compile(r"[0-9a-f]{64}")


def _read(session: Session, actor: Actor, reference: str) -> DisclosureRequest:
    request = service.get_request(session, reference)
    record_access(
        session, actor, action="disclosure.read", object_type="disclosure", object_ref=reference
    )
    return request


def _editable(session: Session, actor: Actor, reference: str) -> DisclosureRequest:
    actor.require(Action.DISCLOSURE_PREPARE)
    request = service.get_request(session, reference)
    service.reopen_for_edit(request)
    return request


# --- reading ----------------------------------------------------------------------------------


def list_requests(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> list[DisclosureSummary]:
    """Every disclosure request and where it stands (no case content: nothing to record)."""
    actor.require(Action.DISCLOSURE_READ)
    rows = session.scalars(select(DisclosureRequest).order_by(DisclosureRequest.id))
    return [summary_of(session, r) for r in rows]


def dpo_queue(session: Session, actor: Actor, clock: Clock, settings: Settings) -> DPOQueueView:
    """The DPO's queue: requests awaiting approval and emergency releases awaiting review."""
    actor.require(Action.DISCLOSURE_READ)
    return dpo_queue_view(session)


def read(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> DisclosureView:
    """The request in full; the read is recorded in the access log."""
    actor.require(Action.DISCLOSURE_READ)
    return disclosure_view(session, _read(session, actor, reference), settings)


#: The two renderings of an evidence file the reviewer reads side by side.
FILE_VERSIONS = ("original", "redacted")


def item_file_page(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    position: int,
    version: str,
    page: int,
) -> bytes:
    """One page of an evidence file item as the reviewer reads it, as a PNG: the original
    with the boxes of every finding outlined and numbered, or the redacted file with the same
    numbers beside its boxes (the numbers are on the view only); red where the shared file is
    filled, blue where the words go out. A Word document is shown as the rendering of its
    original text and as its shared rendering, each finding's span boxed and numbered on both.
    Shown to those who may read the request; every view is recorded as a read of the case's
    data."""
    from gateway.disclosures.minimise import box_marks, span_marks
    from redaction.files import FileRedactionError
    from redaction.files.review import docx_view, numbered_view, page_image

    actor.require(Action.DISCLOSURE_READ)
    request = service.get_request(session, reference)
    item = service.item_at(request, position)
    if item.file_kind is None:
        raise NotFound(f"Item {position} of {reference} is not an evidence file.")
    if version not in FILE_VERSIONS:
        raise NotFound(
            f"An evidence file is shown as the original or as redacted, not {version!r}."
        )
    if version == "redacted" and item.redacted_file is None:
        raise NotFound(
            f"Item {position} has no redacted file yet.",
            hint="Run the redaction on the request first.",
        )
    # A Word document's views are both drawn from its text (its shared rendering is made
    # from it again, the same file): the original is needed for either.
    if version == "original" or item.file_kind == "docx":
        found = service.evidence_file(service.case_of(session, request), item.source_ref)
        if found is None:
            raise NotFound(f"The evidence file behind item {position} is no longer on the case.")
        kind, data = found
    else:
        assert item.redacted_file is not None
        data = item.redacted_file
        kind = "png" if item.redacted_file_media_type == "image/png" else "pdf"
    record_access(
        session,
        actor,
        action=f"disclosure.file_{version}",
        object_type="disclosure",
        object_ref=f"{reference}/{position}",
    )
    try:
        if item.file_kind == "docx":
            return docx_view(data, span_marks(item), redacted=version == "redacted", page=page)
        image = page_image(data, kind, page)
    except FileRedactionError as exc:
        raise NotFound(f"Item {position}, page {page}: {exc}") from exc
    return numbered_view(image, box_marks(item, page), outline=version == "original")


def approval(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> ApprovalView:
    """What the DPO sees before deciding: recipient, purpose, every item as it would be shared,
    the lawful basis in full, what was removed and what the Prevent Lead put back and why, the
    DPIA status, and the content hash an approval binds. The read is recorded."""
    actor.require(Action.DISCLOSURE_READ)
    return approval_view(session, _read(session, actor, reference), settings, clock.today())


def lawful_basis_form(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> LawfulBasisFormView:
    """The lawful-basis step: the request and what is recorded so far (the read is recorded)."""
    actor.require(Action.DISCLOSURE_READ)
    request = _read(session, actor, reference)
    from gateway.apd.use_cases import choices

    return LawfulBasisFormView(
        disclosure=disclosure_view(session, request, settings),
        record=lawful_basis_dict(service.lawful_basis_of(request)),
        policy_documents=choices(session, clock.today()),
    )


def items_form(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> ItemsFormView:
    """The data-items step: the case's records that can be shared, and those already chosen."""
    actor.require(Action.DISCLOSURE_READ)
    request = _read(session, actor, reference)
    case = get_case(session, actor, service.case_of(session, request).reference)
    records = [
        CaseRecord(
            source_ref=f"concern:{c.id}",
            label=f"Concern raised {long_date(c.raised_at)}",
            text=c.description,
        )
        for c in case.concerns
    ]
    records += [
        CaseRecord(
            source_ref=f"event:{e.sequence}",
            label=f"Chronology {long_date(e.occurred_at)} ({event_kind_words(e.kind)})",
            text=e.summary,
        )
        for e in case.events
    ]
    records += [
        CaseRecord(
            source_ref=f"evidence:{e.id}",
            label=f"Evidence {e.filename or e.id}",
            text=e.description,
        )
        for e in case.evidence
    ]
    return ItemsFormView(
        disclosure=disclosure_view(session, request, settings),
        records=records,
        chosen=sorted({i.source_ref for i in request.items if i.source_ref}),
        subject_fields=list(service.SUBJECT_FIELDS),
    )


def new_request_form(
    session: Session, actor: Actor, clock: Clock, settings: Settings, case_reference: str
) -> NewCaseDisclosureView:
    """The form that starts a disclosure: the case, and the recipients it can go to."""
    case = get_case(session, actor, case_reference)
    actor.require(Action.RECIPIENTS_READ)
    recipients = session.scalars(
        select(Recipient).where(Recipient.active.is_(True)).order_by(Recipient.id)
    )
    return NewCaseDisclosureView(
        case_reference=case.reference,
        subject_name=case.subject_name,
        recipients=[
            RecipientChoice(
                reference=r.reference,
                kind=r.kind,
                name=r.name,
                organisation=r.organisation,
                has_public_key=bool(r.public_key),
            )
            for r in recipients
        ],
    )


def package(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> PackageFile:
    """The sealed package as released (the read is recorded)."""
    actor.require(Action.DISCLOSURE_READ)
    request = _read(session, actor, reference)
    if request.package is None:
        raise NotFound(f"{reference} has not been released, so there is no package.")
    return PackageFile(
        reference=reference,
        filename=request.package.filename,
        content=bytes(request.package.content),
    )


# --- preparing --------------------------------------------------------------------------------


@records_refusals("disclosure.create", "case")
def create(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    case_reference: str,
    recipient_reference: str,
    purpose: str,
    rpc_discussion_reference: str | None = None,
    referrer_email: str | None = None,
    referrer_telephone: str | None = None,
) -> DisclosureView:
    """Start a disclosure request for a case decided as a referral, to a registered recipient;
    with the work e-mail and telephone the recipient can reply to (the referral's section 2)."""
    actor.require(Action.DISCLOSURE_PREPARE)
    recipient = require_active_recipient(session, recipient_reference)
    case = load_case(session, case_reference)
    service.referral_check(case, recipient, rpc_discussion_reference)
    if not purpose.strip():
        raise InvalidInput("State the purpose of the disclosure.")
    rpc = (rpc_discussion_reference or "").strip() or None
    email, telephone = referrer_contact(referrer_email, referrer_telephone)
    request = DisclosureRequest(
        reference=next_reference(session, "DR"),
        case_id=case.id,
        recipient_id=recipient.id,
        purpose=purpose.strip(),
        rpc_discussion_reference=rpc,
        referrer_email=email,
        referrer_telephone=telephone,
        prepared_by_id=actor.user.id,
        created_at=clock.now(),
    )
    session.add(request)
    session.flush()
    append_event(
        session,
        case,
        actor,
        "disclosure_prepared",
        f"Disclosure request {request.reference}.",
        now=request.created_at,
    )
    return disclosure_view(session, request, settings)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TELEPHONE = re.compile(r"^\+?[0-9 ()-]{7,30}$")


def referrer_contact(email: str | None, telephone: str | None) -> tuple[str | None, str | None]:
    """The referrer's work e-mail and telephone as given, checked; empty means not given."""
    e = (email or "").strip() or None
    t = " ".join((telephone or "").split()) or None
    if e is not None and (len(e) > 254 or not _EMAIL.match(e)):
        raise InvalidInput(
            f"'{e}' is not an e-mail address.",
            hint="Give the work e-mail address the recipient can reply to, e.g. "
            "prevent@example.ac.uk.",
        )
    if t is not None and (not _TELEPHONE.match(t) or sum(c.isdigit() for c in t) < 7):
        raise InvalidInput(
            f"'{t}' is not a telephone number.",
            hint="Give the work number the recipient can call, digits with spaces, e.g. "
            "0151 000 0000 or +44 151 000 0000.",
        )
    return e, t


def set_referrer_contact(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    email: str | None,
    telephone: str | None,
) -> DisclosureView:
    """Set the work e-mail and telephone the recipient can reply to. They are part of the
    referral the DPO approves: a change after submission or approval sends it back to draft."""
    request = _editable(session, actor, reference)
    request.referrer_email, request.referrer_telephone = referrer_contact(email, telephone)
    session.flush()
    return disclosure_view(session, request, settings)


def set_subject_fields(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    fields: Iterable[str],
) -> DisclosureView:
    """Choose which of the student's identifiers go out besides their name."""
    actor.require(Action.DISCLOSURE_PREPARE)
    chosen = sorted(set(fields))
    unknown = [f for f in chosen if f not in service.SUBJECT_FIELDS]
    if unknown:
        raise InvalidInput(
            f"Unknown subject field(s): {', '.join(unknown)}.",
            hint=f"Choose from {', '.join(service.SUBJECT_FIELDS)}.",
        )
    request = _editable(session, actor, reference)
    if chosen != sorted(request.subject_fields):
        # The redaction keeps only the identifiers chosen here, so a change voids it.
        for item in request.items:
            item.redaction_text_sha256 = None
    request.subject_fields = chosen
    session.flush()
    return disclosure_view(session, request, settings)


def set_lawful_basis(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    record: LawfulBasisRecord,
) -> DisclosureView:
    """Record the Art 6 basis and, where needed, the Art 9 / Art 10 conditions and reasons
    (as read from what the person typed by ``lawful_basis.parse_lawful_basis``).

    The appropriate policy document is a register entry, named by its reference: one not in
    the register, not covering a condition the record relies on, or overdue for review is
    refused now (and checked again at submission, approval and release); its review date is
    copied from the register for the referral's text."""
    request = _editable(session, actor, reference)
    # 6(1)(f) and (ea) are refused when chosen, not only when the request is submitted.
    check_art6_choice(record.art6_basis, public_authority=settings.public_authority)
    record = service.with_policy_document(session, request, record, clock.today())
    entry = request.lawful_basis or LawfulBasisEntry(request_id=request.id)
    for name in LawfulBasisRecord.__dataclass_fields__:
        setattr(entry, name, getattr(record, name))
    if request.lawful_basis is None:
        session.add(entry)
        request.lawful_basis = entry
    session.flush()
    return disclosure_view(session, request, settings)


def add_item(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    from_case: str | None = None,
    kind: ItemKind | None = None,
    label: str | None = None,
    text: str | None = None,
    special_categories: Iterable[SpecialCategory] | None = None,
    criminal_offence: bool | None = None,
    below_suggestion_reason: str | None = None,
) -> DisclosureView:
    """Select one data item: a record of the case (``from_case``: concern:ID, event:SEQ,
    evidence:ID) or a written item (``kind`` and ``text``). Every item is answered: which
    special categories it reveals (none is an answer) and whether it is criminal offence data;
    an answer that says less than the text suggests needs a reason."""
    request = _editable(session, actor, reference)
    file_kind: str | None = None
    if from_case:
        case = service.case_of(session, request)
        record_kind, record_label, record_text = service.case_record(case, from_case)
        # An evidence file the redaction can read goes out as the redacted file itself, not
        # only its description.
        file_kind = service.evidence_file_kind(case, from_case)
        # A corrected record goes out as corrected (the original is kept, never shared).
        content_kind = record_kind
        content_label = record_label
        content_text = latest_text(session, request.case_id, from_case) or record_text
    elif kind is not None and text:
        content_kind = kind
        content_label = (label or "").strip() or kind.value.replace("_", " ")
        content_text = text
    else:
        raise InvalidInput("Give a case record, or a kind and a text for a written item.")
    where = f"The item '{content_label}'"
    categories, criminal = _answered(where, special_categories, criminal_offence)
    reason = check_answer(
        suggest_item(content_label, content_text),
        categories,
        criminal,
        below_suggestion_reason,
        where=where,
    )
    content = ItemContent(
        kind=content_kind,
        label=content_label,
        text=content_text,
        special_categories=categories,
        criminal_offence=criminal,
        below_suggestion_reason=reason,
    )
    service.new_item(
        session, request, content, source_ref=from_case or None, file_kind=file_kind
    )
    return disclosure_view(session, request, settings)


def _answered(
    where: str, special: Iterable[SpecialCategory] | None, criminal: bool | None
) -> tuple[frozenset[SpecialCategory], bool]:
    """Both answers given: nothing about an item is assumed (an unticked box is not "none")."""
    if special is None:
        raise InvalidInput(
            f"{where}: say which special categories of data it reveals, or none.",
            hint="Racial or ethnic origin, political opinions, religious or philosophical "
            "beliefs, trade union membership, genetic or biometric data, health, sex life or "
            "sexual orientation (UK GDPR Art 9(1)).",
        )
    if criminal is None:
        raise InvalidInput(
            f"{where}: say whether it is criminal offence data (yes or no).",
            hint="Alleged offences, arrests, cautions, convictions and proceedings count "
            "(UK GDPR Art 10).",
        )
    return frozenset(special), criminal


def remove_item(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str, position: int
) -> DisclosureView:
    """Take one data item out of the request."""
    request = _editable(session, actor, reference)
    request.items.remove(service.item_at(request, position))
    for new_position, item in enumerate(request.items, start=1):
        item.position = new_position
    session.flush()
    return disclosure_view(session, request, settings)


def redact(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> DisclosureView:
    """Find and replace other people's personal data in every item; the Prevent Lead then
    reviews each finding. Earlier reviews are discarded."""
    from gateway.disclosures.minimise import redact_items
    from redaction import RedactionError

    request = _editable(session, actor, reference)
    try:
        redact_items(session, request, model_name=settings.nlp_model)
    except RedactionError as exc:
        raise RedactionUnavailable(
            f"The items could not be redacted, so nothing was changed: {exc}",
            hint="An administrator can install the language model the gateway is set to use; "
            "until then the request cannot be redacted.",
        ) from exc
    return disclosure_view(session, request, settings)


def review_finding(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    item_position: int,
    finding_index: int,
    *,
    accept: bool,
    justification: str = "",
) -> DisclosureView:
    """The Prevent Lead accepts or rejects one redaction; rejections need a justification.
    A change to what is redacted in an evidence file makes its redacted file again."""
    request = _editable(session, actor, reference)
    changed = _review(request, actor, item_position, finding_index, accept, justification)
    _rebuild_files(session, request, changed)
    session.flush()
    return disclosure_view(session, request, settings)


def review_findings(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    decisions: Mapping[tuple[int, int], tuple[bool, str]],
) -> DisclosureView:
    """The review page's batch: ``{(item, finding): (accept, justification)}``. Only decisions
    that change something are applied (an unchanged review does not reopen an approval)."""
    actor.require(Action.DISCLOSURE_PREPARE)
    request = service.get_request(session, reference)
    changes: list[tuple[int, int, bool, str]] = []
    for (position, index), (accept, justification) in sorted(decisions.items()):
        item = service.item_at(request, position)
        if not 0 <= index < len(item.findings):
            raise NotFound(f"Item {position} has no finding {index}.")
        finding = item.findings[index]
        wanted = "accepted" if accept else "rejected"
        if finding.get("review") == wanted and (
            (finding.get("review_justification") or "") == justification.strip()
        ):
            continue
        changes.append((position, index, accept, justification))
    if changes:
        service.reopen_for_edit(request)
    changed: set[int] = set()
    for position, index, accept, justification in changes:
        changed |= _review(request, actor, position, index, accept, justification)
    # Each file is made again once, with every change to it.
    _rebuild_files(session, request, changed)
    session.flush()
    return disclosure_view(session, request, settings)


def _review(
    request: DisclosureRequest,
    actor: Actor,
    position: int,
    index: int,
    accept: bool,
    justification: str,
) -> set[int]:
    """Record the review of one finding; returns the item's position if what its evidence
    file has redacted changed (the file is then to be made again), else nothing."""
    from gateway.disclosures.minimise import file_findings_applied, has_place

    item = service.item_at(request, position)
    findings = [dict(f) for f in item.findings]
    if not 0 <= index < len(findings):
        raise NotFound(f"Item {position} has no finding {index}.")
    in_file = bool(findings[index].get("in_file"))
    if (
        not accept
        and in_file
        and item.file_kind != "docx"
        and not has_place(findings[index])
    ):
        # Without the boxes of its words, redacting it would leave the file as it is.
        raise InvalidInput(
            f"Item {position}: finding {index + 1} has no place recorded in the evidence "
            "file, so the file cannot be changed for it.",
            hint="Run the redaction on the request again (it records where every finding "
            "is), then review the finding again.",
        )
    if not accept and not justification.strip():
        if findings[index].get("action") == "redacted":
            raise InvalidInput(
                "Reversing a redaction puts personal data back into what leaves the provider: "
                "say why it is needed.",
            )
        raise InvalidInput(
            "Redacting what the engine kept as the student's own needs a reason on record: "
            "say why it should not be shared.",
        )
    findings[index]["review"] = "accepted" if accept else "rejected"
    findings[index]["review_justification"] = justification.strip() or None
    findings[index]["reviewed_by"] = actor.user.username
    applied_before = file_findings_applied(item)
    item.findings = findings
    item.redacted_text = service.rebuild_redacted_text(item.original_text, findings)
    return {position} if in_file and file_findings_applied(item) != applied_before else set()


def _rebuild_files(session: Session, request: DisclosureRequest, positions: set[int]) -> None:
    """Make the redacted evidence file of each item at ``positions`` again from its original,
    with exactly the redactions that now apply: its new SHA-256 is the content the DPO
    approves (the request is back in draft already)."""
    from gateway.disclosures.minimise import rebuild_redacted_file

    if not positions:
        return
    case = service.case_of(session, request)
    for position in sorted(positions):
        rebuild_redacted_file(case, service.item_at(request, position))


def accept_findings(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    item_position: int | None = None,
) -> DisclosureView:
    """The Prevent Lead accepts, as the engine decided them, every finding not yet reviewed
    (in one item, or in all): for someone who has read them all and reverses none."""
    request = _editable(session, actor, reference)
    items = [service.item_at(request, item_position)] if item_position else list(request.items)
    changed: set[int] = set()
    for item in items:
        for index, finding in enumerate(item.findings):
            if finding.get("review") not in ("accepted", "rejected"):
                changed |= _review(request, actor, item.position, index, True, "")
    _rebuild_files(session, request, changed)
    session.flush()
    return disclosure_view(session, request, settings)


def edit_item(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    position: int,
    *,
    text: str | None = None,
    label: str | None = None,
    special_categories: Iterable[SpecialCategory] | None = None,
    criminal_offence: bool | None = None,
    below_suggestion_reason: str | None = None,
) -> DisclosureView:
    """Change one item: its text (which voids its redaction, so it must be redacted and
    reviewed again), its label or its flags. Any change sends the request back to draft and
    voids an approval, because the DPO approved other content."""
    request = _editable(session, actor, reference)
    item = service.item_at(request, position)
    if text is not None:
        if not text.strip():
            raise InvalidInput(
                f"Item {position} would have no text.",
                hint="Remove the item instead if it should not be shared.",
            )
        if text != item.original_text:
            item.original_text = text
            item.redacted_text = text
            item.findings = []
            item.redaction_text_sha256 = None
    if label is not None:
        if not label.strip():
            raise InvalidInput(f"Item {position} needs a label.")
        item.label = label.strip()
    if special_categories is not None:
        item.special_categories = sorted({c.value for c in special_categories})
    if criminal_offence is not None:
        item.criminal_offence = criminal_offence
    # The suggestion follows the text as it now stands, and the answer is checked against it.
    suggestion = suggest_item(item.label, item.original_text)
    item.suggested_special_categories = sorted(c.value for c in suggestion.special_categories)
    item.suggested_criminal_offence = suggestion.criminal_offence
    item.below_suggestion_reason = check_answer(
        suggestion,
        {SpecialCategory(c) for c in item.special_categories},
        item.criminal_offence,
        item.below_suggestion_reason
        if below_suggestion_reason is None
        else below_suggestion_reason,
        where=f"Item {position}",
    )
    session.flush()
    return disclosure_view(session, request, settings)


@records_refusals("disclosure.submit", "disclosure")
def submit(
    session: Session, actor: Actor, clock: Clock, settings: Settings, reference: str
) -> DisclosureView:
    """Send the request to the DPO; every rule is checked first, the redaction gate included."""
    actor.require(Action.DISCLOSURE_PREPARE)
    request = service.get_request(session, reference)
    check_transition(request.status, DisclosureStatus.SUBMITTED)
    service.check_rules(session, request, settings, clock.today())
    request.status = DisclosureStatus.SUBMITTED
    request.submitted_at = clock.now()
    return disclosure_view(session, request, settings)


def withdraw(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    reason: str,
    *,
    log: SharingLogWriter,
) -> NonDisclosureView:
    """Withdraw a request that has not been released: recorded as a decision not to share."""
    actor.require(Action.DISCLOSURE_PREPARE)
    request = service.get_request(session, reference)
    if not reason.strip():
        raise InvalidInput("Say why the request is withdrawn.")
    check_transition(request.status, DisclosureStatus.WITHDRAWN)
    request.status = DisclosureStatus.WITHDRAWN
    request.withdrawn_reason = reason.strip()
    decision = service.non_disclosure(
        session,
        actor,
        request.case_id,
        reason,
        log,
        "withdrawn_by_preparer",
        request=request,
        now=clock.now(),
    )
    return non_disclosure_view(decision)


def record_non_disclosure(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    case_reference: str,
    reasons: str,
    recipient_reference: str | None = None,
    *,
    log: SharingLogWriter,
) -> NonDisclosureView:
    """A decision not to share, on a case, recorded with reasons and logged like a disclosure."""
    decision = service.record_non_disclosure(
        session, actor, case_reference, reasons, log, recipient_reference, now=clock.now()
    )
    return non_disclosure_view(decision)


# --- deciding ---------------------------------------------------------------------------------


@records_refusals("disclosure.approve", "disclosure")
def approve(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    content_sha256: str,
    note: str | None = None,
) -> DisclosureView:
    """Rule 5: only a DPO approves, never the preparer, and only the content they read: the
    ``content_sha256`` their view showed must be the request's content now."""
    actor.require(Action.DISCLOSURE_APPROVE)
    request = service.get_request(session, reference)
    refuse_own_work(
        session,
        actor,
        request.prepared_by_id,
        doing="approve it",
        hint="Another Data Protection Officer must approve it.",
    )
    check_transition(request.status, DisclosureStatus.APPROVED)
    current = _require_same_content(session, request, settings, content_sha256)
    service.check_rules(session, request, settings, clock.today())
    request.status = DisclosureStatus.APPROVED
    request.approved_by_id = actor.user.id
    request.approved_at = clock.now()
    request.approved_content_hash = current
    request.approval_note = (note or "").strip() or None
    record_access(
        session, actor, action="disclosure.approve", object_type="disclosure", object_ref=reference
    )
    return disclosure_view(session, request, settings)


def _require_same_content(
    session: Session, request: DisclosureRequest, settings: Settings, named: str
) -> str:
    """The content a decision names must be the content now; returns it."""
    wanted = (named or "").strip().lower()
    if not _SHA256.fullmatch(wanted):
        raise InvalidInput(
            "Name the content you decide on by its SHA-256 (64 hexadecimal characters).",
            hint="It is shown as the content SHA-256 on the approval page, in the API's "
            "approval view and by the command line's disclosure view.",
        )
    current = service.current_content_hash(session, request, settings)
    if wanted != current:
        raise ContentChanged(
            f"{request.reference} changed since you opened it: the content you read "
            f"({wanted[:12]}…) is not the content now ({current[:12]}…), so nothing was "
            "recorded.",
            hint="Open the request again, read what it holds now, and decide on that.",
        )
    return current


@records_refusals("disclosure.refuse", "disclosure")
def refuse(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    reason: str,
    *,
    log: SharingLogWriter,
) -> NonDisclosureView:
    """The DPO refuses, with reasons: recorded and logged as a decision not to share."""
    actor.require(Action.DISCLOSURE_APPROVE)
    request = service.get_request(session, reference)
    if not reason.strip():
        raise InvalidInput(
            "Give the reasons for refusing; the Prevent Lead and auditors will read them."
        )
    refuse_own_work(
        session,
        actor,
        request.prepared_by_id,
        doing="refuse it",
        hint="Another Data Protection Officer must decide on it.",
    )
    check_transition(request.status, DisclosureStatus.REFUSED)
    now = clock.now()
    request.status = DisclosureStatus.REFUSED
    request.refused_by_id = actor.user.id
    request.refused_at = now
    request.refusal_reason = reason.strip()
    decision = service.non_disclosure(
        session, actor, request.case_id, reason, log, "dpo_refusal", request=request, now=now
    )
    return non_disclosure_view(decision)


@records_refusals("disclosure.emergency_authorise", "disclosure")
def authorise_emergency(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    reason: str,
    content_sha256: str,
    *,
    ground: EmergencyGround | None = None,
    restriction_ground: Ground | None = None,
) -> DisclosureView:
    """Rule 7: an SMT member (not the preparer) authorises release without the DPO on one of
    the policy's grounds (``ground``: risk to life, serious harm, imminent offence), explained
    in at least 40 characters, naming the content they read by its SHA-256 as the DPO would.
    Where the student restricted or objected to the processing, only for a risk to life may
    they record the ground to go on (``restriction_ground``), for the DPO's review to confirm."""
    from gateway.rights.service import record_emergency_grounds

    actor.require(Action.EMERGENCY_AUTHORISE)
    request = service.get_request(session, reference)
    refuse_own_work(
        session,
        actor,
        request.prepared_by_id,
        doing="authorise its emergency release",
        hint="Another Senior Management Team member must authorise it.",
    )
    recorded_reason = check_emergency_reason(ground, reason)
    assert ground is not None
    if request.status is not DisclosureStatus.SUBMITTED:
        raise InvalidInput(
            f"Only a submitted request can be released on the emergency path; "
            f"{request.reference} is {request.status.value}.",
        )
    current = _require_same_content(session, request, settings, content_sha256)
    # Recorded before the rules are checked, so that a ground for a restriction counts at the
    # gate; a refusal rolls all of it back.
    request.emergency_reason = recorded_reason
    request.emergency_ground = ground.value
    request.emergency_authorised_by_id = actor.user.id
    request.emergency_authorised_at = clock.now()
    request.emergency_content_hash = current
    record_emergency_grounds(
        session,
        actor,
        request,
        restriction_ground,
        risk_to_life=ground is EmergencyGround.RISK_TO_LIFE,
        reasons=recorded_reason,
        content_sha256=current,
        now=clock.now(),
    )
    service.check_rules(session, request, settings, clock.today())
    return disclosure_view(session, request, settings)


def review_emergency(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    upheld: bool,
    notes: str,
    log: SharingLogWriter,
    ground_confirmed: bool | None = None,
) -> DisclosureView:
    """The DPO's retrospective review of an emergency release (logged). Where the SMT member
    recorded a ground to go on despite the student's restriction or objection, the review
    confirms or rejects it (``ground_confirmed``). A release not upheld, or a ground rejected,
    opens a breach record whose 72 hours to notify the ICO start now."""
    from gateway.breaches.service import open_from_review
    from gateway.rights.service import review_emergency_grounds

    actor.require(Action.EMERGENCY_REVIEW)
    request = service.get_request(session, reference)
    if not request.emergency or request.status is not DisclosureStatus.RELEASED:
        raise InvalidInput(f"{reference} was not released on the emergency path.")
    if request.retrospective_reviewed_at is not None:
        raise InvalidInput(f"{reference} has already been reviewed.")
    refuse_own_work(
        session,
        actor,
        request.prepared_by_id,
        doing="review its emergency release",
        hint="Another Data Protection Officer must review it.",
    )
    if not notes.strip():
        raise InvalidInput("Record the review's findings.")
    now = clock.now()
    confirmed = review_emergency_grounds(session, actor, request, ground_confirmed, now=now)
    request.retrospective_reviewed_by_id = actor.user.id
    request.retrospective_reviewed_at = now
    request.retrospective_review_outcome = "upheld" if upheld else "not_upheld"
    request.retrospective_review_notes = notes.strip()
    log.append(
        session,
        EntryType.RETROSPECTIVE_REVIEW,
        review_id=f"{request.reference}-review",
        disclosure_id=request.reference,
        emergency_entry_index=request.log_index,
        reviewer_id=user_ref(actor.user.id),
        reviewed_at=iso(request.retrospective_reviewed_at),
        outcome=request.retrospective_review_outcome,
        record_sha256=hashlib.sha256(request.retrospective_review_notes.encode()).hexdigest(),
        ground_confirmed=confirmed,
    )
    why = [
        *(["did not uphold it"] if not upheld else []),
        *(["rejected the ground recorded to go on despite the student's restriction or "
           "objection"] if confirmed is False else []),
    ]
    if why:
        open_from_review(session, actor, request, " and ".join(why), log=log, now=now)
    return disclosure_view(session, request, settings)


# --- releasing --------------------------------------------------------------------------------


def release_preview(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    emergency: bool = False,
) -> ReleasePreview:
    """What a release will do, for the Prevent Lead to confirm: the same rules as the release
    itself are checked first, so a release that would be refused is never offered."""
    actor.require(Action.DISCLOSURE_RELEASE)
    request = _read(session, actor, reference)
    recipient = service.check_release_allowed(
        session, request, settings, clock.today(), emergency=emergency
    )
    return ReleasePreview(
        disclosure=disclosure_view(session, request, settings),
        recipient=f"{recipient.name}, {recipient.organisation}",
        emergency=emergency,
    )


@records_refusals("disclosure.release", "disclosure")
def release(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    keyring: Keyring,
    log: SharingLogWriter,
    emergency: bool = False,
) -> ReleasedView:
    """Rule 6: the Prevent Lead releases an approved request (or, on the emergency path, one an
    SMT member authorised): build, sign, log, seal and mark released, all or nothing.

    A copy of the sealed package is written to the packages directory once the transaction has
    committed, never before (a release that rolls back leaves no file behind).
    """
    from gateway.disclosures.flows import release as build_and_log

    actor.require(Action.DISCLOSURE_RELEASE)
    request = service.get_request(session, reference)
    try:
        done = build_and_log(
            session,
            actor,
            reference,
            settings=settings,
            keyring=keyring,
            log=log,
            now=clock.now(),
            emergency=emergency,
        )
    except IntegrityError:
        # Another release of the same request committed first (its package row is unique):
        # this one is rolled back whole, log entry included.
        raise Conflict(
            f"{reference} was released by someone else at the same moment; this release was "
            "not made.",
            hint=f"Open {reference} to see the release that was made.",
        ) from None
    assert request.package is not None
    target = settings.packages_dir / done.filename
    content = bytes(request.package.content)
    _write_after_commit(session, settings.packages_dir, done.filename, content)
    return ReleasedView(
        reference=done.reference,
        filename=done.filename,
        package_path=str(target),
        package_sha256=done.package_sha256,
        sealed_sha256=done.sealed_sha256,
        log_index=done.log_index,
        tree_size=done.tree_size,
        emergency=done.emergency,
        disclosure=disclosure_view(session, request, settings),
    )


def _write_after_commit(session: Session, directory: Path, filename: str, content: bytes) -> None:
    """Write the package file when (and only if) this use case's transaction commits."""
    from gateway.disclosures.flows import write_package_file

    def write(view: ReleasedView) -> ReleasedView:
        try:
            write_package_file(directory, filename, content)
        except OSError as exc:
            raise PackageFileNotWritten(
                f"The release is recorded, but its copy {filename} could not be written to "
                f"the packages directory ({exc.strerror or exc}).",
                hint="Fix the directory's space or permissions; the package is kept in the "
                "database and can be downloaded or exported again.",
            ) from exc
        return view

    after_commit(session, write)


@dataclass(frozen=True)
class WrittenItem:
    """A written item as the data-items step gives it: its answers may be missing (the use
    case refuses it then, naming what to answer)."""

    kind: ItemKind
    label: str
    text: str
    special_categories: frozenset[SpecialCategory] | None
    criminal_offence: bool | None
    below_suggestion_reason: str | None = None


def save_items(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    subject_fields: Iterable[str],
    case_records: Iterable[
        tuple[str, Iterable[SpecialCategory] | None, bool | None, str | None]
    ] = (),
    written: WrittenItem | None = None,
    remove: Iterable[int] = (),
) -> DisclosureView:
    """The data-items step saved at once, all or nothing: the subject's identifiers, the case
    records chosen (each with its special categories and criminal-offence flag), one written
    item, and the items taken out (by position)."""
    actor.require(Action.DISCLOSURE_PREPARE)
    request = service.get_request(session, reference)
    wanted = sorted(set(subject_fields))
    if wanted != sorted(request.subject_fields):
        set_subject_fields(session, actor, clock, settings, reference, wanted)
    existing = {i.source_ref for i in request.items if i.source_ref}
    for source, categories, criminal, reason in case_records:
        if source in existing:
            continue
        add_item(
            session,
            actor,
            clock,
            settings,
            reference,
            from_case=source,
            special_categories=categories,
            criminal_offence=criminal,
            below_suggestion_reason=reason,
        )
    if written is not None:
        add_item(
            session,
            actor,
            clock,
            settings,
            reference,
            kind=written.kind,
            label=written.label,
            text=written.text,
            special_categories=written.special_categories,
            criminal_offence=written.criminal_offence,
            below_suggestion_reason=written.below_suggestion_reason,
        )
    for position in sorted(set(remove), reverse=True):
        remove_item(session, actor, clock, settings, reference, position)
    return disclosure_view(session, request, settings)


def handover(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    reference: str,
    *,
    keyring: Keyring,
) -> HandoverView:
    """What the Prevent Lead hands over after a release: the sealed file's name and hash, the
    recipient and their key's fingerprint to read out to them (the read is recorded)."""
    from gateway.recipients.service import key_fingerprint

    actor.require(Action.DISCLOSURE_RELEASE)
    request = _read(session, actor, reference)
    if request.package is None:
        raise NotFound(
            f"{reference} has not been released, so there is nothing to hand over.",
            hint=f"Release {reference} once the DPO has approved it.",
        )
    recipient = session.get(Recipient, request.recipient_id)
    assert recipient is not None  # a released request always names its recipient
    return HandoverView(
        reference=reference,
        filename=request.package.filename,
        sealed_sha256=hashlib.sha256(bytes(request.package.content)).hexdigest(),
        released_at=request.package.created_at,
        log_index=request.log_index,
        recipient_name=recipient.name,
        recipient_organisation=recipient.organisation,
        recipient_contact=recipient.contact,
        recipient_key_fingerprint=(
            key_fingerprint(recipient.public_key) if recipient.public_key else None
        ),
        organisation_key_id=keyring.current_key_id,
        log_verifier_key=keyring.log_verifier_key_text(),
    )
