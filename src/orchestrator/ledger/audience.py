"""Contacts by tag, filtered in SQL: what a campaign's audience needs, without loading the
whole address book (planning 10,000 people grew with every contact in the ledger).

The SQL filter is a superset of the tag match, never a subset: ``tags`` holds a JSON list
written by ``json.dumps`` (non-ASCII as ``\\u`` escapes), so a row matches when its lowered
JSON contains a wanted tag's lowered JSON spelling, or holds any escape at all (a tag whose
case folding SQLite's ASCII ``lower()`` cannot do). The caller still compares the tags
exactly (``casefold``), as before.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from ..model import Contact
    from .db import Ledger


def contacts_with_any_tag(ledger: "Ledger", tags: Iterable[str]) -> "list[Contact] | None":
    """Current contacts that may carry one of ``tags`` (by id), or None when the tags cannot
    be matched in SQL (a non-ASCII tag): then the caller loads every contact."""
    wanted = sorted({t.casefold() for t in tags})
    if not wanted or not all(t.isascii() for t in wanted):
        return None
    needles = [json.dumps(t)[1:-1] for t in wanted]
    where = " OR ".join(["instr(lower(tags), ?) > 0"] * len(needles))
    rows = ledger._query(
        "SELECT * FROM contacts WHERE merged_into IS NULL "
        f"AND ({where} OR instr(tags, '\\u') > 0) ORDER BY id", needles)
    store = ledger.contacts
    identities = store._identities([r["id"] for r in rows]) if rows else {}
    return [store._build(r, identities.get(r["id"], [])) for r in rows]
