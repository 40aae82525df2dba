"""the register of appropriate policy documents

Each entry: a reference, versions (title, the DPA 2018 Sch 1 para 39 sections, the Schedule 1
conditions covered) and reviews (who, when, notes, the next review day). A disclosure names the
entry it relies on by its reference in the lawful-basis record.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 04:00:00
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
    op.create_table(
        "policy_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("review_due", sa.Date(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_policy_documents_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_documents")),
        sa.UniqueConstraint("reference", name=op.f("uq_policy_documents_reference")),
    )
    op.create_table(
        "policy_document_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("paragraphs", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["policy_documents.id"],
            name=op.f("fk_policy_document_versions_document_id_policy_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_policy_document_versions_created_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_document_versions")),
        sa.UniqueConstraint(
            "document_id", "version", name=op.f("uq_policy_document_versions_document_id")
        ),
    )
    op.create_index(
        op.f("ix_policy_document_versions_document_id"),
        "policy_document_versions",
        ["document_id"],
    )
    op.create_table(
        "policy_document_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("next_review_due", sa.Date(), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["policy_documents.id"],
            name=op.f("fk_policy_document_reviews_document_id_policy_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["users.id"],
            name=op.f("fk_policy_document_reviews_reviewed_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_document_reviews")),
    )
    op.create_index(
        op.f("ix_policy_document_reviews_document_id"),
        "policy_document_reviews",
        ["document_id"],
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_policy_document_reviews_document_id"), table_name="policy_document_reviews"
    )
    op.drop_table("policy_document_reviews")
    op.drop_index(
        op.f("ix_policy_document_versions_document_id"), table_name="policy_document_versions"
    )
    op.drop_table("policy_document_versions")
    op.drop_table("policy_documents")
