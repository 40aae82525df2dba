"""the SMT members' own confirmations of a case decision

Each Senior Management Team member named in a decision confirms it themselves, signed in as
themselves; the confirmations are kept with the decision.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Added in place (no table rebuild), so no trigger or constraint of the table is touched;
    # decisions recorded before this have no confirmations.
    op.add_column("decisions", sa.Column("smt_confirmations", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("smt_confirmations")
