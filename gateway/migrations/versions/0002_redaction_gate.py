"""the redaction gate and recorded refusals

An item's redaction is bound to the SHA-256 of the text it ran on; an access-log row can record
an attempt the gateway refused and the rule that refused it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default) on both engines: no table rebuild, so the
    # access log's append-only triggers stay as they are.
    op.add_column(
        "disclosure_items", sa.Column("redaction_text_sha256", sa.String(length=64), nullable=True)
    )
    op.add_column("access_events", sa.Column("refused_rule", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("access_events") as batch_op:
        batch_op.drop_column("refused_rule")
    with op.batch_alter_table("disclosure_items") as batch_op:
        batch_op.drop_column("redaction_text_sha256")
