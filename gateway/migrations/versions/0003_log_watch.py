"""the sharing log watches itself: alarm resolutions; certified access-log cutoffs

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gateway.append_only import log_watch_statements

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sharing_log_alarm_resolutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_by_id", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("saved_size_before", sa.Integer(), nullable=True),
        sa.Column("saved_root_before", sa.String(length=64), nullable=True),
        sa.Column("saved_size_after", sa.Integer(), nullable=False),
        sa.Column("saved_root_after", sa.String(length=64), nullable=False),
        sa.Column("accepted_database", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["users.id"],
            name=op.f("fk_sharing_log_alarm_resolutions_resolved_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sharing_log_alarm_resolutions")),
    )
    for statement in log_watch_statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS access_log_cutoffs_certified ON access_log_cutoffs")
        op.execute("DROP FUNCTION IF EXISTS access_log_cutoffs_certified()")
    op.drop_table("sharing_log_alarm_resolutions")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS sharing_log_alarm_resolutions_refuse()")
