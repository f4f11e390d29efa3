"""The choice of language, a setting of the PC: the log-in dialog offers it.

The language is read once, when deskapp starts (``deskapp.app.chosen_language``):
Qt's translators and the lower layers' catalogue are set up before any window
exists, so a new choice applies from the next start, which the dialog says.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from deskapp import i18n

LANGUAGE_KEY = "ui/language"


class LanguageBox(QComboBox):
    """The languages deskapp speaks, each named in itself; a choice is saved at once."""

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        for code, name in i18n.LANGUAGES.items():
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(i18n.language())))
        self.currentIndexChanged.connect(self._save)

    def chosen(self) -> str:
        """The code of the language chosen (``ko``, ``en``)."""
        return str(self.currentData())

    def _save(self) -> None:
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, self.chosen())
            self.settings.sync()
