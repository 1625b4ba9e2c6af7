"""One campaign over several weeks (issue 10): each step reaches a person once, across runs
and channels; replies stop it; later steps depend on what happened; notes are never
reused; an opt-out empties the queue.

The core API with a fake clock and two scripted channels: ``li`` (hand-sent, like
LinkedIn) and ``mail`` (sent by the core, like email).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.errors import InputError
from orchestrator.model import Contact, Identity, TouchPoint
from orchestrator.testing import FakeChannel, FakeChannelPlugin, FakeClock, fake_manifest

BODY = ("Hi {{ contact.first_name }}, {% if personal_note %}{{ personal_note }} {% endif %}"
        "I'm Robin from Tidewater; we forecast demand for small food shops.")

DETAILS = {
    "ada": ("Harvest Fair", "Galway", "sourdough starters"),
    "ben": ("Cheese Week", "Cork", "raw-milk labelling"),
    "cleo": ("Orchard Summit", "Kilkenny", "cider apple blight"),
    "dan": ("Seafood Expo", "Killybegs", "mackerel quotas"),
    "eve": ("Dairy Forum", "Mallow", "oat milk margins"),
}
NOTES = (
    "Good talking about {topic} at the {event} in {city}.",
    "Still thinking about your point on {topic} from the {event} in {city}.",
    "Your {topic} question at the {event} in {city} stayed with me.",
)


class Weeks:
    """A workspace, a campaign file and people; ``run()`` is one Monday."""

    def __init__(self, make_app, steps: str, *, campaign: str = "", people=None) -> None:
        self.clock = FakeClock()
        self.li = FakeChannel(fake_manifest("li", modes=("assisted",)))
        self.mail = FakeChannel(fake_manifest("mail"))
        self.app = make_app(extra_plugins=[FakeChannelPlugin(self.li, self.mail)],
                            clock=self.clock)
        self.app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
        self.path = self.app.workspace.campaigns_dir / "weekly.toml"
        self.path.write_text(f'name = "weekly"\n{campaign}\n[audience]\ntags = ["focus"]\n'
                             + steps.replace("BODY", f'body = """{BODY}"""'))
        self.ids: dict[str, int] = {}
        self.week = 0
        for name, platforms in (people or {}).items():
            self.add(name, *platforms)

    def add(self, name: str, *platforms: str) -> int:
        event, city, topic = DETAILS[name]
        self.ids[name] = self.app.ledger.contacts.create(Contact(
            first_name=name.title(), last_name="Example", tags=["focus"],
            notes=f"Met at the {event} in {city}; talked about {topic}.",
            identities=[Identity(p, f"{name}@{p}", f"{name}@{p}") for p in platforms]))
        return self.ids[name]

    def name(self, contact_id: int) -> str:
        return next(n for n, i in self.ids.items() if i == contact_id)

    @property
    def campaign(self):
        return load_campaign(self.path)

    def note(self, contact_id: int, week: int | None = None) -> str:
        event, city, topic = DETAILS[self.name(contact_id)]
        template = NOTES[(self.week if week is None else week) % len(NOTES)]
        return template.format(event=event, city=city, topic=topic)

    def plan(self, *, review: bool = True):
        result = plan_campaign(self.app, self.campaign)
        if review and result.drafts:
            apply_review(self.app, result.plan_id,
                         notes={d.id: self.note(d.contact_id) for d in result.drafts})
        return result

    def run(self, *, review: bool = True):
        """Plan (write this week's notes) and send; returns (plan, summary)."""
        from orchestrator.delivery.runner import Runner

        plan = self.plan(review=review)
        summary = Runner(self.app, sleep=self.clock.sleep).send_plan(plan.plan_id)
        self.week += 1
        return plan, summary

    def monday(self, weeks: int = 1) -> None:
        self.clock.advance(days=7 * weeks)

    def wrote(self, name: str, *, platform: str = "mail", kind: str = "reply",
              status: str = "done", days: float = 1) -> None:
        """They wrote (or something arrived from them) ``days`` from now."""
        with self.app.ledger.transaction():
            self.app.ledger.touchpoints.record(self.ids[name], TouchPoint(
                platform=platform, kind=kind, direction="in", status=status,
                at=self.clock.now + timedelta(days=days), text=f"a {kind} from {name}"))

    def reached(self, plan) -> list[tuple[str, str]]:
        """(person, channel) of every draft of a plan, in order."""
        return [(self.name(d.contact_id), d.channel) for d in plan.drafts]

    def why(self, plan, name: str, step: str | None = None) -> list[str]:
        return [s.reason for s in plan.skipped if s.contact_id == self.ids[name]
                and (step is None or s.step == step)]

    def states(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for row in self.app.ledger.deliveries.list():
            out.setdefault(row.state, []).append(f"{self.name(row.contact_id)}/{row.channel}")
        return out


INTRO_AND_FALLBACK = """
[[steps]]
channel = "li"
kind = "message"
BODY

[[steps]]
channel = "mail"
kind = "message"
fallback = true
BODY
"""


@pytest.fixture
def weeks(make_app):
    def build(steps: str = INTRO_AND_FALLBACK, **options) -> Weeks:
        return Weeks(make_app, steps, **options)

    return build


# --- fallback and cooldown count every earlier run --------------------------------------


def test_a_fallback_step_never_reaches_someone_an_earlier_step_reached_in_an_earlier_run(weeks):
    w = weeks(people={"ada": ("li", "mail"), "ben": ("mail",)})
    first, _ = w.run()
    assert w.reached(first) == [("ada", "li"), ("ben", "mail")]
    # Ada's note waits for the user to send it by hand: she is reached all the same.
    for _ in range(3):
        w.monday()
        plan, summary = w.run()
        assert plan.drafts == [] and summary.sent == 0
        first_monday = w.clock.now - timedelta(days=7 * (w.week - 1))
        assert w.why(plan, "ada", "step 2 (mail message)") == [
            f"reached by step 1 (li message) on {first_monday:%Y-%m-%d}"]
    assert [m.recipient.key for m in w.mail.delivered] == ["ben@mail"]


def test_a_failed_or_cancelled_step_does_not_count_as_reached(weeks):
    from orchestrator.delivery.outbox import cancel, confirm

    w = weeks(people={"ada": ("li", "mail"), "ben": ("li", "mail")})
    first, _ = w.run()
    assert w.reached(first) == [("ada", "li"), ("ben", "li")]
    # Ada's hand-sent note is cancelled (never sent); Ben's is confirmed.

    ada_row = w.app.ledger.deliveries.for_draft(first.drafts[0].id)
    cancel(w.app, [ada_row.id], "not sent after all")
    confirm(w.app, first.drafts[1].id)
    w.monday()
    plan, _ = w.run()
    assert w.reached(plan) == [("ada", "mail")]  # the li note never reached her
    assert w.why(plan, "ben", "step 2 (mail message)")[0].startswith("reached by step 1")


def test_a_failed_delivery_leaves_the_person_to_the_fallback(weeks):
    from orchestrator.channels import PermanentDeliveryError

    steps = """
[[steps]]
channel = "mail"
kind = "message"
BODY

[[steps]]
channel = "li"
kind = "message"
fallback = true
BODY
"""
    w = weeks(steps, people={"ada": ("li", "mail")})
    w.mail.outcomes = [PermanentDeliveryError("550 no such user")]
    _, summary = w.run()
    assert summary.failed == 1
    w.monday()
    plan, _ = w.run()
    assert w.reached(plan) == [("ada", "li")]  # the email did not reach her


def test_the_cooldown_counts_what_this_campaign_did_in_earlier_runs(weeks):
    steps = """
[[steps]]
channel = "li"
kind = "message"
BODY

[[steps]]
channel = "mail"
kind = "message"
BODY
"""
    w = weeks(steps.replace("[[steps]]", "[[steps]]", 1), people={"ada": ("mail",)})
    w.path.write_text(w.path.read_text().replace('tags = ["focus"]',
                                                 'tags = ["focus"]\ncooldown = "30d"'))
    first, _ = w.run()
    assert w.reached(first) == [("ada", "mail")]
    # A week later Ada is on li too: the campaign does not start on her again there.
    w.app.ledger.contacts.add_identity(w.ids["ada"], Identity("li", "ada@li", "ada@li"))
    w.monday()
    plan, _ = w.run()
    assert plan.drafts == []
    assert w.why(plan, "ada", "step 1 (li message)") == [
        f"contacted by this campaign on {w.clock.now - timedelta(days=7):%Y-%m-%d}, within "
        "the cooldown"]
    w.monday(4)  # past the cooldown
    plan, _ = w.run()
    assert w.reached(plan) == [("ada", "li")]


def test_a_note_waiting_in_the_queue_counts_for_another_campaigns_cooldown(weeks):
    w = weeks(people={"ada": ("li", "mail")})
    w.run()  # Ada's li note waits for the user
    other = w.app.workspace.campaigns_dir / "other.toml"
    other.write_text('name = "other"\n[audience]\ntags = ["focus"]\ncooldown = "30d"\n'
                     f'[[steps]]\nchannel = "mail"\nkind = "message"\nbody = """{BODY}"""\n')
    plan = plan_campaign(w.app, load_campaign(other))
    assert plan.drafts == [] and "within the cooldown" in plan.skipped[0].reason


# --- stop on reply, and when = replied / no-reply / accepted ----------------------------

FOLLOW_UPS = """
[[steps]]
channel = "mail"
kind = "message"
BODY

[[steps]]
name = "nudge"
channel = "mail"
kind = "follow-up"
after = "7d"
when = "no-reply"
BODY

[[steps]]
name = "thanks"
channel = "mail"
kind = "follow-up"
when = "replied"
BODY
"""


def test_follow_ups_depend_on_what_happened_and_a_reply_stops_the_campaign(weeks):
    w = weeks(FOLLOW_UPS, people={"ada": ("mail",), "ben": ("mail",), "cleo": ("mail",),
                                  "dan": ("mail",)})
    first, _ = w.run()
    assert sorted(n for n, _ in w.reached(first)) == ["ada", "ben", "cleo", "dan"]
    w.wrote("ada")  # a real reply
    w.wrote("ben", status="auto-reply")  # out of office: not a reply
    w.wrote("cleo", platform="li", kind="message")  # she answered on another channel
    w.wrote("dan", kind="bounce", status="bounce")  # a delay notice: not a reply
    w.monday()
    plan, _ = w.run()
    by_step = {(w.name(d.contact_id), d.step_key) for d in plan.drafts}
    assert by_step == {("ben", "nudge"), ("dan", "nudge"), ("ada", "thanks"),
                       ("cleo", "thanks")}
    assert w.why(plan, "ada", "nudge")[0].startswith("wrote to you on")
    assert "stop_on_reply" in w.why(plan, "ada", "nudge")[0]
    assert w.why(plan, "ben", "thanks") == ["waiting for a reply"]
    # Nothing more on the third Monday: every step reached everyone it could.
    w.monday()
    plan, _ = w.run()
    assert plan.drafts == []


def test_a_nudge_waits_for_its_time_and_for_a_hand_sent_step_to_go_out(weeks):
    steps = """
[[steps]]
channel = "li"
kind = "message"
BODY

[[steps]]
channel = "mail"
kind = "follow-up"
after = "7d"
when = "no-reply"
BODY
"""
    w = weeks(steps, people={"ada": ("li", "mail")})
    first, _ = w.run()
    w.clock.advance(days=3)
    plan, _ = w.run()
    assert w.why(plan, "ada", "step 2 (mail follow-up)") == [
        "waiting for you to send the previous step (`outreach queue`)"]
    from orchestrator.delivery.outbox import confirm

    confirm(w.app, first.drafts[0].id)
    w.clock.advance(days=3)
    plan, _ = w.run()
    assert "follows after 7 days" in w.why(plan, "ada", "step 2 (mail follow-up)")[0]
    w.monday()
    plan, _ = w.run()
    assert w.reached(plan) == [("ada", "mail")]


def test_stop_on_reply_false_lets_every_step_go(weeks):
    w = weeks(FOLLOW_UPS.replace('when = "no-reply"\n', ""), campaign="stop_on_reply = false",
              people={"ada": ("mail",)})
    w.run()
    w.wrote("ada")
    w.monday()
    plan, _ = w.run()
    assert sorted(d.step_key for d in plan.drafts) == ["nudge", "thanks"]


def test_when_accepted_waits_for_the_connection_or_the_follow_back(weeks):
    steps = """
[[steps]]
channel = "li"
kind = "message"
BODY

[[steps]]
channel = "li"
kind = "follow-up"
when = "accepted"
BODY
"""
    w = weeks(steps, people={"ada": ("li",), "ben": ("li",)})
    first, _ = w.run()
    from orchestrator.delivery.outbox import confirm

    for draft in first.drafts:
        confirm(w.app, draft.id)
    # A LinkedIn export dates the connection by the day only (midnight, before the note).
    midnight = w.clock.now.replace(hour=0)
    with w.app.ledger.transaction():
        w.app.ledger.touchpoints.record(w.ids["ada"], TouchPoint(
            platform="li", kind="connection", direction="in", status="accepted", at=midnight))
    w.monday()
    plan, _ = w.run()
    assert w.reached(plan) == [("ada", "li")]
    assert w.why(plan, "ben", "step 2 (li follow-up)") == [
        "waiting for them to accept (no connection or follow back recorded yet)"]


def test_no_follow_up_for_someone_who_accepted_and_replied(weeks):
    """The bug as found: a follow-up went to someone who had accepted and replied."""
    steps = """
[[steps]]
channel = "li"
kind = "message"
BODY

[[steps]]
channel = "li"
kind = "follow-up"
after = "7d"
BODY
"""
    w = weeks(steps, people={"ada": ("li",)})
    first, _ = w.run()
    from orchestrator.delivery.outbox import confirm

    confirm(w.app, first.drafts[0].id)
    w.wrote("ada", platform="li", kind="connection", status="accepted")
    w.wrote("ada", platform="li", kind="message", days=2)
    w.monday(2)
    plan, _ = w.run()
    assert plan.drafts == []
    assert "stop_on_reply" in w.why(plan, "ada", "step 2 (li follow-up)")[0]


def test_a_campaign_file_with_a_bad_condition_is_refused(weeks, tmp_path):
    from orchestrator.errors import CampaignError

    w = weeks()
    w.path.write_text(w.path.read_text().replace("fallback = true", 'when = "later"'))
    with pytest.raises(CampaignError, match="is not a condition"):
        w.campaign
    w.path.write_text('name = "x"\nstop_on_reply = "yes"\n[[steps]]\nchannel = "li"\n'
                      'kind = "message"\nbody = "{{ personal_note }}"\n')
    with pytest.raises(CampaignError, match="stop_on_reply must be true or false"):
        w.campaign


# --- notes are never reused; repeated steps need a new one --------------------------------

REPEATED = """
[[steps]]
channel = "mail"
kind = "message"
BODY
"""


def test_a_repeated_step_does_not_carry_over_a_note_already_sent(weeks):
    w = weeks(REPEATED, campaign='repeat = "14d"', people={"ada": ("mail",), "ben": ("mail",)})
    w.run()
    w.monday(2)
    plan = w.plan(review=False)  # what `run --due` would send without anyone reviewing
    assert [d.personal_note for d in plan.drafts] == ["", ""]
    assert all(w.note(d.contact_id, 0) not in d.text for d in plan.drafts)
    # Without a note of its own the draft is refused, so an unattended run sends nothing.
    assert not any(d.verdict.allowed for d in plan.drafts)


def test_the_policy_refuses_a_note_already_sent_to_the_same_person(weeks):
    w = weeks(REPEATED, campaign='repeat = "14d"', people={"ada": ("mail",), "ben": ("mail",)})
    w.run()
    w.monday(2)
    plan = w.plan(review=False)
    ada, ben = plan.drafts
    drafts = apply_review(w.app, plan.plan_id, notes={ada.id: w.note(ada.contact_id, 0),
                                                      ben.id: w.note(ben.contact_id, 1)})
    verdicts = {d.contact_id: d.verdict for d in drafts}
    assert [r.code for r in verdicts[w.ids["ada"]].reasons] == ["stale-note"]
    assert "already sent to this person" in verdicts[w.ids["ada"]].reasons[0].message
    assert verdicts[w.ids["ben"]].allowed
    # The same sentence with other capitals and punctuation is the same note.
    shouted = w.note(ada.contact_id, 0).upper().replace(".", "!")
    drafts = apply_review(w.app, plan.plan_id, notes={ada.id: shouted})
    assert not next(d for d in drafts if d.id == ada.id).verdict.allowed


def test_the_same_note_in_two_steps_of_one_plan_keeps_its_verdict_once_one_went_out(weeks):
    """Drafts of one plan are reviewed together: the same sentence in two of its steps is
    the user's choice, and a resumed send must not refuse what the plan allowed."""
    steps = """
[[steps]]
channel = "li"
kind = "message"
BODY

[[steps]]
channel = "mail"
kind = "message"
BODY
"""
    from orchestrator.channels import ChannelUnavailable
    from orchestrator.delivery.runner import Runner

    w = weeks(steps, people={"ada": ("li", "mail")})
    plan = w.plan()  # the same sentence for both steps
    assert all(d.verdict.allowed for d in w.app.ledger.plans.drafts(plan.plan_id))
    w.mail.outcomes = [ChannelUnavailable("connection refused")] * 4
    first = Runner(w.app, sleep=w.clock.sleep).send_plan(plan.plan_id)
    assert first.waiting == 1 and first.stopped  # the note waits; the mail did not go
    w.clock.advance(hours=1)
    again = Runner(w.app, sleep=w.clock.sleep).send_plan(plan.plan_id)
    assert (again.sent, again.refused_by_policy) == (1, 0)


# --- opting out empties the queue; confirm refuses -----------------------------------------


def test_opting_out_cancels_waiting_items_and_confirm_refuses_them(weeks, run_cli):
    from orchestrator.delivery.outbox import confirm, queue

    w = weeks(people={"ada": ("li", "mail"), "ben": ("li",)})
    first, _ = w.run()
    assert [item.name for item in queue(w.app)] == ["Ada Example", "Ben Example"]
    w.app.context("core").opt_out(w.ids["ada"], "asked by email")
    assert [item.name for item in queue(w.app)] == ["Ben Example"]
    assert w.states() == {"cancelled": ["ada/li"], "waiting": ["ben/li"]}
    row = w.app.ledger.deliveries.for_draft(first.drafts[0].id)
    assert row.error == "opted out: asked by email"
    with pytest.raises(InputError) as refused:
        confirm(w.app, first.drafts[0].id)
    assert "opted out" in refused.value.message and "asked by email" in refused.value.message
    assert w.app.ledger.touchpoints.for_contact(w.ids["ada"]) == []
    confirm(w.app, first.drafts[1].id)  # Ben's still goes


# --- real draft ids from the start ----------------------------------------------------------


def test_drafts_have_their_real_ids_before_the_plan_is_stored(weeks):
    w = weeks(REPEATED, people={"ada": ("mail",), "ben": ("mail",)})
    dry = plan_campaign(w.app, w.campaign, store=False)
    assert all(d.id == f"{dry.plan_id}-{d.seq}" for d in dry.drafts)
    stored = plan_campaign(w.app, w.campaign)
    assert [d.id for d in stored.drafts] == [f"{stored.plan_id}-1", f"{stored.plan_id}-2"]
    # A refusal naming another draft names it as the user will see it.
    same = "Good talking about sourdough at the fair."
    drafts = apply_review(w.app, stored.plan_id, notes={d.id: same for d in stored.drafts})
    messages = " ".join(r.message for d in drafts for r in d.verdict.reasons)
    assert "draft-" not in messages
    plan = w.plan(review=False)
    assert all("draft-" not in r.message for d in plan.drafts for r in d.verdict.reasons)
