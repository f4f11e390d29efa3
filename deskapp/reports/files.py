"""Writing report files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import translate


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then move it into place.

    A failure leaves no file and an existing ``path`` untouched; one of the disk (full,
    or a folder not writable) is a ValidationError naming the file.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            _file_field(),
            translate("files", "'{name}': the extension must be .xlsx.").format(name=path.name),
        )
    if not path.parent.exists():
        raise ValidationError(
            _file_field(),
            translate("files", "There is no folder '{folder}'.").format(
                folder=path.parent, folder_josa=particle(path.parent, "이/가")
            ),
        )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".deskapp-", suffix=".xlsx", dir=path.parent)
    except OSError as error:
        raise _cannot_write(path, error) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        os.replace(temp, path)
    except OSError as error:  # a full disk, a folder not ours: nothing is left behind
        raise _cannot_write(path, error) from None
    finally:
        temp.unlink(missing_ok=True)
    return path


def _file_field() -> str:
    """The field a file's problem is told under."""
    return translate("files", "File")


def _cannot_write(path: Path, error: OSError) -> ValidationError:
    why = error.strerror or type(error).__name__
    return ValidationError(
        _file_field(),
        translate(
            "files",
            "Cannot write '{path}' ({why}). Check whether the disk is full and whether that "
            "folder can be written to. No file was left behind.",
        ).format(path=path, path_josa=particle(path, "을/를"), why=why),
    )
