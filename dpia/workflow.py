"""Status changes and edits: ``draft -> awaiting_dpo -> approved``; ``expired`` by date.

Every function takes a version and returns a new one; the input is never changed, and a refused
step raises a :class:`~dpia.errors.DPIAError` subclass. Who may do what:

* anyone preparing the DPIA edits the draft and submits it for the DPO's advice;
* the DPO gives advice (recorded, never a decision) or returns the draft for changes;
* the accountable person (who must not be the advising DPO) approves the measures and accepts the
  residual risks, recording whether the DPO's advice was accepted or overruled (with reasons);
* an approved version is frozen: a change starts a new draft version linked to it.

The library does not know the gateway's users; the gateway checks that the ``dpo`` passed to
:func:`advise` really holds the DPO role.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from dpia.completeness import missing_for_submission
from dpia.errors import (
    DPIAError,
    DPIAFrozen,
    DPIAIncomplete,
    DPIAInvalid,
    DPIAInvalidTransition,
    DPIASeparationOfDuties,
)
from dpia.model import (
    DPIA,
    EDITABLE_SECTIONS,
    AdviceResponse,
    DPOAdvice,
    DPORecommendation,
    ICOConsultation,
    Person,
    SignOff,
    Status,
    Submission,
    VersionLink,
    describe_validation_error,
)

MAX_REVIEW_INTERVAL = timedelta(days=366)
"""Default longest time between approval and review."""


def effective_status(dpia: DPIA, today: date) -> Status:
    """The status as of ``today``: an approved version past its review date is ``expired``."""
    if dpia.status is Status.APPROVED and dpia.review_date is not None and today > dpia.review_date:
        return Status.EXPIRED
    return dpia.status


def new_dpia(
    *, activity: str, title: str, controller: str, created_by: Person, at: datetime
) -> DPIA:
    """An empty draft, version 1 (most users start from a template instead)."""
    return _build(
        {
            "activity": activity,
            "title": title,
            "controller": controller,
            "created_by": created_by.model_dump(mode="json"),
            "created_at": at.isoformat(),
        }
    )


# --- editing -----------------------------------------------------------------------------------


def _require_editable(dpia: DPIA) -> None:
    if dpia.status is Status.APPROVED:
        raise DPIAFrozen(
            f"Version {dpia.version} of the DPIA for '{dpia.activity}' is approved and frozen. "
            "Start a new version (revise) to change it; the approved version is kept."
        )
    if dpia.status is Status.AWAITING_DPO:
        raise DPIAFrozen(
            f"Version {dpia.version} of the DPIA for '{dpia.activity}' is with the DPO for advice. "
            "Return it to draft first; the DPO will then need to advise again."
        )


def apply_patch(dpia: DPIA, patch: Mapping[str, Any]) -> DPIA:
    """Apply a JSON Merge Patch (RFC 7396) to a draft's editable sections.

    Objects are merged key by key, ``null`` removes a key (restoring its default) and lists are
    replaced whole. Only ``EDITABLE_SECTIONS`` may appear at the top level.
    """
    _require_editable(dpia)
    if not isinstance(patch, Mapping):
        raise DPIAInvalid(["a patch is a JSON object"])
    forbidden = sorted(set(patch) - set(EDITABLE_SECTIONS))
    if forbidden:
        raise DPIAInvalid(
            [
                f"{key}: cannot be edited; it is set by the workflow "
                f"(editable: {', '.join(EDITABLE_SECTIONS)})"
                for key in forbidden
            ]
        )
    merged = _merge_patch(dpia.to_dict(), patch)
    return _build(merged)


def set_field(dpia: DPIA, path: str, value: Any) -> DPIA:
    """Set one value in a draft; see :func:`set_fields`."""
    return set_fields(dpia, [(path, value)])


def set_fields(dpia: DPIA, assignments: Sequence[tuple[str, Any]]) -> DPIA:
    """Set values in a draft, each addressed by a dotted path; checked once, all or nothing.

    Items of lists with ids (risks, measures, consultation entries) are addressed by id, other
    lists by position: ``necessity.retention``, ``risks.R3.residual_likelihood``,
    ``risks.R1.measures.M1.1.description``, ``processing.data_categories.0``. Setting a list item
    to ``None`` removes it; an id not yet in the list adds an item with that id (set its other
    fields in the same call); position ``len(list)`` appends.
    """
    _require_editable(dpia)
    data = dpia.to_dict()
    for path, value in assignments:
        parts = _split_path(path)
        if parts[0] not in EDITABLE_SECTIONS:
            raise DPIAInvalid(
                [f"{path}: cannot be edited (editable: {', '.join(EDITABLE_SECTIONS)})"]
            )
        _set_in(data, parts, value, path, parent="")
    return _build(data)


_ID_LISTS = frozenset({"risks", "measures", "entries"})
_NEW_ITEM: dict[str, dict[str, Any]] = {"risks": {"measures": []}}


def _split_path(path: str) -> list[str]:
    parts = path.strip().split(".") if path.strip() else []
    # Measure ids such as "M1.1" contain a dot: rejoin "M1" "1" after a "measures" segment.
    joined: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if joined and joined[-1] == "measures" and i + 1 < len(parts) and parts[i + 1].isdigit():
            part = f"{part}.{parts[i + 1]}"
            i += 1
        joined.append(part)
        i += 1
    if not joined or any(not p for p in joined):
        raise DPIAInvalid([f"'{path}' is not a field path (example: necessity.retention)"])
    return joined


def _set_in(node: Any, parts: list[str], value: Any, path: str, parent: str) -> None:
    key, rest = parts[0], parts[1:]
    if isinstance(node, dict):
        if key not in node and rest:
            raise DPIAInvalid([f"{path}: there is no field '{key}'"])
        if rest:
            _set_in(node[key], rest, value, path, parent=key)
        else:
            node[key] = value
        return
    if isinstance(node, list):
        if parent in _ID_LISTS:
            found = [
                i for i, item in enumerate(node) if isinstance(item, dict) and item.get("id") == key
            ]
            if not found:
                if value is None:
                    raise DPIAInvalid([f"{path}: there is no item with id '{key}'"])
                item: dict[str, Any] = {"id": key, **copy.deepcopy(_NEW_ITEM.get(parent, {}))}
                node.append(item)
                found = [len(node) - 1]
                if not rest:
                    if not isinstance(value, dict):
                        raise DPIAInvalid([f"{path}: a new item is an object of fields"])
                    item.update(value)
                    item["id"] = key
                    return
            index = found[0]
        else:
            if not key.isdigit():
                raise DPIAInvalid([f"{path}: '{key}' must be a position number (0, 1, ...)"])
            index = int(key)
            if index == len(node) and not rest and value is not None:
                node.append(value)
                return
            if index >= len(node):
                raise DPIAInvalid([f"{path}: there is no item {index}"])
        if rest:
            _set_in(node[index], rest, value, path, parent=key)
        elif value is None:
            del node[index]
        else:
            node[index] = value
        return
    raise DPIAInvalid([f"{path}: '{key}' is inside a value that has no fields"])


def _merge_patch(target: Any, patch: Any) -> Any:
    if not isinstance(patch, Mapping):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = _merge_patch(result.get(key), value)
    return result


def _build(data: Mapping[str, Any]) -> DPIA:
    return DPIA.from_dict(data)


def _evolve(dpia: DPIA, **changes: Any) -> DPIA:
    data = dpia.to_dict()
    for key, value in changes.items():
        data[key] = value.model_dump(mode="json") if hasattr(value, "model_dump") else value
    return _build(data)


# --- status changes ----------------------------------------------------------------------------


def submit(dpia: DPIA, *, by: Person, at: datetime) -> DPIA:
    """Draft -> awaiting_dpo: ask the DPO for advice. Steps 2-6 must be complete."""
    if dpia.status is not Status.DRAFT:
        raise DPIAInvalidTransition(
            f"Only a draft can be submitted to the DPO; version {dpia.version} is "
            f"{dpia.status.phrase}."
        )
    missing = missing_for_submission(dpia)
    if missing:
        raise DPIAIncomplete("submitted to the DPO", missing)
    return _evolve(dpia, status=Status.AWAITING_DPO, submission=Submission(by=by, at=at))


def return_to_draft(dpia: DPIA) -> DPIA:
    """Awaiting_dpo -> draft (the DPO asks for changes, or the preparer withdraws it).

    Any advice already given is cleared: it was advice on content that is about to change.
    """
    if dpia.status is not Status.AWAITING_DPO:
        raise DPIAInvalidTransition(
            f"Only a DPIA awaiting the DPO can be returned to draft; version {dpia.version} is "
            f"{dpia.status.phrase}."
        )
    return _evolve(dpia, status=Status.DRAFT, submission=None, dpo_advice=None)


def advise(
    dpia: DPIA,
    *,
    dpo: Person,
    at: datetime,
    recommendation: DPORecommendation,
    summary: str,
    conditions: str = "",
    ico_consultation_advised: bool = False,
) -> DPIA:
    """Record the DPO's advice on a submitted DPIA (a later call replaces earlier advice)."""
    if dpia.status is not Status.AWAITING_DPO:
        raise DPIAInvalidTransition(
            f"The DPO advises on a submitted DPIA; version {dpia.version} is "
            f"{dpia.status.phrase}." + (" Submit it first." if dpia.status is Status.DRAFT else "")
        )
    try:
        advice = DPOAdvice(
            by=dpo,
            at=at,
            recommendation=recommendation,
            summary=summary,
            conditions=conditions,
            ico_consultation_advised=ico_consultation_advised,
        )
    except ValueError as exc:
        raise DPIAInvalid(_messages(exc)) from None
    if dpia.submission is not None and at < dpia.submission.at:
        raise DPIAInvalid(["the DPO's advice cannot be dated before the submission"])
    return _evolve(dpia, dpo_advice=advice)


def record_ico_consultation(dpia: DPIA, consultation: ICOConsultation | None) -> DPIA:
    """Record (or, with ``None``, clear) the prior consultation with the ICO on a draft or a
    DPIA awaiting the DPO. An approved version is frozen: revise it to record a consultation."""
    if dpia.status is Status.APPROVED:
        raise DPIAFrozen(
            f"Version {dpia.version} is approved and frozen. Start a new version (revise), record "
            "the ICO consultation on it and have it approved again."
        )
    return _evolve(dpia, ico_consultation=consultation)


def approve(
    dpia: DPIA,
    *,
    measures_approved_by: Person,
    residual_risks_approved_by: Person,
    advice_accepted: bool,
    overrule_reasons: str = "",
    review_date: date,
    review_owner: Person,
    at: datetime,
    max_review_interval: timedelta = MAX_REVIEW_INTERVAL,
    departure_from_views: str = "",
) -> DPIA:
    """Awaiting_dpo -> approved: the accountable person signs off (ICO template step 7).

    The person accepting the residual risks is recorded as having reviewed the consultation
    responses; ``departure_from_views`` says why, where the decision departs from them.
    """
    if dpia.status is not Status.AWAITING_DPO:
        raise DPIAInvalidTransition(
            f"Only a DPIA that has been with the DPO can be approved; version {dpia.version} is "
            f"{dpia.status.phrase}."
        )
    missing = missing_for_submission(dpia)
    if dpia.dpo_advice is None:
        missing.insert(0, "Step 7: the DPO's advice (the DPO must advise before approval)")
    if not advice_accepted and len(overrule_reasons.strip()) < 20:
        missing.append(
            "Step 7: the reasons for overruling the DPO's advice (at least 20 characters)"
        )
    if missing:
        raise DPIAIncomplete("approved", missing)
    assert dpia.dpo_advice is not None

    dpo = dpia.dpo_advice.by
    for role, person in (
        ("approve the measures", measures_approved_by),
        ("accept the residual risks", residual_risks_approved_by),
    ):
        if person.username == dpo.username:
            raise DPIASeparationOfDuties(
                f"{person.describe()} gave the DPO advice on this DPIA and so cannot also {role}: "
                "the DPO advises and monitors (UK GDPR Art 38(6), 39); the decision belongs to "
                "the accountable person."
            )
    if advice_accepted and dpia.dpo_advice.recommendation is DPORecommendation.DO_NOT_PROCEED:
        raise DPIAError(
            "The DPO advised not to proceed and that advice is recorded as accepted, so the DPIA "
            "cannot be approved. Either change the processing and ask for new advice, or record "
            "that the advice is overruled, with the reasons."
        )
    if at.date() < dpia.dpo_advice.at.date():
        raise DPIAInvalid(["approval cannot be dated before the DPO's advice"])
    if review_date <= at.date():
        raise DPIAInvalid(
            [f"review date {review_date.isoformat()} must be after the approval date"]
        )
    if review_date > at.date() + max_review_interval:
        latest = (at.date() + max_review_interval).isoformat()
        raise DPIAInvalid(
            [
                f"review date {review_date.isoformat()} is too far away; "
                f"review by {latest} at the latest"
            ]
        )
    signoff = SignOff(
        measures_approved_by=measures_approved_by,
        residual_risks_approved_by=residual_risks_approved_by,
        advice_response=AdviceResponse(
            accepted=advice_accepted, reasons="" if advice_accepted else overrule_reasons.strip()
        ),
        approved_at=at,
        review_date=review_date,
        review_owner=review_owner,
        consultation_reviewed_by=residual_risks_approved_by if dpia.consultation.entries else None,
        departure_from_views=departure_from_views.strip(),
    )
    return _evolve(dpia, status=Status.APPROVED, signoff=signoff)


def revise(dpia: DPIA, *, by: Person, at: datetime, reason: str) -> DPIA:
    """Start a new draft version from an approved one (also how a due review is done).

    The new version copies the content, links to the approved version by number and SHA-256,
    and needs the DPO's advice and a new sign-off. The approved version stays as it was.
    """
    if dpia.status is not Status.APPROVED:
        raise DPIAInvalidTransition(
            f"Version {dpia.version} is {dpia.status.phrase}: change it in place; only "
            "an approved version is revised into a new version."
        )
    if not reason.strip():
        raise DPIAIncomplete("revised", ["the reason for the new version (what changes and why)"])
    return _evolve(
        dpia,
        version=dpia.version + 1,
        previous_version=VersionLink(version=dpia.version, sha256=dpia.sha256()),
        change_reason=reason.strip(),
        status=Status.DRAFT,
        created_by=by,
        created_at=at,
        submission=None,
        dpo_advice=None,
        signoff=None,
    )


def _messages(exc: ValueError) -> Sequence[str]:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return describe_validation_error(exc)
    return [str(exc)]
