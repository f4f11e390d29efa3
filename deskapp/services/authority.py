"""The account behind every unit of work is checked again inside it: an account disabled,
or given another role or desk, since its owner logged in acts no more.

Services pass the acting account to ``Database.unit_of_work(actor=…)``, which reads
it again in the same transaction before any work; ``confirm_account`` is that check.
"""

from __future__ import annotations

from deskapp.store.database import confirm_account

__all__ = ["confirm_account"]
