from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.errors import Conflict, InvalidInput, NotFound
from gateway.users.domain import (
    LOCAL_OPERATOR,
    LOCAL_OPERATOR_NAME,
    LOCAL_OPERATOR_ROLE,
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
    actor: Actor | None,
) -> User:
    """Create an account. ``actor`` is None only for the first administrator made by ``init``."""
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
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise Conflict(f"There is already an account called {username}.")
    user = User(username=username, display_name=display_name.strip(), role=role)
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


def local_operator(session: Session) -> User:
    """The account of the server's command line (made the first time it acts)."""
    user = session.scalar(select(User).where(User.username == LOCAL_OPERATOR))
    if user is None:
        user = User(
            username=LOCAL_OPERATOR, display_name=LOCAL_OPERATOR_NAME, role=LOCAL_OPERATOR_ROLE
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
