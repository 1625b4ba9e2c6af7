"""The outbox: one row per (contact, campaign, step[, period]) ever sent, keyed for idempotency.

States::

    planned --claim--> sending --> sent | failed | unknown
       |                  \\--(transient, retries exhausted)--> planned (next run)
       \\--> waiting (assisted / export: the human sends) --confirm--> sent
                                                      \\--skip--> skipped
    unknown --(resolved by hand: it did not arrive)--> planned   (`deliveries resolve ID retry`)
    failed  --(retried on purpose)--> planned                    (`deliveries retry ID`)
    sent    --(a permanent bounce: DSN 5.x.x)--> bounced
    waiting --(the person opted out)--> cancelled

The ``idempotency_key`` column is UNIQUE, and ``claim`` is a compare-and-set from
``planned`` to ``sending`` committed durably *before* the message leaves. So no
interleaving of runs, and no crash, can send one key twice: a row found in ``sending`` by
a later run (which holds the workspace send lock) belonged to a process that died mid-send
and becomes ``unknown`` for the user to resolve - never retried automatically. A row goes
back to ``planned`` only by the user's hand, and then goes out once more under the same key.

:meth:`DeliveryStore.claim_checked` is the claim the runner uses: in the same transaction
it checks consent (the person, or the owner of the recipient address, has not opted out
or been removed) and that the draft is still the one being sent (not skipped or edited in
review since), so nothing that happens while a send runs is ignored.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Iterable

import attrs

from ..errors import InputError, NotFound
from ..model import Delivery, Draft, TouchPoint
from .db import from_db_time, to_db_time

if TYPE_CHECKING:
    from .db import Ledger

FINAL = ("sent", "failed", "skipped", "bounced", "cancelled")
IN_FLIGHT = ("sending", "unknown", "waiting")
# A step has *reached* a person once its message went out (or may have: sending, unknown)
# or waits for the user to send it by hand. Failed, skipped, cancelled and bounced ones did
# not reach them; a refused draft never gets this far.
REACHED = ("sent", "waiting", "sending", "unknown")


_FIELDS = frozenset(attrs.fields_dict(Delivery))


def _record(row) -> Delivery:
    return Delivery(**{name: row[name] for name in row.keys() if name in _FIELDS})


class DeliveryStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def ensure(self, draft: Draft) -> Delivery:
        """The delivery row for ``draft``'s idempotency key, created ``planned`` if new."""
        return self.ensure_many([draft])[draft.idempotency_key]

    def ensure_many(self, drafts: Iterable[Draft]) -> dict[str, Delivery]:
        """Rows for every draft's key, missing ones created ``planned``, in one transaction."""
        now = to_db_time(self.ledger.now())
        drafts = list(drafts)
        with self.ledger.transaction():
            self.ledger._conn.executemany(
                """INSERT OR IGNORE INTO deliveries (idempotency_key, draft_id, plan_id,
                   contact_id, campaign, step_key, channel, kind, mode, recipient_key, state,
                   created_at, updated_at, member)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?)""",
                [(d.idempotency_key, d.id, d.plan_id, d.contact_id, d.campaign, d.step_key,
                  d.channel, d.kind, d.mode, d.recipient.key, now, now, self.ledger.member)
                 for d in drafts],
            )
            return self.by_keys(d.idempotency_key for d in drafts)

    def by_keys(self, keys: Iterable[str]) -> dict[str, Delivery]:
        """The rows of these idempotency keys that exist, by key (500 keys a statement)."""
        keys = list(keys)
        rows: dict[str, Delivery] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            for row in self.ledger._query(
                    f"SELECT * FROM deliveries WHERE idempotency_key IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                rows[row["idempotency_key"]] = _record(row)
        return rows

    def by_key(self, key: str) -> Delivery | None:
        row = self.ledger._execute("SELECT * FROM deliveries WHERE idempotency_key = ?",
                                  (key,)).fetchone()
        return _record(row) if row else None

    def get(self, delivery_id: int) -> Delivery:
        row = self.ledger._execute("SELECT * FROM deliveries WHERE id = ?",
                                  (delivery_id,)).fetchone()
        if row is None:
            raise NotFound(f"no delivery {delivery_id}", "See `outreach deliveries list`.")
        return _record(row)

    def for_draft(self, draft_id: str) -> Delivery | None:
        row = self.ledger._execute(
            "SELECT * FROM deliveries WHERE draft_id = ? ORDER BY id DESC LIMIT 1", (draft_id,)
        ).fetchone()
        return _record(row) if row else None

    def last_sent_at(self, campaign: str, step_key: str, contact_id: int) -> datetime | None:
        """When this campaign step last reached the person (``None``: never)."""
        row = self.ledger._execute(
            """SELECT MAX(finished_at) FROM deliveries WHERE campaign = ? AND step_key = ?
               AND contact_id = ? AND state = 'sent'""", (campaign, step_key, contact_id),
        ).fetchone()
        return from_db_time(row[0]) if row and row[0] else None

    def reached(self, campaign: str) -> list[Delivery]:
        """Every delivery of ``campaign`` that reached its person (:data:`REACHED`)."""
        marks = ",".join("?" * len(REACHED))
        return [_record(r) for r in self.ledger._query(
            f"SELECT * FROM deliveries WHERE campaign = ? AND state IN ({marks}) ORDER BY id",
            (campaign, *REACHED))]

    def pending_reach(self, *, exclude_campaign: str | None = None) -> dict[int, datetime]:
        """When each person was last reached by a delivery that is not (yet) a touch point
        (waiting for the user, being sent, unknown), for cooldowns: a note queued for you
        to send is outreach too."""
        marks = ",".join("?" * len(IN_FLIGHT))
        sql = (f"SELECT contact_id, MAX(updated_at) FROM deliveries WHERE state IN ({marks})")
        params: list = list(IN_FLIGHT)
        if exclude_campaign is not None:
            sql += " AND campaign != ?"
            params.append(exclude_campaign)
        rows = self.ledger._query(sql + " GROUP BY contact_id", params)
        return {r[0]: from_db_time(r[1]) for r in rows}

    def pending_reach_by(self, *, exclude_campaign: str | None = None
                         ) -> dict[int, tuple[datetime, str]]:
        """Like :meth:`pending_reach`, with who on the team made that delivery."""
        marks = ",".join("?" * len(IN_FLIGHT))
        sql = (f"SELECT contact_id, updated_at, member FROM deliveries WHERE state IN ({marks})")
        params: list = list(IN_FLIGHT)
        if exclude_campaign is not None:
            sql += " AND campaign != ?"
            params.append(exclude_campaign)
        out: dict[int, tuple[datetime, str]] = {}
        for contact_id, at, member in self.ledger._query(sql, params):
            when = from_db_time(at)
            if contact_id not in out or when > out[contact_id][0]:
                out[contact_id] = (when, member)
        return out

    def by_external_id(self, channel: str, external_ids: Iterable[str]) -> Delivery | None:
        """The delivery on ``channel`` whose platform id is one of ``external_ids`` (the
        Message-ID of a sent email), the latest if several."""
        ids = [i for i in dict.fromkeys(external_ids) if i]
        if not ids:
            return None
        row = self.ledger._execute(
            f"""SELECT * FROM deliveries WHERE channel = ? AND external_id IN
                ({','.join('?' * len(ids))}) ORDER BY id DESC LIMIT 1""",
            (channel, *ids)).fetchone()
        return _record(row) if row else None

    def for_contacts(self, contact_ids: Iterable[int], *, channel: str | None = None,
                     kind: str | None = None,
                     states: Iterable[str] | None = None) -> list[Delivery]:
        """Deliveries to these people (ids as stored: include merged-away ids), oldest first."""
        ids = list(contact_ids)
        if not ids:
            return []
        clauses = [f"contact_id IN ({','.join('?' * len(ids))})"]
        params: list = list(ids)
        for column, value in (("channel", channel), ("kind", kind)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if states is not None:
            states = list(states)
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            params += states
        return [_record(r) for r in self.ledger._query(
            f"SELECT * FROM deliveries WHERE {' AND '.join(clauses)} ORDER BY id", params)]

    def link_external(self, delivery_id: int, external_id: str) -> None:
        """Record the platform's id of a message confirmed by hand, once it is known (a
        platform export names it): a later import of the same message is then recognised."""
        with self.ledger.transaction():
            self.ledger._execute(
                "UPDATE deliveries SET external_id = ? WHERE id = ? AND external_id = ''",
                (external_id, delivery_id))

    def bounced(self, delivery_id: int, reason: str) -> Delivery:
        """A sent message the receiving server refused for good (a permanent DSN)."""
        row = self.get(delivery_id)
        return self._set(delivery_id, "bounced", expect=("sent",), error=reason,
                         finished_at=row.finished_at)

    def cancel_for_contacts(self, contact_ids: Iterable[int], reason: str) -> list[Delivery]:
        """Cancel what waits for the user to send by hand to these people (``waiting``, on
        every channel): they opted out. Planned rows stay planned - every claim checks
        consent, and they go again only if the person opts back in."""
        ids = list(contact_ids)
        if not ids:
            return []
        rows = self.ledger._query(
            f"""SELECT id FROM deliveries WHERE state = 'waiting'
                AND contact_id IN ({','.join('?' * len(ids))}) ORDER BY id""", ids)
        with self.ledger.transaction():
            return [self._set(r[0], "cancelled", expect=("waiting",), error=reason)
                    for r in rows]

    def last_automated_at(self, channel: str, *, member: str | None = None) -> datetime | None:
        """The latest automated (``api``) send on ``channel`` that went or may have gone out
        (``member``'s only, when given)."""
        sql = ("SELECT MAX(updated_at) FROM deliveries WHERE channel = ? AND mode = 'api' AND "
               "state IN ('sending', 'sent', 'unknown')")
        params: tuple = (channel,)
        if member is not None:
            sql, params = sql + " AND member = ?", (channel, member)
        row = self.ledger._execute(sql, params).fetchone()
        return from_db_time(row[0]) if row and row[0] else None

    def sent_count(self, campaign: str, step_key: str, contact_id: int) -> tuple[int, datetime | None]:
        row = self.ledger._execute(
            """SELECT COUNT(*), MAX(finished_at) FROM deliveries WHERE campaign = ? AND
               step_key = ? AND contact_id = ? AND state IN ('sent', 'unknown', 'waiting', 'sending')""",
            (campaign, step_key, contact_id)).fetchone()
        last = datetime.fromisoformat(row[1]) if row[1] else None
        return row[0], last

    def claim_checked(self, delivery_id: int, draft: Draft, *, to: str = "sending",
                      cooldown: timedelta | None = None) -> str:
        """Claim ``delivery_id`` for ``draft`` (``planned`` -> ``to``) if it may still go.

        One transaction reads the person's consent, the draft as stored now and the row's
        state, and moves the row only if all three allow it. Returns ``"claimed"``, or why
        not: ``"taken"`` (not planned any more), ``"opted-out"`` (the person, or whoever
        owns the recipient address now, opted out or is no longer in the ledger),
        ``"skipped"`` (skipped in review), ``"changed"`` (edited in review: the caller
        reloads the draft and tries again) or ``"cooled-down"``: with a ``cooldown``,
        other outreach (a colleague's campaign, planned the same week) reached the person
        within it since this plan was made; the draft is then skipped and its row removed,
        so the next plan after the cooldown may reach them.
        """
        if to not in ("sending", "waiting"):
            raise ValueError(f"cannot claim a delivery into {to!r}")
        with self.ledger.transaction(row_level=True):
            # On a shared ledger the row stays locked until this commits: a colleague's
            # claim of it skips it (taken) instead of waiting, and never sees it planned.
            # The row and the draft as stored now, in one statement (on a team's ledger
            # each is a network round trip); only the delivery row is locked.
            row = self.ledger._execute(
                "SELECT v.state, d.status, d.text, d.subject FROM deliveries v "
                "LEFT JOIN drafts d ON d.id = ? WHERE v.id = ?"
                + self.ledger.dialect.skip_locked_of("v"), (draft.id, delivery_id)).fetchone()
            if row is None or row["state"] != "planned":
                return "taken"
            people = self._may_reach(draft)
            if people is None:
                return "opted-out"
            if row["status"] != "draft":  # skipped in review, or the draft is gone
                return "skipped"
            if (row["text"], row["subject"]) != (draft.text, draft.subject):
                return "changed"
            if cooldown is not None and self._reached_elsewhere(draft, people, cooldown):
                self.ledger._execute("UPDATE drafts SET status = 'skipped', updated_at = ? "
                                     "WHERE id = ?", (to_db_time(self.ledger.now()), draft.id))
                self.ledger._execute(
                    "DELETE FROM deliveries WHERE id = ? AND state = 'planned'", (delivery_id,))
                return "cooled-down"
            now = to_db_time(self.ledger.now())
            if to == "sending":
                self.ledger._execute(
                    """UPDATE deliveries SET state = 'sending', attempts = attempts + 1,
                       updated_at = ?, member = ?, claimed_by = ? WHERE id = ?
                       AND state = 'planned'""",
                    (now, self.ledger.member, self._claim_token(), delivery_id))
            else:
                self._set(delivery_id, "waiting", expect=("planned",), member=self.ledger.member)
        return "claimed"

    def _may_reach(self, draft: Draft) -> set[int] | None:
        """Consent as recorded now: the recipient is not suppressed, and nobody in the
        person's merge chain and nobody owning the recipient identity has opted out, and
        both still exist. Returns the ids of that chain (the one person, under every id
        they had), or None. One statement in the usual case (no merge chain to follow):
        each claim pays for it, on a team's ledger over the network."""
        platform, key = draft.recipient.platform, draft.recipient.key
        rows = self.ledger._execute(
            """SELECT c.id, c.opted_out_at, c.merged_into,
                      (SELECT contact_id FROM identities WHERE platform = ? AND key = ?)
                        AS owner,
                      (SELECT 1 FROM suppressions WHERE platform = ? AND key = ?) AS suppressed
               FROM contacts c
               WHERE c.id = ? OR c.id = (SELECT contact_id FROM identities
                                         WHERE platform = ? AND key = ?)""",
            (platform, key, platform, key, draft.contact_id, platform, key)).fetchall()
        if not rows or rows[0]["owner"] is None or rows[0]["suppressed"]:
            return None  # the address was removed from the ledger, or the person erased
        found = {row["id"]: row for row in rows}
        people = [draft.contact_id, rows[0]["owner"]]
        seen: set[int] = set()
        while people:
            contact_id = people.pop()
            if contact_id in seen:
                continue
            seen.add(contact_id)
            row = found.get(contact_id) or self.ledger._execute(
                "SELECT opted_out_at, merged_into FROM contacts WHERE id = ?",
                (contact_id,)).fetchone()
            if row is None or row["opted_out_at"] is not None:
                return None
            if row["merged_into"] is not None:
                people.append(row["merged_into"])
        return seen

    def _reached_elsewhere(self, draft: Draft, people: set[int], cooldown: timedelta) -> bool:
        """Whether outreach other than this campaign reached the person within
        ``cooldown``. The person's rows are locked first, so two members' claims for one
        person take turns: the second sees the first's claim once it commits."""
        ids = sorted(people)
        marks = ",".join("?" * len(ids))
        self.ledger._execute(f"SELECT id FROM contacts WHERE id IN ({marks}) ORDER BY id"
                             + self.ledger.dialect.for_update, ids).fetchall()
        return self.reached_since(ids, self.ledger.now() - cooldown,
                                  exclude_campaign=draft.campaign) is not None

    def reached_since(self, contact_ids: Iterable[int], since: datetime, *,
                      exclude_campaign: str) -> tuple[datetime, str, str] | None:
        """The latest outreach to these people at or after ``since`` that is not
        ``exclude_campaign``'s: a touch point out, or a delivery claimed, waiting or sent.
        Returns ``(at, member, campaign)``."""
        ids = list(contact_ids)
        marks = ",".join("?" * len(ids))
        start = to_db_time(since)
        states = ",".join("?" * len(REACHED))
        row = self.ledger._execute(
            f"""SELECT at, member, campaign FROM (
                  SELECT at, member, COALESCE(campaign, '') AS campaign FROM touchpoints
                   WHERE direction = 'out' AND contact_id IN ({marks}) AND at >= ?
                     AND COALESCE(campaign, '') != ?
                  UNION ALL
                  SELECT updated_at AS at, member, campaign FROM deliveries
                   WHERE state IN ({states}) AND contact_id IN ({marks}) AND updated_at >= ?
                     AND campaign != ?) r
                ORDER BY at DESC LIMIT 1""",
            (*ids, start, exclude_campaign, *REACHED, *ids, start, exclude_campaign)).fetchone()
        if row is None:
            return None
        return from_db_time(row[0]), row[1] or "", row[2]

    def requeue(self, delivery_id: int, *, expect: Iterable[str], reason: str) -> Delivery:
        """Back to ``planned`` by the user's decision (an ``unknown`` that did not arrive, a
        ``failed`` one to try once more): the next send delivers it under the same key."""
        return self._set(delivery_id, "planned", expect=expect, error=reason, finished_at=None)

    def annotate_planned(self, delivery_ids: Iterable[int], error: str) -> None:
        """Say why ``planned`` rows are still planned (a channel stopped before them)."""
        ids = list(delivery_ids)
        with self.ledger.transaction():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self.ledger._execute(
                    f"UPDATE deliveries SET error = ? WHERE state = 'planned' AND id IN "
                    f"({','.join('?' * len(chunk))})", (error, *chunk))

    def claim(self, delivery_id: int) -> bool:
        """planned -> sending, durably, before the message leaves. False if someone else has it."""
        with self.ledger.transaction(row_level=True):
            cur = self.ledger._execute(
                """UPDATE deliveries SET state = 'sending', attempts = attempts + 1,
                   updated_at = ?, member = ?, claimed_by = ? WHERE id = ?
                   AND state = 'planned'""",
                (to_db_time(self.ledger.now()), self.ledger.member, self._claim_token(),
                 delivery_id))
        return bool(cur.rowcount)

    def _claim_token(self) -> str:
        token = getattr(self.ledger._conn, "claim_token", None)
        return str(token) if token is not None else ""

    def _set(self, delivery_id: int, state: str, *, expect: Iterable[str], **fields) -> Delivery:
        """Compare-and-set the state (one statement); raises if it was not in ``expect``."""
        expect = tuple(expect)
        now = to_db_time(self.ledger.now())
        fields = {"state": state, "updated_at": now, **fields}
        if state in FINAL:
            fields.setdefault("finished_at", now)
        sets = ", ".join(f"{name} = ?" for name in fields)
        marks = ",".join("?" * len(expect))
        with self.ledger.transaction(row_level=True):
            row = self.ledger._execute(
                f"UPDATE deliveries SET {sets} WHERE id = ? AND state IN ({marks}) RETURNING *",
                (*fields.values(), delivery_id, *expect)).fetchone()
            if row is None:
                current = self.get(delivery_id)  # raises NotFound for an unknown id
                raise InputError(
                    f"delivery {delivery_id} is {current.state}, not {' or '.join(expect)}")
            delivery = _record(row)
            self.ledger.event(f"delivery.{state}", {
                "delivery_id": delivery_id, "draft_id": delivery.draft_id,
                "channel": delivery.channel, "contact_id": delivery.contact_id})
        return delivery

    def sent(self, delivery_id: int, draft: Draft, *, external_id: str = "",
             at: datetime | None = None, text: str | None = None,
             expect: Iterable[str] = ("sending",), status: str = "sent",
             detail: str = "") -> Delivery:
        """Mark sent and append the touch point, in one transaction."""
        at = at or self.ledger.now()
        with self.ledger.transaction(row_level=True):
            row = self._set(delivery_id, "sent", expect=expect, external_id=external_id,
                            detail=detail, finished_at=to_db_time(at))
            self.ledger.touchpoints.record(
                row.contact_id,
                TouchPoint(platform=draft.recipient.platform, kind=draft.kind, direction="out",
                           at=at, status=status, text=draft.text if text is None else text,
                           subject=draft.subject or "", external_id=external_id,
                           source=f"campaign:{draft.campaign}", campaign=draft.campaign,
                           step=draft.step, draft_id=draft.id),
                dedupe=f"delivery:{draft.idempotency_key}",
            )
        return row

    def failed(self, delivery_id: int, error: str) -> Delivery:
        return self._set(delivery_id, "failed", expect=("sending", "unknown", "waiting"),
                         error=error)

    def unknown(self, delivery_id: int, error: str) -> Delivery:
        return self._set(delivery_id, "unknown", expect=("sending",), error=error)

    def release(self, delivery_id: int, error: str) -> Delivery:
        """Back to ``planned`` after a transient failure: nothing went out, a later run retries."""
        return self._set(delivery_id, "planned", expect=("sending",), error=error)

    def waiting(self, delivery_id: int, export_path: str = "",
                expect: Iterable[str] = ("planned",)) -> Delivery:
        return self._set(delivery_id, "waiting", expect=expect, export_path=export_path)

    def skipped(self, delivery_id: int, reason: str) -> Delivery:
        return self._set(delivery_id, "skipped", expect=("planned", "waiting"), error=reason)

    def orphaned_sending(self) -> list[Delivery]:
        """Rows left in ``sending`` by a process that died.

        On SQLite, call only while holding the workspace's send lock: every such row is an
        orphan. On a shared ledger a colleague's send may hold one right now: a row is an
        orphan only when the connection that claimed it is gone (its claim token, a session
        advisory lock, is free)."""
        rows = self.ledger._query("SELECT * FROM deliveries WHERE state = 'sending' ORDER BY id")
        alive = getattr(self.ledger._conn, "claim_alive", None)
        if alive is not None:
            rows = [r for r in rows
                    if not (r["claimed_by"].isdigit() and alive(int(r["claimed_by"])))]
        return [_record(r) for r in rows]

    def list(self, states: Iterable[str] | None = None, plan_id: str | None = None,
             channel: str | None = None) -> list[Delivery]:
        clauses, params = [], []
        if states:
            states = list(states)
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            params += states
        if plan_id:
            clauses.append("plan_id = ?")
            params.append(plan_id)
        if channel:
            clauses.append("channel = ?")
            params.append(channel)
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        return [_record(r) for r in self.ledger._query(
            f"SELECT * FROM deliveries {where} ORDER BY id", params)]

    def count_in_flight(self, *, channel: str, since: datetime, kinds: Iterable[str] = (),
                        modes: Iterable[str] = (), states: Iterable[str] = IN_FLIGHT,
                        contact_id: int | None = None, member: str | None = None) -> int:
        clauses = ["channel = ?", "updated_at >= ?"]
        params: list = [channel, to_db_time(since)]
        if member is not None:
            clauses.append("member = ?")
            params.append(member)
        for column, values in (("kind", list(kinds)), ("mode", list(modes)),
                               ("state", list(states))):
            if values:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params += values
        if contact_id is not None:
            clauses.append("contact_id = ?")
            params.append(contact_id)
        return self.ledger._execute(
            f"SELECT COUNT(*) FROM deliveries WHERE {' AND '.join(clauses)}", params).fetchone()[0]
