"""How ``db-0001.sqlite3`` was made: a database at schema revision 0001 with records in it.

Run once when revision 0001 was the newest (``python tests/data/make_db_0001.py``);
the file is kept as it is so that every later revision is tested on a real
database from the past, never on one rebuilt with today's code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

HERE = Path(__file__).resolve().parent
TARGET = HERE / "db-0001.sqlite3"

# argon2id of "old-pass-1"
ADMIN_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$CFb72KFtkot7k0d6rpO"
    "NWw$PpIOB6CGFh3W1nTNM8ZFs8zUjyDRr4HvNS/PUBKhsqQ"
)


def main() -> None:
    TARGET.unlink(missing_ok=True)
    config = Config()
    config.set_main_option("script_location", str(HERE.parents[1] / "db"))
    engine = create_engine(f"sqlite:///{TARGET}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(TARGET) as db:
        db.execute(
            "INSERT INTO users (id, username, display_name, password_hash, role, desk_id,"
            " is_active, created_at) VALUES (1, 'admin', '관리자', ?, 'admin', NULL, 1,"
            " '2018-01-01 00:00:00.000000')",
            (ADMIN_HASH,),
        )
        common = "created_at, created_by, void"
        now = "'2018-01-01 09:00:00.000000', 1, 0"
        for i, (desk, day) in enumerate(
            [
                (1, "2018-03-02"),
                (1, "2018-03-05"),
                (2, "2018-04-01"),
                (3, "2018-05-01"),
                (4, "2018-06-01"),
            ],
            start=1,
        ):
            db.execute(
                f"INSERT INTO job_seekers (id, seeker_no, name, name_initials, phone, desk_id,"
                f" registered_on, {common}) VALUES (?, ?, ?, ?, ?, ?, ?, {now})",
                (
                    i,
                    f"S{i}",
                    f"홍길동{'가나다라마'[i - 1]}",
                    "ㅎㄱㄷ",
                    "0101234567" + str(i),
                    desk,
                    day,
                ),
            )
        db.execute(
            f"INSERT INTO employers (id, employer_no, name, business_no, {common})"
            f" VALUES (1, 'E1', '(주)가산', '1248100998', {now})"
        )
        db.execute(
            f"INSERT INTO job_openings (id, opening_no, employer_id, occupation, headcount,"
            f" registered_on, desk_id, {common}) VALUES (1, 'J1', 1, '경비원', 2, '2018-02-01',"
            f" 2, {now})"
        )
        for i, (seeker, desk, day) in enumerate(
            [
                (1, 1, "2018-03-02"),
                (1, 1, "2018-03-09"),
                (2, 1, "2018-03-06"),
                (4, 3, "2018-05-02"),
            ],
            start=1,
        ):
            db.execute(
                f"INSERT INTO counseling_sessions (id, seeker_id, session_on, channel, notes,"
                f" desk_id, {common}) VALUES (?, ?, ?, '방문', '상담 내용', ?, {now})",
                (i, seeker, day, desk),
            )
        db.execute(
            f"INSERT INTO referrals (id, seeker_id, opening_id, referred_on, outcome, desk_id,"
            f" {common}) VALUES (1, 1, 1, '2018-03-10', '채용', 1, {now})"
        )
        db.execute(
            f"INSERT INTO placements (id, seeker_id, placed_on, kind, referral_id, opening_id,"
            f" desk_id, {common}) VALUES (1, 1, '2018-03-20', '알선취업', 1, 1, 1, {now})"
        )
        db.execute(
            f"INSERT INTO placements (id, seeker_id, placed_on, kind, desk_id, {common})"
            f" VALUES (2, 5, '2018-06-20', '본인취업', 4, {now})"
        )
        db.execute("PRAGMA journal_mode=DELETE")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
