"""초성 worked out independently of deskapp.domain.hangul, for the property tests: a
syllable's initial consonant from Unicode's decomposition and names, and a brute-force
match of a query of syllables and lone consonants."""

from __future__ import annotations

import unicodedata


def initial_of(ch: str) -> str:
    """A syllable's initial consonant as a compatibility letter (ㄱ…ㅎ), found through
    Unicode's own decomposition and names rather than code-point arithmetic; any other
    character is itself."""
    if not ("가" <= ch <= "힣"):
        return ch
    leading = unicodedata.normalize("NFD", ch)[0]  # a conjoining HANGUL CHOSEONG letter
    name = unicodedata.name(leading).replace("HANGUL CHOSEONG ", "HANGUL LETTER ")
    return unicodedata.lookup(name)


CONSONANTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
assert {initial_of(chr(c)) for c in range(ord("가"), ord("힣") + 1)} == set(CONSONANTS)


def first_match(name: str, query: str) -> int:
    """Where ``query`` first matches ``name``, by brute force: a lone consonant stands for
    any syllable it begins (or for itself), anything else for itself."""
    for start in range(len(name) - len(query) + 1):
        if all(
            q == n or (q in CONSONANTS and initial_of(n) == q)
            for q, n in zip(query, name[start:], strict=False)
        ):
            return start
    return -1
