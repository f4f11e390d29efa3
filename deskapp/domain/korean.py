"""Korean particles (조사) chosen from the word they follow, never both in brackets.

``particle("김민수", "을/를") == "를"``, ``with_particle("서울", "으로/로") == "서울로"``.
The choice follows the last sound of the word as it is read aloud: a Hangul syllable's
final consonant (받침); a digit's Korean reading (3 삼, 7 칠 …); a Latin letter's Korean
name (m 엠, l 엘 …). Closing quotes, brackets and spaces are looked through (``'김민수'``),
and a bracketed note after a word is skipped, as Korean writing does (``김민수(D00000012)``
takes the particle of 김민수).
"""

from __future__ import annotations

from deskapp.i18n import language

_FIRST, _LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # ㄹ as a final consonant: (code - 0xAC00) % 28

#: The final consonant (0: none, 8: ㄹ, other: another) of each digit's reading:
#: 영 일 이 삼 사 오 육 칠 팔 구. Trailing zeros read 십/백/천/만, all closed and not ㄹ.
_DIGITS = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}
#: Latin letters by their Korean names: 엘 and 알 end in ㄹ; 엠, 엔 in other consonants;
#: the rest (에이, 비, 씨 …) in a vowel. Right for codes, acronyms and file extensions.
_LETTERS = {"l": 8, "r": 8, "m": 16, "n": 4}
#: Lone consonant letters (ㄱ 기역 … ㅎ 히읗) all end in a consonant; ㄹ (리을) in ㄹ.
_JAMO_CONSONANTS = "ㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_CLOSING = " \t\n'\"’”」』》〉>]}.,…·/\\"
_OPENING = {")": "(", "）": "（"}

#: Each particle pair: (after a final consonant, after a vowel).
_PAIRS: dict[frozenset[str], tuple[str, str]] = {
    frozenset(p): p
    for p in (
        ("을", "를"),  # korean-data
        ("이", "가"),  # korean-data
        ("은", "는"),  # korean-data
        ("과", "와"),  # korean-data
        ("으로", "로"),  # korean-data
        ("으로서", "로서"),  # korean-data
        ("으로써", "로써"),  # korean-data
        ("이나", "나"),  # korean-data
        ("이라", "라"),  # korean-data
        ("이라고", "라고"),  # korean-data
        ("이라는", "라는"),  # korean-data
        ("이랑", "랑"),  # korean-data
        ("이며", "며"),  # korean-data
        ("이다", "다"),  # korean-data
        ("이에요", "예요"),  # korean-data
        ("이어서", "여서"),  # korean-data
        ("아", "야"),  # korean-data
    )
}


def final_consonant(word: object) -> int | None:
    """The final consonant of ``word`` (its text) as read aloud: 0 for none, 8 for ㄹ,
    another number (the index of the syllable arithmetic) for another; None when nothing
    tells."""
    end = _meaningful_end(str(word))
    if not end:
        return None
    last = end[-1]
    code = ord(last)
    if _FIRST <= code <= _LAST:
        return (code - _FIRST) % 28
    if last in _DIGITS:
        return _DIGITS[last]
    lower = last.lower()
    if "a" <= lower <= "z":
        if end.lower().endswith("ng") and not end[-2:].isupper():
            return 21  # kang, jung: ㅇ
        return _LETTERS.get(lower, 0)
    if last in _JAMO_CONSONANTS:
        return 8 if last == "ㄹ" else 1
    if "ㅏ" <= last <= "ㅣ":
        return 0
    return None


def particle(word: object, pair: str) -> str:
    """The particle of ``pair`` (``"을/를"``, ``"이/가"``, ``"은/는"``, ``"과/와"``,
    ``"으로/로"`` …, in either order) that follows ``word`` (its text: a number, a path).

    으로/로: 로 after a vowel and after ㄹ (서울로). A word whose sound nothing tells
    (empty, symbols only, Hanja) takes the form after a vowel: read aloud it is the
    gentler guess, and the message still reads."""
    closed, open_ = _pair(pair)
    final = final_consonant(word)
    if not final:
        return open_
    if final == _RIEUL and closed.startswith("으로"):  # korean-data
        return open_
    return closed


def with_particle(word: object, pair: str) -> str:
    """``word`` followed by its particle: ``with_particle("구인 12", "을/를") == "구인 12를"``;
    the word alone while the program speaks English (a message's ``{name_obj}`` field is
    built with it, and English has no particles). Text stored in Korean whatever the
    language takes :func:`particle`."""
    text = str(word)
    if language() == "en":
        return text
    return f"{text}{particle(word, pair)}"


def _pair(pair: str) -> tuple[str, str]:
    forms = frozenset(part.strip() for part in pair.split("/"))
    try:
        return _PAIRS[forms]
    except KeyError:
        raise ValueError(f"unknown particle pair: {pair!r}") from None


def _meaningful_end(word: str) -> str:
    """``word`` without the closing marks and trailing bracketed note its particle looks
    past: ``"'김민수'"`` → ``"'김민수"``, ``"김민수(D00000012)"`` → ``"김민수"``."""
    text = word
    while True:
        stripped = text.rstrip(_CLOSING)
        if stripped and stripped[-1] in _OPENING:
            opening = stripped.rfind(_OPENING[stripped[-1]])
            inside = stripped[opening + 1 : -1] if opening >= 0 else stripped[:-1]
            before = stripped[:opening].rstrip(_CLOSING) if opening >= 0 else ""
            # A note after a word is skipped; a bracket holding the whole word is read.
            stripped = before if before else inside
        if stripped == text:
            return text
        text = stripped
