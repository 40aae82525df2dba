"""an evidence file as an item of a disclosure: the kind of file, the SHA-256 of the evidence
bytes the redaction ran on, the redacted file (sealed) with its SHA-256 and media type, and why
the scan failed when it did

No table is created (plain ADD COLUMN, so the table keeps its never-reusing ids on SQLite).
Items recorded before this revision carry no file.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gateway.db import sqlite_never_reuse_ids

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("disclosure_items", sa.Column("file_kind", sa.String(length=8), nullable=True))
    op.add_column(
        "disclosure_items", sa.Column("file_scanned_sha256", sa.String(length=64), nullable=True)
    )
    op.add_column("disclosure_items", sa.Column("redacted_file", sa.LargeBinary(), nullable=True))
    op.add_column(
        "disclosure_items", sa.Column("redacted_file_sha256", sa.String(length=64), nullable=True)
    )
    op.add_column(
        "disclosure_items",
        sa.Column("redacted_file_media_type", sa.String(length=40), nullable=True),
    )
    op.add_column("disclosure_items", sa.Column("file_scan_error", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # The redacted files go with their columns: the evidence itself stays on the case.
    with op.batch_alter_table("disclosure_items") as batch:
        for name in (
            "file_scan_error",
            "redacted_file_media_type",
            "redacted_file_sha256",
            "redacted_file",
            "file_scanned_sha256",
            "file_kind",
        ):
            batch.drop_column(name)
    if op.get_bind().dialect.name == "sqlite":
        # The batch rebuilt the table on SQLite: its ids stay never-reused.
        sqlite_never_reuse_ids(op.get_bind())
