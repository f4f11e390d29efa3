"""The vocabularies of the records (ARCHITECTURE.md): roles, channels, kinds, outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import noop, translate


class Role(StrEnum):
    """What an account may do (stored by value)."""

    ADMIN = "admin"
    TEAM_LEAD = "team_lead"
    COUNSELOR = "counselor"

    @property
    def label(self) -> str:
        """The role's name, in the language spoken."""
        return translate("records", _ROLE_LABELS[self.value])


_ROLE_LABELS = {
    "admin": noop("records", "Administrator"),
    "team_lead": noop("records", "Team lead"),
    "counselor": noop("records", "Counselor"),
}


class Channel(StrEnum):
    """How a counseling session took place (상담방법)."""

    VISIT = "방문"  # korean-data
    PHONE = "전화"  # korean-data
    OUTREACH = "찾아가는상담"  # korean-data
    ONLINE = "온라인"  # korean-data


class PlacementKind(StrEnum):
    """알선취업: after a referral by the desk; 본인취업: found by the seeker; 행사취업: hired at
    an event the desk ran or supported."""

    REFERRAL = "알선취업"  # korean-data
    SELF = "본인취업"  # korean-data
    EVENT = "행사취업"  # hired at a hiring event (ARCHITECTURE.md)  # korean-data


class Verification(StrEnum):
    """How a placement was confirmed."""

    INSURANCE = "고용보험 가입 확인"  # korean-data
    EMPLOYER = "업체 확인"  # korean-data
    SELF_REPORT = "본인 확인"  # korean-data
    CONTRACT = "근로계약서"  # korean-data


class ReferralOutcome(StrEnum):
    """The result of a referral (결과)."""

    PENDING = "대기"  # korean-data
    INTERVIEW = "면접"  # korean-data
    HIRED = "채용"  # korean-data
    REJECTED = "불합격"  # korean-data
    WITHDRAWN = "취소"  # korean-data


class EmploymentType(StrEnum):
    """고용형태 of an opening, or the one a seeker wants (WorkNet's four kinds)."""

    REGULAR = "정규직"  # korean-data
    CONTRACT = "계약직"  # korean-data
    PART_TIME = "시간제"  # korean-data
    DAILY = "일용직"  # korean-data


class Education(StrEnum):
    """최종학력 (the last school finished)."""

    PRIMARY = "초졸 이하"  # korean-data
    MIDDLE = "중졸"  # korean-data
    HIGH = "고졸"  # korean-data
    COLLEGE = "전문대졸"  # korean-data
    UNIVERSITY = "대졸"  # korean-data
    GRADUATE = "대학원졸"  # korean-data


class CloseReason(StrEnum):
    """Why an opening was closed (마감 사유)."""

    FILLED = "채용완료"  # korean-data
    EXPIRED = "기간만료"  # korean-data
    WITHDRAWN = "업체철회"  # korean-data
    OTHER = "기타"  # korean-data


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
        """What the line records, in the language spoken."""
        return translate("records", _CHANGE_LABELS[self.value])


_CHANGE_LABELS = {
    "create": noop("records", "Registered"),
    "update": noop("records", "Corrected"),
    "void": noop("records", "Voided"),
    "merge": noop("records", "Merged"),
    "unmerge": noop("records", "Merge undone"),
    "redact": noop("records", "Destroyed"),
}


#: The target groups (대상 그룹) a new database starts with: the district's 2019 groups and
#: the usual 취약계층 of employment services; administrators add and retire more.
STARTING_GROUPS = (
    "청년",  # korean-data
    "중장년",  # korean-data
    "어르신",  # korean-data
    "경력단절여성",  # korean-data
    "장애인",  # korean-data
    "저소득",  # korean-data
    "한부모",  # korean-data
    "북한이탈주민",  # korean-data
    "결혼이민자",  # korean-data
    "특성화고",  # korean-data
    "장기실업",  # korean-data
)


class Gender(StrEnum):
    """성별 as recorded (남/여)."""

    MALE = "남"  # korean-data
    FEMALE = "여"  # korean-data


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
        """The kind's name, in the language spoken."""
        return translate("records", _KIND_LABELS[self.value])


_KIND_LABELS = {
    "job_seeker": noop("records", "Job seeker"),
    "employer": noop("records", "Employer"),
    "job_opening": noop("records", "Job opening"),
    "session": noop("records", "Counseling session"),
    "referral": noop("records", "Referral"),
    "placement": noop("records", "Placement"),
    "event": noop("records", "Hiring event"),
    "event_employer": noop("records", "Event employer"),
    "event_participant": noop("records", "Event participant"),
    "employer_contact": noop("records", "Employer contact"),
    "hiring_agreement": noop("records", "Local hiring agreement"),
    "programme": noop("records", "Programme"),
    "programme_session": noop("records", "Programme session"),
    "programme_enrolment": noop("records", "Programme enrolment"),
}


E = TypeVar("E", bound=StrEnum)

_CHANNEL_ALIASES = {
    "찾아가는 상담": Channel.OUTREACH,  # korean-data
    "방문상담": Channel.VISIT,  # korean-data
    "전화상담": Channel.PHONE,  # korean-data
    "온라인상담": Channel.ONLINE,  # korean-data
}
_EMPLOYMENT_ALIASES = {
    "정규": EmploymentType.REGULAR,  # korean-data
    "상용": EmploymentType.REGULAR,  # korean-data
    "상용직": EmploymentType.REGULAR,  # korean-data
    "계약": EmploymentType.CONTRACT,  # korean-data
    "기간제": EmploymentType.CONTRACT,  # korean-data
    "임시직": EmploymentType.CONTRACT,  # korean-data
    "시간제": EmploymentType.PART_TIME,  # korean-data
    "단시간": EmploymentType.PART_TIME,  # korean-data
    "파트타임": EmploymentType.PART_TIME,  # korean-data
    "아르바이트": EmploymentType.PART_TIME,  # korean-data
    "일용": EmploymentType.DAILY,  # korean-data
}
_EDUCATION_ALIASES = {
    "초졸": Education.PRIMARY,  # korean-data
    "초등학교": Education.PRIMARY,  # korean-data
    "무학": Education.PRIMARY,  # korean-data
    "중학교": Education.MIDDLE,  # korean-data
    "고등학교": Education.HIGH,  # korean-data
    "고교": Education.HIGH,  # korean-data
    "전문대": Education.COLLEGE,  # korean-data
    "전문대학": Education.COLLEGE,  # korean-data
    "대학교": Education.UNIVERSITY,  # korean-data
    "대학": Education.UNIVERSITY,  # korean-data
    "대학교졸": Education.UNIVERSITY,  # korean-data
    "학사": Education.UNIVERSITY,  # korean-data
    "대학원": Education.GRADUATE,  # korean-data
    "석사": Education.GRADUATE,  # korean-data
    "박사": Education.GRADUATE,  # korean-data
}
_GENDER_ALIASES = {
    "남": Gender.MALE,  # korean-data
    "남자": Gender.MALE,  # korean-data
    "m": Gender.MALE,
    "여": Gender.FEMALE,  # korean-data
    "여자": Gender.FEMALE,  # korean-data
    "f": Gender.FEMALE,
}


def _parse_named(kind: type[E], aliases: Mapping[str, E], text: str, field: str, message: str) -> E:
    """A member of ``kind`` from its value or another name for it; otherwise ``message``
    (translated, with the fields ``value`` and ``names``: the choices)."""
    if text in aliases:
        return aliases[text]
    try:
        return kind(text)
    except ValueError:
        names = ", ".join(m.value for m in kind)
        raise ValidationError(
            field,
            message.format(
                value=text,
                names=names,
                value_josa=particle(text, "은/는"),  # korean-data
            ),
        ) from None


def parse_channel(value: object, field: str = "상담방법") -> Channel:  # korean-data
    """A channel from its Korean name."""
    message = translate("records", "'{value}' is not a counseling method ({names}).")
    return _parse_named(Channel, _CHANNEL_ALIASES, str(value or "").strip(), field, message)


def parse_employment(value: object, field: str = "고용형태") -> EmploymentType:  # korean-data
    """정규직, 계약직, 시간제 or 일용직 (상용직, 기간제, 파트타임 … accepted)."""
    text = str(value or "").strip().replace(" ", "")
    message = translate("records", "'{value}' is not a type of employment ({names}).")
    return _parse_named(EmploymentType, _EMPLOYMENT_ALIASES, text, field, message)


def parse_education(value: object, field: str = "최종학력") -> Education:  # korean-data
    """최종학력 (고졸, 대졸 …; 고등학교, 대학교, 석사 … understood)."""
    text = str(value or "").strip().replace(" ", "")
    aliases = {**_EDUCATION_ALIASES, "초졸이하": Education.PRIMARY}  # korean-data
    message = translate("records", "'{value}' is not a level of education ({names}).")
    return _parse_named(Education, aliases, text, field, message)


def parse_close_reason(value: object, field: str = "마감사유") -> CloseReason:  # korean-data
    """채용완료, 기간만료, 업체철회 or 기타."""
    text = str(value or "").strip().replace(" ", "")
    aliases = {"마감기한": CloseReason.EXPIRED}  # korean-data
    message = translate("records", "'{value}' is not a reason for closing ({names}).")
    return _parse_named(CloseReason, aliases, text, field, message)


def parse_gender(value: object, field: str = "성별") -> Gender:  # korean-data
    """남 or 여 (남자/여자/M/F accepted)."""
    text = str(value or "").strip().lower()
    if text in _GENDER_ALIASES:
        return _GENDER_ALIASES[text]
    raise ValidationError(
        field,
        translate("records", "'{value}' is not a valid sex (M or F).").format(
            value=value,
            value_josa=particle(value, "은/는"),  # korean-data
        ),
    )


def parse_enum(kind: type[E], value: object, field: str) -> E:
    """A member of ``kind`` from its Korean value, with a message naming the choices."""
    text = str(value or "").strip()
    try:
        return kind(text)
    except ValueError:
        names = ", ".join(m.value for m in kind)
        raise ValidationError(
            field,
            translate("records", "'{value}' is not a valid value ({names}).").format(
                value=text,
                names=names,
                value_josa=particle(text, "은/는"),  # korean-data
            ),
        ) from None


def enum_value(member: StrEnum | None) -> str | None:
    """The stored value of an optional member."""
    return member.value if member is not None else None
