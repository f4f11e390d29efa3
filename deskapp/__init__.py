"""deskapp: case management for Geumcheon-gu's job-counseling desks.

The layers live in sub-packages: ``domain`` (plain types and validation), ``store``
(SQLAlchemy), ``services`` (use cases), ``reports`` (xlsx layouts), ``ui`` (Qt) and ``cli``.
"""

from __future__ import annotations

import sys
from pathlib import Path

__version__ = "0.1.0"

#: Where an installed wheel keeps the folders that sit beside the package in a checkout
#: (setup.py copies them there when the wheel is built).
BUNDLED = "_data"


def data_folder(name: str) -> Path:
    """A top-level folder the application reads at run time (``db``, ``resources``, ``docs``).

    In a PyInstaller build it is under ``sys._MEIPASS``; in an installed wheel inside the
    package (``deskapp/_data/<name>``); in a checkout beside the package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    package = Path(__file__).resolve().parent
    installed = package / BUNDLED / name
    if installed.is_dir():
        return installed
    return package.parent / name
