"""``python -m deskapp``: the same as the ``deskapp`` command."""

from deskapp.launch import main

raise SystemExit(main())
