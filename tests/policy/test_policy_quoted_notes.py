"""A draft that repeats the reader's whole record word for word skips the contradiction checks.

A campaign that quotes ``{{ contact.notes }}`` reads each record back entire, and a record
says nothing against itself, so the three dozen contradiction checks are not run for the
words inside the quote (half the policy's time on such a campaign). The shortcut must never
change a verdict: these tests compare it with the full checks on every record of both
corpora, and pin down what it does not cover (part of the notes, a record the draft does not
quote whole, words added beside the quote).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import DATA, batch, contact, decide, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization import details
from orchestrator.policy.customization.record import _bounded_find
from orchestrator.policy.types import ContactFacts

SHARED = DATA.parent.parent.parent.parent / "shared" / "corpus" / "policy-dev.jsonl"


def _records() -> list[ContactFacts]:
    """Every record with notes in our corpus (and the shared one when it is beside us)."""
    found = {}
    for path in (DATA / "policy-extra.jsonl", SHARED):
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for item in json.loads(line)["drafts"] if line.strip() else ():
                c = item["contact"]
                if c.get("notes", "").strip():
                    found[c["notes"]] = ContactFacts(
                        first_name=c.get("first_name", ""), last_name=c.get("last_name", ""),
                        company=c.get("company", ""), title=c.get("title", ""),
                        headline=c.get("headline", ""), notes=c["notes"],
                        interests=tuple(c.get("interests", ())))
    return list(found.values())


RECORDS = _records()
# What a template may put around the quoted notes, in the languages the corpora use.
FRAMES = (
    "Hi {first},\n\n{notes} I keep coming back to it.\n\nRowan",
    "{first}, {notes}",
    "Hello {first}! {notes}\n\nWould you swap notes some time?",
    "Sorry I never wrote after this: {notes} Still keen to talk.",
    "Hallo {first}, {notes} Bis bald!",
    "{first}さん、{notes} またお話しできれば嬉しいです。",
    "Hi {first}, {notes} {headline}",
)


def _verdicts(text: str, who: ContactFacts, template: str, quoting: bool,
              monkeypatch) -> tuple:
    with monkeypatch.context() as patch:
        if not quoting:
            patch.setattr(details.Matcher, "quoting", lambda self, personal: False)
        verdict = evaluate(batch(draft("d", text, who), template=template))["d"]
    return verdict.decision, [r.code for r in verdict.reasons]


def test_the_corpora_have_records_to_quote():
    assert len(RECORDS) > 300


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(RECORDS), st.sampled_from(FRAMES))
def test_quoting_the_whole_record_gives_the_full_checks_verdict(who, frame):
    """The same verdict, but where the full checks misread the record's own words as
    contradicting it: those false refusals are what the shortcut leaves out."""
    text = frame.format(first=who.first_name or "there", notes=who.notes,
                        headline=who.headline)
    template = frame.format(first="{{ contact.first_name }}", notes="{{ contact.notes }}",
                            headline="{{ contact.headline }}")
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast = _verdicts(text, who, template, True, monkeypatch)
        full = _verdicts(text, who, template, False, monkeypatch)
    assert fast == full or (fast == ("allow", []) and full == ("refuse", ["no-specific-detail"]))


@pytest.mark.parametrize("notes", [
    "Webinar de exportación; su compañera Carmen Ruiz preguntó por los certificados "
    "fitosanitarios.",
    "부산 물류 포럼 참석. 냉동 창고 자동화 발표는 동료 오세린 님이 함.",
    "参加了成都物流博览会2024，对韩磊关于冷链追溯的演讲很感兴趣。",
])
def test_the_record_read_back_is_not_taken_for_another_persons_credit(notes):
    """The full checks read "the colleague's talk" quoted from the notes as crediting the
    reader with it (they found the record's own sentence against itself)."""
    template = "{{ contact.first_name }}, {{ contact.notes }}"
    who = contact("Alonso", notes)
    assert evaluate(batch(draft("d", f"Alonso, {notes}", who),
                          template=template))["d"].decision == "allow"


NOTES = "Met at the Harvest Fair in Galway; talked about sourdough starters."


def _checked(text: str, who: ContactFacts, monkeypatch, template: str | None = None) -> int:
    """How many times the contradiction checks ran for the draft."""
    runs = []
    full = details.Matcher._contradiction

    def counted(self, match):
        runs.append(match)
        return full(self, match)

    monkeypatch.setattr(details.Matcher, "_contradiction", counted)
    evaluate(batch(draft("d", text, who), template=template))
    return len(runs)


def test_the_whole_notes_quoted_skip_the_checks(monkeypatch):
    template = "Hi {{ contact.first_name }},\n\n{{ contact.notes }} I keep coming back to it."
    text = f"Hi Aoife,\n\n{NOTES} I keep coming back to it."
    assert _checked(text, contact("Aoife", NOTES), monkeypatch, template) == 0
    assert decide(NOTES, text, first="Aoife") == "allow"


@pytest.mark.parametrize(("who", "text"), [
    # Only part of the notes: what the rest says may turn it round.
    (contact("Aoife", "Never went to the Harvest Fair in Galway; we only talked online."),
     "Hi Aoife, went to the Harvest Fair in Galway; we only talked online? Rowan"),
    # A headline that says more than the notes, not quoted with them.
    (contact("Aoife", NOTES, headline="Baker and miller; judge at the Cork Bread Awards"),
     f"Hi Aoife, {NOTES} Rowan"),
    # Notes too short to be more than a word the template frames.
    (contact("Aoife", "Harvest Fair"), "Hi Aoife, I skipped the Harvest Fair this year."),
    # The notes glued into a longer word are not quoted.
    (contact("Aoife", "Met at the Harvest Fair in Galway"),
     "Hi Aoife, Met at the Harvest Fair in Galwayshire, I think?"),
])
def test_what_is_not_the_whole_record_quoted_is_checked(who, text, monkeypatch):
    assert _checked(text, who, monkeypatch) > 0


def test_words_beside_the_quote_are_still_checked(monkeypatch):
    template = "Hi {{ contact.first_name }},\n\n{{ contact.notes }} {{ personal_note }}"
    text = (f"Hi Aoife,\n\n{NOTES} Your talk on rye starters at the Cork Bread Awards stayed "
            "with me.")
    assert _checked(text, contact("Aoife", NOTES), monkeypatch, template) > 0


@pytest.mark.parametrize(("text", "part", "at"), [
    ("Hi, Met at X in Lyon. Bye", "Met at X in Lyon", 4),
    ("Hi, Met at X in Lyons. Bye", "Met at X in Lyon", -1),
    ("Hi, Met at X in Lyons, Met at X in Lyon.", "Met at X in Lyon", 23),
    ("田中さん、展示会で会った。", "展示会で会った", 5),
])
def test_a_quote_stands_as_whole_words(text, part, at):
    assert _bounded_find(text, part) == at
