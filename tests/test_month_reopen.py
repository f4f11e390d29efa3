"""Reopening a closed month (MonthCloseService.reopen_month): who may, what it needs, and
what it records."""

from __future__ import annotations

import pytest
from conftest import rows

from deskapp.domain.access import Actor
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.services.workspace import Workspace


def test_a_reopening_records_who_when_and_why_masked(
    workspace: Workspace, team_lead: Actor
) -> None:
    workspace.month_close.close_month(team_lead, 2018, 8)
    workspace.month_close.close_month(team_lead, 2018, 9)
    workspace.month_close.reopen_month(team_lead, 2018, 9, "  정정 800101-1234567  ")
    by_month = {(c.year, c.month): c for c in workspace.month_close.closes(team_lead)}
    september, august = by_month[(2018, 9)], by_month[(2018, 8)]
    assert september.reopened_at is not None
    assert (september.reopened_by, september.reopen_reason) == ("lead", "정정 800101-1******")
    assert (august.reopened_at, august.reopened_by, august.reopen_reason) == (None, None, None)
    details = [d for (d,) in rows(workspace, "SELECT detail FROM access_log")]
    assert "2018-09 마감 해제: 정정 800101-1******" in details


def test_a_reopening_is_refused_without_a_reason_a_close_or_the_permission(
    workspace: Workspace, team_lead: Actor, counselor: Actor
) -> None:
    workspace.month_close.close_month(team_lead, 2018, 9)
    with pytest.raises(ValidationError) as refused:
        workspace.month_close.reopen_month(team_lead, 2018, 9, "   ")
    assert refused.value.field == "재개 사유"
    with pytest.raises(NotFound) as missing:
        workspace.month_close.reopen_month(team_lead, 2018, 8, "정정")
    assert str(missing.value) == "2018년 8월은 마감되어 있지 않습니다."
    with pytest.raises(PermissionDenied):
        workspace.month_close.reopen_month(counselor, 2018, 9, "정정")
    workspace.month_close.reopen_month(team_lead, 2018, 9, "정정")
    with pytest.raises(NotFound):  # reopened already
        workspace.month_close.reopen_month(team_lead, 2018, 9, "정정")
