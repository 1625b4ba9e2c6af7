"""A recorded word written short, beside a word it stands beside in the record, is a phrase.

"riso prints" for "Risograph printing", "synth patches" for "synthesizer patches": the short
word is the long one's first four to six letters, at most half of it, and the two stand
side by side in the record. A short word beside something else ("info posts" for "posts
about information security") is no phrase.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict(text: str, headline: str) -> str:
    who = contact(title="Designer", company="Faircloth", headline=headline)
    return evaluate(batch(draft("d", text, who)))["d"].decision


@pytest.mark.parametrize(("text", "headline", "decision"), [
    ("Ada, your riso prints are gorgeous, do you sell any?",
     "Product designer. Risograph printing on weekends.", "allow"),
    ("Ada, your synth patches are lovely, do you share them?",
     "Sound designer. Builds synthesizer patches for indie games.", "allow"),
    ("Ada, your info posts are great, let's connect.",
     "Writes posts about information security", "refuse"),
    ("Ada, your risk prints are gorgeous.",  # 'risk' is no short 'risograph'
     "Product designer. Risograph printing on weekends.", "refuse"),
])
def test_a_clipped_word_in_a_recorded_phrase(text, headline, decision):
    assert verdict(text, headline) == decision


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=6))
def test_a_made_up_short_word_is_no_phrase(word):
    # Consonants only: never the start of a recorded word here.
    assert verdict(f"Ada, your {word} prints are gorgeous.",
                   "Product designer. Risograph printing on weekends.") == "refuse"
