"""사업자등록번호 (Korean business registration number) with its check digit."""

from __future__ import annotations

import re

from deskapp.domain.characters import ascii_digits
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import translate

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def business_no_check_digit(first_nine: str) -> int:
    """The check digit for the first nine digits of a business number."""
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True))
    total += (digits[8] * 5) // 10
    return (10 - total % 10) % 10


def normalize_business_no(value: object, field: str = "사업자등록번호") -> str:  # korean-data
    """The 10 digits of a valid business number, with or without hyphens."""
    raw = str(value).strip() if value is not None else ""
    if not raw:
        raise ValidationError(
            field, translate("business", "Enter the business registration number.")
        )
    if isinstance(value, int):
        raw = f"{value:010d}"
    # Full-width digits and digits of other scripts are the ASCII digits they stand for.
    if not re.fullmatch(r"[0-9\s\-]+", ascii_digits(raw)):
        raise ValidationError(
            field,
            translate("business", "'{value}' contains characters that are not digits.").format(
                value=raw
            ),
        )
    digits = re.sub(r"[^0-9]", "", ascii_digits(raw))
    if len(digits) != 10:
        raise ValidationError(
            field,
            translate("business", "'{value}' does not have 10 digits ({count} given).").format(
                value=raw,
                value_josa=particle(raw, "은/는"),  # korean-data
                count=len(digits),
            ),
        )
    if business_no_check_digit(digits[:9]) != int(digits[9]):
        raise ValidationError(
            field,
            translate("business", "The check digit (the last digit) of '{value}' is wrong.").format(
                value=raw
            ),
        )

    return digits


def format_business_no(digits: str | None) -> str:
    """``1248100998`` → ``124-81-00998``."""
    if not digits:
        return ""
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}" if len(digits) == 10 else digits
