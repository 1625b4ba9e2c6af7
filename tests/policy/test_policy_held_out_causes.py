"""False refusals and misses a held-out set found, each a general cause:

* "not just temperature" (nicht nur, non solo, não só) denies nothing: it adds;
* a number has no slot for a name ("cruzó el Estrecho tres veces" is no other "Gibraltar");
* a recorded name translated as cognates ("the Brazilian wildlife congress" for the
  "Congresso Brasileiro de Fauna Silvestre") is the recorded occasion;
* numbers written as words past twelve ("treinta campañas" for "30 campañas");
* a talk is called "fala", "mesa", a post "billet", "hilo": a subject after them is claimed;
* "Golfo de Corcovado" is the "Corcovado Gulf": names differing only in a kind of place
  translated are one name.
"""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

from orchestrator.policy.customization.details import _cognate
from orchestrator.policy.customization.text import tokenize


@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Ships live plants; asked about humidity logging, not just temperature.",
     "On your question about humidity logging as well as temperature: every trailer records "
     "both.", "allow"),
    ("Verschickt Pflanzen; fragte nach Feuchte-Logging, nicht nur Temperatur.",
     "Zu Ihrer Frage nach Feuchte-Logging und Temperatur: jeder Anhänger zeichnet beides auf.",
     "allow"),
    ("Tagged a griffon vulture that crossed the Strait of Gibraltar three times in 2024.",
     "Seguí el buitre leonado que marcasteis y que cruzó el Estrecho tres veces en 2024.",
     "allow"),
    ("Fez a palestra 'Corujas urbanas e raticidas' no Congresso Brasileiro de Fauna Silvestre "
     "2024.", "Your talk on urban owls and rodenticides at the Brazilian wildlife congress in "
              "2024 was excellent.", "allow"),
    ("Fez a palestra 'Corujas urbanas e raticidas' no Congresso Brasileiro de Fauna Silvestre "
     "2024.", "Your talk on urban owls and rodenticides at the Chilean wildlife congress in "
              "2024 was excellent.", "refuse"),
    # "fala", "mesa", "Frage", "billet"...: what a talk or post is called in each language
    ("Participou da mesa sobre saúde mental no Encontro Nordestino de ACS 2024.",
     "Gostei muito da sua fala sobre hanseníase no Encontro Nordestino de ACS.", "refuse"),
    ("Participou da mesa sobre saúde mental no Encontro Nordestino de ACS 2024.",
     "Gostei muito da sua fala sobre saúde mental no Encontro Nordestino de ACS.", "allow"),
])
def test_held_out_causes(notes, text, decision):
    assert decide(notes, text) == decision


def test_tens_written_as_words():
    headline = "Maestro de almazara | 30 campañas moliendo aceituna"
    fields = dict(headline=headline, title="Maestro de almazara", company="Almazara Ruiz")
    assert decide("", "Treinta campañas al frente de una almazara es mucha sabiduría.",
                  **fields) == "allow"
    assert decide("", "Veinte campañas al frente de una almazara es mucha sabiduría.",
                  **fields) == "refuse"
    assert [t.key for t in tokenize("thirty forty-two dreißig quince")] \
        == ["30", "40", "2", "30", "quince"]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("brazilian", "brasileiro", True), ("mexican", "mexicano", True),
    ("chilean", "brasileiro", False), ("italy", "italiano", False),  # too short to tell
])
def test_cognates(a, b, same):
    assert _cognate(a, b) is same


def test_a_word_of_the_senders_trade_leaves_the_subject_the_readers():
    from policy.policy_helpers import batch, contact, draft

    from orchestrator.policy import evaluate

    notes = "Ran a workshop at the Northern Growers Gathering 2024 on hot composting."
    text = ("Your workshop at the Northern Growers Gathering on saving seed from squash was a "
            "highlight for me.")
    for headline in ("Founder at Quayline", "Grower Liaison, Brackenfold Seed Cooperative"):
        verdict = evaluate(batch(draft("d", text, contact(notes=notes)),
                                 sender_headline=headline))["d"]
        assert verdict.decision == "refuse", headline


def test_a_place_name_translated_word_for_word_is_the_same_name():
    headline = "Marine acoustician | listening to blue whales in the Corcovado Gulf"
    fields = dict(headline=headline, title="Marine acoustician", company="")
    assert decide("", "Lo de escuchar ballenas azules en el Golfo de Corcovado es un sueño.",
                  **fields) == "allow"
    assert decide("", "Lo de escuchar ballenas azules en la Bahía de Corcovado es un sueño.",
                  **fields) == "refuse"


@pytest.mark.parametrize(("notes", "text", "decision"), [
    # a year of the 1800s, after "von"
    ("Die Dorfkirche Ahlsdorf hat eine Carl-Brenneis-Orgel von 1871.",
     "Die Brenneis-Orgel von 1881 in Ahlsdorf ist ein echter Schatz.", "refuse"),
    ("Die Dorfkirche Ahlsdorf hat eine Carl-Brenneis-Orgel von 1871.",
     "Die Brenneis-Orgel von 1871 in Ahlsdorf ist ein echter Schatz.", "allow"),
    # a number's point ends no sentence of the notes ("1.600 piante")
    ("Impianto superintensivo 2019, 1.600 piante/ha.",
     "Il vostro impianto superintensivo da 1.600 piante per ettaro del 2021 è un bell'esempio.",
     "refuse"),
    # pairs counted in two languages
    ("Counted 1,200 pairs of Arctic terns on Vesterholm in 2023.",
     "Los 2.100 pares de charrán ártico que contaste en Vesterholm en 2023 son una cifra "
     "impresionante.", "refuse"),
    ("Counted 1,200 pairs of Arctic terns on Vesterholm in 2023.",
     "Los 1.200 pares de charrán ártico que contaste en Vesterholm en 2023 son una cifra "
     "impresionante.", "allow"),
    # a CJK count with its scale ("3万冊" is thirty thousand)
    ("工房で年に約3,000冊の御朱印帳を製本。", "年に3万冊もの御朱印帳を製本されているとのこと、驚きました。", "refuse"),
    ("工房で年に約3,000冊の御朱印帳を製本。", "年に3,000冊もの御朱印帳を製本されているとのこと、驚きました。", "allow"),
])
def test_numbers_the_record_gives_otherwise(notes, text, decision):
    assert decide(notes, text) == decision


@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Restores Jacquard looms from the 1960s.",
     "Your work on Jacquard looms from the 70s is impressive.", "refuse"),
    ("Restores Jacquard looms from the 1960s.",
     "Your work on Jacquard looms from the 60s is impressive.", "allow"),
    ("Gespräch über seine Jacquard-Webstühle aus den 1960ern.",
     "Unser Gespräch über Ihre Jacquard-Webstühle aus den 60ern geht mir nicht aus dem Kopf.",
     "allow"),
])
def test_a_decade_written_short_is_the_same_decade(notes, text, decision):
    assert decide(notes, text) == decision


@pytest.mark.parametrize(("notes", "text", "decision", "headline"), [
    # the head of a recorded compound names the recorded fair ("Messe" / "Orgelbaumesse")
    ("Fragte auf der Orgelbaumesse nach einem Praktikum im Orgelbau für den Sommer.",
     "Sie hatten auf der Messe nach einem Praktikum im Orgelbau für den Sommer gefragt.",
     "allow", None),
    ("Fragte auf der Orgelbaumesse nach einem Praktikum im Orgelbau für den Sommer.",
     "Sie hatten auf der Glasbaumesse nach einem Praktikum im Orgelbau gefragt.", "refuse",
     None),
    # "in English and Spanish" is no place beside the recorded name
    ("", "I read your headline about storytime on wheels in English and Spanish; we hope to "
         "add bilingual stops too.", "allow",
     "Youth Services Librarian | Storytime on wheels | Bilingual (EN/ES)"),
])
def test_fair_heads_and_languages(notes, text, decision, headline):
    fields = {} if headline is None else dict(headline=headline, title="Librarian")
    assert decide(notes, text, **fields) == decision


@pytest.mark.parametrize(("notes", "text", "decision", "headline"), [
    # a run the record writes verbatim, though its pairs hold kana
    ("Instagramで鉋の刃研ぎ動画を投稿している。", "石田様、鉋の刃研ぎの動画、いつも参考にしています。", "allow", None),
    ("", "小池様、子ども用の木の器、とても温かみがありますね。", "allow", "木工作家 | 子ども用の木の器"),
    # courtesy the notes record in the reader's words is no detail when copied
    ("いつも丁寧に対応してくださる。これからもよろしくお願いしますとのこと。",
     "石川さん、いつも丁寧にありがとうございます。これからもよろしくお願いします。", "refuse", None),
])
def test_japanese_runs_copied_from_the_record(notes, text, decision, headline):
    fields = {} if headline is None else dict(headline=headline, title="木工作家")
    assert decide(notes, text, first="恵", last="小池", company="小池工房", **fields) == decision
