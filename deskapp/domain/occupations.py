"""The occupation classification (한국고용직업분류, KECO) as plain values.

Codes nest by prefix: a 4-digit detailed occupation (5413 시설·특수 경비원) is in
the minor group 541, the middle group 54 and the major group 5. WorkNet's
6-digit codes are the 4-digit code followed by a subdivision.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle

LEVEL_NAMES = {1: "대분류", 2: "중분류", 3: "소분류", 4: "세분류"}
#: Geumcheon-gu and the districts around it, for matching by place.
HOME_DISTRICT = "금천구"
NEIGHBOURS = ("구로구", "관악구", "영등포구", "광명시", "안양시")


@dataclass(frozen=True)
class Occupation:
    """One entry of the classification."""

    code: str
    name: str
    level: int
    parent_code: str | None

    @property
    def label(self) -> str:
        """The name, or the code for groups whose name the list does not give."""
        return self.name or f"({self.code})"


def parse_classification(text: str) -> list[Occupation]:
    """Read ``code,name,level,parent_code`` CSV; ValidationError naming the bad line."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if header is None or [h.strip() for h in header[:4]] != [
        "code",
        "name",
        "level",
        "parent_code",
    ]:
        raise ValidationError("직업분류 파일", "첫 줄은 code,name,level,parent_code 여야 합니다.")
    found: dict[str, Occupation] = {}
    for number, row in enumerate(reader, start=2):
        if not row or not "".join(row).strip():
            continue
        if len(row) < 4:
            raise ValidationError("직업분류 파일", f"{number}번째 줄: 칸이 4개가 아닙니다.")
        code, name, level_text, parent = (v.strip() for v in row[:4])
        if not re.fullmatch(r"\d{1,6}", code) or not level_text.isdigit():
            raise ValidationError(
                "직업분류 파일", f"{number}번째 줄: 코드나 수준이 숫자가 아닙니다."
            )
        level = int(level_text)
        if level not in LEVEL_NAMES or len(code) != level:
            message = f"{number}번째 줄: 코드 {code}의 수준({level})이 맞지 않습니다."
            raise ValidationError("직업분류 파일", message)
        if parent and not code.startswith(parent):
            raise ValidationError(
                "직업분류 파일",
                f"{number}번째 줄: 상위 코드 {parent}{particle(parent, '이/가')} 맞지 않습니다.",
            )
        if code in found:
            raise ValidationError(
                "직업분류 파일",
                f"{number}번째 줄: 코드 {code}{particle(code, '이/가')} 두 번 있습니다.",
            )
        found[code] = Occupation(code, name, level, parent or None)
    if not any(o.level == 4 for o in found.values()):
        raise ValidationError("직업분류 파일", "세분류(4자리) 직업이 하나도 없습니다.")
    return list(found.values())


def relation(a: str | None, b: str | None) -> int:
    """How closely two occupation codes agree: 4 same detailed … 1 same major, 0 none."""
    if not a or not b:
        return 0
    if a == b:
        return 4  # the same code, whatever its level
    common = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        common += 1
    return common


#: What counselors and seekers say for a job, where the classification's own words do
#: not find the right code (KECO 2018); looked up before word matching.
EVERYDAY_NAMES = {
    "생산직": "8900", "생산": "8900", "제조": "8900", "공장": "8900",
    "조리보조": "5323", "주방보조": "5323", "설거지": "5323",
    "품질관리": "0284", "품질": "0284",
    "회계": "0271", "경리": "0272",
    "물류": "6244", "상하차": "6244",
    "운전": "622", "기사": "622",
    "전기": "8312", "전기·설비": "8312",
    "건설단순노무": "7060", "건설일용": "7060", "단순노무": "7060",
    "기계조작": "8150", "조립": "8360", "전자조립": "8360",
    "영업": "6124",
    "IT유지보수": "1343", "전산": "1343",
    "디자인": "4154",
    "요양": "5501", "간병": "5501",
}  # fmt: skip

RELATION_REASONS = {4: "같은 직업(세분류)", 3: "같은 소분류", 2: "같은 중분류", 1: "같은 대분류"}


def words(text: str) -> list[str]:
    """The words of a free-text occupation (``경비, 청소`` → ``["경비", "청소"]``)."""
    return [w for w in re.split(r"[\s,·/()]+|및", text) if len(w) >= 2]
