"""deskapp: case management for Geumcheon-gu's job-counseling desks.

The layers (DESIGN.md §7) live in sub-packages: ``domain`` (plain types and
validation), ``store`` (SQLAlchemy), ``services`` (use cases), ``reports``
(xlsx layouts), ``ui`` (Qt) and ``cli``.
"""

__version__ = "0.1.0"
