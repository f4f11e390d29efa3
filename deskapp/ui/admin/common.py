"""Small pieces the administrator screens share: a status line, a busy bar, field errors, times."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.domain.field_names import field_label
from deskapp.ui.widgets import ERROR_STYLE as ERROR_STYLE
from deskapp.ui.widgets import StatusLabel as StatusLabel
from deskapp.ui.widgets import busy_bar as busy_bar


def local_time(at: datetime) -> datetime:
    """A stored naive-UTC time (accounts, account events) in the machine's local time."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def utc_now() -> datetime:
    """Now as the services store it: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def time_text(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S")


def desk_text(code: str | None) -> str:
    """A desk's short name for a list; empty for no desk."""
    if not code:
        return ""
    try:
        return desk_by_code(code).short_name
    except DeskappError:
        return code


def size_text(size: int) -> str:
    """A file size for people: KB below a megabyte, else MB."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("admin", "{n:,} KB").format(n=max(1, round(size / 1024)))
    return QCoreApplication.translate("admin", "{n:,.1f} MB").format(n=size / (1024 * 1024))


class FieldErrors:
    """Red messages shown right under the fields of a QFormLayout.

    Fields are named as the services name them in ``ValidationError.problems``
    (사용자 이름, 비밀번호, 창구...); a problem about no field of the form goes to
    the form's general label.
    """

    def __init__(self, form: QFormLayout, general: StatusLabel) -> None:
        self.form = form
        self.general = general
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, label: str, widget: QWidget, field: str) -> QLabel:
        """Add ``widget`` with its label, and a hidden error line under it."""
        caption = QLabel(label, self.form.parentWidget())
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        error = QLabel(self.form.parentWidget())
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error:{field}")
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self._labels[field] = error
        self._widgets[field] = widget
        return error

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            self.form.setRowVisible(label, False)
        self.general.show_text("")

    def set(self, field: str, message: str) -> None:
        label = self._labels.get(field)
        if label is None:
            text = self.general.text()
            line = f"{field_label(field)}: {message}"
            self.general.show_text(f"{text}\n{line}" if text else line, error=True)
            return
        label.setText(f"{label.text()}\n{message}" if label.text() else message)
        self.form.setRowVisible(label, True)
        self._widgets[field].setAccessibleDescription(label.text())

    def show(self, error: BaseException) -> None:
        """Show a refusal: each ValidationError problem by its field, else the message."""
        if isinstance(error, ValidationError):
            for field, message in error.problems:
                self.set(field, message)
        else:
            self.general.show_error(error)
        self.focus_first()

    def messages(self) -> dict[str, str]:
        """The shown messages by field (for tests and screen readers)."""
        return {field: label.text() for field, label in self._labels.items() if label.text()}

    def focus_first(self) -> None:
        for field, label in self._labels.items():
            if label.text():
                self._widgets[field].setFocus()
                return
