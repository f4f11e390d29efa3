"""Two languages through one catalogue: English sources, Korean the translation.

The catalogue must stay in step with the source (no string missing, none obsolete,
none untranslated, no placeholder or accelerator lost), no user-visible Korean may be
written outside it, and the window and the layers below it speak the language chosen.
"""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import subprocess
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QMainWindow, QMenu, QTabWidget
from pytestqt.qtbot import QtBot
from qt_support import open_window

from deskapp import i18n
from deskapp.app import chosen_language
from deskapp.domain.access import Actor
from deskapp.domain.desks import DESKS
from deskapp.domain.errors import ValidationError
from deskapp.domain.field_names import FIELD_NAMES, field_label
from deskapp.services.workspace import Workspace
from deskapp.ui.language import LANGUAGE_KEY
from deskapp.ui.login import LoginDialog
from deskapp.ui.widgets import year_suffix

ROOT = Path(__file__).resolve().parents[1]
UPDATE = ROOT / "resources" / "translations" / "update.py"
HANGUL = re.compile("[\uac00-\ud7a3]")
#: Whole files whose Korean is data, not messages: Hangul tables, the Korean answers
#: to Qt's own untranslated labels, and the demonstration's made-up records.
KOREAN_FILES = {
    "deskapp/domain/korean.py",
    "deskapp/ui/qt_korean.py",
    # the demonstration's people, employers, addresses and notes, as a desk writes them
    "deskapp/services/demo.py",
    "deskapp/services/demo_events.py",
    "deskapp/services/demo_outreach.py",
    "deskapp/services/demo_programmes.py",
    "deskapp/services/demo_retention.py",
}
#: A line whose Korean is data (a file format, a proper name, demo people) says so.
DATA_MARK = "# korean-data"
#: The pair of particles ``particle()`` chooses from ("을/를"): Korean grammar, not a message.
PARTICLES = re.compile(r"""^(["'])[\uac00-\ud7a3]{1,2}/[\uac00-\ud7a3]{1,2}\1$""")


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", UPDATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def korean_literals(path: Path) -> list[str]:
    """``file:line: literal`` of each Hangul string literal that is not a docstring and not
    on a line marked as data."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = []
    before = tokenize.NEWLINE
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.STRING and HANGUL.search(token.string):
            starts_statement = before in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE)
            docstring = starts_statement and token.string.lstrip("rbuRBU")[:3] in ('"""', "'''")
            marked = DATA_MARK in lines[token.start[0] - 1] or DATA_MARK in lines[token.end[0] - 1]
            if not docstring and not marked and not PARTICLES.match(token.string):
                found.append(f"{path.relative_to(ROOT)}:{token.start[0]}: {token.string[:60]}")
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            before = token.type
    return found


def test_the_catalogue_is_in_step_with_the_source() -> None:
    """What ``make translations`` keeps: every string of the source translated, no
    entry the source no longer has, and the compiled .qm made from the .ts."""
    done = subprocess.run(
        [sys.executable, str(UPDATE), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_no_user_visible_korean_is_written_outside_the_catalogue() -> None:
    left = [
        line
        for path in sorted((ROOT / "deskapp").rglob("*.py"))
        if str(path.relative_to(ROOT)) not in KOREAN_FILES
        for line in korean_literals(path)
    ]
    assert left == []


def test_the_literal_scan_finds_korean_code_and_passes_docstrings_and_data(
    tmp_path: Path,
) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""모듈 설명."""\n'
        "def f():\n"
        '    """함수 설명."""\n'
        '    raise ValueError(f"{1}번 행이 비어 있습니다")\n'
        'SHEET = "구직자"  # korean-data\n'
        'TOPIC = particle(name, "은/는")\n',
        encoding="utf-8",
    )
    left = [line.split(":", 1)[1] for line in _scan(sample)]
    assert left == ['4: f"{1}번 행이 비어 있습니다"']


def _scan(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    copy = ROOT / "build" / "scan_sample.py"
    copy.parent.mkdir(exist_ok=True)
    copy.write_text(text, encoding="utf-8")
    try:
        return korean_literals(copy)
    finally:
        copy.unlink()


@pytest.mark.parametrize(
    ("source", "translation", "problem"),
    [
        ("Row {row}: {field} is empty", "{row}행: {field}이 비어 있음", None),
        ("Enter {field}.", "{field}{field_josa} 입력하세요.", None),
        ("Row {row}: {field} is empty", "{row}행: 비어 있음", "placeholders differ"),
        ("{n:,} seekers", "구직자 {n}명", "placeholders differ"),
        ("&Save", "저장", "keyboard accelerator lost"),
        ("&Save", "저장(&S)", None),
        ("Save", "", "untranslated"),
        ("저장", "저장", "source text is not English"),
    ],
)
def test_the_check_names_each_kind_of_fault(
    source: str, translation: str, problem: str | None
) -> None:
    update = _update_module()
    entry = update.Entry("ctx", source, translation, finished=bool(translation))
    found = update.problems([entry], [entry])
    assert [p.split(":")[0] for p in found] == ([problem] if problem else [])


def test_the_check_names_missing_and_obsolete_entries() -> None:
    update = _update_module()
    old = update.Entry("ctx", "Old text", "옛 글", finished=True)
    new = update.Entry("ctx", "New text", "", finished=False)
    found = update.problems([old], [new])
    assert any(p.startswith("not in the catalogue") and "New text" in p for p in found)
    assert any(p.startswith("no longer in the source") and "Old text" in p for p in found)


def test_the_lower_layers_speak_the_language_set() -> None:
    catalogue = i18n.load_catalogue(i18n.catalogue_path("ko"))
    (context, source), korean = next(
        (key, text) for key, text in catalogue.items() if text != key[1]
    )
    i18n.set_language("ko")
    assert i18n.translate(context, source) == korean != source
    i18n.set_language("en")
    assert i18n.translate(context, source) == source
    assert i18n.translate("nowhere", "Not in the catalogue") == "Not in the catalogue"


def test_the_language_comes_from_the_environment_then_the_pc_then_korean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == "ko"
    settings.setValue(LANGUAGE_KEY, "en")
    assert chosen_language(settings) == "en"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "ko_KR.UTF-8")
    assert chosen_language(settings) == "ko"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "fr")  # not spoken: the default
    assert chosen_language(settings) == "ko"
    assert i18n.normalise("en-GB") == "en"


@pytest.fixture
def english(_korean: list[QTranslator]) -> Iterator[None]:
    """The window in English, as after choosing it and starting again."""
    for translator in _korean:
        QCoreApplication.removeTranslator(translator)
    i18n.set_language("en")
    yield
    for translator in reversed(_korean):
        QCoreApplication.installTranslator(translator)


SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE
def test_the_log_in_dialog_speaks_korean_by_default(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = LoginDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.login_button.text() == "로그인"
    assert dialog.windowTitle() == "deskapp 로그인"


@SQLITE
def test_the_log_in_dialog_speaks_english_when_chosen(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    dialog = LoginDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.login_button.text() == "Log in"
    assert dialog.windowTitle() == "Log in to deskapp"
    assert dialog.language_box.chosen() == "en"


@SQLITE
def test_choosing_a_language_is_saved_for_the_next_start(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat)
    dialog = LoginDialog(workspace, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_note.isVisible()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert settings.value(LANGUAGE_KEY) == "en"
    assert chosen_language(settings) == "en"
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == "deskapp을 다시 시작하면 적용됩니다."


def _field_keys() -> set[str]:
    """Every Korean field key the code names a refused field by: ValidationError's first
    argument, a form's field (``add_…``) and a validator's field (``fields.…(value, key)``)."""
    keys: set[str] = set()
    for path in (ROOT / "deskapp").rglob("*.py"):
        if path.name.startswith("demo"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func, args = node.func, node.args
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            validator = (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in ("f", "fields")
            )
            position = 1 if validator else 0
            if not (name == "ValidationError" or name.startswith("add_") or validator):
                continue
            given = args[position] if len(args) > position else None
            if (
                isinstance(given, ast.Constant)
                and isinstance(given.value, str)
                and HANGUL.search(given.value)
            ):
                keys.add(given.value)
    return keys


def test_every_field_a_refusal_names_has_an_english_name() -> None:
    keys = _field_keys()
    assert "성명" in keys and "창구" in keys  # the scan finds them
    assert sorted(keys - set(FIELD_NAMES)) == []


def test_a_refused_field_is_named_in_the_language_spoken() -> None:
    error = ValidationError("생년월일", "message")
    assert str(error) == "생년월일: message"
    i18n.set_language("en")
    assert str(ValidationError("생년월일", "message")) == "Date of birth: message"
    assert str(ValidationError.many([("성명", "a"), ("창구", "b")])) == "Name: a\nDesk: b"
    assert field_label("not a known field") == "not a known field"


def _window_texts(window: QMainWindow) -> list[str]:
    """What a user reads on the window's chrome: menus, actions, buttons, boxes, tabs."""
    texts: list[str] = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for action in window.menuBar().actions():
        texts.append(action.text())
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            texts.append(action.text())
            if action.menu() is not None:
                menus.append(action.menu())
    texts += [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [g.title() for g in window.findChildren(QGroupBox)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t]


def _korean_in(texts: list[str]) -> list[str]:
    desks = {d.name for d in DESKS} | {d.short_name for d in DESKS}
    return [t for t in texts if HANGUL.search(t) and not any(name in t for name in desks)]


@SQLITE
def test_the_whole_window_speaks_the_language_chosen(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path, english: None
) -> None:
    """An administrator's window (every page, menu and tool) in English: no Korean on its
    menus, buttons, boxes or tabs, except the desks' own names."""
    window = open_window(qtbot, workspace, admin, tmp_path)
    texts = _window_texts(window)
    assert len(texts) > 50
    assert sorted(set(_korean_in(texts))) == []
    assert "E&xit" in texts


@SQLITE
def test_the_whole_window_speaks_korean_by_default(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    texts = _window_texts(window)
    assert "종료(&X)" in texts
    assert len(_korean_in(texts)) > 50


def test_a_year_box_counts_the_year_in_korean_only() -> None:
    assert year_suffix() == "년"
    i18n.set_language("en")
    assert year_suffix() == ""


def test_a_message_names_its_field_in_the_language_spoken() -> None:
    from deskapp.domain import fields

    assert fields.enter("생년월일") == "생년월일을 입력하세요."
    i18n.set_language("en")
    refused = str(ValidationError("생년월일", fields.enter("생년월일")))
    assert refused == "Date of birth: Enter Date of birth."
