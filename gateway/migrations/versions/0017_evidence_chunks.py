"""evidence files are stored in sealed chunks of up to 1 MiB (``evidence_chunks``), so a file is
read, checked and stored a chunk at a time instead of as one value

Each file already held in ``evidence_items.content`` moves, still sealed as it was, into one
chunk marked ``sealed_as = 'whole'`` (a migration holds no key, so it cannot re-seal it; the
gateway opens such a chunk with the AAD of the column it came from). The ``content`` column is
then dropped: nothing writes it any more.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 07:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gateway.db import sqlite_never_reuse_ids

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "evidence_chunks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sealed_as", sa.String(length=8), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence_items.id"],
            name=op.f("fk_evidence_chunks_evidence_id_evidence_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_chunks")),
        sa.UniqueConstraint("evidence_id", "position", name=op.f("uq_evidence_chunks_evidence_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_evidence_chunks_evidence_id"), "evidence_chunks", ["evidence_id"], unique=False
    )
    conn = op.get_bind()
    # One file at a time: a migration of many large files never holds more than one.
    ids = conn.execute(
        sa.text("SELECT id FROM evidence_items WHERE content IS NOT NULL ORDER BY id")
    ).scalars()
    for evidence_id in list(ids):
        conn.execute(
            sa.text(
                "INSERT INTO evidence_chunks (evidence_id, position, sealed_as, data) "
                "SELECT id, 0, 'whole', content FROM evidence_items WHERE id = :id"
            ),
            {"id": evidence_id},
        )
    # Dropped in place (SQLite 3.35+ and PostgreSQL alike): no table rebuild, so the table's
    # triggers and never-reused ids stay as they are.
    conn.exec_driver_sql("ALTER TABLE evidence_items DROP COLUMN content")
    if conn.dialect.name == "sqlite":
        sqlite_never_reuse_ids(conn)


def downgrade() -> None:
    conn = op.get_bind()
    chunked = conn.execute(
        sa.text("SELECT count(DISTINCT evidence_id) FROM evidence_chunks WHERE sealed_as = 'chunk'")
    ).scalar_one()
    if chunked:
        # The older gateway reads a file from one sealed value, which only the keys could make
        # from the chunks: refuse rather than leave files it cannot read.
        raise RuntimeError(
            f"{chunked} evidence file(s) are stored in chunks, which the older version cannot "
            "read; the downgrade was not made. Restore the backup taken before the upgrade."
        )
    conn.exec_driver_sql(
        "ALTER TABLE evidence_items ADD COLUMN content BYTEA"
        if conn.dialect.name == "postgresql"
        else "ALTER TABLE evidence_items ADD COLUMN content BLOB"
    )
    conn.execute(
        sa.text(
            "UPDATE evidence_items SET content = (SELECT data FROM evidence_chunks "
            "WHERE evidence_chunks.evidence_id = evidence_items.id AND sealed_as = 'whole')"
        )
    )
    op.drop_index(op.f("ix_evidence_chunks_evidence_id"), table_name="evidence_chunks")
    op.drop_table("evidence_chunks")
