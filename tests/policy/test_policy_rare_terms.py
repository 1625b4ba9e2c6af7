"""One rare, specific term the message takes up is a detail; one common word is not.

"Your background in peptide lipidation caught my eye" names a term few records hold: a
reader could tell it was written for them. "Congrats on the award!" or "your background in
sustainability" hooks vague praise to a word that fills every other profile (R4). See
:func:`orchestrator.policy.customization.details.rare_term`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.lexicon import COMMON_FIELD_WORDS


def verdict(text: str, notes: str = "", headline: str | None = None) -> str:
    who = contact(notes=notes, headline=headline)
    return evaluate(batch(draft("d", text, who)))["d"].decision


@pytest.mark.parametrize(("text", "headline"), [
    ("Hi Ada, your work on glycoengineering stood out; we characterise glycoforms.",
     "Head of Research at Lovelace Labs | glycoengineering"),
    ("Hola Ada, vi que trabajas en acuaponía y me pareció muy interesante.",
     "Head of Research at Lovelace Labs | acuaponía"),
    ("Bonjour Ada, la biominéralisation est au cœur de vos travaux, bravo.",
     "Head of Research at Lovelace Labs | biominéralisation"),
    ("Hallo Ada, Ihre Arbeit zur Bodenverdichtung finde ich spannend.",
     "Head of Research at Lovelace Labs | Bodenverdichtung"),
])
def test_a_rare_term_from_the_headline_is_a_detail(text, headline):
    assert verdict(text, headline=headline) == "allow"


@pytest.mark.parametrize(("text", "notes", "headline"), [
    ("Hi Ada, congrats on the award!", "Won a design award in 2024.", None),
    ("Hi Ada, your background in sustainability caught my eye.", "",
     "Head of Research at Lovelace Labs | sustainability"),
    ("Hi Ada, loved your presentation!", "Gave a presentation on soil carbon.", None),
    ("Hi Ada, we just released a glycoengineering kit at Quayline.", "",
     "Head of Research at Lovelace Labs | glycoengineering"),
    ("Ada, quel plaisir de vous avoir entendu au festival de Vaison-la-Romaine !",
     "Entendu au festival Voix d'Automne, Annecy 2023.", None),
])
def test_one_common_word_or_the_senders_own_term_is_no_detail(text, notes, headline):
    assert verdict(text, notes=notes, headline=headline) == "refuse"


_term = st.lists(st.sampled_from(["glyco", "lipi", "dation", "phor", "ectro", "mero",
                                  "syn", "thesis", "poly", "merase", "tropo", "genesis"]),
                 min_size=3, max_size=4).map("".join).filter(lambda w: len(w) >= 9)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_term, st.sampled_from(sorted(w for w in COMMON_FIELD_WORDS
                                     if w.isascii() and len(w) >= 9)),
       st.sampled_from(["Hi Ada, your background in {w} caught my eye.",
                        "Ada, your work on {w} is why I am writing."]))
def test_a_rare_term_counts_and_a_common_field_word_does_not(rare, common, sentence):
    headline = "Head of Research at Lovelace Labs | {}"
    assert verdict(sentence.format(w=rare), headline=headline.format(rare)) == "allow"
    assert verdict(sentence.format(w=common), headline=headline.format(common)) == "refuse"


@pytest.mark.parametrize(("text", "notes"), [
    ("Hi Ada, thanks for the hydroponics question in our webinar, it deserved a longer "
     "answer.", "Asked a question about rooftop hydroponics in our webinar."),
    ("Hallo Ada, danke für die Hydrokulturfrage in unserem Webinar, sie hätte eine längere "
     "Antwort verdient.", "Hat in unserem Webinar eine Frage zur Hydrokultur auf Dächern gestellt."),
])
def test_a_clause_thanking_the_reader_is_theirs_whatever_our_it_holds(text, notes):
    assert verdict(text, notes) != "refuse"


def test_the_senders_own_clause_without_thanks_stays_theirs():
    notes = "Asked a question about rooftop hydroponics in our webinar."
    assert verdict("Hi Ada, our webinar covered hydroponics at length.", notes) == "refuse"


@pytest.mark.parametrize(("text", "notes"), [
    ("Buongiorno Costanza, ho visto la collezione.",
     "Vuole tessuti in lino naturale per la collezione estiva."),
    ("Hola Ana, qué buena conversación.", "Conversación sobre riego por goteo en Mendoza."),
    ("Hallo Jonas, spannende Zusammenarbeit!", "Zusammenarbeit mit der Uni Kassel zu Moorböden."),
    ("Olá Rita, que experiência!", "Experiência com biochar em cafezais no Cerrado."),
])
def test_a_long_everyday_word_of_any_language_is_no_rare_term(text, notes):
    assert verdict(text, notes) == "refuse"


def test_a_long_specific_word_in_another_language_still_is():
    assert verdict("Ciao Paolo, la sua idroponica verticale mi ha colpito.",
                   "Studia l'idroponica verticale per le serre di Albenga.") == "allow"
