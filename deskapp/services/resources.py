"""Where the application's bundled files are: ``resources/`` beside the package in a
checkout, inside the package of an installed wheel, or inside a frozen (PyInstaller) build."""

from __future__ import annotations

from pathlib import Path

from deskapp import data_folder


def resources_dir() -> Path:
    """``resources/``: translations, icons and the reference lists."""
    return data_folder("resources")


def guide_dir() -> Path:
    """``docs/guide/``: the user guide (Markdown and its screenshots) the help window shows."""
    return data_folder("docs") / "guide"


def builtin_occupations() -> Path:
    """The built-in occupation list (KECO 2018)."""
    return resources_dir() / "reference" / "keco2018.csv"
