"""The empty records workbook (ARCHITECTURE.md) that counselors fill in to import."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from deskapp.domain.dates import SPELLINGS
from deskapp.domain.desks import DESKS
from deskapp.domain.records import STARTING_GROUPS, Education, Verification
from deskapp.domain.workbook import SHEETS
from deskapp.reports.files import write_atomically

#: Columns whose cells are text even when they look like numbers.
TEXT_COLUMNS = frozenset({"희망직종코드", "모집직종코드"})  # korean-data
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_OPTIONAL_FILL = PatternFill("solid", fgColor="E2EFDA")

#: The comment on a heading: (required, outside the basic form) -> note.
_NOTES = {
    (True, False): "필수",  # korean-data
    (True, True): "필수",  # korean-data
    (False, True): "선택 (기본 양식 밖)",  # korean-data
    (False, False): "선택",  # korean-data
}

GUIDE = (
    "기록 통합문서 작성 안내",  # korean-data
    "",
    "• 시트: "  # korean-data
    + ", ".join(spec.name for spec in SHEETS)
    + " (없는 시트는 그 종류의 기록이 없음)",  # korean-data
    "• 1행의 열 제목은 그대로 두세요. 주황색은 필수, 초록색은 선택 열입니다.",  # korean-data
    "• 날짜: 엑셀 날짜 또는 " + SPELLINGS,  # korean-data
    "• 창구: "  # korean-data
    + ", ".join(f"{d.short_name}({d.code})" for d in DESKS)
    + " — 동주민센터는 '시흥4동' 또는 '독산동'으로 적으면 장소까지 기록됩니다.",  # korean-data
    "• 사업자등록번호는 10자리(하이픈 있어도 됨), "  # korean-data
    "연락처는 국내 전화번호, 모집인원은 1 이상.",  # korean-data
    "• 구직자번호·업체번호·구인번호는 같은 통합문서나 "  # korean-data
    "이미 가져온 기록을 가리킬 수 있습니다.",  # korean-data
    "• 희망직종코드·모집직종코드: 한국고용직업분류(KECO) "  # korean-data
    "코드를 텍스트로 (앞자리 0 유지, "  # korean-data
    "워크넷 6자리도 됨). 비워 두면 희망직종·모집직종의 "  # korean-data
    "낱말로 코드를 찾습니다.",  # korean-data
    "• 구직자의 희망고용형태·구인의 고용형태: "  # korean-data
    "정규직, 계약직, 시간제, 일용직 중 하나 "  # korean-data
    "(취업 시트의 고용형태는 자유롭게).",  # korean-data
    "• 구직자의 구민여부·SMS수신동의: 예 또는 아니오. 대상그룹: "  # korean-data
    + ", ".join(STARTING_GROUPS)
    + " 중 여럿을 쉼표로. 최종학력: "  # korean-data
    + ", ".join(e.value for e in Education)
    + ".",
    "• 경력: 한 칸에 여럿을 세미콜론(;)이나 줄바꿈으로 나눠 "  # korean-data
    "'업체, 직무, 2015-03~2017-12'처럼. "  # korean-data
    "자격증: 쉼표로 나눠서. 희망임금·희망근무지역: "  # korean-data
    "자유롭게 (예: 월 230만원, 금천구).",  # korean-data
    "• 상담 시트의 다음연락일, 취업 시트의 확인방법("  # korean-data
    + ", ".join(v.value for v in Verification)
    + ")도 적을 수 있습니다.",  # korean-data
    "• 위 열들(기본 양식에 없는 열)에서 알아볼 수 없는 값은 비워 두고 알려 줄 뿐, "  # korean-data
    "가져오기를 막지 않습니다.",  # korean-data
    "• 주민등록번호는 어떤 칸에도 적지 마세요.",  # korean-data
    "• 문제가 하나라도 있으면 아무것도 가져오지 않고, "  # korean-data
    "시트·행·열마다 문제를 알려 줍니다.",  # korean-data
)


def write_template(path: Path) -> Path:
    """Write the empty records workbook with every sheet and heading, and a guide sheet."""

    def write(target: Path) -> None:
        book = Workbook()
        guide = book.active
        assert guide is not None
        guide.title = "안내"  # korean-data
        for line in GUIDE:
            guide.append([line])
        guide["A1"].font = Font(bold=True, size=13)
        guide.column_dimensions["A"].width = 110
        for spec in SHEETS:
            sheet = book.create_sheet(spec.name)
            sheet.append(list(spec.headings))
            for column, heading in enumerate(spec.headings, start=1):
                cell = sheet.cell(row=1, column=column)
                required = heading in spec.required
                cell.font = Font(bold=True)
                cell.fill = _REQUIRED_FILL if required else _OPTIONAL_FILL
                extension = heading in spec.extensions
                note = _NOTES[(required, extension)]
                cell.comment = Comment(note, "deskapp")
                letter = get_column_letter(column)
                sheet.column_dimensions[letter].width = 14
                if heading in TEXT_COLUMNS:  # a code typed as a number loses its leading 0
                    sheet.column_dimensions[letter].number_format = "@"
            sheet.freeze_panes = "A2"
        book.save(target)

    return write_atomically(path, write)
