"""One way into a view: every Qt class under deskapp/ui takes the shared WorkContext.

A page, form, dialog or helper object of the window is built as
``(context, …, parent=None)`` and reads the workspace, the account and the
account's settings from the context; none takes a ``Workspace`` or an ``Actor`` of
its own. The scan reads the modules' source (no import), so a class is found
whatever imports it.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from PySide6.QtCore import QObject

import deskapp.ui

UI = Path(deskapp.ui.__file__).parent

#: What a view must take through the context, not as a parameter of its own.
CONTEXT_TYPES = {"Workspace", "Actor"}

#: The Qt classes that may take them, and why: before anyone has logged in there is no
#: account and so no context; the main window builds the context, which carries them.
EXCEPTIONS = {
    "LoginDialog": "asks who logs in: no account yet, so no context",
    "FirstRunDialog": "creates the first workspace and account: no context yet",
    "Startup": "opens the workspace and logs in before any context exists",
    "MainWindow": "builds the WorkContext from the workspace and the account",
    "WorkContext": "is the context: it carries the workspace and the account",
}


def _base_name(node: ast.expr) -> str | None:
    """``QDialog``, ``QtWidgets.QDialog`` and ``RowsModel[Item]`` name their class."""
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _names(annotation: ast.expr | None) -> set[str]:
    """The type names an annotation mentions (``Workspace | None``, ``"Actor"`` …)."""
    found: set[str] = set()
    for node in ast.walk(annotation) if annotation is not None else ():
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found |= _names(ast.parse(node.value, mode="eval").body)
    return found


def _qobject_names(tree: ast.Module) -> set[str]:
    """The names ``tree`` imports from PySide6 that are QObject classes (QWidget,
    QDialog, QAbstractItemModel …; not QColor or QModelIndex)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            module = importlib.import_module(node.module or "")
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type) and issubclass(value, QObject):
                    found.add(alias.asname or alias.name)
    return found


def _classes(sources: dict[str, str]) -> tuple[list[tuple[str, ast.ClassDef]], set[str]]:
    """Every class of ``sources`` (name → text) with its module, and the names of the
    QObject classes the modules import from PySide6."""
    classes: list[tuple[str, ast.ClassDef]] = []
    qobjects: set[str] = set()
    for module, source in sources.items():
        tree = ast.parse(source)
        qobjects |= _qobject_names(tree)
        classes += [(module, n) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    return classes, qobjects


def context_bypasses(sources: dict[str, str]) -> list[str]:
    """Where a QObject (QWidget …) subclass's ``__init__`` in ``sources`` takes a
    parameter annotated Workspace or Actor, outside :data:`EXCEPTIONS`."""
    classes, qobjects = _classes(sources)
    bases = {n.name: [b for b in map(_base_name, n.bases) if b] for _m, n in classes}

    def is_qobject(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name in qobjects:
            return True
        return name not in seen and any(
            is_qobject(base, seen | {name}) for base in bases.get(name, ())
        )

    found: list[str] = []
    for module, node in classes:
        if node.name in EXCEPTIONS or not is_qobject(node.name):
            continue
        for init in node.body:
            if not isinstance(init, ast.FunctionDef) or init.name != "__init__":
                continue
            a = init.args
            params = [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]
            for param in filter(None, params):
                wrong = _names(param.annotation) & CONTEXT_TYPES
                if wrong:
                    found.append(f"{module}:{init.lineno} {node.name}({param.arg}: {min(wrong)})")
    return found


def _ui_sources() -> dict[str, str]:
    return {
        str(path.relative_to(UI)): path.read_text(encoding="utf-8")
        for path in sorted(UI.rglob("*.py"))
    }


def test_every_view_takes_the_context() -> None:
    assert context_bypasses(_ui_sources()) == []


def test_the_exceptions_are_classes_of_the_ui() -> None:
    """A renamed or removed exception is taken off the list, not left to excuse another."""
    names = {node.name for _m, node in _classes(_ui_sources())[0]}
    assert set(EXCEPTIONS) <= names


def test_the_scan_finds_a_view_that_takes_a_workspace() -> None:
    source = """
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

class Base(QDialog):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None: ...

class Form(Base):  # a QDialog through a class of the UI
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None: ...

class Helper(QObject):
    def __init__(self, context: WorkContext, *, actor: "Actor | None" = None) -> None: ...

class Plain:  # not a Qt class: a value may carry a workspace
    def __init__(self, workspace: Workspace) -> None: ...

class LoginDialog(QDialog):
    def __init__(self, workspace: Workspace) -> None: ...
"""
    assert context_bypasses({"views.py": source}) == [
        "views.py:9 Form(workspace: Workspace)",
        "views.py:12 Helper(actor: Actor)",
    ]
