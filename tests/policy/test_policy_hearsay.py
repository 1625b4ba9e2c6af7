""""I hear ...", "ich habe gelesen ...", "j'ai appris ...": a first person that only reports
what the sender heard or read makes no clause the sender's own, so a wrong year, count or
figure in it still contradicts the record (R4). The German formal "Ihre" is the reader's, and
so is what the sender thanks them for ("gracias por reparar nuestro horno")."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

from orchestrator.policy.customization.facts import _senders
from orchestrator.policy.customization.text import tokenize

MATCH = "Farm shop at Pellow Cross; hosted the county ploughing match in 2022."


@pytest.mark.parametrize(("notes", "text", "decision"), [
    (MATCH, "I hear Pellow Cross hosted the county ploughing match back in 2019, so you know "
            "crowds.", "refuse"),
    (MATCH, "I hosted a ploughing match back in 2019 myself, and Pellow Cross did it in 2022.",
     "allow"),
    ("Runs 9 reefer trucks out of Grimsby.", "I heard you now run 12 reefer trucks out of "
                                             "Grimsby.", "refuse"),
    ("Leitet die Leistungsprüfung am Bieneninstitut Hohenau; 40 Prüfstände.",
     "Ich habe gelesen, dass die Leistungsprüfung in Hohenau 60 Prüfstände hat.", "refuse"),
    ("Leitet die Leistungsprüfung für Sanftmut am Bieneninstitut Hohenau; 40 Prüfstände.",
     "Ihre Leistungsprüfung in Hohenau mit 60 Prüfständen ist für uns Züchter ein Vorbild.",
     "refuse"),
    ("Nos reparó el horno eléctrico de 200 litros en marzo.",
     "Gracias otra vez por reparar nuestro horno de 120 litros en marzo.", "refuse"),
    ("Nos reparó el horno eléctrico de 200 litros en marzo.",
     "Gracias otra vez por reparar nuestro horno de 200 litros en marzo.", "allow"),
    # The reader's thing the sender heard or saw somewhere: where, is a claim about them.
    ("Ihr Chor singt jedes Jahr beim Hafenfest in Husum.",
     "Moin Ada, ich habe Ihren Chor letztes Jahr beim Hafenfest in Büsum gehört.", "refuse"),
    ("Ihr Chor singt jedes Jahr beim Hafenfest in Husum.",
     "Moin Ada, ich habe Ihren Chor letztes Jahr beim Hafenfest in Husum gehört.", "allow"),
    ("Su coro canta cada año en la Fiesta del Puerto de Gijón.",
     "Hola Ada, escuché su coro el año pasado en la Fiesta del Puerto de Avilés.", "refuse"),
])
def test_reported_claims(notes, text, decision):
    assert decide(notes, text) == decision


@pytest.mark.parametrize(("text", "senders"), [
    ("I hear the match was in 2019", False),
    ("j'ai appris que le salon était en 2019", False),
    ("ho saputo che la fiera era nel 2019", False),
    ("I ran the match in 2019", True),
    ("we have run the match since 2019", True),
])
def test_who_a_clause_is_about(text, senders):
    tokens = tokenize(text)
    year = next(i for i, t in enumerate(tokens) if t.fold == "2019")
    assert _senders(tokens, tokens[year].clause, year) is senders
