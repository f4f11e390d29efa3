"""Personal-data rules that hold in every layer: no resident registration number is kept."""

from __future__ import annotations

import re

# YYMMDD, optional separator, then the 7-digit back part whose first digit is 1-8.
_RRN = re.compile(
    r"(?<!\d)(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))[\s\-]?([1-8])\d{6}(?!\d)"
)


def mask_resident_numbers(text: str) -> tuple[str, int]:
    """Mask anything that looks like a 주민등록번호 (``800101-1******``).

    Returns the masked text and how many numbers were masked, so that callers
    can tell the user.
    """
    masked, count = _RRN.subn(lambda m: f"{m.group(1)}-{m.group(2)}******", text)
    return masked, count
