"""What the doors show of accounts: the account list, who is signed in, the start page."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from gateway.audit.views import LogAlarmView
from gateway.cases.views import ReviewDueView
from gateway.disclosures.views import DisclosureSummary
from gateway.users.domain import Role
from gateway.users.models import User


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class UserView(View):
    username: str
    display_name: str
    role: Role
    role_label: str
    active: bool
    totp_enrolled: bool

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            role_label=user.role.label,
            active=user.active,
            totp_enrolled=bool(user.totp_secret),
        )


class MeView(UserView):
    """Who is acting, and what their role may do."""

    permissions: list[str]


class OpenSarLine(View):
    """An open subject access request: no personal data beyond its reference."""

    reference: str
    received_on: date
    due_on: date
    extended: bool
    days_left: int
    overdue: bool
    items: int
    pending: int


class HomeView(View):
    """The start page: only the panels the person's role may see."""

    reviews_due: list[ReviewDueView]
    awaiting_approval: list[DisclosureSummary]
    emergency_reviews: list[DisclosureSummary]
    show_reviews: bool
    show_disclosures: bool
    #: None where the role does not handle subject access requests.
    open_sars: list[OpenSarLine] | None
    #: An alarm about the sharing log, shown to every role until an administrator resolves it.
    log_alarm: LogAlarmView | None = None
