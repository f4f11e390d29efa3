"""The wheel carries the folders the application reads at run time.

In a checkout ``db/`` (the migrations), ``resources/`` (translations, icons, reference
lists) and ``docs/guide/`` (the user guide shown by F1) sit beside the package; a wheel
has nothing beside the package, so building it copies them into ``deskapp/_data/``, where
``deskapp.data_folder`` looks first. Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: folder in the checkout -> what of it the application reads
BUNDLED = {
    "db": ("*.py", "*.mako"),
    "resources": ("*.qm", "*.ts", "*.svg", "*.csv"),
    "docs/guide": ("*.md", "*.png"),
}


def _unwanted(keep: tuple[str, ...]):  # type: ignore[no-untyped-def]
    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder)
        return {
            name
            for name in names
            if name == "__pycache__"
            or (not (here / name).is_dir() and not any(Path(name).match(p) for p in keep))
        }

    return ignore


class BuildWithData(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's own folders
            return
        target = Path(self.build_lib) / "deskapp" / "_data"
        shutil.rmtree(target, ignore_errors=True)  # nothing left from an earlier build
        for folder, keep in BUNDLED.items():
            source = ROOT / folder
            if source.is_dir():
                shutil.copytree(source, target / folder, ignore=_unwanted(keep))


setup(cmdclass={"build_py": BuildWithData})
