"""Characters a typed or imported value may not hide, and digits of every script made ASCII.

A name that holds an invisible character (a zero-width space, a Hangul filler) or a
bidirectional control (which shows the text in another order than it is stored) looks
like another person's name, or like nothing at all, and is never found by searching for
what it shows. Digits typed in full width (an IME in full-width mode) or in another
script are the same number, and are stored as ASCII digits.
"""

from __future__ import annotations

import unicodedata

#: Characters that show as nothing though they are letters or marks: the Hangul fillers
#: (choseong, jungseong, compatibility and half-width), the combining grapheme joiner and
#: the blank Braille pattern.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u034f\u2800")
#: Line breaks and tabs are the only control characters of multi-line text.
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def hidden_character(text: str) -> str | None:
    """The first character of ``text`` that does not show, or shows the text in another
    order (controls, format characters such as U+200B and U+202E, private-use and
    surrogate code points, the Hangul fillers), as ``U+XXXX``; None when there is none."""
    if text.isprintable() and _BLANK_LETTERS.isdisjoint(text):
        return None  # printable text holds no control, format, private-use or surrogate
    for ch in text:
        if ch in _ALLOWED_CONTROLS:
            continue
        if ch in _BLANK_LETTERS or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs"):
            return f"U+{ord(ch):04X}"
    return None


def ascii_digits(text: str) -> str:
    """``text`` with full-width forms made plain (``０１０－１２３４`` → ``010-1234``) and every
    decimal digit of another script (Arabic-Indic ``٠١٢``, Devanagari …) made ASCII."""
    plain = unicodedata.normalize("NFKC", text)
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in plain
    )
