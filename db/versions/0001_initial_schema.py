"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27

The four desks (ARCHITECTURE.md) and the dong desk's two sites are data of this
revision: every database has them from its creation.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("short_name", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desks")),
        sa.UniqueConstraint("code", name=op.f("uq_desks_code")),
    )
    op.create_table(
        "desk_sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desks.id"], name=op.f("fk_desk_sites_desk_id_desks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_sites")),
        sa.UniqueConstraint("desk_id", "name", name="desk_site"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=50), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], name=op.f("fk_users_desk_id_desks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by"], ["users.id"], name=op.f("fk_imports_imported_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
        sa.UniqueConstraint("sha256", name=op.f("uq_imports_sha256")),
    )
    op.create_table(
        "employers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_no", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("business_no", sa.String(length=10), nullable=True),
        sa.Column("industry", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("contact_name", sa.String(length=50), nullable=True),
        sa.Column("phone", sa.String(length=15), nullable=True),
        sa.Column("desk_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_employers_created_by_users")
        ),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], name=op.f("fk_employers_desk_id_desks")),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_employers_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["users.id"], name=op.f("fk_employers_voided_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employers")),
        sa.UniqueConstraint("employer_no", name=op.f("uq_employers_employer_no")),
    )
    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.create_index("ix_employers_business_no", ["business_no"], unique=False)

    op.create_table(
        "job_seekers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_no", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_initials", sa.String(length=50), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=2), nullable=True),
        sa.Column("phone", sa.String(length=15), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("desired_job", sa.String(length=200), nullable=True),
        sa.Column("counselor_name", sa.String(length=50), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_job_seekers_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desks.id"], name=op.f("fk_job_seekers_desk_id_desks")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_job_seekers_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["desk_sites.id"], name=op.f("fk_job_seekers_site_id_desk_sites")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["users.id"], name=op.f("fk_job_seekers_voided_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_seekers")),
        sa.UniqueConstraint("seeker_no", name=op.f("uq_job_seekers_seeker_no")),
    )
    with op.batch_alter_table("job_seekers", schema=None) as batch_op:
        batch_op.create_index("ix_job_seekers_initials", ["name_initials"], unique=False)
        batch_op.create_index("ix_job_seekers_name", ["name"], unique=False)
        batch_op.create_index("ix_job_seekers_phone", ["phone"], unique=False)
        batch_op.create_index(
            "ix_job_seekers_stats", ["registered_on", "desk_id", "void"], unique=False
        )

    op.create_table(
        "counseling_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("session_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=True),
        sa.Column("counselor_name", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("next_contact_on", sa.Date(), nullable=True),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_counseling_sessions_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desks.id"], name=op.f("fk_counseling_sessions_desk_id_desks")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_counseling_sessions_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"],
            ["job_seekers.id"],
            name=op.f("fk_counseling_sessions_seeker_id_job_seekers"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["desk_sites.id"], name=op.f("fk_counseling_sessions_site_id_desk_sites")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["users.id"], name=op.f("fk_counseling_sessions_voided_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counseling_sessions")),
    )
    with op.batch_alter_table("counseling_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_counseling_sessions_seeker", ["seeker_id", "session_on"], unique=False
        )
        batch_op.create_index(
            "ix_counseling_sessions_stats", ["session_on", "desk_id", "void"], unique=False
        )

    op.create_table(
        "job_openings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opening_no", sa.String(length=40), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("occupation", sa.String(length=200), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("wage", sa.String(length=200), nullable=True),
        sa.Column("closes_on", sa.Date(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("headcount >= 1", name=op.f("ck_job_openings_headcount_positive")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_job_openings_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desks.id"], name=op.f("fk_job_openings_desk_id_desks")
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_job_openings_employer_id_employers")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_job_openings_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["desk_sites.id"], name=op.f("fk_job_openings_site_id_desk_sites")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["users.id"], name=op.f("fk_job_openings_voided_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_openings")),
        sa.UniqueConstraint("opening_no", name=op.f("uq_job_openings_opening_no")),
    )
    with op.batch_alter_table("job_openings", schema=None) as batch_op:
        batch_op.create_index("ix_job_openings_employer", ["employer_id"], unique=False)
        batch_op.create_index(
            "ix_job_openings_stats", ["registered_on", "desk_id", "void"], unique=False
        )

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("opening_id", sa.Integer(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=True),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_referrals_created_by_users")
        ),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], name=op.f("fk_referrals_desk_id_desks")),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_referrals_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["opening_id"], ["job_openings.id"], name=op.f("fk_referrals_opening_id_job_openings")
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["job_seekers.id"], name=op.f("fk_referrals_seeker_id_job_seekers")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["desk_sites.id"], name=op.f("fk_referrals_site_id_desk_sites")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["users.id"], name=op.f("fk_referrals_voided_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index("ix_referrals_opening", ["opening_id"], unique=False)
        batch_op.create_index("ix_referrals_seeker", ["seeker_id", "referred_on"], unique=False)
        batch_op.create_index(
            "ix_referrals_stats", ["referred_on", "desk_id", "void"], unique=False
        )

    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("opening_id", sa.Integer(), nullable=True),
        sa.Column("employer_name", sa.String(length=200), nullable=True),
        sa.Column("employment_type", sa.String(length=200), nullable=True),
        sa.Column("verification", sa.String(length=30), nullable=True),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_placements_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desks.id"], name=op.f("fk_placements_desk_id_desks")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_placements_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["opening_id"], ["job_openings.id"], name=op.f("fk_placements_opening_id_job_openings")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name=op.f("fk_placements_referral_id_referrals")
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["job_seekers.id"], name=op.f("fk_placements_seeker_id_job_seekers")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["desk_sites.id"], name=op.f("fk_placements_site_id_desk_sites")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["users.id"], name=op.f("fk_placements_voided_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
    )
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.create_index("ix_placements_seeker", ["seeker_id", "placed_on"], unique=False)
        batch_op.create_index(
            "ix_placements_stats", ["placed_on", "desk_id", "void", "seeker_id"], unique=False
        )

    _insert_desks()


# Frozen copies of the reference data as of this revision (never the live domain module).
DESKS = [
    (1, "plus", "일자리플러스센터", "일자리플러스센터", 1),
    (2, "gvalley", "G밸리 일자리상담창구", "G밸리", 2),
    (3, "dong", "동주민센터 일자리상담창구", "동주민센터", 3),
    (4, "welfare", "고용복지플러스센터 일자리상담창구", "고용복지플러스센터", 4),
]
SITES = [(1, 3, "시흥4동"), (2, 3, "독산동")]


def _insert_desks() -> None:
    desks = sa.table(
        "desks",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("short_name", sa.String),
        sa.column("sort_order", sa.Integer),
    )
    sites = sa.table(
        "desk_sites",
        sa.column("id", sa.Integer),
        sa.column("desk_id", sa.Integer),
        sa.column("name", sa.String),
    )
    keys = ("id", "code", "name", "short_name", "sort_order")
    op.bulk_insert(desks, [dict(zip(keys, row, strict=True)) for row in DESKS])
    op.bulk_insert(sites, [dict(zip(("id", "desk_id", "name"), row, strict=True)) for row in SITES])


def downgrade() -> None:
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_index("ix_placements_stats")
        batch_op.drop_index("ix_placements_seeker")

    op.drop_table("placements")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_stats")
        batch_op.drop_index("ix_referrals_seeker")
        batch_op.drop_index("ix_referrals_opening")

    op.drop_table("referrals")
    with op.batch_alter_table("job_openings", schema=None) as batch_op:
        batch_op.drop_index("ix_job_openings_stats")
        batch_op.drop_index("ix_job_openings_employer")

    op.drop_table("job_openings")
    with op.batch_alter_table("counseling_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_counseling_sessions_stats")
        batch_op.drop_index("ix_counseling_sessions_seeker")

    op.drop_table("counseling_sessions")
    with op.batch_alter_table("job_seekers", schema=None) as batch_op:
        batch_op.drop_index("ix_job_seekers_stats")
        batch_op.drop_index("ix_job_seekers_phone")
        batch_op.drop_index("ix_job_seekers_name")
        batch_op.drop_index("ix_job_seekers_initials")

    op.drop_table("job_seekers")
    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.drop_index("ix_employers_business_no")

    op.drop_table("employers")
    op.drop_table("imports")
    op.drop_table("users")
    op.drop_table("desk_sites")
    op.drop_table("desks")
