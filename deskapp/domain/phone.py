"""Korean telephone numbers: validation, storage as digits, display with hyphens."""

from __future__ import annotations

import re

from deskapp.domain.characters import ascii_digits
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import translate

MOBILE_PREFIXES = ("010", "011", "016", "017", "018", "019")
AREA_CODES = (
    "031",
    "032",
    "033",
    "041",
    "042",
    "043",
    "044",
    "051",
    "052",
    "053",
    "054",
    "055",
    "061",
    "062",
    "063",
    "064",
)
PERSONAL_PREFIXES = tuple(f"050{d}" for d in "2345678")
NATIONWIDE_PREFIXES = ("15", "16", "18")


def _split(digits: str) -> tuple[str, ...] | None:
    """The number's groups, or None when it is not a valid Korean number."""
    n = len(digits)
    if digits.startswith("010"):
        return (digits[:3], digits[3:7], digits[7:]) if n == 11 else None
    if digits[:3] in MOBILE_PREFIXES:
        if n == 10:
            return (digits[:3], digits[3:6], digits[6:])
        if n == 11:
            return (digits[:3], digits[3:7], digits[7:])
        return None
    if digits.startswith("02"):
        if n == 9:
            return ("02", digits[2:5], digits[5:])
        if n == 10:
            return ("02", digits[2:6], digits[6:])
        return None
    if digits[:3] in AREA_CODES:
        if n == 10:
            return (digits[:3], digits[3:6], digits[6:])
        if n == 11:
            return (digits[:3], digits[3:7], digits[7:])
        return None
    if digits.startswith("070"):
        return (digits[:3], digits[3:7], digits[7:]) if n == 11 else None
    if digits[:4] in PERSONAL_PREFIXES:
        if n == 11:
            return (digits[:4], digits[4:7], digits[7:])
        if n == 12:
            return (digits[:4], digits[4:8], digits[8:])
        return None
    if digits[:2] in NATIONWIDE_PREFIXES and n == 8:
        return (digits[:4], digits[4:])
    return None


def normalize_phone(value: object, field: str = "연락처") -> str:  # korean-data
    """The digits of a valid Korean phone number; ValidationError otherwise.

    Hyphens, spaces, dots and brackets are ignored, and ``+82`` is read as 0; full-width
    digits and digits of other scripts are read as the ASCII digits they are.
    """
    raw = str(value).strip() if value is not None else ""
    if not raw:
        raise ValidationError(field, translate("phone", "Enter a phone number."))
    text = ascii_digits(raw)
    if isinstance(value, int):
        # Excel drops the leading zero of a number typed into a numeric cell.
        nationwide = len(raw) == 8 and raw[:2] in NATIONWIDE_PREFIXES
        text = raw if nationwide else "0" + raw
    if re.search(r"[^0-9\s\-.()+]", text):
        raise ValidationError(
            field,
            translate("phone", "'{value}' contains characters that are not digits.").format(
                value=raw
            ),
        )
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+"):
        if not digits.startswith("82"):
            raise ValidationError(
                field,
                translate("phone", "'{value}' is not a Korean phone number.").format(
                    value=raw,
                    value_josa=particle(raw, "은/는"),  # korean-data
                ),
            )
        digits = "0" + digits[2:].lstrip("0")
    if _split(digits) is None:
        raise ValidationError(
            field,
            translate("phone", "'{value}' is not a valid phone number.").format(
                value=raw,
                value_josa=particle(raw, "은/는"),  # korean-data
            ),
        )

    return digits


def format_phone(digits: str | None) -> str:
    """``01012345678`` → ``010-1234-5678``; unknown shapes are returned as they are."""
    if not digits:
        return ""
    groups = _split(digits)
    return "-".join(groups) if groups else digits


def mask_phone(digits: str | None) -> str:
    """A phone for lists: the middle group hidden (``010-****-5678``)."""
    if not digits:
        return ""
    groups = _split(digits)
    if not groups:
        return "*" * max(len(digits) - 4, 0) + digits[-4:]
    if len(groups) == 2:
        return f"{groups[0]}-{groups[1]}"
    return f"{groups[0]}-{'*' * len(groups[1])}-{groups[2]}"
