"""Domain rules: dates, desks, phones, business numbers, resident numbers, rows."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from deskapp.domain import workbook as wb
from deskapp.domain.business import (
    business_no_check_digit,
    format_business_no,
    normalize_business_no,
)
from deskapp.domain.dates import Period, add_months, parse_date
from deskapp.domain.desks import DESKS, parse_desk
from deskapp.domain.errors import ValidationError
from deskapp.domain.hangul import initials
from deskapp.domain.phone import format_phone, mask_phone, normalize_phone
from deskapp.domain.privacy import mask_resident_numbers
from deskapp.domain.records import Channel, parse_channel, parse_gender
from deskapp.domain.stats import Counts, StatsTable

TODAY = date(2018, 10, 30)


@pytest.mark.parametrize(
    "value",
    [
        "2018-10-30",
        "2018.10.30",
        "2018.10.30.",
        "20181030",
        " 2018. 10. 30. ",
        date(2018, 10, 30),
        datetime(2018, 10, 30, 9, 15),
        20181030,
        43403,  # Excel serial number of 2018-10-30
        43403.0,
    ],
)
def test_dates_in_every_spelling(value: object) -> None:
    assert parse_date(value) == date(2018, 10, 30)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2018-02-30", "없는 날짜"),
        ("2018/10/30", "날짜 형식이 아닙니다"),
        ("30.10.2018", "날짜 형식이 아닙니다"),
        ("", "입력하세요"),
        (None, "입력하세요"),
        (True, "입력하세요"),
        (3.5, "날짜가 아닙니다"),
    ],
)
def test_bad_dates_name_the_field(value: object, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(value, "상담일")
    assert caught.value.field == "상담일"
    assert fragment in caught.value.message


def test_periods() -> None:
    assert Period.month(2018, 2) == Period(date(2018, 2, 1), date(2018, 2, 28))
    assert [p.start.month for p in Period.parse("2018-01-15", "2018-03-02").months()] == [1, 2, 3]
    months = list(Period.parse("2018-01-15", "2018-03-02").months())
    assert months[0].start == date(2018, 1, 15) and months[-1].end == date(2018, 3, 2)
    assert date(2018, 5, 1) in Period.year(2018)
    assert add_months(date(2018, 1, 31), 1) == date(2018, 2, 28)
    with pytest.raises(ValidationError, match="늦습니다"):
        Period.parse("2018-10-30", "2018-01-01")


def test_desks_by_code_official_or_short_name() -> None:
    for desk in DESKS:
        for spelling in (desk.code, desk.name, desk.short_name, f" {desk.name} "):
            assert parse_desk(spelling).desk is desk
    assert parse_desk("동주민센터일자리상담창구").desk.code == "dong"
    assert parse_desk("시흥4동").desk.code == "dong"
    assert parse_desk("독산동").site == "독산동"
    assert parse_desk("동주민센터(시흥4동)").site == "시흥4동"
    assert parse_desk("GVALLEY").desk.code == "gvalley"
    with pytest.raises(ValidationError, match="알 수 없는 창구"):
        parse_desk("구로구 일자리센터", "등록창구")
    with pytest.raises(ValidationError, match="알 수 없는 창구"):
        parse_desk("일자리플러스센터(독산동)")


@pytest.mark.parametrize(
    ("typed", "digits", "shown"),
    [
        ("010-1234-5678", "01012345678", "010-1234-5678"),
        ("010 1234 5678", "01012345678", "010-1234-5678"),
        ("+82 10-1234-5678", "01012345678", "010-1234-5678"),
        ("011-123-4567", "0111234567", "011-123-4567"),
        ("016-1234-5678", "01612345678", "016-1234-5678"),
        ("019-123-4567", "0191234567", "019-123-4567"),
        ("02-123-4567", "021234567", "02-123-4567"),
        ("(02) 2627-1234", "0226271234", "02-2627-1234"),
        ("031-123-4567", "0311234567", "031-123-4567"),
        ("064-1234-5678", "06412345678", "064-1234-5678"),
        ("070-1234-5678", "07012345678", "070-1234-5678"),
        ("0505-123-4567", "05051234567", "0505-123-4567"),
        ("0502-1234-5678", "050212345678", "0502-1234-5678"),
        ("1588-1234", "15881234", "1588-1234"),
        ("1644-0000", "16440000", "1644-0000"),
        ("1899-1234", "18991234", "1899-1234"),
        (1012345678, "01012345678", "010-1234-5678"),  # a number cell lost its leading zero
        (15881234, "15881234", "1588-1234"),
    ],
)
def test_phone_numbers(typed: object, digits: str, shown: str) -> None:
    assert normalize_phone(typed) == digits
    assert format_phone(digits) == shown


@pytest.mark.parametrize(
    "typed",
    [
        "010-123-4567",
        "012-1234-5678",
        "02-12-3456",
        "1234-5678",
        "0509-123-4567",
        "070-123-456",
        "010-1234-56789",
        "전화없음",
        "",
        "1588-123",
    ],
)
def test_bad_phone_numbers(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed, "연락처")
    assert caught.value.field == "연락처"


def test_phone_masked_for_lists() -> None:
    assert mask_phone("01012345678") == "010-****-5678"
    assert mask_phone("021234567") == "02-***-4567"
    assert mask_phone("15881234") == "1588-1234"
    assert mask_phone(None) == ""


def test_business_number_check_digit() -> None:
    # Published numbers: Samsung Electronics 124-81-00998, the NTS sample 220-81-62517.
    assert normalize_business_no("124-81-00998") == "1248100998"
    assert normalize_business_no("2208162517") == "2208162517"
    assert business_no_check_digit("124810099") == 8
    assert format_business_no("1248100998") == "124-81-00998"
    with pytest.raises(ValidationError, match="검증번호"):
        normalize_business_no("124-81-00997")
    with pytest.raises(ValidationError, match="10자리"):
        normalize_business_no("124-81-0099")
    with pytest.raises(ValidationError, match="숫자가 아닌"):
        normalize_business_no("124-81-0099X")


def test_business_number_weights_by_hand() -> None:
    # 1,3,7,1,3,7,1,3,5 and floor(5*d9/10): 2+6+0+8+3+7+6+3+5*7=70, +floor(35/10)=3 -> 73 -> 7
    assert business_no_check_digit("220816251") == 7


def test_resident_numbers_are_masked_in_free_text() -> None:
    masked, count = mask_resident_numbers("본인 800101-1234567, 배우자 8502152345678 확인")
    assert count == 2
    assert masked == "본인 800101-1******, 배우자 850215-2****** 확인"
    assert "1234567" not in masked
    # Phone numbers and dates are left alone.
    assert mask_resident_numbers("010-1234-5678, 2018-10-30")[1] == 0


def test_initials() -> None:
    assert initials("김민수") == "ㄱㅁㅅ"
    assert initials("홍길동 B") == "ㅎㄱㄷ B"


def test_vocabularies() -> None:
    assert parse_channel("찾아가는 상담") is Channel.OUTREACH
    assert parse_gender("여자").value == "여"
    with pytest.raises(ValidationError, match="상담방법"):
        parse_channel("문자")


def test_total_is_the_sum_of_the_desk_rows() -> None:
    table = StatsTable(
        Period.year(2018),
        {"plus": Counts(1, 2, 3, 4, 5), "dong": Counts(10, 20, 30, 40, 50)},
    )
    assert table.total == Counts(11, 22, 33, 44, 55)
    assert [row.desk for row in table.rows] == ["total", "plus", "gvalley", "dong", "welfare"]
    assert table.csv_lines()[0] == "desk,job_openings,job_seekers,sessions,referrals,placements"
    assert table.csv_lines()[3] == "gvalley,0,0,0,0,0"


def test_a_row_lists_every_bad_column() -> None:
    values = {
        "구직자번호": "S1",
        "성명": "홍길동1",
        "등록창구": "구로",
        "등록일": "2018-13-01",
        "연락처": "010-12",
        "생년월일": "2015-01-01",
    }
    with pytest.raises(ValidationError) as caught:
        wb.clean_row(wb.SEEKERS, values, TODAY)
    fields = [field for field, _ in caught.value.problems]
    assert fields == ["성명", "등록창구", "등록일", "생년월일", "연락처"]


def test_clean_rows() -> None:
    seeker, masked = wb.clean_row(
        wb.SEEKERS,
        {
            "구직자번호": 1001,
            "성명": " 김 민수 ",
            "등록창구": "독산동",
            "등록일": "2018.10.01.",
            "주소": "금천구 800101-1234567",
            "성별": "남",
        },
        TODAY,
    )
    assert (seeker.seeker_no, seeker.name, seeker.desk.desk.code, seeker.desk.site) == (
        "1001",
        "김 민수",
        "dong",
        "독산동",
    )
    assert masked == 1 and "1234567" not in seeker.address
    placement, _ = wb.clean_row(
        wb.PLACEMENTS, {"구직자번호": "S1", "취업일": "20181001", "취업창구": "plus"}, TODAY
    )
    # No 구인번호: 본인취업 (the import links a placement to an opening only by its number).
    assert placement.opening_no is None and placement.referral_id is None
    placement, _ = wb.clean_row(
        wb.PLACEMENTS,
        {"구직자번호": "S1", "취업일": "20181001", "취업창구": "plus", "구인번호": "J1"},
        TODAY,
    )
    assert placement.opening_no == "J1"  # 알선취업 from that opening's referral
    with pytest.raises(ValidationError, match="미래"):
        wb.clean_row(
            wb.SESSIONS, {"구직자번호": "S1", "상담일": "2018-11-01", "상담창구": "plus"}, TODAY
        )
    for headcount in (0, -1, 1.5, "두 명"):
        with pytest.raises(ValidationError) as caught:
            wb.clean_row(
                wb.OPENINGS,
                {
                    "구인번호": "J1",
                    "업체번호": "E1",
                    "모집직종": "경비",
                    "모집인원": headcount,
                    "등록창구": "plus",
                    "등록일": "2018-10-01",
                },
                TODAY,
            )
        assert caught.value.field == "모집인원"


def test_no_resident_number_field_anywhere() -> None:
    for spec in wb.SHEETS:
        assert not any("주민" in heading for heading in spec.headings)


def _outcomes(rows: list[dict[str, object]]) -> list[object]:
    """What clean_row makes of each row: its command and masked count, or its problems."""
    found: list[object] = []
    for values in rows:
        try:
            found.append(wb.clean_row(wb.OPENINGS, values, date(2018, 12, 31)))
        except ValidationError as error:
            found.append(error.problems)
    return found


def test_remembering_the_fields_checks_changes_nothing_but_the_time() -> None:
    """Within ``remembering`` a value met before gives its result again: 1, 1.0, True and
    "1" are each their own value, and a bad value's problems come back for every row."""
    from deskapp.domain.commands import _Memo, remembering

    counts: list[object] = [1, 1.0, True, "1", "1", 2.5, "많이", "많이", 0, 1, True, None, " 3명 "]
    rows: list[dict[str, object]] = [
        {
            "구인번호": f"J{i}",
            "업체번호": "E1",
            "모집직종": "경비원",
            "모집인원": count,
            "등록창구": ["plus", "gvalley", "구로", "plus"][i % 4],
            "등록일": ["2018-03-01", "2018.03.01.", 43160, "2999-01-01", "2018-03-01"][i % 5],
            "마감일": "2018-02-01" if i % 3 == 0 else None,
        }
        for i, count in enumerate(counts * 200)  # past the trial of each field
    ]
    plain = _outcomes(rows)
    with remembering():
        remembered = _outcomes(rows)
        again = _outcomes(rows)
    assert remembered == plain and again == plain
    assert sum(isinstance(o, list) for o in plain) > 200  # refusals are remembered too
    small = _Memo()
    small.LIMIT = 10  # bounded: past the limit, values are checked and not kept
    spec = wb.OPENINGS.fields[0]
    for n in range(50):
        assert small.parse(spec, f"J{n}", date(2018, 12, 31)) == f"J{n}"
    assert len(small.results) == 10
