"""The team lead's services (merging, month close, follow-up, integrity flags) speak the
language chosen: their refusals and the labels they give the window, in English as in
Korean (the default), from the same catalogue. The field a refusal names is the form's
own key (Korean data) in both languages."""

from __future__ import annotations

import pytest
from conftest import TODAY, add_seeker, placed_year

from deskapp import i18n
from deskapp.domain.access import Actor
from deskapp.domain.dates import Period
from deskapp.domain.errors import ValidationError
from deskapp.services.rules.integrity import flag_label
from deskapp.services.workspace import Workspace


@pytest.mark.parametrize(
    ("language", "same", "not_over", "unfinished", "late"),
    [
        (
            "ko",
            "같은 기록끼리는 합칠 수 없습니다.",
            "2018년 10월은 아직 끝나지 않았습니다.",
            "2018년 4월에 끝나지 않은 일이 있습니다 (미검토 취업 {unreviewed:,}건, "
            "기한 지난 사후관리 {overdue:,}건, 점검 신호 {flags:,}건). "
            "확인한 뒤 그래도 마감하세요.",
            "취업일보다 30일 넘게 늦게 입력된 취업",
        ),
        (
            "en",
            "A record cannot be merged with itself.",
            "10/2018 is not over yet.",
            "4/2018 has unfinished work (unreviewed placements {unreviewed:,}, overdue "
            "follow-ups {overdue:,}, review flags {flags:,}). Check it, then close the month "
            "anyway.",
            "Placement entered more than 30 days after its start date",
        ),
    ],
)
def test_team_lead_refusals_speak_the_language_spoken(
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    language: str,
    same: str,
    not_over: str,
    unfinished: str,
    late: str,
) -> None:
    made = placed_year(workspace, admin)
    i18n.set_language(language)

    with pytest.raises(ValidationError) as merged:
        workspace.merging.merge(team_lead, made["twice"], made["twice"])
    assert merged.value.problems == [("병합", same)]

    with pytest.raises(ValidationError) as early:
        workspace.month_close.close_month(team_lead, TODAY.year, TODAY.month)
    assert early.value.problems == [("마감", not_over)]

    # The counts of each group, as the check before close finds them (two placements of
    # April are not reviewed yet).
    found = workspace.month_close.unfinished(team_lead, 2018, 4)
    counts = {name: len(found.group(name)) for name in ("unreviewed", "overdue", "flags")}
    assert counts["unreviewed"] == 2
    with pytest.raises(ValidationError) as open_work:
        workspace.month_close.close_month(team_lead, 2018, 4, even_if_unfinished=False)
    assert open_work.value.problems == [("마감", unfinished.format(**counts))]
    assert workspace.month_close.closes(team_lead) == []

    # A flag's label is made in the language of the moment it is asked for.
    assert flag_label("late_placement") == late


def test_worklist_and_review_lines_follow_the_language(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    made = placed_year(workspace, admin)
    quiet = add_seeker(workspace, made["plus"], "김연락", "2018-08-01")

    def shown() -> tuple[list[str], set[str]]:
        worklist = workspace.follow_up.worklist(made["plus"])
        review = workspace.placement_review.placements(team_lead, Period.year(2018))
        return (
            [i.detail for i in worklist if i.seeker_id == quiet.id],
            {i.source for i in review if i.seeker_id == made["once"]},
        )

    assert shown() == (["마지막 연락 2018-08-01"], {"직접 입력"})
    i18n.set_language("en")
    assert shown() == (["Last contact 2018-08-01"], {"Entered by hand"})
