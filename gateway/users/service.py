from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.errors import Conflict, InvalidInput, NotFound, SeparationOfDuties
from gateway.users import domain
from gateway.users.domain import (
    LOCAL_OPERATOR,
    LOCAL_OPERATOR_NAME,
    LOCAL_OPERATOR_ROLE,
    LOCAL_OPERATOR_STAFF_ID,
    STAFF_ID_HINT,
    Action,
    Role,
)
from gateway.users.models import User

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")


def create_user(
    session: Session,
    *,
    username: str,
    display_name: str,
    role: Role,
    staff_id: str,
    actor: Actor | None,
) -> User:
    """Create an account for the person with ``staff_id``. ``actor`` is None only for the
    first administrator made by ``init``."""
    if actor is not None:
        actor.require(Action.USERS_MANAGE)
    if username == LOCAL_OPERATOR:
        raise InvalidInput(
            f"'{username}' is reserved for the server's command line.",
            hint="Choose another username.",
        )
    if not _USERNAME.match(username):
        raise InvalidInput(
            f"'{username}' is not a valid username.",
            hint="Use 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter.",
        )
    if not display_name.strip():
        raise InvalidInput("A display name is required.")
    person = checked_staff_id(staff_id)
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise Conflict(f"There is already an account called {username}.")
    user = User(username=username, display_name=display_name.strip(), role=role, staff_id=person)
    session.add(user)
    session.flush()
    return user


def get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(
            f"No account called {username}.",
            hint="Check the username against the list of accounts.",
        )
    return user


def list_users(session: Session, actor: Actor) -> list[User]:
    actor.require(Action.USERS_MANAGE)
    return list(session.scalars(select(User).order_by(User.username)))


def set_active(session: Session, username: str, active: bool, actor: Actor) -> User:
    actor.require(Action.USERS_MANAGE)
    user = get_user(session, username)
    user.active = active
    return user


def checked_staff_id(staff_id: str) -> str:
    """The staff identifier to store, or a clear refusal: every account belongs to a person."""
    if not staff_id.strip():
        raise InvalidInput(
            "Give the staff identifier of the person the account belongs to.",
            hint="Separation of duties is between people: two accounts of one person share "
            "a staff identifier. " + STAFF_ID_HINT,
        )
    person = domain.valid_staff_id(staff_id)
    if person is None:
        raise InvalidInput(
            f"'{staff_id.strip()}' is not a valid staff identifier.", hint=STAFF_ID_HINT
        )
    return person


def set_staff_id(session: Session, username: str, staff_id: str, actor: Actor) -> User:
    """Name the person an existing account belongs to (e.g. to replace the placeholder an
    account made before staff identifiers were recorded was given)."""
    actor.require(Action.USERS_MANAGE)
    user = get_user(session, username)
    if is_local_operator(user):
        raise InvalidInput(
            f"'{username}' is the server's command line and belongs to no member of staff.",
            hint="Choose another account.",
        )
    user.staff_id = checked_staff_id(staff_id)
    return user


# --- separation of duties between people --------------------------------------------------------


def same_person(session: Session, account_id: int | None, other_id: int | None) -> bool:
    """Whether the two accounts belong to one person (the same account included). This is the
    one rule every separation of duties uses: a person may not approve, authorise or review
    what any of their accounts prepared."""
    if account_id is None or other_id is None:
        return False
    if account_id == other_id:
        return True
    first, second = session.get(User, account_id), session.get(User, other_id)
    if first is None or second is None:
        return False
    return domain.same_person(first.staff_id, second.staff_id)


def refuse_own_work(
    session: Session, actor: Actor, prepared_by_id: int | None, *, doing: str, hint: str
) -> None:
    """Refuse (``SeparationOfDuties``) when the acting person prepared the request, through this
    account or another of theirs; ``doing`` is what they may not do ("approve it")."""
    if prepared_by_id is None or not same_person(session, actor.user.id, prepared_by_id):
        return
    preparer = session.get(User, prepared_by_id)
    other = (
        f" (as {preparer.username})"
        if preparer is not None and preparer.id != actor.user.id
        else ""
    )
    raise SeparationOfDuties(f"You prepared this request{other}, so you cannot {doing}.", hint=hint)


def local_operator(session: Session) -> User:
    """The account of the server's command line (made the first time it acts)."""
    user = session.scalar(select(User).where(User.username == LOCAL_OPERATOR))
    if user is None:
        user = User(
            username=LOCAL_OPERATOR,
            display_name=LOCAL_OPERATOR_NAME,
            role=LOCAL_OPERATOR_ROLE,
            staff_id=LOCAL_OPERATOR_STAFF_ID,
        )
        session.add(user)
        session.flush()
    return user


def is_local_operator(user: User) -> bool:
    return user.username == LOCAL_OPERATOR


def accounts_by_id(session: Session, user_ids: Iterable[int]) -> dict[int, User]:
    """The accounts with these ids: to say who did something by name and role, where a log
    records only the account's id."""
    wanted = set(user_ids)
    if not wanted:
        return {}
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(wanted)))}
