"""Human-readable references (PRV-2026-0007, DR-2026-0003 …) that are never reused.

Counting rows would hand out a disposed record's reference again once retention deletes rows;
a reference names a record in the sharing log, certificates and audits for good, so each
(prefix, year) keeps its own counter, advanced atomically in the caller's transaction.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Table, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from gateway.db import Base
from gateway.timeutil import utcnow


class ReferenceCounter(Base):
    __tablename__ = "reference_counters"

    prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


def next_number(session: Session, prefix: str, year: int) -> int:
    table = ReferenceCounter.__table__
    assert isinstance(table, Table)
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(table).values(prefix=prefix, year=year, last=0).on_conflict_do_nothing())
    number = session.execute(
        update(table)
        .where(table.c.prefix == prefix, table.c.year == year)
        .values(last=table.c.last + 1)
        .returning(table.c.last)
    ).scalar_one()
    return int(number)


def next_reference(session: Session, prefix: str, year: int | None = None) -> str:
    """``PREFIX-YEAR-NNNN``, one higher than any reference ever given with that prefix and year."""
    year = utcnow().year if year is None else year
    return f"{prefix}-{year}-{next_number(session, prefix, year):04d}"
