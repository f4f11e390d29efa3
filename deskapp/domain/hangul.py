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


def is_choseong(ch: str) -> bool:
    """True for a lone initial consonant (ㄱ…ㅎ) as typed for 초성 search."""
    return len(ch) == 1 and ch in _CHOSEONG


def has_choseong(query: str) -> bool:
    """True when the query has at least one lone initial consonant."""
    return any(is_choseong(ch) for ch in query)


def matches_at(name: str, query: str, start: int) -> bool:
    """Whether ``query`` matches ``name`` from ``start``; a lone consonant matches a syllable."""
    if start + len(query) > len(name):
        return False
    for offset, ch in enumerate(query):
        target = name[start + offset]
        if is_choseong(ch):
            if initials(target) != ch:
                return False
        elif target != ch:
            return False
    return True


def match_position(name: str, query: str) -> int:
    """Where ``query`` (syllables, 초성, or both mixed: 홍ㄱ) first matches ``name``; -1 if not."""
    if not query:
        return 0
    for start in range(len(name) - len(query) + 1):
        if matches_at(name, query, start):
            return start
    return -1
