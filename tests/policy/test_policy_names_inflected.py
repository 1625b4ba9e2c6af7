"""A recorded name said in another grammatical form, or one name of a recorded list, is the
record's, not a name half right (:func:`...facts.title_clash`, ``details._near_miss``).
A title with a word the record lacks is still another title.
"""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, notes: str = "", headline: str | None = None):
    who = contact(first="Anja", notes=notes, headline=headline)
    return evaluate(batch(draft("d", text, who)))["d"]


@pytest.mark.parametrize(("notes", "text"), [
    ("Gesellenstück-Wettbewerb 'Die Gute Form' 2022, Preis mit Nussbaum-Sekretär.",
     "Hallo Anja, herzlichen Glückwunsch nachträglich zur 'Guten Form' 2022 und zum "
     "Nussbaum-Sekretär!"),
    ("Ha curato la mostra 'Nuovo Orizzonte' a Trento, 2023.",
     "Ciao Anja, la tua mostra 'Nuovi Orizzonti' a Trento mi è rimasta in mente."),
])
def test_a_recorded_title_inflected_is_the_same_title(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.allowed, [r.message for r in verdict.reasons]


def test_a_title_with_another_word_is_still_another_title():
    verdict = verdict_of("Hallo Anja, herzlichen Glückwunsch zu 'Die Gute Zeit' 2022!",
                         "Gesellenstück-Wettbewerb 'Die Gute Form' 2022, Preis mit "
                         "Nussbaum-Sekretär.")
    assert not verdict.allowed


@pytest.mark.parametrize("text", [
    "Anja, on prépare les Vêpres de Monteverdi pour l'an prochain, votre regard de "
    "contre-ténor baroque nous serait précieux.",
    "Anja, your Charpentier recital with the baroque ensemble last spring was superb.",
])
def test_one_name_of_a_recorded_list_is_the_records(text):
    verdict = verdict_of(text, headline="Contre-ténor | musique baroque | Monteverdi & "
                                        "Charpentier")
    assert verdict.allowed, [r.message for r in verdict.reasons]

