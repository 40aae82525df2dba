"""restriction and objection on a case; the breach register; the emergency ground chosen

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_restrictions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("row_uid", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("restriction", "objection", name="rightkind", native_enum=False),
            nullable=False,
        ),
        sa.Column(
            "restriction_reason",
            sa.Enum(
                "accuracy_contested",
                "unlawful_processing",
                "needed_for_legal_claims",
                "objection_pending",
                name="restrictionreason",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column("requested_by", sa.LargeBinary(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.LargeBinary(), nullable=False),
        sa.Column("reasons", sa.LargeBinary(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_by_id", sa.Integer(), nullable=True),
        sa.Column("lift_reason", sa.LargeBinary(), nullable=True),
        sa.Column("student_told_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_restrictions_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["lifted_by_id"], ["users.id"], name=op.f("fk_case_restrictions_lifted_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_case_restrictions_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_restrictions")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_restrictions_reference")),
        sa.UniqueConstraint("row_uid", name=op.f("uq_case_restrictions_row_uid")),
    )
    with op.batch_alter_table("case_restrictions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_restrictions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "breaches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column(
            "source",
            sa.Enum("reported", "emergency_review", name="breachsource", native_enum=False),
            nullable=False,
        ),
        sa.Column("disclosure_id", sa.Integer(), nullable=True),
        sa.Column("disclosure_reference", sa.String(length=32), nullable=True),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("discovered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("found_by", sa.String(length=200), nullable=False),
        sa.Column("people_categories", sa.Text(), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("record_categories", sa.Text(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("consequences", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("log_index", sa.Integer(), nullable=True),
        sa.Column("ico_notify", sa.Boolean(), nullable=True),
        sa.Column("ico_reasons", sa.Text(), nullable=True),
        sa.Column("ico_decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ico_decided_by_id", sa.Integer(), nullable=True),
        sa.Column("ico_notified_on", sa.Date(), nullable=True),
        sa.Column("student_notify", sa.Boolean(), nullable=True),
        sa.Column("student_reasons", sa.Text(), nullable=True),
        sa.Column("student_decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("student_decided_by_id", sa.Integer(), nullable=True),
        sa.Column("student_told_on", sa.Date(), nullable=True),
        sa.Column("recipient_asked", sa.String(length=10), nullable=True),
        sa.Column("recipient_asked_on", sa.Date(), nullable=True),
        sa.Column("recipient_answer", sa.Text(), nullable=True),
        sa.Column("recipient_answered_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["disclosure_id"],
            ["disclosure_requests.id"],
            name=op.f("fk_breaches_disclosure_id_disclosure_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["ico_decided_by_id"], ["users.id"], name=op.f("fk_breaches_ico_decided_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["users.id"], name=op.f("fk_breaches_opened_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["student_decided_by_id"],
            ["users.id"],
            name=op.f("fk_breaches_student_decided_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breaches")),
        sa.UniqueConstraint("reference", name=op.f("uq_breaches_reference")),
    )
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_breaches_disclosure_id"), ["disclosure_id"], unique=False
        )

    op.create_table(
        "restriction_grounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("row_uid", sa.String(length=32), nullable=False),
        sa.Column("restriction_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("ground", sa.String(length=40), nullable=False),
        sa.Column(
            "source",
            sa.Enum("dpo", "emergency", name="groundsource", native_enum=False),
            nullable=False,
        ),
        sa.Column("reasons", sa.LargeBinary(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=True),
        sa.Column("confirmed", sa.Boolean(), nullable=True),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_restriction_grounds_recorded_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["disclosure_requests.id"],
            name=op.f("fk_restriction_grounds_request_id_disclosure_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["restriction_id"],
            ["case_restrictions.id"],
            name=op.f("fk_restriction_grounds_restriction_id_case_restrictions"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["users.id"],
            name=op.f("fk_restriction_grounds_reviewed_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_restriction_grounds")),
        sa.UniqueConstraint("row_uid", name=op.f("uq_restriction_grounds_row_uid")),
    )
    with op.batch_alter_table("restriction_grounds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_restriction_grounds_request_id"), ["request_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_restriction_grounds_restriction_id"), ["restriction_id"], unique=False
        )

    # Plain ADD COLUMN (nullable, no default) on both engines: no table rebuild.
    op.add_column(
        "disclosure_requests", sa.Column("emergency_ground", sa.String(length=40), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("disclosure_requests") as batch_op:
        batch_op.drop_column("emergency_ground")
    op.drop_table("restriction_grounds")
    op.drop_table("breaches")
    op.drop_table("case_restrictions")
