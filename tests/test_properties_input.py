"""Properties of the rules a counselor's input meets, over inputs Hypothesis makes up: dates in
every spelling, phone and business numbers however written, resident numbers masked whatever
their separator and digits, and 초성 matching. Each expectation is worked out here from the
rule as documented (ARCHITECTURE.md, the domain modules' docstrings), never by calling the
code under test; and every other input is refused with a ``ValidationError`` naming the field,
never another exception (a user never sees a traceback).
"""

from __future__ import annotations

import calendar
import itertools
import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from initials_oracle import CONSONANTS, first_match, initial_of

from deskapp.domain.business import format_business_no, normalize_business_no
from deskapp.domain.dates import Period, parse_date
from deskapp.domain.errors import ValidationError
from deskapp.domain.hangul import initials, match_position
from deskapp.domain.phone import format_phone, mask_phone, normalize_phone
from deskapp.domain.privacy import looks_like_resident_number, mask_resident_numbers

#: Pure functions: many examples still take well under a second each.
FAST = settings(max_examples=100, deadline=None)

# -- digits of every width and script ---------------------------------------------------

#: The zero of each run of decimal digits used: ASCII, full width, Arabic-Indic, extended
#: Arabic-Indic, Devanagari, Bengali, Thai, mathematical bold and monospace.
_ZEROS = (0x30, 0xFF10, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1D7CE, 0x1D7F6)
assert all(unicodedata.decimal(chr(z + n)) == n for z in _ZEROS for n in range(10))


@st.composite
def written_digits(draw: st.DrawFn, digits: str) -> str:
    """``digits`` (ASCII) with each digit in a script drawn for it."""
    return "".join(chr(draw(st.sampled_from(_ZEROS)) + int(d)) for d in digits)


def _field_named(error: ValidationError, field: str) -> bool:
    return [f for f, _ in error.problems] == [field]


# -- dates ------------------------------------------------------------------------------

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 for every day from 1900-03-01 on


@st.composite
def typed_dates(draw: st.DrawFn) -> tuple[date, object]:
    """A day and one of the ways a counselor or a workbook cell writes it."""
    day = draw(st.dates(min_value=date(1900, 3, 1), max_value=date(2999, 12, 31)))
    y, m, d = day.year, day.month, day.day
    month = draw(st.sampled_from([f"{m:02d}", str(m)]))
    dom = draw(st.sampled_from([f"{d:02d}", str(d)]))
    gap = draw(st.sampled_from(["", " "]))
    pad = draw(st.sampled_from(["", " ", "  ", "\t"]))
    serial = (day - EXCEL_EPOCH).days
    value = draw(
        st.sampled_from(
            [
                f"{pad}{y:04d}-{month}-{dom}{pad}",
                f"{pad}{y:04d}.{gap}{month}.{gap}{dom}{pad}",
                f"{pad}{y:04d}.{gap}{month}.{gap}{dom}.{pad}",
                f"{y:04d}{m:02d}{d:02d}",
                int(f"{y:04d}{m:02d}{d:02d}"),  # a number cell holding YYYYMMDD
                serial,  # an Excel date read as its serial number
                float(serial),
                day,
                datetime(y, m, d, draw(st.integers(0, 23)), draw(st.integers(0, 59))),
            ]
        )
    )
    return day, value


@FAST
@given(typed_dates())
def test_every_spelling_of_a_day_reads_as_that_day(case: tuple[date, object]) -> None:
    day, value = case
    assert parse_date(value, "상담일") == day


@FAST
@given(
    st.integers(1900, 2999),
    st.integers(0, 13),
    st.data(),
    st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}.{m}.{d}.", "{y}{m:02d}{d:02d}"]),
)
def test_a_day_the_calendar_lacks_is_refused_naming_the_field(
    year: int, month: int, data: st.DataObject, spelling: str
) -> None:
    if 1 <= month <= 12:  # a day past the month's last, or day 0
        last = calendar.monthrange(year, month)[1]
        day = data.draw(st.sampled_from([0, *range(last + 1, 32)]))
    else:  # month 0 or 13
        day = data.draw(st.integers(0, 31))
    with pytest.raises(ValidationError) as caught:
        parse_date(spelling.format(y=year, m=month, d=day), "취업일")
    assert _field_named(caught.value, "취업일")


@FAST
@given(st.one_of(st.text(), st.integers(), st.floats(), st.booleans(), st.none()))
def test_anything_else_is_a_date_or_a_refusal_naming_the_field(value: object) -> None:
    try:
        day = parse_date(value, "등록일")
    except ValidationError as error:
        assert _field_named(error, "등록일")
    else:
        assert isinstance(day, date)


@FAST
@given(st.dates(), st.dates())
def test_a_period_is_both_ends_in_order_or_refused(first: date, second: date) -> None:
    typed = (first.isoformat(), second.isoformat())
    inside = all(1900 <= d.year <= 2999 for d in (first, second))
    if inside and first <= second:
        period = Period.parse(*typed)
        assert (period.start, period.end) == (first, second)
        months = list(period.months())
        # The months cover the period, day after day, without a gap or an overlap.
        assert months[0].start == first and months[-1].end == second
        for before, after in itertools.pairwise(months):
            assert after.start == before.end + timedelta(days=1)
            assert after.start.day == 1
    else:
        with pytest.raises(ValidationError):
            Period.parse(*typed)


# -- phone numbers ------------------------------------------------------------------------

_AREAS = ["031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055"]
_AREAS += ["061", "062", "063", "064"]


@st.composite
def phone_groups(draw: st.DrawFn) -> tuple[str, ...]:
    """The groups of a valid Korean number, as the phone plan writes them."""
    digits = st.text("0123456789", min_size=1, max_size=1)

    def run(n: int) -> str:
        return "".join(draw(digits) for _ in range(n))

    kind = draw(st.sampled_from(["010", "old mobile", "seoul", "area", "070", "050x", "15xx"]))
    if kind == "010":
        return ("010", run(4), run(4))
    if kind == "old mobile":
        prefix = draw(st.sampled_from(["011", "016", "017", "018", "019"]))
        return (prefix, run(draw(st.sampled_from([3, 4]))), run(4))
    if kind == "seoul":
        return ("02", run(draw(st.sampled_from([3, 4]))), run(4))
    if kind == "area":
        return (draw(st.sampled_from(_AREAS)), run(draw(st.sampled_from([3, 4]))), run(4))
    if kind == "070":
        return ("070", run(4), run(4))
    if kind == "050x":
        prefix = "050" + draw(st.sampled_from("2345678"))
        return (prefix, run(draw(st.sampled_from([3, 4]))), run(4))
    return (draw(st.sampled_from(["15", "16", "18"])) + run(2), run(4))


@st.composite
def typed_phones(draw: st.DrawFn) -> tuple[tuple[str, ...], object]:
    """A number's groups and the number as typed: any separators (or none), brackets
    round the area code, +82, digits of any width; or a number cell that lost its 0."""
    groups = draw(phone_groups())
    digits = "".join(groups)
    if len(groups) == 3 and draw(st.integers(0, 3)) == 0:
        return groups, int(digits)  # Excel drops the leading zero of a number cell
    seps = st.sampled_from(["", "-", " ", ".", " - ", "－", "．", "\u3000"])
    parts = [draw(written_digits(g)) for g in groups]
    first = parts[0]
    international = len(groups) == 3 and draw(st.booleans())
    if international:  # +82, the leading 0 dropped (or kept in brackets)
        first = "+82" + draw(st.sampled_from(["", " ", "-"])) + draw(st.sampled_from(["", "(0)"]))
        first += parts[0][1:]
    elif len(groups) == 3 and draw(st.booleans()):
        first = f"({first})"
    text = first
    for part in parts[1:]:
        text += draw(seps) + part
    return groups, draw(st.sampled_from(["", " "])) + text + draw(st.sampled_from(["", " "]))


@FAST
@given(typed_phones())
def test_a_phone_number_however_typed_is_stored_as_its_digits(
    case: tuple[tuple[str, ...], object],
) -> None:
    groups, typed = case
    digits = "".join(groups)
    assert normalize_phone(typed, "연락처") == digits
    assert format_phone(digits) == "-".join(groups)
    shown = mask_phone(digits)
    if len(groups) == 3:  # the middle group is hidden, the rest shown as they are
        assert shown == f"{groups[0]}-{'*' * len(groups[1])}-{groups[2]}"
    else:
        assert shown == "-".join(groups)


@FAST
@given(phone_groups(), st.sampled_from([-1, 1]))
def test_a_digit_too_many_or_too_few_is_refused(groups: tuple[str, ...], change: int) -> None:
    digits = "".join(groups)
    longer_or_shorter = digits + "7" if change > 0 else digits[:-1]
    # Only the lengths the plan allows for the prefix pass: see phone_groups().
    lengths = {
        "010": {11},
        "02": {9, 10},
        "070": {11},
    }
    prefix = next((p for p in lengths if digits.startswith(p)), None)
    if prefix is None:
        allowed = {8} if digits[:2] in ("15", "16", "18") else {10, 11}
        if digits.startswith("050"):
            allowed = {11, 12}
    else:
        allowed = lengths[prefix]
    assume(len(longer_or_shorter) not in allowed)
    with pytest.raises(ValidationError) as caught:
        normalize_phone(longer_or_shorter, "연락처")
    assert _field_named(caught.value, "연락처")


@FAST
@given(st.one_of(st.text(), st.integers()))
def test_any_other_phone_is_digits_or_a_refusal_naming_the_field(value: object) -> None:
    try:
        digits = normalize_phone(value, "연락처")
    except ValidationError as error:
        assert _field_named(error, "연락처")
    else:
        assert digits.isascii() and digits.isdigit()
        assert format_phone(digits).replace("-", "") == digits


# -- business numbers -------------------------------------------------------------------


def _check_digit(first_nine: str) -> int:
    """The 사업자등록번호 check digit as the tax office describes it: the first nine
    digits weighted 1 3 7 1 3 7 1 3 5, plus the tens of the ninth digit times 5; the check
    digit brings the sum up to a multiple of ten."""
    weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    total = sum(int(c) * w for c, w in zip(first_nine, weights, strict=True))
    total += int(first_nine[8]) * 5 // 10
    return -total % 10


@FAST
@given(st.text("0123456789", min_size=9, max_size=9))
def test_exactly_one_last_digit_makes_a_business_number(first_nine: str) -> None:
    accepted = []
    for last in "0123456789":
        try:
            accepted.append(normalize_business_no(first_nine + last, "사업자등록번호"))
        except ValidationError as error:
            assert _field_named(error, "사업자등록번호")
    assert accepted == [first_nine + str(_check_digit(first_nine))]


@FAST
@given(st.text("0123456789", min_size=9, max_size=9), st.data())
def test_a_business_number_however_typed_is_its_ten_digits(
    first_nine: str, data: st.DataObject
) -> None:
    digits = first_nine + str(_check_digit(first_nine))
    a, b, c = digits[:3], digits[3:5], digits[5:]
    sep = st.sampled_from(["", "-", " ", " - ", "－", "\u3000"])
    typed: object = (
        data.draw(written_digits(a))
        + data.draw(sep)
        + data.draw(written_digits(b))
        + data.draw(sep)
        + data.draw(written_digits(c))
    )
    if data.draw(st.booleans()):
        typed = int(digits)  # a number cell: leading zeros lost
    assert normalize_business_no(typed, "사업자등록번호") == digits
    assert format_business_no(digits) == f"{a}-{b}-{c}"


@FAST
@given(st.one_of(st.text(), st.integers()))
def test_any_other_business_number_is_ten_digits_or_a_refusal(value: object) -> None:
    try:
        digits = normalize_business_no(value, "사업자등록번호")
    except ValidationError as error:
        assert _field_named(error, "사업자등록번호")
    else:
        assert len(digits) == 10 and digits.isascii() and digits.isdigit()
        assert int(digits[9]) == _check_digit(digits[:9])


# -- resident registration numbers ----------------------------------------------------------

#: Every separator the rule names, in ASCII and in the forms a full-width IME or a word
#: processor types for it (dashes of every kind, full-width dot, underscore, slash, colon).
RESIDENT_SEPARATORS = [
    *"-._·/:",
    *"‐‑‒–—―−﹘﹣－",
    "．",
    "。",
    "＿",
    "／",
    "：",
]
SPACES = ["", " ", "  ", "\t", "\u3000", "\xa0"]


@st.composite
def resident_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A 주민등록번호 as someone may type it, and its masked spelling (ASCII front part,
    a hyphen, the first digit of the back part, six stars)."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    front = f"{born:%y%m%d}"
    back = str(draw(st.integers(1, 8))) + draw(st.text("0123456789", min_size=6, max_size=6))
    how = draw(st.sampled_from(["none", "spaces", "separator"]))
    if how == "none":
        between = ""
    elif how == "spaces":
        between = draw(st.sampled_from(SPACES[1:]))
    else:
        between = (
            draw(st.sampled_from(SPACES))
            + draw(st.sampled_from(RESIDENT_SEPARATORS))
            + draw(st.sampled_from(SPACES))
        )
    typed = draw(written_digits(front)) + between + draw(written_digits(back))
    return typed, f"{front}-{back[0]}******"


#: Text around a number: anything but a decimal digit of any script.
no_digits = st.text(st.characters(blacklist_categories=["Nd", "Cs"]), max_size=12)


@FAST
@given(st.lists(st.tuples(no_digits, resident_numbers()), min_size=1, max_size=3), no_digits)
# Full-width slash and colon: found by this property (they were left unmasked).
@example([("번호 ", ("８００１０１／１２３４５６７", "800101-1******"))], "")
@example([("", ("800101 ： 1234567", "800101-1******"))], " 확인")
def test_every_resident_number_is_masked_and_nothing_else_changes(
    parts: list[tuple[str, tuple[str, str]]], tail: str
) -> None:
    text, expected = "", ""
    for before, (typed, shown) in parts:
        text += before + typed
        expected += before + shown
        # Two numbers run together are one long number, not two: keep them apart.
        assume(before or text == before + typed)
    text, expected = text + tail, expected + tail
    assert mask_resident_numbers(text) == (expected, len(parts))
    assert looks_like_resident_number(text)
    assert not looks_like_resident_number(expected)
    assert mask_resident_numbers(expected) == (expected, 0)


@FAST
@given(st.text(st.sampled_from([*"0123456789", "-", " ", ".", "/", "８", "a", "가"]), max_size=40))
def test_masked_text_keeps_no_resident_number(text: str) -> None:
    masked, count = mask_resident_numbers(text)
    assert not looks_like_resident_number(masked)
    assert (count > 0) == looks_like_resident_number(text)
    assert mask_resident_numbers(masked) == (masked, 0)
    if count == 0:
        assert masked == text


# -- 초성 -----------------------------------------------------------------------------------


syllables = st.characters(min_codepoint=ord("가"), max_codepoint=ord("힣"))
#: A few common syllables, so that names share initials and beginnings.
common = st.sampled_from(list("김이박최정강조윤장임한오서신권황안송류홍민수영지현진성호"))
names = st.text(st.one_of(common, syllables, st.sampled_from(" BㄱA")), min_size=1, max_size=6)


@FAST
@given(names)
def test_initials_are_each_syllables_first_consonant(name: str) -> None:
    assert initials(name) == "".join(initial_of(ch) for ch in name)


@FAST
@given(names, st.data())
def test_a_piece_of_a_name_with_any_syllables_as_initials_finds_it(
    name: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(name) - 1))
    end = data.draw(st.integers(start + 1, len(name)))
    query = "".join(initial_of(ch) if data.draw(st.booleans()) else ch for ch in name[start:end])
    found = match_position(name, query)
    assert found == first_match(name, query)
    assert 0 <= found <= start


@FAST
@given(names, st.text(st.one_of(common, st.sampled_from(CONSONANTS)), max_size=4))
def test_any_query_matches_where_brute_force_says(name: str, query: str) -> None:
    assert match_position(name, query) == (first_match(name, query) if query else 0)
