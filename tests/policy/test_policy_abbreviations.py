"""Notes written in short forms match the message's full words.

People jot notes fast ("met at the intl conf on soil mgmt", "Univ. of Tartu", "ep. 12"); a
message spelling the words out names the same detail, and a number after a short label
("ep. 12") is compared like the full one's ("episode 14" contradicts it, R4). A short form's
point ends no sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import decide

from orchestrator.policy.customization.lexicon import ABBREVIATIONS
from orchestrator.policy.customization.record import _suggestion
from orchestrator.policy.customization.text import stem, tokenize
from orchestrator.policy.types import ContactFacts


@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Met at the intl conf on soil mgmt in Leuven.",
     "Great meeting you at the soil management conference in Leuven.", "allow"),
    ("Met at the Univ. of Tartu seminar on peat bogs.",
     "Good to meet you at the University of Tartu seminar on peat bogs.", "allow"),
    ("Met at the Univ. of Tartu seminar on peat bogs.",
     "Good to meet you at the University of Tallinn seminar on peat bogs.", "refuse"),
    ("Hosts the Brine & Barrel podcast; ep. 12 was on lacto-fermentation.",
     "Loved episode 12 of Brine & Barrel on lacto-fermentation.", "allow"),
    ("Hosts the Brine & Barrel podcast; ep. 12 was on lacto-fermentation.",
     "Loved episode 14 of Brine & Barrel on lacto-fermentation.", "refuse"),
    ("Hosts the Brine & Barrel podcast; episode 12 was on lacto-fermentation.",
     "Loved ep 14 of Brine & Barrel.", "refuse"),
    ("Asked abt pricing for govt cold-chain contracts.",
     "You asked about pricing for government cold-chain contracts.", "allow"),
])
def test_short_forms_in_the_notes(notes, text, decision):
    assert decide(notes, text) == decision


def test_a_short_form_is_stemmed_as_its_word_so_a_title_word_masks_both():
    # "Manager" is a merge field: its stem masks "management", and must mask "mgmt" alike,
    # so that the notes' "soil mgmt" is the phrase a title word joins (see record._join).
    assert stem("english", "mgmt") == stem("english", "management")
    assert decide("Met at the conference on soil mgmt.",
                   "Great meeting you at the soil management conference.",
                   title="Manager") == "allow"


def test_a_short_forms_point_ends_no_sentence_and_capitals_are_acronyms():
    univ, of = tokenize("Met at the Univ. of Tartu.")[3:5]
    assert univ.key == "university" and univ.clause == of.clause and univ.sentence == of.sentence
    ep = tokenize("The EP was great.")[1]
    assert ep.key == "ep"  # an acronym of its own, not "episode"


def test_the_suggestion_quotes_past_a_short_forms_point():
    facts = ContactFacts(notes="Met at the Univ. of Tartu seminar. Follow up in May.")
    assert _suggestion(facts, True) == "Met at the Univ. of Tartu seminar"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(ABBREVIATIONS)), st.sampled_from(["", ".", ". "]))
def test_a_short_form_keys_as_its_word_however_written(short, point):
    word = tokenize(f"the {short}{point} fair")[1]
    assert word.key == ABBREVIATIONS[short]
