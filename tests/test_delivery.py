"""The delivery runner: exactly-once, retries, unknown outcomes, quotas, consent, modes."""

from __future__ import annotations

import os
import stat
import time
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestrator.campaigns.planner import plan_campaign
from orchestrator.channels import (
    AmbiguousDeliveryError,
    PermanentDeliveryError,
    Quota,
    TransientDeliveryError,
)
from orchestrator.delivery.outbox import confirm
from orchestrator.errors import ConfigError, InputError
from orchestrator.ledger import Ledger
from orchestrator.testing import fake_manifest

from ledger_sql import rows

# The outbox and the contact store hold on both ledgers: SQLite and a team's PostgreSQL.
pytestmark = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)


def test_reviewed_plan_is_sent_exactly_once(world):
    w = world(people=3)
    plan_id = w.plan()
    summary = w.runner().send_plan(plan_id)
    assert summary.sent == 3 and summary.failed == summary.unknown == 0
    assert sorted(m.recipient.key for m in w.channel.delivered) == ["person0", "person1", "person2"]
    assert w.channel.opened == 1 and w.channel.closed == 1  # one session for the run
    again = w.runner().send_plan(plan_id)
    assert again.sent == 0 and again.already_done == 3
    assert len(w.channel.delivered) == 3
    # a new plan does not reach them again with the same step
    replanned = plan_campaign(w.app, w.campaign)
    assert replanned.drafts == []
    assert {s.reason for s in replanned.skipped} == {"already reached by this step"}
    history = w.app.ledger.touchpoints.for_contact(w.ids[0])
    assert [(t.kind, t.direction, t.status) for t in history] == [("message", "out", "sent")]
    assert history[0].external_id.endswith("@fake>")


def test_sent_text_is_exactly_the_reviewed_text(world):
    w = world(people=1)
    plan_id = w.plan()
    (draft,) = w.app.ledger.plans.drafts(plan_id)
    campaign_file = w.app.workspace.campaigns_dir / "intro.toml"
    campaign_file.write_text(campaign_file.read_text().replace("Tidewater", "Changed Corp"))
    w.runner().send_plan(plan_id)
    assert w.channel.delivered[0].text == draft.text
    assert "Tidewater" in draft.text


def test_refused_drafts_are_never_delivered(world):
    w = world(people=2)
    plan_id = w.plan(review=False)  # no personal notes: the template alone is a mail merge
    drafts = w.app.ledger.plans.drafts(plan_id)
    assert all(not d.verdict.allowed for d in drafts)
    summary = w.runner().send_plan(plan_id)
    assert summary.refused_by_policy == 2 and summary.sent == 0
    assert w.channel.delivered == [] and w.app.ledger.deliveries.list() == []


def test_transient_errors_are_retried_with_backoff(world):
    w = world(people=1)
    w.channel.outcomes = [TransientDeliveryError("451 try later"),
                          TransientDeliveryError("connection refused")]
    summary = w.runner().send_plan(w.plan())
    assert summary.sent == 1
    assert len(w.clock.slept) == 2 and all(0 < s <= 30 for s in w.clock.slept)
    (row,) = w.app.ledger.deliveries.list()
    assert row.attempts == 1 and row.state == "sent"


def test_transient_errors_exhausted_leave_the_message_for_the_next_run(world):
    w = world(people=1)
    w.channel.outcomes = [TransientDeliveryError("451 busy")] * 4
    plan_id = w.plan()
    first = w.runner().send_plan(plan_id)
    assert first.retry_later == 1 and w.states() == {"planned": 1}
    second = w.runner().send_plan(plan_id)
    assert second.sent == 1 and w.states() == {"sent": 1}


def test_permanent_failure_fails_that_delivery_and_the_run_goes_on(world):
    w = world(people=3)
    w.channel.outcomes = ["ok", PermanentDeliveryError("550 no such user"), "ok"]
    summary = w.runner().send_plan(w.plan())
    assert (summary.sent, summary.failed) == (2, 1)
    failed = w.app.ledger.deliveries.list(states=["failed"])
    assert "550" in failed[0].error


def test_ambiguous_outcome_is_unknown_never_retried_and_resolved_by_hand(world):
    w = world(people=2)
    w.channel.outcomes = [AmbiguousDeliveryError("connection lost after DATA"), "ok"]
    plan_id = w.plan()
    summary = w.runner().send_plan(plan_id)
    assert (summary.unknown, summary.sent) == (1, 1)
    again = w.runner().send_plan(plan_id)
    assert again.sent == 0 and len(w.channel.delivered) == 1
    (unknown,) = w.app.ledger.deliveries.list(states=["unknown"])
    draft = w.app.ledger.plans.draft(unknown.draft_id)
    w.app.ledger.deliveries.sent(unknown.id, draft, expect=("unknown",))
    assert w.states() == {"sent": 2}


def test_a_plugin_crash_mid_send_is_unknown_not_retried(world):
    w = world(people=1)
    w.channel.outcomes = [RuntimeError("bug in plugin")]
    summary = w.runner().send_plan(w.plan())
    assert summary.unknown == 1 and w.states() == {"unknown": 1}


def test_several_sessions_record_every_outcome_and_announce_each_delivery_once(world):
    """With ``sessions = 3`` the runner keeps three messages with the channel at once, each
    on its own session and thread; every outcome is still recorded on the run's thread, a
    session whose plugin code crashed is replaced, and after_send hears of each delivery
    exactly once, once its outcome is written."""
    from orchestrator import hookimpl

    w = world(manifest=fake_manifest(sessions=3), people=8)
    announced: list[tuple[int, str]] = []

    class Spy:
        @hookimpl
        def outreach_after_send(self, delivery):
            announced.append((delivery.id, delivery.state))

    w.app.plugins.pm.register(Spy(), name="spy")
    plan_id = w.plan()
    w.channel.outcomes = ["ok", RuntimeError("bug in plugin"), "ok",
                          AmbiguousDeliveryError("no reply after DATA"), "ok",
                          PermanentDeliveryError("550 no such user")]

    summary = w.runner().send_plan(plan_id)

    assert (summary.sent, summary.unknown, summary.failed) == (5, 2, 1)
    assert w.states() == {"sent": 5, "unknown": 2, "failed": 1}
    assert len({m.draft_id for m in w.channel.delivered}) == len(w.channel.delivered) == 5
    rows = {row.id: row.state for row in w.app.ledger.deliveries.list()}
    assert sorted(announced) == sorted(rows.items())  # each once, in its final state
    assert w.channel.opened >= 2 and w.channel.closed == w.channel.opened
    again = w.runner().send_plan(plan_id)
    assert again.sent == 0 and len(w.channel.delivered) == 5


def test_rows_left_sending_by_a_dead_process_become_unknown(world):
    w = world(people=2)
    plan_id = w.plan()
    draft = w.app.ledger.plans.drafts(plan_id)[0]
    row = w.app.ledger.deliveries.ensure(draft)
    if w.app.ledger.postgres:  # another process claims it, and dies: its connection closes
        dead = Ledger(os.environ["OUTREACH_LEDGER_URL"], member="dead")
        assert dead.deliveries.claim(row.id)
        token = dead._conn.claim_token
        dead.close()
        # The server ends the dead connection's session a moment after it closes.
        deadline = time.monotonic() + 10
        while w.app.ledger._conn.claim_alive(token) and time.monotonic() < deadline:
            time.sleep(0.02)
    else:
        assert w.app.ledger.deliveries.claim(row.id)  # ...and the process was killed here
    summary = w.runner().send_plan(plan_id)
    assert (summary.sent, summary.unknown, summary.already_done) == (1, 1, 0)
    assert summary.recovered == [row.id]
    assert w.states() == {"unknown": 1, "sent": 1}
    assert "stopped before recording the outcome" in w.app.ledger.deliveries.get(row.id).error


def test_opt_out_after_planning_is_honoured_at_send_time(world):
    w = world(people=2)
    plan_id = w.plan()
    w.app.ledger.contacts.opt_out(w.ids[0], "replied STOP")
    summary = w.runner().send_plan(plan_id)
    assert (summary.sent, summary.opted_out) == (1, 1)
    assert [m.recipient.key for m in w.channel.delivered] == ["person1"]


def test_missing_settings_refuse_the_run_before_anything_is_sent(world):
    w = world(people=2)
    w.channel.problem_list = ["Add postal_address under [fake]."]
    with pytest.raises(ConfigError, match="nothing was sent.*postal_address"):
        w.runner().send_plan(w.plan())
    assert w.channel.delivered == [] and w.app.ledger.deliveries.list() == []


def test_assisted_drafts_wait_for_the_human_and_confirm_records_them(world):
    w = world(people=2, manifest=fake_manifest(modes=("assisted", "export")))
    plan_id = w.plan()
    summary = w.runner().send_plan(plan_id)
    assert summary.waiting == 2 and w.channel.delivered == []
    draft = w.app.ledger.plans.drafts(plan_id)[0]
    assert draft.rendered["link"] == "https://fake.example/person0"
    confirm(w.app, draft.id)
    confirm(w.app, draft.id)  # confirming twice records once
    assert w.states() == {"sent": 1, "waiting": 1}
    history = w.app.ledger.touchpoints.for_contact(draft.contact_id)
    assert [(t.kind, t.status) for t in history] == [("message", "confirmed")]


def test_confirm_with_edited_text_is_checked_by_the_policy(world):
    w = world(people=1, manifest=fake_manifest(modes=("assisted",)))
    plan_id = w.plan()
    w.runner().send_plan(plan_id)
    (draft,) = w.app.ledger.plans.drafts(plan_id)
    with pytest.raises(InputError, match="does not pass the policy"):
        confirm(w.app, draft.id, text="Thanks for connecting!")
    edited = draft.text.replace("Good talking", "Great talking")
    confirm(w.app, draft.id, text=edited)
    (tp,) = w.app.ledger.touchpoints.for_contact(draft.contact_id)
    assert tp.text == edited


def test_export_mode_writes_private_files_and_waits(world):
    w = world(people=2, mode="export")
    summary = w.runner().send_plan(w.plan())
    assert summary.waiting == 2 and len(summary.exported) == 2
    for path in w.channel.exported:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.is_relative_to(w.app.workspace.exports_dir)


def test_quota_holds_drafts_and_releases_them_when_the_window_passes(world):
    quota = Quota(limit=2, window=timedelta(days=1), name="messages per day")
    w = world(people=3, manifest=fake_manifest(quotas=(quota,)))
    plan_id = w.plan()
    first = w.runner().send_plan(plan_id)
    assert (first.sent, first.held_by_quota) == (2, 1)
    assert "messages per day: 2 of 2" in [d for d in first.details if d["outcome"] == "held-by-quota"][0]["detail"]
    w.clock.advance(hours=23)
    assert w.runner().send_plan(plan_id).held_by_quota == 1
    w.clock.advance(hours=2)
    assert w.runner().send_plan(plan_id).sent == 1


def test_quota_setting_overrides_the_manifest(world):
    quota = Quota(limit=5, window=timedelta(days=1), name="per day", setting="daily_cap")
    w = world(people=3, manifest=fake_manifest(quotas=(quota,)))
    w.app.workspace.config_path.write_text('[sender]\nname = "Robin"\n[fake]\ndaily_cap = 1\n')
    w.app.workspace._config = None
    summary = w.runner().send_plan(w.plan())
    assert (summary.sent, summary.held_by_quota) == (1, 2)


def test_pacing_waits_between_automated_sends(world):
    w = world(people=3, manifest=fake_manifest(min_interval=timedelta(seconds=60)))
    w.runner().send_plan(w.plan())
    assert len(w.channel.delivered) == 3
    assert w.clock.slept == [60.0, 60.0]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(gaps=st.lists(st.integers(min_value=0, max_value=300), min_size=8, max_size=8),
       limit=st.integers(min_value=1, max_value=3))
def test_no_rolling_window_ever_exceeds_its_cap(world, tmp_path_factory, fresh_ledger, gaps,
                                                limit):
    """Sends attempted at random times (fake clock): every 10-minute window stays <= cap."""
    fresh_ledger()  # each example starts from an empty ledger, as on SQLite's new folder
    window = timedelta(minutes=10)
    quota = Quota(limit=limit, window=window, name="per 10 minutes")
    w = world(people=8, manifest=fake_manifest(quotas=(quota,)), home=tmp_path_factory.mktemp("ws"))
    plan_id = w.plan()
    for gap in gaps:
        w.clock.advance(seconds=gap)
        w.runner().send_plan(plan_id)
    times = sorted(r.finished_at for r in w.app.ledger.deliveries.list(states=["sent"]))
    from datetime import datetime

    stamps = [datetime.fromisoformat(t) for t in times]
    assert stamps, "nothing was sent at all"
    for i, start in enumerate(stamps):
        in_window = [t for t in stamps[i:] if t - start < window]
        assert len(in_window) <= limit


def test_automation_only_where_they_started_the_conversation(world):
    """`automated_if="they-wrote-first"`: api only when the person's message came first."""
    from datetime import datetime, timezone

    from orchestrator.model import TouchPoint

    w = world(people=3, manifest=fake_manifest(modes=("assisted",),
                                               automated_if="they-wrote-first"))
    they_started, we_started, silent = w.ids
    early, later = datetime(2026, 10, 1, tzinfo=timezone.utc), datetime(2026, 10, 2, tzinfo=timezone.utc)
    record = w.app.ledger.touchpoints.record
    with w.app.ledger.transaction():
        record(they_started, TouchPoint("fake", "message", "in", early, text="Hi Robin!"))
        record(we_started, TouchPoint("fake", "message", "out", early, text="Hi!"))
        record(we_started, TouchPoint("fake", "message", "in", later, text="Thanks!"))
    modes = {d.contact_id: d.mode for d in w.app.ledger.plans.drafts(w.plan())}
    assert modes == {they_started: "api", we_started: "assisted", silent: "assisted"}


def test_a_run_sees_what_is_new_since_the_previous_run(world):
    """`since` for "new since the last run" sources is the previous run, not this one."""
    from orchestrator.campaigns.runs import claim_run, run_campaign
    from orchestrator.model import Contact, Identity

    w = world(people=2)
    path = w.app.workspace.campaigns_dir / "intro.toml"
    path.write_text(path.read_text().replace('tags = ["focus"]', 'source = "new-contacts"'))

    def run():
        at = w.clock.now
        claimed, since = claim_run(w.app, w.campaign, at)
        assert claimed
        return run_campaign(w.app, w.campaign, at, since, lambda plan: None).plan

    w.clock.advance(minutes=5)
    assert len(run().drafts) == 2  # first run: everyone
    w.clock.advance(days=3)
    newcomer = w.app.ledger.contacts.create(Contact(
        first_name="Newcomer", tags=["focus"], notes="Met at the Harvest Fair in Galway.",
        identities=[Identity("fake", "newcomer", "newcomer")]))
    w.clock.advance(days=4)
    assert [d.contact_id for d in run().drafts] == [newcomer]
    statuses = [r["status"] for r in rows(w.app.ledger, "SELECT status FROM campaign_runs")]
    assert statuses == ["done", "done"]


def test_a_draft_already_sent_cannot_be_edited(world):
    from orchestrator.campaigns.review import apply_review
    from orchestrator.errors import InputError

    w = world(people=2)
    w.channel.outcomes = ["ok"] + [TransientDeliveryError("451 busy")] * 4
    plan_id = w.plan()
    w.runner().send_plan(plan_id)  # one sent, one left for the next run: the plan stays open
    draft = w.app.ledger.plans.drafts(plan_id)[0]
    with pytest.raises(InputError, match="already sent"):
        apply_review(w.app, plan_id, notes={draft.id: "Something else entirely."})
    assert w.app.ledger.plans.draft(draft.id).text == draft.text


# --- consent and review while a send runs (another connection acts between two drafts) ---


def _other_process(w, make_app):
    """A second App on the same workspace: its own SQLite connection, like another process."""
    from orchestrator.testing import FakeChannelPlugin

    return make_app(extra_plugins=[FakeChannelPlugin(w.channel)], clock=w.clock)


def _acting_at(runner, index: int, action):
    """Run ``action`` once, just before the runner takes up draft number ``index``."""
    def progress(done, total, label):
        if done == index and label and not getattr(progress, "fired", False):
            progress.fired = True
            action()

    runner.progress = progress
    return runner


@pytest.mark.parametrize("how", ["opt-out", "merged-into-opted-out", "suppressed-address"])
def test_consent_given_up_during_a_send_is_honoured_at_the_claim(world, make_app, how):
    from orchestrator.model import Contact, Identity

    w = world(people=4)
    plan_id = w.plan()
    other = _other_process(w, make_app)
    target = w.ids[2]

    def withdraw():
        contacts = other.ledger.contacts
        if how == "opt-out":
            contacts.opt_out(target, "replied STOP")
        elif how == "merged-into-opted-out":
            twin = contacts.create(Contact(first_name="Twin",
                                           identities=[Identity("fake", "twin", "twin")]))
            contacts.opt_out(twin, "unsubscribed")
            contacts.merge(twin, target, "same person")
        else:  # the address itself was suppressed: whoever owns it is opted out
            contacts.opt_out(contacts.by_identity("fake", "person2"), "suppression list")

    summary = _acting_at(w.runner(), 1, withdraw).send_plan(plan_id)

    assert [m.recipient.key for m in w.channel.delivered] == ["person0", "person1", "person3"]
    assert (summary.sent, summary.opted_out) == (3, 1)
    (note,) = [d for d in summary.details if d["outcome"] == "opted-out"]
    assert note["contact_id"] == target and "while the plan was being sent" in note["detail"]
    assert w.states() == {"sent": 3, "planned": 1}  # kept, should they ever opt back in


def test_an_assisted_draft_is_not_queued_for_someone_who_just_opted_out(world, make_app):
    w = world(people=3, manifest=fake_manifest(modes=("assisted",)))
    plan_id = w.plan()
    other = _other_process(w, make_app)
    runner = _acting_at(w.runner(), 1, lambda: other.ledger.contacts.opt_out(w.ids[1], "STOP"))

    summary = runner.send_plan(plan_id)

    assert (summary.waiting, summary.opted_out) == (2, 1)
    from orchestrator.delivery.outbox import queue

    assert sorted(item.contact_id for item in queue(w.app)) == [w.ids[0], w.ids[2]]


def test_the_queue_leaves_out_someone_who_opted_out_after_being_queued(world):
    from orchestrator.delivery.outbox import queue

    w = world(people=2, manifest=fake_manifest(modes=("assisted",)))
    w.runner().send_plan(w.plan())
    assert len(queue(w.app)) == 2
    w.app.ledger.contacts.opt_out(w.ids[0], "asked by email")
    assert [item.contact_id for item in queue(w.app)] == [w.ids[1]]


def test_a_draft_skipped_in_review_during_the_send_is_not_sent(world, make_app):
    from orchestrator.campaigns.review import apply_review

    w = world(people=4)
    plan_id = w.plan()
    drafts = w.app.ledger.plans.drafts(plan_id)
    other = _other_process(w, make_app)
    runner = _acting_at(w.runner(), 1, lambda: apply_review(
        other, plan_id, statuses={drafts[3].id: "skipped"}))

    summary = runner.send_plan(plan_id)

    assert [m.draft_id for m in w.channel.delivered] == [d.id for d in drafts[:3]]
    assert summary.skipped == 1
    (note,) = [d for d in summary.details if d["outcome"] == "skipped"]
    assert note["draft_id"] == drafts[3].id


def test_a_note_edited_during_the_send_goes_out_as_edited_and_rechecked(world, make_app):
    from orchestrator.campaigns.review import apply_review

    w = world(people=3)
    plan_id = w.plan()
    drafts = w.app.ledger.plans.drafts(plan_id)
    other = _other_process(w, make_app)
    edited = "Since the Orchard Summit in Kilkenny I keep thinking about cider apple blight."
    runner = _acting_at(w.runner(), 1, lambda: apply_review(other, plan_id,
                                                            notes={drafts[2].id: edited}))

    summary = runner.send_plan(plan_id)

    assert summary.sent == 3
    sent = {m.draft_id: m.text for m in w.channel.delivered}
    assert edited in sent[drafts[2].id] and drafts[2].text not in sent.values()
    history = w.app.ledger.touchpoints.for_contact(drafts[2].contact_id)
    assert edited in history[0].text  # the record shows what went out


def test_an_edit_that_makes_the_draft_a_mail_merge_is_refused_at_the_claim(world, make_app):
    from orchestrator.campaigns.review import apply_review

    w = world(people=3)
    plan_id = w.plan()
    drafts = w.app.ledger.plans.drafts(plan_id)
    other = _other_process(w, make_app)
    runner = _acting_at(w.runner(), 1, lambda: apply_review(other, plan_id,
                                                            notes={drafts[2].id: ""}))

    summary = runner.send_plan(plan_id)

    assert summary.sent == 2 and summary.refused_by_policy == 1
    assert drafts[2].id not in {m.draft_id for m in w.channel.delivered}


def test_review_of_a_draft_being_sent_is_refused_and_changes_nothing(world, make_app):
    """Review lands after the claim: it must say so, not pretend the edit or skip took."""
    from orchestrator.campaigns.review import apply_review

    w = world(people=2)
    plan_id = w.plan()
    drafts = w.app.ledger.plans.drafts(plan_id)
    other = _other_process(w, make_app)
    refusals = []

    class Reviewing:
        """A session that, while message 1 is in flight, has the user review it."""

        def __init__(self, inner):
            self.inner = inner

        def deliver(self, message):
            for change in ({"statuses": {message.draft_id: "skipped"}},
                           {"notes": {message.draft_id: "A different sentence entirely."}}):
                with pytest.raises(InputError, match="being sent right now") as caught:
                    apply_review(other, plan_id, **change)
                refusals.append(caught.value)
            return self.inner.deliver(message)

        def __getattr__(self, name):
            return getattr(self.inner, name)

    opened = w.channel.open
    w.channel.open = lambda context: Reviewing(opened(context))
    w.channel.outcomes = ["ok"]
    summary = w.runner().send_plan(plan_id)

    assert summary.sent == 2 and len(refusals) == 4
    stored = w.app.ledger.plans.draft(drafts[0].id)
    assert (stored.status, stored.text) == ("draft", drafts[0].text)
    assert w.channel.delivered[0].text == drafts[0].text
    with pytest.raises(InputError, match="can no longer be edited"):  # all sent: plan closed
        apply_review(other, plan_id, statuses={drafts[0].id: "skipped"})


# --- circuit breaker -------------------------------------------------------------------


def test_session_failures_in_a_row_stop_the_channel_and_leave_the_rest_planned(world):
    from orchestrator.channels import ChannelUnavailable
    from orchestrator.delivery.runner import BREAKER_THRESHOLD

    w = world(people=6)
    w.channel.outcomes = [ChannelUnavailable("could not connect: connection refused")] * 10
    plan_id = w.plan()

    summary = w.runner().send_plan(plan_id)

    assert BREAKER_THRESHOLD == 3
    assert (summary.sent, summary.retry_later, summary.failed, summary.unknown) == (0, 6, 0, 0)
    assert len(w.channel.outcomes) == 10 - BREAKER_THRESHOLD  # three tries, then it stopped
    assert len(w.clock.slept) == BREAKER_THRESHOLD - 1
    (stop,) = summary.as_json()["stopped_channels"]
    assert stop["channel"] == "fake" and stop["left"] == 6 and stop["failures"] == 3
    assert "connection refused" in stop["error"]
    assert stop["retry_at"] == (w.clock.now + timedelta(minutes=15)).replace(
        microsecond=0).isoformat()
    assert sum(d["outcome"] == "channel-stopped" for d in summary.details) == 5
    rows = w.app.ledger.deliveries.list()
    assert {r.state for r in rows} == {"planned"} and all(r.error for r in rows)
    assert sum(r.attempts for r in rows) == 1  # only the first was ever claimed

    w.channel.outcomes = []  # the server is back: the next run sends everything, once
    assert w.runner().send_plan(plan_id).sent == 6
    assert len(w.channel.delivered) == 6


def test_a_server_that_swallows_messages_without_answering_is_stopped_too(world):
    w = world(people=6)
    w.channel.outcomes = [AmbiguousDeliveryError("no final reply after the data")] * 6
    summary = w.runner().send_plan(w.plan())
    assert (summary.unknown, summary.retry_later, summary.sent) == (3, 3, 0)
    assert summary.stopped[0]["left"] == 3
    assert w.states() == {"unknown": 3, "planned": 3}  # not six unknowns


def test_the_platforms_retry_after_says_when_to_try_again(world):
    from orchestrator.channels import ChannelUnavailable

    w = world(people=2)
    w.channel.outcomes = [ChannelUnavailable("421 shutting down", retry_after=120)] * 3
    summary = w.runner().send_plan(w.plan())
    assert summary.retry_at == (w.clock.now + timedelta(seconds=120)).replace(microsecond=0)


def test_per_message_transient_errors_keep_their_retries_and_do_not_trip_the_breaker(world):
    from orchestrator.channels import ChannelUnavailable

    w = world(people=4)
    greylisted = [TransientDeliveryError("450 greylisted")] * 4  # one message, four tries
    w.channel.outcomes = (greylisted + [ChannelUnavailable("timed out")] * 2 + ["ok"]
                          + [ChannelUnavailable("timed out")] * 2)
    summary = w.runner().send_plan(w.plan())
    assert summary.stopped == []  # never three session failures in a row
    assert (summary.sent, summary.retry_later) == (3, 1)


def test_a_channel_that_cannot_open_a_session_is_stopped_not_crashed(world):
    w = world(people=3)

    def broken(context):
        raise RuntimeError("TLS library missing")

    w.channel.open = broken
    summary = w.runner().send_plan(w.plan())
    assert (summary.sent, summary.unknown, summary.retry_later) == (0, 0, 3)
    assert "TLS library missing" in summary.stopped[0]["error"]
    assert w.states() == {"planned": 3}


def test_other_channels_go_on_when_one_is_stopped(world, make_app):
    from orchestrator.channels import ChannelUnavailable

    extra = ('[[steps]]\nchannel = "fake"\nkind = "follow-up"\nmode = "export"\n'
             'body = """Hi {{ contact.first_name }}, {{ personal_note }} Robin"""\n')
    w = world(people=2, extra_steps=extra)
    w.channel.outcomes = [ChannelUnavailable("connection refused")] * 3
    summary = w.runner().send_plan(w.plan())
    assert summary.stopped and summary.waiting == 2 and len(summary.exported) == 2


# --- settling by hand: resolve retry, retry, confirm --force -----------------------------


def test_resolve_retry_sends_an_unknown_once_more_under_the_same_key(world):
    from orchestrator.delivery.outbox import resolve

    w = world(people=2)
    w.channel.outcomes = [AmbiguousDeliveryError("connection lost after DATA")]
    plan_id = w.plan()
    w.runner().send_plan(plan_id)
    (unknown,) = w.app.ledger.deliveries.list(states=["unknown"])
    assert w.runner().send_plan(plan_id).sent == 0  # never retried by itself

    again = resolve(w.app, unknown.id, "retry")

    assert again.state == "planned" and again.idempotency_key == unknown.idempotency_key
    assert "did not arrive" in again.error
    summary = w.runner().send_plan(plan_id)
    assert summary.sent == 1
    assert [m.idempotency_key for m in w.channel.delivered][-1] == unknown.idempotency_key
    assert w.app.ledger.deliveries.get(unknown.id).state == "sent"
    assert w.runner().send_plan(plan_id).sent == 0  # once
    assert len(w.channel.delivered) == 2
    with pytest.raises(InputError, match="is sent, not unknown"):
        resolve(w.app, unknown.id, "retry")


def test_a_failed_delivery_is_retried_once_on_purpose(world):
    from orchestrator.delivery.outbox import retry

    w = world(people=2)
    w.channel.outcomes = [PermanentDeliveryError("552 mailbox full")]
    plan_id = w.plan()
    w.runner().send_plan(plan_id)
    (failed,) = w.app.ledger.deliveries.list(states=["failed"])
    assert w.runner().send_plan(plan_id).sent == 0

    assert retry(w.app, failed.id).state == "planned"

    assert w.runner().send_plan(plan_id).sent == 1
    assert w.app.ledger.deliveries.get(failed.id).state == "sent"
    assert w.runner().send_plan(plan_id).sent == 0
    with pytest.raises(InputError, match="is sent, not failed"):
        retry(w.app, failed.id)
    (planned_one,) = [r for r in w.app.ledger.deliveries.list() if r.id != failed.id]
    with pytest.raises(InputError, match="not failed"):
        retry(w.app, planned_one.id)


def test_confirming_a_draft_the_quota_held_back_needs_force_and_a_reason(world):
    quota = Quota(limit=1, window=timedelta(days=30), name="notes per 30 days")
    w = world(people=2, manifest=fake_manifest(modes=("assisted",), quotas=(quota,)))
    plan_id = w.plan()
    summary = w.runner().send_plan(plan_id)
    assert (summary.waiting, summary.held_by_quota) == (1, 1)
    waiting, held = w.app.ledger.plans.drafts(plan_id)
    confirm(w.app, waiting.id)

    with pytest.raises(InputError, match="over the quota .notes per 30 days: 1 of 1"):
        confirm(w.app, held.id)
    with pytest.raises(InputError, match="needs a reason"):
        confirm(w.app, held.id, force="  ")
    assert w.states() == {"sent": 1, "planned": 1}

    done = confirm(w.app, held.id, force="sent at the fair before I checked")

    assert done.state == "sent" and "sent at the fair before I checked" in done.detail
    assert "notes per 30 days" in done.detail
    (forced,) = [e for e in w.app.ledger.events(100) if e["name"] == "delivery.forced"]
    assert forced["payload"]["reason"] == "sent at the fair before I checked"


def test_an_export_the_channel_cannot_build_fails_once_instead_of_retrying_forever(world):
    w = world(people=2, mode="export")

    def refuse(message, directory):
        raise PermanentDeliveryError("refused the To header: a control character")

    plan_id = w.plan()
    opened = w.channel.open

    def open_refusing(context):
        session = opened(context)
        if session.channel.exported == []:
            session.export = refuse
        return session

    w.channel.open = open_refusing
    summary = w.runner().send_plan(plan_id)
    assert (summary.failed, summary.retry_later) == (2, 0)
    assert w.states() == {"failed": 2}
    assert "control character" in w.app.ledger.deliveries.list()[0].error


# --- a session that starts each message while its claim is committed ------------------------


def test_an_early_session_hands_a_message_over_only_once_its_claim_is_committed(world,
                                                                                 make_app):
    w = world(people=3)
    w.channel.early = True
    plan_id = w.plan()
    other = _other_process(w, make_app)  # its own connection: sees only what is committed
    seen = []

    def ready(message):
        row = other.ledger.deliveries.by_key(
            next(d.idempotency_key for d in other.ledger.plans.drafts(plan_id)
                 if d.id == message.draft_id))
        seen.append(row.state)

    w.channel.on_ready = ready
    summary = w.runner().send_plan(plan_id)
    assert summary.sent == 3 and len(w.channel.delivered) == 3
    assert len(w.channel.started) == 3 and seen == ["sending"] * 3
    assert w.states() == {"sent": 3}


def test_an_early_session_gives_up_a_message_whose_claim_fails(world, make_app):
    w = world(people=3)
    w.channel.early = True
    plan_id = w.plan()
    other = _other_process(w, make_app)
    runner = _acting_at(w.runner(), 1, lambda: other.ledger.contacts.opt_out(w.ids[1], "STOP"))
    summary = runner.send_plan(plan_id)
    # started (the envelope opened), never handed over, and the session goes on
    assert len(w.channel.started) == 3
    assert [m.recipient.key for m in w.channel.delivered] == ["person0", "person2"]
    assert (summary.sent, summary.opted_out, summary.unknown) == (2, 1, 0)
    assert w.channel.opened == 1
    assert w.states() == {"sent": 2, "planned": 1}


def test_a_claim_that_raises_leaves_nothing_handed_over(world, monkeypatch):
    w = world(people=2)
    w.channel.early = True
    plan_id = w.plan()
    runner = w.runner()
    claims = []

    def broken_claim(delivery_id, draft, *, to="sending"):
        claims.append(draft.id)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(runner, "_claim", broken_claim)
    with pytest.raises(RuntimeError):
        runner.send_plan(plan_id)
    assert claims and w.channel.started and w.channel.delivered == []
    assert w.states() == {"planned": 2}
