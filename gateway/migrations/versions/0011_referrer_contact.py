"""the referrer's work contact on each referral

The Prevent Lead who prepares a referral gives the work e-mail address and telephone number the
coordinator can reply to; they are part of the referral's content, so the DPO approves them with
the rest and a change after approval voids the approval.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain nullable columns, added in place: no trigger or constraint of the table is touched.
    op.add_column(
        "disclosure_requests", sa.Column("referrer_email", sa.String(254), nullable=True)
    )
    op.add_column(
        "disclosure_requests", sa.Column("referrer_telephone", sa.String(40), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("disclosure_requests", "referrer_telephone")
    op.drop_column("disclosure_requests", "referrer_email")
