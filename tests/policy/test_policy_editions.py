"""A recorded occasion given another edition's number ("the 12th AstroFest North" for "(11th
edition)", "la 5ª Feria del Queso" for "la 4ª", "beim 13. Imkertag" for "beim 12."): R4. The
recorded edition, or an occasion the record numbers nowhere, is fine."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

from orchestrator.policy.customization.text import tokenize

ASTRO = "Gave the keynote at AstroFest North 2023 (11th edition) on meteor photography."


@pytest.mark.parametrize(("notes", "text", "decision"), [
    (ASTRO, "Your keynote at the 12th AstroFest North on meteor photography was superb.",
     "refuse"),
    (ASTRO, "Your keynote at the 11th AstroFest North on meteor photography was superb.",
     "allow"),
    (ASTRO, "Your keynote at the 12th edition of AstroFest North on meteor photography was "
            "superb.", "refuse"),
    ("Gave the keynote at AstroFest North 2023 on meteor photography.",
     "Your keynote at the 12th AstroFest North on meteor photography was superb.", "allow"),
    ("Ganó en la 4ª Feria del Queso de Trujillo con un queso de cabra.",
     "Enhorabuena por ganar en la 5ª Feria del Queso de Trujillo con tu queso de cabra.",
     "refuse"),
    ("Sprach beim 12. Imkertag Celle über Varroa.",
     "Ihr Vortrag beim 13. Imkertag Celle über Varroa war super.", "refuse"),
    ("Sprach beim 12. Imkertag Celle über Varroa.",
     "Ihr Vortrag beim 12. Imkertag Celle über Varroa war super.", "allow"),
    ("第八届青岚茶博会 评委。", "周老师您好，第六届青岚茶博会上您担任评委时的点评让我印象很深。", "refuse"),
    ("第八届青岚茶博会 评委。", "周老师您好，第八届青岚茶博会上您担任评委时的点评让我印象很深。", "allow"),
    ("第12回みなと陶器市に出店。", "第13回みなと陶器市でのご出店、拝見しました。", "refuse"),
    ("제3회 한빛 공예페어에서 만남.", "제4회 한빛 공예페어에서 뵈어 반가웠습니다.", "refuse"),
    ("Ganó el premio a la mejor garnacha en el Certamen Garnachas del Moncayo (3.ª edición).",
     "Enhorabuena por el premio en la 5.ª edición del Certamen Garnachas del Moncayo.",
     "refuse"),
    ("Ganó el premio a la mejor garnacha en el Certamen Garnachas del Moncayo (3.ª edición).",
     "Enhorabuena por el premio en la 3.ª edición del Certamen Garnachas del Moncayo.",
     "allow"),
])
def test_an_editions_number(notes, text, decision):
    assert decide(notes, text) == decision


@pytest.mark.parametrize(("text", "sentences"), [
    ("Wir sahen uns am 3. Mai in Celle. Das war gut.", 2),
    ("We hired 13. Then we stopped.", 2),
    ("Beim 12. Imkertag Celle sprach sie.", 1),
])
def test_a_german_ordinals_point_ends_no_sentence(text, sentences):
    assert len({t.sentence for t in tokenize(text)}) == sentences
