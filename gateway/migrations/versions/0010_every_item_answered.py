"""every data item answered: the Art 9 categories and Art 10 answer it was given, what its text
suggested, and the reason when the answer says less than the suggestion

Items recorded before this revision keep their answers; nothing was suggested for them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-09 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so nothing else of the table is touched.
    op.add_column(
        "disclosure_items",
        sa.Column(
            "suggested_special_categories", sa.JSON(), nullable=False, server_default="[]"
        ),
    )
    op.add_column(
        "disclosure_items",
        sa.Column(
            "suggested_criminal_offence", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )
    op.add_column(
        "disclosure_items", sa.Column("below_suggestion_reason", sa.LargeBinary(), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("disclosure_items") as batch_op:
        for name in (
            "below_suggestion_reason",
            "suggested_criminal_offence",
            "suggested_special_categories",
        ):
            batch_op.drop_column(name)
