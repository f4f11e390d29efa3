"""``python -m deskapp``: the same as the ``deskapp`` command."""

from deskapp.cli import main

raise SystemExit(main())
