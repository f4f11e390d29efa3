"""Writing report files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then move it into place.

    A failure leaves no file and an existing ``path`` untouched; one of the disk (full,
    or a folder not writable) is a ValidationError naming the file.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("파일", f"'{path.name}': 확장자는 .xlsx여야 합니다.")
    if not path.parent.exists():
        raise ValidationError(
            "파일", f"폴더 '{path.parent}'{particle(path.parent, '이/가')} 없습니다."
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


def _cannot_write(path: Path, error: OSError) -> ValidationError:
    why = error.strerror or type(error).__name__
    return ValidationError(
        "파일",
        f"'{path}'{particle(path, '을/를')} 쓸 수 없습니다 ({why}). 디스크가 가득 찼는지, 그 "
        "폴더에 쓸 수 "
        ""
        "있는지 확인하세요. 아무 파일도 남기지 않았습니다.",
    )
