"""Where the application's bundled files are: ``resources/`` beside the package in a
checkout, or inside a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/``: inside a frozen build (sys._MEIPASS), else beside the package."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def builtin_occupations() -> Path:
    """The built-in occupation list (KECO 2018)."""
    return resources_dir() / "reference" / "keco2018.csv"
