"""The access log's vocabulary (접속기록) and the account rules of the 안전성 확보조치 기준."""

from __future__ import annotations

from enum import StrEnum

from deskapp.domain.records import RecordKind
from deskapp.i18n import noop, translate

#: Failed log-ins in a row that lock an account, and for how long.
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 10
#: Minutes without input after which the window locks (configurable in the window).
DEFAULT_IDLE_MINUTES = 10
#: The version of the 개인정보 수집·이용 동의서 form in use.
CONSENT_VERSION = "2026-1"
#: The form field that records the consent at registration.
CONSENT_FIELD = "개인정보 수집·이용 동의"  # korean-data
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
        """What was done, in the language spoken."""
        return translate("audit", _LABELS[self])


_LABELS = {
    AccessAction.LOGIN: noop("audit", "Log in"),
    AccessAction.LOGIN_FAILED: noop("audit", "Failed log-in"),
    AccessAction.LOGOUT: noop("audit", "Log out"),
    AccessAction.LOCK: noop("audit", "Screen lock"),
    AccessAction.VIEW: noop("audit", "View"),
    AccessAction.CREATE: noop("audit", "Register"),
    AccessAction.UPDATE: noop("audit", "Correct"),
    AccessAction.VOID: noop("audit", "Void"),
    AccessAction.PRINT: noop("audit", "Print"),
    AccessAction.EXPORT: noop("audit", "Export"),
    AccessAction.IMPORT: noop("audit", "Import"),
    AccessAction.PURGE: noop("audit", "Destroy (anonymise)"),
    AccessAction.ACCOUNT: noop("audit", "Account management"),
    AccessAction.AUDIT: noop("audit", "View access log"),
}

#: Actions the monthly review of downloads lists.
OUTPUT_ACTIONS = (AccessAction.EXPORT, AccessAction.PRINT, AccessAction.IMPORT)

#: What an access-log line is about, by the kinds the services write (``subject_kind``);
#: the kinds of record (``RecordKind``) read as their own labels.
_SUBJECTS = {
    "job_seeker_list": noop("audit", "Job seeker list"),
    "statistics": noop("audit", "Statistics"),
    "user": noop("audit", "Account"),
    "backup": noop("audit", "Backup"),
    "import": noop("audit", "Imported workbook"),
    "month_close": noop("audit", "Month close"),
    "target": noop("audit", "Target"),
    "occupations": noop("audit", "Occupation classification"),
    "target_group": noop("audit", "Target group"),
}


def subject_label(kind: str | None) -> str:
    """The Korean name of an access-log line's subject kind (``"통계"``, ``"구직자"``);
    "" for a line about nothing (a log-in); an unknown kind as written."""
    if not kind:
        return ""
    if kind in _SUBJECTS:
        return translate("audit", _SUBJECTS[kind])

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
