"""What the doors show of accounts: the account list, who is signed in, the start page."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from gateway.apd.views import PolicyDocumentSummary
from gateway.audit.views import LogAlarmView
from gateway.breaches.views import BreachLine
from gateway.cases.views import CaseQueueView, DecisionToConfirmView, ReviewDueView
from gateway.complaints.views import ComplaintSummary
from gateway.corrections.views import CorrectionSummary
from gateway.disclosures.views import DisclosureSummary
from gateway.dpias.views import DPIAAlertView, DPIAStatusView
from gateway.requests.views import RequestSummary
from gateway.users.domain import Role, staff_id_confirmed
from gateway.users.models import User


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class UserView(View):
    username: str = Field(description="The account's username (what the person signs in with).")
    display_name: str = Field(description="The person's name.")
    staff_id: str = Field(
        description="The staff identifier of the person the account belongs to: accounts with "
        "one staff identifier are one person for separation of duties."
    )
    staff_id_confirmed: bool = Field(
        description="False while the account has the placeholder (account:<username>) given to "
        "accounts made before staff identifiers were recorded."
    )
    role: Role = Field(description="The account's role, as a code.")
    role_label: str = Field(description="The account's role, in words.")
    active: bool = Field(description="Whether the account may sign in and act.")
    totp_enrolled: bool = Field(description="Whether a second factor (TOTP) is enrolled.")

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(
            username=user.username,
            display_name=user.display_name,
            staff_id=user.staff_id,
            staff_id_confirmed=staff_id_confirmed(user.staff_id),
            role=user.role,
            role_label=user.role.label,
            active=user.active,
            totp_enrolled=bool(user.totp_secret),
        )


class MeView(UserView):
    """Who is acting, and what their role may do."""

    permissions: list[str] = Field(
        description="Every action the role may take, as codes (e.g. case.read)."
    )


class OpenSarLine(View):
    """An open subject access request: no personal data beyond its reference."""

    reference: str = Field(description="The request's reference.")
    received_on: date = Field(description="The day the request was received.")
    due_on: date = Field(
        description="The day the answer is due: one month after receipt, three if extended, "
        "moved on by the days the clock was stopped."
    )
    extended: bool = Field(description="Whether the deadline was extended.")
    days_left: int = Field(description="Days to the deadline (negative when overdue).")
    overdue: bool = Field(description="Open, the clock running, and past its deadline.")
    paused: bool = Field(
        description="Whether the clock is stopped, waiting for the requester (UK GDPR Art 12A)."
    )
    identity_verified: bool = Field(
        description="Whether the requester's identity has been confirmed and recorded."
    )
    items: int = Field(description="How many records were found.")
    pending: int = Field(description="How many records still have no decision.")


class HomeView(View):
    """The start page: only the panels the person's role may see."""

    reviews_due: list[ReviewDueView] = Field(
        description="Cases whose internal-action review date has come."
    )
    awaiting_approval: list[DisclosureSummary] = Field(
        description="Disclosures waiting for the DPO's approval."
    )
    emergency_reviews: list[DisclosureSummary] = Field(
        description="Emergency releases waiting for the DPO's retrospective review."
    )
    show_reviews: bool = Field(description="Whether the role sees the reviews panel.")
    show_disclosures: bool = Field(description="Whether the role sees the disclosure panels.")
    open_sars: list[OpenSarLine] | None = Field(
        description="Open subject access requests; none where the role does not handle them."
    )
    breach_clocks: list[BreachLine] | None = Field(
        default=None,
        description="Breaches still waiting for the decision on notifying the ICO, each with its "
        "72-hour clock from discovery; none where the role does not manage breaches.",
    )
    complaints: list[ComplaintSummary] | None = Field(
        default=None,
        description="Open complaints with the day each must be acknowledged by (overdue "
        "flagged); none where the role does not handle complaints.",
    )
    corrections_to_tell: list[CorrectionSummary] | None = Field(
        default=None,
        description="Corrections whose recipients are not all told yet; none where the role "
        "does not read disclosures.",
    )
    open_requests: list[RequestSummary] | None = Field(
        default=None,
        description="Requests from a Channel panel or the police not yet answered or refused, "
        "with their deadlines; none where the role does not read them.",
    )
    log_alarm: LogAlarmView | None = Field(
        default=None,
        description="An alarm about the sharing log, shown to every role until an administrator "
        "resolves it.",
    )
    dpia_alerts: list[DPIAAlertView] | None = Field(
        default=None,
        description="Cases opened while recording concerns had no approved, in-date DPIA, not "
        "yet acknowledged; none where the role does not advise on DPIAs (the DPO's panel).",
    )
    case_queue: CaseQueueView | None = Field(
        default=None,
        description="New concerns, cases to decide and decisions awaiting the SMT's "
        "confirmation; none where the role does not manage cases.",
    )
    to_confirm: list[DecisionToConfirmView] | None = Field(
        default=None,
        description="Decisions naming this SMT member that they have not confirmed; none for "
        "other roles.",
    )
    my_disclosures: list[DisclosureSummary] | None = Field(
        default=None,
        description="Disclosures to release, fix or finish: approved (ready to release), refused, "
        "and drafts (including those returned to draft); none where the role does not prepare "
        "them.",
    )
    dpia_due: list[DPIAStatusView] | None = Field(
        default=None,
        description="DPIAs not in force or with a review due or close; none where the role does "
        "not edit, advise on or approve DPIAs.",
    )
    policy_documents_due: list[PolicyDocumentSummary] | None = Field(
        default=None,
        description="Appropriate policy documents overdue for review or due within 30 days (a "
        "disclosure may not rely on one overdue); none where the role does not keep the "
        "register.",
    )
