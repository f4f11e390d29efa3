"""Nothing lost, no one in: the lockout counts every attempt made at once, it keeps time by
the server in shared mode, someone always manages the accounts, and a failed log-in keeps
no typed text that is not an account's name."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from functools import partial

import pytest
from conftest import PASSWORD, counselor_at, rows

from deskapp.domain.access import Actor
from deskapp.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from deskapp.domain.records import Role
from deskapp.services.accounts import AccountService
from deskapp.services.workspace import Workspace
from deskapp.store.models import utcnow

ATTEMPTS = 12
SERVER_ONLY = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


def at_once(calls: list[Callable[[], object]]) -> list[object]:
    """Run ``calls`` in threads released together; each one's result or exception."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except Exception as error:  # the outcome under test
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def failures(workspace: Workspace) -> list[tuple[object, ...]]:
    return rows(
        workspace,
        "SELECT username, detail FROM access_log WHERE action = 'login_failed' ORDER BY id",
    )


# -- 12: the failure count ---------------------------------------------------------------------


def test_twelve_wrong_passwords_at_once_lock_the_account_at_the_fifth(
    workspace: Workspace, admin: Actor
) -> None:
    counselor_at(workspace, admin, "plus")
    accounts = workspace.accounts
    outcomes = at_once([lambda: accounts.authenticate("c-plus", "wrong-pass-9")] * ATTEMPTS)
    messages = [str(o) for o in outcomes if isinstance(o, AuthenticationFailed)]
    assert len(messages) == ATTEMPTS, outcomes
    # One after another: four wrong, the fifth locks, the seven after it meet the lock.
    assert sorted(messages) == sorted(
        ["사용자 이름 또는 비밀번호가 맞지 않습니다."] * 4
        + ["비밀번호가 5번 틀려 계정을 10분 동안 잠갔습니다."]
        + ["계정이 잠겨 있습니다. 10분 뒤에 다시 시도하세요."] * 7
    )
    assert sorted(str(detail) for _, detail in failures(workspace)) == sorted(
        [f"비밀번호 틀림 ({n}회째)" for n in range(1, 5)]
        + ["비밀번호 틀림 (5회째), 10분 잠금"]
        + ["잠긴 계정"] * 7
    )
    ((count, locked),) = rows(
        workspace, "SELECT failed_logins, locked_until FROM users WHERE username = 'c-plus'"
    )
    assert count == 0 and locked is not None
    with pytest.raises(AuthenticationFailed, match="잠겨 있습니다"):
        accounts.authenticate("c-plus", PASSWORD)


def test_four_wrong_at_once_then_one_more_locks(workspace: Workspace, admin: Actor) -> None:
    counselor_at(workspace, admin, "plus")
    accounts = workspace.accounts
    at_once([lambda: accounts.authenticate("c-plus", "wrong-pass-9")] * 4)
    assert rows(workspace, "SELECT failed_logins FROM users WHERE username = 'c-plus'") == [(4,)]
    with pytest.raises(AuthenticationFailed, match="10분 동안 잠갔습니다"):
        accounts.authenticate("c-plus", "wrong-pass-9")


# -- 21: the lockout keeps the server's time in shared mode ------------------------------------


@SERVER_ONLY
def test_a_desk_clock_moved_forward_does_not_lift_a_lock_on_the_server(
    workspace: Workspace, admin: Actor
) -> None:
    counselor_at(workspace, admin, "plus")
    ahead = AccountService(workspace.db, clock=lambda: utcnow() + timedelta(minutes=11))
    behind = AccountService(workspace.db, clock=lambda: utcnow() - timedelta(hours=1))
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            workspace.accounts.authenticate("c-plus", "wrong-pass-9")
    with pytest.raises(AuthenticationFailed, match=r"잠겨 있습니다\. 10분"):
        ahead.authenticate("c-plus", PASSWORD)
    # A lock made from a desk whose clock is an hour behind lasts ten minutes all the same.
    workspace.accounts.reset_password(admin, "c-plus", PASSWORD)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            behind.authenticate("c-plus", "wrong-pass-9")
    with pytest.raises(AuthenticationFailed, match=r"잠겨 있습니다\. 10분"):
        workspace.accounts.authenticate("c-plus", PASSWORD)


# -- 11: someone always manages the accounts ---------------------------------------------------


def test_the_last_administrator_cannot_be_given_another_role(
    workspace: Workspace, admin: Actor
) -> None:
    accounts = workspace.accounts
    for role, desk in ((Role.TEAM_LEAD, None), (Role.COUNSELOR, "plus")):
        with pytest.raises(ValidationError, match="마지막 관리자"):
            accounts.set_role(admin, "admin", role, desk)
    assert rows(workspace, "SELECT role FROM users") == [("admin",)]
    assert [e.action for e in accounts.events(admin)] == ["create"]
    # A disabled administrator manages nothing: the active one is still the last.
    accounts.create_user(admin, "spare", PASSWORD, Role.ADMIN)
    accounts.set_active(admin, "spare", False)
    with pytest.raises(ValidationError, match="마지막 관리자"):
        accounts.set_role(admin, "admin", Role.TEAM_LEAD, None)
    # With another active administrator either may become a team lead.
    accounts.set_active(admin, "spare", True)
    accounts.set_role(admin, "admin", Role.TEAM_LEAD, None)
    spare = accounts.authenticate("spare", PASSWORD)
    with pytest.raises(ValidationError, match="마지막 관리자"):
        accounts.set_role(spare, "spare", Role.TEAM_LEAD, None)
    with pytest.raises(ValidationError, match="마지막 관리자"):
        accounts.set_active(spare, "spare", False)
    assert rows(workspace, "SELECT username FROM users WHERE role = 'admin'") == [("spare",)]


def test_two_administrators_demoting_each_other_at_once_leave_one(
    workspace: Workspace, admin: Actor
) -> None:
    accounts = workspace.accounts
    survivor = admin
    refused = 0
    for round_ in range(12):
        name = f"adm{round_}"
        accounts.create_user(survivor, name, PASSWORD, Role.ADMIN)
        other = accounts.authenticate(name, PASSWORD)
        first, second = survivor, other
        outcomes = at_once(
            [
                partial(accounts.set_role, first, second.username, Role.TEAM_LEAD, None),
                partial(accounts.set_role, second, first.username, Role.TEAM_LEAD, None),
            ]
        )
        assert sum(o is None for o in outcomes) == 1, outcomes
        refused += sum(isinstance(o, ValidationError | PermissionDenied) for o in outcomes)
        active = rows(
            workspace,
            "SELECT username FROM users WHERE role = 'admin' AND is_active = "
            + ("true" if workspace.db.path is None else "1"),
        )
        assert len(active) == 1, (round_, active)
        survivor = first if active[0][0] == first.username else second
    assert refused == 12


# -- 5: a failed log-in keeps no typed text ----------------------------------------------------


def test_a_failed_log_in_keeps_the_name_only_of_an_existing_account(
    workspace: Workspace, admin: Actor
) -> None:
    counselor_at(workspace, admin, "plus")
    workspace.accounts.set_active(admin, "c-plus", False)
    typed = "Secret-Pass-77"  # a password typed into the name field
    for name in (typed, f"  {typed} ", "c-plus", "admin"):
        with pytest.raises(AuthenticationFailed):
            workspace.accounts.authenticate(name, "wrong-pass-9")
    assert failures(workspace) == [
        ("?", "없는 계정"),
        ("?", "없는 계정"),
        ("c-plus", "사용 중지된 계정"),
        ("admin", "비밀번호 틀림 (1회째)"),
    ]
    everything = rows(workspace, "SELECT * FROM access_log") + rows(
        workspace, "SELECT * FROM account_events"
    )
    assert not any(typed in str(value) for row in everything for value in row)
