"""An interest tag in a stock frame that the sender shares and says something of their own
about is no vague praise ("a fellow einkorn fan here! We've just started baking with it");
praise alone stays a frame ("as a fellow jazz lover I'm sure we'd get on")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, interests, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, interests=tuple(interests)))))["d"]


TAKEN_UP = [
    ("Ada, a fellow letterpress fan here! We just bought an old Adana and print with it "
     "every weekend.", ["letterpress"]),
    ("Ada, fellow kombucha enthusiast here: we brew it at our cafe and would love to swap "
     "scobies.", ["kombucha"]),
    ("Ada你好，看到你也喜欢黑胶唱片，我最近入了一台唱机，正好在找这类老唱片。", ["黑胶唱片"]),
]


@pytest.mark.parametrize(("text", "interests"), TAKEN_UP)
def test_a_shared_interest_taken_up_passes(text, interests):
    verdict = verdict_of(text, interests)
    assert verdict.decision != "refuse", verdict.reasons


FRAMED = [
    ("Ada, as a fellow letterpress lover I'm sure we'd get on. I run a print studio.",
     ["letterpress"]),
    ("Ada, fellow kombucha enthusiast here! Let's connect.", ["kombucha"]),
    # the sender's clause, but nothing taken up
    ("Ada, a fellow letterpress fan here! We sell greeting cards online.", ["letterpress"]),
    # taken up, but no sharing: a pitch
    ("Ada, as a letterpress lover you will like our fair; we organise it in Leeds.",
     ["letterpress"]),
]


@pytest.mark.parametrize(("text", "interests"), FRAMED)
def test_praise_hooked_to_a_tag_stays_refused(text, interests):
    assert verdict_of(text, interests).decision == "refuse"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["letterpress", "kombucha", "bookbinding", "beekeeping"]))
def test_without_a_clause_of_the_senders_the_frame_stays(tag):
    assert verdict_of(f"Ada, a fellow {tag} fan here! Let's connect.", [tag]).decision \
        == "refuse"
