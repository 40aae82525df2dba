"""Database engine, sessions and the declarative base shared by every gateway model."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import MetaData, create_engine, event, text
from sqlalchemy.engine import Connection, Engine
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
            _private_file(Path(path))
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _private_file(path: Path) -> None:
    """Create the SQLite file readable by its owner alone (0600) before SQLite opens it, and
    tighten an existing one: SQLite gives its write-ahead log and shared-memory files the
    database file's mode, so they are 0600 too."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return  # SQLite reports what is wrong with the path when it opens it
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists() and extra.stat().st_mode & 0o077:
            extra.chmod(0o600)


#: A table whose primary key is one integer column ``id`` (as our migrations write it).
_ID_KEY = re.compile(r",\s*(?:CONSTRAINT\s+\w+\s+)?PRIMARY KEY\s*\(\s*id\s*\)")
_ID_COLUMN = re.compile(r"(\n\s*)id INTEGER NOT NULL(?=,)")


def sqlite_never_reuse_ids(conn: Connection) -> list[str]:
    """Make every SQLite table keyed by an integer ``id`` AUTOINCREMENT, so an id is never
    handed out twice (without it SQLite gives the next row max(id) + 1, which reuses the id of
    a destroyed record that was the newest). Returns the tables changed.

    The tables are not rebuilt (a rebuild would drop their triggers and trip their foreign
    keys): their stored definition is edited in place, following SQLite's documented procedure
    for changes that leave the file format as it is (https://sqlite.org/lang_altertable.html,
    "Making Other Kinds Of Table Schema Changes"). A single-integer ``PRIMARY KEY (id)`` already
    makes ``id`` the rowid, so only how new ids are chosen changes; each table's counter starts
    at its highest id."""
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
    ).all()
    todo: list[tuple[str, str]] = []
    for name, sql in rows:
        if "AUTOINCREMENT" in sql.upper() or not _ID_KEY.search(sql):
            continue
        new = _ID_COLUMN.sub(r"\1id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", sql, count=1)
        if new == sql:
            continue  # not the column shape we write: leave it rather than guess
        todo.append((name, _ID_KEY.sub("", new, count=1)))
    if not todo:
        return []
    # sqlite_sequence exists once any AUTOINCREMENT table has been created.
    conn.exec_driver_sql("CREATE TABLE _id_sequence_seed (id INTEGER PRIMARY KEY AUTOINCREMENT)")
    conn.exec_driver_sql("DROP TABLE _id_sequence_seed")
    version = int(conn.exec_driver_sql("PRAGMA schema_version").scalar_one())
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for name, sql in todo:
            conn.execute(
                text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = :name"),
                {"sql": sql, "name": name},
            )
            conn.execute(
                text(
                    # a table name read from sqlite_master, not input
                    f'INSERT INTO sqlite_sequence (name, seq) SELECT :name, coalesce(max(id), 0) FROM "{name}"'  # noqa: E501, S608
                ),
                {"name": name},
            )
        conn.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if problems != ["ok"]:
        from gateway.errors import GatewayError

        raise GatewayError(
            "The database failed its integrity check while being upgraded; nothing was changed.",
            hint=f"Restore it from a backup and report this: {'; '.join(problems[:3])}",
        )
    return [name for name, _ in todo]


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
