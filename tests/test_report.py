"""``outreach report`` and ``outreach inbox`` on a ledger built week by week with a fake clock.

The scenario (Monday 2026-11-02, 09:00 UTC):

* the ``intro`` campaign emails Aoife, Brid, Ciara and Dara (4 sent);
* Aoife answers on LinkedIn two hours later (a reply on another channel: replied, 2 h);
* Brid's server auto-replies at once (not a reply); on Thursday Brid gets a LinkedIn
  invitation sent by hand and confirmed (the ``follow-up`` campaign), connects on Friday
  (accepted) and writes back on Saturday: that reply belongs to the invitation (48 h), not
  to the intro email, because a second message came before it;
* Ciara's address bounces (not a reply);
* Dara answers 40 days later (outside the 30-day window: not a reply);
* Eoin, never contacted, writes on Sunday and waits in the inbox.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from browser import console_errors, needs_chromium, open_page
from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.channels import ChannelManifest, KindSpec
from orchestrator.contacts.importing import import_records
from orchestrator.delivery.outbox import confirm
from orchestrator.delivery.runner import Runner
from orchestrator.model import Contact, ContactRecord, Identity, TouchPoint
from orchestrator.reports.figures import build_report, report_for
from orchestrator.testing import FakeChannel, FakeChannelPlugin, FakeClock, fake_manifest

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
PEOPLE = {
    "Aoife": "Met at the Harvest Fair in Galway; talked about sourdough starters.",
    "Brid": "Met at Cheese Week in Cork; talked about raw-milk labelling.",
    "Ciara": "Met at the Orchard Summit in Kilkenny; talked about cider apple blight.",
    "Dara": "Met at the Seafood Expo in Killybegs; talked about mackerel quotas.",
}
NOTES = {
    "Aoife": "Good talking about sourdough starters at the Harvest Fair in Galway.",
    "Brid": "Good talking about raw-milk labelling at Cheese Week.",
    "Ciara": "Good talking about cider apple blight at the Orchard Summit in Kilkenny.",
    "Dara": "Good talking about mackerel quotas at the Seafood Expo.",
}


def linkedin_manifest() -> ChannelManifest:
    return ChannelManifest(name="linkedin", platform="linkedin", title="Fake LinkedIn",
                           kinds=(KindSpec("invitation", modes=("assisted",), max_length=300),))


class Week:
    def __init__(self, make_app, monkeypatch) -> None:
        monkeypatch.setenv("OUTREACH_PLUGINS", "")  # only the fakes below
        self.clock = FakeClock(T0)
        self.app = make_app(extra_plugins=[FakeChannelPlugin(
            FakeChannel(fake_manifest("email", modes=("api",))),
            FakeChannel(linkedin_manifest()))], clock=self.clock)
        app = self.app
        app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
        body = 'body = "Hi {{ contact.first_name }}, {{ personal_note }} I am Robin."\n'
        (app.workspace.campaigns_dir / "intro.toml").write_text(
            '[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "email"\nkind = "message"\n'
            + body)
        (app.workspace.campaigns_dir / "follow-up.toml").write_text(
            '[audience]\ntags = ["again"]\n[[steps]]\nchannel = "linkedin"\n'
            'kind = "invitation"\n' + body)
        self.ids = {}
        for name, notes in PEOPLE.items():
            self.ids[name] = app.ledger.contacts.create(Contact(
                first_name=name, last_name="Example", notes=notes,
                tags=["focus", "again"] if name == "Brid" else ["focus"],
                identities=[Identity("email", f"{name.lower()}@example.com"),
                            Identity("linkedin", f"in/{name.lower()}")]))

    def send(self, campaign: str, names: list[str], notes_by_name=None) -> list:
        plan = plan_campaign(self.app, load_campaign(
            self.app.workspace.campaigns_dir / f"{campaign}.toml"))
        by_id = {v: k for k, v in self.ids.items()}
        written = notes_by_name or NOTES
        notes = {d.id: written[by_id[d.contact_id]] for d in plan.drafts}
        drafts = apply_review(self.app, plan.plan_id, notes=notes)
        assert sorted(by_id[d.contact_id] for d in drafts) == sorted(names)
        assert all(d.verdict.allowed for d in drafts), [d.verdict.as_json() for d in drafts]
        Runner(self.app, sleep=self.clock.sleep).send_plan(plan.plan_id)
        return drafts

    def inbound(self, name: str, platform: str, kind: str, at: datetime, *,
                status: str = "done", text: str = "") -> None:
        key = f"{name.lower()}@example.com" if platform == "email" else f"in/{name.lower()}"
        import_records(self.app, "test", [ContactRecord(
            first_name=name, identities=[Identity(platform, key)],
            touchpoints=[TouchPoint(platform, kind, "in", at, status=status, text=text,
                                    external_id=f"{name}-{kind}-{at.isoformat()}")])])


@pytest.fixture
def week(make_app, monkeypatch) -> Week:
    w = Week(make_app, monkeypatch)
    intro = w.send("intro", list(PEOPLE))
    w.inbound("Aoife", "linkedin", "message", T0 + timedelta(hours=2), text="Lovely to hear!")
    w.inbound("Brid", "email", "email", T0 + timedelta(minutes=1), status="auto-reply",
              text="I am out of the office until Monday.")
    w.inbound("Ciara", "email", "bounce", T0 + timedelta(minutes=10), status="bounce")
    w.clock.now = T0 + timedelta(days=3)
    # A note already sent to Brid is refused (stale-note): the follow-up gets its own.
    (invitation,) = w.send("follow-up", ["Brid"], {
        "Brid": "Still thinking about raw-milk labelling since Cheese Week."})
    confirm(w.app, invitation.id, at=T0 + timedelta(days=3))
    w.inbound("Brid", "linkedin", "connection", T0 + timedelta(days=4))
    w.inbound("Brid", "email", "email", T0 + timedelta(days=5), text="Yes, let's talk.")
    w.inbound("Dara", "email", "email", T0 + timedelta(days=40), text="Sorry for the delay!")
    w.clock.now = T0 + timedelta(days=6)
    eoin = import_records(w.app, "test", [ContactRecord(
        first_name="Eoin", identities=[Identity("email", "eoin@example.com")],
        touchpoints=[TouchPoint("email", "email", "in", T0 + timedelta(days=6),
                                text="Hello! " + "x" * 300, external_id="eoin-1")])])
    w.eoin = eoin.results[0].contact_id
    w.intro = intro
    w.clock.now = T0 + timedelta(days=50)
    return w


def test_figures_match_the_hand_computed_ones(week):
    since, until = T0 - timedelta(days=1), T0 + timedelta(days=13)
    data = report_for(week.app, since=since, until=until).as_json()
    channels = {(c["channel"], c["kind"]): c for c in data["channels"]}
    assert channels[("email", "message")] == {
        "channel": "email", "kind": "message", "sent": 4, "replied": 1, "reply_rate": 0.25,
        "accepted": None, "acceptance_rate": None, "median_hours_to_reply": 2.0}
    assert channels[("linkedin", "invitation")] == {
        "channel": "linkedin", "kind": "invitation", "sent": 1, "replied": 1, "reply_rate": 1.0,
        "accepted": 1, "acceptance_rate": 1.0, "median_hours_to_reply": 48.0}
    assert data["campaigns"] == [
        {"name": "follow-up", "contacted": 1, "replied": 1, "reply_rate": 1.0},
        {"name": "intro", "contacted": 4, "replied": 1, "reply_rate": 0.25}]
    weeks = {w["week"]: w for w in data["weeks"]}
    # W45: 4 emails and one invitation out to 4 people; Aoife's and Brid's replies and
    # Eoin's first message in (auto-reply, bounce and the connection are not words).
    assert weeks["2026-W45"] == {"week": "2026-W45", "out": 5, "in": 3, "people_reached": 4}
    assert weeks["2026-W46"] == {"week": "2026-W46", "out": 0, "in": 0, "people_reached": 0}
    assert list(weeks) == ["2026-W44", "2026-W45", "2026-W46"]
    assert [p["name"] for p in data["replied_people"]] == ["Brid Example", "Aoife Example"]


def test_personalization_buckets_come_from_what_the_policy_recorded(week):
    data = report_for(week.app, since=T0 - timedelta(days=1),
                      until=T0 + timedelta(days=13)).as_json()
    buckets = {b["bucket"]: b for b in data["personalization"]}
    assert sum(b["sent"] for b in buckets.values()) == 5
    assert sum(b["replied"] for b in buckets.values()) == 2
    expected: dict[str, int] = {}
    for draft in week.intro:  # every intro note names one or more details of the record
        assert draft.personal_note and draft.verdict.evidence
        name = "note-1-detail" if len(draft.verdict.evidence) == 1 else "note-2-details"
        expected[name] = expected.get(name, 0) + 1
    assert buckets["no-detail"]["sent"] == buckets["template-only"]["sent"] == 0
    assert buckets["note-1-detail"]["sent"] + buckets["note-2-details"]["sent"] == 5
    for name, count in expected.items():
        assert buckets[name]["sent"] >= count
    assert all(b["meaning"] for b in data["personalization"])


def test_a_campaign_filter_and_an_empty_window(week):
    data = report_for(week.app, since=T0 - timedelta(days=1), until=T0 + timedelta(days=13),
                      campaign="follow-up").as_json()
    assert [c["name"] for c in data["campaigns"]] == ["follow-up"]
    assert [(c["channel"], c["sent"], c["replied"]) for c in data["channels"]] == [
        ("linkedin", 1, 1)]
    empty = report_for(week.app, since=T0 + timedelta(days=60),
                       until=T0 + timedelta(days=61)).as_json()
    assert empty["channels"] == [] and empty["campaigns"] == []
    assert all(b["reply_rate"] is None for b in empty["personalization"])


def test_an_empty_ledger_reports_nulls_not_errors(run_cli):
    assert run_cli("report").exit_code == 3  # no workspace yet: says so
    assert run_cli("init").exit_code == 0
    result = run_cli("report", "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert set(data) >= {"since", "until", "channels", "campaigns", "personalization", "weeks"}
    assert data["channels"] == [] and len(data["weeks"]) >= 13
    assert all(b["sent"] == 0 and b["reply_rate"] is None for b in data["personalization"])


def test_report_cli_reads_dates_and_refuses_nonsense(run_cli):
    run_cli("init")
    assert run_cli("report", "--since", "2026-01-01", "--until", "2026-03-31",
                   "--json").json()["since"].startswith("2026-01-01T00:00:00")
    bad = run_cli("report", "--since", "last tuesday")
    assert bad.exit_code == 2 and "not a date or a duration" in bad.stderr
    backwards = run_cli("report", "--since", "2026-05-01", "--until", "2026-04-01")
    assert backwards.exit_code == 2 and "after --until" in backwards.stderr


def test_the_inbox_lists_who_wrote_and_was_not_answered(week):
    from orchestrator.reports.inbox import waiting

    rows = {(r.name, r.platform): r for r in waiting(week.app)}
    # Everyone who wrote after our last message to them: Aoife (LinkedIn, after the intro),
    # Brid (after the invitation), Eoin (never written to), Dara (40 days on). Brid's
    # auto-reply, Ciara's bounce and Brid's connection are not people waiting.
    assert set(rows) == {("Aoife Example", "linkedin"), ("Brid Example", "email"),
                         ("Eoin", "email"), ("Dara Example", "email")}
    assert rows[("Brid Example", "email")].text == "Yes, let's talk."
    eoin = rows[("Eoin", "email")]
    assert eoin.contact_id == week.eoin and eoin.link is None  # the fake email has no link
    assert len(eoin.text) == 200 and eoin.text.endswith("…")
    assert [r.name for r in waiting(week.app)] == [
        "Aoife Example", "Brid Example", "Eoin", "Dara Example"]


def test_an_answer_on_any_channel_clears_the_inbox(week):
    from orchestrator.reports.inbox import waiting

    week.app.ledger.contacts  # noqa: B018 - the ledger is open
    with week.app.ledger.transaction():
        week.app.ledger.touchpoints.record(week.eoin, TouchPoint(
            "linkedin", "message", "out", T0 + timedelta(days=7), text="Hi Eoin!"))
    assert [r.name for r in waiting(week.app)] == ["Aoife Example", "Brid Example",
                                                   "Dara Example"]


def test_build_report_is_one_pass_over_history():
    """100 sent messages and 100 replies: each reply is matched to the message before it."""
    from orchestrator.ledger.history import Activity

    history = []
    for i in range(100):
        at = T0 + timedelta(hours=i)
        history.append(Activity(i, "email", "email", "out", at, "sent", "c", f"d{i}", "",
                                "email", True, 2))
        history.append(Activity(i, "email", "email", "in", at + timedelta(minutes=30), "done",
                                "", "", "", "", False, 0))
    history.sort(key=lambda a: a.at)
    report = build_report(history, since=T0, until=T0 + timedelta(days=10))
    (row,) = report.channels()
    assert (row["sent"], row["replied"], row["median_hours_to_reply"]) == (100, 100, 0.5)


@needs_chromium
def test_the_html_report_renders_its_charts_in_chromium(week, tmp_path):
    from orchestrator.reports.html import render_report_html

    data = report_for(week.app, since=T0 - timedelta(days=1),
                      until=T0 + timedelta(days=13)).as_json()
    data["replied_people"][0]["name"] = "<script>alert(1)</script>"  # escaped, never run
    path = tmp_path / "report.html"
    path.write_text(render_report_html(data), encoding="utf-8")
    with open_page(path, tmp_path / "chromium") as driver:
        assert driver.title == "Outreach report"
        charts = driver.find_elements("css selector", "figure.chart svg")
        assert len(charts) == 3
        for chart in charts:  # drawn: real size and bars (pygal's rect.rect per value)
            assert chart.size["width"] > 300 and chart.size["height"] > 200
        bars = driver.find_elements("css selector", "figure.chart svg .series rect")
        assert bars
        text = driver.find_element("tag name", "body").text
        assert "note-2-details" in text or "note-1-detail" in text
        assert "<script>alert(1)</script>" in text  # shown as text
        assert console_errors(driver) == []
        assert driver.execute_script(
            "return performance.getEntriesByType('resource').length") == 0  # no network


def test_the_digest_says_who_waits_who_is_new_and_what_is_free(week):
    from datetime import timedelta as td

    from orchestrator.reports.digest import build_digest, digest_lines

    app = week.app  # the clock stands at T0 + 50 days
    config = app.workspace.config_path
    config.write_text(config.read_text().replace(
        '[sender]\n', '[sender]\nfocus = ["cider", "mackerel"]\n'))
    app.workspace._config = None
    # Two new connections this week: one in the focus (Ciara's notes: cider), one not.
    week.inbound("Ciara", "linkedin", "connection", T0 + td(days=48))
    week.inbound("Aoife", "linkedin", "connection", T0 + td(days=48, hours=1))
    week.inbound("Dara", "linkedin", "connection", T0 + td(days=30))  # not this week
    digest = build_digest(app)
    assert [w["name"] for w in digest["waiting"]] == [
        "Aoife Example", "Brid Example", "Eoin", "Dara Example"]
    assert [(n["name"], n["matches"]) for n in digest["new_in_network"]] == [
        ("Ciara Example", ["cider"])]
    assert digest["last_week"] == {"sent": 0, "replied": 0}
    assert digest["drafts_needing_a_note"] == []
    assert digest["slots"] == []  # the fake channels declare no hand-send quota
    lines = digest_lines(digest)
    assert lines[0] == ("4 people wait for your answer: Aoife Example, Brid Example, Eoin, "
                        "Dara Example.")
    assert lines[1].startswith("1 new in your network this week matching your focus")


def test_digest_slots_say_when_the_next_hand_send_slot_frees(make_app, monkeypatch):
    from orchestrator.channels import ChannelManifest, KindSpec, Quota
    from orchestrator.reports.digest import slots

    monkeypatch.setenv("OUTREACH_PLUGINS", "")
    manifest = ChannelManifest(
        name="linkedin", platform="linkedin", title="Fake LinkedIn",
        kinds=(KindSpec("invitation", modes=("assisted",)),),
        quotas=(Quota(limit=2, window=timedelta(days=30), name="notes per 30 days",
                      kinds=("invitation",)),))
    clock = FakeClock(T0)
    app = make_app(extra_plugins=[FakeChannelPlugin(FakeChannel(manifest))], clock=clock)
    app.workspace.init("Robin Ashdown", "")
    for day in (1, 5):
        import_records(app, "test", [ContactRecord(
            first_name=f"P{day}", identities=[Identity("linkedin", f"in/p{day}")],
            touchpoints=[TouchPoint("linkedin", "invitation", "out", T0 + timedelta(days=day),
                                    external_id=f"inv-{day}")])])
    (row,) = slots(app, T0 + timedelta(days=10))
    assert (row["used"], row["free"], row["limit"]) == (2, 0, 2)
    assert row["next_free_at"] == (T0 + timedelta(days=31)).isoformat()
    (later,) = slots(app, T0 + timedelta(days=32))
    assert (later["used"], later["free"], later["next_free_at"]) == (1, 1, None)


def test_digest_cli_prints_a_few_lines(run_cli):
    run_cli("init")
    result = run_cli("digest")
    assert result.exit_code == 0, result.stderr
    assert "people wait for your answer" in result.stdout
    assert run_cli("digest", "--json").json()["last_week"] == {"sent": 0, "replied": 0}


def test_the_digest_lists_drafts_that_wait_for_a_personal_note(world):
    from orchestrator.campaigns.review import apply_review
    from orchestrator.reports.digest import drafts_waiting_for_a_note

    w = world(people=3)
    plan_id = w.plan(review=False)
    (row,) = drafts_waiting_for_a_note(w.app)
    assert row["plan_id"] == plan_id and len(row["drafts"]) == 3
    first = row["drafts"][0]
    apply_review(w.app, plan_id, notes={first: "Good talking about sourdough starters at "
                                                "the Harvest Fair in Galway."})
    (row,) = drafts_waiting_for_a_note(w.app)
    assert first not in row["drafts"] and len(row["drafts"]) == 2
