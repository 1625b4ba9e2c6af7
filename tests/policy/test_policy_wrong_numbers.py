"""The right detail with the wrong number (see
:mod:`orchestrator.policy.customization.quantities`): an amount of money ("3 M€" for a
"1,2 M€" round), a length of time ("a 3-month PoC" for "PoC de 6 mois"), a count in a
compound ("30-truck pilot" for "hydrogen trucks, 12 units") or in another language than the
notes ("1 200 utilisateurs" for "300 users"). The recorded number written otherwise,
rounded or hedged, the sender's own prices and offers, plans, questions that ask whether,
elapsed time and numbers about another thing stay allowed.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
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
    ("una ronda de 1,2 M€ liderada", "spanish", "1200000", "money:eur"),
    ("the $3M seed", "english", "3000000", "money:usd"),
    ("über 4 Mio. € mit", "german", "4000000", "money:eur"),
    ("3 millions d'euros", "french", "3000000", "money:eur"),
    ("1,5 milioni di euro con", "italian", "1500000", "money:eur"),
    ("R$ 5 milhões com", "portuguese", "5000000", "money:brl"),
    ("融资5万元", "chinese", "50000", "money:yen"),
    ("투자 3,5억 원", "korean", "350000000", "money:krw"),
    ("a 6-month PoC", "english", "6", "dur:month"),
    ("a three-month PoC", "english", "3", "dur:month"),
    ("un PoC de 6 mois", "french", "6", "dur:month"),
    ("6ヶ月のPoC", "japanese", "6", "dur:month"),
    ("6个月的PoC", "chinese", "6", "dur:month"),
    ("6개월 PoC", "korean", "6", "dur:month"),
    ("your 30-truck pilot", "english", "30", "count"),
])
def test_amounts_and_lengths_are_read_with_their_shape(text, language, value, shape):
    tokens = tokenize(text)
    found = quantities(text, tokens, range(len(tokens)), language)
    assert [(q.value, q.shape) for q in found][-1:] == [(value, shape)]


@pytest.mark.parametrize(("text", "word"), [
    ("your 30-truck hydrogen pilot", "truck"),
    ("hydrogen trucks, 12 units, since March", "trucks"),
    ("a 12-day close", "close"),
])
def test_a_compound_or_a_count_of_units_counts_its_noun(text, word):
    tokens = tokenize(text)
    q = quantities(text, tokens, range(len(tokens)), "english")[0]
    assert tokens[q.after].fold == word


@pytest.mark.parametrize("text", [
    "€49 a month", "$12 per seat", "30 €/mois", "5万元/月", "for 3 years", "3 years ago",
    "seit 5 Jahren", "hace 6 meses", "3 anni fa", "10 years at Acme", "3年前", "2년 전",
    "成立5周年", "2023년",
])
def test_prices_and_elapsed_time_are_no_quantity(text):
    tokens = tokenize(text)
    assert quantities(text, tokens, range(len(tokens)), "english") == []


# Each: notes, a message with the number wrong, what the refusal quotes, the same message
# with the number right (or restated).
WRONG = [
    ("Tuiteó que cerró una ronda de 2,4 M€ liderada por Nauta.",
     "Hola Ada, ¡enhorabuena por los 5 M€ con Nauta!", "5 M€",
     "Hola Ada, ¡enhorabuena por los 2,4 millones de euros con Nauta!"),
    ("Raised $1.8M pre-seed from Larkspur Capital.",
     "Ada, congrats on the $8M pre-seed from Larkspur Capital!", "8M",
     "Ada, congrats on the $1.8 million pre-seed from Larkspur Capital!"),
    ("Sammelte 4 Mio. € in der Series A mit Brightfield Partners ein.",
     "Hallo Ada, Glückwunsch zu den 7 Mio. € mit Brightfield Partners!", "7 Mio",
     "Hallo Ada, Glückwunsch zu den 4 Mio. € in der Series A mit Brightfield Partners!"),
    ("Ha chiuso un round da 1,5 milioni di euro con Orsa Ventures.",
     "Ciao Ada, complimenti per i 3 milioni di euro con Orsa Ventures!", "3 milioni",
     "Ciao Ada, complimenti per gli 1,5 milioni di euro con Orsa Ventures!"),
    ("Posted that the team cut invoice approval from 9 days to 4.",
     "Ada, going from a 9-day to a 2-day invoice approval is impressive.", "2-day",
     "Ada, going from a 9-day to a 4-day invoice approval is impressive."),
    ("Ran a 10-week pilot of the rostering tool at Pellow Clinic.",
     "Ada, the 4-week rostering pilot at Pellow Clinic sounded like a success.", "4-week",
     "Ada, the 10-week rostering pilot at Pellow Clinic sounded like a success."),
    ("Hizo una prueba de 8 semanas del software de rutas en Transportes Olmedo.",
     "Hola Ada, ¿qué tal la prueba de 3 semanas del software de rutas en Transportes Olmedo?",
     "3 semanas",
     "Hola Ada, ¿qué tal la prueba de 8 semanas del software de rutas en Transportes Olmedo?"),
    ("杭州の倉庫で6ヶ月のPoCを実施。",
     "Ada様、杭州の倉庫での3ヶ月のPoCはいかがでしたか？", "3ヶ",
     "Ada様、杭州の倉庫での6ヶ月のPoCはいかがでしたか？"),
    ("부산 물류센터에서 6개월 PoC를 진행함.",
     "Ada님, 부산 물류센터 3개월 PoC는 어떠셨나요?", "3개월",
     "Ada님, 부산 물류센터 6개월 PoC는 어떠셨나요?"),
    ("Runs a fleet of electric vans, 40 units, from the Carrow depot.",
     "Ada, your 65-van electric fleet at the Carrow depot is impressive.", "65-van",
     "Ada, your 40-van electric fleet at the Carrow depot is impressive."),
    ("Rolled the intranet out to 800 employees at Grindel Foods.",
     "Hallo Ada, wie läuft das Intranet bei Grindel Foods mit den 1.500 Mitarbeitern?",
     "1.500",
     "Hallo Ada, wie läuft das Intranet bei Grindel Foods mit den 800 Mitarbeitern?"),
    ("Her app Pathmark passed 10,000 downloads.",
     "Ada님, Pathmark 다운로드 5만 건 돌파 축하드립니다!", "5만",
     "Ada님, Pathmark 다운로드 1만 건 돌파 축하드립니다!"),
    ("Cliente desde 2022; instalámos 30 kW na fábrica de Tomar em junho.",
     "Ada, já passaram uns meses desde a instalação dos 50 kW em Tomar. Tudo bem?", "50 kW",
     "Ada, já passaram uns meses desde a instalação dos 30 kW em Tomar. Tudo bem?"),
]


@pytest.mark.parametrize(("notes", "wrong", "said", "right"), WRONG)
def test_the_recorded_things_number_given_otherwise_contradicts(notes, wrong, said, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse", verdict.reasons
    assert said in refusal(verdict).message
    assert verdict_of(right, notes).decision == "allow", right


def test_a_length_spelled_out_for_the_records_acronym_contradicts():
    notes = "A fait un PoC de 6 mois sur la prévision de churn chez Talmont."
    wrong = "Hi Pierre, now that the three-month proof of concept at Talmont is wrapped up, " \
            "could we review the churn results?"
    verdict = verdict_of(wrong, notes, first="Pierre")
    assert verdict.decision == "refuse"
    assert "three-month" in refusal(verdict).message
    assert verdict_of(wrong.replace("three", "six"), notes, first="Pierre").decision == "allow"


@pytest.mark.parametrize(("notes", "text"), [
    # Restated, rounded, hedged.
    ("Raised $1.2M pre-seed from Hollis Capital.",
     "Ada, congrats on the $1M pre-seed from Hollis Capital!"),
    ("Raised $1.2M pre-seed from Hollis Capital.",
     "Ada, congrats on the roughly $1M pre-seed from Hollis Capital!"),
    ("Closed a €600k pre-seed with Norrland Angels.",
     "Ada, congrats on the €600,000 pre-seed with Norrland Angels!"),
    ("Rolled the intranet out to 800 employees at Grindel Foods.",
     "Hallo Ada, wie läuft das Intranet bei Grindel Foods mit rund 800 Mitarbeitern?"),
    # The sender's prices and offers, a plan, a question that asks whether.
    ("Raised a €2M seed round led by Kibo Ventures in June.",
     "Ada, congrats on the Kibo Ventures round! Our starter plan is €49 a month."),
    ("Raised a €2M seed round led by Kibo Ventures in June.",
     "Ada, congrats on the Kibo Ventures seed round! We raised €5M ourselves last year."),
    ("Raised a €2M seed round led by Kibo Ventures in June.",
     "Ada, congrats on the seed round with Kibo Ventures, was it really €5M?"),
    ("Ran a 10-week pilot of the rostering tool at Pellow Clinic.",
     "Ada, happy to set up a 4-week rostering pilot for the Pellow Clinic night shift."),
    ("A levé 3 M€ auprès de Serena Capital en mars.",
     "Bonjour Ada, bravo pour la levée auprès de Serena Capital ! La prochaine étape à "
     "10 M€ sera passionnante."),
    ("在杭州仓库做了6个月的PoC。", "Ada您好，杭州仓库的PoC之后，下一阶段计划做3个月吗？"),
    # Elapsed time, a grown tenure.
    ("Has worked at Pellow Clinic for 6 years.", "Ada, 8 years at Pellow Clinic is quite a run!"),
    ("Taught a 5-day bootcamp on Kotlin at Codeharbor 2 years ago.",
     "Ada, your Kotlin bootcamp at Codeharbor 3 years ago is still talked about."),
    # Another thing.
    ("Raised a €2M seed round led by Kibo Ventures in June.",
     "Ada, congrats on the €2M round with Kibo Ventures and the €300k EIC grant too!"),
    ("Kickoff call: they want to roll out Okta single sign-on to 450 users in June.",
     "Bonjour Ada, l'authentification Okta pour vos 450 utilisateurs en juin : d'autres "
     "hôpitaux l'ont déployée pour 2 000 utilisateurs."),
    ("Taught a 5-day bootcamp on Kotlin at Codeharbor.",
     "Ada, your Kotlin bootcamp at Codeharbor was great; our team now runs a 3-day version."),
    ("Runs a fleet of electric vans, 40 units, from the Carrow depot.",
     "Ada, your electric fleet at the Carrow depot is impressive; we service 60-van fleets."),
    # A word of the first person in one language that is none in another.
    ("Cliente desde 2022; instalámos 30 kW na fábrica de Tomar em junho.",
     "Ada, já passaram uns meses desde a instalação dos 30 kW em Tomar. Tudo bem?"),
])
def test_restated_offered_planned_elapsed_or_other_numbers_stay_allowed(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "allow", verdict.reasons


_ROUNDS = st.integers(min_value=2, max_value=90).map(lambda n: n * 100_000)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ROUNDS, _ROUNDS, st.sampled_from(["€{}", "{} €", "${}"]), st.booleans())
def test_an_amount_contradicts_only_when_it_is_another(said, recorded, style, senders):
    # An amount written in thousands ("€300k"): another one, not the sender's and not a
    # loose restatement (within a fifth, rounded), is a wrong figure.
    def written(n: int) -> str:
        return style.format(f"{n // 1000}k")

    notes = f"Closed a {written(recorded)} round with Fennick Angels in May."
    if senders:
        text = f"Ada, congrats on the Fennick Angels round! We closed {written(said)} ourselves."
    else:
        text = f"Ada, congrats on the {written(said)} round with Fennick Angels!"
    verdict = verdict_of(text, notes)
    off = abs(said - recorded) / recorded
    if senders or said == recorded:
        assert verdict.decision == "allow", (text, notes, verdict.reasons)
    elif off > 0.2:
        assert verdict.decision == "refuse", (text, notes, verdict.reasons)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=2, max_value=30), st.integers(min_value=2, max_value=30),
       st.sampled_from(["day", "week", "month"]), st.booleans())
def test_a_length_contradicts_only_when_it_is_another(said, recorded, unit, planned):
    notes = f"Ran a {recorded}-{unit} pilot of the dispatch tool at Quarrow Freight."
    if planned:
        text = f"Ada, could a {said}-{unit} dispatch pilot at another Quarrow Freight depot help?"
    else:
        text = f"Ada, how did the {said}-{unit} dispatch pilot at Quarrow Freight go?"
    verdict = verdict_of(text, notes)
    wrong = said != recorded and not planned
    assert (verdict.decision == "refuse") == wrong, (text, notes, verdict.reasons)


@pytest.mark.parametrize(("notes", "text", "expected"), [
    # Portuguese "dos" is "of the", not the Spanish "two".
    ("É responsável pela logística dos armazéns de Braga.",
     "Olá Ada, gerir a logística de 5 armazéns em Braga não é fácil!", "allow"),
    ("Coordena a equipa dos motoristas de Faro.",
     "Olá Ada, coordenar 40 motoristas em Faro deve ser exigente.", "allow"),
    ("Dirige dos tiendas de bicicletas en Bilbao.",
     "Hola Ada, dirigir cinco tiendas de bicicletas en Bilbao tiene mérito.", "refuse"),
])
def test_a_number_word_counts_only_in_its_own_language(notes, text, expected):
    assert verdict_of(text, notes).decision == expected


# Sites people count - warehouses, farms, hotels, clinics... - counted otherwise in another
# language than the notes; the recorded count said in words or beside another thing stays.
@pytest.mark.parametrize(("notes", "text", "said"), [
    ("Lagertage Dortmund; betreibt 2 Lager in Bielefeld mit 180 Mitarbeitenden.",
     "Hi Ada, good talking at Lagertage Dortmund about running your 3 Bielefeld warehouses.",
     "3 Bielefeld warehouses"),
    ("Met at Fruit Logistica in Berlin; runs 4 farms in Almería.",
     "Hola Ada, un placer en Fruit Logistica en Berlín: ¿qué tal van sus 6 fincas de "
     "Almería?", "6 fincas"),
    ("Rencontrée à l'EquipHotel Paris ; gère 5 hôtels sur la côte basque.",
     "Hi Ada, great meeting at EquipHotel Paris - how are your 7 hotels on the Basque coast?",
     "7 hotels"),
])
def test_a_count_of_sites_given_otherwise_across_languages_contradicts(notes, text, said):
    verdict = verdict_of(text, notes)
    assert not verdict.allowed
    assert said in refusal(verdict).message


@pytest.mark.parametrize(("notes", "text"), [
    ("Lagertage Dortmund; betreibt 2 Lager in Bielefeld mit 180 Mitarbeitenden.",
     "Hi Ada, good talking at Lagertage Dortmund about your 2 Bielefeld warehouses."),
    ("Lagertage Dortmund; betreibt 2 Lager in Bielefeld mit 180 Mitarbeitenden.",
     "Hi Ada, good talking at Lagertage Dortmund about your Bielefeld warehouses; we run 3 "
     "warehouses ourselves."),
])
def test_the_recorded_count_of_sites_or_the_senders_own_stays_allowed(notes, text):
    assert verdict_of(text, notes).allowed


# A count in words with its tens ("sessenta e duas", "vinte e três", "sixty-two") is the
# whole number, not its units.
@pytest.mark.parametrize(("notes", "text", "allowed"), [
    ("Disse na feira que a safra de soja 2024/25 rendeu 62 sacas por hectare.",
     "Olá Ada, sessenta e duas sacas por hectare na soja 2024/25, como você contou na feira, "
     "é um resultado de dar inveja.", True),
    ("Disse na feira que a safra de soja 2024/25 rendeu 62 sacas por hectare.",
     "Olá Ada, sessenta e três sacas por hectare na soja 2024/25, como você contou na feira, "
     "é um resultado de dar inveja.", False),
    ("Red de 23 bancos comunitarios en el norte de Argentina.",
     "Olá Ada, vinte e três bancos comunitários no norte da Argentina formam uma rede e "
     "tanto.", True),
    ("Dirige 45 tiendas de barrio en Valencia.",
     "Hola Ada, cuarenta y cinco tiendas de barrio en Valencia es muchísimo.", True),
])
def test_a_count_in_words_is_read_with_its_tens(notes, text, allowed):
    assert verdict_of(text, notes).allowed is allowed


@pytest.mark.parametrize(("notes", "text", "said", "recorded", "right"), [
    # two recorded words between the count and its noun
    ("Collects wildflower seed on chalk grassland for Wyvern Hills; 2024 target of 80 species.",
     "Ada, aiming for {} chalk grassland species at Wyvern Hills is ambitious.",
     "60 chalk grassland species", "80 species", "80"),
    # nights or days counted in each season or year: a count, not how long ago
    ("Manages Eagle Rock lookout as a rental; books 90 nights a season.",
     "Ada, {} booked nights a season at Eagle Rock is remarkable.",
     "190 booked nights", "90 nights", "90"),
])
def test_a_count_with_words_between_or_per_period_given_otherwise_contradicts(
        notes, text, said, recorded, right):
    message = refusal(verdict_of(text.format(said.split()[0]), notes)).message
    assert said in message and recorded in message
    assert verdict_of(text.format(right), notes).decision == "allow"


def test_a_stay_of_some_nights_is_still_no_count_of_the_recorded_nights():
    notes = "Manages Eagle Rock lookout as a rental since 2019; stayed 3 nights there in 2020."
    assert verdict_of("Ada, I stayed 2 nights at Eagle Rock lookout once, lovely.",
                      notes).decision == "allow"
