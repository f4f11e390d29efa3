"""The counselors' Qt application: main window, views, Qt item models and dialogs.

This package imports only ``deskapp.services``, ``deskapp.reports`` and
``deskapp.domain`` (ARCHITECTURE.md: Layers). Widgets call the services of the
:class:`~deskapp.services.workspace.Workspace` they are handed; slow calls run
off the GUI thread through :class:`deskapp.ui.workers.QueryOp`.
"""
