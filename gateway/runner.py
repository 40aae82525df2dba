"""How every door runs a use case: one all-or-nothing transaction, the actor proven inside it.

A use case is a function ``(session, actor, clock, settings, *inputs) -> view``. The doors (CLI
commands, API routes, pages) never open a session: they say who is asking (an
:class:`~gateway.auth.identity.Identity`) and which use case to run with which inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from gateway.db import transaction
from gateway.errors import GatewayError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings

P = ParamSpec("P")
T = TypeVar("T")

#: A use case: ``(session, actor, clock, settings, *inputs) -> view``.
UseCase = Callable[Concatenate["Session", "Actor", "Clock", "Settings", P], T]
#: The one kind of use case with no actor: signing in, which establishes who the actor is.
SignInCase = Callable[Concatenate["Session", "Clock", "Settings", P], T]


class Identity(Protocol):
    """Who is asking, as a door knows it (a username, a bearer token, a session cookie)."""

    def resolve(self, session: Session) -> Actor:
        """The proven actor, or a GatewayError saying why not (inside the transaction)."""
        ...


@dataclass(frozen=True)
class UnitOfWork:
    """Sessions, clock and settings of one installation: what every use case is given."""

    sessions: sessionmaker[Session]
    clock: Clock
    settings: Settings

    def run(
        self,
        identity: Identity,
        use_case: UseCase[P, T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """Run ``use_case`` as the actor ``identity`` proves to be, committed only if it returns."""
        refusal: Refusal | None = getattr(use_case, _REFUSAL, None)
        refused: tuple[int, str, str | None, str] | None = None
        try:
            with transaction(self.sessions) as session:
                try:
                    actor = identity.resolve(session)
                except GatewayError as error:
                    # Refused at the door (the route's rule), before the use case ran.
                    if error.refused_caller is not None:
                        refused = (*error.refused_caller, error.code)
                    raise
                # Read before the work: after a failed flush the session can load nothing.
                who = (actor.user.id, actor.channel, actor.source)
                try:
                    view = use_case(session, actor, self.clock, self.settings, *args, **kwargs)
                except GatewayError as error:
                    refused = (*who, error.code)
                    raise
                steps: list[Callable[[T], T]] = session.info.pop(_AFTER_COMMIT, [])
        except GatewayError:
            if refusal is not None and refused is not None:
                # The refused attempt's own transaction rolled back: every table is as it was.
                # What stays is one access-log row saying who tried what and which rule refused.
                self._record_refusal(refusal, refused, args)
            raise
        for step in steps:
            view = step(view)
        return view

    def run_signing_in(self, use_case: SignInCase[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a sign-in use case (it proves who is acting from the credentials it is given)."""
        with transaction(self.sessions) as session:
            return use_case(session, self.clock, self.settings, *args, **kwargs)


    def _record_refusal(
        self,
        refusal: Refusal,
        who: tuple[int, str, str | None, str],
        args: tuple[Any, ...],
    ) -> None:
        from gateway.access_log.service import record_refusal

        user_id, channel, source, rule = who
        object_ref = str(args[0]) if args else ""
        with transaction(self.sessions) as session:
            record_refusal(
                session,
                user_id=user_id,
                channel=channel,
                source=source,
                action=refusal.action,
                object_type=refusal.object_type,
                object_ref=object_ref,
                rule=rule,
            )


@dataclass(frozen=True)
class Refusal:
    """How a use case's refused attempts are recorded: the action tried and on what."""

    action: str
    object_type: str


_REFUSAL = "__prevent_gateway_refusal__"
F = TypeVar("F", bound=Callable[..., Any])


def records_refusals(action: str, object_type: str) -> Callable[[F], F]:
    """Mark a use case whose refusals are recorded: when it raises a GatewayError, its work
    rolls back and one access-log row records the actor, ``action``, the object (the use
    case's first input) and the rule that refused it (the error's code)."""

    def mark(use_case: F) -> F:
        setattr(use_case, _REFUSAL, Refusal(action, object_type))
        return use_case

    return mark


_AFTER_COMMIT = "prevent_gateway.after_commit"


def after_commit(session: Session, step: Callable[[Any], Any]) -> None:
    """Have ``step`` run once the use case's transaction has committed (never if it rolls back).

    For what cannot happen inside a transaction, e.g. emptying SQLite's write-ahead log after a
    disposal: ``step`` is given the use case's view and returns the view the door shows."""
    session.info.setdefault(_AFTER_COMMIT, []).append(step)
