"""Korean for the labels of Qt's own dialogs that Qt's Korean catalogue lacks.

Qt 6 gave some labels of its dialogs a keyboard mnemonic ("Look in:" became
"&Look in:", "Files of type:" became "Files of &type:"), and ``qtbase_ko.qm``
still translates only the old texts: with the catalogue loaded, the file
dialog said "Look in" and "Files of type" in English (checkout, installed wheel
and built application alike, all ship the same catalogue). The texts below were
found by opening the file, colour, print and page dialogs with a translator that
records what no catalogue answers; :class:`QtGapsTranslator` answers them, after
Qt's and the application's own catalogues.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

#: (context, source text) → Korean, in the words qtbase_ko uses for the rest of the dialog.
MISSING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "다음에서 찾기(&L):",
    ("QFileDialog", "Files of &type:"): "파일 형식(&T):",
    ("QAbstractFileIconProvider", "Drive"): "드라이브",
    ("QAbstractFileIconProvider", "Folder"): "폴더",
    ("QPrintSettingsOutput", "Page &Set:"): "인쇄할 쪽(&S):",
    ("QPageSetupWidget", "Page &order:"): "쪽 순서(&O):",
    ("QPageSetupWidget", "Pages &per sheet:"): "한 장에 넣을 쪽 수(&P):",
}


class QtGapsTranslator(QTranslator):
    """Answers :data:`MISSING`, and nothing else (None lets Qt keep the source text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qt_gaps_ko")

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return MISSING.get((context, source_text))

    def isEmpty(self) -> bool:
        return False
