"""Hangul helpers for search: the initial consonants (초성) of a name."""

from __future__ import annotations

_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_FIRST, _LAST = 0xAC00, 0xD7A3


def initials(text: str) -> str:
    """Each Hangul syllable replaced by its initial consonant; other characters kept.

    ``initials("김민수") == "ㄱㅁㅅ"``.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if _FIRST <= code <= _LAST:
            out.append(_CHOSEONG[(code - _FIRST) // 588])
        else:
            out.append(ch)
    return "".join(out)
