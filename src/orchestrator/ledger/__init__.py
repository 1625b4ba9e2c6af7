"""The ledger: one SQLite file per workspace holding people, history, plans and the outbox."""

from .db import Ledger, from_db_time, to_db_time

__all__ = ["Ledger", "from_db_time", "to_db_time"]
