"""Disclosures: prepare, lawful basis, items, redaction review, submit, approve, release."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.disclosures import use_cases
from gateway.disclosures.domain import (
    EMERGENCY_GROUND_WORDS,
    DisclosureStatus,
    EmergencyGround,
    ItemKind,
)
from gateway.disclosures.lawful_basis import (
    ANNEX1_TITLES,
    ART6_GUIDANCE,
    ART9_TITLES,
    CONSENT_NOT_SOUGHT_WORDS,
    SCHEDULE1_TITLES,
    Art6Basis,
    Art9Condition,
    LawfulBasisRecord,
    SpecialCategory,
    article_in_words,
    parse_lawful_basis,
)
from gateway.disclosures.suggest import parse_special, suggest_item
from gateway.disclosures.use_cases import WrittenItem
from gateway.disclosures.views import suggestion_in_words
from gateway.errors import GatewayError, NotFound
from gateway.http.problems import status_for
from gateway.http.state import app_state
from gateway.rights.domain import GROUND_WORDS, Ground
from gateway.web.highlight import segments
from gateway.web.rendering import (
    many,
    optional,
    parse_enum,
    parse_int,
    redirect,
    render,
    text,
)
from gateway.web.session import NOT_SHOWN_ON_THE_FORM, Form, attempt, read_form, show, submit

router = APIRouter(include_in_schema=False)

#: Refusals that are not about what was typed: the error page (or sign-in) answers them.


ART9_LABELS = {
    condition: f"{article_in_words(condition.value)} {title}"
    + (
        " (with a Schedule 1 Part 2 paragraph: usually 10 or 18)"
        if condition is Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST
        else ""
    )
    for condition, title in ART9_TITLES.items()
}
ART6_LABELS = {
    Art6Basis.CONSENT: "6(1)(a) Consent",
    Art6Basis.CONTRACT: "6(1)(b) Contract",
    Art6Basis.LEGAL_OBLIGATION: "6(1)(c) Legal obligation",
    Art6Basis.VITAL_INTERESTS: "6(1)(d) Vital interests",
    Art6Basis.PUBLIC_TASK: "6(1)(e) Public task",
    Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS: "6(1)(ea) Recognised legitimate interests",
    Art6Basis.LEGITIMATE_INTERESTS: "6(1)(f) Legitimate interests",
}


async def _new_request_page(
    request: Request, reference: str, values: Form, error: GatewayError | None = None
) -> Response:
    shown = await show(request, use_cases.new_request_form, reference)
    return render(
        request,
        "disclosure_new.html",
        shown.call,
        status=422 if error else 200,
        v=shown.view,
        recipients=shown.view.recipients,
        values=values,
        error=error,
    )


@router.get("/cases/{reference}/disclosures/new")
async def disclosure_form(request: Request, reference: str) -> Response:
    return await _new_request_page(request, reference, {})


@router.post("/cases/{reference}/disclosures")
async def create_disclosure(request: Request, reference: str) -> Response:
    form = await read_form(request)
    done = await attempt(
        request,
        form,
        use_cases.create,
        reference,
        text(form, "recipient"),
        text(form, "purpose"),
        optional(form, "rpc_reference"),
        optional(form, "referrer_email"),
        optional(form, "referrer_telephone"),
    )
    if isinstance(done, GatewayError):
        return await _new_request_page(request, reference, form, done)
    return redirect(f"/disclosures/{done.view.reference}/lawful-basis")


@router.get("/disclosures")
async def disclosure_list(request: Request) -> Response:
    shown = await show(request, use_cases.list_requests)
    return render(
        request,
        "disclosures.html",
        shown.call,
        disclosures=shown.view,
        not_shared=request.query_params.get("not_shared"),
    )


async def _request_page(
    request: Request, reference: str, values: Form | None = None, error: GatewayError | None = None
) -> Response:
    shown = await show(request, use_cases.read, reference)
    return render(
        request,
        "disclosure.html",
        shown.call,
        status=status_for(error) if error else 200,
        d=shown.view,
        Status=DisclosureStatus,
        released=request.query_params.get("released"),
        emergency_grounds=EMERGENCY_GROUND_WORDS,
        restriction_grounds=GROUND_WORDS,
        values=values or {},
        error=error,
    )


@router.get("/disclosures/{reference}")
async def disclosure_page(request: Request, reference: str) -> Response:
    return await _request_page(request, reference)


def _lawful_basis_fields(form: Form) -> dict[str, Any]:
    """The form's fields under the record's names (checkboxes and radios say "yes")."""
    # The review date is the register's; para 10(2) is set by the gateway: neither is typed.
    return {
        name: text(form, name)
        for name in LawfulBasisRecord.__dataclass_fields__
        if name not in ("apd_review_date", "para10_2_competent_authority")
    }


def _as_typed(fields: dict[str, Any]) -> dict[str, Any]:
    """What the person typed, shown again in the form after a refusal."""
    shown = dict(fields)
    for name in ("schedule1_paragraph", "art10_paragraph"):
        shown[name] = int(shown[name]) if str(shown[name]).isdigit() else None
    for name in ("subject_informed", "relies_on_sch2_para2"):
        shown[name] = shown[name] == "yes"
    return shown


async def _lawful_basis_page(
    request: Request,
    reference: str,
    typed: dict[str, Any] | None = None,
    error: GatewayError | None = None,
) -> Response:
    shown = await show(request, use_cases.lawful_basis_form, reference)
    return render(
        request,
        "lawful_basis.html",
        shown.call,
        status=422 if error else 200,
        d=shown.view.disclosure,
        record=typed if typed is not None else shown.view.record,
        art6=[(b, ART6_LABELS[b], ART6_GUIDANCE[b]) for b in Art6Basis],
        art9=list(ART9_LABELS.items()),
        schedule1=sorted(SCHEDULE1_TITLES.items()),
        policy_documents=shown.view.policy_documents,
        annex1=list(ANNEX1_TITLES.items()),
        consent_grounds=list(CONSENT_NOT_SOUGHT_WORDS.items()),
        error=error,
    )


@router.get("/disclosures/{reference}/lawful-basis")
async def lawful_basis_form(request: Request, reference: str) -> Response:
    return await _lawful_basis_page(request, reference)


@router.post("/disclosures/{reference}/lawful-basis")
async def set_lawful_basis(request: Request, reference: str) -> Response:
    form = await read_form(request)
    fields = _lawful_basis_fields(form)
    try:
        record = parse_lawful_basis(fields)
        await submit(request, form, use_cases.set_lawful_basis, reference, record)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _lawful_basis_page(request, reference, _as_typed(fields), exc)
    return redirect(f"/disclosures/{reference}/items")


@router.post("/disclosures/{reference}/referrer-contact")
async def set_referrer_contact(request: Request, reference: str) -> Response:
    """The work e-mail and telephone the recipient can reply to (part of what is approved)."""
    form = await read_form(request)
    done = await attempt(
        request,
        form,
        use_cases.set_referrer_contact,
        reference,
        email=optional(form, "referrer_email"),
        telephone=optional(form, "referrer_telephone"),
    )
    if isinstance(done, GatewayError):
        return await _request_page(request, reference, form, done)
    return redirect(f"/disclosures/{reference}#referrer-contact")


@router.get("/disclosures/{reference}/items")
async def items_form(request: Request, reference: str) -> Response:
    shown = await show(request, use_cases.items_form, reference)
    view = shown.view
    return render(
        request,
        "items.html",
        shown.call,
        d=view.disclosure,
        records=[(r.source_ref, r.label, r.text) for r in view.records],
        suggested={
            r.source_ref: suggest_item(r.label, r.text).in_words()
            for r in view.records
        },
        chosen=set(view.chosen),
        categories=list(SpecialCategory),
        kinds=[k for k in ItemKind if k is not ItemKind.SUBJECT_IDENTITY],
        subject_fields=view.subject_fields,
    )


def _categories(form: Form, name: str) -> frozenset[SpecialCategory] | None:
    """The boxes ticked ("None" is a box of its own); none ticked is no answer."""
    ticked = many(form, name)
    return parse_special(ticked) if ticked else None


def _yes_no(form: Form, name: str) -> bool | None:
    """A yes/no radio; neither chosen is no answer."""
    answer = text(form, name)
    return {"yes": True, "no": False}.get(answer) if answer else None


@router.post("/disclosures/{reference}/items")
async def add_items(request: Request, reference: str) -> Response:
    form = await read_form(request)
    written = None
    free = text(form, "free_text")
    if free:
        kind = parse_enum(ItemKind, text(form, "free_kind"), "the kind of item")
        written = WrittenItem(
            kind=kind,
            label=text(form, "free_label") or kind.value.replace("_", " "),
            text=free,
            special_categories=_categories(form, "free_special"),
            criminal_offence=_yes_no(form, "free_criminal"),
            below_suggestion_reason=text(form, "free_reason") or None,
        )
    records = [
        (
            source,
            _categories(form, f"special:{source}"),
            _yes_no(form, f"criminal:{source}"),
            text(form, f"reason:{source}") or None,
        )
        for source in many(form, "include")
    ]
    positions = [parse_int(p, "The item number") for p in many(form, "remove")]
    await submit(
        request,
        form,
        use_cases.save_items,
        reference,
        subject_fields=many(form, "subject_fields"),
        case_records=records,
        written=written,
        remove=[p for p in positions if p is not None],
    )
    return redirect(f"/disclosures/{reference}")


async def _item_page(
    request: Request,
    reference: str,
    position: int,
    typed: Form | None = None,
    error: GatewayError | None = None,
) -> Response:
    shown = await show(request, use_cases.read, reference)
    d = shown.view
    item = next((i for i in d.items if i.position == position), None)
    if item is None:
        raise NotFound(f"{reference} has no item {position}.")
    return render(
        request,
        "item_edit.html",
        shown.call,
        status=status_for(error) if error else 200,
        d=d,
        item=item,
        suggested=suggestion_in_words(
            item.suggested_special_categories, item.suggested_criminal_offence
        ),
        categories=list(SpecialCategory),
        typed=typed,
        error=error,
    )


@router.get("/disclosures/{reference}/items/{position}/edit")
async def item_form(request: Request, reference: str, position: int) -> Response:
    return await _item_page(request, reference, position)


@router.post("/disclosures/{reference}/items/{position}/edit")
async def edit_item(request: Request, reference: str, position: int) -> Response:
    form = await read_form(request)
    outcome = await attempt(
        request,
        form,
        use_cases.edit_item,
        reference,
        position,
        text=text(form, "text"),
        label=text(form, "label"),
        special_categories=_categories(form, "special"),
        criminal_offence=_yes_no(form, "criminal"),
        below_suggestion_reason=text(form, "below_suggestion_reason"),
    )
    if isinstance(outcome, GatewayError):
        return await _item_page(request, reference, position, form, outcome)
    return redirect(f"/disclosures/{reference}")


@router.post("/disclosures/{reference}/redact")
async def redact(request: Request, reference: str) -> Response:
    form = await read_form(request)
    outcome = await attempt(request, form, use_cases.redact, reference)
    if isinstance(outcome, GatewayError):
        return await _request_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}/review")


async def _review_page(
    request: Request, reference: str, typed: Form | None = None, error: GatewayError | None = None
) -> Response:
    shown = await show(request, use_cases.read, reference)
    d = shown.view
    # A file's findings are shown on its pages, not in the item's text.
    marked = {
        item.position: segments(
            item.original_text,
            [f.model_dump() if f.page is None else {"start": 0, "end": 0} for f in item.findings],
        )
        for item in d.items
    }
    return render(
        request,
        "review.html",
        shown.call,
        status=status_for(error) if error else 200,
        d=d,
        marked=marked,
        typed={k: v for k, v in (typed or {}).items() if isinstance(v, str)},
        error=error,
    )


@router.get("/disclosures/{reference}/review")
async def review_form(request: Request, reference: str) -> Response:
    return await _review_page(request, reference)


@router.post("/disclosures/{reference}/review")
async def review(request: Request, reference: str) -> Response:
    form = await read_form(request)
    decisions: dict[tuple[int, int], tuple[bool, str]] = {}
    for name in form:
        kind, _, where = name.partition(":")
        position, _, index = where.partition(":")
        if kind != "decision" or not (position.isdigit() and index.isdigit()):
            continue
        choice = text(form, name)
        if choice in ("accept", "reject"):
            justification = text(form, f"justification:{position}:{index}")
            decisions[(int(position), int(index))] = (choice == "accept", justification)
    outcome = await attempt(request, form, use_cases.review_findings, reference, decisions)
    if isinstance(outcome, GatewayError):
        return await _review_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}")


@router.post("/disclosures/{reference}/submit")
async def submit_request(request: Request, reference: str) -> Response:
    form = await read_form(request)
    outcome = await attempt(request, form, use_cases.submit, reference)
    if isinstance(outcome, GatewayError):
        return await _request_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}")


async def _approval_page(
    request: Request, reference: str, values: Form | None = None, error: GatewayError | None = None
) -> Response:
    shown = await show(request, use_cases.approval, reference)
    a = shown.view
    return render(
        request,
        "approval.html",
        shown.call,
        status=status_for(error) if error else 200,
        a=a,
        d=a.disclosure,
        Status=DisclosureStatus,
        values=values or {},
        error=error,
    )


@router.get("/disclosures/{reference}/approval")
async def approval_page(request: Request, reference: str) -> Response:
    return await _approval_page(request, reference)


@router.post("/disclosures/{reference}/approve")
async def approve(request: Request, reference: str) -> Response:
    form = await read_form(request)
    outcome = await attempt(
        request,
        form,
        use_cases.approve,
        reference,
        text(form, "content_sha256"),
        optional(form, "note"),
    )
    if isinstance(outcome, GatewayError):
        return await _approval_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}")


@router.post("/disclosures/{reference}/refuse")
async def refuse(request: Request, reference: str) -> Response:
    form = await read_form(request)
    log = app_state(request).log_writer()
    outcome = await attempt(
        request, form, use_cases.refuse, reference, text(form, "reason"), log=log
    )
    if isinstance(outcome, GatewayError):
        return await _approval_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}")


async def _release_page(request: Request, reference: str, *, emergency: bool) -> Response:
    """What the release will do, to confirm; refused here if the release would be."""
    try:
        shown = await show(request, use_cases.release_preview, reference, emergency=emergency)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, {}, exc)
    return render(request, "release_confirm.html", shown.call, p=shown.view)


@router.get("/disclosures/{reference}/release")
async def release_page(request: Request, reference: str) -> Response:
    return await _release_page(
        request, reference, emergency=request.query_params.get("emergency") == "yes"
    )


@router.post("/disclosures/{reference}/release")
async def release(request: Request, reference: str) -> Response:
    form = await read_form(request)
    if text(form, "confirm") != "yes":  # a release is only ever made from its confirmation
        return await _release_page(request, reference, emergency=text(form, "emergency") == "yes")
    state = app_state(request)
    done = await attempt(
        request,
        form,
        use_cases.release,
        reference,
        keyring=state.ctx.keyring,
        log=state.log_writer(),
        emergency=text(form, "emergency") == "yes",
    )
    if isinstance(done, GatewayError):
        return await _request_page(request, reference, form, done)
    return redirect(f"/disclosures/{reference}/handover?released={done.view.log_index}")


@router.get("/disclosures/{reference}/handover")
async def handover_page(request: Request, reference: str) -> Response:
    """After the release: the sealed package to download and how to hand it over."""
    shown = await show(
        request, use_cases.handover, reference, keyring=app_state(request).ctx.keyring
    )
    return render(
        request,
        "handover.html",
        shown.call,
        h=shown.view,
        released=request.query_params.get("released"),
    )


@router.get("/disclosures/{reference}/items/{position}/file/{version}/{page}.png")
async def item_file_page(
    request: Request, reference: str, position: int, version: str, page: int
) -> Response:
    """One page of an evidence file item for the review, original or redacted, its boxes
    numbered; each view is recorded as a read."""
    found = (
        await show(request, use_cases.item_file_page, reference, position, version, page)
    ).view
    return Response(found, media_type="image/png")


@router.get("/disclosures/{reference}/package")
async def package_download(request: Request, reference: str) -> Response:
    """The sealed package as released (only the recipient's private key opens it)."""
    found = (await show(request, use_cases.package, reference)).view
    return Response(
        found.content,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{found.filename}"'},
    )


@router.post("/disclosures/{reference}/withdraw")
async def withdraw(request: Request, reference: str) -> Response:
    """Withdraw a request not yet released: recorded as a decision not to share."""
    form = await read_form(request)
    outcome = await attempt(
        request,
        form,
        use_cases.withdraw,
        reference,
        text(form, "reason"),
        log=app_state(request).log_writer(),
    )
    if isinstance(outcome, GatewayError):
        return await _request_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}")


@router.post("/disclosures/{reference}/emergency-authorise")
async def emergency_authorise(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        ground = parse_enum(EmergencyGround, text(form, "ground"), "the ground for the emergency")
        chosen = optional(form, "restriction_ground")
        override = parse_enum(Ground, chosen, "the ground to go on") if chosen else None
    except GatewayError as exc:
        return await _request_page(request, reference, form, exc)
    outcome = await attempt(
        request,
        form,
        use_cases.authorise_emergency,
        reference,
        text(form, "reason"),
        text(form, "content_sha256"),
        ground=ground,
        restriction_ground=override,
    )
    if isinstance(outcome, GatewayError):
        return await _request_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}")


@router.post("/disclosures/{reference}/emergency-review")
async def emergency_review(request: Request, reference: str) -> Response:
    form = await read_form(request)
    ground = text(form, "ground_confirmed")
    outcome = await attempt(
        request,
        form,
        use_cases.review_emergency,
        reference,
        upheld=text(form, "upheld") == "yes",
        notes=text(form, "notes"),
        log=app_state(request).log_writer(),
        ground_confirmed=None if ground not in ("yes", "no") else ground == "yes",
    )
    if isinstance(outcome, GatewayError):
        return await _request_page(request, reference, form, outcome)
    return redirect(f"/disclosures/{reference}")
