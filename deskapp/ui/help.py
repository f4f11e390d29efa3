"""The user guide in a window of its own, without a browser or the network.

The guide is Markdown in ``docs/guide/`` (found by
:func:`~deskapp.services.resources.guide_dir`), one file per task, its screenshots in
``docs/guide/images/``. :class:`HelpWindow` shows it in a QTextBrowser (Qt reads the
Markdown itself), with the table of contents on the left and a search box above it.

A topic is ``"file.md"`` or ``"file.md#heading"``: the heading part is the heading's text
as GitHub writes anchors (lower case, spaces as hyphens, punctuation dropped), so the
guide's own links work both here and on the repository's web page. Qt does not make
anchors of Markdown headings; :class:`GuideBrowser` finds the heading and scrolls to it.

F1 opens the topic of what is in front of the user: the main window's page
(:data:`PAGE_TOPICS`, every registered page must have one) or the dialog the keyboard is
in (:func:`topic_for_window`). :class:`HelpKeys` gives the dialogs their F1.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.resources import guide_dir
from deskapp.ui.employer_view import EmployerRecord, OpeningRecord
from deskapp.ui.events.event_window import EventWindow
from deskapp.ui.forms import EmployerForm, FormDialog, OpeningForm, SeekerForm
from deskapp.ui.import_dialog import ImportDialog
from deskapp.ui.review.closes import CloseConfirmDialog
from deskapp.ui.seeker_view import SeekerRecord
from deskapp.ui.stats_view import StatsView
from deskapp.ui.widgets import ReasonDialog
from deskapp.ui.work_forms import OutcomeForm, PlacementForm, ReferralForm, SessionForm

__all__ = [
    "CHAPTERS",
    "EXTRA_TOPICS",
    "FORM_TOPICS",
    "PAGE_TOPICS",
    "WINDOW_TOPICS",
    "GuideBrowser",
    "HelpKeys",
    "HelpWindow",
    "open_help",
    "slug",
    "topic_for_page",
    "topic_for_window",
]

#: The guide's files in the order of its table of contents.
CHAPTERS = (
    "index.md",
    "today.md",
    "register.md",
    "sessions.md",
    "referrals.md",
    "placements.md",
    "corrections.md",
    "follow-up.md",
    "statistics.md",
    "export.md",
    "month-close.md",
    "events.md",
    "import.md",
    "shortcuts.md",
)
HOME = "index.md"
#: Screenshots are shown at most this wide (they are taken at 1366×768).
IMAGE_WIDTH = 720

#: The help of each page of the main window (its key in deskapp/ui/pages.py).
PAGE_TOPICS = {
    "today": "today.md",
    "seekers": "register.md#구직자-등록",  # korean-data
    "employers": "register.md#구인업체와-구인-등록",  # korean-data
    "sessions": "sessions.md",
    "placements": "referrals.md",
    "stats": "statistics.md",
    "review": "month-close.md",
    "casework": "follow-up.md",
    "events": "events.md",
}

#: The help of the registration forms (a form correcting a record: "corrections.md").
FORM_TOPICS: list[tuple[type, str]] = [
    (SeekerForm, "register.md#구직자-등록"),  # korean-data
    (EmployerForm, "register.md#구인업체와-구인-등록"),  # korean-data
    (OpeningForm, "register.md#구인-등록"),  # korean-data
    (SessionForm, "sessions.md#상담-기록하기"),  # korean-data
    (ReferralForm, "referrals.md"),
    (OutcomeForm, "referrals.md#알선-결과-기록"),  # korean-data
    (PlacementForm, "placements.md"),
]
#: The help of the other windows with F1 (a reason box: export.md, or corrections.md#무효-처리).
WINDOW_TOPICS: list[tuple[type, str]] = [
    (ImportDialog, "import.md"),
    (CloseConfirmDialog, "month-close.md#월-마감하기"),  # korean-data
    (EventWindow, "events.md#행사-페이지"),  # korean-data
    (SeekerRecord, "sessions.md"),
    (EmployerRecord, "register.md#구인업체와-구인-등록"),  # korean-data
    (OpeningRecord, "register.md#구인-등록"),  # korean-data
]
EXTRA_TOPICS = ("corrections.md", "export.md", "corrections.md#무효-처리")  # korean-data

_HEADING = re.compile(r"^(#{1,2})\s+(.+?)\s*#*\s*$")


def slug(heading: str) -> str:
    """The anchor of a heading as GitHub makes it: ``'월 마감하기'`` → ``'월-마감하기'``."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def topic_for_page(key: str) -> str:
    """The guide's topic for the main window's page ``key`` (the start page if none)."""
    return PAGE_TOPICS.get(key, HOME)


def topic_for_window(window: QWidget) -> str | None:
    """The topic of a dialog or record window; None for a window the guide does not cover."""
    if isinstance(window, FormDialog):
        panel = window.panel
        if getattr(panel, "editing", None) is not None:
            return "corrections.md"
        for kind, topic in FORM_TOPICS:
            if isinstance(panel, kind):
                return topic
        return None
    if isinstance(window, ReasonDialog):
        # The same reason box asks before statistics leave the application and before a
        # record is voided.
        parent = window.parentWidget()
        while parent is not None and not isinstance(parent, StatsView):
            parent = parent.parentWidget()
        return "export.md" if parent is not None else "corrections.md#무효-처리"  # korean-data
    for kind, topic in WINDOW_TOPICS:
        if isinstance(window, kind):
            return topic
    return None


def _chapter_outline(path: Path) -> tuple[str, list[str]]:
    """The title (``#``) of a guide file and its section headings (``##``)."""
    title, sections = path.stem, []
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
        match = None if in_code else _HEADING.match(line)
        if match is None:
            continue
        if len(match.group(1)) == 1 and title == path.stem:
            title = match.group(2)
        elif len(match.group(1)) == 2:
            sections.append(match.group(2))
    return title, sections


def _keys(standard: QKeySequence.StandardKey, always: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` and ``always`` once (a key twice never fires)."""
    keys = QKeySequence.keyBindings(standard)
    if QKeySequence(always) not in keys:
        keys.append(QKeySequence(always))
    return keys


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that scrolls to a Markdown heading named by the link's fragment."""

    _pending = ""

    def doSetSource(
        self,
        name: QUrl | str,
        kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        super().doSetSource(name, kind)
        url = name if isinstance(name, QUrl) else QUrl(name)  # Qt passes a QUrl
        self.scroll_to_heading(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))

    def heading_top(self, anchor: str) -> int | None:
        """Where the heading ``anchor`` starts in the document (pixels), None if absent."""
        document = self.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and slug(block.text()) == anchor:
                return int(document.documentLayout().blockBoundingRect(block).top())
            block = block.next()
        return None

    def scroll_to_heading(self, anchor: str) -> None:
        """Put the heading at the top of the view (once the view is laid out: when shown)."""
        self._pending = anchor
        if not anchor or not self.isVisible():
            return
        self._pending = ""
        top = self.heading_top(anchor)
        if top is not None:
            self.verticalScrollBar().setValue(top)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self.scroll_to_heading(self._pending)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Screenshots narrower than the view, so the text beside them needs no sideways scroll."""
        resource = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return resource
        image = QImage()
        if isinstance(resource, QImage):
            image = resource
        elif isinstance(resource, (bytes, bytearray, QByteArray)):
            image.loadFromData(resource)
        if image.isNull() or image.width() <= IMAGE_WIDTH:
            return resource
        return image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)


class HelpWindow(QDialog):
    """사용자 안내서: the contents on the left, the chosen part of the guide on the right.

    Esc closes it, Alt+Left and Alt+Right go back and forward, Ctrl+F reaches the search.
    """

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("User guide — deskapp"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setModal(False)
        self.folder = folder if folder is not None else guide_dir()
        self.search = QLineEdit(self)
        self.search.setObjectName("help_search")
        self.search.setPlaceholderText(self.tr("Search the guide (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.contents = QTreeWidget(self)
        self.contents.setObjectName("help_contents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1000, 680)

        back = QAction(self.tr("Back"), self)
        back.setShortcuts(_keys(QKeySequence.StandardKey.Back, "Alt+Left"))
        back.triggered.connect(self.browser.backward)
        forward = QAction(self.tr("Forward"), self)
        forward.setShortcuts(_keys(QKeySequence.StandardKey.Forward, "Alt+Right"))
        forward.triggered.connect(self.browser.forward)
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))

        def find_text() -> None:
            self.search.setFocus()
            self.search.selectAll()

        find.triggered.connect(find_text)
        for action in (back, forward, find):
            self.addAction(action)

        self._texts: dict[str, str] = {}
        self.found = self._fill_contents()
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.browser.sourceChanged.connect(self._mark_in_contents)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._find_next)
        if not self.found:
            self.browser.setMarkdown(
                self.tr(
                    "# User guide not found\n\nThe guide files are not where they should be: "
                    "`{folder}`\n\nReinstall the application or tell an administrator."
                ).format(folder=self.folder)
            )

    # -- contents ------------------------------------------------------------------------

    def _fill_contents(self) -> bool:
        """The table of contents from the guide's files; False when the guide is missing."""
        if not (self.folder / HOME).is_file():
            return False
        for name in CHAPTERS:
            path = self.folder / name
            if not path.is_file():
                continue
            self._texts[name] = path.read_text(encoding="utf-8").lower()
            title, sections = _chapter_outline(path)
            chapter = QTreeWidgetItem(self.contents, [title])
            chapter.setData(0, Qt.ItemDataRole.UserRole, name)
            for section in sections:
                item = QTreeWidgetItem(chapter, [section])
                item.setData(0, Qt.ItemDataRole.UserRole, f"{name}#{slug(section)}")
        return True

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.contents)
        while iterator.value() is not None:
            found.append(iterator.value())
            iterator += 1
        return found

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_topic(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def _mark_in_contents(self, url: QUrl) -> None:
        topic = self.topic()
        base = topic.split("#", 1)[0]
        items = self._items()
        chosen = next((i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == topic), None)
        if chosen is None:
            chosen = next((i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == base), None)
        if chosen is not None:
            self.contents.blockSignals(True)
            self.contents.setCurrentItem(chosen)
            chosen.setExpanded(True)
            self.contents.blockSignals(False)

    # -- search --------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        """Only the chapters and sections that hold every word typed stay in the contents."""
        words = text.lower().split()
        for chapter in self._chapters():
            name = str(chapter.data(0, Qt.ItemDataRole.UserRole))
            body = self._texts.get(name, "")
            chapter.setHidden(not all(word in body for word in words))
            for child_index in range(chapter.childCount()):
                child = chapter.child(child_index)
                assert child is not None  # child_index < childCount()
                child.setHidden(bool(words) and not all(w in child.text(0).lower() for w in words))
            chapter.setExpanded(bool(words))

    def _chapters(self) -> list[QTreeWidgetItem]:
        """The contents' top-level items (the guide's chapters), in order."""
        items = [self.contents.topLevelItem(i) for i in range(self.contents.topLevelItemCount())]
        return [item for item in items if item is not None]  # none is: i < the count

    def _find_next(self) -> None:
        """Enter in the search box: the next place the text stands, in the chapters found."""
        text = self.search.text().strip()
        if not text:
            return
        if self.browser.find(text):
            return
        current = self.topic().split("#", 1)[0]
        names = [
            str(chapter.data(0, Qt.ItemDataRole.UserRole))
            for chapter in self._chapters()
            if not chapter.isHidden()
        ]
        if not names:
            return
        later = names[names.index(current) + 1 :] if current in names else names
        following = (later or names)[0]
        self.show_topic(following)
        self.browser.find(text)

    # -- showing -------------------------------------------------------------------------

    def show_topic(self, topic: str) -> None:
        """Show ``topic`` (``file.md`` or ``file.md#heading``) at its heading."""
        if not self.found:
            return
        name, _, anchor = topic.partition("#")
        url = QUrl.fromLocalFile(str(self.folder / (name or HOME)))
        if anchor:
            url.setFragment(anchor)
        if url == self.browser.source():
            self.browser.scroll_to_heading(anchor)
        else:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def topic(self) -> str:
        """What is shown: ``file.md`` with ``#heading`` when the link named one."""
        source = self.browser.source()
        if source.isEmpty():
            return ""
        name = Path(source.toLocalFile()).name
        fragment = source.fragment(QUrl.ComponentFormattingOption.FullyDecoded)
        return f"{name}#{fragment}" if fragment else name

    def heading_visible(self, anchor: str) -> bool:
        """The heading ``anchor`` is at the top part of the view (what the user sees first)."""
        top = self.browser.heading_top(anchor)
        if top is None:
            return False
        scrolled = self.browser.verticalScrollBar().value()
        return scrolled <= top < scrolled + self.browser.viewport().height()


def open_help(parent: QWidget, topic: str) -> HelpWindow:
    """Show the guide at ``topic`` over ``parent``'s window (one help window per window)."""
    owner = parent.window()
    window = owner.findChild(HelpWindow, "help_window", Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None:
        window = HelpWindow(owner)
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    window.browser.setFocus()
    return window


class HelpKeys(QObject):
    """F1 in the dialogs and record windows the guide covers (:func:`topic_for_window`).

    Such windows are built in many places; rather than each adding its own key, the
    window that gets the keyboard is given an F1 action the first time.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: Any, new: QWidget | None) -> None:
        if new is None:
            return
        window = new.window()
        if window is self.owner or isinstance(window, HelpWindow):
            return
        if window.property("deskapp_help") is not None:
            return
        self.give_key(window)

    def give_key(self, window: QWidget) -> QAction | None:
        """Give ``window`` its F1 (once); None when the guide has no topic for it."""
        topic = topic_for_window(window)
        window.setProperty("deskapp_help", topic or "")
        if topic is None:
            return None
        action = QAction(self.tr("Help"), window)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: open_help(window, topic))
        window.addAction(action)
        return action
