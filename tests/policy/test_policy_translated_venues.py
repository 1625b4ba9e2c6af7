"""An occasion named in the message's language is the recorded one when both names hold the
same place: "die Nürnberger Brotmesse" for notes "the Nuremberg Bread Fair" is a
translation, not another fair (see details._contradiction and paraphrase.places_named)."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.paraphrase import places_named


def reasons(text: str, notes: str) -> str:
    verdict = evaluate(batch(draft("d", text, contact(first="Emil", notes=notes))))["d"]
    return " ".join(r.message for r in verdict.reasons)


def test_a_place_and_its_adjective_are_one_place():
    assert places_named("Nürnberger Brotmesse") == places_named("Nuremberg Bread Fair") != set()
    assert places_named("Fruit Logistica") == set()


@pytest.mark.parametrize(("text", "notes"), [
    ("Hey Emil! Dein Vortrag auf der Nürnberger Brotmesse war super spannend.",
     "Gave a talk at the Nuremberg Bread Fair on AI demand forecasting."),
    ("Emil, ton atelier au Salon du Pain de Lyon était génial.",
     "Ran a workshop at the Lyon Bread Show on sourdough starters."),
    # the recorded place after "di", named in the message as a place of its own
    ("Dear Emil, it was a pleasure meeting you at the art book fair in Turin. I keep coming "
     "back to your cover for the 'Luce Obliqua' catalogue.",
     "Conosciuto alla Fiera del Libro d'Arte di Torino; ha disegnato la copertina del "
     "catalogo 'Luce Obliqua'."),
])
def test_a_translated_occasion_is_no_other_occasion(text, notes):
    assert "the record says" not in reasons(text, notes)


def test_another_occasion_in_another_language_still_clashes():
    # no place in common: another fair, whatever the language
    assert "the record says" in reasons(
        "Hey Emil! Dein Vortrag auf der Fruit Logistica war super spannend.",
        "Gave a talk at the Nuremberg Bread Fair on AI demand forecasting.")


def test_a_surname_of_an_institution_is_the_recorded_person_shortened():
    verdict = evaluate(batch(draft(
        "d", "Gentile Ing. Greco, la prof.ssa Zanetti del PoliMi mi ha suggerito di scriverle "
        "a proposito dei vostri studi sul vetro strutturale.",
        contact(first="Matteo", notes="Conoscenza comune: prof.ssa Elena Zanetti (Politecnico "
                "di Milano), che segue i suoi studi sul vetro strutturale."))))["d"]
    assert "the record says" not in " ".join(r.message for r in verdict.reasons)


def test_how_people_talked_is_no_subject():
    verdict = evaluate(batch(draft(
        "d", "Hi Gideon, when we spoke on the phone in early October about a workshop on tax "
        "returns, I promised an outline.",
        contact(first="Gideon", notes="Our call on 2 Oct about a workshop on tax returns for "
                "artists."))))["d"]
    assert "the record says" not in " ".join(r.message for r in verdict.reasons)
