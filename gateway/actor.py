"""Who is acting, and through which door (CLI, API, web): passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.errors import NotPermitted
from gateway.users.domain import ACTION_WORDS, Action, Role, is_allowed
from gateway.users.models import User


@dataclass(frozen=True)
class Actor:
    user: User
    channel: str = "cli"
    source: str | None = None

    @property
    def role(self) -> Role:
        return self.user.role

    def require(self, action: Action) -> None:
        if not self.user.active:
            raise NotPermitted(
                f"The account {self.user.username} is disabled.",
                hint="Ask an administrator to re-enable it.",
            )
        if not is_allowed(self.user.role, action):
            raise NotPermitted(
                f"{self.user.role.label} accounts may not {ACTION_WORDS[action]}.",
                hint="Ask someone with the right role, or an administrator if your role is wrong.",
            )
