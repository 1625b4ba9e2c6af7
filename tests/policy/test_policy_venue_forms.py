"""A recorded venue written another way is still the recorded one (a name blended from its
words, a street written out), and a venue put elsewhere or in another edition is still a
contradiction however the clause is built (German "dass wir uns ... ausgetauscht haben", a
Polish "i" between two names) - issue #14."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.details import _blend


def _verdict(text: str, notes: str, first: str = "Farida", **fields) -> str:
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes, **fields))))[
        "d"].decision


def test_a_blend_of_the_beginnings_of_two_recorded_words_is_their_short_name():
    assert _blend("plateng", frozenset({"platform", "engineering", "days"}))
    assert _blend("pycon", frozenset({"python", "conference"}))
    assert not _blend("devcon", frozenset({"platform", "engineering"}))
    assert not _blend("platform", frozenset({"platform", "days"}))  # the word itself
    assert not _blend("plat", frozenset({"platform", "engineering"}))  # too short to blend


NOTES = "Panelist at Platform Engineering Days Amsterdam 2024 ('golden paths' panel)."


def test_a_venue_name_blended_from_its_words_is_the_recorded_venue():
    said = "Farida, enjoyed the golden-paths panel you were on at PlatEng Days in Amsterdam."
    assert _verdict(said, NOTES) == "allow"


def test_a_venue_blended_from_other_words_is_still_another_venue():
    said = "Farida, enjoyed the golden-paths panel you were on at DevEng Days in Amsterdam."
    assert _verdict(said, NOTES) == "refuse"


def test_a_street_written_out_is_the_recorded_abbreviation():
    notes = ("Presented at Rail & Bus Data Week 2025: redesign of route 14 after APC data "
             "showed 38% of riders transfer at Elm St.")
    said = ("Your Data Week presentation on redesigning Route 14 stuck with me: 38% of riders "
            "transferring at Elm Street is a striking number.")
    assert _verdict(said, notes, first="Harriet") == "allow"


def test_where_we_exchanged_views_in_german_is_shared_so_its_edition_is_checked():
    notes = "Kennengelernt auf dem SolarForum Ulm 2023, Thema: Kopplung mit Wärmepumpen."
    said = "Hallo Herr Byron, schön, dass wir uns auf dem SolarForum Ulm {} ausgetauscht haben!"
    assert _verdict(said.format(2025), notes) == "refuse"
    assert _verdict(said.format(2023) + " Ihre Wärmepumpen-Kopplung war spannend.",
                    notes) == "allow"


def test_a_lowercase_i_between_two_names_is_no_sender_speaking():
    notes = ("Konferencja 'Muzeum i Klimat', Kraków (wrzesień 2024); mówił o czujnikach "
             "wilgotności w drewnianym kościele w Lipnicy.")
    said = "Dear Zbigniew, at Muzeum i Klimat in {} you told me about the church at Lipnica."
    assert _verdict(said.format("Warsaw"), notes, first="Zbigniew") == "refuse"
    assert _verdict(said.format("Kraków"), notes, first="Zbigniew") == "allow"


def test_one_letter_is_no_evidence():
    # The "C" of "-70°C" and of "2-8°C" are one word, and say nothing alike.
    notes = "Call on 12 Feb: they ship insulin, 2-8°C; budget decision in Q3."
    said = "Hi Kwame, following up on our chat about your -70°C shipments."
    assert _verdict(said, notes, first="Kwame") == "refuse"
    said = "Hi Kwame, following up on our chat about insulin shipments at 2-8°C."
    assert _verdict(said, notes, first="Kwame") == "allow"


def test_a_place_of_the_senders_with_the_pronoun_left_out_is_no_claim():
    # Italian, Spanish and Portuguese leave "we" out: "ne abbiamo installati tre in Veneto"
    # is where the sender installed theirs, not a venue of the reader's.
    notes = ("Contatto comune: Marta Zoppè (ex collega in AcquaCiclo). Sta valutando un "
             "impianto a osmosi inversa per lo stabilimento di Schio.")
    said = ("Raffaele, Marta Zoppè mi ha detto che state valutando l'osmosi inversa per "
            "Schio. Ne abbiamo installati tre in Veneto, ti racconto com'è andata.")
    assert _verdict(said, notes, first="Raffaele") == "allow"


@pytest.mark.parametrize(("notes", "said"), [
    ("WebTex Nord 2024 in Bremen; sprach über den Energieverbrauch der Ringspinnmaschinen.",
     "Hallo Herr Byron, ich denke gern an unser Gespräch auf der WebTex Nord {} in Bremen "
     "über den Energieverbrauch Ihrer Ringspinnmaschinen zurück."),
    ("PLN 2024, Glasgow - asked a question from the floor about RFID sorter noise levels.",
     "Hi Ada, good to meet you at Public Libraries Now in Glasgow back in {}, where you "
     "asked about RFID sorter noise."),
    ("Conosciuta a Filo Futuro (Biella, ottobre 2024); ha presentato il progetto 'Blu "
     "Senza Indaco'.", "Ciao Ada, a Filo Futuro {} il tuo progetto 'Blu Senza Indaco' mi "
     "ha colpito."),
])
def test_an_occasion_the_notes_date_without_a_preposition_keeps_its_edition(notes, said):
    assert _verdict(said.format(2022), notes, first="Ada") == "refuse"
    assert _verdict(said.format(2024), notes, first="Ada") == "allow"


@pytest.mark.parametrize(("notes", "said", "right"), [
    ("Conosciuta a Filo Futuro (Biella, ottobre 2024); ha presentato il progetto 'Blu Senza "
     "Indaco'.", "Ciao Ada, a Filo Futuro a {} il tuo progetto 'Blu Senza Indaco' mi ha "
     "colpito.", "Biella"),
    ("Palestrou no Congresso de Cooperativismo do Cerrado (Goiânia, ago/2024) sobre "
     "inadimplência na safra de soja.", "Olá Ada, assisti à sua palestra no Congresso de "
     "Cooperativismo do Cerrado em {} sobre inadimplência na safra de soja.", "Goiânia"),
    ("Feria Lechera del Cantábrico 2024, Torrelavega. Hablamos de mamitis subclínica.",
     "Hola Ada, fue un placer hablar de mamitis subclínica contigo en la Feria Lechera del "
     "Cantábrico en {}.", "Torrelavega"),
])
def test_an_occasion_the_notes_place_after_it_is_not_moved(notes, said, right):
    assert _verdict(said.format("Vercelli" if right == "Biella" else "Lugo"), notes,
                    first="Ada") == "refuse"
    assert _verdict(said.format(right), notes, first="Ada") == "allow"


def test_an_occasion_translated_word_by_word_is_the_recorded_one():
    notes = ("La conocí en el Foro de Agricultura Urbana de Barcelona (oct 2024); su azotea en "
             "Gràcia produce 2 toneladas de tomates al año.")
    said = ("Hi Ada, great meeting you at the Urban Agriculture Forum in Barcelona. Two tonnes "
            "of tomatoes a year from a Gràcia rooftop is remarkable.")
    assert _verdict(said, notes, first="Ada") == "allow"


def test_a_project_the_notes_place_after_a_comma_is_not_moved():
    notes = ("Project architect for Wren Street Primary School, Bath. Lots of rooflights; "
             "worried about summer glare in classrooms.")
    said = "Hi Ada, your Wren Street primary school in {} caught my eye, especially the rooflights."
    assert _verdict(said.format("Bristol"), notes, first="Ada") == "refuse"
    assert _verdict(said.format("Bath"), notes, first="Ada") == "allow"


@pytest.mark.parametrize("notes", [
    "Met at the Freestone Guild Awards dinner in Bath; she judged the restoration category.",
    "Met at the Freestone Guild Awards gala in Bath.",
])
def test_an_occasion_placed_after_one_of_its_parts_is_not_moved(notes):
    """("Awards dinner in Bath": the dinner of the awards is where the awards were.)"""
    said = "Ada, great meeting you at the Freestone Guild Awards in {}."
    assert _verdict(said.format("Bristol"), notes, first="Ada") == "refuse"
    assert _verdict(said.format("Bath"), notes, first="Ada") == "allow"


def test_a_place_after_other_words_than_an_occasion_part_is_not_the_occasion_s():
    notes = "Met at the Freestone Guild Awards dinner with Bristol colleagues."
    said = "Ada, great meeting you at the Freestone Guild Awards in Bristol."
    assert _verdict(said, notes, first="Ada") == "allow"


def test_an_occasion_translated_with_half_its_words_cognate_is_the_recorded_one():
    notes = ("La conocí en el Foro Regional de Respuesta a Emergencias en Quito (nov. 2024); "
             "contó que tardaron 5 días en tener mapas de daños tras el sismo de Piura.")
    said = ("Dear Ada, at the Regional Emergency Response Forum in Quito you told me it took "
            "your team five days to get damage maps after the Piura earthquake.")
    assert _verdict(said, notes, first="Ada") == "allow"


def test_a_recorded_thing_dated_otherwise_is_a_contradiction():
    notes = "Their 2023 season had 48 concerts including a tour to Seoul."
    said = "Thanks for connecting, Ada. Still thinking about your {} tour to Seoul."
    assert _verdict(said.format(2019), notes, first="Ada") == "refuse"
    assert _verdict(said.format(2023), notes, first="Ada") == "allow"
    # the sender's own year is theirs, a plan another edition
    assert _verdict("Ada, your tour to Seoul with 48 concerts was a feat; I was in Seoul in "
                    "2019 myself.", notes, first="Ada") == "allow"


# Notes jotted without a preposition: "Met Posidonia 2024, Athens" names where they met.
MET_NOTES = "Met Posidonia 2024, Athens; discussed hull coating warranty claims (2 vessels)."


@pytest.mark.parametrize(("text", "decision"), [
    ("Farida, great meeting you at SMM Hamburg last September. Let's continue the hull "
     "coating warranty chat!", "refuse"),
    ("Farida, great meeting you at Posidonia in Athens. Let's continue the hull coating "
     "warranty chat!", "allow"),
    ("Farida, great meeting you at Posidonia 2024. Let's continue the hull coating warranty "
     "chat!", "allow"),
])
def test_a_note_met_at_an_occasion_without_a_preposition_holds_its_venue(text, decision):
    assert _verdict(text, MET_NOTES) == decision


def test_met_and_a_person_names_no_venue():
    notes = "Met Anna Berg at Posidonia 2024; discussed hull coating warranty claims."
    text = ("Farida, great meeting you at Posidonia with Anna Berg. Let's continue the hull "
            "coating warranty chat!")
    assert _verdict(text, notes) == "allow"


SHORT_NOTES = "AusIMM Open Pit Conf, Perth May 2024 - chatted at poster session re InSAR."


@pytest.mark.parametrize(("text", "decision"), [
    ("Farida, great chatting at the AusIMM open pit conference in Brisbane about InSAR.",
     "refuse"),
    ("Farida, great chatting at the AusIMM open pit conference in Perth about InSAR.",
     "allow"),
    ("Farida, great chatting about InSAR at the AusIMM open pit conference last May.", "allow"),
])
def test_an_occasion_the_notes_write_short_keeps_its_place(text, decision):
    assert _verdict(text, SHORT_NOTES) == decision


YEAR_NOTES = "Coincidimos en el curso de control de calidad de hilos, AITEX Alcoy, 2022."


@pytest.mark.parametrize(("text", "decision"), [
    ("Farida, ¡qué buen curso de control de calidad en AITEX en 2019! Ojalá repitamos.",
     "refuse"),
    ("Farida, ¡qué buen curso de control de calidad en AITEX en 2022! Ojalá repitamos.",
     "allow"),
    ("Farida, ¡qué buen curso de control de calidad en AITEX! En 2025 repetimos.", "allow"),
])
def test_a_year_after_the_recorded_occasion_is_its_edition(text, decision):
    assert _verdict(text, YEAR_NOTES) == decision
