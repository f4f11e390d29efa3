"""The vocabularies of the records (ARCHITECTURE.md): roles, channels, kinds, outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle


class Role(StrEnum):
    """What an account may do (stored by value)."""

    ADMIN = "admin"
    TEAM_LEAD = "team_lead"
    COUNSELOR = "counselor"

    @property
    def label(self) -> str:
        return {"admin": "관리자", "team_lead": "팀장", "counselor": "상담사"}[self.value]


class Channel(StrEnum):
    """How a counseling session took place (상담방법)."""

    VISIT = "방문"
    PHONE = "전화"
    OUTREACH = "찾아가는상담"
    ONLINE = "온라인"


class PlacementKind(StrEnum):
    """알선취업: after a referral by the desk; 본인취업: found by the seeker; 행사취업: hired at
    an event the desk ran or supported."""

    REFERRAL = "알선취업"
    SELF = "본인취업"
    EVENT = "행사취업"  # hired at a hiring event (ARCHITECTURE.md)


class Verification(StrEnum):
    """How a placement was confirmed."""

    INSURANCE = "고용보험 가입 확인"
    EMPLOYER = "업체 확인"
    SELF_REPORT = "본인 확인"
    CONTRACT = "근로계약서"


class ReferralOutcome(StrEnum):
    """The result of a referral (결과)."""

    PENDING = "대기"
    INTERVIEW = "면접"
    HIRED = "채용"
    REJECTED = "불합격"
    WITHDRAWN = "취소"


class EmploymentType(StrEnum):
    """고용형태 of an opening, or the one a seeker wants (WorkNet's four kinds)."""

    REGULAR = "정규직"
    CONTRACT = "계약직"
    PART_TIME = "시간제"
    DAILY = "일용직"


class Education(StrEnum):
    """최종학력 (the last school finished)."""

    PRIMARY = "초졸 이하"
    MIDDLE = "중졸"
    HIGH = "고졸"
    COLLEGE = "전문대졸"
    UNIVERSITY = "대졸"
    GRADUATE = "대학원졸"


class CloseReason(StrEnum):
    """Why an opening was closed (마감 사유)."""

    FILLED = "채용완료"
    EXPIRED = "기간만료"
    WITHDRAWN = "업체철회"
    OTHER = "기타"


class ChangeAction(StrEnum):
    """What a line of a record's change history (변경 이력) records."""

    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    MERGE = "merge"
    UNMERGE = "unmerge"
    REDACT = "redact"

    @property
    def label(self) -> str:
        return {
            "create": "등록",
            "update": "수정",
            "void": "무효 처리",
            "merge": "병합",
            "unmerge": "병합 되돌림",
            "redact": "파기",
        }[self.value]


#: The target groups (대상 그룹) a new database starts with: the district's 2019 groups and
#: the usual 취약계층 of employment services; administrators add and retire more.
STARTING_GROUPS = (
    "청년",
    "중장년",
    "어르신",
    "경력단절여성",
    "장애인",
    "저소득",
    "한부모",
    "북한이탈주민",
    "결혼이민자",
    "특성화고",
    "장기실업",
)


class Gender(StrEnum):
    """성별 as recorded (남/여)."""

    MALE = "남"
    FEMALE = "여"


class RecordKind(StrEnum):
    """The kinds of record that can be voided, by their English names."""

    SEEKER = "job_seeker"
    EMPLOYER = "employer"
    OPENING = "job_opening"
    SESSION = "session"
    REFERRAL = "referral"
    PLACEMENT = "placement"
    EVENT = "event"
    EVENT_EMPLOYER = "event_employer"
    EVENT_PARTICIPANT = "event_participant"
    CONTACT = "employer_contact"
    AGREEMENT = "hiring_agreement"
    PROGRAMME = "programme"
    PROGRAMME_SESSION = "programme_session"
    ENROLMENT = "programme_enrolment"

    @property
    def label(self) -> str:
        return {
            "job_seeker": "구직자",
            "employer": "구인업체",
            "job_opening": "구인",
            "session": "상담",
            "referral": "알선",
            "placement": "취업",
            "event": "행사",
            "event_employer": "행사 참여업체",
            "event_participant": "행사 참여자",
            "employer_contact": "기업 접촉",
            "hiring_agreement": "구민 우선 채용 협약",
            "programme": "프로그램",
            "programme_session": "프로그램 회차",
            "programme_enrolment": "프로그램 참여",
        }[self.value]


E = TypeVar("E", bound=StrEnum)

_CHANNEL_ALIASES = {
    "찾아가는 상담": Channel.OUTREACH,
    "방문상담": Channel.VISIT,
    "전화상담": Channel.PHONE,
    "온라인상담": Channel.ONLINE,
}
_EMPLOYMENT_ALIASES = {
    "정규": EmploymentType.REGULAR,
    "상용": EmploymentType.REGULAR,
    "상용직": EmploymentType.REGULAR,
    "계약": EmploymentType.CONTRACT,
    "기간제": EmploymentType.CONTRACT,
    "임시직": EmploymentType.CONTRACT,
    "시간제": EmploymentType.PART_TIME,
    "단시간": EmploymentType.PART_TIME,
    "파트타임": EmploymentType.PART_TIME,
    "아르바이트": EmploymentType.PART_TIME,
    "일용": EmploymentType.DAILY,
}
_EDUCATION_ALIASES = {
    "초졸": Education.PRIMARY,
    "초등학교": Education.PRIMARY,
    "무학": Education.PRIMARY,
    "중학교": Education.MIDDLE,
    "고등학교": Education.HIGH,
    "고교": Education.HIGH,
    "전문대": Education.COLLEGE,
    "전문대학": Education.COLLEGE,
    "대학교": Education.UNIVERSITY,
    "대학": Education.UNIVERSITY,
    "대학교졸": Education.UNIVERSITY,
    "학사": Education.UNIVERSITY,
    "대학원": Education.GRADUATE,
    "석사": Education.GRADUATE,
    "박사": Education.GRADUATE,
}
_GENDER_ALIASES = {
    "남": Gender.MALE,
    "남자": Gender.MALE,
    "m": Gender.MALE,
    "여": Gender.FEMALE,
    "여자": Gender.FEMALE,
    "f": Gender.FEMALE,
}


def _parse_named(kind: type[E], aliases: Mapping[str, E], text: str, field: str, subject: str) -> E:
    """A member of ``kind`` from its value or another name for it; otherwise a message
    naming the choices (``subject``: what it is not, with its particle: ‘상담방법이’)."""
    if text in aliases:
        return aliases[text]
    try:
        return kind(text)
    except ValueError:
        names = ", ".join(m.value for m in kind)
        raise ValidationError(
            field, f"'{text}'{particle(text, '은/는')} {subject} 아닙니다 ({names})."
        ) from None


def parse_channel(value: object, field: str = "상담방법") -> Channel:
    """A channel from its Korean name."""
    return _parse_named(Channel, _CHANNEL_ALIASES, str(value or "").strip(), field, "상담방법이")


def parse_employment(value: object, field: str = "고용형태") -> EmploymentType:
    """정규직, 계약직, 시간제 or 일용직 (상용직, 기간제, 파트타임 … accepted)."""
    text = str(value or "").strip().replace(" ", "")
    return _parse_named(EmploymentType, _EMPLOYMENT_ALIASES, text, field, "고용형태가")


def parse_education(value: object, field: str = "최종학력") -> Education:
    """최종학력 (고졸, 대졸 …; 고등학교, 대학교, 석사 … understood)."""
    text = str(value or "").strip().replace(" ", "")
    aliases = {**_EDUCATION_ALIASES, "초졸이하": Education.PRIMARY}
    return _parse_named(Education, aliases, text, field, "최종학력이")


def parse_close_reason(value: object, field: str = "마감사유") -> CloseReason:
    """채용완료, 기간만료, 업체철회 or 기타."""
    text = str(value or "").strip().replace(" ", "")
    return _parse_named(CloseReason, {"마감기한": CloseReason.EXPIRED}, text, field, "마감 사유가")


def parse_gender(value: object, field: str = "성별") -> Gender:
    """남 or 여 (남자/여자/M/F accepted)."""
    text = str(value or "").strip().lower()
    if text in _GENDER_ALIASES:
        return _GENDER_ALIASES[text]
    raise ValidationError(
        field, f"'{value}'{particle(value, '은/는')} 성별이 아닙니다 (남 또는 여)."
    )


def parse_enum(kind: type[E], value: object, field: str) -> E:
    """A member of ``kind`` from its Korean value, with a message naming the choices."""
    text = str(value or "").strip()
    try:
        return kind(text)
    except ValueError:
        names = ", ".join(m.value for m in kind)
        raise ValidationError(
            field, f"'{text}'{particle(text, '은/는')} 올바른 값이 아닙니다 ({names})."
        ) from None


def enum_value(member: StrEnum | None) -> str | None:
    """The stored value of an optional member."""
    return member.value if member is not None else None
