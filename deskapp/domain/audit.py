"""The access log's vocabulary (접속기록) and the account rules of the 안전성 확보조치 기준."""

from __future__ import annotations

from enum import StrEnum

from deskapp.domain.records import RecordKind

#: Failed log-ins in a row that lock an account, and for how long.
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 10
#: Minutes without input after which the window locks (configurable in the window).
DEFAULT_IDLE_MINUTES = 10
#: The version of the 개인정보 수집·이용 동의서 form in use.
CONSENT_VERSION = "2026-1"
#: The form field that records the consent at registration.
CONSENT_FIELD = "개인정보 수집·이용 동의"
#: Years the access log is kept at least, and account events.
ACCESS_LOG_YEARS = 2
ACCOUNT_EVENT_YEARS = 3


class AccessAction(StrEnum):
    """What was done, as written in the access log."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCK = "screen_lock"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    PURGE = "purge"
    ACCOUNT = "account"
    AUDIT = "audit"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    AccessAction.LOGIN: "로그인",
    AccessAction.LOGIN_FAILED: "로그인 실패",
    AccessAction.LOGOUT: "로그아웃",
    AccessAction.LOCK: "화면 잠금",
    AccessAction.VIEW: "열람",
    AccessAction.CREATE: "등록",
    AccessAction.UPDATE: "수정",
    AccessAction.VOID: "무효 처리",
    AccessAction.PRINT: "인쇄",
    AccessAction.EXPORT: "내보내기",
    AccessAction.IMPORT: "가져오기",
    AccessAction.PURGE: "파기(익명화)",
    AccessAction.ACCOUNT: "계정 관리",
    AccessAction.AUDIT: "접속기록 열람",
}

#: Actions the monthly review of downloads lists.
OUTPUT_ACTIONS = (AccessAction.EXPORT, AccessAction.PRINT, AccessAction.IMPORT)

#: What an access-log line is about, by the kinds the services write (``subject_kind``);
#: the kinds of record (``RecordKind``) read as their own labels.
_SUBJECTS = {
    "job_seeker_list": "구직자 목록",
    "statistics": "통계",
    "user": "계정",
    "backup": "백업",
    "import": "가져온 통합문서",
    "month_close": "월 마감",
    "target": "목표",
    "occupations": "직업분류",
    "target_group": "대상 그룹",
}


def subject_label(kind: str | None) -> str:
    """The Korean name of an access-log line's subject kind (``"통계"``, ``"구직자"``);
    "" for a line about nothing (a log-in); an unknown kind as written."""
    if not kind:
        return ""
    if kind in _SUBJECTS:
        return _SUBJECTS[kind]
    try:
        return RecordKind(kind).label
    except ValueError:
        return kind


def subject_text(kind: str | None, subject_id: int | None, number: str | None) -> str:
    """What a line is about, readable: ``"구직자 D00000012"``, ``"계정 c-plus"``, ``"통계"``;
    the record's id when it has no number (``"행사 (id 3)"``); "" for none, never "None"."""
    label = subject_label(kind)
    if not label:
        return ""
    if number:
        return f"{label} {number}"
    if subject_id is not None:
        return f"{label} (id {subject_id})"
    return label
