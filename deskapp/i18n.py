"""The language the program speaks, and the catalogue of its messages outside Qt.

Every text a user reads is written in English in the source and translated through
one catalogue, ``resources/translations/deskapp_ko.ts``, kept by Qt's tools
(``make translations``). The window's own labels go through Qt's ``tr()`` and the
compiled ``deskapp_ko.qm``; what the layers below the window say (the services'
refusals, the importer's sheet-and-row messages, the command line's output) goes
through :func:`translate` here, which reads the same catalogue without Qt, so the
domain, the services and the command line do not depend on Qt.

A message is written with named fields and formatted after translation::

    raise ValidationError(
        translate("import", "Sheet {sheet}, row {row}: {field} is empty").format(...)
    )

A text kept in a table before it is shown is marked with :func:`noop` (the
catalogue's tools find it) and translated where it is shown.

Korean is the default language; English is chosen in the window's settings or with
``DESKAPP_LANG=en``. The language is set once, at start, for the whole process.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from deskapp import data_folder

#: The languages the program speaks: code -> the language's name in itself.
LANGUAGES: dict[str, str] = {"ko": "한국어", "en": "English"}  # korean-data
DEFAULT_LANGUAGE = "ko"
LANGUAGE_ENV = "DESKAPP_LANG"

_state: dict[str, str] = {}
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_lock = threading.Lock()


def catalogue_path(language: str) -> Path:
    """The catalogue (Qt Linguist source) of ``language``."""
    return data_folder("resources") / "translations" / f"deskapp_{language}.ts"


def normalise(language: str | None) -> str:
    """A language code this program speaks: ``language`` when known, else the default."""
    code = (language or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str | None) -> str:
    """Speak ``language`` from now on (an unknown code means the default); returns the code."""
    code = normalise(language)
    _state["language"] = code
    return code


def language() -> str:
    """The language spoken: the one set, else ``DESKAPP_LANG``, else Korean."""
    chosen = _state.get("language")
    return chosen if chosen is not None else normalise(os.environ.get(LANGUAGE_ENV))


def load_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation of every finished message in a ``.ts`` file."""
    found: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            if node.text:
                found[(name, source)] = node.text
    return found


def _catalogue(code: str) -> dict[tuple[str, str], str]:
    with _lock:
        entries = _catalogues.get(code)
        if entries is None:
            path = catalogue_path(code)
            entries = load_catalogue(path) if path.is_file() else {}
            _catalogues[code] = entries
        return entries


def translate(context: str, source: str) -> str:
    """``source`` (English) in the language spoken; the source itself when not translated."""
    code = language()
    if code == "en":
        return source
    return _catalogue(code).get((context, source), source)


def noop(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue without translating it: translate it where shown."""
    del context
    return source


class Translated(str):
    """An English source kept in a constant that other code shows as a plain string: printed
    (``str``, an f-string) or formatted (``.format``), it gives the text in the language
    spoken at that moment. ``Translated("ctx", noop("ctx", "English"))``; it compares and
    hashes as its English source. Prefer :func:`noop` and :func:`translate` where the text
    is shown."""

    context: str

    def __new__(cls, context: str, source: str) -> Translated:
        """The English ``source`` of ``context``."""
        text = super().__new__(cls, source)
        text.context = context
        return text

    def text(self) -> str:
        """The text in the language spoken."""
        return translate(self.context, str.__str__(self))

    def __str__(self) -> str:
        return self.text()

    def __format__(self, spec: str) -> str:
        return format(self.text(), spec)

    def format(self, *args: object, **kwargs: object) -> str:
        """The text in the language spoken, formatted."""
        return self.text().format(*args, **kwargs)
