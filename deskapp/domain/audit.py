"""The access log's vocabulary (접속기록) and the account rules of the 안전성 확보조치 기준."""

from __future__ import annotations

from enum import StrEnum

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
