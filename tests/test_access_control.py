"""Accounts, lockout, roles, the access log and personal-data protection."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import PASSWORD, SQLITE_ONLY, TODAY, counselor_at, rows
from sqlalchemy.exc import DBAPIError
from workbooks import valid_sheets, write_book

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.audit import CONSENT_FIELD, CONSENT_VERSION, AccessAction
from deskapp.domain.commands import (
    ChangeRecord,
    LogSession,
    RecordPlacement,
    RegisterSeeker,
    seeker_command,
)
from deskapp.domain.dates import Period
from deskapp.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from deskapp.domain.records import RecordKind, Role
from deskapp.services.accounts import AccountService
from deskapp.services.workspace import Workspace

EVER = Period(date(2000, 1, 1), date(2100, 1, 1))


def _raw(workspace: Workspace, sql: str) -> list[tuple[object, ...]]:
    return rows(workspace, sql)


def _log(workspace: Workspace) -> list[tuple[object, ...]]:
    return _raw(
        workspace,
        "SELECT username, action, subject_kind, subject_id, detail FROM access_log ORDER BY id",
    )


def test_failed_log_ins_are_logged_and_lock_the_account(workspace: Workspace, admin: Actor) -> None:
    counselor_at(workspace, admin, "plus")
    now = [datetime(2018, 10, 30, 9, 0)]
    accounts = AccountService(workspace.db, clock=lambda: now[0])
    for _ in range(5):
        with pytest.raises(AuthenticationFailed) as caught:
            accounts.authenticate("c-plus", "wrong-pass-9")
    assert "10분 동안 잠갔습니다" in str(caught.value)
    # The sixth attempt in a row is refused even with the right password.
    with pytest.raises(AuthenticationFailed, match="잠겨 있습니다"):
        accounts.authenticate("c-plus", PASSWORD)
    _pass_lock_time(workspace, now, minutes=9)
    with pytest.raises(AuthenticationFailed, match=r"잠겨 있습니다\. 1분"):
        accounts.authenticate("c-plus", PASSWORD)
    _pass_lock_time(workspace, now, minutes=2)
    assert accounts.authenticate("c-plus", PASSWORD).username == "c-plus"
    failures = [row for row in _log(workspace) if row[1] == "login_failed"]
    assert len(failures) == 7
    assert failures[4][4] == "비밀번호 틀림 (5회째), 10분 잠금" and failures[5][4] == "잠긴 계정"
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate("nobody", "whatever-1")
    assert _log(workspace)[-1][:2] == ("?", "login_failed")  # only an account's name is kept


def _pass_lock_time(workspace: Workspace, now: list[datetime], minutes: int) -> None:
    """Minutes of a lock pass: on SQLite by the machine's clock (``now``); on the server,
    whose own clock the lockout keeps, by moving the lock's end back as much."""
    now[0] += timedelta(minutes=minutes)
    if workspace.db.path is None:
        with workspace.db.engine.begin() as connection:
            connection.exec_driver_sql(
                f"UPDATE users SET locked_until = locked_until - interval '{minutes} minutes'"
            )


@SQLITE_ONLY
def test_passwords_are_argon2id_with_owasp_parameters_and_never_stored(
    workspace: Workspace, admin: Actor
) -> None:
    workspace.accounts.create_user(admin, "kim", "Secret-Pass-77", Role.TEAM_LEAD)
    (stored,) = _raw(workspace, "SELECT password_hash FROM users WHERE username = 'kim'")[0]
    assert isinstance(stored, str) and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    path = workspace.db.path
    assert path is not None
    workspace.close()
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"Secret-Pass-77" not in raw and PASSWORD.encode() not in raw


def test_account_management_is_recorded(workspace: Workspace, admin: Actor) -> None:
    accounts = workspace.accounts
    accounts.create_user(admin, "park", PASSWORD, Role.COUNSELOR, "dong", "박상담")
    accounts.set_role(admin, "park", Role.TEAM_LEAD, None)
    accounts.set_active(admin, "park", False)
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate("park", PASSWORD)
    accounts.set_active(admin, "park", True)
    accounts.reset_password(admin, "park", "new-pass-42")
    assert accounts.authenticate("park", "new-pass-42").role is Role.TEAM_LEAD
    with pytest.raises(ValidationError, match="마지막 관리자"):
        accounts.set_active(admin, "admin", False)
    park = accounts.authenticate("park", "new-pass-42")
    with pytest.raises(PermissionDenied):
        accounts.reset_password(park, "admin", "hijack-123")
    with pytest.raises(PermissionDenied):
        accounts.users(park)
    events = [(e.actor, e.username, e.action) for e in accounts.events(admin)]
    assert events[:5] == [
        ("admin", "park", "reset_password"),
        ("admin", "park", "enable"),
        ("admin", "park", "disable"),
        ("admin", "park", "role"),
        ("admin", "park", "create"),
    ]
    assert events[-1] == ("(설치)", "admin", "create")
    assert [u.username for u in accounts.users(admin)] == ["admin", "park"]


def test_the_logs_are_append_only(workspace: Workspace, admin: Actor) -> None:
    workspace.accounts.create_user(admin, "lee", PASSWORD, Role.TEAM_LEAD)
    for sql in (
        "UPDATE access_log SET username = 'x'",
        "DELETE FROM access_log",
        "UPDATE account_events SET action = 'x'",
        "DELETE FROM account_events",
    ):
        with (
            pytest.raises(DBAPIError, match="append-only"),
            workspace.db.engine.begin() as connection,
        ):
            connection.exec_driver_sql(sql)
    assert rows(workspace, "SELECT count(*) FROM account_events") == [(2,)]


def test_a_gvalley_counselor_cannot_read_a_plus_seekers_notes_through_any_service(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    seeker = workspace.records.register_seeker(
        plus,
        RegisterSeeker(
            name="홍길동", registered_on=date(2018, 3, 2), phone="01012345678", consented=True
        ),
    )
    logged = workspace.records.log_session(
        plus, LogSession(seeker.number, date(2018, 3, 3), notes="우울증 치료 중, 비공개")
    )
    # Corrected once, so that the seeker's history carries the notes too.
    workspace.corrections.change(
        plus,
        ChangeRecord(
            RecordKind.SESSION, str(logged.id), {"상담내용": "우울증 치료 중, 비공개 요청"}, "보완"
        ),
    )
    for call in (
        lambda: workspace.browse.seeker(gvalley, seeker.id),
        lambda: workspace.browse.timeline(gvalley, seeker.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    found = workspace.browse.search_seekers(gvalley, "홍길동")
    assert [(s.name, s.phone) for s in found] == [("홍길동", "010-****-5678")]
    # The session asked for by its id (not only through the gvalley desk's own list, which
    # is empty): another desk's session is not listed at all.
    assert workspace.browse.session_ids(gvalley).tolist() == []
    assert workspace.browse.sessions(gvalley, [logged.id]) == []
    rows = workspace.browse.seekers(gvalley, [seeker.id])
    assert "우울증" not in str(rows) and "1234" not in rows[0].phone
    with pytest.raises(PermissionDenied):
        workspace.records.void(gvalley, RecordKind.SEEKER, seeker.id, "다른 창구")
    views = [r for r in _log(workspace) if r[0] == "c-gvalley" and r[1] == "view"]
    refused = [r for r in views if r[2] == "job_seeker"]
    assert len(refused) == 2 and all("거부" in str(r[4]) for r in refused)
    # The search and the list showed the name and masked phone, each showing logged.
    shown = [str(r[4]) for r in views if r[2] == "job_seeker_list"]
    assert shown == [f"다른 창구 구직자 1명의 이름·연락처 일부 표시: {seeker.number}"] * 2
    # The own desk and the team lead read it, and each opening is logged.
    assert "우울증" in workspace.browse.timeline(plus, seeker.id)[0].detail
    lead = workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    workspace.browse.seeker(lead, seeker.id)
    views = [r for r in _log(workspace) if r[1] == "view" and r[0] in ("c-plus", "lead")]
    assert [(r[0], r[2], r[3]) for r in views] == [
        ("c-plus", "job_seeker", seeker.id),
        ("lead", "job_seeker", seeker.id),
    ]
    # Every other service that carries the notes (the record window, the correction form,
    # the histories, the session list) shows them to the own desk, so each probe would see
    # them if they leaked; the other desk is refused by each.
    session_key = str(logged.id)

    def through_each_service(actor: Actor) -> list[str]:
        probes: tuple[Callable[[], object], ...] = (
            lambda: workspace.browse.seeker_record(actor, seeker.id),
            lambda: workspace.corrections.editable(actor, RecordKind.SESSION, session_key),
            lambda: workspace.corrections.history(actor, RecordKind.SEEKER, seeker.number),
            lambda: workspace.corrections.history(actor, RecordKind.SESSION, session_key),
        )
        shown = []
        for probe in probes:
            try:
                shown.append(repr(probe()))
            except PermissionDenied:
                shown.append("refused")
        return shown

    assert through_each_service(gvalley) == ["refused"] * 4
    assert all("우울증" in text for text in through_each_service(plus))
    assert [s.id for s in workspace.browse.sessions(plus, [logged.id])] == [logged.id]


def test_consent_is_required_and_recorded(workspace: Workspace, counselor: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.records.register_seeker(
            counselor, RegisterSeeker(name="최동의", registered_on=date(2018, 3, 2))
        )
    assert caught.value.field == CONSENT_FIELD
    # The form's fields are checked first (every bad one named), then the consent.
    with pytest.raises(ValidationError) as caught:
        seeker_command({"성명": "", "등록일": "2018-03-02"}, TODAY)
    assert [f for f, _ in caught.value.problems] == ["성명"]
    with pytest.raises(ValidationError) as caught:
        workspace.records.register_seeker(
            counselor, seeker_command({"성명": "최동의", "등록일": "2018-03-02"}, TODAY)
        )
    assert [f for f, _ in caught.value.problems] == [CONSENT_FIELD]
    assert _raw(workspace, "SELECT count(*) FROM job_seekers") == [(0,)]
    saved = workspace.records.register_seeker(
        counselor, RegisterSeeker(name="최동의", registered_on=date(2018, 3, 2), consented=True)
    )
    query = f"SELECT consent_on, consent_version FROM job_seekers WHERE id = {saved.id}"
    assert _raw(workspace, query) == [("2018-10-30", CONSENT_VERSION)]


def test_retention_purge_anonymizes_and_leaves_every_statistic_unchanged(
    workspace: Workspace, admin: Actor, counselor: Actor, tmp_path: Path
) -> None:
    old = workspace.records.register_seeker(
        counselor,
        RegisterSeeker(
            name="김옛날",
            registered_on=date(2010, 3, 2),
            phone="01022223333",
            address="독산동 1번지",
            consented=True,
        ),
    )
    workspace.records.log_session(
        counselor, LogSession(old.number, date(2011, 5, 1), notes="옛 상담")
    )
    workspace.records.record_placement(counselor, RecordPlacement(old.number, date(2011, 6, 1)))
    active = workspace.records.register_seeker(
        counselor, RegisterSeeker(name="이최근", registered_on=date(2010, 3, 2), consented=True)
    )
    workspace.records.log_session(counselor, LogSession(active.number, date(2017, 1, 1)))
    workspace.imports.import_workbook(admin, write_book(tmp_path / "r.xlsx", valid_sheets()))
    periods = [Period.year(y) for y in range(2009, 2019)] + [EVER]
    before = [workspace.statistics.table(admin, p).by_desk for p in periods]
    with pytest.raises(PermissionDenied):
        workspace.privacy.purge(counselor, 5)
    report = workspace.privacy.purge(admin, 5)
    assert report.anonymized == 1 and report.inactive_before == date(2013, 10, 30)
    if workspace.db.path is not None:  # SQLite: a copy is taken first
        assert report.backup is not None and report.backup.exists()
    assert [workspace.statistics.table(admin, p).by_desk for p in periods] == before
    rows = _raw(
        workspace, f"SELECT name, phone, address, birth_date FROM job_seekers WHERE id = {old.id}"
    )
    assert rows == [("(익명)", None, None, None)]
    assert _raw(workspace, f"SELECT notes FROM counseling_sessions WHERE seeker_id = {old.id}") == [
        (None,)
    ]
    assert _raw(workspace, f"SELECT name FROM job_seekers WHERE id = {active.id}") == [("이최근",)]
    assert workspace.privacy.purge(admin, 5).anonymized == 0
    assert any(r[1] == "purge" for r in _log(workspace))


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_command_line_users_lockout_and_audit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    db = str(tmp_path / "a.sqlite3")
    assert _cli("init", "--db", db, "--admin", "admin")[0] == 0
    monkeypatch.setenv("DESKAPP_NEW_PASSWORD", "lead-pass-1")
    code, out, _ = _cli(
        "users",
        "--db",
        db,
        "--user",
        "admin",
        "add",
        "lead",
        "--role",
        "team_lead",
        "--display-name",
        "김팀장",
    )
    assert code == 0 and "팀장" in out
    code, out, err = _cli(
        "users", "--db", db, "--user", "admin", "add", "c1", "--role", "counselor"
    )
    assert code == 2 and "창구" in err
    code, out, _ = _cli("users", "--db", db, "--user", "admin", "list")
    assert "lead\t김팀장\t팀장" in out
    book = write_book(tmp_path / "records.xlsx", valid_sheets())
    assert _cli("import", "--db", db, "--user", "admin", str(book))[0] == 0
    monkeypatch.setenv("DESKAPP_PASSWORD", "lead-pass-1")
    code, _, _ = _cli(
        "stats",
        "--db",
        db,
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--format",
        "csv",
        "--reason",
        "구청장 보고",
    )
    assert code == 0
    # A wrong password: exit 3 and a line in the log; the sixth attempt in a row is refused.
    monkeypatch.setenv("DESKAPP_PASSWORD", "wrong-pass-1")
    for _ in range(5):
        assert (
            _cli(
                "stats", "--db", db, "--user", "lead", "--from", "2018-01-01", "--to", "2018-10-30"
            )[0]
            == 3
        )
    monkeypatch.setenv("DESKAPP_PASSWORD", "lead-pass-1")
    code, _, err = _cli(
        "stats", "--db", db, "--user", "lead", "--from", "2018-01-01", "--to", "2018-10-30"
    )
    assert code == 3 and "잠겨" in err
    code, _, _ = _cli(
        "audit", "--db", db, "--user", "lead", "--from", "2018-01-01", "--to", "2100-01-01"
    )
    assert code == 3  # locked, and not an administrator either
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    code, out, _ = _cli(
        "audit",
        "--db",
        db,
        "--user",
        "admin",
        "--from",
        "2000-01-01",
        "--to",
        "2100-01-01",
        "--format",
        "csv",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "시각,계정,호스트,행위,대상,대상번호,내용"
    imports = [line for line in lines if ",가져오기," in line]
    exports = [line for line in lines if ",내보내기," in line]
    assert (
        len(imports) == 1 and imports[0].split(",")[1] == "admin" and "records.xlsx" in imports[0]
    )
    assert len(exports) == 1 and exports[0].split(",")[1] == "lead" and "구청장 보고" in exports[0]
    assert sum(",로그인 실패," in line for line in lines) == 7  # 5 wrong, 2 while locked
    assert datetime.fromisoformat(exports[0].split(",")[0]).year >= 2026
    monkeypatch.setenv("DESKAPP_NEW_PASSWORD", "lead-pass-2")
    assert _cli("users", "--db", db, "--user", "admin", "reset-password", "lead")[0] == 0
    monkeypatch.setenv("DESKAPP_PASSWORD", "lead-pass-2")
    assert (
        _cli("stats", "--db", db, "--user", "lead", "--from", "2018-01-01", "--to", "2018-10-30")[0]
        == 0
    )
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    assert _cli("users", "--db", db, "--user", "admin", "disable", "lead")[0] == 0
    monkeypatch.setenv("DESKAPP_PASSWORD", "lead-pass-2")
    assert (
        _cli("stats", "--db", db, "--user", "lead", "--from", "2018-01-01", "--to", "2018-10-30")[0]
        == 3
    )


def test_monthly_review_lists_outputs_with_reasons(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    workspace.statistics.export_table(team_lead, Period.year(2018), "월간 보고")
    workspace.statistics.export_monthly(team_lead, Period.year(2018), "", printing=True)
    review = workspace.audit.review(admin, EVER)
    assert [(e.username, e.action) for e in review] == [
        ("lead", AccessAction.PRINT),
        ("lead", AccessAction.EXPORT),
    ]
    assert "월간 보고" in review[1].detail and "(적지 않음)" in review[0].detail
    with pytest.raises(PermissionDenied):
        workspace.audit.review(team_lead, EVER)
