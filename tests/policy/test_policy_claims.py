"""Congratulations on an event the record does not hold (R4): "congrats on the new ERC grant
for your chaperone project" when the notes only give an eLife paper on chaperones. What is
congratulated is read from the congratulation to the end of its name ("for", "at", "pour",
"für"...); the claim stands unsupported when it names something (a name; in German a noun)
and none of its specific words is recorded, whatever else the message gets right. See
:func:`orchestrator.policy.customization.details._unsupported_claim`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, notes: str):
    return evaluate(batch(draft("d", text, contact(notes=notes))))["d"]


NOTES = "Paper in eLife 2024 on chaperone-assisted folding of luciferase."


@pytest.mark.parametrize(("text", "quoted"), [
    ("Ada, congrats on the new ERC grant for your chaperone folding work!", "ERC grant"),
    ("Ada, congratulations on the Kessler Medal for your luciferase folding paper.",
     "Kessler Medal"),
    ("Hola Ada, ¡enhorabuena por el premio Lorca por tu artículo sobre chaperonas!",
     "Lorca"),
])
def test_a_congratulated_event_the_record_does_not_hold_is_refused(text, quoted):
    verdict = verdict_of(text, NOTES)
    assert verdict.decision == "refuse"
    assert any(quoted in r.message for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("text", [
    "Ada, congrats on the eLife paper on chaperone-assisted folding!",
    "Ada, congrats! Your eLife paper on chaperone-assisted folding is a great read.",
    "Ada, congrats on the paper! The luciferase folding results in eLife were striking.",
])
def test_a_recorded_or_unnamed_congratulation_stays_allowed(text):
    assert verdict_of(text, NOTES).decision == "allow"


_PRIZES = ["Halvard Prize", "Ostrander Award", "Penrith Medal", "Calloway Fellowship"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_PRIZES), st.sampled_from(_PRIZES))
def test_a_prize_is_congratulated_only_when_recorded(said, recorded):
    notes = f"Won the {recorded} 2025 for a modular bus shelter design."
    text = f"Ada, congrats on the {said} for your modular bus shelter design!"
    decision = verdict_of(text, notes).decision
    assert (decision == "allow") == (said == recorded), (said, recorded)


def tagged(text: str, tags: tuple[str, ...], notes: str = ""):
    return evaluate(batch(draft("d", text, contact(notes=notes, interests=tags))))["d"]


@pytest.mark.parametrize(("text", "tags"), [
    ("Ada, your open-data portal for the city's building permits is a model.",
     ("open data", "GIS")),
    ("Ada, your beekeeping app for urban rooftops looks brilliant.", ("beekeeping",)),
    ("Hola Ada, tu portal de datos abiertos sobre licencias de obra es un ejemplo.",
     ("datos abiertos",)),
])
def test_an_interest_tag_made_into_a_thing_of_the_readers_is_refused(text, tags):
    assert tagged(text, tags).decision == "refuse"


@pytest.mark.parametrize(("text", "tags", "notes"), [
    ("Ada, since open data is your area, I'd value your view on our permit feeds.",
     ("open data",), ""),
    ("Ada, your open-data portal for building permits is a model.", ("open data",),
     "Launched an open-data portal for building permits."),
    ("Ada, noticed you're into beekeeping; we just built hive sensors and want your take.",
     ("beekeeping",), ""),
])
def test_a_tag_followed_or_a_recorded_thing_stays_allowed(text, tags, notes):
    assert tagged(text, tags, notes).decision == "allow"


@pytest.mark.parametrize(("text", "notes"), [
    # the recorded amount with its scale, and the recorded word as a noun
    ("Guten Tag Ada, Glückwunsch zur Freigabe von 0,85 Mio. € für Ihren Wärmepumpen-Pilot "
     "im Jahr 2025.", "Budget für Wärmepumpen-Pilot: 850.000 € in 2025 freigegeben."),
    ("Ada, congrats on the 1.2M round for the Harbourline cold-chain pilot!",
     "Raised 1.2 million for the Harbourline cold-chain pilot."),
])
def test_a_congratulation_saying_the_record_otherwise_stays_allowed(text, notes):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "allow", verdict.reasons
