"""The delivery runner: sends exactly the reviewed plan, each message at most once.

For each allowed draft, in plan order:

1. the policy is checked again (send time) and so is consent (an opt-out since planning);
2. the outbox row for the draft's idempotency key is created ``planned`` if new; a key
   already sent, waiting or unknown is never sent again;
3. quotas and pacing from the channel manifest are checked against the ledger; a draft
   over quota stays ``planned`` for a later run ("held by quota");
4. every draft is claimed with :meth:`~orchestrator.ledger.deliveries.DeliveryStore.claim_checked`:
   one transaction that checks consent *now* (an opt-out, a suppression or a removal while
   this run goes on) and that the draft is still what review left (not skipped, not edited
   since this run read it - an edited draft is re-read, re-checked and then claimed), and
   moves the row on (``planned -> sending``, or ``-> waiting`` for ``assisted`` drafts),
   committed durably before anything leaves;
5. ``api`` drafts are handed to the channel session and marked ``sent`` (with the touch
   point) / ``failed`` / ``unknown``; transient errors are retried with exponential backoff
   and jitter, bounded, and then left ``planned`` for the next run; ``assisted`` drafts wait
   in the review queue; ``export`` drafts are written to files and wait for the user's
   confirmation (a message the channel cannot build fails, as the preview showed).

A circuit breaker guards each channel: after :data:`BREAKER_THRESHOLD` session-level
failures in a row (:class:`~orchestrator.channels.ChannelUnavailable`: the server refuses
or drops connections, does not answer, fails TLS or the login, answers ``421``; or
messages handed over without an answer, each recorded ``unknown``) the run stops sending on
that channel, leaves the rest ``planned`` and says when to try again; so a dead server
costs a few timeouts, not four per message. A problem of one message (a greylisted
recipient) keeps its bounded retries and does not count.

On a SQLite ledger the whole run holds the workspace's send lock, so a second run waits
its turn, and rows left in ``sending`` by a process that died are turned ``unknown`` -
shown to the user, resolved with ``outreach deliveries resolve``, never retried blindly.
On a team's PostgreSQL ledger there is no such lock: each claim locks its own row
(``FOR UPDATE SKIP LOCKED``), so several members (or cron runs) send one plan at once,
each message once, and a row in ``sending`` is an orphan only once the connection that
claimed it is gone.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable

from attrs import define, field

from .. import secrets
from ..campaigns.drafting import outbound_message
from ..channels import (
    AmbiguousDeliveryError,
    ChannelUnavailable,
    NotCleared,
    OutboundMessage,
    PermanentDeliveryError,
    TransientDeliveryError,
)
from ..errors import ConfigError
from ..model import Contact, Delivery, Draft
from ..settings import channel_problems
from .quota import QuotaTracker, pacing_delay

if TYPE_CHECKING:
    from ..app import App

MAX_ATTEMPTS = 4
MAX_BACKOFF_S = 30.0
MAX_PACING_WAIT_S = 15 * 60.0
# Session-level failures in a row (ChannelUnavailable) that stop a channel for the run.
BREAKER_THRESHOLD = 3
# When to try a stopped channel again, unless the platform said (retry_after).
BREAKER_COOLDOWN = timedelta(minutes=15)
# How often one draft may be found edited in review while it is being claimed.
MAX_RELOADS = 3


@define
class SendSummary:
    plan_id: str
    sent: int = 0
    failed: int = 0
    unknown: int = 0
    held_by_quota: int = 0
    refused_by_policy: int = 0
    waiting: int = 0
    opted_out: int = 0
    already_done: int = 0
    retry_later: int = 0
    skipped: int = 0
    # reached by other outreach (a colleague's campaign) within the cooldown since planning
    cooled_down: int = 0
    recovered: list[int] = field(factory=list)
    exported: list[str] = field(factory=list)
    details: list[dict] = field(factory=list)
    # Channels the circuit breaker stopped: channel, error, failures, retry_at, left.
    stopped: list[dict] = field(factory=list)

    @property
    def retry_at(self) -> datetime | None:
        """When a stopped channel may be tried again (the latest), if any was stopped."""
        times = [datetime.fromisoformat(s["retry_at"]) for s in self.stopped]
        return max(times) if times else None

    def as_json(self) -> dict:
        return {
            "plan_id": self.plan_id, "sent": self.sent, "failed": self.failed,
            "unknown": self.unknown, "held_by_quota": self.held_by_quota,
            "refused_by_policy": self.refused_by_policy, "waiting": self.waiting,
            "opted_out": self.opted_out, "already_done": self.already_done,
            "retry_later": self.retry_later, "skipped": self.skipped,
            "cooled_down": self.cooled_down,
            "recovered": list(self.recovered),
            "exported": list(self.exported), "details": list(self.details),
            "stopped_channels": [dict(s) for s in self.stopped],
        }

    def note(self, draft: Draft, outcome: str, detail: str = "") -> None:
        self.details.append({"draft_id": draft.id, "contact_id": draft.contact_id,
                             "channel": draft.channel, "mode": draft.mode,
                             "outcome": outcome, "detail": secrets.mask(detail)})


def _backoff(attempt: int, error: BaseException | None) -> float:
    """Exponential backoff with jitter, or the platform's retry-after hint, bounded."""
    import random

    hint = getattr(error, "retry_after", None)
    if hint is not None:
        return min(MAX_BACKOFF_S, max(float(hint), 0.0))
    return min(MAX_BACKOFF_S, 2 ** (attempt - 1)) * (0.5 + random.random() / 2)


def _when(stop: dict) -> str:
    """A stopped channel's retry time, for people: ``2026-11-02 09:15 UTC``."""
    return f"{datetime.fromisoformat(stop['retry_at']):%Y-%m-%d %H:%M} UTC"


def _wait_quietly(future) -> None:
    """Wait for a message the gate did not clear: its session ends it however it can
    (NotCleared, or the error it met before the gate), and nothing was handed over."""
    try:
        future.result()
    except Exception:  # (not an interrupt of the run's own thread while it waits)
        pass


# What _deliver returns once a message is with its channel.
HANDED_OVER = "handed-over"


@define
class _Pool:
    """A channel's sessions in use at once: each carries one message at a time, so the next
    message is claimed (one durable commit) while the others wait for the server."""

    size: int
    executor: Any
    flying: list[tuple[Delivery, Draft, Any]] = field(factory=list)  # row, draft, future


class _Gate:
    """Whether the message a session has started may go: decided once its claim is
    committed (or refused), waited for by the session (see ChannelSession.deliver_when)."""

    def __init__(self) -> None:
        self._decided = threading.Event()
        self._cleared = False

    def decide(self, cleared: bool) -> None:
        self._cleared = cleared
        self._decided.set()

    def wait_cleared(self) -> None:
        self._decided.wait()
        if not self._cleared:
            raise NotCleared("the message was not claimed; nothing was handed over")


@define
class _Breaker:
    """One channel's circuit breaker for a run: session-level failures in a row."""

    failures: int = 0
    stop: dict | None = None  # set once tripped (an entry of SendSummary.stopped)


class Runner:
    def __init__(self, app: "App", *, sleep: Callable[[float], None] = time.sleep,
                 progress: Callable[[int, int, str], None] | None = None,
                 log: Callable[[str], None] | None = None) -> None:
        self.app = app
        self.sleep = sleep
        self.progress = progress or (lambda done, total, label: None)
        self.log = log or (lambda message: None)
        # Sessions by channel and thread: a session carries one message at a time.
        self._sessions: dict[tuple[str, int], Any] = {}
        # Channels that keep several sessions busy at once (ChannelManifest.sessions).
        self._pools: dict[str, _Pool] = {}
        # Per channel of one session: the thread that starts a message while its claim is
        # committed (see _claim_alongside).
        self._ahead: dict[str, Any] = {}
        # Breakers are updated from the sessions' threads.
        self._lock = threading.Lock()
        # Deliveries the platform accepted whose "sent" marks are not committed yet: they
        # are committed together with the next claim (one durable commit per message
        # instead of two) or the next write. Until then the row says "sending", so a crash
        # in between leaves it "unknown" - never sent twice.
        self._accepted: list[tuple[int, Draft, Any]] = []
        self._quotas: QuotaTracker | None = None
        self._breakers: dict[str, _Breaker] = {}
        self._cooldowns: dict[str, timedelta] = {}  # per step key, from the plan

    # --- entry points ---------------------------------------------------------------

    def send_plan(self, plan_id: str, *, lock_wait: float = 600.0) -> SendSummary:
        from ..policy.gate import recheck_plan

        app = self.app
        ledger = app.ledger
        with self._send_lock(lock_wait):
            self._quotas = QuotaTracker(ledger)
            self._breakers = {}
            summary = SendSummary(plan_id=plan_id)
            for orphan in self.recover_orphans():
                summary.unknown += 1
                summary.recovered.append(orphan.id)
                summary.details.append({
                    "draft_id": orphan.draft_id, "contact_id": orphan.contact_id,
                    "channel": orphan.channel, "mode": orphan.mode, "outcome": "unknown",
                    "detail": f"delivery {orphan.id} was being sent when a process stopped; "
                              f"check it, then `outreach deliveries resolve {orphan.id} "
                              "sent|failed`"})
            plan = ledger.plans.get(plan_id)
            self._cooldowns = {key: timedelta(seconds=step.cooldown)
                               for key, step in plan.steps.items() if step.cooldown}
            drafts = recheck_plan(app, plan_id)
            live = [d for d in drafts if d.status == "draft"]
            summary.skipped = len(drafts) - len(live)
            self._check_channels_ready(live)
            # Contacts are read now, not at planning: an opt-out since then holds.
            contacts = {c.id: c for c in ledger.contacts.all({d.contact_id for d in live})}
            rows = ledger.deliveries.ensure_many(
                [d for d in live if d.verdict.allowed and not contacts[d.contact_id].opted_out])
            try:
                for done, draft in enumerate(live, start=1):
                    self.progress(done - 1, len(live), draft.id)
                    self._draft(plan_id, draft, contacts, summary,
                                rows.get(draft.idempotency_key))
                self.progress(len(live), len(live), "")
            finally:
                self._drain(summary)
                self._record_accepted()
                self._close_sessions()
                for stop in summary.stopped:
                    ledger.deliveries.annotate_planned(
                        stop.pop("_rows", []), f"not tried: {stop['channel']} was stopped for "
                        f"the run ({stop['error']}); try again after {_when(stop)}")
            if ledger.postgres:  # a colleague's send that died meanwhile: unknown, now
                for orphan in self.recover_orphans():
                    summary.unknown += 1
                    summary.recovered.append(orphan.id)
            live = [d for d in ledger.plans.drafts(plan_id) if d.status == "draft"]
            now_rows = ledger.deliveries.by_keys(d.idempotency_key for d in live)
            pending = [d for d in live if (row := now_rows.get(d.idempotency_key))
                       is None or row.state == "planned"]
            if plan.status == "planned" and not pending:
                ledger.plans.set_status(plan_id, "sent")
                ledger.plans.compact(plan_id)  # the ledger must not grow with every plan
            ledger.event("plan.sent", summary.as_json() | {"details": len(summary.details)})
            return summary

    def _send_lock(self, wait: float):
        """The workspace's send lock on SQLite; none on a shared ledger (row claims)."""
        from contextlib import nullcontext

        return nullcontext() if self.app.ledger.postgres else self.app.lock("send", wait=wait)

    def recover_orphans(self) -> list[Delivery]:
        """Rows a dead process left in ``sending``: outcome unknown (call under the lock)."""
        orphans = self.app.ledger.deliveries.orphaned_sending()
        for row in orphans:
            self.app.ledger.deliveries.unknown(
                row.id, "the process sending this message stopped before recording the "
                "outcome; check whether it arrived, then run `outreach deliveries resolve "
                f"{row.id} sent|failed`")
        return orphans

    # --- one draft ------------------------------------------------------------------

    def _draft(self, plan_id: str, draft: Draft, contacts: dict[int, Contact],
               summary: SendSummary, row: Delivery | None) -> None:
        """Send one draft; if review changed it since this run read it, re-read the plan
        (re-checked by the policy: a near-duplicate is a property of the whole step)."""
        from ..policy.gate import recheck_plan

        for _ in range(MAX_RELOADS):
            if self._one(draft, contacts[draft.contact_id], summary, row) != "changed":
                return
            fresh = {d.id: d for d in recheck_plan(self.app, plan_id)}
            draft = fresh[draft.id]
            contacts[draft.contact_id] = self.app.ledger.contacts.get(draft.contact_id)
            row = self.app.ledger.deliveries.by_key(draft.idempotency_key)
            if draft.status != "draft":
                summary.skipped += 1
                summary.note(draft, "skipped", "skipped in review while the plan was being sent")
                return
        summary.retry_later += 1
        summary.note(draft, "retry-later", "edited in review again and again while the plan "
                     "was being sent; send the plan again")

    def _one(self, draft: Draft, contact: Contact, summary: SendSummary,
             row: Delivery | None) -> str | None:
        ledger = self.app.ledger
        if not draft.verdict.allowed:
            summary.refused_by_policy += 1
            codes = ", ".join(r.code for r in draft.verdict.reasons)
            summary.note(draft, "refused", codes)
            return None
        if contact.opted_out:
            summary.opted_out += 1
            summary.note(draft, "opted-out")
            return None
        if row is None:  # allowed only now (re-read after review)
            row = ledger.deliveries.ensure(draft)
        if row.state != "planned":
            if row.id not in summary.recovered:  # already counted as unknown above
                summary.already_done += 1
                summary.note(draft, f"already-{row.state}")
            return None
        breaker = self._breakers.get(draft.channel)
        if draft.mode == "api" and breaker is not None and breaker.stop is not None:
            stop = breaker.stop
            stop["left"] += 1
            stop.setdefault("_rows", []).append(row.id)
            summary.retry_later += 1
            summary.note(draft, "channel-stopped",
                         f"not tried: {draft.channel} was stopped for this run "
                         f"({stop['error']}); try again after {_when(stop)}")
            return None
        manifest = self.app.manifest(draft.channel)
        settings = self.app.settings(draft.channel)
        blocked = self._quotas.blocking(manifest, settings, kind=draft.kind, mode=draft.mode,
                                        contact_id=contact.id, now=self.app.now())
        if blocked:
            summary.held_by_quota += 1
            summary.note(draft, "held-by-quota", blocked)
            return None
        message = outbound_message(draft, contact)
        if draft.mode == "assisted":
            claimed = self._claim(row.id, draft, to="waiting")
            if claimed != "claimed":
                return self._not_claimed(claimed, draft, summary)
            self._quotas.add(manifest, kind=draft.kind, mode=draft.mode, contact_id=contact.id)
            summary.waiting += 1
            summary.note(draft, "waiting", draft.rendered.get("link") or "")
        elif draft.mode == "export":
            outcome = self._export(row, draft, message, manifest, summary)
            if outcome is not None:
                return outcome
        else:
            outcome = self._deliver(row, draft, message, manifest, summary)
            if outcome is HANDED_OVER:
                return None  # announced once its outcome is recorded (_settle)
            if outcome is not None:
                return outcome
        self._after_send(row.id)
        return None

    def _not_claimed(self, outcome: str, draft: Draft, summary: SendSummary) -> str | None:
        """Account for a claim that did not happen; ``"changed"`` is for the caller."""
        if outcome == "changed":
            return outcome
        if outcome == "opted-out":
            summary.opted_out += 1
            summary.note(draft, "opted-out", "opted out (or removed) while the plan was "
                         "being sent; not sent")
        elif outcome == "skipped":
            summary.skipped += 1
            summary.note(draft, "skipped", "skipped in review while the plan was being sent")
        elif outcome == "cooled-down":
            summary.cooled_down += 1
            summary.note(draft, "cooled-down", self._cooled_down_detail(draft))
        else:
            summary.already_done += 1
            summary.note(draft, "claimed-elsewhere")
        return None

    def _cooled_down_detail(self, draft: Draft) -> str:
        from ..reached import ago

        ledger = self.app.ledger
        cooldown = self._cooldowns[draft.step_key]
        now = self.app.now()
        last = ledger.deliveries.reached_since(
            {draft.contact_id, ledger.contacts.canonical_id(draft.contact_id)},
            now - cooldown, exclude_campaign=draft.campaign)
        if last is None:
            return "reached by other outreach within the cooldown since planning; not sent"
        at, member, campaign = last
        who = f"by {member} " if member and member != ledger.member else ""
        what = f" with {campaign!r}" if campaign else ""
        return (f"reached {who}{ago(at, now)}{what}, within the cooldown since this plan "
                "was made; not sent")

    def _after_send(self, delivery_id: int) -> None:
        if self.app.plugins.wants_after_send():
            self.app.plugins.after_send(self.app, self.app.ledger.deliveries.get(delivery_id))

    def _claim(self, delivery_id: int, draft: Draft, *, to: str = "sending") -> str:
        """Claim ``delivery_id`` (consent and the draft checked in the same transaction),
        committing the acceptances since the last write with it."""
        return self._with_sent_marks(lambda: self.app.ledger.deliveries.claim_checked(
            delivery_id, draft, to=to, cooldown=self._cooldowns.get(draft.step_key)))

    def _record_accepted(self) -> None:
        if self._accepted:
            self._with_sent_marks(lambda: None)

    def _with_sent_marks(self, write: Callable[[], Any]) -> Any:
        """``write`` in one transaction with the pending "sent" marks; then each of those
        deliveries is announced (after_send)."""
        accepted, self._accepted = self._accepted, []
        with self.app.ledger.transaction(row_level=True):
            for delivery_id, draft, receipt in accepted:
                self.app.ledger.deliveries.sent(
                    delivery_id, draft, external_id=receipt.external_id,
                    at=receipt.at or self.app.now(), detail=secrets.mask(receipt.detail or ""))
            result = write()
        for delivery_id, _, _ in accepted:
            self._after_send(delivery_id)
        return result

    def _export(self, row: Delivery, draft: Draft, message: OutboundMessage, manifest,
                summary: SendSummary) -> str | None:
        # Claimed first like a send: a crash mid-export leaves "unknown", not a second file.
        claimed = self._claim(row.id, draft)
        if claimed != "claimed":
            return self._not_claimed(claimed, draft, summary)
        self._quotas.add(manifest, kind=draft.kind, mode=draft.mode, contact_id=draft.contact_id)
        directory = self.app.workspace.exports_dir / draft.plan_id / draft.channel
        try:
            path = self._session(draft.channel).export(message, directory)
        except PermanentDeliveryError as exc:
            # The channel cannot build this message (the preview shows the same error):
            # trying again cannot help, so it fails instead of being retried every run.
            self.app.ledger.deliveries.failed(row.id, secrets.mask(f"export failed: {exc}"))
            summary.failed += 1
            summary.note(draft, "failed", f"export failed: {exc}")
            return None
        except Exception as exc:  # a file that could not be written: nothing exists yet
            self.app.ledger.deliveries.release(row.id, secrets.mask(f"export failed: {exc}"))
            summary.retry_later += 1
            summary.note(draft, "retry-later", f"export failed: {exc}")
            return None
        self.app.ledger.deliveries.waiting(row.id, export_path=str(path), expect=("sending",))
        summary.waiting += 1
        summary.exported.append(str(path))
        summary.note(draft, "exported", str(path))
        return None

    def _deliver(self, row: Delivery, draft: Draft, message: OutboundMessage, manifest,
                 summary: SendSummary) -> str | None:
        """Claim and hand over one message; returns :data:`HANDED_OVER` once it is with the
        channel (its outcome is recorded by :meth:`_settle`, maybe later), else what
        :meth:`_one` returns."""
        ledger = self.app.ledger
        pool = self._pool(draft.channel, manifest)
        if pool is not None:  # a free session first; the finished ones' marks go with the claim
            self._make_room(pool, summary)
        delay = pacing_delay(ledger, manifest, self.app.now())
        if delay > timedelta():
            if delay.total_seconds() > MAX_PACING_WAIT_S:
                summary.held_by_quota += 1
                summary.note(draft, "held-by-pacing", f"next slot in {delay}")
                return None
            self.log(f"pacing {manifest.name}: waiting {delay.total_seconds():.0f}s")
            self.sleep(delay.total_seconds())
        # The claim is committed while a session starts the message on its thread (see
        # _claim_alongside); one session: the run waits for its outcome, several: the next
        # message is taken up meanwhile.
        executor = self._single(draft.channel) if pool is None else pool.executor
        future, outcome = self._claim_alongside(row, draft, message, executor, summary)
        if future is None:
            return outcome
        self._quotas.add(manifest, kind=draft.kind, mode=draft.mode, contact_id=draft.contact_id)
        if pool is not None:
            pool.flying.append((row, draft, future))
            return HANDED_OVER
        try:
            receipt = future.result()
        except Exception as exc:
            self._settle(row, draft, summary, error=exc)
        else:
            self._settle(row, draft, summary, receipt=receipt)
        return HANDED_OVER

    def _claim_alongside(self, row: Delivery, draft: Draft, message: OutboundMessage,
                         executor, summary: SendSummary):
        """Claim one message while a session starts it on ``executor``'s thread: the
        durable commit of the claim overlaps building the message and the envelope's round
        trips (SMTP ``MAIL``, ``RCPT``), and the session hands nothing over until the claim
        is committed (:meth:`_Gate.wait_cleared`). A crash before then leaves an envelope
        the server drops and the row ``planned``: no more messages in doubt than sessions.
        Returns the session's future once claimed, else None and what
        :meth:`_not_claimed` says."""
        gate = _Gate()
        future = executor.submit(self._send_one, draft.channel, message, summary, gate)
        try:
            claimed = self._claim(row.id, draft)
        except BaseException:
            gate.decide(False)
            _wait_quietly(future)
            raise
        gate.decide(claimed == "claimed")
        if claimed != "claimed":
            _wait_quietly(future)  # the session gives the envelope up
            return None, self._not_claimed(claimed, draft, summary)
        return future, None

    def _single(self, channel: str):
        """The thread of a channel's one session (see _claim_alongside)."""
        from concurrent.futures import ThreadPoolExecutor

        ahead = self._ahead.get(channel)
        if ahead is None:
            ahead = self._ahead[channel] = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix=f"outreach-{channel}")
        return ahead

    def _send_one(self, channel: str, message: OutboundMessage, summary: SendSummary,
                  gate: _Gate | None = None):
        """Deliver on this thread's session (a session's thread, or the run's); with a
        ``gate``, only once it clears the message."""
        try:
            return self._with_retries(channel, message, summary, gate)
        except (TransientDeliveryError, PermanentDeliveryError, AmbiguousDeliveryError,
                NotCleared):
            raise
        except Exception:  # a plugin bug mid-send: the next message gets a fresh session
            broken = self._sessions.pop((channel, threading.get_ident()), None)
            if broken is not None:
                try:
                    broken.close()  # its connection, if any, is not left open
                except Exception:
                    pass
            raise

    def _settle(self, row: Delivery, draft: Draft, summary: SendSummary, *,
                receipt: Any = None, error: BaseException | None = None) -> None:
        """Record what became of a message handed over (on the run's thread: every write
        to the ledger is made there)."""
        if error is None:
            self._accepted.append((row.id, draft, receipt))
            summary.sent += 1
            summary.note(draft, "sent", receipt.external_id)
            return
        deliveries = self.app.ledger.deliveries
        if isinstance(error, TransientDeliveryError):  # ChannelUnavailable too: nothing went out
            self._with_sent_marks(lambda: deliveries.release(row.id, secrets.mask(str(error))))
            summary.retry_later += 1
            summary.note(draft, "retry-later", str(error))
        elif isinstance(error, PermanentDeliveryError):
            self._with_sent_marks(lambda: deliveries.failed(row.id, secrets.mask(str(error))))
            summary.failed += 1
            summary.note(draft, "failed", str(error))
        elif isinstance(error, AmbiguousDeliveryError):
            self._with_sent_marks(lambda: deliveries.unknown(row.id, secrets.mask(str(error))))
            summary.unknown += 1
            summary.note(draft, "unknown", str(error))
        else:  # a plugin bug mid-send: we cannot know if it went out
            said = f"{type(error).__name__}: {error}"
            self._with_sent_marks(lambda: deliveries.unknown(row.id, secrets.mask(said)))
            summary.unknown += 1
            summary.note(draft, "unknown", said)
        self._after_send(row.id)

    # --- several sessions at once -----------------------------------------------------

    def _pool(self, channel: str, manifest) -> "_Pool | None":
        """The channel's sessions in use at once, when it allows more than one and sends are
        not paced (pacing needs each send recorded before the next)."""
        if channel in self._pools:
            return self._pools[channel]
        size = manifest.sessions if manifest.min_interval is None else 1
        pool = None
        if isinstance(size, int) and size > 1:
            from concurrent.futures import ThreadPoolExecutor

            pool = _Pool(size, ThreadPoolExecutor(max_workers=size,
                                                  thread_name_prefix=f"outreach-{channel}"))
        self._pools[channel] = pool
        return pool

    def _make_room(self, pool: "_Pool", summary: SendSummary) -> None:
        """Record the finished messages, and wait until a session is free."""
        from concurrent.futures import FIRST_COMPLETED, wait

        while True:
            done = [entry for entry in pool.flying if entry[2].done()]
            for entry in done:
                pool.flying.remove(entry)
                self._settle_future(entry, summary)
            if len(pool.flying) < pool.size:
                return
            wait([future for _, _, future in pool.flying], return_when=FIRST_COMPLETED)

    def _settle_future(self, entry: tuple[Delivery, Draft, Any], summary: SendSummary) -> None:
        row, draft, future = entry
        error = future.exception()
        if error is None:
            self._settle(row, draft, summary, receipt=future.result())
        else:
            self._settle(row, draft, summary, error=error)

    def _drain(self, summary: SendSummary) -> None:
        """Wait for every message still with a session and record its outcome."""
        for ahead in self._ahead.values():
            ahead.shutdown(wait=True)
        self._ahead.clear()
        for pool in self._pools.values():
            if pool is None:
                continue
            while pool.flying:
                self._settle_future(pool.flying.pop(0), summary)  # result() waits for it
            pool.executor.shutdown(wait=True)
        self._pools.clear()

    def _with_retries(self, channel: str, message: OutboundMessage, summary: SendSummary,
                      gate: _Gate | None = None):
        """Deliver with bounded retries; session-level failures feed the channel's breaker."""
        with self._lock:
            breaker = self._breakers.setdefault(channel, _Breaker())
        attempt = 0
        while True:
            attempt += 1
            try:
                session = self._open_session(channel)
                if gate is None:
                    receipt = session.deliver(message)
                elif hasattr(session, "deliver_when"):
                    receipt = session.deliver_when(message, gate.wait_cleared)
                else:  # a session that cannot start early: it waits for the claim
                    gate.wait_cleared()
                    receipt = session.deliver(message)
            except ChannelUnavailable as exc:
                with self._lock:
                    breaker.failures += 1
                    if breaker.failures >= BREAKER_THRESHOLD and breaker.stop is None:
                        self._trip(channel, breaker, exc, summary)
                    stopped = breaker.stop is not None
                if stopped:
                    raise
                if attempt >= MAX_ATTEMPTS:
                    raise
                error: BaseException = exc
            except TransientDeliveryError as exc:
                breaker.failures = 0  # the service answered: a problem of this message
                if attempt >= MAX_ATTEMPTS:
                    raise
                error = exc
            except AmbiguousDeliveryError as exc:
                # Handed over, no answer: never retried, but a server that swallows message
                # after message must not turn the whole plan into "unknown" either.
                with self._lock:
                    breaker.failures += 1
                    if breaker.failures >= BREAKER_THRESHOLD and breaker.stop is None:
                        self._trip(channel, breaker, exc, summary, left=0)
                raise
            else:
                breaker.failures = 0
                return receipt
            self.sleep(_backoff(attempt, error))

    def _trip(self, channel: str, breaker: _Breaker, error: Exception,
              summary: SendSummary, left: int = 1) -> None:
        hint = getattr(error, "retry_after", None)
        wait = timedelta(seconds=float(hint)) if hint else BREAKER_COOLDOWN
        retry_at = (self.app.now() + wait).replace(microsecond=0)
        breaker.stop = {"channel": channel, "error": secrets.mask(str(error)),
                        "failures": breaker.failures, "retry_at": retry_at.isoformat(),
                        "left": left}  # a transient one that tripped it stays planned too
        summary.stopped.append(breaker.stop)
        self.log(f"{channel}: stopped for this run after {breaker.failures} failures in a row "
                 f"to reach the service; try again after {retry_at:%Y-%m-%d %H:%M} UTC")

    # --- sessions -------------------------------------------------------------------

    def _check_channels_ready(self, drafts: list[Draft]) -> None:
        """Refuse the whole run before anything is sent if a channel lacks settings."""
        needed: dict[str, set[str]] = {}
        for draft in drafts:
            if draft.verdict.allowed:
                needed.setdefault(draft.channel, set()).add(draft.mode)
        problems = []
        for channel_name, modes in sorted(needed.items()):
            for mode in sorted(modes):
                problems += channel_problems(self.app, channel_name, mode)
        if problems:
            raise ConfigError("nothing was sent: " + " ".join(problems),
                              f"Edit {self.app.workspace.config_path} and send again.")

    def _open_session(self, channel_name: str):
        """The channel's session; a channel that cannot even open one is unavailable."""
        try:
            return self._session(channel_name)
        except (TransientDeliveryError, PermanentDeliveryError, AmbiguousDeliveryError):
            raise
        except Exception as exc:  # nothing can have been sent without a session
            raise ChannelUnavailable(
                f"could not open a {channel_name} session: {type(exc).__name__}: "
                f"{secrets.mask(str(exc))}") from exc

    def _session(self, channel_name: str):
        key = (channel_name, threading.get_ident())
        if key not in self._sessions:
            channel = self.app.plugins.channel(channel_name)
            context = self.app.channel_context(channel_name, self.log)
            self._sessions[key] = channel.open(context)
        return self._sessions[key]

    def _close_sessions(self) -> None:
        for session in self._sessions.values():
            try:
                session.close()
            except Exception:  # closing must not hide the run's outcome
                pass
        self._sessions.clear()
