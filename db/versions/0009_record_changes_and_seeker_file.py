"""record changes, the whole seeker file, opening lifecycle

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

Correcting records keeps their story: ``record_changes`` holds every change
(field, old and new value, account, time, reason), as well as registrations by
merge, voids and merges. Like the access log the database refuses to delete its
rows; the only update it accepts empties the two values of a row and marks it
redacted, which is what the retention purge does to an anonymized person's
history (the record of who changed what, and when, stays).

The seeker's file gains 구민 여부, target groups (a managed list), 최종학력,
경력, 자격증, 희망임금, 희망근무지역, SMS 수신 동의 and the 담당상담사 account;
employers a 담당상담사 account; openings a close (date and reason).

Columns referring to accounts carry no foreign key, so that SQLite adds them in
place (a batch copy of a table would lose the daily-count triggers of 0003).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The target groups every database starts with (a frozen copy of the domain's
#: STARTING_GROUPS as of this revision); administrators add and retire more.
GROUPS = (
    "청년", "중장년", "어르신", "경력단절여성", "장애인", "저소득", "한부모",
    "북한이탈주민", "결혼이민자", "특성화고", "장기실업",
)  # fmt: skip


def _columns() -> dict[str, tuple[sa.Column[object], ...]]:
    """The columns added to each table (new objects each time: a column joins one table)."""
    return {
        "job_seekers": (
            sa.Column("resident", sa.Boolean(), nullable=True),
            sa.Column("education", sa.String(length=20), nullable=True),
            sa.Column("certificates", sa.Text(), nullable=True),
            sa.Column("desired_wage", sa.String(length=200), nullable=True),
            sa.Column("desired_area", sa.String(length=200), nullable=True),
            sa.Column("sms_consent", sa.Boolean(), nullable=True),
            sa.Column("sms_consent_on", sa.Date(), nullable=True),
            sa.Column("counselor_id", sa.Integer(), nullable=True),
        ),
        "employers": (sa.Column("manager_id", sa.Integer(), nullable=True),),
        "job_openings": (
            sa.Column("closed_on", sa.Date(), nullable=True),
            sa.Column("close_reason", sa.String(length=20), nullable=True),
        ),
    }


_SQLITE_GUARD = (
    """CREATE TRIGGER record_changes_no_delete BEFORE DELETE ON record_changes
BEGIN SELECT RAISE(ABORT, 'record_changes is append-only'); END""",
    """CREATE TRIGGER record_changes_no_update BEFORE UPDATE ON record_changes
WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS OLD.user_id
          AND NEW.username = OLD.username AND NEW.record_kind = OLD.record_kind
          AND NEW.record_id = OLD.record_id AND NEW.record_no IS OLD.record_no
          AND NEW.seeker_id IS OLD.seeker_id AND NEW.action = OLD.action
          AND NEW.field = OLD.field AND NEW.reason IS OLD.reason
          AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.redacted)
BEGIN SELECT RAISE(ABORT, 'record_changes is append-only'); END""",
)

_PG_GUARD = (
    """CREATE FUNCTION record_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.at = OLD.at
       AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.username = OLD.username
       AND NEW.record_kind = OLD.record_kind AND NEW.record_id = OLD.record_id
       AND NEW.record_no IS NOT DISTINCT FROM OLD.record_no
       AND NEW.seeker_id IS NOT DISTINCT FROM OLD.seeker_id AND NEW.action = OLD.action
       AND NEW.field = OLD.field AND NEW.reason IS NOT DISTINCT FROM OLD.reason
       AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.redacted THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'record_changes is append-only';
END $$""",
    """CREATE TRIGGER record_changes_append_only BEFORE UPDATE OR DELETE ON record_changes
FOR EACH ROW EXECUTE FUNCTION record_changes_append_only()""",
)


def upgrade() -> None:
    op.create_table(
        "record_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("record_no", sa.String(length=40), nullable=True),
        sa.Column("seeker_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("redacted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_record_changes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_changes")),
    )
    op.create_index("ix_record_changes_record", "record_changes", ["record_kind", "record_id"])
    op.create_index("ix_record_changes_seeker", "record_changes", ["seeker_id"])
    guard = _SQLITE_GUARD if op.get_bind().dialect.name == "sqlite" else _PG_GUARD
    for statement in guard:
        op.execute(statement)

    groups = op.create_table(
        "target_groups",
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_target_groups")),
    )
    op.bulk_insert(
        groups, [{"name": n, "sort_order": i, "active": True} for i, n in enumerate(GROUPS)]
    )
    op.create_table(
        "seeker_groups",
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("group_name", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["job_seekers.id"], name=op.f("fk_seeker_groups_seeker_id_job_seekers")
        ),
        sa.ForeignKeyConstraint(
            ["group_name"],
            ["target_groups.name"],
            name=op.f("fk_seeker_groups_group_name_target_groups"),
        ),
        sa.PrimaryKeyConstraint("seeker_id", "group_name", name=op.f("pk_seeker_groups")),
    )
    op.create_index("ix_seeker_groups_group", "seeker_groups", ["group_name", "seeker_id"])
    op.create_table(
        "seeker_careers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("job", sa.String(length=200), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["job_seekers.id"], name=op.f("fk_seeker_careers_seeker_id_job_seekers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seeker_careers")),
    )
    op.create_index("ix_seeker_careers_seeker", "seeker_careers", ["seeker_id", "position"])

    for table, columns in _columns().items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(column)
    op.create_index("ix_job_seekers_counselor", "job_seekers", ["counselor_id"])
    # An opening's hires (placements through it) are counted on every list of openings.
    op.create_index("ix_placements_opening", "placements", ["opening_id"])


def downgrade() -> None:
    op.drop_index("ix_placements_opening", table_name="placements")
    op.drop_index("ix_job_seekers_counselor", table_name="job_seekers")
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, columns in _columns().items():
        for column in reversed(columns):
            # SQLite drops it in place (3.35+): a batch copy of the table would lose the
            # daily-count triggers of revision 0003.
            if sqlite:
                op.execute(f"ALTER TABLE {table} DROP COLUMN {column.name}")
            else:
                op.drop_column(table, column.name)
    op.drop_table("seeker_careers")
    op.drop_table("seeker_groups")
    op.drop_table("target_groups")
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS record_changes_no_update")
        op.execute("DROP TRIGGER IF EXISTS record_changes_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS record_changes_append_only ON record_changes")
        op.execute("DROP FUNCTION IF EXISTS record_changes_append_only()")
    op.drop_table("record_changes")
