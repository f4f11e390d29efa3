"""Forms in code: fields checked as they are typed, a Korean message under each, Ctrl+S saves.

A :class:`FormPanel` lays out fields keyed by the Korean headings of the records workbook
(the keys the record services take), checks each field with the domain's
parsers while it is typed (``deskapp.domain.fields``, ``phone``, ``business``,
``dates``, ``desks``) and saves through one service call in a worker. The
service checks everything again; a ValidationError it raises is shown under
the fields it names. A panel lives in a :class:`FormDialog` (a new seeker,
employer or opening) or in a seeker's record window (a session, a referral, a
placement); both ask 저장 / 저장 안 함 / 취소 before unsaved changes are lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import fields
from deskapp.domain.audit import CONSENT_FIELD, CONSENT_VERSION
from deskapp.domain.business import normalize_business_no
from deskapp.domain.commands import (
    FIELDS,
    ChangeRecord,
    editable_fields,
    employer_command,
    opening_command,
    seeker_command,
)
from deskapp.domain.dates import parse_date
from deskapp.domain.errors import ConfirmationNeeded, ValidationError
from deskapp.domain.field_names import field_label
from deskapp.domain.korean import with_particle
from deskapp.domain.phone import normalize_phone
from deskapp.domain.records import CloseReason, Education, EmploymentType, Gender, RecordKind
from deskapp.i18n import noop
from deskapp.services.browse import SeekerItem
from deskapp.services.corrections import EditableRecord
from deskapp.services.rules.records import Saved
from deskapp.ui.context import WorkContext, desk_choices
from deskapp.ui.errors import error_message
from deskapp.ui.lists import RecordTable, SeekerItemsModel
from deskapp.ui.occupation_picker import OccupationChooser
from deskapp.ui.workers import Progress, QueryOp

#: A field's check: the raw value and the field's name; returns the clean value or raises
#: ValidationError (the domain parsers have this shape).
Parser = Callable[[object, str], object]
_ERROR_STYLE = "color: #b00020;"
_DUPLICATE_DELAY_MS = 300
#: The field of a correction form that holds its reason.
REASON_KEY = "사유"  # korean-data


def ask_unsaved(
    parent: QWidget, what: str, save: Callable[[], None], discard: Callable[[], None]
) -> QMessageBox:
    """Ask 저장 / 저장 안 함 / 취소 about unsaved changes to ``what`` (window-modal, no nested
    event loop): ``save`` or ``discard`` is called after the answer; 취소 does nothing."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved_prompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("forms", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("forms", "‘{what}’ has unsaved changes. Save them?").format(
            what=what
        )
    )
    save_button = box.addButton(
        QCoreApplication.translate("forms", "&Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard_button = box.addButton(
        QCoreApplication.translate("forms", "Do&n't save"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel_button = box.addButton(
        QCoreApplication.translate("forms", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save_button)
    box.setEscapeButton(cancel_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is save_button:
            save()
        elif clicked is discard_button:
            discard()

    box.finished.connect(answered)
    box.open()
    return box


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for what it shows now, wrapped messages included (a
    top-level layout's minimum ignores the height a word-wrapped label needs)."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    width = window.width()
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    screen = window.screen()
    if screen is not None:
        height = min(height, screen.availableGeometry().height() - 40)
    if height > window.height():
        window.resize(width, height)


def fit_later(widget: QWidget) -> None:
    """grow_to_fit the widget's window once the layout has taken in what changed."""

    def fit() -> None:
        if shiboken6.isValid(widget):
            grow_to_fit(widget.window())

    QTimer.singleShot(0, fit)
    QTimer.singleShot(60, fit)  # again once wrapped labels know their width


class MessageLabel(QLabel):
    """A field's message, word-wrapped and never given less height than its lines need
    (a form row laid out a two-line message one line short: its second line was cut)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Ask for the height of the text wrapped at the width the label has now (measured
        apart: QLabel's own answer never falls below the minimum set last)."""
        needed = 0
        if self.text() and self.isVisible():
            margins = self.contentsMargins()
            width = self.width() - margins.left() - margins.right() - 2 * self.margin()
            flags = int(Qt.TextFlag.TextWordWrap.value) | int(self.alignment().value)
            room = QRect(0, 0, max(width, 1), 100_000)
            box = self.fontMetrics().boundingRect(room, flags, self.text())
            needed = box.height() + margins.top() + margins.bottom() + 2 * self.margin()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class Field:
    """One field of a form: its editor, the message under it, and how it is checked."""

    def __init__(
        self,
        key: str,
        editor: QWidget,
        message: QLabel,
        parse: Parser | None,
        required: bool,
        getter: Callable[[], object] | None = None,
        setter: Callable[[str], None] | None = None,
    ) -> None:
        self.key = key
        self.editor = editor
        self.message = message
        self.parse = parse
        self.required = required
        self.touched = False
        self._getter = getter
        self._setter = setter

    def set_text(self, text: str) -> None:
        """Show a stored value (as the services' ``form_text`` writes it) in the editor."""
        if self._setter is not None:
            self._setter(text)
            return
        editor = self.editor
        if isinstance(editor, QLineEdit):
            editor.setText(text)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(text == "예")  # korean-data
        elif isinstance(editor, QComboBox):
            index = editor.findData(text)
            if index < 0:
                index = editor.findText(text)
            if index < 0 and text:  # a value the list does not offer: keep it as it is
                editor.addItem(text, text)
                index = editor.count() - 1
            editor.setCurrentIndex(max(index, 0))

    def value(self) -> object:
        """The raw value as typed (text, the chosen item's data, a check mark)."""
        if self._getter is not None:
            return self._getter()
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return "" if data is None else data
        return None

    def show(self, message: str | None) -> None:
        appears = bool(message) and self.message.isHidden()
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        if appears:
            fit_later(self.editor)
        self.editor.setProperty("invalid", bool(message))
        self.editor.setToolTip(message or "")

    def error(self) -> str:
        return self.message.text()


class FormPanel(QWidget):
    """Fields keyed by the services' Korean headings, checked as typed; saved in a worker."""

    sig_saved = Signal(object)
    """The record was saved: what the service returned (a Saved, or None)."""

    title = ""

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, Field] = {}
        self.saved: Any = None
        self._initial: dict[str, object] = {}
        self._busy = False
        self.editing: EditableRecord | None = None
        self.confirmed: set[str] = set()
        self.prompt: QMessageBox | None = None
        self._op: QueryOp | None = None
        self.tabs: QTabWidget | None = None
        self.form = self._new_form()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("form_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(_ERROR_STYLE)
        self.message_label.hide()
        self._summary = False  # the message line says how many fields are wrong
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.form)

    # -- building ------------------------------------------------------------------------

    @staticmethod
    def _new_form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def add_page(self, title: str) -> None:
        """Put the fields added from now on a page of their own (Ctrl+Tab and Ctrl+PgDn
        turn the pages); the fields added so far make the first page."""
        if self.tabs is None:
            self.tabs = QTabWidget(self)
            self.tabs.setObjectName("form_pages")
            first = QWidget(self.tabs)
            self.layout_.removeItem(self.form)
            self.form.setParent(None)
            first.setLayout(self.form)
            self.tabs.addTab(first, QCoreApplication.translate("forms", self.first_page_title))
            self.layout_.addWidget(self.tabs, 1)
            next_page = QShortcut(QKeySequence("Ctrl+Tab"), self)
            next_page.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            next_page.activated.connect(self._next_page)
        page = QWidget(self.tabs)
        self.form = self._new_form()
        page.setLayout(self.form)
        self.tabs.addTab(page, title)

    #: The first page's title: an English source of the "forms" context (``noop``).
    first_page_title = ""

    def _next_page(self) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())
            editor = self._first_on_page(self.tabs.currentIndex())
            if editor is not None:
                editor.setFocus(Qt.FocusReason.TabFocusReason)

    def _first_on_page(self, index: int) -> QWidget | None:
        if self.tabs is None:
            return None
        page = self.tabs.widget(index)
        for field in self.fields.values():
            if page is not None and page.isAncestorOf(field.editor) and field.editor.isEnabled():
                return field.editor
        return None

    def _show_field(self, field: Field) -> None:
        """Turn to the page that holds ``field`` (to show its message or give it the keyboard)."""
        if self.tabs is None:
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(field.editor):
                self.tabs.setCurrentIndex(index)
                return

    def _message(self) -> QLabel:
        label = MessageLabel(self)
        label.setStyleSheet(_ERROR_STYLE)
        label.hide()
        return label

    def add_field(
        self,
        key: str,
        label: str,
        editor: QWidget,
        parse: Parser | None = None,
        required: bool = False,
        getter: Callable[[], object] | None = None,
        setter: Callable[[str], None] | None = None,
    ) -> Field:
        """Add a row: ``label``, the editor and its message; ``parse`` checks it as typed."""
        message = self._message()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(message)
        title = QLabel(label + (" *" if required else ""), self)
        title.setBuddy(editor)
        self.form.addRow(title, box)
        editor.setAccessibleName(key)
        field = Field(key, editor, message, parse, required, getter, setter)
        self.fields[key] = field
        return field

    def add_line(
        self,
        key: str,
        label: str,
        parse: Parser | None = None,
        required: bool = False,
        default: str = "",
        placeholder: str = "",
    ) -> QLineEdit:
        edit = QLineEdit(default, self)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(fields.SHORT_TEXT_MAX)
        field = self.add_field(key, label, edit, parse, required)
        edit.textEdited.connect(lambda _text: self._edited(field))
        edit.textChanged.connect(lambda _text: self._changed(field))
        return edit

    def add_text(self, key: str, label: str, parse: Parser | None = None) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        field = self.add_field(key, label, edit, parse)
        edit.textChanged.connect(lambda: self._edited(field))
        return edit

    def add_combo(
        self,
        key: str,
        label: str,
        choices: Sequence[tuple[str, object]],
        default: object = None,
        required_message: str = "",
    ) -> QComboBox:
        combo = QComboBox(self)
        for text, data in choices:
            combo.addItem(text, data)
        index = combo.findData(default)
        combo.setCurrentIndex(max(index, 0))
        parse: Parser | None = None
        if required_message:

            def parse(value: object, name: str) -> object:
                if fields.is_blank(value):
                    raise ValidationError(name, required_message)
                return value

        field = self.add_field(key, label, combo, parse, bool(required_message))
        combo.currentIndexChanged.connect(lambda _i: self._edited(field))
        return combo

    def add_desk(self, key: str, label: str, correcting: bool = False) -> QComboBox:
        """The desk a record is made at: the window's working desk unless changed here;
        only the desks the account may use (a correction may move it to any desk)."""
        choices = desk_choices(None if correcting else self.ctx.actor)
        return self.add_combo(key, label, choices, self.ctx.desk_value())

    def add_occupation(self, key: str, text_edit: QLineEdit) -> OccupationChooser:
        """The 직업분류 row under a free-text job: the matched or picked code (F4 picks)."""
        chooser = OccupationChooser(self.ctx.workspace.occupations, text_edit, self)
        field = self.add_field(key, self.tr("Occupation code (&K)"), chooser, getter=chooser.value)
        chooser.sig_picked.connect(lambda _code: self._edited(field))
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F4), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(chooser.open_picker)
        return chooser

    def add_check(self, key: str, text: str, required_message: str) -> QCheckBox:
        check = QCheckBox(text, self)

        def parse(value: object, name: str) -> object:
            if value is not True:
                raise ValidationError(name, required_message)
            return value

        message = self._message()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(check)
        column.addWidget(message)
        self.form.addRow(box)
        check.setAccessibleName(key)
        field = Field(key, check, message, parse, True)
        self.fields[key] = field
        check.toggled.connect(lambda _on: self._edited(field))
        return check

    def ready(self, record: EditableRecord | None = None) -> None:
        """The form is built: what it shows now is 'unchanged'.

        With ``record`` the form corrects it: its values are shown, and the reason for
        the correction is asked below the fields (required)."""
        if record is not None:
            self.editing = record
            for key, text in record.values.items():
                field = self.fields.get(key)
                if field is not None:
                    field.set_text(text)
            self.title = self.tr("Edit {what}").format(what=record.title)
            reason_form = self._new_form()
            self.layout_.addLayout(reason_form)
            target, self.form = self.form, reason_form
            self.reason_edit = self.add_line(
                REASON_KEY,
                self.tr("Reason for edit (&Y)"),
                short_text,
                True,
                placeholder=self.tr("e.g. contact typo, wrong registration desk chosen"),
            )
            self.form = target
        self.layout_.addWidget(self.message_label)
        self._initial = self.values()

    # -- state ---------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        return {key: field.value() for key, field in self.fields.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def set_unchanged(self, key: str) -> None:
        """Count a field's current value as the one it started with (a default set later)."""
        self._initial[key] = self.fields[key].value()

    def is_busy(self) -> bool:
        return self._busy

    def first_editor(self) -> QWidget | None:
        for field in self.fields.values():
            if field.editor.isEnabled() and field.editor.isVisibleTo(self):
                return field.editor
        return None

    def focus_first(self) -> None:
        editor = self.first_editor()
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(editor, QLineEdit):
                editor.selectAll()

    # -- checking ------------------------------------------------------------------------

    def _edited(self, field: Field) -> None:
        field.touched = True
        self._changed(field)

    def _changed(self, field: Field) -> None:
        self.check(field.key)
        self.field_changed(field.key)
        if self._summary:
            self._show_summary([key for key, each in self.fields.items() if each.error()])

    def field_changed(self, key: str) -> None:
        """A field's value changed (hook for cross-field checks and look-ups)."""

    def check_value(self, key: str, value: object) -> None:
        """Raise ValidationError when ``value`` is not right for ``key`` (beyond its parser)."""

    def check(self, key: str, force: bool = False) -> str | None:
        """Check one field and show its message; None when it is fine.

        An empty required field is reported only once it was edited, or when saving.
        """
        field = self.fields[key]
        value = field.value()
        message: str | None = None
        try:
            if fields.is_blank(value) or value is False:
                if field.required and (force or field.touched) and field.parse is not None:
                    field.parse(value, key)
            else:
                if field.parse is not None:
                    field.parse(value, key)
                self.check_value(key, value)
        except ValidationError as error:
            message = error.message
        field.show(message)
        return message

    def parsed(self, key: str) -> Any:
        """The clean value of a field, or None when it is empty or wrong."""
        field = self.fields[key]
        value = field.value()
        if fields.is_blank(value) or field.parse is None:
            return None
        try:
            return field.parse(value, key)
        except ValidationError:
            return None

    def validate(self) -> bool:
        """Check every field, show every message, focus the first wrong one."""
        wrong = [key for key in self.fields if self.check(key, force=True)]
        if wrong:
            self._show_field(self.fields[wrong[0]])
            self.fields[wrong[0]].editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_summary(wrong)
            return False
        self.show_message("")
        return True

    def _show_summary(self, wrong: list[str]) -> None:
        """'고칠 곳이 N군데' naming the wrong fields; it follows them as they are fixed and is
        gone with the last one."""
        if not wrong:
            self.show_message("")
            return
        self.show_message(
            self.tr("{count} fields need correcting: {fields}").format(
                count=len(wrong), fields=", ".join(wrong)
            )
        )
        self._summary = True

    def show_message(self, text: str) -> None:
        self._summary = False
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- saving --------------------------------------------------------------------------

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        """The service call that saves ``values`` (run in a worker; must not touch widgets)."""
        raise NotImplementedError

    def changes(self) -> dict[str, object]:
        """The fields of the record being corrected whose value the user changed."""
        if self.editing is None:
            return {}
        initial, editable = self._initial, self.editing.values
        return {k: v for k, v in self.values().items() if k in editable and v != initial.get(k)}

    def submit_change(self) -> Callable[[Progress], Any]:
        """The correction of the record being edited (only what changed, with the reason)."""
        record = self.editing
        assert record is not None
        command = ChangeRecord(
            record.kind, record.number, self.changes(), str(self.fields[REASON_KEY].value())
        )
        corrections, actor = self.ctx.workspace.corrections, self.ctx.actor
        return lambda _progress: corrections.change(actor, command)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Check, then save in the background; ``then`` runs after a successful save."""
        if self._busy or not self.validate():
            return
        if self.editing is not None and not self.changes():
            self.show_message(self.tr("Nothing was changed."))
            return
        try:
            call = self.submit_change() if self.editing else self.submit(self.values())
        except ValidationError as error:
            self._refused(error)
            return
        self._busy = True
        self.show_message(self.tr("Saving…"))
        op = QueryOp(parent=self, op=call, success=lambda result: self._saved(result, then))
        op.failure(self._refused).sig_waiting.connect(self._waiting)
        self._op = op
        op.run_in_background()

    def _waiting(self, seconds: float) -> None:
        """Another user is writing: say so at once; Esc gives up (the values stay)."""
        self.show_message(
            self.tr(
                "Waiting because another user is saving ({seconds} s)… Press Esc to "
                "stop. What you entered is kept."
            ).format(seconds=int(seconds))
        )

    def cancel_save(self) -> bool:
        """Esc while a save waits for another user: give up waiting; False when not saving."""
        if not self._busy or self._op is None:
            return False
        self._op.cancel()
        return True

    def _saved(self, result: Any, then: Callable[[], None] | None) -> None:
        self._busy = False
        self.saved = result
        self._initial = self.values()
        self.show_message("")
        self.sig_saved.emit(result)
        if then is not None:
            then()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, ConfirmationNeeded):
            self._confirm(error)
            return
        if not isinstance(error, ValidationError):
            self.show_message(error_message(error))
            return
        general = []
        first: Field | None = None
        for key, message in error.problems:
            field = self.fields.get(key)
            if field is None:
                general.append(f"{field_label(key)}: {message}")
                continue
            field.show(message)
            first = first or field
        if general:
            self.show_message("\n".join(general))
        else:  # only fields of the form: their count follows them as they are fixed
            self._show_summary([key for key, each in self.fields.items() if each.error()])
        if first is not None:
            self._show_field(first)
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm(self, question: ConfirmationNeeded) -> None:
        """Ask the service's question; 예 saves again with the answer given."""
        box = QMessageBox(self)
        box.setObjectName("confirm_prompt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Confirm"))
        box.setText(str(question))
        if question.details:
            box.setInformativeText("\n".join(question.details))
        yes = box.addButton(self.tr("&Yes"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("&No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = box

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                self.confirmed.add(question.topic)
                self.save()
            else:
                self.show_message(str(question))

        box.finished.connect(answered)
        box.open()


class FormDialog(QDialog):
    """A window around one FormPanel: 저장 (Ctrl+S, Enter) and 닫기 (Escape) with the prompt."""

    sig_saved = Signal(object)
    """The panel's record was saved: what the service returned."""

    def __init__(self, panel: FormPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.prompt: QMessageBox | None = None
        self._closing = False
        self.setWindowTitle(panel.title)
        self.setObjectName("form_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.setParent(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.close_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.panel.save())
        self.close_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self.save_shortcut.activated.connect(lambda: self.panel.save())
        panel.sig_saved.connect(self._saved)
        layout = QVBoxLayout(self)
        layout.addWidget(panel, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.panel.focus_first)

    def _saved(self, result: object) -> None:
        self.sig_saved.emit(result)
        self._closing = True
        self.accept()

    def is_dirty(self) -> bool:
        return not self._closing and self.panel.is_dirty()

    def reject(self) -> None:
        """Escape, 닫기 or the window's close button: ask first when something is unsaved
        (while a save waits for another user, Escape gives up waiting and keeps the form)."""
        if self.panel.cancel_save():
            return
        if not self.is_dirty():
            self._closing = True
            super().reject()
            return
        if self._prompting():
            return
        self.prompt = ask_unsaved(self, self.panel.title, self.panel.save, self._discard)

    def _discard(self) -> None:
        self._closing = True
        QDialog.reject(self)

    def _prompting(self) -> bool:
        """The unsaved-changes question is on screen (a second one would stack)."""
        box = self.prompt
        return box is not None and shiboken6.isValid(box) and box.isVisible()


# -- parsers with the day fixed ----------------------------------------------------------


def record_day(today: date) -> Parser:
    return lambda value, name: fields.record_date(value, name, today)


def birth_day(today: date) -> Parser:
    return lambda value, name: fields.birth_date(value, today, name)


def short_text(value: object, name: str) -> object:
    return fields.text(value, name)


def free_text(value: object, name: str) -> object:
    return fields.free_text(value, name)


# -- registration forms ------------------------------------------------------------------


class DuplicateList(QGroupBox):
    """Seekers who may be the person being registered: a warning, never a block."""

    sig_open_seeker = Signal(int)
    """Enter or a double-click on one of them: the seeker's id."""
    sig_log_session = Signal(object)
    """이 구직자에게 상담 기록: the chosen one's SeekerItem (served on their existing record)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setTitle(self.tr("This person may already be registered"))
        self.setStyleSheet("QGroupBox#duplicates { color: #8a5a00; font-weight: bold; }")
        self.label = QLabel(self)
        self.model = SeekerItemsModel(self)
        self.table = RecordTable(self, sortable=False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Job seekers who may be the same person"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMaximumHeight(self.table.verticalHeader().defaultSectionSize() * 5 + 8)
        self.table.sig_activated.connect(self._open)
        self.session_button = QPushButton(self.tr("&Log a session for this job seeker"), self)
        self.session_button.setObjectName("duplicate_session")
        self.session_button.setAutoDefault(False)
        self.session_button.setToolTip(
            self.tr(
                "Instead of registering a new job seeker, log this desk's counseling "
                "session in the chosen job seeker's existing record."
            )
        )
        self.session_button.clicked.connect(self._log_session)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        layout.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def set_seekers(self, seekers: list[SeekerItem]) -> None:
        self.model.set_rows(seekers)
        self.setVisible(bool(seekers))
        if seekers:
            fit_later(self)
            self.table.select_row(0)
            self.label.setText(
                self.tr(
                    "{count} job seekers have the same contact details or the same name "
                    "and date of birth.\nIf it is the same person, do not register them "
                    "again: open the existing record (Enter) or log a session in it "
                    "(Alt+L, also for job seekers of other desks)."
                ).format(count=len(seekers))
            )

    def _open(self, row: int) -> None:
        seeker_id = self.model.id_at(row)
        if seeker_id is not None:
            self.sig_open_seeker.emit(seeker_id)

    def _log_session(self) -> None:
        items = self.model.rows()
        row = self.table.current_row()
        if 0 <= row < len(items):
            self.sig_log_session.emit(items[row])


def spec_parser(kind: RecordKind, heading: str, today: date) -> Parser:
    """The parser the workbook and the services use for a field, for checking as typed."""
    spec = next(s for s in editable_fields(kind) + FIELDS[kind] if s.heading == heading)
    return lambda value, name: spec.parse(value, name, today)


def _choices(values: Sequence[str], empty: str) -> list[tuple[str, object]]:
    return [(empty, ""), *((v, v) for v in values)]


class GroupChecks(QWidget):
    """대상그룹: one check box per group of the managed list (a person may be in several)."""

    sig_changed = Signal()
    """A box was checked or cleared."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, name in enumerate(names):
            box = QCheckBox(name, self)
            box.toggled.connect(lambda _on: self.sig_changed.emit())
            self.boxes[name] = box
            grid.addWidget(box, number // 4, number % 4)

    def value(self) -> str:
        return ", ".join(name for name, box in self.boxes.items() if box.isChecked())

    def set_text(self, text: str) -> None:
        chosen = [name.strip() for name in text.split(",") if name.strip()]
        for name in chosen:
            if name not in self.boxes:  # a retired group the person still has
                box = QCheckBox(name, self)
                box.toggled.connect(lambda _on: self.sig_changed.emit())
                self.boxes[name] = box
                layout = self.layout()
                assert isinstance(layout, QGridLayout)
                count = len(self.boxes) - 1
                layout.addWidget(box, count // 4, count % 4)
        for name, box in self.boxes.items():
            box.setChecked(name in chosen)


class SeekerForm(FormPanel):
    """구직등록 (or its correction): the person, the desk and date, the required consent, and
    on a second page the rest of the file (학력, 경력, 자격증, 희망 조건, 대상 그룹)."""

    sig_duplicates = Signal(int)
    """The duplicate check finished: how many possible duplicates are shown."""

    first_page_title = noop("forms", "Personal details")

    def __init__(
        self,
        ctx: WorkContext,
        parent: QWidget | None = None,
        record: EditableRecord | None = None,
        groups: Sequence[str] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Job seeker registration")
        today = ctx.today()
        self._serial = 0
        self.exclude_id = record.id if record is not None else None

        def parse(heading: str) -> Parser:
            return spec_parser(RecordKind.SEEKER, heading, today)

        self.name_edit = self.add_line(
            "성명",  # korean-data
            self.tr("Na&me"),
            fields.person_name,
            True,
        )
        self.birth_edit = self.add_line(
            "생년월일",  # korean-data
            self.tr("Date of birth"),
            birth_day(today),
            placeholder="1980-05-05",
        )
        self.gender_combo = self.add_combo(
            "성별",  # korean-data
            self.tr("Sex"),
            [(self.tr("(not entered)"), "")] + [(g, g) for g in Gender],
        )
        self.phone_edit = self.add_line(
            "연락처",  # korean-data
            self.tr("Con&tact"),
            normalize_phone,
            placeholder="010-1234-5678",
        )
        self.address_edit = self.add_line("주소", self.tr("Address"), free_text)  # korean-data
        self.resident_combo = self.add_combo(
            "구민여부",  # korean-data
            self.tr("Lives in Geumcheon-gu"),
            [
                (self.tr("(unknown)"), ""),
                (self.tr("Resident"), "예"),  # korean-data
                (self.tr("Non-resident"), "아니오"),  # korean-data
            ],
        )
        self.job_edit = self.add_line(
            "희망직종",  # korean-data
            self.tr("Desired occupation (&J)"),
            short_text,
        )
        self.occupation = self.add_occupation("희망직종코드", self.job_edit)  # korean-data
        self.employment_combo = self.add_combo(
            "희망고용형태",  # korean-data
            self.tr("Desired employment type"),
            [(self.tr("(any)"), "")] + [(e.value, e.value) for e in EmploymentType],
        )
        self.date_edit = self.add_line(
            "등록일",  # korean-data
            self.tr("Registration date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.desk_combo = self.add_desk(
            "등록창구",  # korean-data
            self.tr("Registration desk (&W)"),
            record is not None,
        )
        self.counselor_edit = self.add_line(
            "담당상담사",  # korean-data
            self.tr("Assigned counselor"),
            fields.person_name,
            placeholder=ctx.actor.display_name,
        )
        if record is None:
            self.consent_check = self.add_check(
                CONSENT_FIELD,
                self.tr(
                    "Consent to collection &and use of personal data obtained (consent "
                    "form {version})"
                ).format(version=CONSENT_VERSION),
                self.tr("Consent to collection and use of personal data is required to register."),
            )
        self.add_page(self.tr("Education, experience and preferences"))
        self.groups = GroupChecks(groups, self)
        group_field = self.add_field(
            "대상그룹",  # korean-data
            self.tr("Target group"),
            self.groups,
            getter=self.groups.value,
            setter=self.groups.set_text,
        )
        self.groups.sig_changed.connect(lambda: self._edited(group_field))
        self.education_combo = self.add_combo(
            "최종학력",  # korean-data
            self.tr("Highest education"),
            _choices([e.value for e in Education], self.tr("(unknown)")),
        )
        self.career_edit = self.add_text(
            "경력",  # korean-data
            self.tr("Experience"),
            parse("경력"),  # korean-data
        )
        self.career_edit.setPlaceholderText(self.tr("One per line: employer, job, 2015-03~2017-12"))
        self.certificates_edit = self.add_line(
            "자격증",  # korean-data
            self.tr("Certificates"),
            parse("자격증"),  # korean-data
            placeholder=self.tr("Separate with commas"),
        )
        self.wage_edit = self.add_line(
            "희망임금",  # korean-data
            self.tr("Desired wage"),
            short_text,
            placeholder=self.tr("e.g. KRW 2.3 million a month"),
        )
        self.area_edit = self.add_line(
            "희망근무지역",  # korean-data
            self.tr("Desired work area"),
            short_text,
            placeholder=self.tr("e.g. Geumcheon-gu, Guro-gu"),
        )
        self.sms_combo = self.add_combo(
            "SMS수신동의",  # korean-data
            self.tr("SMS consent"),
            [
                (self.tr("(not asked)"), ""),
                (self.tr("Consent given"), "예"),  # korean-data
                (self.tr("Declined"), "아니오"),  # korean-data
            ],
        )
        self.duplicates = DuplicateList(self)
        self.duplicates.sig_open_seeker.connect(lambda seeker_id: ctx.open_seeker(seeker_id))
        self.duplicates.sig_log_session.connect(self._log_session_instead)
        self.layout_.addWidget(self.duplicates)
        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(_DUPLICATE_DELAY_MS)
        self.duplicate_timer.timeout.connect(self.check_duplicates)
        self.ready(record)
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)

    def field_changed(self, key: str) -> None:
        loading = self.editing is not None and not self.fields[key].touched
        if key in ("성명", "생년월일", "연락처") and not loading:  # korean-data
            self.duplicate_timer.start()

    def _log_session_instead(self, item: SeekerItem) -> None:
        """The person is registered already: this registration is dropped (nothing of it
        is kept) and a session is logged on their record instead."""
        self._initial = self.values()
        dialog = self.window()
        if isinstance(dialog, FormDialog):
            dialog.reject()
        self.ctx.log_session_for(item)

    def check_duplicates(self) -> None:
        """Look for the same phone, or the same name and birth date (in a worker)."""
        self.duplicate_timer.stop()
        name = self.parsed("성명")  # korean-data
        birth = self.parsed("생년월일")  # korean-data
        phone = self.parsed("연락처")  # korean-data
        self._serial += 1
        serial = self._serial
        if not phone and not (name and birth):
            self._found(serial, [])
            return
        browse, actor, exclude = self.ctx.workspace.browse, self.ctx.actor, self.exclude_id
        QueryOp(
            parent=self,
            op=lambda _p: browse.possible_duplicates(actor, name or "", birth, phone, exclude),
            success=lambda found: self._found(serial, found),
        ).failure(lambda _error: self._found(serial, [])).run_in_background()

    def _found(self, serial: int, found: list[SeekerItem]) -> None:
        if serial != self._serial:
            return
        self.duplicates.set_seekers(found)
        self.sig_duplicates.emit(len(found))

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        records, actor, today = self.ctx.workspace.records, self.ctx.actor, self.ctx.today()
        command = replace(
            seeker_command(values, today), consented=values.get(CONSENT_FIELD) is True
        )
        return lambda _progress: records.register_seeker(actor, command)


class EmployerForm(FormPanel):
    """구인업체 등록 (or its correction, with the account that looks after it)."""

    def __init__(
        self,
        ctx: WorkContext,
        parent: QWidget | None = None,
        record: EditableRecord | None = None,
        counselors: Sequence[tuple[str, str, str | None]] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Employer registration")
        self.name_edit = self.add_line(
            "업체명",  # korean-data
            self.tr("E&mployer name"),
            short_text,
            True,
        )
        self.business_edit = self.add_line(
            "사업자등록번호",  # korean-data
            self.tr("Business registration number"),
            normalize_business_no,
            placeholder="123-45-67890",
        )
        self.industry_edit = self.add_line("업종", self.tr("Industry"), short_text)  # korean-data
        self.address_edit = self.add_line("주소", self.tr("Address"), free_text)  # korean-data
        self.contact_edit = self.add_line(
            "담당자",  # korean-data
            self.tr("Employer contact person"),
            fields.person_name,
        )
        self.phone_edit = self.add_line(
            "연락처",  # korean-data
            self.tr("Contact"),
            normalize_phone,
            placeholder="02-2627-1234",
        )
        if record is not None:
            choices = [(self.tr("(none)"), "")] + [
                (f"{name} ({user})", user) for user, name, _desk in counselors
            ]
            self.manager_combo = self.add_combo(
                "담당상담사",  # korean-data
                self.tr("Assi&gned counselor"),
                choices,
            )
        self.ready(record)

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        records, actor = self.ctx.workspace.records, self.ctx.actor
        command = employer_command(values, self.ctx.today())
        return lambda _progress: records.register_employer(actor, command)


class OpeningForm(FormPanel):
    """구인등록 for one employer (or its correction, with its close)."""

    def __init__(
        self,
        ctx: WorkContext,
        employer_no: str,
        employer_name: str,
        parent: QWidget | None = None,
        record: EditableRecord | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Opening registration — {name}").format(name=employer_name)
        self.employer_no = employer_no
        today = ctx.today()
        employer = QLabel(employer_name, self)
        employer.setObjectName("employer_name")
        self.form.addRow(self.tr("Employer"), employer)
        self.occupation_edit = self.add_line(
            "모집직종",  # korean-data
            self.tr("Occupation (&J)"),
            short_text,
            True,
        )
        self.occupation = self.add_occupation("모집직종코드", self.occupation_edit)  # korean-data
        self.headcount_edit = self.add_line(
            "모집인원",  # korean-data
            self.tr("To recruit"),
            fields.positive_int,
            True,
            "1",
        )
        self.wage_edit = self.add_line(
            "임금",  # korean-data
            self.tr("Wage"),
            short_text,
            placeholder=self.tr("e.g. KRW 2.3 million a month"),
        )
        self.employment_combo = self.add_combo(
            "고용형태",  # korean-data
            self.tr("Employment type"),
            [(self.tr("(not entered)"), "")] + [(e.value, e.value) for e in EmploymentType],
        )
        self.closes_edit = self.add_line(
            "마감일",  # korean-data
            self.tr("Closing date"),
            parse_any_date,
            placeholder="2018-12-31",
        )
        self.date_edit = self.add_line(
            "등록일",  # korean-data
            self.tr("Registration date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.desk_combo = self.add_desk(
            "등록창구",  # korean-data
            self.tr("Registration desk"),
            record is not None,
        )
        if record is not None:
            hired = record.hires or 0
            self.close_combo = self.add_combo(
                "마감사유",  # korean-data
                self.tr("Close (&K)"),
                _choices([r.value for r in CloseReason], self.tr("Recruiting")),
            )
            self.close_combo.setToolTip(
                self.tr(
                    "{hired} hired / when the number to recruit has been hired, close the "
                    "opening as '{filled}'."
                ).format(hired=hired, filled=CloseReason.FILLED.value)
            )
        self.ready(record)

    def check_value(self, key: str, value: object) -> None:
        if key == "마감일":  # korean-data
            registered = self.parsed("등록일")  # korean-data
            closes = self.parsed("마감일")  # korean-data
            if registered and closes and closes < registered:
                raise ValidationError(
                    key, self.tr("The closing date is before the registration date.")
                )

    def field_changed(self, key: str) -> None:
        if key == "등록일" and not fields.is_blank(self.fields["마감일"].value()):  # korean-data
            self.check("마감일")  # korean-data

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        records, actor = self.ctx.workspace.records, self.ctx.actor
        entered = {**values, "업체번호": self.employer_no}  # korean-data
        command = opening_command(entered, self.ctx.today())
        return lambda _progress: records.register_opening(actor, command)


def parse_any_date(value: object, name: str) -> object:
    return parse_date(value, name)


def open_form(panel: FormPanel, parent: QWidget) -> FormDialog:
    """Show ``panel`` in its own window (not modal: other records stay usable)."""
    dialog = FormDialog(panel, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def saved_message(saved: Saved) -> str:
    """‘구직자 D00000012를 등록했습니다.’ with the warnings after it."""
    text = QCoreApplication.translate("forms", "Registered {kind} {number_obj}.").format(
        kind=saved.kind.label, number_obj=with_particle(saved.number, "을/를")
    )
    return " ".join([text, *saved.warnings])
