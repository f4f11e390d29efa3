"""Personal-data rules that hold in every layer: no resident registration number is kept.

Anything that looks like a 주민등록번호 is masked (``800101-1******``) in every free
text before it is stored or logged, however it was written: with or without a
separator (``-``, ``–``, ``.``, ``_``, ``/``, ``:``, ``·``, spaces, or a separator
between spaces; the full-width forms as well), in full-width or other Unicode digits.
Matching runs on a copy of the text with its digits and separators made ASCII one
character for one, so the rest of the text stays as typed.
"""

from __future__ import annotations

import re
import unicodedata

# YYMMDD, an optional separator, then the 7-digit back part whose first digit is 1-8.
_RRN = re.compile(
    r"(?<!\d)(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
    r"(?:\s*[-._·/:]\s*|\s+)?([1-8])\d{6}(?!\d)"
)
#: Dashes of every kind, read as '-'.
_DASHES = frozenset("‐‑‒–—―−﹘﹣－")


class _Plain(dict[int, str]):
    """The ``str.translate`` table of ``_ascii_digits``, each character's entry made when it
    is first met, and kept for the first 65,536 characters met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        plain: str | None = None
        if ch.isdecimal() and not ch.isascii():
            plain = str(unicodedata.decimal(ch))
        elif ch in _DASHES:
            plain = "-"
        elif ch in "．。":
            plain = "."
        elif ch == "＿":
            plain = "_"
        elif ch == "／":
            plain = "/"
        elif ch == "：":
            plain = ":"
        elif ch == "\u3000":
            plain = " "
        result = ch if plain is None else plain
        if len(self) < 65_536:
            self[code] = result
        return result


_PLAIN = _Plain()


def _ascii_digits(text: str) -> str:
    """``text`` with every decimal digit as an ASCII digit and every dash as '-', one
    character for one (so positions stay the same). Only characters outside ASCII
    change, so ASCII text is returned as it is."""
    if text.isascii():
        return text
    return text.translate(_PLAIN)


def mask_resident_numbers(text: str) -> tuple[str, int]:
    """Mask anything that looks like a 주민등록번호 (``800101-1******``).

    Returns the masked text and how many numbers were masked, so that callers
    can tell the user.
    """
    plain = _ascii_digits(text)
    found = list(_RRN.finditer(plain))
    if not found:
        return text, 0
    parts, last = [], 0
    for match in found:
        parts.append(text[last : match.start()])
        parts.append(f"{match.group(1)}-{match.group(2)}******")
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), len(found)


def mask(text: str | None) -> str | None:
    """``text`` with resident numbers masked (None stays None)."""
    return None if text is None else mask_resident_numbers(text)[0]


def looks_like_resident_number(text: str) -> bool:
    """Whether ``text`` holds something that looks like a 주민등록번호."""
    return _RRN.search(_ascii_digits(text)) is not None
