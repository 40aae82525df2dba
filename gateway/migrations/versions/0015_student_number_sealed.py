"""the student number is never stored in clear: sealed, and found through a blind index

``cases.subject_student_id``, ``student_departures.student_id``,
``subject_access_requests.student_id`` and a student-scope ``legal_holds.target`` hold the
student number encrypted under a key derived from the KEK (longer: widened on PostgreSQL). Each
gets a blind index column (an HMAC of the number under another KEK-derived key), which is what
lookups compare; every KEK rotation, so every disposal run, re-encrypts the numbers and
recomputes the indexes. Rows written before this revision keep the number in clear, with no
index, until the next rotation: lookups also match those.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, sealed column, its old length, index column, unique index)
_COLUMNS = (
    ("cases", "subject_student_id", 32, "subject_student_index", False),
    ("student_departures", "student_id", 32, "student_index", True),
    ("subject_access_requests", "student_id", 32, "student_index", False),
    ("legal_holds", "target", 64, "target_index", False),
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, column, length, index, unique in _COLUMNS:
        op.add_column(table, sa.Column(index, sa.String(length=64), nullable=True))
        op.create_index(op.f(f"ix_{table}_{index}"), table, [index], unique=unique)
        if postgres:
            op.alter_column(
                table,
                column,
                existing_type=sa.String(length=length),
                type_=sa.String(length=200),
                existing_nullable=table == "subject_access_requests",
            )


def downgrade() -> None:
    # The sealed numbers stay sealed: a downgraded gateway cannot find students by number
    # until they are entered again. Lengths are left wide (a sealed value does not fit).
    for table, _column, _length, index, _unique in _COLUMNS:
        op.drop_index(op.f(f"ix_{table}_{index}"), table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(index)
