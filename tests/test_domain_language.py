"""The domain's refusals and labels in the language spoken: Korean by default, English
when chosen, from the same English source and the catalogue's Korean translation."""

from __future__ import annotations

from datetime import date

import pytest

from deskapp import i18n
from deskapp.domain.access import Actor, Permission
from deskapp.domain.commands import seeker_command
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import PermissionDenied, Problem, ValidationError
from deskapp.domain.outreach import ContactKind, parse_contact_kind
from deskapp.domain.records import RecordKind, Role
from deskapp.domain.retention import checkpoint_label, state_label

TODAY = date(2018, 10, 30)
COUNSELOR = Actor(3, "kim", "김상담", Role.COUNSELOR, "plus")


def _refusal(values: dict[str, object]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        seeker_command(values, TODAY)
    return caught.value.problems


def test_a_form_refusal_in_korean_names_the_field_with_its_particle() -> None:
    problems = _refusal({"성명": "", "등록일": "2018-10-31", "연락처": "02-123"})
    assert problems == [
        ("성명", "성명을 입력하세요."),
        ("등록일", "2018-10-31은 미래의 날짜입니다."),
        ("연락처", "'02-123'은 올바른 전화번호가 아닙니다."),
    ]


def test_the_same_refusal_in_english() -> None:
    i18n.set_language("en")
    problems = _refusal({"성명": "", "등록일": "2018-10-31", "연락처": "02-123"})
    # The field keeps its key (the workbook's column name: data); the sentence names it in
    # the language spoken.
    assert problems == [
        ("성명", "Enter Name."),
        ("등록일", "2018-10-31 is in the future."),
        ("연락처", "'02-123' is not a valid phone number."),
    ]


def test_an_unknown_desk_in_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_desk("본청")
    assert caught.value.message == (
        "'본청'은 알 수 없는 창구입니다 "
        "(일자리플러스센터, G밸리, 동주민센터, 고용복지플러스센터 중 하나)."
    )
    i18n.set_language("en")
    with pytest.raises(ValidationError) as caught:
        parse_desk("본청")
    assert caught.value.message == (
        "'본청' is not a known desk "
        "(one of 일자리플러스센터, G밸리, 동주민센터, 고용복지플러스센터)."
    )


def test_a_permission_refusal_in_both_languages() -> None:
    with pytest.raises(PermissionDenied) as caught:
        COUNSELOR.require(Permission.MANAGE_ACCOUNTS)
    assert str(caught.value) == "상담사 계정 'kim'은 '계정 관리' 권한이 없습니다."
    i18n.set_language("en")
    with pytest.raises(PermissionDenied) as caught:
        COUNSELOR.require(Permission.MANAGE_ACCOUNTS)
    assert (
        str(caught.value) == "The Counselor account 'kim' lacks the 'Manage accounts' permission."
    )


def test_labels_and_a_workbook_problem_follow_the_language() -> None:
    problem = Problem("구직자", 7, "연락처", "...")
    assert (Role.TEAM_LEAD.label, RecordKind.SEEKER.label) == ("팀장", "구직자")
    assert (checkpoint_label(3), state_label("not_due")) == ("3개월", "도래 전")
    assert str(problem) == "[구직자] 7행 '연락처' 열: ..."
    i18n.set_language("en")
    assert (Role.TEAM_LEAD.label, RecordKind.SEEKER.label) == ("Team lead", "Job seeker")
    assert (checkpoint_label(3), state_label("not_due")) == ("3-month", "Not yet due")
    assert str(problem) == "[구직자] row 7, column '연락처': ..."


def test_a_contact_kind_is_read_in_korean_whichever_the_language_and_by_its_shown_name() -> None:
    i18n.set_language("en")
    assert parse_contact_kind("구인 발굴") is ContactKind.OPENING_FOUND
    assert parse_contact_kind("Opening found") is ContactKind.OPENING_FOUND
    i18n.set_language("ko")
    assert parse_contact_kind("구인 발굴") is ContactKind.OPENING_FOUND
