"""What works from the checkout works from an installed wheel: the migrations, the bundled
resources and the user guide travel inside the package, and the commands run from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the checkout's folders the application reads at run time, and what of them it reads
READ_AT_RUN_TIME = {
    "db": ("*.py", "*.mako"),
    "resources": ("*.qm", "*.svg", "*.csv"),
    "docs/guide": ("*.md", "*.png"),
}


def _needed() -> set[str]:
    needed = set()
    for folder, patterns in READ_AT_RUN_TIME.items():
        for pattern in patterns:
            for path in (ROOT / folder).rglob(pattern):
                if "__pycache__" not in path.parts:
                    needed.add(f"deskapp/_data/{path.relative_to(ROOT).as_posix()}")
    return needed


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel built from the checkout, and a folder it is installed into."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(work / "dist"), str(ROOT)],
        check=True, capture_output=True, cwd=work,
    )  # fmt: skip
    (wheel,) = (work / "dist").glob("deskapp-*.whl")
    target = work / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(target), str(wheel)],
        check=True, capture_output=True, cwd=work,
    )  # fmt: skip
    return wheel, target


def _run(target: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "DESKAPP_PASSWORD": "wheel-pass-1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=target.parent, capture_output=True, text=True
    )


def test_the_wheel_carries_every_file_the_application_reads(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    needed = _needed()
    assert any(name.startswith("deskapp/_data/db/versions/") for name in needed)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert needed - names == set()
    assert not any("__pycache__" in name for name in names)


def test_the_installed_package_finds_its_folders_inside_itself(
    installed: tuple[Path, Path],
) -> None:
    _, target = installed
    shown = _run(
        target,
        "-c",
        "import deskapp; from deskapp.store.migrate import migrations_dir;"
        "from deskapp.services.resources import resources_dir;"
        "print(deskapp.__file__); print(migrations_dir()); print(resources_dir())",
    )
    assert shown.returncode == 0, shown.stderr
    package, db, resources = (Path(line) for line in shown.stdout.split())
    assert package.parent == target / "deskapp"  # not the checkout's editable install
    assert db == target / "deskapp" / "_data" / "db"
    assert (resources / "translations" / "deskapp_ko.qm").is_file()


def test_the_installed_commands_make_migrate_and_count_a_database(
    installed: tuple[Path, Path],
) -> None:
    _, target = installed
    db = target.parent / "installed.sqlite3"
    made = _run(target, "-m", "deskapp", "demo", "--db", str(db), "--seekers", "30")
    assert made.returncode == 0, made.stderr
    counted = _run(
        target, "-m", "deskapp", "stats", "--db", str(db), "--user", "lead", "--by", "age",
        "--from", "2026-01-01", "--to", "2026-10-31", "--format", "csv",
    )  # fmt: skip
    assert counted.returncode == 0, counted.stderr
    assert counted.stdout.startswith("desk,group,")
    checked = _run(target, "-m", "deskapp", "check", "--db", str(db))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_installed_window_opens_in_korean(installed: tuple[Path, Path]) -> None:
    _, target = installed
    db = target.parent / "window.sqlite3"
    assert (
        _run(target, "-m", "deskapp", "init", "--db", str(db), "--admin", "admin").returncode == 0
    )
    shown = _run(
        target,
        "-c",
        "import sys; from PySide6.QtWidgets import QApplication;"
        "from PySide6.QtCore import QCoreApplication;"
        "from deskapp.app import install_translators;"
        "app = QApplication(sys.argv); install_translators(app);"
        "print(QCoreApplication.translate('MainWindow', '종료(&X)'));"
        "print(QCoreApplication.translate('QFileDialog', '&Look in:'))",
    )
    assert shown.returncode == 0, shown.stderr
    assert "다음에서 찾기(&L):" in shown.stdout  # the file dialog's label, not an older text
    env_run = subprocess.run(
        [sys.executable, "-m", "deskapp", "--db", str(db)],
        env={**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen",
             "DESKAPP_QUIT_AFTER_MS": "1500", "XDG_DATA_HOME": str(target.parent)},
        cwd=target.parent, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert env_run.returncode == 0, env_run.stderr
    assert "user guide: yes" in env_run.stderr  # F1's guide travels in the wheel
