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
from deskapp.domain.field_names import field_label
from deskapp.domain.korean import particle
from deskapp.domain.privacy import looks_like_resident_number, mask_resident_numbers
from deskapp.i18n import translate

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
        raise ValidationError(field, enter(field))
    if isinstance(value, bool):
        raise ValidationError(field, translate("fields", "Enter text, not a TRUE/FALSE value."))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # NFC: text in decomposed jamo (as macOS writes file names) is kept as the syllables it
    # shows, so that searching for what it shows finds it.
    result = unicodedata.normalize("NFC", str(value)).strip()
    if len(result) > max_len:
        raise ValidationError(
            field,
            translate(
                "fields", "Must be at most {max_len:,} characters ({length:,} given)."
            ).format(max_len=max_len, length=len(result)),
        )
    hidden = hidden_character(result)
    if hidden:
        raise ValidationError(
            field,
            translate(
                "fields",
                "Contains an invisible or control character ({hidden}). "
                "Delete it and type the text again.",
            ).format(hidden=hidden),
        )
    return result


def free_text(value: object, field: str, max_len: int = LONG_TEXT_MAX) -> tuple[str, int]:
    """Free text (notes, address) with resident numbers masked.

    Returns the text and how many resident numbers were masked in it.
    """
    return mask_resident_numbers(text(value, field, max_len))


def person_name(value: object, field: str = "성명") -> str:  # korean-data
    """A person's or company's name: no digits, at most 50 characters."""
    result = re.sub(r"\s+", " ", text(value, field, NAME_MAX))
    if re.search(r"\d", result):
        raise ValidationError(
            field, translate("fields", "'{value}' contains digits.").format(value=result)
        )
    return result


def identifier(value: object, field: str) -> str:
    """A source system's identifier (구직자번호, 업체번호, 구인번호); never one that looks
    like a 주민등록번호 (it would be kept and shown everywhere)."""
    result = text(value, field, IDENT_MAX)
    if looks_like_resident_number(result):
        raise ValidationError(
            field,
            translate(
                "fields",
                "A number that looks like a resident registration number cannot be used. "
                "Give another number.",
            ),
        )
    if re.search(r"\s", result):
        raise ValidationError(
            field, translate("fields", "'{value}' contains spaces.").format(value=result)
        )
    return result


def positive_int(value: object, field: str) -> int:
    """A whole number of at least 1."""
    if isinstance(value, bool) or is_blank(value):
        raise ValidationError(field, enter(field))
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(
                field, _about(value, translate("fields", "'{value}' is not a whole number."))
            )
        value = int(value)
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "").removesuffix("명").strip()  # korean-data
        if not re.fullmatch(r"\d{1,9}", cleaned):
            raise ValidationError(
                field,
                _about(value, translate("fields", "'{value}' is not a whole number of 1 or more.")),
            )
        value = int(cleaned)
    if not isinstance(value, int) or value < 1:
        raise ValidationError(
            field, _about(value, translate("fields", "'{value}' must be 1 or more."))
        )
    if value > 100_000:
        raise ValidationError(field, _about(value, translate("fields", "'{value}' is too large.")))
    return value


def enter(field: str) -> str:
    """The message for a required field left empty: "Enter {field}." in the language spoken."""
    return translate("fields", "Enter {field}.").format(
        field=field_label(field),
        field_josa=particle(field, "을/를"),  # korean-data
    )


def _about(value: object, message: str) -> str:
    """``message`` (translated) about ``value``, with the particle 은/는 after it."""
    return message.format(value=value, value_josa=particle(value, "은/는"))  # korean-data


def record_date(value: object, field: str, today: date) -> date:
    """A date a record happened: not before 1990 and not after today."""
    day = parse_date(value, field)
    if day.year < 1990:
        raise ValidationError(
            field, _about(day.isoformat(), translate("fields", "{value} is too early a date."))
        )
    if day > today:
        raise ValidationError(
            field, _about(day.isoformat(), translate("fields", "{value} is in the future."))
        )
    return day


def birth_date(value: object, today: date, field: str = "생년월일") -> date:  # korean-data
    """A birth date for a person of working age (14 to 100 years)."""
    day = parse_date(value, field)
    age = today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    if age < 14 or age > 100:
        raise ValidationError(
            field,
            translate("fields", "{date}: an age of {age} is not plausible.").format(
                date=day.isoformat(), age=age
            ),
        )

    return day
