"""People and their identities. One contact is one person; an identity key has one owner.

Records from importers are merged by identity (:meth:`ContactStore.apply_record`):

* no identity known: a new contact;
* identities of one contact: that contact, blanks filled, newer profile data kept;
* identities of several contacts in the *same* record (a LinkedIn connection with an email
  address that is already a contact): one person, so the contacts are merged, with the
  record as evidence.

Notes are never overwritten, only appended when new. Tags and interests are unions. Merged
contacts keep their row (``merged_into``) so old drafts and deliveries still resolve.

The user has the last word: a field edited by hand (:meth:`ContactStore.edit`) is *pinned*
and no import changes it until the user clears it; a *never-merge* rule between two
identities (a rejected link proposal, a split) keeps their contacts apart in every import,
sync and proposal; and a record naming an erased person is dropped (``suppressed``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

import attrs
from attrs import define

from ..errors import InputError, NotFound
from ..model import Contact, ContactRecord, Identity, Profile
from ..output import json_str as _json_str
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
    # the record names an erased person: nothing of it was written
    suppressed: bool = False
    # contacts the record names that a never-merge rule keeps apart from contact_id
    kept_apart: list[int] = attrs.field(factory=list)


class IdentityRow(NamedTuple):
    """An identity as ``contacts list`` shows it (the fields of :class:`Identity`)."""

    platform: str
    key: str
    display: str
    source: str
    evidence: str


class ContactRow(NamedTuple):
    """A contact as ``contacts list`` shows it, read straight from the ledger: the fields
    (and the order) of :meth:`Contact.as_json`, without building a :class:`Contact`.

    Reads like a contact for display and filtering (``name``, ``tags``, ``opted_out``,
    ``identities`` with ``display`` and ``key``); :meth:`as_json` is the contact's JSON and
    :meth:`json_text` its indented text (what ``contacts list --json`` writes)."""

    id: int
    name: str
    first_name: str
    last_name: str
    company: str
    title: str
    headline: str
    notes: str
    location: str
    interests: list[str]
    tags: list[str]
    opted_out: bool
    opted_out_at: str | None  # as Contact.as_json writes it
    identities: list[IdentityRow]

    def as_json(self) -> dict:
        """``Contact.as_json()`` of this contact."""
        data = self._asdict()
        data["interests"], data["tags"] = list(self.interests), list(self.tags)
        data["identities"] = [i._asdict() for i in self.identities]
        return data

    def json_text(self) -> str:
        """``json_indented(self.as_json(), 1)``, byte for byte (one element of a JSON
        array), built with one format per contact and per identity."""
        s = _json_str
        if self.identities:
            idents = "[" + ",".join([_IDENTITY_JSON % (
                s(i.platform), s(i.key), s(i.display), s(i.source), s(i.evidence))
                for i in self.identities]) + "\n    ]"
        else:
            idents = "[]"
        return _CONTACT_JSON % (
            self.id, s(self.name), s(self.first_name), s(self.last_name), s(self.company),
            s(self.title), s(self.headline), s(self.notes), s(self.location),
            _json_strings(self.interests), _json_strings(self.tags),
            "true" if self.opted_out else "false",
            "null" if self.opted_out_at is None else s(self.opted_out_at), idents)


# ContactRow.json_text: the text json_indented gives a contact one level into an array
_CONTACT_JSON = "{" + ",".join(f'\n    "{name}": {mark}' for name, mark in zip(
    ContactRow._fields, ("%d",) + ("%s",) * (len(ContactRow._fields) - 1))) + "\n  }"
_IDENTITY_JSON = "\n      {" + ",".join(
    f'\n        "{name}": %s' for name in IdentityRow._fields) + "\n      }"


def _json_strings(values: list[str]) -> str:
    if not values:
        return "[]"
    if len(values) == 1:  # most tag lists
        return "[\n      " + _json_str(values[0]) + "\n    ]"
    return "[" + ",".join(["\n      " + _json_str(v) for v in values]) + "\n    ]"


_JSON_LISTS: dict[tuple[str, ...], str] = {}


def _json_list(values: list[str]) -> str:
    """``json.dumps(_merge_lists([], values))``, found once for each list of values (the
    tags of an import are on every one of its records)."""
    key = tuple(values)
    text = _JSON_LISTS.get(key)
    if text is None:
        if len(_JSON_LISTS) > 1000:
            _JSON_LISTS.clear()
        text = _JSON_LISTS[key] = json.dumps(_merge_lists([], values))
    return text


_PARSED_LISTS: dict[str, tuple] = {}


def _parsed_list(raw: str) -> list:
    """``json.loads(raw)`` of a tags or interests column: a list of its own, parsed once
    for each distinct text (most contacts share a few)."""
    found = _PARSED_LISTS.get(raw)
    if found is None:
        value = json.loads(raw)
        if not isinstance(value, list):
            return value
        if len(_PARSED_LISTS) > 1000:
            _PARSED_LISTS.clear()
        found = _PARSED_LISTS[raw] = tuple(value)
    return list(found)


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

    def canonical_ids(self, ids: Iterable[int]) -> dict[int, int]:
        """:meth:`canonical_id` of each of ``ids`` (500 ids a statement; a merge chain is
        followed one row at a time, and they are rare). Unknown ids raise NotFound."""
        out: dict[int, int] = {}
        for chunk in _chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.ledger._query(
                f"SELECT id, merged_into FROM contacts WHERE id IN ({marks})", chunk)
            merged = {r[0]: r[1] for r in rows}
            for contact_id in chunk:
                if contact_id not in merged:
                    raise NotFound(f"no contact with id {contact_id}",
                                   "See `outreach contacts list`.")
                target = merged[contact_id]
                out[contact_id] = contact_id if target is None else self.canonical_id(target)
        return out

    def on_platforms(self, ids: Iterable[int], platforms: Iterable[str]) -> list[int]:
        """The current contacts of ``ids`` that have an identity on one of ``platforms``."""
        wanted = sorted(set(self.canonical_ids(ids).values()))
        names = sorted(set(platforms))
        if not names:
            return []
        found: set[int] = set()
        for chunk in _chunks(wanted, 500):
            rows = self.ledger._query(
                f"SELECT DISTINCT contact_id FROM identities WHERE contact_id IN "
                f"({','.join('?' * len(chunk))}) AND platform IN "
                f"({','.join('?' * len(names))})", [*chunk, *names])
            found.update(r[0] for r in rows)
        return [contact_id for contact_id in wanted if contact_id in found]

    def get(self, contact_id: int) -> Contact:
        contact_id = self.canonical_id(int(contact_id))
        row = self.ledger._execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return self._build(row, self._identities([contact_id]).get(contact_id, []))

    def all(self, ids: Iterable[int] | None = None) -> list[Contact]:
        """Every current (not merged-away) contact, or those of ``ids``, by id."""
        if ids is None:
            rows = self.ledger._query("SELECT * FROM contacts WHERE merged_into IS NULL ORDER BY id")
        else:
            wanted = sorted(set(self.canonical_ids(ids).values()))
            rows = []
            for chunk in _chunks(wanted, 500):
                marks = ",".join("?" * len(chunk))
                rows += self.ledger._query(f"SELECT * FROM contacts WHERE id IN ({marks})", chunk)
            rows.sort(key=lambda r: r["id"])
        identities = self._identities([r["id"] for r in rows] if ids is not None else None)
        return [self._build(r, identities.get(r["id"], [])) for r in rows]

    def current_of(self, ids: Iterable[int]) -> dict[int, Contact]:
        """Each of ``ids`` mapped to its current contact (itself, or the one it was merged
        into), loaded once: a preview's steps all read the same people."""
        canonical = self.canonical_ids(ids)
        found = {c.id: c for c in self.all(set(canonical.values()))}
        return {contact_id: found[to] for contact_id, to in canonical.items() if to in found}

    def rows(self) -> Iterator[ContactRow]:
        """Every current contact, by id, as :meth:`all` lists them, streamed as
        :class:`ContactRow` (no :class:`Contact` built, no list of everyone held).

        Two ordered reads joined as they go: the contacts by id and the identities by
        contact and id (an identity of a merged-away row is passed over, as in :meth:`all`).
        """
        people = self.ledger._execute(
            "SELECT id, first_name, last_name, company, title, headline, notes, location, "
            "interests, tags, opted_out_at FROM contacts WHERE merged_into IS NULL ORDER BY id")
        found = iter(self.ledger._execute(
            "SELECT contact_id, platform, key, display, source, evidence FROM identities "
            "ORDER BY contact_id, id"))
        lists: dict[str, list[str]] = {}  # a tags or interests column, parsed once

        def parsed(raw: str) -> list[str]:
            value = lists.get(raw)
            if value is None:
                value = [str(v) for v in (json.loads(raw) or [])]  # as Contact converts
                if len(lists) < 10_000:
                    lists[raw] = value
            return list(value)  # a row's own list

        identity = next(found, None)
        for (contact_id, first, last, company, title, headline, notes, location, interests,
             tags, opted_out_at) in people:
            mine = []
            while identity is not None and identity[0] <= contact_id:
                if identity[0] == contact_id:
                    mine.append(IdentityRow(*identity[1:]))
                identity = next(found, None)
            yield ContactRow(
                contact_id,  # Contact.name: the names that are there, stripped
                (f"{first} {last}" if first and last else first or last).strip(), first, last,
                company, title, headline, notes, location, parsed(interests), parsed(tags),
                opted_out_at is not None,
                from_db_time(opted_out_at).isoformat() if opted_out_at else None, mine)

    def link_rows(self, platforms: Iterable[str]) -> Iterator[tuple]:
        """What person linking reads of every current contact, by id, streamed:
        ``(id, first_name, last_name, company, location, headline, identities)``, with
        ``identities`` the contact's ``(platform, key, display)`` on ``platforms``.

        Two ordered reads joined as they go, as :meth:`rows`: nothing of 100,000 people is
        held but the contact at hand."""
        platforms = tuple(platforms)
        people = self.ledger._execute(
            "SELECT id, first_name, last_name, company, location, headline FROM contacts "
            "WHERE merged_into IS NULL ORDER BY id")
        marks = ",".join("?" * len(platforms))
        found = iter(self.ledger._execute(
            f"SELECT contact_id, platform, key, display FROM identities "
            f"WHERE platform IN ({marks}) ORDER BY contact_id, id", platforms))
        identity = next(found, None)
        for contact_id, first, last, company, location, headline in people:
            mine = []
            while identity is not None and identity[0] <= contact_id:
                if identity[0] == contact_id:
                    mine.append((identity[1], identity[2], identity[3]))
                identity = next(found, None)
            yield contact_id, first, last, company, location, headline, mine

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
            interests=_parsed_list(row["interests"]),
            tags=_parsed_list(row["tags"]),
            opted_out=row["opted_out_at"] is not None,
            opted_out_at=from_db_time(row["opted_out_at"]),
            opt_out_reason=row["opt_out_reason"],
            identities=identities,
            created_at=from_db_time(row["created_at"]),
            updated_at=from_db_time(row["updated_at"]),
        )

    # --- writing --------------------------------------------------------------------

    def create(self, contact: Contact) -> int:
        if contact.identities and self.ledger.erasure.is_erased(contact.identities):
            raise InputError("this person was erased from the ledger at their request",
                             "They are on the erasure list; no channel contacts them.")
        with self.ledger.transaction():
            contact_id = self._insert_contact(contact)
            for identity in contact.identities:
                self.add_identity(contact_id, identity)
            if contact.opted_out:
                self.opt_out(contact_id, contact.opt_out_reason or "recorded at creation")
            self.ledger.event("contact.created", {"contact_id": contact_id})
        return contact_id

    def _insert_contact(self, profile: Profile) -> int:
        """The row of a new contact with ``profile``'s fields (a contact's, or a record's);
        its id."""
        now = to_db_time(self.ledger.now())
        cur = self.ledger._execute(
            """INSERT INTO contacts (first_name, last_name, company, title, headline, notes,
               location, interests, tags, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            (
                profile.first_name.strip(), profile.last_name.strip(),
                profile.company.strip(), profile.title.strip(), profile.headline.strip(),
                profile.notes.strip(), profile.location.strip(),
                _json_list(profile.interests), _json_list(profile.tags), now, now,
            ),
        )
        return int(cur.fetchone()[0])

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
        self._insert_identity(contact_id, identity)
        return True

    def _insert_identity(self, contact_id: int, identity: Identity) -> None:
        """Store ``identity`` as ``contact_id``'s (no owner checked: the caller knows it
        has none)."""
        self.ledger._execute(
            """INSERT INTO identities (contact_id, platform, key, display, source, evidence,
               created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (contact_id, identity.platform, identity.key, identity.display or identity.key,
             identity.source, identity.evidence, to_db_time(self.ledger.now())),
        )

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
            """WITH RECURSIVE chain(id) AS (SELECT CAST(? AS BIGINT) UNION
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

    def merge(self, keep: int, absorb: int, evidence: str, *, by_user: bool = False) -> int:
        """Make ``absorb`` part of ``keep``: identities, history, notes, tags, opt-out.

        A never-merge rule between them refuses the merge, unless the user asks for it
        (``by_user``): then the rules between the two are lifted.
        """
        keep, absorb = self.canonical_id(keep), self.canonical_id(absorb)
        if keep == absorb:
            return keep
        a, b = self.get(keep), self.get(absorb)
        with self.ledger.transaction():
            if self.kept_apart(keep, absorb):
                if not by_user:
                    raise InputError(
                        f"contacts {keep} and {absorb} are marked as two people (never merge)",
                        f"Merge them by hand with `outreach contacts merge {keep} {absorb}`.")
                self._lift_rules(keep, absorb)
            self.ledger._execute("UPDATE identities SET contact_id = ? WHERE contact_id = ?",
                                (keep, absorb))
            self.ledger._execute("UPDATE touchpoints SET contact_id = ? WHERE contact_id = ?",
                                (keep, absorb))
            pinned = set(self.pinned(keep))
            fields = {f: getattr(b, f) for f in NAME_FIELDS + PROFILE_FIELDS
                      if not getattr(a, f) and getattr(b, f) and f not in pinned}
            self._pin(keep, pinned | set(self.pinned(absorb)))
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
        if self.ledger.erasure.is_erased([*record.identities, *(
                Identity(platform, alias) for (platform, _k), alias in record.aliases.items())]):
            return RecordResult(0, False, False, [], 0, suppressed=True)
        for (platform, key), alias in record.aliases.items():
            display = next((i.display for i in record.identities
                            if (i.platform, i.key) == (platform, key)), "")
            self.rekey_identity(platform, alias, key, display)
        record, known = self._known_by_display(record)
        owners = sorted({
            owner for ident in record.identities
            if (owner := known[(ident.platform, ident.key)]) is not None
        })
        if not owners:
            return self._apply_new(record, source, known)
        created = changed = False
        merged: list[int] = []
        apart: list[int] = []
        contact_id = owners[0]
        for other in owners[1:]:
            if self.kept_apart(contact_id, other):  # the user said: two people
                apart.append(other)
                continue
            evidence = f"one {source} record ({record.origin or 'import'}) names both"
            contact_id = self.merge(contact_id, other, evidence)
            merged.append(other)
            changed = True
        changed |= self._fill(contact_id, record)
        for ident in record.identities:
            if self.by_identity(ident.platform, ident.key) is None:
                if self._rule_against(ident, contact_id):
                    continue  # split off or rejected for this person: not theirs

                self.add_identity(contact_id, ident)
                changed = True
            elif ident.display:  # the key is stable, its display is not (a renamed X handle)
                cur = self.ledger._execute(
                    "UPDATE identities SET display = ? WHERE platform = ? AND key = ? "
                    "AND display != ?", (ident.display, ident.platform, ident.key, ident.display))
                changed |= bool(cur.rowcount)
        if record.opted_out:
            changed |= self.opt_out(contact_id, f"{source} suppression list")
        added = self._record_touchpoints(contact_id, record)
        return RecordResult(contact_id, created, changed, merged, added, kept_apart=apart)

    def _record_touchpoints(self, contact_id: int, record: ContactRecord) -> int:
        """Record the record's touch points as ``contact_id``'s; how many were new."""
        if not record.touchpoints:
            return 0
        keys = {i.platform: i.key for i in reversed(record.identities)}
        return sum(
            self.ledger.touchpoints.record(
                contact_id, tp, identity_key=keys.get(tp.platform, record.identities[0].key))
            for tp in record.touchpoints
        )

    def _known_by_display(self, record: ContactRecord
                          ) -> tuple[ContactRecord, dict[tuple[str, str], int | None]]:
        """An identity whose key is what the ledger shows for another identity on the same
        platform is that identity (``@janedoe`` from an address book, when the ledger has
        the account by its numeric id, shown as ``@JaneDoe``).

        Returns the record so read and the owner of each of its identities now
        (:meth:`by_identity`), looked up once."""
        out, changed = [], False
        known: dict[tuple[str, str], int | None] = {}
        for ident in record.identities:
            # the identity, and those shown as its key, in one statement
            rows = self.ledger._query(
                "SELECT contact_id, key FROM identities WHERE platform = ? AND key = ? "
                "UNION ALL SELECT contact_id, key FROM identities WHERE platform = ? AND "
                "display = ? COLLATE NOCASE",  # (an OR would scan the platform's rows)
                (ident.platform, ident.key, ident.platform, ident.key))
            mine = [r[0] for r in rows if r[1] == ident.key]
            if mine:
                owner: int | None = self.canonical_id(mine[0])
            elif not rows:
                owner = None
            else:
                if len(rows) > 1:  # several shown so: the one the display index gives first
                    rows = [self.ledger._execute(
                        "SELECT contact_id, key FROM identities WHERE platform = ? AND "
                        "display = ? COLLATE NOCASE LIMIT 1",
                        (ident.platform, ident.key)).fetchone()]
                ident = attrs.evolve(ident, key=rows[0][1], display="")
                owner = self.canonical_id(rows[0][0])
                changed = True
            known[(ident.platform, ident.key)] = owner
            out.append(ident)
        return (attrs.evolve(record, identities=out) if changed else record), known

    def _apply_new(self, record: ContactRecord, source: str,
                   known: dict[tuple[str, str], int | None]) -> RecordResult:
        """:meth:`apply_record` of a record none of whose identities the ledger knows
        (``known``: each is None): a new contact, with each identity a never-merge rule
        does not keep from the identities given it before. The same statements' effect as
        the general way, without asking again who owns what nobody did."""
        with self.ledger.transaction():  # create(), of the record's profile
            contact_id = self._insert_contact(record)
            self.ledger.event("contact.created", {"contact_id": contact_id})
        added = 0
        for ident in record.identities:
            marker = (ident.platform, ident.key)
            if known[marker] is None:
                # a rule joins it to one of the identities added so far (none: no rule)
                if added and self._rule_against(ident, contact_id):
                    continue  # split off or rejected for this person: not theirs
                self._insert_identity(contact_id, ident)
                known[marker] = contact_id
                added += 1
            elif ident.display:  # the same key twice in the record: its last display
                self.ledger._execute(
                    "UPDATE identities SET display = ? WHERE platform = ? AND key = ? "
                    "AND display != ?", (ident.display, ident.platform, ident.key, ident.display))
        if record.opted_out:
            self.opt_out(contact_id, f"{source} suppression list")
        return RecordResult(contact_id, True, True, [],
                            self._record_touchpoints(contact_id, record))

    def _fill(self, contact_id: int, record: ContactRecord) -> bool:
        contact = self.get(contact_id)
        pinned = set(self.pinned(contact_id))
        fields: dict[str, str] = {}
        for name in NAME_FIELDS:
            if name in pinned:
                continue
            if not getattr(contact, name) and getattr(record, name).strip():
                fields[name] = getattr(record, name)
        for name in PROFILE_FIELDS:  # newer profile data wins, blanks never erase
            if name in pinned:
                continue
            new = getattr(record, name).strip()
            if new and new != getattr(contact, name):
                fields[name] = new
        note = record.notes.strip()
        if note and note not in contact.notes and "notes" not in pinned:
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
            if self.kept_apart(contact_id, owner) or self._rule_against(identity, contact_id):
                return "known"
            cur = self.ledger._execute(
                """INSERT OR IGNORE INTO link_proposals (contact_id, other_contact_id, platform,
                   key, display, evidence, plugin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (contact_id, owner, identity.platform, identity.key, identity.display, evidence,
                 plugin, to_db_time(self.ledger.now())),
            )
            return "proposed" if cur.rowcount else "known"

    def propose_pair(self, contact_id: int, other_id: int, score: float, evidence: str) -> int:
        """Propose that two contacts are one person (``linking``); 1 if stored, 0 if the
        pair was proposed before (pending, accepted or rejected) or is kept apart."""
        if self.kept_apart(contact_id, other_id):
            return 0
        cur = self.ledger._execute(
            """INSERT OR IGNORE INTO link_proposals (contact_id, other_contact_id, platform,
               key, display, evidence, plugin, created_at, score)
               VALUES (?, ?, 'person', ?, '', ?, 'orchestrator.linking', ?, ?)""",
            (contact_id, other_id, str(other_id), evidence, to_db_time(self.ledger.now()),
             score))
        return cur.rowcount

    def proposals(self, status: str = "pending") -> list[dict]:
        """Proposals, best first; pending ones only while their two contacts are apart."""
        rows = self.ledger._query(
            "SELECT * FROM link_proposals WHERE status = ? ORDER BY score DESC, id", (status,))
        out = []
        for r in rows:
            if status == "pending" and r["other_contact_id"] is not None and (
                    self.canonical_id(r["contact_id"])
                    == self.canonical_id(r["other_contact_id"])):
                continue
            out.append(dict(r))
        return out

    def resolve_proposal(self, proposal_id: int, accept: bool) -> dict:
        row = self.ledger._execute("SELECT * FROM link_proposals WHERE id = ?",
                                  (proposal_id,)).fetchone()
        if row is None:
            raise NotFound(f"no link proposal {proposal_id}", "See `outreach contacts links`.")
        with self.ledger.transaction():
            if accept and row["other_contact_id"] is not None:
                self.merge(row["other_contact_id"], row["contact_id"], row["evidence"],
                           by_user=True)
            elif not accept:
                # A rejection is a rule, not a dismissal: the proposed identity and the
                # identities of the contact it was proposed for are two people's.
                mine = self._identities([self.canonical_id(row["contact_id"])]).get(
                    self.canonical_id(row["contact_id"]), [])
                theirs = ([] if row["platform"] == "person"
                          else [Identity(row["platform"], row["key"])])
                if row["other_contact_id"] is not None:
                    other = self.canonical_id(row["other_contact_id"])
                    if other != self.canonical_id(row["contact_id"]):
                        theirs += self._identities([other]).get(other, [])
                self.never_merge(mine, theirs, f"link proposal {proposal_id} rejected")
            self.ledger._execute("UPDATE link_proposals SET status = ? WHERE id = ?",
                                ("accepted" if accept else "rejected", proposal_id))
        return dict(row)

    # --- never-merge rules ----------------------------------------------------------

    def never_merge(self, left: Iterable[Identity], right: Iterable[Identity],
                    reason: str) -> int:
        """Record that every identity of ``left`` and every one of ``right`` are two people."""
        now = to_db_time(self.ledger.now())
        added = 0
        right = list(right)
        with self.ledger.transaction():
            for a in left:
                for b in right:
                    if (a.platform, a.key) == (b.platform, b.key):
                        continue
                    pair = sorted([(a.platform, a.key), (b.platform, b.key)])
                    cur = self.ledger._execute(
                        "INSERT OR IGNORE INTO never_merge VALUES (?, ?, ?, ?, ?, ?)",
                        (*pair[0], *pair[1], reason, now))
                    added += cur.rowcount
        return added

    def kept_apart(self, a: int, b: int) -> bool:
        """True when a never-merge rule joins an identity of ``a`` and one of ``b``."""
        row = self.ledger._execute(
            """SELECT 1 FROM never_merge n
               JOIN identities ia ON ia.platform = n.platform_a AND ia.key = n.key_a
               JOIN identities ib ON ib.platform = n.platform_b AND ib.key = n.key_b
               WHERE (ia.contact_id = ? AND ib.contact_id = ?)
                  OR (ia.contact_id = ? AND ib.contact_id = ?) LIMIT 1""",
            (a, b, b, a)).fetchone()
        return row is not None

    def _rule_against(self, identity: Identity, contact_id: int) -> bool:
        """True when ``identity`` may not join ``contact_id`` (a rule names it with one of
        the contact's identities)."""
        row = self.ledger._execute(
            """SELECT 1 FROM never_merge n JOIN identities i ON
                 (n.platform_a = ? AND n.key_a = ? AND i.platform = n.platform_b
                  AND i.key = n.key_b)
              OR (n.platform_b = ? AND n.key_b = ? AND i.platform = n.platform_a
                  AND i.key = n.key_a)
               WHERE i.contact_id = ? LIMIT 1""",
            (identity.platform, identity.key, identity.platform, identity.key,
             contact_id)).fetchone()
        return row is not None

    def _lift_rules(self, a: int, b: int) -> None:
        self.ledger._execute(
            """DELETE FROM never_merge WHERE (platform_a, key_a, platform_b, key_b) IN (
                 SELECT n.platform_a, n.key_a, n.platform_b, n.key_b FROM never_merge n
                 JOIN identities ia ON ia.platform = n.platform_a AND ia.key = n.key_a
                 JOIN identities ib ON ib.platform = n.platform_b AND ib.key = n.key_b
                 WHERE (ia.contact_id = ? AND ib.contact_id = ?)
                    OR (ia.contact_id = ? AND ib.contact_id = ?))""", (a, b, b, a))

    def rules(self) -> list[dict]:
        return [dict(r) for r in self.ledger._query(
            "SELECT * FROM never_merge ORDER BY platform_a, key_a, platform_b, key_b")]

    # --- split, edit, re-key ----------------------------------------------------------

    def split(self, contact_id: int, identities: Iterable[tuple[str, str]]) -> int:
        """Undo a merge: move ``identities`` (with their touch points) to a new contact.

        Touch points move with an identity when it is the contact's only one on their
        platform, or when a draft addressed it. The pair becomes never-merge.
        """
        contact_id = self.canonical_id(contact_id)
        contact = self.get(contact_id)
        wanted = set(identities)
        moving = [i for i in contact.identities if (i.platform, i.key) in wanted]
        missing = wanted - {(i.platform, i.key) for i in moving}
        if missing:
            platform, key = sorted(missing)[0]
            raise InputError(f"contact {contact_id} has no {platform} identity {key!r}",
                             f"See `outreach contacts show {contact_id}`.")
        staying = [i for i in contact.identities if (i.platform, i.key) not in wanted]
        if not staying:
            raise InputError(f"{'that is' if len(moving) == 1 else 'those are'} all of "
                             f"contact {contact_id}'s identities; nothing to split off")
        now = to_db_time(self.ledger.now())
        with self.ledger.transaction():
            cur = self.ledger._execute(
                "INSERT INTO contacts (created_at, updated_at) VALUES (?, ?) RETURNING id",
                (now, now))
            new_id = int(cur.fetchone()[0])
            ids = self.merged_ids(contact_id)
            marks = ",".join("?" * len(ids))
            for ident in moving:
                self.ledger._execute(
                    "UPDATE identities SET contact_id = ? WHERE platform = ? AND key = ?",
                    (new_id, ident.platform, ident.key))
                if not any(i.platform == ident.platform for i in staying):
                    self.ledger._execute(
                        f"""UPDATE touchpoints SET contact_id = ? WHERE platform = ?
                            AND contact_id IN ({marks})""", (new_id, ident.platform, *ids))
                else:
                    self.ledger._execute(
                        f"""UPDATE touchpoints SET contact_id = ? WHERE contact_id IN ({marks})
                            AND draft_id IN (SELECT id FROM drafts WHERE recipient_platform = ?
                            AND recipient_key = ?)""",
                        (new_id, *ids, ident.platform, ident.key))
            # The name as written in the identity's evidence is all we know of them.
            self.never_merge(staying, moving, f"split from contact {contact_id}")
            self.ledger.event("contact.split", {"contact_id": contact_id, "new_contact_id": new_id})
        return new_id

    def pinned(self, contact_id: int) -> list[str]:
        row = self.ledger._execute("SELECT pinned FROM contacts WHERE id = ?",
                                   (contact_id,)).fetchone()
        return json.loads(row[0]) if row else []

    def _pin(self, contact_id: int, fields: Iterable[str]) -> None:
        self.ledger._execute("UPDATE contacts SET pinned = ? WHERE id = ?",
                             (json.dumps(sorted(set(fields))), contact_id))

    def edit(self, contact_id: int, **fields: str) -> dict[str, tuple[str, str]]:
        """Edit by hand: each field given is pinned (imports leave it) until cleared ('').

        Returns ``{field: (old, new)}`` for what changed; the change is in the event log.
        """
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise InputError(f"unknown contact fields: {', '.join(sorted(unknown))}")
        contact_id = self.canonical_id(contact_id)
        contact = self.get(contact_id)
        changes = {name: (getattr(contact, name), str(value).strip())
                   for name, value in fields.items()
                   if str(value).strip() != getattr(contact, name)}
        with self.ledger.transaction():
            pinned = set(self.pinned(contact_id))
            for name, value in fields.items():
                if str(value).strip():
                    pinned.add(name)
                else:
                    pinned.discard(name)
            self._pin(contact_id, pinned)
            if changes:
                self.update(contact_id, **{k: new for k, (_old, new) in changes.items()})
                self.ledger.event("contact.edited", {
                    "contact_id": contact_id,
                    "changes": {k: {"from": old, "to": new} for k, (old, new) in changes.items()}})
        return changes

    def edits(self, contact_id: int) -> list[dict]:
        """The hand edits of a contact (and of those merged into it), oldest first."""
        ids = self.merged_ids(contact_id)
        marks = ",".join("?" * len(ids))
        contact = self.ledger.dialect.json_field("payload", "contact_id", integer=True)
        rows = self.ledger._query(
            f"""SELECT payload, at FROM events WHERE name = 'contact.edited'
                AND {contact} IN ({marks}) ORDER BY id""", ids)
        return [{"at": from_db_time(r["at"]), **json.loads(r["payload"])} for r in rows]

    def rekey_identity(self, platform: str, alias: str, key: str, display: str = "") -> int | None:
        """The identity known as ``alias`` is ``key`` (an X handle whose numeric id became
        known): one identity, keyed ``key``. Two contacts holding them become one, unless
        a never-merge rule keeps them apart. Returns the owner, or None if neither is known."""
        if alias == key:
            return self.by_identity(platform, key)
        with self.ledger.transaction():
            old = self.by_identity(platform, alias)
            new = self.by_identity(platform, key)
            if old is None:
                if new is not None and display:
                    self.ledger._execute(
                        "UPDATE identities SET display = ? WHERE platform = ? AND key = ?",
                        (display, platform, key))
                return new
            if new is None:
                self.ledger._execute(
                    "UPDATE identities SET key = ?, display = CASE WHEN ? != '' THEN ? "
                    "ELSE display END WHERE platform = ? AND key = ?",
                    (key, display, display, platform, alias))
                self.ledger._execute(
                    "UPDATE never_merge SET key_a = ? WHERE platform_a = ? AND key_a = ?",
                    (key, platform, alias))
                self.ledger._execute(
                    "UPDATE never_merge SET key_b = ? WHERE platform_b = ? AND key_b = ?",
                    (key, platform, alias))
                return old
            if old != new:
                if self.kept_apart(new, old):
                    return new
                self.merge(new, old, f"{platform} {alias} is {key}")
            self.ledger._execute("DELETE FROM identities WHERE platform = ? AND key = ?",
                                 (platform, alias))
            if display:
                self.ledger._execute(
                    "UPDATE identities SET display = ? WHERE platform = ? AND key = ?",
                    (display, platform, key))
            self.ledger.event("identity.rekeyed", {"contact_id": new, "platform": platform})
            return new


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]
