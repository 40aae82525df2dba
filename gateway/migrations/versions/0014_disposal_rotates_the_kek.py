"""every disposal run rotates the key-encryption key; ids are never handed out twice

``kek_rotations`` records each rotation of the KEK in the transaction that re-wrapped the data
keys, and when the old KEK was destroyed (after the commit), so an interrupted run is finished
by the next one and a destruction certificate can say where its rotation stands.

On SQLite every table keyed by an integer ``id`` becomes AUTOINCREMENT, so the id of a destroyed
record is never given to a new one (PostgreSQL's sequences already never reuse one).

``users.totp_secret`` holds the secret encrypted under a key derived from the KEK, which is
longer: widened on PostgreSQL.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gateway.db import sqlite_never_reuse_ids

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kek_rotations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("old_kek_id", sa.String(length=16), nullable=False),
        sa.Column("new_kek_id", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("certificate_reference", sa.String(length=40), nullable=True),
        sa.Column("rewrapped", sa.Integer(), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kek_rotations")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_kek_rotations_new_kek_id"), "kek_rotations", ["new_kek_id"], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        # An encrypted TOTP secret is longer than one in clear (SQLite does not limit lengths).
        op.alter_column(
            "users",
            "totp_secret",
            existing_type=sa.String(length=64),
            type_=sa.String(length=255),
            existing_nullable=True,
        )
    if op.get_bind().dialect.name == "sqlite":
        # PostgreSQL's sequences never hand an id out twice; SQLite's rowids do without this.
        sqlite_never_reuse_ids(op.get_bind())


def downgrade() -> None:
    # AUTOINCREMENT and the widened column are kept: both are harmless to the older code.
    op.drop_index(op.f("ix_kek_rotations_new_kek_id"), table_name="kek_rotations")
    op.drop_table("kek_rotations")
