"""A demonym of a recorded place is the place, said faithfully ("uno studio torinese" for
notes "a Torino"): see :func:`orchestrator.policy.customization.record._place_of`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.record import _place_of


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


@pytest.mark.parametrize(("word", "names", "place"), [
    ("torinese", {"torino"}, "torino"),
    ("milanesi", {"milano", "expo"}, "milano"),
    ("parisien", {"paris"}, "paris"),
    ("veronese", {"verona"}, "verona"),
    ("torinese", {"torre"}, ""),
    ("cammino", {"cammo"}, ""),
])
def test_a_demonym_names_its_place(word, names, place):
    assert _place_of(word, names) == place


def test_a_demonym_of_the_recorded_city_is_a_detail():
    verdict = verdict_of("Ciao Ada, per uno studio veronese di architetti paesaggisti come il "
                         "vostro abbiamo un'offerta.",
                         "Studio di architetti paesaggisti a Verona.")
    assert verdict.decision != "refuse", verdict.reasons


@given(st.sampled_from(["torino", "verona", "milano", "genova", "parma"]),
       st.sampled_from(["ese", "esi", "ano", "ino"]))
def test_a_place_is_never_its_own_demonym_of_another(place, ending):
    other = {"lisboa", "sevilla", "bremen"}
    assert _place_of(place[:-1] + ending, other) == ""
