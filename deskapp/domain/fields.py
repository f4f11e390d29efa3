"""Field parsers shared by forms and the workbook import.

Each parser takes a raw value (typed text or an Excel cell) and the field's
Korean name, and returns the clean value or raises ValidationError with a
message that names the field.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from deskapp.domain.characters import hidden_character
from deskapp.domain.dates import parse_date
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.privacy import looks_like_resident_number, mask_resident_numbers

NAME_MAX = 50
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 4000
IDENT_MAX = 40


def is_blank(value: object) -> bool:
    """True for None and for text that is only white space."""
    return value is None or (isinstance(value, str) and value.strip() == "")


def text(value: object, field: str, max_len: int = SHORT_TEXT_MAX) -> str:
    """Required text, stripped, at most ``max_len`` characters."""
    if is_blank(value):
        raise ValidationError(field, f"{field}{particle(field, '을/를')} 입력하세요.")
    if isinstance(value, bool):
        raise ValidationError(field, "TRUE/FALSE 값이 아니라 글자를 입력하세요.")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # NFC: text in decomposed jamo (as macOS writes file names) is kept as the syllables it
    # shows, so that searching for what it shows finds it.
    result = unicodedata.normalize("NFC", str(value)).strip()
    if len(result) > max_len:
        raise ValidationError(field, f"{max_len:,}자를 넘을 수 없습니다 ({len(result):,}자).")
    hidden = hidden_character(result)
    if hidden:
        raise ValidationError(
            field, f"보이지 않는 문자나 제어 문자({hidden})가 들어 있습니다. 지우고 다시 적으세요."
        )
    return result


def free_text(value: object, field: str, max_len: int = LONG_TEXT_MAX) -> tuple[str, int]:
    """Free text (notes, address) with resident numbers masked.

    Returns the text and how many resident numbers were masked in it.
    """
    return mask_resident_numbers(text(value, field, max_len))


def person_name(value: object, field: str = "성명") -> str:
    """A person's or company's name: no digits, at most 50 characters."""
    result = re.sub(r"\s+", " ", text(value, field, NAME_MAX))
    if re.search(r"\d", result):
        raise ValidationError(field, f"'{result}'에 숫자가 들어 있습니다.")
    return result


def identifier(value: object, field: str) -> str:
    """A source system's identifier (구직자번호, 업체번호, 구인번호); never one that looks
    like a 주민등록번호 (it would be kept and shown everywhere)."""
    result = text(value, field, IDENT_MAX)
    if looks_like_resident_number(result):
        raise ValidationError(
            field, "주민등록번호처럼 보이는 번호는 쓸 수 없습니다. 다른 번호를 주세요."
        )
    if re.search(r"\s", result):
        raise ValidationError(field, f"'{result}'에 공백이 들어 있습니다.")
    return result


def positive_int(value: object, field: str) -> int:
    """A whole number of at least 1."""
    if isinstance(value, bool) or is_blank(value):
        raise ValidationError(field, f"{field}{particle(field, '을/를')} 입력하세요.")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(field, f"'{value}'{particle(value, '은/는')} 정수가 아닙니다.")
        value = int(value)
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "").removesuffix("명").strip()
        if not re.fullmatch(r"\d{1,9}", cleaned):
            raise ValidationError(
                field, f"'{value}'{particle(value, '은/는')} 1 이상의 정수가 아닙니다."
            )
        value = int(cleaned)
    if not isinstance(value, int) or value < 1:
        raise ValidationError(field, f"'{value}'{particle(value, '은/는')} 1 이상이어야 합니다.")
    if value > 100_000:
        raise ValidationError(field, f"'{value}'{particle(value, '은/는')} 너무 큰 수입니다.")
    return value


def record_date(value: object, field: str, today: date) -> date:
    """A date a record happened: not before 1990 and not after today."""
    day = parse_date(value, field)
    if day.year < 1990:
        raise ValidationError(
            field, f"{day.isoformat()}{particle(day.isoformat(), '은/는')} 너무 이른 날짜입니다."
        )
    if day > today:
        raise ValidationError(
            field, f"{day.isoformat()}{particle(day.isoformat(), '은/는')} 미래의 날짜입니다."
        )
    return day


def birth_date(value: object, today: date, field: str = "생년월일") -> date:
    """A birth date for a person of working age (14 to 100 years)."""
    day = parse_date(value, field)
    age = today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    if age < 14 or age > 100:
        raise ValidationError(field, f"{day.isoformat()}: 나이가 {age}세로 맞지 않습니다.")
    return day
