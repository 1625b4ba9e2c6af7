"""People and their identities. One contact is one person; an identity key has one owner.

Records from importers are merged by identity (:meth:`ContactStore.apply_record`):

* no identity known: a new contact;
* identities of one contact: that contact, blanks filled, newer profile data kept;
* identities of several contacts in the *same* record (a LinkedIn connection with an email
  address that is already a contact): one person, so the contacts are merged, with the
  record as evidence.

Notes are never overwritten, only appended when new. Tags and interests are unions. Merged
contacts keep their row (``merged_into``) so old drafts and deliveries still resolve.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable

import attrs
from attrs import define

from ..errors import InputError, NotFound
from ..model import Contact, ContactRecord, Identity, Profile
from .db import from_db_time, to_db_time

if TYPE_CHECKING:
    from .db import Ledger

PROFILE_FIELDS = ("company", "title", "headline", "location")
NAME_FIELDS = ("first_name", "last_name")
EDITABLE_FIELDS = NAME_FIELDS + PROFILE_FIELDS + ("notes",)


@define
class RecordResult:
    contact_id: int
    created: bool
    changed: bool
    merged: list[int]
    touchpoints_added: int


def _merge_lists(old: list[str], new: Iterable[str]) -> list[str]:
    seen = {v.casefold() for v in old}
    out = list(old)
    for value in new:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


class ContactStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    # --- reading --------------------------------------------------------------------

    def canonical_id(self, contact_id: int) -> int:
        seen = set()
        while True:
            row = self.ledger._execute(
                "SELECT merged_into FROM contacts WHERE id = ?", (contact_id,)
            ).fetchone()
            if row is None:
                raise NotFound(f"no contact with id {contact_id}", "See `outreach contacts list`.")
            if row[0] is None or contact_id in seen:
                return contact_id
            seen.add(contact_id)
            contact_id = row[0]

    def get(self, contact_id: int) -> Contact:
        contact_id = self.canonical_id(int(contact_id))
        row = self.ledger._execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return self._build(row, self._identities([contact_id]).get(contact_id, []))

    def all(self, ids: Iterable[int] | None = None) -> list[Contact]:
        """Every current (not merged-away) contact, or those of ``ids``, by id."""
        if ids is None:
            rows = self.ledger._query("SELECT * FROM contacts WHERE merged_into IS NULL ORDER BY id")
        else:
            wanted = sorted({self.canonical_id(i) for i in ids})
            rows = []
            for chunk in _chunks(wanted, 500):
                marks = ",".join("?" * len(chunk))
                rows += self.ledger._query(f"SELECT * FROM contacts WHERE id IN ({marks})", chunk)
            rows.sort(key=lambda r: r["id"])
        identities = self._identities([r["id"] for r in rows] if ids is not None else None)
        return [self._build(r, identities.get(r["id"], [])) for r in rows]

    def count(self) -> int:
        return self.ledger._execute(
            "SELECT COUNT(*) FROM contacts WHERE merged_into IS NULL"
        ).fetchone()[0]

    def by_identity(self, platform: str, key: str) -> int | None:
        row = self.ledger._execute(
            "SELECT contact_id FROM identities WHERE platform = ? AND key = ?", (platform, key)
        ).fetchone()
        return self.canonical_id(row[0]) if row else None

    def _identities(self, ids: list[int] | None) -> dict[int, list[Identity]]:
        if ids is None:
            rows = self.ledger._query("SELECT * FROM identities ORDER BY id")
        else:
            rows = []
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                rows += self.ledger._query(
                    f"SELECT * FROM identities WHERE contact_id IN ({marks}) ORDER BY id", chunk
                )
        out: dict[int, list[Identity]] = {}
        for r in rows:
            out.setdefault(r["contact_id"], []).append(
                Identity(r["platform"], r["key"], r["display"], r["source"], r["evidence"])
            )
        return out

    @staticmethod
    def _build(row, identities: list[Identity]) -> Contact:
        return Contact(
            id=row["id"],
            first_name=row["first_name"],
            last_name=row["last_name"],
            company=row["company"],
            title=row["title"],
            headline=row["headline"],
            notes=row["notes"],
            location=row["location"],
            interests=json.loads(row["interests"]),
            tags=json.loads(row["tags"]),
            opted_out=row["opted_out_at"] is not None,
            opted_out_at=from_db_time(row["opted_out_at"]),
            opt_out_reason=row["opt_out_reason"],
            identities=identities,
            created_at=from_db_time(row["created_at"]),
            updated_at=from_db_time(row["updated_at"]),
        )

    # --- writing --------------------------------------------------------------------

    def create(self, contact: Contact) -> int:
        now = to_db_time(self.ledger.now())
        with self.ledger.transaction():
            cur = self.ledger._execute(
                """INSERT INTO contacts (first_name, last_name, company, title, headline, notes,
                   location, interests, tags, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    contact.first_name.strip(), contact.last_name.strip(),
                    contact.company.strip(), contact.title.strip(), contact.headline.strip(),
                    contact.notes.strip(), contact.location.strip(),
                    json.dumps(_merge_lists([], contact.interests)),
                    json.dumps(_merge_lists([], contact.tags)), now, now,
                ),
            )
            contact_id = int(cur.lastrowid)
            for identity in contact.identities:
                self.add_identity(contact_id, identity)
            if contact.opted_out:
                self.opt_out(contact_id, contact.opt_out_reason or "recorded at creation")
            self.ledger.event("contact.created", {"contact_id": contact_id})
        return contact_id

    def update(self, contact_id: int, **fields: str) -> None:
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise InputError(f"unknown contact fields: {', '.join(sorted(unknown))}")
        if not fields:
            return
        contact_id = self.canonical_id(contact_id)
        sets = ", ".join(f"{name} = ?" for name in fields)
        with self.ledger.transaction():
            self.ledger._execute(
                f"UPDATE contacts SET {sets}, updated_at = ? WHERE id = ?",
                (*[str(v).strip() for v in fields.values()], to_db_time(self.ledger.now()),
                 contact_id),
            )

    def add_identity(self, contact_id: int, identity: Identity) -> bool:
        """Attach ``identity``; False if it is already this contact's; error if another's."""
        owner = self.by_identity(identity.platform, identity.key)
        if owner == contact_id:
            return False
        if owner is not None:
            raise InputError(
                f"{identity.platform} identity {identity.display or identity.key} already "
                f"belongs to contact {owner}",
                f"Merge them with `outreach contacts merge {owner} {contact_id}` if they are "
                "the same person.",
            )
        self.ledger._execute(
            """INSERT INTO identities (contact_id, platform, key, display, source, evidence,
               created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (contact_id, identity.platform, identity.key, identity.display or identity.key,
             identity.source, identity.evidence, to_db_time(self.ledger.now())),
        )
        return True

    def append_note(self, contact_id: int, text: str) -> None:
        contact = self.get(contact_id)
        text = text.strip()
        if not text or text in contact.notes:
            return
        notes = f"{contact.notes}\n{text}".strip() if contact.notes else text
        self.update(contact.id, notes=notes)

    def set_lists(self, contact_id: int, *, tags: list[str] | None = None,
                  interests: list[str] | None = None) -> None:
        contact_id = self.canonical_id(contact_id)
        with self.ledger.transaction():
            if tags is not None:
                self.ledger._execute("UPDATE contacts SET tags = ? WHERE id = ?",
                                    (json.dumps(_merge_lists([], tags)), contact_id))
            if interests is not None:
                self.ledger._execute("UPDATE contacts SET interests = ? WHERE id = ?",
                                    (json.dumps(_merge_lists([], interests)), contact_id))
            self.ledger._execute("UPDATE contacts SET updated_at = ? WHERE id = ?",
                                (to_db_time(self.ledger.now()), contact_id))

    def opt_out(self, contact_id: int, reason: str) -> bool:
        """Mark the person opted out on every channel; False if they already were."""
        contact_id = self.canonical_id(contact_id)
        with self.ledger.transaction():
            cur = self.ledger._execute(
                """UPDATE contacts SET opted_out_at = ?, opt_out_reason = ?, updated_at = ?
                   WHERE id = ? AND opted_out_at IS NULL""",
                (to_db_time(self.ledger.now()), reason, to_db_time(self.ledger.now()), contact_id),
            )
            if cur.rowcount:
                self.ledger.event("contact.opted_out", {"contact_id": contact_id, "reason": reason})
            # What waits for the user to send by hand to this person, on any channel, is
            # cancelled with the opt-out (planned ones are refused by the runner's claim).
            self.ledger.deliveries.cancel_for_contacts(self.merged_ids(contact_id),
                                                       f"opted out: {reason}")
        return bool(cur.rowcount)

    def merged_ids(self, contact_id: int) -> list[int]:
        """The contact's id and every id merged into it (old drafts and deliveries keep
        the id they were made with)."""
        rows = self.ledger._query(
            """WITH RECURSIVE chain(id) AS (SELECT ? UNION
                   SELECT c.id FROM contacts c JOIN chain ON c.merged_into = chain.id)
               SELECT id FROM chain""", (self.canonical_id(contact_id),))
        return [r[0] for r in rows]

    def opt_in(self, contact_id: int) -> None:
        contact_id = self.canonical_id(contact_id)
        with self.ledger.transaction():
            self.ledger._execute(
                "UPDATE contacts SET opted_out_at = NULL, opt_out_reason = '' WHERE id = ?",
                (contact_id,),
            )
            self.ledger.event("contact.opted_in", {"contact_id": contact_id})

    def merge(self, keep: int, absorb: int, evidence: str) -> int:
        """Make ``absorb`` part of ``keep``: identities, history, notes, tags, opt-out."""
        keep, absorb = self.canonical_id(keep), self.canonical_id(absorb)
        if keep == absorb:
            return keep
        a, b = self.get(keep), self.get(absorb)
        with self.ledger.transaction():
            self.ledger._execute("UPDATE identities SET contact_id = ? WHERE contact_id = ?",
                                (keep, absorb))
            self.ledger._execute("UPDATE touchpoints SET contact_id = ? WHERE contact_id = ?",
                                (keep, absorb))
            fields = {f: getattr(b, f) for f in NAME_FIELDS + PROFILE_FIELDS
                      if not getattr(a, f) and getattr(b, f)}
            if b.notes and b.notes not in a.notes:
                fields["notes"] = f"{a.notes}\n{b.notes}".strip()
            self.update(keep, **fields)
            self.set_lists(keep, tags=_merge_lists(a.tags, b.tags),
                           interests=_merge_lists(a.interests, b.interests))
            if b.opted_out and not a.opted_out:
                self.opt_out(keep, b.opt_out_reason or "opted out before merge")
            self.ledger._execute("UPDATE contacts SET merged_into = ? WHERE id = ?", (keep, absorb))
            self.ledger._execute(
                "UPDATE link_proposals SET status = 'accepted' WHERE status = 'pending' AND "
                "((contact_id = ? AND other_contact_id = ?) OR (contact_id = ? AND other_contact_id = ?))",
                (keep, absorb, absorb, keep),
            )
            self.ledger.event("contact.merged", {"kept": keep, "absorbed": absorb,
                                                 "evidence": evidence})
        return keep

    def apply_record(self, record: ContactRecord, source: str) -> RecordResult:
        """Merge one importer record into the ledger (call inside a transaction)."""
        if not record.identities:
            raise InputError(f"{record.origin or source}: a record needs at least one identity")
        owners = sorted({
            owner for ident in record.identities
            if (owner := self.by_identity(ident.platform, ident.key)) is not None
        })
        created = changed = False
        merged: list[int] = []
        if not owners:
            profile = {f.name: getattr(record, f.name) for f in attrs.fields(Profile)}
            contact_id = self.create(Contact(**profile))
            created = changed = True
        else:
            contact_id = owners[0]
            for other in owners[1:]:
                evidence = f"one {source} record ({record.origin or 'import'}) names both"
                contact_id = self.merge(contact_id, other, evidence)
                merged.append(other)
                changed = True
            changed |= self._fill(contact_id, record)
        for ident in record.identities:
            if self.by_identity(ident.platform, ident.key) is None:
                self.add_identity(contact_id, ident)
                changed = True
            elif ident.display:  # the key is stable, its display is not (a renamed X handle)
                cur = self.ledger._execute(
                    "UPDATE identities SET display = ? WHERE platform = ? AND key = ? "
                    "AND display != ?", (ident.display, ident.platform, ident.key, ident.display))
                changed |= bool(cur.rowcount)
        if record.opted_out:
            changed |= self.opt_out(contact_id, f"{source} suppression list")
        keys = {i.platform: i.key for i in reversed(record.identities)}
        added = sum(
            self.ledger.touchpoints.record(
                contact_id, tp, identity_key=keys.get(tp.platform, record.identities[0].key))
            for tp in record.touchpoints
        )
        return RecordResult(contact_id, created, changed, merged, added)

    def _fill(self, contact_id: int, record: ContactRecord) -> bool:
        contact = self.get(contact_id)
        fields: dict[str, str] = {}
        for name in NAME_FIELDS:
            if not getattr(contact, name) and getattr(record, name).strip():
                fields[name] = getattr(record, name)
        for name in PROFILE_FIELDS:  # newer profile data wins, blanks never erase
            new = getattr(record, name).strip()
            if new and new != getattr(contact, name):
                fields[name] = new
        note = record.notes.strip()
        if note and note not in contact.notes:
            fields["notes"] = f"{contact.notes}\n{note}".strip()
        self.update(contact_id, **fields)
        tags = _merge_lists(contact.tags, record.tags)
        interests = _merge_lists(contact.interests, record.interests)
        lists_changed = tags != contact.tags or interests != contact.interests
        if lists_changed:
            self.set_lists(contact_id, tags=tags, interests=interests)
        return bool(fields) or lists_changed

    # --- identity-link proposals ----------------------------------------------------

    def propose_link(self, contact_id: int, identity: Identity, evidence: str,
                     plugin: str = "") -> str:
        """Attach an unclaimed identity; queue a proposal when another contact owns it.

        Returns ``"attached"``, ``"proposed"`` or ``"known"``.
        """
        contact_id = self.canonical_id(contact_id)
        owner = self.by_identity(identity.platform, identity.key)
        if owner == contact_id:
            return "known"
        with self.ledger.transaction():
            if owner is None:
                self.add_identity(contact_id, Identity(
                    identity.platform, identity.key, identity.display,
                    identity.source or plugin, evidence))
                self.ledger.event("identity.linked", {"contact_id": contact_id,
                                                      "platform": identity.platform,
                                                      "evidence": evidence})
                return "attached"
            cur = self.ledger._execute(
                """INSERT OR IGNORE INTO link_proposals (contact_id, other_contact_id, platform,
                   key, display, evidence, plugin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (contact_id, owner, identity.platform, identity.key, identity.display, evidence,
                 plugin, to_db_time(self.ledger.now())),
            )
            return "proposed" if cur.rowcount else "known"

    def proposals(self, status: str = "pending") -> list[dict]:
        rows = self.ledger._query(
            "SELECT * FROM link_proposals WHERE status = ? ORDER BY id", (status,))
        return [dict(r) for r in rows]

    def resolve_proposal(self, proposal_id: int, accept: bool) -> dict:
        row = self.ledger._execute("SELECT * FROM link_proposals WHERE id = ?",
                                  (proposal_id,)).fetchone()
        if row is None:
            raise NotFound(f"no link proposal {proposal_id}", "See `outreach contacts links`.")
        with self.ledger.transaction():
            if accept and row["other_contact_id"] is not None:
                self.merge(row["other_contact_id"], row["contact_id"], row["evidence"])
            self.ledger._execute("UPDATE link_proposals SET status = ? WHERE id = ?",
                                ("accepted" if accept else "rejected", proposal_id))
        return dict(row)


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]
