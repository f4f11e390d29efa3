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
from deskapp.i18n import noop, translate

#: The levels' names in English: :func:`level_name` gives them in the language spoken.
LEVEL_NAMES = {
    1: noop("occupations", "Major group"),
    2: noop("occupations", "Middle group"),
    3: noop("occupations", "Minor group"),
    4: noop("occupations", "Detailed occupation"),
}


def level_name(level: int) -> str:
    """The name of a level of the classification (4 → 세분류), in the language spoken; ""
    for none."""
    return translate("occupations", LEVEL_NAMES[level]) if level in LEVEL_NAMES else ""


#: Geumcheon-gu and the districts around it, for matching by place.
HOME_DISTRICT = "금천구"  # korean-data
NEIGHBOURS = ("구로구", "관악구", "영등포구", "광명시", "안양시")  # korean-data


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


def _line_error(message: str, **values: object) -> ValidationError:
    """The refusal of a classification file: ``message`` (translated) with ``values``."""
    return ValidationError(
        translate("occupations", "Occupation classification file"), message.format(**values)
    )


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
        raise _line_error(
            translate("occupations", "The first line must be code,name,level,parent_code.")
        )
    found: dict[str, Occupation] = {}
    for number, row in enumerate(reader, start=2):
        if not row or not "".join(row).strip():
            continue
        if len(row) < 4:
            raise _line_error(
                translate("occupations", "Line {number}: there are not 4 cells."), number=number
            )
        code, name, level_text, parent = (v.strip() for v in row[:4])
        if not re.fullmatch(r"\d{1,6}", code) or not level_text.isdigit():
            raise _line_error(
                translate("occupations", "Line {number}: the code or the level is not a number."),
                number=number,
            )
        level = int(level_text)
        if level not in LEVEL_NAMES or len(code) != level:
            raise _line_error(
                translate(
                    "occupations", "Line {number}: the level ({level}) of code {code} is wrong."
                ),
                number=number,
                code=code,
                level=level,
            )
        if parent and not code.startswith(parent):
            raise _line_error(
                translate("occupations", "Line {number}: the parent code {parent} does not match."),
                number=number,
                parent=parent,
                parent_josa=particle(parent, "이/가"),  # korean-data
            )
        if code in found:
            raise _line_error(
                translate("occupations", "Line {number}: code {code} appears twice."),
                number=number,
                code=code,
                code_josa=particle(code, "이/가"),  # korean-data
            )
        found[code] = Occupation(code, name, level, parent or None)
    if not any(o.level == 4 for o in found.values()):
        raise _line_error(
            translate("occupations", "The file has no detailed (4-digit) occupation.")
        )
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
    "생산직": "8900", "생산": "8900", "제조": "8900", "공장": "8900",  # korean-data
    "조리보조": "5323", "주방보조": "5323", "설거지": "5323",  # korean-data
    "품질관리": "0284", "품질": "0284",  # korean-data
    "회계": "0271", "경리": "0272",  # korean-data
    "물류": "6244", "상하차": "6244",  # korean-data
    "운전": "622", "기사": "622",  # korean-data
    "전기": "8312", "전기·설비": "8312",  # korean-data
    "건설단순노무": "7060", "건설일용": "7060", "단순노무": "7060",  # korean-data
    "기계조작": "8150", "조립": "8360", "전자조립": "8360",  # korean-data
    "영업": "6124",  # korean-data
    "IT유지보수": "1343", "전산": "1343",  # korean-data
    "디자인": "4154",  # korean-data
    "요양": "5501", "간병": "5501",  # korean-data
}  # fmt: skip

#: Why two codes match, in English: :func:`relation_reason` gives it in the language spoken.
RELATION_REASONS = {
    4: noop("occupations", "Same occupation (detailed)"),
    3: noop("occupations", "Same minor group"),
    2: noop("occupations", "Same middle group"),
    1: noop("occupations", "Same major group"),
}


def relation_reason(level: int) -> str:
    """Why two codes that agree to ``level`` (see :func:`relation`) match; "" for none."""
    return translate("occupations", RELATION_REASONS[level]) if level in RELATION_REASONS else ""


def words(text: str) -> list[str]:
    """The words of a free-text occupation (``경비, 청소`` → ``["경비", "청소"]``)."""
    return [w for w in re.split(r"[\s,·/()]+|및", text) if len(w) >= 2]  # korean-data
