"""A log-in opens a session the services keep: it ends at log-out, lies idle no longer
than its limit, is refused while the window is locked and goes on only with the password
of the same account, role and desk. Only a hash of its token is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import PASSWORD, SQLITE_ONLY, counselor_at, rows
from sqlalchemy import text

from deskapp.domain.access import Actor
from deskapp.domain.audit import AccessAction
from deskapp.domain.errors import PermissionDenied, SessionExpired
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace
from deskapp.store.models import utcnow


def _idle(workspace: Workspace, minutes: float) -> None:
    """As if the session's last activity was ``minutes`` ago."""
    with workspace.db.engine.begin() as connection:
        connection.execute(
            text("UPDATE login_sessions SET last_seen_at = :at"),
            {"at": utcnow() - timedelta(minutes=minutes)},
        )


def _logged_in(workspace: Workspace, admin: Actor) -> Actor:
    counselor_at(workspace, admin, "plus")
    return workspace.accounts.authenticate("c-plus", PASSWORD, idle_minutes=10)


def test_an_idle_session_is_refused_until_the_password_is_given_again(
    workspace: Workspace, admin: Actor
) -> None:
    plus = _logged_in(workspace, admin)
    assert plus.session
    assert workspace.browse.search_seekers(plus, "홍") == []
    _idle(workspace, 11)  # within the slack the window's once-a-minute note needs
    assert workspace.browse.search_seekers(plus, "홍") == []
    _idle(workspace, 13)
    with pytest.raises(SessionExpired, match="10분 넘게 쓰지 않아 잠겼습니다"):
        workspace.browse.search_seekers(plus, "홍")
    assert not workspace.accounts.verify_password(plus, "wrong-pass-1")
    with pytest.raises(SessionExpired):
        workspace.browse.search_seekers(plus, "홍")
    assert workspace.accounts.verify_password(plus, PASSWORD)
    assert workspace.browse.search_seekers(plus, "홍") == []


def test_the_window_notes_activity_and_writes_note_it_too(
    workspace: Workspace, admin: Actor
) -> None:
    plus = _logged_in(workspace, admin)
    _idle(workspace, 9)
    workspace.accounts.touch(plus, idle_minutes=30)  # reading in the window counts
    _idle(workspace, 25)
    assert workspace.browse.search_seekers(plus, "홍") == []  # its limit is now 30 minutes
    workspace.corrections.counselors(plus)  # a read does not note activity …
    mine = f"SELECT last_seen_at FROM login_sessions WHERE user_id = {plus.user_id}"
    (seen,) = rows(workspace, mine)[0]
    workspace.audit.record(plus, AccessAction.LOCK)
    (after,) = rows(workspace, mine)[0]
    assert str(after) > str(seen)  # … a writing unit does


def test_a_locked_window_and_a_log_out_end_what_the_services_accept(
    workspace: Workspace, admin: Actor
) -> None:
    plus = _logged_in(workspace, admin)
    workspace.accounts.lock_session(plus)
    with pytest.raises(SessionExpired):
        workspace.browse.search_seekers(plus, "홍")
    assert workspace.accounts.verify_password(plus, PASSWORD)
    workspace.browse.search_seekers(plus, "홍")
    workspace.accounts.logout(plus)
    with pytest.raises(SessionExpired, match="로그아웃한 세션"):
        workspace.browse.search_seekers(plus, "홍")
    with pytest.raises(SessionExpired):
        workspace.accounts.verify_password(plus, PASSWORD)
    other = workspace.accounts.authenticate("c-plus", PASSWORD)
    assert workspace.browse.search_seekers(other, "홍") == []  # a new log-in, a new session


def test_unlocking_goes_on_only_for_the_same_role_and_desk(
    workspace: Workspace, admin: Actor
) -> None:
    plus = _logged_in(workspace, admin)
    workspace.accounts.set_role(admin, plus.username, Role.COUNSELOR, "gvalley")
    with pytest.raises(PermissionDenied, match="권한이나 창구가 바뀌었습니다"):
        workspace.accounts.verify_password(plus, PASSWORD)


@SQLITE_ONLY
def test_only_a_hash_of_the_token_is_stored(
    workspace: Workspace, admin: Actor, tmp_path: object
) -> None:
    plus = _logged_in(workspace, admin)
    assert plus.session
    (stored,) = rows(
        workspace, f"SELECT token_hash FROM login_sessions WHERE user_id = {plus.user_id}"
    )[0]
    assert stored != plus.session and len(str(stored)) == 64
    assert workspace.db.path is not None
    raw = b"".join(
        p.read_bytes() for p in workspace.db.path.parent.glob("*.sqlite3*") if p.is_file()
    )
    assert plus.session.encode() not in raw
