"""Korean particles chosen from the word they follow, and no "을(를)" left in the source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deskapp.domain.korean import final_consonant, particle, with_particle
from deskapp.i18n import set_language

ROOT = Path(__file__).resolve().parents[1]
#: The forms a message written without the helper falls back to.
FORBIDDEN = re.compile(
    r"을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)|\(으\)로"
)


@pytest.mark.parametrize(
    ("word", "pair", "expected"),
    [
        # a final consonant (받침) or none
        ("홍길동", "을/를", "을"),
        ("김민수", "을/를", "를"),
        ("상담방법", "이/가", "이"),
        ("성별", "은/는", "은"),
        ("주소", "은/는", "는"),
        ("이름", "과/와", "과"),
        ("전화", "과/와", "와"),
        # 으로/로: 로 after a vowel and after ㄹ
        ("부산", "으로/로", "으로"),
        ("학교", "으로/로", "로"),
        ("서울", "으로/로", "로"),
        # either order names the same pair
        ("홍길동", "를/을", "을"),
        # digits as read: 영 일 이 삼 사 오 육 칠 팔 구
        ("D00000010", "은/는", "은"),
        ("D00000011", "은/는", "은"),
        ("D00000012", "은/는", "는"),
        ("구인 3", "을/를", "을"),
        ("4", "이/가", "가"),
        ("6", "이/가", "이"),
        ("2018-10-30", "은/는", "은"),
        ("2018-10-09", "은/는", "는"),
        ("7", "으로/로", "로"),
        ("1", "으로/로", "로"),
        ("3", "으로/로", "으로"),
        # Latin letters by their Korean names (엘, 엠, 엔, 알 …) and -ng
        ("kim", "은/는", "은"),
        ("lee", "은/는", "는"),
        ("jung", "이/가", "이"),
        ("xml", "으로/로", "로"),
        ("data.csv", "이/가", "가"),
        ("PDF", "으로/로", "로"),
        # closing quotes, brackets and a bracketed note are looked through
        ("'김민수'", "은/는", "는"),
        ("‘홍길동’", "은/는", "은"),
        ("김민수(D00000013)", "은/는", "는"),
        ("(홍길동)", "을/를", "을"),
        ("/home/상담/문서/", "이/가", "가"),
        # a lone consonant as typed for 초성 search
        ("ㄱ", "이/가", "이"),
        ("ㄹ", "으로/로", "로"),
        # nothing tells: the form after a vowel
        ("", "을/를", "를"),
        ("…", "이/가", "가"),
    ],
)
def test_particle_follows_the_last_sound(word: str, pair: str, expected: str) -> None:
    assert particle(word, pair) == expected
    assert with_particle(word, pair) == word + expected


def test_final_consonant() -> None:
    assert final_consonant("가") == 0
    assert final_consonant("각") == 1
    assert final_consonant("갈") == 8
    assert final_consonant("") is None
    assert final_consonant("   ") is None


def test_unknown_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown particle pair"):
        particle("김민수", "을/가")


def test_no_message_falls_back_to_both_particles() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "deskapp").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert found == [], "choose the particle with deskapp.domain.korean:\n" + "\n".join(found)


def test_with_particle_adds_the_particle_only_in_korean() -> None:
    """The window fills a message's ``{name_obj}`` field with it: in English the word alone."""
    set_language("ko")
    assert with_particle("D00000012", "을/를") == "D00000012를"
    assert with_particle("서울", "으로/로") == "서울로"
    set_language("en")
    assert with_particle("D00000012", "을/를") == "D00000012"
    assert with_particle(1200, "으로/로") == "1200"
    assert particle("서울", "으로/로") == "로"  # the particle itself stays Korean grammar
