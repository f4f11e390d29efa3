r"""Settings of one account on this PC: the window's geometry, last page and desk, folders.

A desk PC is shared: what one counselor left (the page they were on, the folder
they saved to) must not greet the next person. The PC's own settings (the idle
lock's minutes, whether the log-in remembers the account) stay at the top of the
settings file; each account's live in a group named by its id (not its user
name, which an administrator may give to someone else later)::

    [accounts]
    7\main_window\page=stats
    7\paths\last_folder=C:/Users/desk/Documents
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from deskapp.domain.access import Actor

GROUP = "accounts"


def account_group(actor: Actor) -> str:
    """The settings group of ``actor``'s own settings."""
    return f"{GROUP}/{actor.user_id}"


def account_settings(pc: QSettings, actor: Actor) -> QSettings:
    """The settings of ``actor``: the same file (or registry key) as ``pc``, inside the
    account's group, so that a widget handed them reads and writes that account's only."""
    settings = QSettings(pc.fileName(), pc.format())
    settings.beginGroup(account_group(actor))
    return settings
