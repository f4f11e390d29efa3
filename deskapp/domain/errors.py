"""Errors every layer raises, each with a message in the language spoken, shown as is."""

from __future__ import annotations

from dataclasses import dataclass

from deskapp.domain.field_names import field_label
from deskapp.i18n import translate


class DeskappError(Exception):
    """Base of the errors the user may see; ``str(error)`` is the message as shown."""


class ValidationError(DeskappError):
    """One or more fields of a form or command are invalid.

    ``problems`` holds ``(field, message)`` pairs, in the order found.
    """

    def __init__(self, field: str, message: str) -> None:
        self.problems: list[tuple[str, str]] = [(field, message)]
        super().__init__(f"{field_label(field)}: {message}")

    @classmethod
    def many(cls, problems: list[tuple[str, str]]) -> ValidationError:
        error = cls(*problems[0])
        error.problems = list(problems)
        error.args = ("\n".join(f"{field_label(f)}: {m}" for f, m in problems),)
        return error

    @property
    def field(self) -> str:
        return self.problems[0][0]

    @property
    def message(self) -> str:
        return self.problems[0][1]


@dataclass(frozen=True)
class Problem:
    """One problem in an imported workbook: where it is and what is wrong."""

    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            text = translate("errors", "[{sheet}] row {row}, column '{column}': {message}")
        else:
            text = translate("errors", "[{sheet}] row {row}: {message}")
        return text.format(sheet=self.sheet, row=self.row, column=self.column, message=self.message)


class WorkbookRejected(DeskappError):
    """The workbook was refused whole; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = len(problems)
        super().__init__(
            translate(
                "errors", "The workbook has {count:,} problems; nothing was imported."
            ).format(count=count)
        )


class DuplicateImport(DeskappError):
    """The same workbook (byte for byte) was imported before."""


class ConfirmationNeeded(DeskappError):
    """The action is allowed only once the user confirms it (a referral to a closed
    opening, a merge of two records that differ); ``topic`` says which question, and
    ``details`` what the user should see before answering."""

    def __init__(self, topic: str, message: str, details: tuple[str, ...] = ()) -> None:
        self.topic = topic
        self.details = details
        super().__init__(message)


class NotFound(DeskappError):
    """A record named by the user does not exist."""


class PermissionDenied(DeskappError):
    """The acting user's role does not allow this."""


class SessionExpired(PermissionDenied):
    """The log-in session ended or lay idle too long: log in (or unlock) again."""


class AuthenticationFailed(DeskappError):
    """Wrong user name or password, or a disabled account."""


class DatabaseError(DeskappError):
    """The database cannot be opened or used (newer schema, unreadable file...)."""


class DatabaseFailed(DatabaseError):
    """The database failed in the middle of a unit of work (an I/O error, a lost
    connection, a deadlock) and the unit was rolled back. The user is told so; the driver's
    error, chained as the cause, still goes to the error log for the administrator."""


class DatabaseBusy(DeskappError):
    """Another process held the database's write lock for too long."""


class BackupFailed(DeskappError):
    """A backup copy could not be written (a full disk, no permission); nothing that
    looks like a copy was left behind."""
