"""every data item answered: the Art 9 categories and Art 10 answer it was given, what its text
suggested, and the reason when the answer says less than the suggestion; the lawful-basis
record's para 18(3) "at risk" parts and para 18(2) ground, the consent record, Art 6(1)(ea)
with its Annex 1 condition, and Sch 1 para 10(2) as applied

Items recorded before this revision keep their answers; nothing was suggested for them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-09 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
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
    for name in ("at_risk_care_needs", "at_risk_harm", "at_risk_cannot_protect"):
        op.add_column("lawful_basis_records", sa.Column(name, sa.LargeBinary(), nullable=True))
    op.add_column(
        "lawful_basis_records",
        sa.Column("consent_not_sought_ground", sa.String(length=24), nullable=True),
    )
    op.add_column("lawful_basis_records", sa.Column("consent_given_on", sa.Date(), nullable=True))
    for name in ("consent_how", "consent_what_told"):
        op.add_column("lawful_basis_records", sa.Column(name, sa.LargeBinary(), nullable=True))
    op.add_column(
        "lawful_basis_records",
        sa.Column("annex1_condition", sa.String(length=12), nullable=True),
    )
    op.add_column(
        "lawful_basis_records",
        sa.Column(
            "para10_2_competent_authority",
            sa.Boolean(),
            nullable=False,
            server_default=sa.false(),
        ),
    )
    if op.get_bind().dialect.name != "sqlite":
        # "art6.1.ea" is one character longer than the codes before it (SQLite does not
        # enforce the length).
        op.alter_column(
            "lawful_basis_records",
            "art6_basis",
            existing_type=sa.String(length=8),
            type_=sa.String(length=9),
            existing_nullable=True,
        )


_LAWFUL_BASIS_COLUMNS = (
    "para10_2_competent_authority",
    "annex1_condition",
    "consent_what_told",
    "consent_how",
    "consent_given_on",
    "consent_not_sought_ground",
    "at_risk_cannot_protect",
    "at_risk_harm",
    "at_risk_care_needs",
)


def downgrade() -> None:
    # art6_basis keeps its one-character-wider length: a record may hold "art6.1.ea".
    with op.batch_alter_table("lawful_basis_records") as batch_op:
        for name in _LAWFUL_BASIS_COLUMNS:
            batch_op.drop_column(name)
    with op.batch_alter_table("disclosure_items") as batch_op:
        for name in (
            "below_suggestion_reason",
            "suggested_criminal_offence",
            "suggested_special_categories",
        ):
            batch_op.drop_column(name)
