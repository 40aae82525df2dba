"""accounts belong to people

Every account gets a staff identifier naming the person it belongs to (separation of duties is
between people, not accounts). Existing accounts are each given a person of their own,
``account:<username>``, until an administrator sets the real staff identifier.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: As gateway.users.domain.UNCONFIRMED_STAFF_ID_PREFIX (migrations do not import the app).
UNCONFIRMED_STAFF_ID_PREFIX = "account:"

users = sa.table(
    "users",
    sa.column("id", sa.Integer()),
    sa.column("username", sa.String()),
    sa.column("staff_id", sa.String()),
)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("users", sa.Column("staff_id", sa.String(length=80), nullable=True))
    bind.execute(
        sa.update(users).values(
            staff_id=sa.literal(UNCONFIRMED_STAFF_ID_PREFIX) + users.c.username
        )
    )
    _require(bind, "users", "staff_id")
    op.create_index(op.f("ix_users_staff_id"), "users", ["staff_id"], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index(op.f("ix_users_staff_id"), table_name="users")
    _unrequire(bind, "users", "staff_id")
    op.drop_column("users", "staff_id")


def _require(bind: sa.Connection, table: str, column: str) -> None:
    """Make a filled column NOT NULL. PostgreSQL alters the column. SQLite can only do so by
    rebuilding the table, which its foreign keys forbid for a table others refer to (users), so
    there triggers refuse a row without it."""
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
