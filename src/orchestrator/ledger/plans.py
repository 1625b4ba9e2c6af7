"""Plans and their drafts: what a campaign run intends to send, as the user reviewed it.

Verdicts are stored through the ledger's :class:`VerdictCodec` (the policy provides it), so
storage never imports the policy.
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING, Any, Iterable, Protocol

from ..errors import InputError, NotFound
from ..model import Draft, Identity, Plan, PlanSummary, StepSnapshot, VerdictLike
from .db import from_db_time, to_db_time

if TYPE_CHECKING:
    from .db import Ledger


class VerdictCodec(Protocol):
    """Turns a verdict into stored text and back."""

    def dumps(self, verdict: VerdictLike) -> str: ...

    def loads(self, text: str) -> Any: ...


def new_plan_id() -> str:
    return "p" + secrets.token_hex(3)


_INSERT_DRAFT = """INSERT INTO drafts (id, plan_id, seq, contact_id, campaign, step, step_key,
   step_label, channel, kind, mode, recipient_platform, recipient_key, recipient_display,
   subject, text, personal_note, verdict, verdict_json, idempotency_key, rendered_json,
   status, updated_at, checked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
   ?, ?, ?, ?, ?, ?)"""
_INSERT_BATCH = 500  # drafts a statement is run for at once (executemany)


class PlanStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    @property
    def _codec(self) -> VerdictCodec:
        codec = self.ledger.verdict_codec
        if codec is None:  # pragma: no cover - App always provides one
            raise RuntimeError("this ledger was opened without a verdict codec")
        return codec

    def new_id(self) -> str:
        """A plan id no plan has yet (the planner names its drafts with it from the start)."""
        while True:
            plan_id = new_plan_id()
            if not self.ledger._execute("SELECT 1 FROM plans WHERE id = ?",
                                        (plan_id,)).fetchone():
                return plan_id

    def create(self, campaign: str, campaign_path: str, drafts: Iterable[Draft],
               steps: Iterable[StepSnapshot] = (), plan_id: str | None = None) -> str:
        """Store a plan and its drafts; ``plan_id`` is the id the planner chose (a new one
        if it was taken meanwhile), and each draft's id is ``PLAN-SEQ``."""
        with self.ledger.transaction():
            if plan_id is None or self.ledger._execute(
                    "SELECT 1 FROM plans WHERE id = ?", (plan_id,)).fetchone():
                plan_id = self.new_id()
            self.ledger._execute(
                """INSERT INTO plans (id, campaign, campaign_path, steps_json, created_at, member)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (plan_id, campaign, campaign_path,
                 json.dumps({step.key: step.as_json() for step in steps}),
                 to_db_time(self.ledger.now()), self.ledger.member),
            )
            count = 0
            rows = []
            now = to_db_time(self.ledger.now())  # one plan, one moment
            for draft in drafts:
                draft.plan_id = plan_id
                draft.id = f"{plan_id}-{draft.seq}"
                rows.append(self._row(draft, now))
                count += 1
                if len(rows) == _INSERT_BATCH:
                    self.ledger._conn.executemany(_INSERT_DRAFT, rows)
                    rows.clear()
            if rows:
                self.ledger._conn.executemany(_INSERT_DRAFT, rows)
            self.ledger.event("plan.created", {"plan_id": plan_id, "campaign": campaign,
                                               "drafts": count})
        return plan_id

    def _row(self, d: Draft, now: str) -> tuple:
        """The values of :data:`_INSERT_DRAFT` for ``d``, stored at ``now``."""
        return (
            d.id, d.plan_id, d.seq, d.contact_id, d.campaign, d.step, d.step_key,
            d.step_label, d.channel, d.kind, d.mode, d.recipient.platform, d.recipient.key,
            d.recipient.display, d.subject, d.text, d.personal_note, d.verdict.decision,
            self._codec.dumps(d.verdict), d.idempotency_key, json.dumps(d.rendered),
            d.status, now, d.checked,
        )

    def update_draft(self, d: Draft) -> None:
        """Store a re-rendered, re-checked draft (after the user wrote its personal note)."""
        self.update_drafts([d])

    def update_drafts(self, drafts: Iterable[Draft], *, guard: Iterable[str] = ()) -> None:
        """Store re-checked drafts in one transaction.

        The drafts whose ids are in ``guard`` (the ones the user edited or skipped) are
        stored only if their delivery has not left ``planned``: checked in the same
        transaction as the runner's claim checks the stored draft, so a review racing a
        send either lands before the claim (and the send sees it) or is refused (and says
        so); never "skipped" for a message that goes out anyway.
        """
        guard = set(guard)
        with self.ledger.transaction():
            for d in drafts:
                if d.id in guard:
                    # Locked until this commits, on a team's ledger: a claim made
                    # meanwhile passes the row over (a later send takes it), one made
                    # before is seen here as 'sending' (SQLite's writers take turns).
                    row = self.ledger._execute(
                        "SELECT state, plan_id FROM deliveries WHERE idempotency_key = ?"
                        + self.ledger.dialect.for_update, (d.idempotency_key,)).fetchone()
                    if row is not None and row["state"] == "sending":
                        raise InputError(
                            f"draft {d.id} is being sent right now; nothing was changed",
                            f"Wait for the send of plan {row['plan_id']} to finish; then "
                            f"`outreach deliveries list --plan {row['plan_id']}` shows what "
                            "went out.")
                    if row is not None and row["state"] != "planned":
                        raise InputError(f"draft {d.id} is already {row['state']}; what was "
                                         "sent cannot be edited", "Nothing was changed.")
                self._update(d)

    def _update(self, d: Draft) -> None:
        with self.ledger.transaction():
            self.ledger._execute(
                """UPDATE drafts SET subject = ?, text = ?, personal_note = ?, verdict = ?,
                   verdict_json = ?, rendered_json = ?, status = ?, mode = ?, updated_at = ?,
                   checked = ? WHERE id = ?""",
                (d.subject, d.text, d.personal_note, d.verdict.decision,
                 self._codec.dumps(d.verdict), json.dumps(d.rendered), d.status, d.mode,
                 to_db_time(self.ledger.now()), d.checked, d.id),
            )
            self.ledger.event("draft.updated", {"draft_id": d.id, "verdict": d.verdict.decision})

    def store_verdicts(self, drafts: Iterable[Draft]) -> None:
        """Store re-checked verdicts, each only if its draft still reads as it was checked
        (a review that changed it meanwhile keeps its own verdict)."""
        rows = [(d.verdict.decision, self._codec.dumps(d.verdict), d.checked, d.id, d.text,
                 d.subject, d.personal_note) for d in drafts]
        if not rows:
            return
        with self.ledger.transaction(row_level=True):
            self.ledger._conn.executemany(
                """UPDATE drafts SET verdict = ?, verdict_json = ?, checked = ? WHERE id = ?
                   AND text = ? AND COALESCE(subject, '') = COALESCE(?, '')
                   AND personal_note = ?""", rows)

    def compact(self, plan_id: str | None = None) -> int:
        """Forget what a finished plan no longer needs: the channel's view of each draft
        (the message as the channel built it for the preview, about a quarter of what a
        planned draft keeps) once the draft's delivery is over (sent or failed) and its
        plan is done. The draft's own text, verdict and the outbox history stay; a later
        preview builds the view again. Returns how many drafts were compacted.

        Without ``plan_id``, every finished plan (``outreach ledger compact``)."""
        only = "AND plan_id = ?" if plan_id else ""
        with self.ledger.transaction(row_level=True):
            cur = self.ledger._execute(
                f"""UPDATE drafts SET rendered_json = '{{}}'
                    WHERE rendered_json != '{{}}' {only}
                    AND plan_id IN (SELECT id FROM plans WHERE status = 'sent')
                    AND id IN (SELECT draft_id FROM deliveries
                               WHERE state IN ('sent', 'failed'))""",
                (plan_id,) if plan_id else ())
        return cur.rowcount

    def get(self, plan_id: str) -> Plan:
        row = self.ledger._execute("SELECT * FROM plans WHERE id = ?", (plan_id,)).fetchone()
        if row is None:
            raise NotFound(f"no plan {plan_id!r}", "See `outreach plans` for the plan ids.")
        steps = json.loads(row["steps_json"])
        return Plan(id=row["id"], campaign=row["campaign"], campaign_path=row["campaign_path"],
                    created_at=from_db_time(row["created_at"]), status=row["status"],
                    member=row["member"],
                    steps={key: StepSnapshot.from_json(key, data)
                           for key, data in steps.items()})

    def latest(self, campaign: str | None = None) -> Plan | None:
        sql = "SELECT * FROM plans WHERE status = 'planned'"
        params: tuple = ()
        if campaign:
            sql += " AND campaign = ?"
            params = (campaign,)
        row = self.ledger._execute(sql + " ORDER BY created_at DESC, rowid DESC LIMIT 1",
                                  params).fetchone()
        return self.get(row["id"]) if row else None

    def list(self, limit: int = 20) -> list[PlanSummary]:
        rows = self.ledger._query(
            """SELECT p.id, p.campaign, p.campaign_path, p.created_at, p.status, p.member,
                      COUNT(d.id) AS drafts,
                      SUM(CASE WHEN d.verdict = 'allow' AND d.status = 'draft' THEN 1 ELSE 0 END)
                          AS allowed
               FROM plans p LEFT JOIN drafts d ON d.plan_id = p.id
               GROUP BY p.id ORDER BY p.created_at DESC, p.rowid DESC LIMIT ?""", (limit,))
        return [PlanSummary(id=r["id"], campaign=r["campaign"], campaign_path=r["campaign_path"],
                            created_at=r["created_at"], status=r["status"], drafts=r["drafts"],
                            allowed=r["allowed"] or 0, member=r["member"] or "")
                for r in rows]

    def set_status(self, plan_id: str, status: str) -> None:
        with self.ledger.transaction():
            self.ledger._execute("UPDATE plans SET status = ? WHERE id = ?", (status, plan_id))

    def drafts(self, plan_id: str) -> list[Draft]:
        self.get(plan_id)
        rows = self.ledger._query("SELECT * FROM drafts WHERE plan_id = ? ORDER BY seq", (plan_id,))
        return [self._build(r) for r in rows]

    def draft(self, draft_id: str) -> Draft:
        row = self.ledger._execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFound(f"no draft {draft_id!r}", "Draft ids look like p1a2b3c-4; see `outreach preview`.")
        return self._build(row)

    def previous_note(self, campaign: str, step_key: str, contact_id: int) -> str:
        """The personal note the user last wrote for this person and step, if any."""
        row = self.ledger._execute(
            """SELECT personal_note FROM drafts WHERE campaign = ? AND step_key = ?
               AND contact_id = ? AND personal_note != '' ORDER BY updated_at DESC LIMIT 1""",
            (campaign, step_key, contact_id),
        ).fetchone()
        return row[0] if row else ""

    def sent_notes(self, contact_ids: Iterable[int]
                   ) -> dict[int, list[tuple[str, str, str, str]]]:
        """What already went to each person (or waits for the user to send it): per contact
        id, ``(idempotency_key, plan_id, personal_note, text)`` of every such draft, any
        campaign."""
        ids = sorted(set(contact_ids))
        out: dict[int, list[tuple[str, str, str, str]]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self.ledger._query(
                f"""SELECT d.contact_id, d.idempotency_key, d.plan_id, d.personal_note, d.text
                    FROM drafts d JOIN deliveries v ON v.draft_id = d.id
                    WHERE v.state IN ('sent', 'waiting', 'sending', 'unknown', 'bounced')
                    AND d.contact_id IN ({','.join('?' * len(chunk))})
                    ORDER BY v.id""", chunk)
            for r in rows:
                out.setdefault(r[0], []).append((r[1], r[2], r[3], r[4]))
        return out

    def _build(self, r) -> Draft:
        return Draft(
            id=r["id"], plan_id=r["plan_id"], seq=r["seq"], contact_id=r["contact_id"],
            campaign=r["campaign"], step=r["step"], step_key=r["step_key"],
            step_label=r["step_label"], channel=r["channel"], kind=r["kind"], mode=r["mode"],
            recipient=Identity(r["recipient_platform"], r["recipient_key"],
                               r["recipient_display"]),
            subject=r["subject"], text=r["text"], personal_note=r["personal_note"],
            verdict=self._codec.loads(r["verdict_json"]),
            idempotency_key=r["idempotency_key"], rendered=json.loads(r["rendered_json"]),
            status=r["status"], checked=r["checked"],
        )


__all__ = ["PlanStore", "VerdictCodec", "new_plan_id"]
