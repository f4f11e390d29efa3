"""What works from the checkout works from an installed wheel: the migrations, the bundled
resources and the user guide travel inside the package, and the commands run from it."""

from __future__ import annotations

import os
import re
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the checkout's folders the application reads at run time, and what of them it reads
READ_AT_RUN_TIME = {
    "db": ("*.py", "*.mako"),
    "resources": ("*.qm", "*.ts", "*.svg", "*.csv"),
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
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(work / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        cwd=work,
    )
    (wheel,) = (work / "dist").glob("deskapp-*.whl")
    target = work / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        cwd=work,
    )
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
        "print(QCoreApplication.translate('MainWindow', 'E&xit'));"
        "print(QCoreApplication.translate('QFileDialog', '&Look in:'))",
    )
    assert shown.returncode == 0, shown.stderr
    assert "종료(&X)" in shown.stdout  # the window's own catalogue
    assert "다음에서 찾기(&L):" in shown.stdout  # the file dialog's label, not an older text
    env_run = subprocess.run(
        [sys.executable, "-m", "deskapp", "--db", str(db)],
        env={
            **os.environ,
            "PYTHONPATH": str(target),
            "QT_QPA_PLATFORM": "offscreen",
            "DESKAPP_QUIT_AFTER_MS": "1500",
            "XDG_DATA_HOME": str(target.parent),
        },
        cwd=target.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert env_run.returncode == 0, env_run.stderr
    assert "user guide: yes" in env_run.stderr  # F1's guide travels in the wheel


def test_a_venv_holding_the_wheel_runs_the_commands_from_another_folder(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    """The ``deskapp`` command of a new venv that holds the wheel, started in a folder that is
    neither the checkout nor the venv, with relative paths: init, demo and stats work, and a
    failed init leaves no file. The venv's libraries are this environment's, read from a path
    entry (installing Qt afresh would need the network); its .pth files, among them the
    checkout's editable install, are not run from there, so deskapp is only the wheel's."""
    wheel, _ = installed
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    venv_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    libraries = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(venv_site) / "libraries.pth").write_text("\n".join(libraries) + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(
        DESKAPP_PASSWORD="venv-pass-1",
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        APPDATA=str(tmp_path / "data"),
    )

    def deskapp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(scripts / "deskapp"), *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    where = subprocess.run(
        [str(python), "-c", "import deskapp; print(deskapp.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).parent == Path(venv_site) / "deskapp"  # not the checkout's

    made = deskapp("init", "--db", "desk.sqlite3", "--admin", "admin")
    assert made.returncode == 0, made.stderr
    assert (elsewhere / "desk.sqlite3").is_file()
    counted = deskapp(
        "stats",
        "--db",
        "desk.sqlite3",
        "--user",
        "admin",
        "--from",
        "2026-01-01",
        "--to",
        "2026-10-31",
        "--format",
        "csv",
    )
    assert counted.returncode == 0, counted.stderr
    assert (
        counted.stdout.splitlines()[0]
        == "desk,job_openings,job_seekers,sessions,referrals,placements"
    )
    demo = deskapp("demo", "--db", "demo.sqlite3", "--seekers", "30")
    assert demo.returncode == 0, demo.stderr
    by_age = deskapp(
        "stats",
        "--db",
        "demo.sqlite3",
        "--user",
        "lead",
        "--by",
        "age",
        "--from",
        "2026-01-01",
        "--to",
        "2026-10-31",
        "--format",
        "csv",
    )
    assert by_age.returncode == 0, by_age.stderr
    assert by_age.stdout.startswith("desk,group,")
    checked = deskapp("check", "--db", "demo.sqlite3")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    before = sorted(path.name for path in elsewhere.iterdir())
    env["DESKAPP_PASSWORD"] = "short"  # refused: under 8 characters
    refused = deskapp("init", "--db", "refused.sqlite3", "--admin", "admin")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "비밀번호" in refused.stderr
    assert sorted(path.name for path in elsewhere.iterdir()) == before  # no file, no journal
    env["DESKAPP_LANG"] = "en"  # the installed catalogue answers in either language
    in_english = deskapp("init", "--db", "refused.sqlite3", "--admin", "admin")
    assert in_english.returncode == 2, in_english.stdout + in_english.stderr
    assert "password" in in_english.stderr.lower()
    assert not re.search("[\uac00-\ud7a3]", in_english.stderr), in_english.stderr
