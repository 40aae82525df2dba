"""subject access a DPO can send: any person named in a case as requester, identity and the
Art 12A clock, third-party (Sch 2 para 16) decisions, items that reveal a withheld one

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _request_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["request_id"],
        ["subject_access_requests.id"],
        name=op.f(f"fk_{table}_request_id_subject_access_requests"),
    )


def _user_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"))


def upgrade() -> None:
    op.create_table(
        "sar_clock_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum("identity", "clarification", name="pausereason", native_enum=False),
            nullable=False,
        ),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("paused_on", sa.Date(), nullable=False),
        sa.Column("paused_by_id", sa.Integer(), nullable=False),
        sa.Column("paused_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resumed_on", sa.Date(), nullable=True),
        sa.Column("resumed_by_id", sa.Integer(), nullable=True),
        sa.Column("resumed_at", sa.DateTime(timezone=True), nullable=True),
        _user_fk("sar_clock_pauses", "paused_by_id"),
        _request_fk("sar_clock_pauses"),
        _user_fk("sar_clock_pauses", "resumed_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sar_clock_pauses")),
    )
    op.create_index(
        op.f("ix_sar_clock_pauses_request_id"), "sar_clock_pauses", ["request_id"], unique=False
    )
    op.create_table(
        "sar_pair_resolutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("withheld_position", sa.Integer(), nullable=False),
        sa.Column("revealing_position", sa.Integer(), nullable=False),
        sa.Column(
            "resolution",
            sa.Enum("redact", "disclose", name="pairresolution", native_enum=False),
            nullable=False,
        ),
        sa.Column("reasoning", sa.Text(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        _user_fk("sar_pair_resolutions", "decided_by_id"),
        _request_fk("sar_pair_resolutions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sar_pair_resolutions")),
        sa.UniqueConstraint(
            "request_id",
            "withheld_position",
            "revealing_position",
            name=op.f("uq_sar_pair_resolutions_pair"),
        ),
    )
    op.create_index(
        op.f("ix_sar_pair_resolutions_request_id"),
        "sar_pair_resolutions",
        ["request_id"],
        unique=False,
    )
    op.create_table(
        "sar_third_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_ref", sa.String(length=80), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "pending", "consent", "reasonable", "withhold",
                name="thirdpartydecision", native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("reasoning", sa.Text(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        _user_fk("sar_third_parties", "decided_by_id"),
        _request_fk("sar_third_parties"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sar_third_parties")),
        sa.UniqueConstraint(
            "request_id", "person_ref", name=op.f("uq_sar_third_parties_person_ref")
        ),
        sa.UniqueConstraint("request_id", "position", name=op.f("uq_sar_third_parties_position")),
    )
    op.create_index(
        op.f("ix_sar_third_parties_request_id"), "sar_third_parties", ["request_id"], unique=False
    )
    with op.batch_alter_table("subject_access_requests", schema=None) as batch_op:
        # Every request opened before this revision was a student's own.
        batch_op.add_column(
            sa.Column(
                "requester_kind",
                sa.Enum("student", "person", name="requesterkind", native_enum=False),
                nullable=False,
                server_default="student",
            )
        )
        batch_op.add_column(sa.Column("requester_ref", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("requester_name", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("requester_identifiers", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "identity_method",
                sa.Enum(
                    "university_account", "photo_id", "in_person", "known_details", "other",
                    name="identitymethod", native_enum=False,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("identity_details", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("identity_verified_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("identity_verified_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.alter_column("student_id", existing_type=sa.String(length=32), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_subject_access_requests_identity_verified_by_id_users"),
            "users",
            ["identity_verified_by_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("subject_access_requests", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_subject_access_requests_identity_verified_by_id_users"),
            type_="foreignkey",
        )
        batch_op.alter_column("student_id", existing_type=sa.String(length=32), nullable=False)
        for column in (
            "identity_verified_at",
            "identity_verified_by_id",
            "identity_details",
            "identity_method",
            "requester_identifiers",
            "requester_name",
            "requester_ref",
            "requester_kind",
        ):
            batch_op.drop_column(column)
    for table in ("sar_third_parties", "sar_pair_resolutions", "sar_clock_pauses"):
        op.drop_index(op.f(f"ix_{table}_request_id"), table_name=table)
        op.drop_table(table)
