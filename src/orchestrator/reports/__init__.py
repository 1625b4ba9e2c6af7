"""What the outreach earned: reports, the inbox of people waiting, and the weekly digest.

Everything here is read-only and computed from the ledger's history in a few queries
(:class:`~orchestrator.ledger.history.HistoryStore`), then in memory.
"""
