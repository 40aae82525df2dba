"""corrections with notice to every recipient, requests from Channel and the police, complaints

Corrections of a case record or a released item (the original is never edited); requests for
information from a Channel panel or the police, answered by a disclosure or refused; a
disclosure request can be a correction notice or an answer to a request; a complaint records who
complained, about what, the acknowledgement deadline, the acknowledgement and the outcome.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _add_reference(table: str, column: str, target: str) -> None:
    """A nullable column pointing at ``target.id``, added without rebuilding the table (so no
    trigger or constraint of the table is touched)."""
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a REFERENCES column in place when its default is NULL.
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES {target} (id)")
        return
    op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
    op.create_foreign_key(op.f(f"fk_{table}_{column}_{target}"), table, target, [column], ["id"])


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("row_uid", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=80), nullable=False),
        sa.Column("corrected_text", sa.LargeBinary(), nullable=False),
        sa.Column("reason", sa.LargeBinary(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event_sequence", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_corrections_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_corrections_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
        sa.UniqueConstraint("reference", name=op.f("uq_corrections_reference")),
        sa.UniqueConstraint("row_uid", name=op.f("uq_corrections_row_uid")),
    )
    op.create_index(op.f("ix_corrections_case_id"), "corrections", ["case_id"])
    op.create_index(op.f("ix_corrections_target"), "corrections", ["target"])

    op.create_table(
        "third_party_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("row_uid", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("requester", sa.LargeBinary(), nullable=False),
        sa.Column("organisation", sa.LargeBinary(), nullable=False),
        sa.Column("legal_power", sa.String(length=18), nullable=False),
        sa.Column("purpose", sa.LargeBinary(), nullable=False),
        sa.Column("asked_for", sa.LargeBinary(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("refused_by_id", sa.Integer(), nullable=True),
        sa.Column("refused_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("refusal_reason", sa.LargeBinary(), nullable=True),
        sa.Column("refusal_reference", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_third_party_requests_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["recipients.id"],
            name=op.f("fk_third_party_requests_recipient_id_recipients"),
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["users.id"], name=op.f("fk_third_party_requests_opened_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["refused_by_id"],
            ["users.id"],
            name=op.f("fk_third_party_requests_refused_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_third_party_requests")),
        sa.UniqueConstraint("reference", name=op.f("uq_third_party_requests_reference")),
        sa.UniqueConstraint("row_uid", name=op.f("uq_third_party_requests_row_uid")),
    )
    op.create_index(op.f("ix_third_party_requests_case_id"), "third_party_requests", ["case_id"])

    _add_reference("disclosure_requests", "correction_id", "corrections")
    _add_reference("disclosure_requests", "corrects_request_id", "disclosure_requests")
    _add_reference("disclosure_requests", "third_party_request_id", "third_party_requests")

    # Complaints: who, what, the acknowledgement and the outcome (plain ADD COLUMN).
    for name, type_ in (
        ("row_uid", sa.String(length=32)),
        ("complainant", sa.LargeBinary()),
        ("summary", sa.LargeBinary()),
        ("recorded_at", sa.DateTime(timezone=True)),
        ("acknowledge_by", sa.Date()),
        ("acknowledged_on", sa.Date()),
        ("outcome", sa.String(length=20)),
        ("outcome_summary", sa.LargeBinary()),
    ):
        op.add_column("complaints", sa.Column(name, type_, nullable=True))
    _add_reference("complaints", "case_id", "cases")
    _add_reference("complaints", "acknowledged_by_id", "users")
    _add_reference("complaints", "closed_by_id", "users")
    op.create_index(op.f("uq_complaints_row_uid"), "complaints", ["row_uid"], unique=True)
    op.create_index(op.f("ix_complaints_case_id"), "complaints", ["case_id"])

    # Complaints recorded before: their case and their acknowledgement deadline.
    bind = op.get_bind()
    complaints = sa.table(
        "complaints",
        sa.column("id", sa.Integer()),
        sa.column("case_reference", sa.String()),
        sa.column("case_id", sa.Integer()),
        sa.column("received_on", sa.Date()),
        sa.column("acknowledge_by", sa.Date()),
    )
    cases = sa.table("cases", sa.column("id", sa.Integer()), sa.column("reference", sa.String()))
    case_ids = dict(bind.execute(sa.select(cases.c.reference, cases.c.id)).all())
    for row in bind.execute(
        sa.select(complaints.c.id, complaints.c.case_reference, complaints.c.received_on)
    ).all():
        bind.execute(
            complaints.update()
            .where(complaints.c.id == row.id)
            .values(
                case_id=case_ids.get(row.case_reference),
                # DPA 2018 s.164A: 30 days beginning with the day received.
                acknowledge_by=row.received_on + timedelta(days=29),
            )
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_complaints_case_id"), table_name="complaints")
    op.drop_index(op.f("uq_complaints_row_uid"), table_name="complaints")
    with op.batch_alter_table("complaints") as batch_op:
        for name in (
            "closed_by_id",
            "acknowledged_by_id",
            "case_id",
            "outcome_summary",
            "outcome",
            "acknowledged_on",
            "acknowledge_by",
            "recorded_at",
            "summary",
            "complainant",
            "row_uid",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("disclosure_requests") as batch_op:
        for name in ("third_party_request_id", "corrects_request_id", "correction_id"):
            batch_op.drop_column(name)
    op.drop_index(op.f("ix_third_party_requests_case_id"), table_name="third_party_requests")
    op.drop_table("third_party_requests")
    op.drop_index(op.f("ix_corrections_target"), table_name="corrections")
    op.drop_index(op.f("ix_corrections_case_id"), table_name="corrections")
    op.drop_table("corrections")
