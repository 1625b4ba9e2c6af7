"""What a paraphrase keeps of a detail (:mod:`orchestrator.policy.customization.paraphrase`):
an occasion of the sender's that the record holds too, a count with its unit and a place by
its adjective across languages, and cognates spelled the way their language spells a sound.
Each is one piece of evidence, never enough alone."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.paraphrase import (
    _ADJECTIVES,
    _rows,
    occasions,
    pieces,
    spelled_alike,
)

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _verdict(text: str, notes: str, first: str = "Ines", subject: str | None = None,
             **who) -> str:
    person = contact(first=first, notes=notes, **who)
    return evaluate(batch(draft("d", text, person, subject=subject)))["d"].decision


def _said(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


# -- pieces, one function at a time ---------------------------------------------------------

@pytest.mark.parametrize(("said", "notes", "expected"), [
    ("the question in our webinar", "Asked a question in our webinar", ["webinar"]),
    ("zu unserem Beitrag über Greifer", "Commented on our post about grippers", ["Beitrag"]),
    ("en nuestro taller de mayo", "Came to our workshop in May", ["taller"]),
    ("au salon de Lyon", "Visited our stand in Lyon", []),  # not said as the sender's
    ("in our webinar", "Asked a question in a webinar", []),  # not the sender's in the notes
    ("in our webinar", "Visited our booth at the fair", []),  # another occasion
])
def test_an_occasion_counts_when_both_say_it_is_the_senders(said, notes, expected):
    assert _said(said, occasions(said, notes)) == expected


@pytest.mark.parametrize(("said", "notes", "expected"), [
    ("in unter einer Minute", "changeovers in under a minute", ["einer", "Minute"]),
    ("zur achten Ausgabe", "it has had 8 editions so far", ["achten", "Ausgabe"]),
    ("desde hace diez años", "has run it for 10 years", ["diez", "años"]),
    ("zur neunten Ausgabe", "it has had 8 editions so far", []),  # another count
    ("eine Minute Zeit?", "changeovers in under a minute", []),  # "a minute" is no count
    ("wir liefern in unter einer Minute", "changeovers in under a minute", []),  # the sender's
    ("I have ten years of experience", "has run the shop for 10 years", []),  # the sender's
    ("I saw your ten years in the shop", "has run the shop for 10 years", ["ten", "years"]),
])
def test_a_count_counts_with_its_unit_in_any_language(said, notes, expected):
    assert _said(said, pieces(said, notes)) == expected


@pytest.mark.parametrize(("said", "notes", "expected"), [
    ("der Wiener Straßenbahn", "a dataset of Vienna tram delays", ["Wiener"]),
    ("der Leipziger Messe", "met at the fair in Leipzig", ["Leipziger"]),
    ("el cocido madrileño", "runs a stall in Madrid", ["madrileño"]),
    ("la pizza napoletana", "opened a pizzeria in Naples", ["napoletana"]),
    ("a sua escola de surf carioca", "Runs a surf school in Rio de Janeiro", ["carioca"]),
    ("a sua escola de surf lisboeta", "Runs a surf school in Rio de Janeiro", []),
    ("der Wiener Straßenbahn", "a dataset of Graz tram delays", []),  # another place
    ("der Lehrer", "teaches maths in Berlin", []),  # "-er" makes no place the record names
])
def test_a_place_counts_by_its_adjective(said, notes, expected):
    assert _said(said, pieces(said, notes)) == expected


@pytest.mark.parametrize(("said", "notes", "expected"), [
    ("the Cologne brass festival", "Mitgründerin des Kölner Blechbläserfestivals", ["Cologne"]),
    ("your bakery in Madrid", "Dirige una panadería madrileña", ["Madrid"]),
    ("your bakery in Seville", "Dirige una panadería madrileña", []),
])
def test_a_place_the_record_gives_by_its_adjective_counts_by_name(said, notes, expected):
    assert _said(said, pieces(said, notes)) == expected


def test_one_sound_spelled_alike():
    assert spelled_alike("klinik") == spelled_alike("clinic")
    assert spelled_alike("theater") == "teater"
    assert spelled_alike("photography") == "fotografi"


# -- whole drafts ---------------------------------------------------------------------------

def test_a_shared_occasion_and_its_subject_make_a_detail():
    notes = "Asked a question about soil sensors in our webinar last month"
    assert _verdict("Hi Ines, thanks for the sensors question in our webinar, it deserved "
                    "more time than I gave it.", notes) == "allow"
    # The occasion alone says nothing of what happened there.
    assert _verdict("Hi Ines, thanks for joining our webinar last month!", notes) == "refuse"


def test_a_place_adjective_and_a_glossed_thing_make_a_detail_across_languages():
    notes = "Built a dataset of Vienna tram delays"
    assert _verdict("Hallo Ines, ich nutze deinen Datensatz zur Wiener Straßenbahn für "
                    "einen Artikel.", notes) == "allow"
    assert _verdict("Hallo Ines, ich liebe die Wiener Kaffeehäuser!", notes) == "refuse"


def test_a_shared_occasion_and_a_count_make_a_detail_across_languages():
    notes = "Commented on our post about pallet swaps in under a minute"
    assert _verdict("Hallo Ines, danke für Ihren Kommentar zu unserem Beitrag über den "
                    "Palettenwechsel in unter einer Minute.", notes) == "allow"
    assert _verdict("Hallo Ines, danke für Ihren Kommentar zu unserem Beitrag!",
                    notes) == "refuse"


def test_a_subject_line_alone_is_no_rare_term():
    notes = "Interessada em atividades ao ar livre para a equipa."
    text = "Olá Ines,\n\nComo diretora na Lovelace Labs, talvez goste das nossas atividades."
    assert _verdict(text, notes, subject="Atividades") == "refuse"


_PLACES = [cells for cells in _rows(_ADJECTIVES)]


@given(st.sampled_from([c for c in _PLACES if c[0] not in ("London", "Paris", "Berlin")]),
       st.sampled_from([(1, "spanish"), (2, "french"), (4, "italian")]))
@SETTINGS
def test_a_place_adjective_stands_for_its_place_only(row, column):
    index, _ = column
    adjective = row[index].split(",")[0].strip()
    text = f"Hola Ines, tu taller de bicicletas {adjective} es una maravilla."
    if column[1] == "french":
        text = f"Bonjour Ines, ton atelier de vélos {adjective} est une merveille."
    elif column[1] == "italian":
        text = f"Ciao Ines, la tua officina di biciclette {adjective} è una meraviglia."
    assert _said(text, pieces(text, f"Runs a bike repair shop in {row[0]}")) == [adjective]
    other = "Oslo" if row[0] != "Oslo" else "Bergen"
    assert pieces(text, f"Runs a bike repair shop in {other}") == []


def test_the_matcher_looks_for_an_occasion_after_the_same_possessives():
    from orchestrator.policy.customization.details import _OURS_WORDS
    from orchestrator.policy.customization.paraphrase import _OURS

    assert _OURS_WORDS == _OURS


@pytest.mark.parametrize(("said", "notes", "expected"), [
    ("a rodada de 5 mi", "A startup dela levantou R$ 5 milhões em março.", ["5 mi"]),
    ("die Runde über €1,5 Mio.", "Raised EUR 1.5 million in a seed round", ["1,5 Mio."]),
    ("your $3M seed round", "Closed a 3 million dollar seed round", ["3M"]),
    ("a rodada de 5 mi", "A startup dela levantou R$ 50 milhões em março.", []),
    ("a 3m tall mural", "Painted a 3 million pixel mural", []),  # metres, not millions
])
def test_an_amount_matches_with_its_scale_however_abbreviated(said, notes, expected):
    from orchestrator.policy.customization.paraphrase import scaled_amounts

    assert _said(said, scaled_amounts(said, notes)) == expected


def test_an_abbreviated_amount_of_the_record_is_a_detail():
    notes = "A empresa dela levantou R$ 8 milhões numa rodada em abril."
    assert _verdict("Ines, parabéns pela rodada de 8 mi! Merecido.", notes,
                    company="Caju Pagamentos") == "allow"
    assert _verdict("Ines, parabéns pela rodada de 80 mi! Merecido.", notes,
                    company="Caju Pagamentos") == "refuse"


@pytest.mark.parametrize(("said", "notes", "expected"), [
    ("Ihr Vortrag über Wärmepumpen", "Gave a talk on heat pumps in old buildings", ["Wärmepumpen"]),
    ("zum Greiferwechsel", "a post about gripper changeovers", ["Greiferwechsel"]),
    ("euer Schulgarten", "Built a school garden with the kids", ["Schulgarten"]),
    ("your talk on heat pumps", "Vortrag über Wärmepumpen in Altbauten", ["heat pumps"]),
    ("Ihr Vortrag über Wärmepumpen", "Gave a talk on pumps and heat", []),  # not neighbours
    ("Ihr Vortrag über Wasserpumpen", "Gave a talk on heat pumps", []),  # another compound
])
def test_a_german_compound_is_the_english_phrase_it_stands_for(said, notes, expected):
    from orchestrator.policy.customization.paraphrase import compound_phrases

    assert _said(said, compound_phrases(said, notes)) == expected


def test_a_compound_and_a_place_make_a_detail_across_languages():
    notes = "Gave a talk in Cologne on heat pumps in old buildings."
    assert _verdict("Hallo Ines, Ihr Vortrag über Wärmepumpen in Köln war sehr hilfreich.",
                    notes) == "allow"
    assert _verdict("Hallo Ines, Ihr Vortrag über Wasserpumpen war sehr hilfreich.",
                    notes) == "refuse"


@given(st.sampled_from([("wärme", "pumpen", "heat pumps"), ("schul", "garten", "school garden"),
                        ("greifer", "wechsel", "gripper changeover"),
                        ("daten", "satz", "data set"), ("wald", "brand", None)]),
       st.sampled_from(["Hallo Ines, Ihr Beitrag über {} hat mir gefallen.",
                        "Hallo Ines, {} – spannendes Thema!"]))
@SETTINGS
def test_a_compound_counts_only_for_the_phrase_the_notes_give(parts, frame):
    from orchestrator.policy.customization.paraphrase import compound_phrases

    head, tail, english = parts
    word = (head + tail).capitalize()
    text = frame.format(word)
    found = compound_phrases(text, f"Wrote about {english or 'forest fires'} last spring.")
    assert _said(text, found) == ([word] if english else [])


def test_the_senders_own_figure_or_compound_is_no_detail():
    from orchestrator.policy.customization.paraphrase import compound_phrases, scaled_amounts

    said = "Wir haben Kunden 5 Mio. gespart."
    assert scaled_amounts(said, "Raised EUR 5 million last year") == []
    said = "Wir bauen seit Jahren Wärmepumpen."
    assert compound_phrases(said, "Installs heat pumps in old farmhouses") == []
    assert _verdict("Hi Ines, congrats on the 5M round!", "Raised 5 million in a seed round.",
                    company="Caju Labs") == "allow"


def test_a_congratulation_said_in_another_language_is_supported_by_the_bridge():
    notes = "Opened the third shop of her bakery in Linz this spring."
    assert _verdict("Hallo Ines, Glückwunsch zur Eröffnung Ihrer dritten Filiale in Linz!",
                    notes) == "allow"
    # A congratulation on what the notes do not hold stays unsupported.
    assert _verdict("Hallo Ines, Glückwunsch zum Staatspreis für Design in Linz!",
                    notes) == "refuse"


@pytest.mark.parametrize(("said", "notes", "expected"), [
    ("deine Hitzeinsel-Karte", "Made a heat-island map of Graz", ["Hitzeinsel-Karte"]),
    ("deine Hitzeinselkarte", "Made a heat-island map of Graz", ["Hitzeinselkarte"]),
    ("deine Fotoserie", "Shot a photo series on lighthouses", ["Fotoserie"]),
    ("deine Hitzeinselkarte", "Made a heat map of Graz's islands", []),
])
def test_a_compound_of_three_parts_reads_as_its_neighbouring_pairs(said, notes, expected):
    from orchestrator.policy.customization.paraphrase import compound_phrases

    assert _said(said, compound_phrases(said, notes)) == expected


def test_a_short_message_read_as_its_notes_language_still_finds_a_paraphrase():
    notes = "Her gelato shop in Turin turned 10 years old this spring."
    # Short enough to be read as English, like its notes: the count and its unit still match.
    assert _verdict("Ciao Ines, complimenti per i dieci anni!", notes) == "allow"
    assert _verdict("Ciao Ines, complimenti per i dodici anni!", notes) == "refuse"


@pytest.mark.parametrize("said", ["we've helped startups raise over 2M", "I'm at 10 years now",
                                  "wir sind seit zehn Jahren dabei"])
def test_a_clause_of_the_senders_gives_no_piece(said):
    from orchestrator.policy.customization.paraphrase import scaled_amounts

    notes = "Raised 2M in a seed round; has run the company for 10 years."
    assert pieces(said, notes) == [] and scaled_amounts(said, notes) == []


@pytest.mark.parametrize(("a", "b"), [("universitat", "university"), ("elektronisch", "electronic"),
                                      ("qualitat", "quality"), ("tourismus", "tourism")])
def test_one_suffix_spelled_alike(a, b):
    from orchestrator.policy.customization.crosslang import cognate

    assert cognate(spelled_alike(a), spelled_alike(b))
    assert not cognate(spelled_alike(a), spelled_alike("warehouse"))
