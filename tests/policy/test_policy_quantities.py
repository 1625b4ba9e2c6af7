"""Numbers of any shape tied to a recorded detail (see
:mod:`orchestrator.policy.customization.quantities`): "3,000" for 300, "12 mil" for 1.200,
"15 June" for 15 May, "phase 2" for phase 1, "12英寸" for 8英寸, "4x100" for 4x400. The same
sentence with the recorded number, the number written otherwise, or a number of the sender's,
a price, a time or a proposed date stays allowed.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.quantities import quantities
from orchestrator.policy.customization.text import tokenize


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


def refusal(verdict):
    return next(r for r in verdict.reasons if r.code == "no-specific-detail")


@pytest.mark.parametrize(("text", "language", "value", "shape"), [
    ("with 3,000 members", "english", "3000", "count"),
    ("com 3.000 sócios", "portuguese", "3000", "count"),
    ("avec 3 000 adhérents", "french", "3000", "count"),
    ("gestiona 12 mil socios", "spanish", "12000", "count"),
    ("das Feld 2 Millionen Besucher", "german", "2000000", "count"),
    ("会员5万人", "chinese", "50000", "ctr:人"),
    ("회원 3만명", "korean", "30000", "ctr:명"),
    ("a 12-inch line", "english", "12", "unit:inch"),
    ("the 8 inch line", "english", "8", "unit:inch"),
    ("the 12英寸产线", "chinese", "12", "unit:inch"),
    ("closes on 15 June", "english", "15-6", "date"),
    ("closes June 15", "english", "15-6", "date"),
    ("cierra el 15 de mayo", "spanish", "15-5", "date"),
    ("the 4x400 relay", "english", "4x400", "pattern"),
    ("phase 2 sold out", "english", "2", "count"),
    ("twelve stores", "english", "12", "count"),
])
def test_a_number_is_read_whole_with_its_shape(text, language, value, shape):
    tokens = tokenize(text)
    found = quantities(text, tokens, range(len(tokens)), language)
    if value is None:
        assert not found
    else:
        assert [(q.value, q.shape) for q in found][:1] == [(value, shape)]


@pytest.mark.parametrize("text", [
    "It costs $40 a seat.", "See you at 9:30.", "Call me at 3pm.",
    "Since 2019.", "For 3 weeks.", "USD 400 per month.", "Il coûte 30 € par mois.",
    "3年前に", "5万元/月", "3 years ago", "seit 5 Jahren", "hace 6 meses", "2023年",
])
def test_prices_times_years_and_elapsed_time_are_no_quantity(text):
    tokens = tokenize(text)
    assert quantities(text, tokens, range(len(tokens)), "english") == []


# Each: notes, a message with the number wrong, what it quotes, the same with it right.
WRONG_NUMBERS = [
    ("Runs the Harbourside choir; 80 singers.",
     "Ada, leading 800 singers at Harbourside must be a joy.",
     "800 singers",
     "Ada, leading 80 singers at Harbourside must be a joy."),
    ("Tender for school laptops closes 30 April.",
     "Ada, you said the tender for school laptops closes on 30 March; here is our offer.",
     "30 March",
     "Ada, you said the tender for school laptops closes on 30 April; here is our offer."),
    ("Block B of the Quayside flats sold out in May.",
     "Ada, congrats on selling out Block C of the Quayside flats!",
     None,  # a letter, not a number: left to other rules
     "Ada, congrats on selling out Block B of the Quayside flats!"),
    ("Stage 3 of the Millbrook trail restoration is finished.",
     "Ada, great to hear stage 4 of the Millbrook trail restoration is finished.",
     "stage 4",
     "Ada, great to hear stage 3 of the Millbrook trail restoration is finished."),
    ("Gestiona una cooperativa de 2.400 socios olivareros en Jaén.",
     "Hola Ada, coordinar 24 mil socios olivareros en Jaén tiene mérito.",
     "24 mil socios",
     "Hola Ada, coordinar 2.400 socios olivareros en Jaén tiene mérito."),
    ("Leitet ein Netzwerk mit 1.500 Mitgliedern in Kassel.",
     "Hallo Ada, ein Netzwerk mit 15.000 Mitgliedern in Kassel aufzubauen ist beachtlich.",
     "15.000 Mitgliedern",
     "Hallo Ada, ein Netzwerk mit 1.500 Mitgliedern in Kassel aufzubauen ist beachtlich."),
    ("物流展で6英寸ウェハー検査の話をした。",
     "Ada様、物流展でお話しした12英寸ウェハー検査の件です。",
     "12英寸",
     "Ada様、物流展でお話しした6英寸ウェハー検査の件です。"),
    ("지역 축제에 자원봉사자 200명 참여.",
     "Ada님, 자원봉사자 2,000명이 참여한 지역 축제 정말 멋졌어요!",
     "2,000명",
     "Ada님, 자원봉사자 200명이 참여한 지역 축제 정말 멋졌어요!"),
    ("His 4x200 relay squad set a county record.",
     "Ada, congrats on the 4x800 county record!",
     "4x800",
     "Ada, congrats on the 4x200 county record!"),
]


@pytest.mark.parametrize(("notes", "wrong", "said", "right"),
                         [c for c in WRONG_NUMBERS if c[2] is not None])
def test_a_recorded_number_given_otherwise_contradicts(notes, wrong, said, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse", verdict.reasons
    assert said in refusal(verdict).message
    assert verdict_of(right, notes).decision == "allow"


@pytest.mark.parametrize(("notes", "text"), [
    # The same number written otherwise.
    ("Runs the Harbourside choir with 1,200 singers.",
     "Ada, leading 1.200 singers at the Harbourside choir must be a joy."),
    ("Coopérative de 3 000 adhérents près de Nîmes.",
     "Bonjour Ada, fédérer 3000 adhérents près de Nîmes, chapeau !"),
    ("Cooperativa com 12 mil produtores de café.",
     "Olá Ada, coordenar 12.000 produtores de café não é pouca coisa!"),
    ("Runs 12 bakeries in Wendlow.",
     "Ada, a dozen bakeries in Wendlow is quite the operation."),
    # The sender's numbers, a proposed date, a price, a time, another thing.
    ("Runs the Harbourside choir; 80 singers.",
     "Ada, your Harbourside choir sounds great. We have worked with 800 singers so far."),
    ("Tender for school laptops closes 30 April.",
     "Ada, about the tender for school laptops: could we talk on 12 April?"),
    ("Tender for school laptops closes 30 April.",
     "Ada, about your tender for school laptops: our offer is 300 laptops at $240 each."),
    ("Tender for school laptops closes 30 April.",
     "Ada, the tender for school laptops closes 30 April; could we send our bid by 3 April?"),
    ("Stage 3 of the Millbrook trail restoration is finished.",
     "Ada, congrats on stage 3 of the Millbrook trail restoration! 2 volunteers from our "
     "team loved it."),
    ("Runs the Harbourside choir; 80 singers.",
     "Ada, your Harbourside choir rehearses at 7:30, I heard; 80 singers is a lot."),
])
def test_numbers_written_otherwise_or_not_tied_stay_allowed(notes, text):
    assert verdict_of(text, notes).decision == "allow"


_THINGS = ["singers", "growers", "members", "volunteers", "runners"]


# Four digits from 1900 to 2099 written plainly read as a year (facts.figure_clash's).
_COUNTS = st.integers(min_value=13, max_value=99_999).filter(lambda n: not 1900 <= n <= 2099)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_COUNTS, _COUNTS,
       st.sampled_from(_THINGS), st.sampled_from(["{:,}", "{}"]), st.booleans())
# "13" is a piece of the record's "13,000", not a value the record gives.
@example(said=13, recorded=13_000, thing="singers", style="{:,}", senders=False)
def test_a_large_count_contradicts_only_when_it_differs(said, recorded, thing, style, senders):
    notes = f"Leads the Orrin Valley network of {recorded:,} {thing}."
    if senders:
        text = (f"Ada, the Orrin Valley network sounds great. We have trained "
                f"{style.format(said)} {thing} ourselves.")
    else:
        text = f"Ada, leading {style.format(said)} {thing} in the Orrin Valley network is a feat."
    verdict = verdict_of(text, notes)
    wrong = said != recorded and not senders
    assert (verdict.decision == "refuse") == wrong, (text, notes, verdict.reasons)


@pytest.mark.parametrize(("notes", "wrong", "rights"), [
    ("Bought 40 kg of merino yarn from us in spring.",
     "Ada, following up on the 40 kg of alpaca you ordered.",
     ["Ada, following up on the 40 kg of merino you ordered.",
      "Ada, following up on the 40 kg of yarn you ordered in spring."]),
    ("Compró 12 toneladas de cebada ecológica en mayo.",
     "Hola Ada, ¿qué tal las 12 toneladas de avena de mayo?",
     ["Hola Ada, ¿qué tal las 12 toneladas de cebada de mayo?"]),
])
def test_the_recorded_amount_of_another_thing_contradicts(notes, wrong, rights):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    assert "the record says" in refusal(verdict).message
    for right in rights:
        assert verdict_of(right, notes).decision == "allow", right


def test_a_unit_ending_the_subject_measures_nothing_on_the_next_line():
    # The subject's "40 kW" and the greeting under it are two lines: "Teresa" is no thing
    # the 40 kW measure, so the recorded "40 kW no armazém" is not another thing.
    who = contact(first="Teresa", notes="Cliente desde 2024; instalámos 40 kW no armazém de "
                                        "Aveiro em março.")
    text = ("Teresa, já passaram uns meses desde a instalação dos 40 kW em Aveiro. Os "
            "números de produção estão como esperado?")
    verdict = evaluate(batch(draft("d", text, who, subject="Aveiro 40 kW"), channel="email",
                             kind="email"))["d"]
    assert verdict.decision == "allow", verdict.reasons


@pytest.mark.parametrize(("said", "recorded", "faithful"), [
    ("3,000", "2,870", True), ("2,800", "2,870", True), ("2,900", "2,870", True),
    ("2,830", "2,359", False), ("2,400", "2,359", True), ("2,000", "2,359", True),
])
def test_a_rounded_figure_is_the_records_rounded_not_another_as_precise(said, recorded,
                                                                        faithful):
    text = f"Ada, leading {said} singers in the Orrin Valley network is a feat."
    notes = f"Leads the Orrin Valley network of {recorded} singers."
    refused = evaluate(batch(draft("d", text, contact(first="Ada", notes=notes))))["d"] \
        .decision == "refuse"
    assert refused is not faithful


@pytest.mark.parametrize(("said", "recorded", "refused"), [
    ("1.200 MW", "1,2 GW", False), ("1200 MW", "1.2 GW", False), ("800 MW", "1,2 GW", True),
    ("120 MW", "1,2 GW", True), ("2.000 kg", "2 t", False), ("3 km", "3000 m", False),
    ("4 km", "3000 m", True), ("500 GB", "0,5 TB", False),
])
def test_a_unit_at_another_scale_is_the_same_quantity(said, recorded, refused):
    text = f"Lucía, {said} instalados en el Mar del Norte, ¡impresionante!"
    notes = f"Su empresa instaló {recorded} en el Mar del Norte."
    verdict = evaluate(batch(draft("d", text, contact(first="Lucía", notes=notes))))["d"]
    assert (verdict.decision == "refuse") is refused, verdict.reasons


@pytest.mark.parametrize(("notes", "text"), [
    ("Met at AgriTech Andes in Bogotá; manages 2,000 ha of coffee, worried about soil "
     "compaction.",
     "Hola Esteban: retomo lo de AgriTech Andes en Bogotá y la compactación del suelo en sus "
     "2.000 hectáreas de café."),
    ("Rencontré au Salon du Vrac à Lyon ; 300 kg de farine de seigle par semaine.",
     "Hi Ada, since the Salon du Vrac in Lyon I keep thinking about your 300 kg of rye flour "
     "a week."),
    ("Auf der BioFach Nürnberg kennengelernt; verarbeitet 40 t Dinkel im Jahr.",
     "Ciao Ada, dalla BioFach di Norimberga penso ancora alle vostre 40 t di farro."),
])
def test_the_same_amount_of_a_thing_translated_is_faithful(notes, text):
    """Measured words in another language than the record's are never spelled like its
    own: the amount and its unit match, and nothing says the thing differs."""
    assert verdict_of(text, notes, first="Ada").allowed


def test_the_same_amount_of_another_thing_across_languages_is_a_contradiction():
    """Where the gloss knows both things and they differ, the amount measures another."""
    verdict = verdict_of(
        "Hola Ana: desde Vinexpo en Burdeos sigo pensando en sus 40 hectáreas de jazz y los "
        "sensores de heladas.",
        "Met at Vinexpo in Bordeaux; runs 40 ha of wine grapes and asked about frost sensors.")
    assert not verdict.allowed
    assert "40 hectáreas de jazz" in refusal(verdict).message
