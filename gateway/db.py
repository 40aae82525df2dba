"""Database engine, sessions and the declarative base shared by every gateway model."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the settings both engines need to keep the rules we rely on."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN and cannot take a write lock up front;
    # we issue BEGIN ourselves so that sharing-log appends can be serialised (BEGIN IMMEDIATE).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One all-or-nothing unit of work: committed on success, rolled back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def str_enum(enum_cls: type[StrEnum]) -> SAEnum:
    """Stores a StrEnum by its value (readable in SQL, stable if member names change)."""
    values = [member.value for member in enum_cls]
    return SAEnum(
        enum_cls,
        native_enum=False,
        length=max(len(v) for v in values),
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


@event.listens_for(Session, "before_flush")
def _refuse_nul_characters(session: Session, _context: Any, _instances: Any) -> None:
    """PostgreSQL cannot store NUL in text and SQLite would truncate it in places: refuse it for
    every engine, naming the field, before anything is written."""
    from sqlalchemy import inspect as sa_inspect

    from gateway.errors import InvalidInput

    for obj in (*session.new, *session.dirty):
        state = sa_inspect(obj)
        for attr in state.mapper.column_attrs:
            value = obj.__dict__.get(attr.key)
            if isinstance(value, str) and "\x00" in value:
                field = attr.key.replace("_", " ")
                raise InvalidInput(
                    f"The {field} contains a NUL character (\\x00), which cannot be stored.",
                    hint="Remove it (it usually comes from a pasted binary file) and try again.",
                )
