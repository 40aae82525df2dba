"""Disclosures: prepare, lawful basis, items, redaction review, submit, approve, release."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.api import queries, schemas
from gateway.cases import service as cases
from gateway.cases.models import Case
from gateway.disclosures import service as disclosures
from gateway.disclosures.domain import DisclosureStatus, ItemContent, ItemKind
from gateway.disclosures.lawful_basis import (
    ART6_GUIDANCE,
    SCHEDULE1_TITLES,
    Art6Basis,
    Art9Condition,
    LawfulBasisRecord,
    SpecialCategory,
)
from gateway.http.state import app_state
from gateway.recipients.service import list_recipients
from gateway.web.dpia_pages import dpia_status_lines
from gateway.web.highlight import segments
from gateway.web.rendering import (
    many,
    optional,
    parse_date,
    parse_enum,
    parse_int,
    redirect,
    render,
    text,
)
from gateway.web.session import (
    WebCall,
    web_get,
    web_post,
)

router = APIRouter(include_in_schema=False)


ART9_LABELS = {
    Art9Condition.EXPLICIT_CONSENT: "9(2)(a) explicit consent",
    Art9Condition.EMPLOYMENT_SOCIAL_SECURITY: "9(2)(b) employment and social security",
    Art9Condition.VITAL_INTERESTS: "9(2)(c) vital interests (the person cannot consent)",
    Art9Condition.LEGAL_CLAIMS: "9(2)(f) legal claims",
    Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: "9(2)(g) substantial public interest "
    "(with a Schedule 1 Part 2 paragraph: usually 10 or 18)",
    Art9Condition.HEALTH_OR_SOCIAL_CARE: "9(2)(h) health or social care",
    Art9Condition.PUBLIC_HEALTH: "9(2)(i) public health",
    Art9Condition.ARCHIVING_RESEARCH: "9(2)(j) archiving and research",
}
ART6_LABELS = {
    Art6Basis.CONSENT: "6(1)(a) Consent",
    Art6Basis.CONTRACT: "6(1)(b) Contract",
    Art6Basis.LEGAL_OBLIGATION: "6(1)(c) Legal obligation",
    Art6Basis.VITAL_INTERESTS: "6(1)(d) Vital interests",
    Art6Basis.PUBLIC_TASK: "6(1)(e) Public task",
    Art6Basis.LEGITIMATE_INTERESTS: "6(1)(f) Legitimate interests",
}



# --- disclosures ------------------------------------------------------------------------------


@router.get("/cases/{reference}/disclosures/new")
async def disclosure_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        case = cases.get_case(s, call.actor, reference)
        recipients = [r for r in list_recipients(s, call.actor) if r.active]
        return render(
            request,
            "disclosure_new.html",
            call,
            case=queries.case_out(s, case),
            recipients=recipients,
        )

    return await web_get(request, work)


@router.post("/cases/{reference}/disclosures")
async def create_disclosure(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        created = disclosures.create_request(
            s,
            call.actor,
            case_reference=reference,
            recipient_reference=text(form, "recipient"),
            purpose=text(form, "purpose"),
            rpc_discussion_reference=optional(form, "rpc_reference"),
        )
        return redirect(f"/disclosures/{created.reference}/lawful-basis")

    return await web_post(request, work)


@router.get("/disclosures")
async def disclosure_list(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        rows = [queries.disclosure_summary(s, r) for r in disclosures.list_requests(s, call.actor)]
        return render(request, "disclosures.html", call, disclosures=rows)

    return await web_get(request, work)


@router.get("/disclosures/{reference}")
async def disclosure_page(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        return render(
            request,
            "disclosure.html",
            call,
            d=queries.disclosure_out(s, row),
            Status=DisclosureStatus,
            released=request.query_params.get("released"),
        )

    return await web_get(request, work)


@router.get("/disclosures/{reference}/lawful-basis")
async def lawful_basis_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        return render(
            request,
            "lawful_basis.html",
            call,
            d=queries.disclosure_out(s, row),
            record=disclosures.lawful_basis_of(row),
            art6=[(b, ART6_LABELS[b], ART6_GUIDANCE[b]) for b in Art6Basis],
            art9=list(ART9_LABELS.items()),
            schedule1=sorted(SCHEDULE1_TITLES.items()),
        )

    return await web_get(request, work)


@router.post("/disclosures/{reference}/lawful-basis")
async def set_lawful_basis(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        art6 = text(form, "art6_basis")
        art9 = text(form, "art9_condition")
        informed = text(form, "subject_informed") == "yes"
        record = LawfulBasisRecord(
            art6_basis=parse_enum(Art6Basis, art6, "an Article 6 basis") if art6 else None,
            necessity=text(form, "necessity"),
            proportionality=text(form, "proportionality"),
            clear_and_compelling=text(form, "clear_and_compelling"),
            art9_condition=parse_enum(Art9Condition, art9, "an Article 9 condition")
            if art9
            else None,
            schedule1_paragraph=parse_int(
                text(form, "schedule1_paragraph"), "The Schedule 1 paragraph"
            ),
            art10_paragraph=parse_int(text(form, "art10_paragraph"), "The Article 10 paragraph"),
            appropriate_policy_document=optional(form, "appropriate_policy_document"),
            apd_review_date=parse_date(form, "apd_review_date", "The policy document review date"),
            at_risk_justification=optional(form, "at_risk_justification"),
            consent_not_sought_reason=optional(form, "consent_not_sought_reason"),
            consent_prejudice_reason=optional(form, "consent_prejudice_reason"),
            subject_informed=informed,
            subject_not_informed_reason=None
            if informed
            else optional(form, "subject_not_informed_reason"),
            relies_on_sch2_para2=text(form, "relies_on_sch2_para2") == "yes",
        )
        disclosures.set_lawful_basis(s, call.actor, reference, record)
        return redirect(f"/disclosures/{reference}/items")

    return await web_post(request, work)


@router.get("/disclosures/{reference}/items")
async def items_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        case = cases.get_case(s, call.actor, queries.disclosure_summary(s, row).case_reference)
        detail = queries.case_out(s, case)
        chosen = {i.source_ref for i in row.items if i.source_ref}
        records = [
            (f"concern:{c.id}", f"Concern raised {c.raised_at:%d %B %Y}", c.description)
            for c in detail.concerns
        ]
        records += [
            (f"event:{e.sequence}", f"Chronology {e.occurred_at:%d %B %Y} ({e.kind})", e.summary)
            for e in detail.chronology
        ]
        records += [
            (f"evidence:{e.id}", f"Evidence {e.filename or e.id}", e.description)
            for e in detail.evidence
        ]
        return render(
            request,
            "items.html",
            call,
            d=queries.disclosure_out(s, row),
            records=records,
            chosen=chosen,
            categories=list(SpecialCategory),
            kinds=[k for k in ItemKind if k is not ItemKind.SUBJECT_IDENTITY],
            subject_fields=disclosures.SUBJECT_FIELDS,
        )

    return await web_get(request, work)


@router.post("/disclosures/{reference}/items")
async def add_items(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        actor = call.actor
        row = disclosures.get_request(s, reference)
        existing = {i.source_ref for i in row.items if i.source_ref}
        wanted_fields = many(form, "subject_fields")
        if sorted(wanted_fields) != sorted(row.subject_fields):
            disclosures.set_subject_fields(s, actor, reference, wanted_fields)
        for source in many(form, "include"):
            if source in existing:
                continue
            disclosures.add_case_item(
                s,
                actor,
                reference,
                source,
                special_categories=[
                    parse_enum(SpecialCategory, c, "a special category")
                    for c in many(form, f"special:{source}")
                ],
                criminal_offence=text(form, f"criminal:{source}") == "yes",
            )
        free = text(form, "free_text")
        if free:
            kind = parse_enum(ItemKind, text(form, "free_kind"), "the kind of item")
            disclosures.add_item(
                s,
                actor,
                reference,
                ItemContent(
                    kind=kind,
                    label=text(form, "free_label") or kind.value.replace("_", " "),
                    text=free,
                    special_categories=frozenset(
                        parse_enum(SpecialCategory, c, "a special category")
                        for c in many(form, "free_special")
                    ),
                    criminal_offence=text(form, "free_criminal") == "yes",
                ),
            )
        positions = [parse_int(p, "The item number") for p in many(form, "remove")]
        for number in sorted((p for p in positions if p is not None), reverse=True):
            disclosures.remove_item(s, actor, reference, number)
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/redact")
async def redact(request: Request, reference: str) -> Response:
    from gateway.disclosures.minimise import redact_request

    model = app_state(request).ctx.settings.nlp_model

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        redact_request(s, call.actor, reference, model_name=model)
        return redirect(f"/disclosures/{reference}/review")

    return await web_post(request, work)


@router.get("/disclosures/{reference}/review")
async def review_form(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        d = queries.disclosure_out(s, row)
        marked = {
            item.position: segments(item.original_text, [dict(f) for f in item.findings])
            for item in row.items
        }
        return render(request, "review.html", call, d=d, marked=marked)

    return await web_get(request, work)


@router.post("/disclosures/{reference}/review")
async def review(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        row = disclosures.get_request(s, reference)
        plan: list[tuple[int, int, bool, str]] = []
        for item in row.items:
            for index, finding in enumerate(item.findings):
                choice = text(form, f"decision:{item.position}:{index}")
                if choice not in ("accept", "reject"):
                    continue
                justification = text(form, f"justification:{item.position}:{index}")
                wanted = "accepted" if choice == "accept" else "rejected"
                if finding.get("review") == wanted and (
                    (finding.get("review_justification") or "") == justification
                ):
                    continue
                plan.append((item.position, index, choice == "accept", justification))
        for position, index, accept, justification in plan:
            disclosures.review_finding(
                s,
                call.actor,
                reference,
                item_position=position,
                finding_index=index,
                accept=accept,
                justification=justification,
            )
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/submit")
async def submit(request: Request, reference: str) -> Response:
    settings = app_state(request).ctx.settings

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.submit(s, call.actor, reference, settings)
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.get("/disclosures/{reference}/approval")
async def approval_page(request: Request, reference: str) -> Response:
    from gateway.disclosures.flows import lawful_basis_lines
    from gateway.disclosures.minimise import rejected_redactions

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        row = disclosures.read_request(s, call.actor, reference)
        d = queries.disclosure_out(s, row)
        removed = [
            (item.position, f)
            for item in d.items
            for f in item.findings
            if f.action == "redacted" and f.review != "rejected"
        ]
        rejected = [
            (position, schemas.finding_out(0, "", f), f) for position, f in rejected_redactions(row)
        ]
        rejected_view = []
        for position, _unused, raw in rejected:
            item = next(i for i in row.items if i.position == position)
            start, end = int(str(raw.get("start", 0))), int(str(raw.get("end", 0)))
            rejected_view.append(
                {
                    "position": position,
                    "text": item.original_text[start:end],
                    "entity_type": raw.get("entity_type"),
                    "justification": raw.get("review_justification"),
                    "reviewed_by": raw.get("reviewed_by"),
                }
            )
        in_force, dpia_lines = dpia_status_lines(s, row.processing_activity)
        case = queries.disclosure_summary(s, row)
        subject = s.get(Case, row.case_id)
        return render(
            request,
            "approval.html",
            call,
            d=d,
            case_reference=case.case_reference,
            subject_name=subject.subject_name if subject else "",
            basis_lines=lawful_basis_lines(disclosures.lawful_basis_of(row)),
            removed=removed,
            rejected=rejected_view,
            dpia_in_force=in_force,
            dpia_lines=dpia_lines,
            Status=DisclosureStatus,
        )

    return await web_get(request, work)


@router.post("/disclosures/{reference}/approve")
async def approve(request: Request, reference: str) -> Response:
    settings = app_state(request).ctx.settings

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.approve(s, call.actor, reference, settings, optional(form, "note"))
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/refuse")
async def refuse(request: Request, reference: str) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.refuse(s, call.actor, reference, text(form, "reason"), state.log_writer())
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/release")
async def release(request: Request, reference: str) -> Response:
    from gateway.disclosures.flows import release as do_release
    from gateway.disclosures.flows import write_package_file

    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Any:
        assert call.actor is not None
        done = do_release(
            s,
            call.actor,
            reference,
            settings=state.ctx.settings,
            keyring=state.ctx.keyring,
            log=state.log_writer(),
            emergency=text(form, "emergency") == "yes",
        )
        row = disclosures.get_request(s, reference)
        assert row.package is not None
        return done, bytes(row.package.content)

    done, content = await web_post(request, work)
    # A copy for the data directory, written only after the release committed.
    await run_in_threadpool(
        write_package_file, state.ctx.settings.packages_dir, done.filename, content
    )
    return redirect(f"/disclosures/{reference}?released={done.log_index}")


@router.post("/disclosures/{reference}/emergency-authorise")
async def emergency_authorise(request: Request, reference: str) -> Response:
    settings = app_state(request).ctx.settings

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.authorise_emergency(s, call.actor, reference, text(form, "reason"), settings)
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)


@router.post("/disclosures/{reference}/emergency-review")
async def emergency_review(request: Request, reference: str) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        disclosures.review_emergency(
            s,
            call.actor,
            reference,
            upheld=text(form, "upheld") == "yes",
            notes=text(form, "notes"),
            log=state.log_writer(),
        )
        return redirect(f"/disclosures/{reference}")

    return await web_post(request, work)
