"""hiring events, employer outreach and programmes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

The desks' work beyond one-to-one counseling (ARCHITECTURE.md): events (job fairs,
일구데이, joint 일구데이, on-site interviews) with their employers and participants
and an outside organizer's totals; the contact log of employer outreach and the
구민 우선 채용 협약; employment programmes with their sessions, enrolments and
attendance. A hire at an event is an ordinary placement, linked from its
participant, so the daily counts of 0003 follow it without a new trigger.

Every table is new; no existing table is rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _voidable(table: str) -> list[sa.SchemaItem]:
    """The columns every record has (models._Voidable) and their keys."""
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        _fk(table, "created_by", "users"),
        _fk(table, "import_id", "imports"),
        _fk(table, "voided_by", "users"),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_no", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("organizer", sa.String(length=200), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("venue_type", sa.String(length=50), nullable=True),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("reported_participants", sa.Integer(), server_default="0", nullable=False),
        sa.Column("reported_interviewed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("reported_hired", sa.Integer(), server_default="0", nullable=False),
        *_voidable("events"),
        sa.CheckConstraint(
            "reported_participants >= 0 AND reported_interviewed >= 0 AND reported_hired >= 0",
            name=op.f("ck_events_reported_not_negative"),
        ),
        _fk("events", "desk_id", "desks"),
        _fk("events", "site_id", "desk_sites"),
        _pk("events"),
        sa.UniqueConstraint("event_no", name=op.f("uq_events_event_no")),
    )
    op.create_index("ix_events_held", "events", ["held_on", "void"])

    op.create_table(
        "event_employers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("recruits", sa.Integer(), nullable=False),
        sa.Column("opening_id", sa.Integer(), nullable=True),
        *_voidable("event_employers"),
        sa.CheckConstraint("recruits >= 0", name=op.f("ck_event_employers_recruits_not_negative")),
        _fk("event_employers", "event_id", "events"),
        _fk("event_employers", "employer_id", "employers"),
        _fk("event_employers", "opening_id", "job_openings"),
        _pk("event_employers"),
    )
    op.create_index("ix_event_employers_event", "event_employers", ["event_id"])

    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("opening_id", sa.Integer(), nullable=True),
        sa.Column("interviewed", sa.Boolean(), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        *_voidable("event_participants"),
        _fk("event_participants", "event_id", "events"),
        _fk("event_participants", "seeker_id", "job_seekers"),
        _fk("event_participants", "employer_id", "employers"),
        _fk("event_participants", "opening_id", "job_openings"),
        _fk("event_participants", "placement_id", "placements"),
        _pk("event_participants"),
    )
    op.create_index("ix_event_participants_event", "event_participants", ["event_id"])
    op.create_index("ix_event_participants_seeker", "event_participants", ["seeker_id"])

    op.create_table(
        "employer_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("counselor_id", sa.Integer(), nullable=True),
        sa.Column("first_contact", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("next_action", sa.Text(), nullable=True),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.Column("next_done_on", sa.Date(), nullable=True),
        *_voidable("employer_contacts"),
        _fk("employer_contacts", "employer_id", "employers"),
        _fk("employer_contacts", "desk_id", "desks"),
        _pk("employer_contacts"),
    )
    op.create_index(
        "ix_employer_contacts_employer", "employer_contacts", ["employer_id", "contacted_on"]
    )
    op.create_index(
        "ix_employer_contacts_day", "employer_contacts", ["contacted_on", "desk_id", "void"]
    )
    op.create_index("ix_employer_contacts_next", "employer_contacts", ["next_on"])

    op.create_table(
        "hiring_agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("pledged", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_voidable("hiring_agreements"),
        sa.CheckConstraint("pledged >= 0", name=op.f("ck_hiring_agreements_pledged_not_negative")),
        _fk("hiring_agreements", "employer_id", "employers"),
        _fk("hiring_agreements", "desk_id", "desks"),
        _pk("hiring_agreements"),
    )
    op.create_index("ix_hiring_agreements_employer", "hiring_agreements", ["employer_id"])

    op.create_table(
        "programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=True),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("provider", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_voidable("programmes"),
        _fk("programmes", "desk_id", "desks"),
        _pk("programmes"),
    )
    op.create_index("ix_programmes_starts", "programmes", ["starts_on", "void"])

    op.create_table(
        "programme_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("counts_as_session", sa.Boolean(), nullable=False),
        *_voidable("programme_sessions"),
        _fk("programme_sessions", "programme_id", "programmes"),
        _pk("programme_sessions"),
    )
    op.create_index(
        "ix_programme_sessions_programme", "programme_sessions", ["programme_id", "held_on"]
    )

    op.create_table(
        "programme_enrolments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("certificate", sa.String(length=200), nullable=True),
        sa.Column("certified_on", sa.Date(), nullable=True),
        *_voidable("programme_enrolments"),
        _fk("programme_enrolments", "programme_id", "programmes"),
        _fk("programme_enrolments", "seeker_id", "job_seekers"),
        _pk("programme_enrolments"),
    )
    op.create_index("ix_programme_enrolments_programme", "programme_enrolments", ["programme_id"])
    op.create_index("ix_programme_enrolments_seeker", "programme_enrolments", ["seeker_id"])

    op.create_table(
        "programme_attendance",
        sa.Column("programme_session_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("counseling_session_id", sa.Integer(), nullable=True),
        _fk("programme_attendance", "programme_session_id", "programme_sessions"),
        _fk("programme_attendance", "seeker_id", "job_seekers"),
        _fk("programme_attendance", "counseling_session_id", "counseling_sessions"),
        sa.PrimaryKeyConstraint(
            "programme_session_id", "seeker_id", name=op.f("pk_programme_attendance")
        ),
    )


def downgrade() -> None:
    for table in (
        "programme_attendance", "programme_enrolments", "programme_sessions", "programmes",
        "hiring_agreements", "employer_contacts", "event_participants", "event_employers",
        "events",
    ):  # fmt: skip
        op.drop_table(table)
