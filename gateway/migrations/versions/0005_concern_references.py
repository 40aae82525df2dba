"""concerns have their own references

Every concern gets its own reference (C-YEAR-NNNN), given to whoever raises it instead of the
case's, so that raising a concern never reveals whether the student has a case. Existing
concerns are numbered in the order they were recorded, per year raised, and the reference
counter continues after them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONCERN_PREFIX = "C"

concerns = sa.table(
    "concerns",
    sa.column("id", sa.Integer()),
    sa.column("raised_at", sa.DateTime(timezone=True)),
    sa.column("reference", sa.String()),
)
counters = sa.table(
    "reference_counters",
    sa.column("prefix", sa.String()),
    sa.column("year", sa.Integer()),
    sa.column("last", sa.Integer()),
)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("concerns", sa.Column("reference", sa.String(length=32), nullable=True))
    last: dict[int, int] = {
        int(year): int(n)
        for year, n in bind.execute(
            sa.select(counters.c.year, counters.c.last).where(
                counters.c.prefix == CONCERN_PREFIX
            )
        )
    }
    known = set(last)
    rows = bind.execute(sa.select(concerns.c.id, concerns.c.raised_at).order_by(concerns.c.id))
    for concern_id, raised_at in rows.all():
        year = raised_at.year
        last[year] = last.get(year, 0) + 1
        bind.execute(
            sa.update(concerns)
            .where(concerns.c.id == concern_id)
            .values(reference=f"{CONCERN_PREFIX}-{year}-{last[year]:04d}")
        )
    for year, n in last.items():
        if year in known:
            bind.execute(
                sa.update(counters)
                .where(counters.c.prefix == CONCERN_PREFIX, counters.c.year == year)
                .values(last=n)
            )
        else:
            bind.execute(sa.insert(counters).values(prefix=CONCERN_PREFIX, year=year, last=n))
    _require(bind, "concerns", "reference")
    op.create_index(op.f("ix_concerns_reference"), "concerns", ["reference"], unique=True)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index(op.f("ix_concerns_reference"), table_name="concerns")
    _unrequire(bind, "concerns", "reference")
    op.drop_column("concerns", "reference")
    bind.execute(sa.delete(counters).where(counters.c.prefix == CONCERN_PREFIX))


def _require(bind: sa.Connection, table: str, column: str) -> None:
    """Make a filled column NOT NULL: as in 0004 (PostgreSQL alters the column; on SQLite,
    triggers refuse a row without it, rather than a table rebuild)."""
    if bind.dialect.name != "sqlite":
        op.alter_column(table, column, existing_type=sa.String(), nullable=False)
        return
    for event in ("INSERT", f"UPDATE OF {column}"):
        name = _trigger(table, column, event)
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
            f"WHEN NEW.{column} IS NULL "
            f"BEGIN SELECT RAISE(ABORT, 'NOT NULL constraint failed: {table}.{column}'); END"
        )


def _unrequire(bind: sa.Connection, table: str, column: str) -> None:
    if bind.dialect.name != "sqlite":
        op.alter_column(table, column, existing_type=sa.String(), nullable=True)
        return
    for event in ("INSERT", f"UPDATE OF {column}"):
        op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table, column, event)}")


def _trigger(table: str, column: str, event: str) -> str:
    return f"{table}_{column}_required_{event.split()[0].lower()}"
