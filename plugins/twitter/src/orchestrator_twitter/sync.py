"""``outreach twitter sync``: your followers and DM history from X into the ledger.

What a sync does, in two passes:

1. **Followers** (``GET /2/users/me``, then ``GET /2/users/{id}/followers`` with
   ``max_results=1000`` and ``pagination_token`` until a page has no ``next_token``;
   docs/platform-rules.md 2a). Each follower becomes (or updates) a contact keyed by the numeric user
   id (profile.py) and gets one touch point ``follow``/``in`` with ``external_id
   follow:in:<id>`` - the id the archive importer uses, so archive and sync never count a
   follow twice. Its time is when the orchestrator first saw the follow (X does not say when
   someone followed). Profile data is refreshed on every pass.
2. **DM events** (``GET /2/dm_events``, ``event_types=MessageCreate``, with the
   ``sender_id``/``participant_ids`` expansions; X keeps 30 days). Each one-to-one message
   becomes a ``dm`` touch point, ``in`` when the other person sent it and ``out`` when you
   did, with its text and ``external_id`` = the ``dm_event_id``; unknown senders become
   contacts. An inbound DM is what lets the core plan an ``api`` reply: X allows automated
   DMs only where the person wrote first (Developer Guidelines, docs/platform-rules.md 2d). DMs the
   orchestrator sent itself (same event id) or you confirmed by hand (same text) are not
   recorded twice. Group conversations are skipped: they say nothing about one person.

**First sync is a baseline.** Until a full follower pass has completed for the logged-in
account, follows are recorded with status ``baseline``; afterwards with status ``new``. The
audience source ``twitter:new-followers`` only offers ``new`` follows, so a first weekly
campaign does not write to every old follower. ``--include-existing`` records the first
pass as ``new`` instead. Follows from an archive import are history (status ``done``),
never new.

**One import pipeline.** Each page becomes contact records (profile.py) that go through the
core's import (``context.import_records``): identities normalized, contacts merged by
identity, touch points de-duplicated, identity links proposed (links_hook.py). A profile's
website rides along as a ``web`` identity only when no contact owns it yet.

**Idempotent and resumable.** Each page is imported in one ledger transaction together with
the cursor for the next page (the plugin's state ``followers.cursor``,
``dm_events.cursor``). A sync killed between pages keeps every page it committed, and the
next sync resumes from the saved cursor; a page interrupted half-way is rolled back and
fetched again. A completed pass clears its cursor. A cursor X no longer accepts (HTTP 400
on ``pagination_token``) restarts the pass from the top. After a pass over DM events has
completed once, later passes stop at the first page that adds nothing (events come newest
first).

**Rate limits.** The client waits on a 429 until ``x-rate-limit-reset``, reporting a
countdown; a reset further away than it may wait raises ``XRateLimited`` with every
finished page kept. The latest ``x-rate-limit-*`` values are saved for
``outreach twitter status``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Iterator

import attrs
from attrs import define, field

from orchestrator.api import ContactRecord, Identity, TouchPoint

from . import profile
from .client import USER_FIELDS, XClient
from .errors import XApiError
from .identity import PLATFORM, handle_key
from .links_hook import website_identity
from .models import DmEvent, Page, XUser

if TYPE_CHECKING:
    from orchestrator.api import PluginContext

SOURCE = "twitter-sync"
NAMESPACE = "twitter"  # the plugin's state namespace (context.state)
FOLLOWERS_CURSOR = "followers.cursor"
FOLLOWERS_DONE = "followers.completed"
DMS_CURSOR = "dm_events.cursor"
DMS_DONE = "dm_events.completed"
LAST_SYNC = "sync.last"
RATE_LIMITS = "rate_limits"
# One-to-one conversations are "<smaller id>-<larger id>"; group conversations are not.
_ONE_TO_ONE = re.compile(r"^([0-9]{1,19})-([0-9]{1,19})$")


@define
class SyncSummary:
    account_id: str = ""
    handle: str = ""
    first_sync: bool = False
    baseline: bool = False
    followers_seen: int = 0
    followers_new: int = 0
    followers_baseline: int = 0
    contacts_created: int = 0
    dm_events_seen: int = 0
    dm_events_new: int = 0
    dm_in_new: int = 0
    dm_out_new: int = 0
    dm_skipped_group: int = 0
    linked: int = 0
    proposed: int = 0
    resumed: list[str] = field(factory=list)
    pages: int = 0
    new_follower_ids: list[str] = field(factory=list)

    def as_json(self) -> dict:
        return attrs.asdict(self)


def sync(context: "PluginContext", client: XClient, *, include_existing: bool = False,
         dms: bool = True, say: Callable[[str], None] | None = None) -> SyncSummary:
    """Bring followers and DM events into the ledger (see the module docstring)."""
    if context.dry_run:
        raise RuntimeError("a dry run must not sync")  # pragma: no cover - caller's bug
    say = say or (lambda message: None)
    with context.lock("twitter-sync"):
        me = client.me()
        summary = SyncSummary(account_id=me.id, handle=me.username)
        try:
            _followers(context, client, me, summary, include_existing, say)
            if dms:
                _dm_events(context, client, me, summary, say)
        finally:
            _save_rate_limits(context, client)
        totals = {k: v for k, v in summary.as_json().items() if k != "new_follower_ids"}
        with context.transaction():
            context.state.set(LAST_SYNC, {"at": context.now().isoformat(), **totals})
            context.event("twitter.synced", totals)
    return summary


# --- followers ----------------------------------------------------------------------------

def _followers(context: "PluginContext", client: XClient, me: XUser, summary: SyncSummary,
               include_existing: bool, say: Callable[[str], None]) -> None:
    state = context.state
    done = state.get(FOLLOWERS_DONE)
    summary.first_sync = not (done and done.get("account") == me.id)
    summary.baseline = summary.first_sync and not include_existing
    status = "baseline" if summary.baseline else "new"
    start = _cursor(context, FOLLOWERS_CURSOR, me.id)
    if start:
        summary.resumed.append("followers")
        say("Resuming the follower sync where it stopped.")
    pages = _restartable(lambda token: client.follower_pages(me.id, start_token=token),
                         start, lambda: state.delete(FOLLOWERS_CURSOR))
    for page in pages:
        now = context.now()
        # One transaction per page: its records, identity links and the next cursor.
        with context.transaction():
            websites: set[tuple[str, str]] = set()
            records = []
            for user in page.items:
                follow = TouchPoint(platform=PLATFORM, kind="follow", direction="in", at=now,
                                    status=status, external_id=f"follow:in:{user.id}",
                                    source=SOURCE)
                site = website_identity(context, profile.website(user), _who(user), websites)
                records.append(_record(context, user, [follow], "follows you on X",
                                       (site,) if site else ()))
            for user, outcome in zip(page.items, _import(context, records, summary)):
                summary.followers_seen += 1
                summary.contacts_created += outcome.created
                if outcome.touchpoints_added:
                    if summary.baseline:
                        summary.followers_baseline += 1
                    else:
                        summary.followers_new += 1
                        summary.new_follower_ids.append(user.id)
            _advance(context, page, FOLLOWERS_CURSOR, FOLLOWERS_DONE, me.id)
        summary.pages += 1


# --- DM events ----------------------------------------------------------------------------

def _dm_events(context: "PluginContext", client: XClient, me: XUser, summary: SyncSummary,
               say: Callable[[str], None]) -> None:
    state = context.state
    start = _cursor(context, DMS_CURSOR, me.id)
    done = state.get(DMS_DONE)
    # Newest first: once a full pass is behind us, a page with nothing new means the rest
    # is known too. Not while resuming: the pages after a saved cursor were never seen.
    may_stop_early = start is None and bool(done and done.get("account") == me.id)
    if start:
        summary.resumed.append("dm_events")
        say("Resuming the DM sync where it stopped.")
    known_ids, known_texts = _recorded_outbound(context)
    pages = _restartable(
        lambda token: client.dm_event_pages(start_token=token, user_fields=USER_FIELDS),
        start, lambda: state.delete(DMS_CURSOR))
    for page in pages:
        users = {u.id: u for u in page.includes_users}
        with context.transaction():
            records: list[ContactRecord] = []
            directions: list[str] = []
            for event in page.items:
                summary.dm_events_seen += 1
                found = _event_record(context, event, me.id, users, summary, known_ids,
                                      known_texts)
                if found is not None:
                    directions.append(found[0])
                    records.append(found[1])
            added_here = 0
            for direction, outcome in zip(directions, _import(context, records, summary)):
                summary.contacts_created += outcome.created
                if outcome.touchpoints_added:
                    added_here += outcome.touchpoints_added
                    summary.dm_events_new += 1
                    if direction == "in":
                        summary.dm_in_new += 1
                    else:
                        summary.dm_out_new += 1
            stop = may_stop_early and added_here == 0 and page.next_token is not None
            _advance(context, page, DMS_CURSOR, DMS_DONE, me.id, finished=stop)
        summary.pages += 1
        if stop:
            break


def _event_record(context: "PluginContext", event: DmEvent, me: str, users: dict[str, XUser],
                  summary: SyncSummary, known_ids: set[str],
                  known_texts: set[tuple[int, str]]) -> tuple[str, ContactRecord] | None:
    """The record of one DM event and its direction; ``None`` when it is not recorded."""
    if event.event_type not in ("", "MessageCreate") or not event.sender_id:
        return None
    other = counterpart(event, me)
    if other is None:
        summary.dm_skipped_group += 1
        return None
    direction = "out" if event.sender_id == me else "in"
    if direction == "out":
        owner = context.find_contact(PLATFORM, other)
        if event.id in known_ids or (owner is not None
                                     and (owner, event.text.strip()) in known_texts):
            return None  # sent by a campaign, or confirmed by hand: already history
    dm = TouchPoint(platform=PLATFORM, kind="dm", direction=direction,
                    at=event.created_at or context.now(), text=event.text,
                    external_id=event.id, source=SOURCE)
    return direction, _record(context, users.get(other) or XUser(id=other), [dm],
                              "in your X direct messages")


def counterpart(event: DmEvent, me: str) -> str | None:
    """The other person of a one-to-one conversation with ``me``; ``None`` for groups."""
    conversation = _ONE_TO_ONE.match(event.dm_conversation_id or "")
    if event.dm_conversation_id and conversation is None:
        return None
    people = set(event.participant_ids)
    if not people and conversation is not None:
        people = {conversation.group(1), conversation.group(2)}
    if not people:
        people = {event.sender_id, me}
    if len(people) != 2 or me not in people:
        return None
    return (people - {me}).pop()


def _recorded_outbound(context: "PluginContext") -> tuple[set[str], set[tuple[int, str]]]:
    """DMs already in the ledger as sent: by X event id, and (contact, text) of confirmed ones."""
    ids: set[str] = set()
    texts: set[tuple[int, str]] = set()
    for tp in context.touchpoints(platform=PLATFORM, direction="out"):
        if tp.external_id:
            ids.add(tp.external_id)
        elif tp.text and tp.contact_id is not None:
            texts.add((context.canonical_id(tp.contact_id), tp.text.strip()))
    return ids, texts


# --- shared -------------------------------------------------------------------------------

def _who(user: XUser) -> str:
    return f"@{user.username}" if user.username else f"X user {user.id}"


def _record(context: "PluginContext", user: XUser, touchpoints: list[TouchPoint],
            evidence: str, extra: tuple[Identity, ...] = ()) -> ContactRecord:
    """One X user as a record for the core's import (which normalizes and merges it).

    A contact known only by this handle (added by hand as ``@jane``) is the same account:
    the handle is given as the id's alias, so the ledger folds the ``@jane`` identity into
    the one keyed by the numeric id (one identity, one contact).
    """
    record = profile.record(user, SOURCE, evidence=evidence, touchpoints=touchpoints,
                            extra=list(extra))
    if user.username:
        record.aliases[(PLATFORM, user.id)] = handle_key(user.username)
    return record


def _import(context: "PluginContext", records: list[ContactRecord], summary: SyncSummary):
    """Import one page's records (joining the page's transaction); one outcome per record."""
    if not records:
        return []
    imported = context.import_records(SOURCE, records)
    if len(imported.results) != len(records):  # pragma: no cover - every record has an id
        raise RuntimeError(f"X sync: {len(records)} records, {len(imported.results)} applied")
    summary.linked += imported.linked
    summary.proposed += imported.proposed
    return imported.results


def _cursor(context: "PluginContext", key: str, account: str) -> str | None:
    saved = context.state.get(key)
    if isinstance(saved, dict) and saved.get("account") == account and saved.get("token"):
        return str(saved["token"])
    return None


def _advance(context: "PluginContext", page: Page[Any], cursor_key: str, done_key: str,
             account: str, *, finished: bool = False) -> None:
    """Save where the next page starts, or mark the pass complete (call in the transaction)."""
    state = context.state
    if page.next_token and not finished:
        state.set(cursor_key, {"account": account, "token": page.next_token})
        return
    state.delete(cursor_key)
    state.set(done_key, {"account": account, "at": context.now().isoformat()})


def _restartable(make_pages: Callable[[str | None], Iterator[Page[Any]]], start: str | None,
                 forget: Callable[[], None]) -> Iterator[Page[Any]]:
    """Pages from ``start``; if X refuses that saved cursor, the pass restarts from the top."""
    if start is None:
        yield from make_pages(None)
        return
    pages = make_pages(start)
    try:
        first = next(pages)
    except StopIteration:
        return
    except XApiError as exc:
        refused = exc.status == 400 and (exc.problem is None
                                         or exc.problem.parameter in ("", "pagination_token"))
        if not refused:
            raise
        forget()
        yield from make_pages(None)
        return
    yield first
    yield from pages


def _save_rate_limits(context: "PluginContext", client: XClient) -> None:
    limits = context.state.get(RATE_LIMITS) or {}
    for endpoint, info in client.rate_limits().items():
        limits[endpoint] = rate_limit_json(info)
    if limits:
        context.state.set(RATE_LIMITS, limits)


def rate_limit_json(info: Any) -> dict:
    def window(limit: Any) -> dict | None:
        if limit is None:
            return None
        return {"limit": limit.limit, "remaining": limit.remaining, "reset_at": limit.reset_at}

    return {"window": window(info.window), "user_24h": window(info.user_24h),
            "app_24h": window(info.app_24h), "observed_at": info.observed_at}
