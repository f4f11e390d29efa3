"""Writing report files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from deskapp.domain.errors import ValidationError


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then move it into place.

    A failure leaves no file and an existing ``path`` untouched.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("파일", f"'{path.name}': 확장자는 .xlsx여야 합니다.")
    if not path.parent.exists():
        raise ValidationError("파일", f"폴더 '{path.parent}'이(가) 없습니다.")
    handle, temp_name = tempfile.mkstemp(prefix=".deskapp-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return path
