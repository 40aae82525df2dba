"""the DPO is alerted when a case is opened without an approved, in-date DPIA

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dpia_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=64), nullable=False),
        sa.Column("case_reference", sa.String(length=32), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["acknowledged_by_id"],
            ["users.id"],
            name=op.f("fk_dpia_alerts_acknowledged_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dpia_alerts")),
    )
    op.create_index(
        op.f("ix_dpia_alerts_case_reference"), "dpia_alerts", ["case_reference"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_dpia_alerts_case_reference"), table_name="dpia_alerts")
    op.drop_table("dpia_alerts")
