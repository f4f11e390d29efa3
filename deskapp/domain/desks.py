"""The four desks (ARCHITECTURE.md) and how a desk is named on input."""

from __future__ import annotations

import re
from dataclasses import dataclass

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import translate


@dataclass(frozen=True)
class Desk:
    """A job-counseling desk as it appears in the official table."""

    code: str
    name: str
    short_name: str
    place: str
    staff: int
    sites: tuple[str, ...] = ()


PLUS = Desk("plus", "일자리플러스센터", "일자리플러스센터", "구청 1층", 5)  # korean-data
GVALLEY = Desk("gvalley", "G밸리 일자리상담창구", "G밸리", "기업지원센터", 4)  # korean-data
DONG = Desk(
    "dong",
    "동주민센터 일자리상담창구",  # korean-data
    "동주민센터",  # korean-data
    "시흥4동, 독산동",  # korean-data
    2,
    ("시흥4동", "독산동"),  # korean-data
)
WELFARE = Desk(
    "welfare",
    "고용복지플러스센터 일자리상담창구",  # korean-data
    "고용복지플러스센터",  # korean-data
    "관악고용노동지청",  # korean-data
    1,
)

#: The desks in the order of the official table's rows.
DESKS: tuple[Desk, ...] = (PLUS, GVALLEY, DONG, WELFARE)
DESK_CODES: tuple[str, ...] = tuple(d.code for d in DESKS)
TOTAL_CODE = "total"
TOTAL_NAME = "총 계"  # korean-data

_BY_CODE = {d.code: d for d in DESKS}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


_LOOKUP: dict[str, Desk] = {}
for _d in DESKS:
    for _key in (_d.code, _d.name, _d.short_name):
        _LOOKUP[_squash(_key)] = _d
_SITE_LOOKUP = {_squash(site): (DONG, site) for site in DONG.sites}


@dataclass(frozen=True)
class DeskRef:
    """A desk named on input, with the dong desk's site when one was given."""

    desk: Desk
    site: str | None = None


def desk_by_code(code: str) -> Desk:
    """The desk with this code; ValidationError for an unknown code."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValidationError(
            "창구",  # korean-data
            translate("desks", "'{code}' is not a known desk.").format(
                code=code,
                code_josa=particle(code, "은/는"),  # korean-data
            ),
        ) from None


def parse_desk(text: object, field: str = "창구") -> DeskRef:  # korean-data
    """Read a desk from its code, official name or short name.

    The dong desk may carry its site in brackets (``동주민센터(독산동)``) or be
    named by the site alone (``시흥4동``).
    """
    if text is None or str(text).strip() == "":
        raise ValidationError(field, translate("desks", "Enter the desk."))
    raw = str(text).strip()
    key = _squash(raw)
    if key in _LOOKUP:
        return DeskRef(_LOOKUP[key])
    if key in _SITE_LOOKUP:
        desk, site = _SITE_LOOKUP[key]
        return DeskRef(desk, site)
    match = re.fullmatch(r"(.+?)[(\[](.+?)[)\]]", key)
    if match and match.group(1) in _LOOKUP and match.group(2) in _SITE_LOOKUP:
        desk = _LOOKUP[match.group(1)]
        if desk is DONG:
            return DeskRef(DONG, _SITE_LOOKUP[match.group(2)][1])
    names = ", ".join(d.short_name for d in DESKS)
    raise ValidationError(
        field,
        translate("desks", "'{raw}' is not a known desk (one of {names}).").format(
            raw=raw,
            raw_josa=particle(raw, "은/는"),
            names=names,
        ),
    )
