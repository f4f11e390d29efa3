"""The layers below the window speak the language chosen: the importer's sheet-and-row
messages, the services' refusals and the lines they give the window, in English as in
Korean (the default), from the same catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbooks import write_book

from deskapp import i18n
from deskapp.domain.access import Actor
from deskapp.domain.errors import AuthenticationFailed, NotFound, WorkbookRejected
from deskapp.services.rules.month_check import GROUPS
from deskapp.services.rules.records import MASKED_WARNING
from deskapp.services.workspace import Workspace

#: A seeker sheet without its 등록창구 column, and an opening of an employer nowhere.
SHEETS: dict[str, list[list[object]]] = {
    "구직자": [["구직자번호", "성명", "등록일"], ["S1", "김민수", "2018-01-01"]],
    "구인": [
        ["구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일"],
        ["J1", "E9", "경비", 1, "plus", "2018-01-02"],
    ],
}


def _problems(workspace: Workspace, admin: Actor, book: Path) -> list[tuple[str, int, str, str]]:
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, book)
    return [(p.sheet, p.row, p.column, p.message) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ko",
            [
                ("구직자", 1, "등록창구", "필수 열이 없습니다."),
                (
                    "구인",
                    2,
                    "업체번호",
                    "'E9'는 이 통합문서의 '구인업체' 시트에도, 데이터베이스에도 없습니다.",
                ),
            ],
        ),
        (
            "en",
            [
                ("구직자", 1, "등록창구", "A required column is missing."),
                (
                    "구인",
                    2,
                    "업체번호",
                    "'E9' is neither on this workbook's '구인업체' sheet nor in the database.",
                ),
            ],
        ),
    ],
)
def test_import_problems_name_the_sheet_and_row_in_the_language_spoken(
    workspace: Workspace, admin: Actor, tmp_path: Path, language: str, expected: list[object]
) -> None:
    i18n.set_language(language)
    book = write_book(tmp_path / "records.xlsx", SHEETS)
    # The sheet and column names are the workbook's own (Korean data) in both languages.
    assert _problems(workspace, admin, book) == expected


@pytest.mark.parametrize(
    ("language", "wrong", "missing"),
    [
        ("ko", "사용자 이름 또는 비밀번호가 맞지 않습니다.", "계정 'nobody'가 없습니다."),
        ("en", "The user name or password is incorrect.", "There is no account 'nobody'."),
    ],
)
def test_account_refusals_speak_the_language_spoken(
    workspace: Workspace, admin: Actor, language: str, wrong: str, missing: str
) -> None:
    i18n.set_language(language)
    with pytest.raises(AuthenticationFailed) as refused:
        workspace.accounts.authenticate("admin", "not-the-password-1")
    assert str(refused.value) == wrong
    with pytest.raises(AuthenticationFailed) as no_account:  # said alike: no account probing
        workspace.accounts.authenticate("nobody", "not-the-password-1")
    assert str(no_account.value) == wrong
    with pytest.raises(NotFound) as unknown:
        workspace.accounts.set_active(admin, "nobody", False)
    assert str(unknown.value) == missing


def test_constants_shown_by_other_layers_follow_the_language() -> None:
    """A constant the command line prints or formats as it is speaks the language of the
    moment it is shown, not of the moment it was made."""
    titles = [title for _, title in GROUPS]
    assert [f"{t}" for t in titles] == ["미검토 취업", "기한 지난 사후관리", "점검 신호"]
    assert MASKED_WARNING.format(n=2) == "주민등록번호로 보이는 숫자 2건을 가려서 저장했습니다."
    i18n.set_language("en")
    assert [f"{t}" for t in titles] == [
        "Unreviewed placements",
        "Overdue follow-ups",
        "Review flags",
    ]
    assert MASKED_WARNING.format(n=2) == (
        "2 number(s) that looked like resident registration numbers were hidden."
    )
