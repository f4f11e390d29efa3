"""An account is read again in every unit of work, reads included: disabled, demoted or
moved to another desk since it logged in, it acts no more — whatever the window shows."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import PASSWORD, counselor_at, rows

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterSeeker
from deskapp.domain.dates import Period
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.records import Role
from deskapp.services.browse import SeekerFilter
from deskapp.services.workspace import Workspace


def test_a_disabled_counselor_can_no_longer_read(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    saved = workspace.records.register_seeker(
        plus, RegisterSeeker(name="홍길동", registered_on=date(2018, 10, 1), consented=True)
    )
    assert workspace.browse.seeker(plus, saved.id).name == "홍길동"
    workspace.accounts.set_active(admin, plus.username, False)
    views = rows(workspace, "SELECT count(*) FROM access_log WHERE action = 'view'")
    for read in (
        lambda: workspace.browse.seeker(plus, saved.id),
        lambda: workspace.browse.search_seekers(plus, "홍"),
        lambda: workspace.browse.seeker_ids(plus, SeekerFilter()),
        lambda: workspace.browse.seeker_count(plus, SeekerFilter()),
        lambda: workspace.browse.seeker_page(plus, SeekerFilter(), 0, 100),
        lambda: workspace.browse.seeker_position(plus, SeekerFilter(), saved.id),
        lambda: workspace.statistics.table(plus, Period.year(2018)),
        lambda: workspace.corrections.history(plus, None, saved.number),
        lambda: workspace.follow_up.worklist(plus),
    ):
        with pytest.raises(PermissionDenied, match="다시 로그인하세요"):
            read()
    # Refused before anything was read or logged.
    assert rows(workspace, "SELECT count(*) FROM access_log WHERE action = 'view'") == views


def test_a_demoted_team_lead_can_no_longer_close_or_export(
    workspace: Workspace, admin: Actor
) -> None:
    lead = workspace.accounts.create_user(admin, "lead2", PASSWORD, Role.TEAM_LEAD)
    workspace.accounts.set_role(admin, lead.username, Role.COUNSELOR, "plus")
    with pytest.raises(PermissionDenied):
        workspace.month_close.close_month(lead, 2018, 9)
    with pytest.raises(PermissionDenied):
        workspace.statistics.export_table(lead, Period.year(2018), "보고")
    with pytest.raises(PermissionDenied):
        workspace.drill_down.drill_down(lead, Period.year(2018), "plus", "sessions")
    assert rows(workspace, "SELECT count(*) FROM month_closes") == [(0,)]


def test_a_counselor_moved_to_another_desk_acts_as_the_new_one_only_after_logging_in_again(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    workspace.accounts.set_role(admin, plus.username, Role.COUNSELOR, "gvalley")
    with pytest.raises(PermissionDenied):
        workspace.browse.search_seekers(plus, "홍")
    again = workspace.accounts.authenticate(plus.username, PASSWORD)
    assert again.desk == "gvalley"
    assert workspace.browse.search_seekers(again, "홍") == []
