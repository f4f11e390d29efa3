"""Where the database is, told before SQLAlchemy is loaded: the window's launch shows the
log-in dialog at once and opens the database (``Workspace.open``) while the user types.

Only the standard library and ``deskapp.store.location``: a guess the opening confirms
(``workspace.database_exists``) and the place as the log-in dialog shows it until then.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from deskapp.store.location import chosen_database


def likely_file(db: str | None = None) -> Path | None:
    """The SQLite file a plain path names (resolved); None for a URL of any kind."""
    value = chosen_database(db)
    if "://" in value:
        return None
    return Path(value).expanduser().resolve()


def likely_present(db: str | None = None) -> bool:
    """A first guess at ``database_exists``: a file with something in it, or a server
    (assumed there). The database's opening checks it for certain."""
    path = likely_file(db)
    try:
        return path is None or (path.is_file() and path.stat().st_size > 0)
    except OSError:  # unreadable: the opening says why
        return True


def shown_location(db: str | None = None) -> str:
    """The database as a user may see it: the file, or the URL without its password."""
    value = chosen_database(db)
    path = likely_file(db)
    if path is not None:
        return str(path)
    parts = urlsplit(value)
    if parts.password is None:
        return value
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))
