"""The route -> action table: every route the app serves, and what it needs. Deny by default.

A route that is not listed here is refused for everyone (and fails tests/test_authz_matrix.py).
What each role may do is decided only by ``gateway.users.domain.PERMISSIONS``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from fastapi import Request

from gateway.actor import Actor
from gateway.auth.errors import AuthenticationFailed
from gateway.errors import NotPermitted
from gateway.users.domain import Action


class Access(StrEnum):
    PUBLIC = "public"  # sign-in page, health, static files, API documentation
    SIGNED_IN = "signed_in"  # any signed-in account, about itself only (account page, tokens)


Rule = Action | Access

A = Action
API = "/api/v1"

ROUTE_ACTIONS: dict[tuple[str, str], Rule] = {
    # --- API: account
    ("GET", f"{API}/me"): Access.SIGNED_IN,
    # --- API: concerns and cases
    ("POST", f"{API}/concerns"): A.CONCERN_RAISE,
    ("GET", f"{API}/concerns/mine"): A.CONCERN_READ_OWN,
    ("GET", f"{API}/cases"): A.CASE_READ,
    ("GET", f"{API}/cases/reviews-due"): A.CASE_READ,
    ("GET", f"{API}/cases/{{reference}}"): A.CASE_READ,
    ("GET", f"{API}/cases/{{reference}}/people-found"): A.CASE_READ,
    ("POST", f"{API}/cases/{{reference}}/decisions"): A.CASE_DECIDE,
    ("POST", f"{API}/cases/{{reference}}/notes"): A.CASE_MANAGE,
    ("POST", f"{API}/cases/{{reference}}/rpc-discussions"): A.CASE_MANAGE,
    ("POST", f"{API}/cases/{{reference}}/people"): A.CASE_MANAGE,
    ("POST", f"{API}/cases/{{reference}}/evidence"): A.CASE_MANAGE,
    ("POST", f"{API}/cases/{{reference}}/close"): A.CASE_MANAGE,
    ("POST", f"{API}/cases/{{reference}}/decisions/{{number}}/confirm"): A.CASE_DECIDE_AS_SMT,
    ("POST", f"{API}/cases/{{reference}}/non-disclosures"): A.NON_DISCLOSURE_RECORD,
    # --- API: restriction and objection
    ("GET", f"{API}/restrictions"): A.RESTRICTION_RECORD,
    ("POST", f"{API}/cases/{{reference}}/restrictions"): A.RESTRICTION_RECORD,
    ("GET", f"{API}/restrictions/{{reference}}"): A.RESTRICTION_RECORD,
    ("POST", f"{API}/restrictions/{{reference}}/grounds"): A.RESTRICTION_DECIDE,
    ("POST", f"{API}/restrictions/{{reference}}/lift"): A.RESTRICTION_DECIDE,
    # --- API: breaches
    ("GET", f"{API}/breaches"): A.BREACH_READ,
    ("POST", f"{API}/breaches"): A.BREACH_REPORT,
    ("GET", f"{API}/breaches/register.csv"): A.BREACH_READ,
    ("GET", f"{API}/breaches/register.pdf"): A.BREACH_READ,
    ("GET", f"{API}/breaches/{{reference}}"): A.BREACH_READ,
    ("POST", f"{API}/breaches/{{reference}}/assessment"): A.BREACH_MANAGE,
    ("POST", f"{API}/breaches/{{reference}}/decisions"): A.BREACH_MANAGE,
    ("POST", f"{API}/breaches/{{reference}}/recipient"): A.BREACH_MANAGE,
    # --- API: disclosures
    ("GET", f"{API}/disclosures"): A.DISCLOSURE_READ,
    ("GET", f"{API}/disclosures/queue"): A.DISCLOSURE_READ,
    ("POST", f"{API}/disclosures"): A.DISCLOSURE_PREPARE,
    ("GET", f"{API}/disclosures/{{reference}}"): A.DISCLOSURE_READ,
    ("GET", f"{API}/disclosures/{{reference}}/approval"): A.DISCLOSURE_READ,
    ("PUT", f"{API}/disclosures/{{reference}}/lawful-basis"): A.DISCLOSURE_PREPARE,
    ("PUT", f"{API}/disclosures/{{reference}}/subject-fields"): A.DISCLOSURE_PREPARE,
    ("PUT", f"{API}/disclosures/{{reference}}/referrer-contact"): A.DISCLOSURE_PREPARE,
    ("POST", f"{API}/disclosures/{{reference}}/items"): A.DISCLOSURE_PREPARE,
    ("DELETE", f"{API}/disclosures/{{reference}}/items/{{position}}"): A.DISCLOSURE_PREPARE,
    ("PATCH", f"{API}/disclosures/{{reference}}/items/{{position}}"): A.DISCLOSURE_PREPARE,
    ("POST", f"{API}/disclosures/{{reference}}/findings/accept"): A.DISCLOSURE_PREPARE,
    ("POST", f"{API}/disclosures/{{reference}}/redact"): A.DISCLOSURE_PREPARE,
    (
        "POST",
        f"{API}/disclosures/{{reference}}/items/{{position}}/findings/{{index}}/review",
    ): A.DISCLOSURE_PREPARE,
    ("POST", f"{API}/disclosures/{{reference}}/submit"): A.DISCLOSURE_PREPARE,
    ("POST", f"{API}/disclosures/{{reference}}/withdraw"): A.DISCLOSURE_PREPARE,
    ("POST", f"{API}/disclosures/{{reference}}/approve"): A.DISCLOSURE_APPROVE,
    ("POST", f"{API}/disclosures/{{reference}}/refuse"): A.DISCLOSURE_APPROVE,
    ("POST", f"{API}/disclosures/{{reference}}/emergency-authorise"): A.EMERGENCY_AUTHORISE,
    ("POST", f"{API}/disclosures/{{reference}}/release"): A.DISCLOSURE_RELEASE,
    ("GET", f"{API}/disclosures/{{reference}}/package"): A.DISCLOSURE_RELEASE,
    ("POST", f"{API}/disclosures/{{reference}}/emergency-review"): A.EMERGENCY_REVIEW,
    # --- API: corrections, requests from Channel and the police, complaints
    ("POST", f"{API}/cases/{{reference}}/corrections"): A.CASE_CORRECT,
    ("GET", f"{API}/corrections"): A.DISCLOSURE_READ,
    ("GET", f"{API}/corrections/{{reference}}"): A.DISCLOSURE_READ,
    ("GET", f"{API}/requests"): A.REQUEST_READ,
    ("POST", f"{API}/requests"): A.REQUEST_MANAGE,
    ("GET", f"{API}/requests/{{reference}}"): A.REQUEST_READ,
    ("POST", f"{API}/requests/{{reference}}/answer"): A.REQUEST_MANAGE,
    ("POST", f"{API}/requests/{{reference}}/refuse"): A.REQUEST_MANAGE,
    ("GET", f"{API}/complaints"): A.COMPLAINT_HANDLE,
    ("POST", f"{API}/complaints"): A.COMPLAINT_HANDLE,
    ("GET", f"{API}/complaints/{{reference}}"): A.COMPLAINT_HANDLE,
    ("POST", f"{API}/complaints/{{reference}}/acknowledge"): A.COMPLAINT_HANDLE,
    ("POST", f"{API}/complaints/{{reference}}/close"): A.COMPLAINT_HANDLE,
    # --- API: administration
    ("GET", f"{API}/recipients"): A.RECIPIENTS_READ,
    ("POST", f"{API}/recipients"): A.RECIPIENTS_MANAGE,
    ("POST", f"{API}/recipients/{{reference}}/active"): A.RECIPIENTS_MANAGE,
    ("GET", f"{API}/users"): A.USERS_MANAGE,
    ("POST", f"{API}/users"): A.USERS_MANAGE,
    ("POST", f"{API}/users/{{username}}/active"): A.USERS_MANAGE,
    ("POST", f"{API}/users/{{username}}/staff-id"): A.USERS_MANAGE,
    # --- API: audit
    ("GET", f"{API}/log/checkpoint"): A.LOG_READ,
    ("GET", f"{API}/log/entries"): A.LOG_READ,
    ("POST", f"{API}/log/verify"): A.LOG_READ,
    ("GET", f"{API}/log/export"): A.LOG_READ,
    ("GET", f"{API}/access-log"): A.ACCESS_LOG_READ,
    ("GET", f"{API}/access-log/refusals"): A.ACCESS_LOG_READ,
    ("POST", f"{API}/access-log/verify"): A.ACCESS_LOG_READ,
    ("GET", f"{API}/reports/annual"): A.REPORT_READ,
    ("GET", f"{API}/reports/ofs"): A.REPORT_READ,
    ("GET", f"{API}/reports/ropa"): A.REPORT_READ,
    # --- API: retention (gateway.retention.use_cases checks the same actions)
    ("GET", f"{API}/retention/plan"): A.RETENTION_READ,
    ("POST", f"{API}/retention/dry-run"): A.RETENTION_READ,
    ("POST", f"{API}/retention/runs"): A.RETENTION_DISPOSE,
    ("GET", f"{API}/retention/certificates"): A.RETENTION_READ,
    ("GET", f"{API}/retention/certificates/{{reference}}/pdf"): A.RETENTION_READ,
    ("GET", f"{API}/retention/holds"): A.RETENTION_READ,
    ("POST", f"{API}/retention/holds"): A.RETENTION_HOLD,
    ("POST", f"{API}/retention/holds/{{reference}}/release"): A.RETENTION_HOLD,
    ("GET", f"{API}/retention/complaints"): A.RETENTION_READ,
    ("POST", f"{API}/retention/student-departures"): A.RETENTION_HOLD,
    # --- API: subject access requests
    ("GET", f"{API}/sars"): A.SAR_READ,
    ("POST", f"{API}/sars"): A.SAR_HANDLE,
    ("GET", f"{API}/sars/{{reference}}"): A.SAR_HANDLE,
    ("GET", f"{API}/sars/{{reference}}/items/{{position}}"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/items/{{position}}/decision"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/identity"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/pause"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/resume"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/third-parties/{{position}}/decision"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/pairs/{{withheld}}/{{revealing}}"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/extend"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/refresh"): A.SAR_HANDLE,
    ("POST", f"{API}/sars/{{reference}}/export"): A.SAR_HANDLE,
    # --- API: DPIAs
    ("GET", f"{API}/dpias/alerts"): A.DPIA_READ,
    ("POST", f"{API}/dpias/alerts/{{alert_id}}/acknowledge"): A.DPIA_ADVISE,
    ("GET", f"{API}/dpias"): A.DPIA_READ,
    ("POST", f"{API}/dpias"): A.DPIA_EDIT,
    ("GET", f"{API}/dpias/{{activity}}"): A.DPIA_READ,
    ("PATCH", f"{API}/dpias/{{activity}}"): A.DPIA_EDIT,
    ("GET", f"{API}/dpias/{{activity}}/status"): A.DPIA_READ,
    ("GET", f"{API}/dpias/{{activity}}/versions/{{version}}"): A.DPIA_READ,
    ("GET", f"{API}/dpias/{{activity}}/compare"): A.DPIA_READ,
    ("GET", f"{API}/dpias/{{activity}}/pdf"): A.DPIA_READ,
    ("POST", f"{API}/dpias/{{activity}}/submit"): A.DPIA_EDIT,
    ("POST", f"{API}/dpias/{{activity}}/return"): A.DPIA_EDIT,
    ("POST", f"{API}/dpias/{{activity}}/advice"): A.DPIA_ADVISE,
    ("POST", f"{API}/dpias/{{activity}}/ico-consultation"): A.DPIA_EDIT,
    ("POST", f"{API}/dpias/{{activity}}/approve"): A.DPIA_APPROVE,
    # --- API: appropriate policy documents
    ("GET", f"{API}/policy-documents"): A.APD_READ,
    ("GET", f"{API}/policy-documents/{{reference}}"): A.APD_READ,
    ("POST", f"{API}/policy-documents"): A.APD_MANAGE,
    ("POST", f"{API}/policy-documents/{{reference}}/reviews"): A.APD_MANAGE,
    # --- API: training records
    ("GET", f"{API}/training"): A.REPORT_READ,
    ("GET", f"{API}/training/due"): A.REPORT_READ,
    ("GET", f"{API}/training/compliance"): A.REPORT_READ,
    ("POST", f"{API}/training/completions"): A.TRAINING_MANAGE,
    ("POST", f"{API}/training/staff"): A.TRAINING_MANAGE,
    ("POST", f"{API}/training/staff/{{staff_id}}/leave"): A.TRAINING_MANAGE,
    # --- public
    ("GET", "/healthz"): Access.PUBLIC,
    ("GET", "/openapi.json"): Access.PUBLIC,
    ("GET", "/docs"): Access.PUBLIC,
    ("GET", "/redoc"): Access.PUBLIC,
    ("GET", "/docs-assets"): Access.PUBLIC,
    ("GET", "/docs-assets/own"): Access.PUBLIC,
    ("GET", "/static"): Access.PUBLIC,
    ("GET", "/login"): Access.PUBLIC,
    ("POST", "/login"): Access.PUBLIC,
    # --- web pages
    ("POST", "/logout"): Access.SIGNED_IN,
    ("GET", "/"): Access.SIGNED_IN,
    ("GET", "/account"): Access.SIGNED_IN,
    ("POST", "/account/tokens"): Access.SIGNED_IN,
    ("POST", "/account/tokens/{token_id}/revoke"): Access.SIGNED_IN,
    ("GET", "/concerns/new"): A.CONCERN_RAISE,
    ("POST", "/concerns"): A.CONCERN_RAISE,
    ("GET", "/concerns/mine"): A.CONCERN_READ_OWN,
    ("GET", "/cases"): A.CASE_READ,
    ("GET", "/cases/{reference}"): A.CASE_READ,
    ("GET", "/cases/{reference}/decide"): A.CASE_DECIDE,
    ("POST", "/cases/{reference}/decide"): A.CASE_DECIDE,
    ("POST", "/cases/{reference}/notes"): A.CASE_MANAGE,
    ("POST", "/cases/{reference}/rpc-discussions"): A.CASE_MANAGE,
    ("POST", "/cases/{reference}/people"): A.CASE_MANAGE,
    ("POST", "/cases/{reference}/evidence"): A.CASE_MANAGE,
    ("POST", "/cases/{reference}/close"): A.CASE_MANAGE,
    ("POST", "/cases/{reference}/decisions/{number}/confirm"): A.CASE_DECIDE_AS_SMT,
    ("POST", "/cases/{reference}/non-disclosures"): A.NON_DISCLOSURE_RECORD,
    ("GET", "/cases/{reference}/disclosures/new"): A.DISCLOSURE_PREPARE,
    ("POST", "/cases/{reference}/disclosures"): A.DISCLOSURE_PREPARE,
    ("GET", "/disclosures"): A.DISCLOSURE_READ,
    ("GET", "/disclosures/{reference}"): A.DISCLOSURE_READ,
    ("GET", "/disclosures/{reference}/lawful-basis"): A.DISCLOSURE_PREPARE,
    ("POST", "/disclosures/{reference}/lawful-basis"): A.DISCLOSURE_PREPARE,
    ("POST", "/disclosures/{reference}/referrer-contact"): A.DISCLOSURE_PREPARE,
    ("GET", "/disclosures/{reference}/items"): A.DISCLOSURE_PREPARE,
    ("POST", "/disclosures/{reference}/items"): A.DISCLOSURE_PREPARE,
    ("GET", "/disclosures/{reference}/items/{position}/edit"): A.DISCLOSURE_PREPARE,
    ("POST", "/disclosures/{reference}/items/{position}/edit"): A.DISCLOSURE_PREPARE,
    ("POST", "/disclosures/{reference}/redact"): A.DISCLOSURE_PREPARE,
    ("GET", "/disclosures/{reference}/review"): A.DISCLOSURE_PREPARE,
    ("GET", "/disclosures/{reference}/items/{position}/file/{version}/{page}.png"): (
        A.DISCLOSURE_READ
    ),
    ("POST", "/disclosures/{reference}/review"): A.DISCLOSURE_PREPARE,
    ("POST", "/disclosures/{reference}/submit"): A.DISCLOSURE_PREPARE,
    ("POST", "/disclosures/{reference}/withdraw"): A.DISCLOSURE_PREPARE,
    ("GET", "/disclosures/{reference}/handover"): A.DISCLOSURE_RELEASE,
    ("GET", "/disclosures/{reference}/package"): A.DISCLOSURE_RELEASE,
    ("GET", "/disclosures/{reference}/approval"): A.DISCLOSURE_APPROVE,
    ("POST", "/disclosures/{reference}/approve"): A.DISCLOSURE_APPROVE,
    ("POST", "/disclosures/{reference}/refuse"): A.DISCLOSURE_APPROVE,
    ("GET", "/disclosures/{reference}/release"): A.DISCLOSURE_RELEASE,
    ("POST", "/disclosures/{reference}/release"): A.DISCLOSURE_RELEASE,
    ("POST", "/disclosures/{reference}/emergency-authorise"): A.EMERGENCY_AUTHORISE,
    ("POST", "/disclosures/{reference}/emergency-review"): A.EMERGENCY_REVIEW,
    ("POST", "/dpia-alerts/{alert_id}/acknowledge"): A.DPIA_ADVISE,
    ("GET", "/cases/{reference}/correct"): A.CASE_CORRECT,
    ("POST", "/cases/{reference}/corrections"): A.CASE_CORRECT,
    ("GET", "/corrections"): A.DISCLOSURE_READ,
    ("GET", "/corrections/{reference}"): A.DISCLOSURE_READ,
    ("GET", "/requests"): A.REQUEST_READ,
    ("POST", "/requests"): A.REQUEST_MANAGE,
    ("GET", "/requests/{reference}"): A.REQUEST_READ,
    ("POST", "/requests/{reference}/answer"): A.REQUEST_MANAGE,
    ("POST", "/requests/{reference}/refuse"): A.REQUEST_MANAGE,
    ("GET", "/complaints"): A.COMPLAINT_HANDLE,
    ("POST", "/complaints"): A.COMPLAINT_HANDLE,
    ("GET", "/complaints/{reference}"): A.COMPLAINT_HANDLE,
    ("POST", "/complaints/{reference}/acknowledge"): A.COMPLAINT_HANDLE,
    ("POST", "/complaints/{reference}/close"): A.COMPLAINT_HANDLE,
    ("GET", "/dpia"): A.DPIA_READ,
    ("GET", "/dpia/{activity}/pdf"): A.DPIA_READ,
    ("POST", "/dpia"): A.DPIA_EDIT,
    ("GET", "/dpia/{activity}"): A.DPIA_READ,
    ("GET", "/dpia/{activity}/compare"): A.DPIA_READ,
    ("GET", "/dpia/{activity}/edit"): A.DPIA_EDIT,
    ("POST", "/dpia/{activity}/edit"): A.DPIA_EDIT,
    ("POST", "/dpia/{activity}/submit"): A.DPIA_EDIT,
    ("POST", "/dpia/{activity}/advice"): A.DPIA_ADVISE,
    ("POST", "/dpia/{activity}/approve"): A.DPIA_APPROVE,
    ("POST", "/dpia/{activity}/return"): A.DPIA_EDIT,
    ("POST", "/dpia/{activity}/ico-consultation"): A.DPIA_EDIT,
    ("GET", "/retention"): A.RETENTION_READ,
    ("GET", "/retention/run"): A.RETENTION_READ,
    ("POST", "/retention/run"): A.RETENTION_DISPOSE,
    ("GET", "/retention/certificates/{reference}/pdf"): A.RETENTION_READ,
    ("POST", "/retention/holds"): A.RETENTION_HOLD,
    ("POST", "/retention/holds/{reference}/release"): A.RETENTION_HOLD,
    ("POST", "/retention/student-left"): A.RETENTION_HOLD,
    ("GET", "/sar"): A.SAR_READ,
    ("POST", "/sar"): A.SAR_HANDLE,
    ("GET", "/sar/{reference}"): A.SAR_HANDLE,
    ("GET", "/sar/{reference}/items/{position}"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/items/{position}/decision"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/identity"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/pause"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/resume"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/third-parties/{position}/decision"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/pairs/{withheld}/{revealing}"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/extend"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/refresh"): A.SAR_HANDLE,
    ("POST", "/sar/{reference}/export"): A.SAR_HANDLE,
    ("GET", "/policy-documents"): A.APD_READ,
    ("GET", "/policy-documents/new"): A.APD_MANAGE,
    ("POST", "/policy-documents"): A.APD_MANAGE,
    ("GET", "/policy-documents/{reference}"): A.APD_READ,
    ("GET", "/policy-documents/{reference}/review"): A.APD_MANAGE,
    ("POST", "/policy-documents/{reference}/review"): A.APD_MANAGE,
    ("GET", "/training"): A.REPORT_READ,
    ("POST", "/training/completions"): A.TRAINING_MANAGE,
    ("POST", "/training/staff"): A.TRAINING_MANAGE,
    ("POST", "/training/staff/{staff_id}/leave"): A.TRAINING_MANAGE,
    ("GET", "/reports"): A.REPORT_READ,
    ("GET", "/reports/annual.csv"): A.REPORT_READ,
    ("GET", "/reports/annual.pdf"): A.REPORT_READ,
    ("GET", "/reports/ofs"): A.REPORT_READ,
    ("GET", "/reports/ropa"): A.REPORT_READ,
    ("GET", "/admin/users"): A.USERS_MANAGE,
    ("POST", "/admin/users"): A.USERS_MANAGE,
    ("POST", "/admin/users/{username}/active"): A.USERS_MANAGE,
    ("POST", "/admin/users/{username}/staff-id"): A.USERS_MANAGE,
    ("GET", "/admin/users/{username}"): A.USERS_MANAGE,
    ("POST", "/admin/users/{username}/password"): A.USERS_MANAGE,
    ("POST", "/admin/users/{username}/second-factor"): A.USERS_MANAGE,
    ("POST", "/admin/users/{username}/tokens"): A.USERS_MANAGE,
    ("GET", "/admin/recipients"): A.RECIPIENTS_READ,
    ("POST", "/admin/recipients"): A.RECIPIENTS_MANAGE,
    ("POST", "/admin/recipients/{reference}/active"): A.RECIPIENTS_MANAGE,
    ("GET", "/audit/log"): A.LOG_READ,
    ("POST", "/audit/log/verify"): A.LOG_READ,
    ("GET", "/audit/log/export"): A.LOG_READ,
    ("GET", "/audit/access-log"): A.ACCESS_LOG_READ,
    ("POST", "/audit/access-log/seal"): A.ACCESS_LOG_SEAL,
    ("POST", "/audit/log/alarm/resolve"): A.LOG_RESOLVE,
    ("GET", "/audit/refusals"): A.ACCESS_LOG_READ,
    ("GET", "/restrictions"): A.RESTRICTION_RECORD,
    ("POST", "/restrictions"): A.RESTRICTION_RECORD,
    ("GET", "/restrictions/{reference}"): A.RESTRICTION_RECORD,
    ("POST", "/restrictions/{reference}/grounds"): A.RESTRICTION_DECIDE,
    ("POST", "/restrictions/{reference}/lift"): A.RESTRICTION_DECIDE,
    ("GET", "/breaches"): A.BREACH_READ,
    ("GET", "/breaches/new"): A.BREACH_REPORT,
    ("POST", "/breaches"): A.BREACH_REPORT,
    ("GET", "/breaches/register.csv"): A.BREACH_READ,
    ("GET", "/breaches/register.pdf"): A.BREACH_READ,
    ("GET", "/breaches/{reference}"): A.BREACH_READ,
    ("POST", "/breaches/{reference}/assessment"): A.BREACH_MANAGE,
    ("POST", "/breaches/{reference}/decisions"): A.BREACH_MANAGE,
    ("POST", "/breaches/{reference}/recipient"): A.BREACH_MANAGE,
}


def rule_for(method: str, path: str) -> Rule | None:
    return ROUTE_ACTIONS.get((method.upper(), path))


API_PREFIX = "/api/v1"


def route_template(request: Request) -> str:
    """The path template of the route serving this request, e.g. /api/v1/cases/{reference}.

    Recent FastAPI versions give the route as declared in its router, without the prefix the
    router was included under; every API router is included under API_PREFIX.
    """
    route = request.scope.get("route")
    path = getattr(route, "path", None)
    if path is None:
        return request.url.path
    template = str(path)
    if request.url.path.startswith(API_PREFIX + "/") and not template.startswith(API_PREFIX + "/"):
        template = API_PREFIX + template
    return template


def iter_route_templates(routes: list[Any], prefix: str = "") -> list[tuple[str, str]]:
    """Every (method, path template) the app serves, through included routers and mounts."""
    out: list[tuple[str, str]] = []
    for route in routes:
        original = getattr(route, "original_router", None)
        if original is not None:
            context = getattr(route, "include_context", None)
            inner = prefix + str(getattr(context, "prefix", "") or "")
            out.extend(iter_route_templates(list(original.routes), inner))
            continue
        path = getattr(route, "path", None)
        if path is None:
            continue
        methods = getattr(route, "methods", None)
        if methods is None:  # a mount (static files): GET only
            out.append(("GET", prefix + str(path)))
            continue
        for method in sorted(methods):
            if method != "HEAD":
                out.append((method, prefix + str(path)))
    return out


def authorise(request: Request, actor: Actor | None) -> None:
    """Deny by default: the route must be in ROUTE_ACTIONS and the actor's role must allow it."""
    method = "GET" if request.method == "HEAD" else request.method
    rule = rule_for(method, route_template(request))
    if rule is None:
        raise NotPermitted(
            "This address is not open to anyone.",
            hint="It has no entry in the access table; report this to an administrator.",
        )
    if rule is Access.PUBLIC:
        return
    if actor is None:
        raise AuthenticationFailed("Sign in first.", hint="Use your username and password.")
    if rule is Access.SIGNED_IN:
        if not actor.user.active:
            raise NotPermitted(f"The account {actor.user.username} is disabled.")
        return
    actor.require(rule)
