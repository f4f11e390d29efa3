"""A text of the catalogue kept in a module's constant and shown by code that does not
translate it itself.

``Translated("ctx", noop("ctx", "English"))`` is the English source (what it compares
and hashes as; ``noop`` marks it for the catalogue's tools); printed (``str``, an f-string) or
formatted (``.format``), it gives the text in the language spoken at that moment. Prefer
``noop`` and ``translate`` where the text is shown; this is for a constant that other
layers use as a plain string.
"""

from __future__ import annotations

from deskapp.i18n import translate


class Translated(str):
    """An English source that speaks the language of the moment when shown."""

    context: str

    def __new__(cls, context: str, source: str) -> Translated:
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
        return self.text().format(*args, **kwargs)
