"""What person linking reads from the ledger, in a few light queries.

``contacts/linking.py`` compares people by name, company, place, email domains, web hosts,
LinkedIn profiles and X handles. Building whole :class:`~orchestrator.model.Contact` objects
(every column, JSON lists, every identity) for a ledger of 100,000 people costs more than
the comparisons themselves, so this store selects only those columns, once per run, and
the proposals already made (any status) so that they are not offered again.

Plain, portable SQL (``?`` placeholders, no engine-specific functions): the ledger moves to
PostgreSQL too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import Ledger

# The identity platforms whose keys say something about who a person is.
PLATFORMS = ("email", "web", "linkedin", "twitter")


class LinkIndexStore:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def people(self) -> list[tuple]:
        """``(id, first_name, last_name, company, location, headline)`` of every current
        (not merged-away) contact."""
        rows = self.ledger._query(
            "SELECT id, first_name, last_name, company, location, headline FROM contacts "
            "WHERE merged_into IS NULL")
        return [tuple(r) for r in rows]

    def identities(self) -> Iterator[tuple]:
        """``(contact_id, platform, key, display)`` of the identities linking reads."""
        marks = ",".join("?" * len(PLATFORMS))
        rows = self.ledger._query(
            f"SELECT contact_id, platform, key, display FROM identities "
            f"WHERE platform IN ({marks})", PLATFORMS)
        return (tuple(r) for r in rows)

    def proposed_pairs(self) -> set[tuple[int, int]]:
        """Pairs of contacts proposed as one person before, whatever became of it
        (``(smaller id, larger id)``)."""
        rows = self.ledger._query(
            "SELECT contact_id, key FROM link_proposals WHERE platform = 'person'")
        out = set()
        for contact_id, key in rows:
            try:
                other = int(key)
            except ValueError:
                continue
            out.add((min(contact_id, other), max(contact_id, other)))
        return out

    def kept_apart_pairs(self) -> set[tuple[int, int]]:
        """Pairs of current contacts a never-merge rule keeps apart."""
        rows = self.ledger._query(
            """SELECT ia.contact_id, ib.contact_id FROM never_merge n
               JOIN identities ia ON ia.platform = n.platform_a AND ia.key = n.key_a
               JOIN identities ib ON ib.platform = n.platform_b AND ib.key = n.key_b""")
        return {(min(a, b), max(a, b)) for a, b in rows if a != b}

    def pending_scores(self) -> dict[tuple[int, int], float]:
        """The scores of the person proposals still waiting, by ``(smaller id, larger
        id)``: a likely link through a third contact builds on them."""
        rows = self.ledger._query(
            "SELECT contact_id, key, score FROM link_proposals "
            "WHERE platform = 'person' AND status = 'pending'")
        out = {}
        for contact_id, key, value in rows:
            try:
                other = int(key)
            except ValueError:
                continue
            out[(min(contact_id, other), max(contact_id, other))] = float(value)
        return out
