"""The right occasion or project moved to another city is a contradiction (R4), in any of
the nine languages and across them: "the Osaka congress" for notes "横浜の学会", "香港での
HR Tech Asia" for "HR Tech Asia in Singapore", "Lille et Amiens" for "Lille and Arras". The
record's city written otherwise (another language, a district, the country), a city of the
sender's own, a plan or another edition are not. See
:mod:`orchestrator.policy.customization.placeswap`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.placeswap import places_in
from orchestrator.policy.customization.places import is_city, place_of


def verdict_of(text: str, notes: str, first: str = "Odile"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


WRONG = [
    # A city before the event, the notes in another language.
    ("2025年10月の福岡の学会で遠隔リハビリについて講演。",
     "Dr. Odile, your talk on remote rehabilitation at the Hiroshima congress stayed with me.",
     "Hiroshima"),
    # One city of a recorded pair swapped for another.
    ("Runs the cold-storage pilot in two depots (Nantes and Angers).",
     "Hola Odile, ¿qué tal va el piloto en los almacenes de Nantes y Rennes?", "Rennes"),
    ("Pilotprojekt in zwei Lagern: Bremen und Kiel.",
     "Hallo Odile, wie läuft das Pilotprojekt in den Lagern Bremen und Rostock?", "Rostock"),
    # A CJK city before a Latin event name, the notes in English.
    ("Presented a warehouse robotics case at LogiMAT Asia in Shanghai.",
     "Odile様、広州でのLogiMAT Asiaでの倉庫ロボットのご発表、大変勉強になりました。", "広州"),
    ("Met at Drupa Asia in Bangkok; talked about print finishing.",
     "Odile님, 싱가포르 Drupa Asia에서 나눈 인쇄 후가공 이야기가 기억에 남습니다.", "싱가포르"),
    ("Spoke at the Nordic Fintech Week in Copenhagen about open banking.",
     "奥迪尔您好，您在斯德哥尔摩Nordic Fintech Week上关于开放银行的分享很精彩。", "斯德哥尔摩"),
    # The same language, the city as the event's modifier.
    ("Gave a keynote on soil sensors at AgriTech Days in Lyon.",
     "Odile, votre keynote sur les capteurs de sol aux AgriTech Days de Bordeaux m'a marqué.",
     "Bordeaux"),
    ("Ha presentato il progetto di riuso dell'acqua alla fiera Ecomondo di Rimini.",
     "Ciao Odile, il progetto di riuso dell'acqua presentato alla fiera Ecomondo di Bologna "
     "era molto interessante.", "Bologna"),
    # "Our" of a shared exchange, a possessive, an "edition of" the event.
    ("Met at ColdLink Summit 2026 in Rotterdam; chatted about chassis shortages.",
     "Odile, our chat about chassis shortages at the Antwerp edition of ColdLink Summit "
     "stuck with me.", "Antwerp"),
    ("Met at ColdLink Summit 2026 in Rotterdam; chatted about chassis shortages.",
     "Odile, our chat about chassis shortages at Antwerp's ColdLink Summit stuck with me.",
     "Antwerp"),
    # A clause of the sender's opinion ("me pareció") is still about the reader's demo.
    ("Demoed a drip-irrigation app at Agroexpo in Saragossa.",
     "Hola Odile, la app de riego por goteo que enseñaste en la edición de Sevilla de "
     "Agroexpo me pareció muy útil.", "Sevilla"),
    ("Apresentou o projeto de dessalinização na feira Fenasan em Recife.",
     "Olá Odile, gostei muito do projeto de dessalinização apresentado na Fenasan em "
     "Fortaleza.", "Fortaleza"),
]


@pytest.mark.parametrize(("notes", "text", "said"), WRONG)
def test_a_recorded_detail_in_another_city_is_refused(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse", text
    assert any(said in r.message for r in verdict.reasons), [r.message for r in verdict.reasons]


RIGHT = [
    # The record's city in another language or script.
    ("Spoke at the Nordic Fintech Week in Copenhagen about open banking.",
     "奥迪尔您好，您在哥本哈根Nordic Fintech Week上关于开放银行的分享很精彩。"),
    ("Gave a talk on harbour logistics at Breakbulk Europe in Rotterdam.",
     "Hallo Odile, Ihr Vortrag zur Hafenlogistik auf der Breakbulk Europe in Rotterdam war "
     "klasse."),
    ("Presentó el piloto de riego en la feria Agroexpo de Zaragoza.",
     "Odile, the irrigation pilot you showed at Agroexpo in Saragossa was great."),
    # A district for its city, the country for its city.
    ("Spoke about remote rehab at the RehaTech congress in Tokyo.",
     "Odile, your RehaTech talk on remote rehab in Shinjuku stayed with me."),
    ("Met at Drupa Asia in Bangkok; talked about print finishing.",
     "Odile님, 태국 Drupa Asia에서 나눈 인쇄 후가공 이야기가 기억에 남습니다."),
    # The sender's own places, plans and other editions.
    ("Gave a keynote on soil sensors at AgriTech Days in Lyon.",
     "Odile, your keynote on soil sensors at AgriTech Days was superb. Our office in Lille "
     "builds similar probes."),
    ("Gave a keynote on soil sensors at AgriTech Days in Lyon.",
     "Odile, your keynote on soil sensors at AgriTech Days was superb. I'll be at the next "
     "AgriTech Days in Nantes, see you there?"),
    ("Gave a keynote on soil sensors at AgriTech Days in Lyon.",
     "Odile, your keynote on soil sensors at AgriTech Days was superb. See you at AgriTech "
     "Days in Nantes next year?"),
    ("Presented a warehouse robotics case at LogiMAT Asia in Shanghai.",
     "Odile様、LogiMAT Asiaでの倉庫ロボットのご発表、大変勉強になりました。来年は広州でお会いしましょう。"),
    ("Spoke at Fintech Forum Lisbon about instant payments.",
     "Olá Odile, a sua palestra sobre pagamentos instantâneos no Fintech Forum em Lisboa foi "
     "ótima."),
    ("Met at ColdLink Summit 2026 in Rotterdam; chatted about chassis shortages.",
     "Odile, loved our chat on chassis shortages at ColdLink. We just opened a depot in "
     "Antwerp, happy to compare notes."),
    ("Met at BIO International in San Diego; discussed Series B.",
     "Odile님, 샌디에이고 BIO International에서 나눈 시리즈 B 이야기를 이어가고 싶습니다. "
     "저희는 보스턴에 연구소가 있습니다."),
    ("在深圳跨境电商峰会上听了她关于独立站复购的分享。",
     "Odile您好，在深圳跨境电商峰会上听了您关于独立站复购的分享，收获很大。我们在杭州有仓库。"),
    ("Presentó el piloto de riego en la feria Agroexpo de Zaragoza.",
     "Hola Odile, me encantó el piloto de riego que presentaste en Agroexpo. Yo estaré en "
     "Sevilla la próxima semana."),
    ("Met at ColdLink Summit 2026 in Rotterdam; chatted about chassis shortages.",
     "Odile, your talk on chassis shortages at ColdLink Summit inspired our Antwerp team."),
    ("在上海零售科技大会上交流过库存优化。",
     "张总您好，上海零售科技大会上关于库存优化的交流让我受益良多，我下周在杭州，方便见面吗？"),
    # A first name after "and" is no city of a list.
    ("Met at Web Summit in Lisbon; she is based in Porto and works on fraud scoring.",
     "Odile, great talking fraud scoring at Web Summit in Lisbon and Maria was lovely too."),
    # Both cities of the recorded pair, in another language.
    ("Runs the cold-storage pilot in two depots (Nantes and Angers).",
     "Hola Odile, ¿qué tal va el piloto en los almacenes de Nantes y Angers?"),
    # A city the record gives nothing to contradict.
    ("Gave a keynote on soil sensors at AgriTech Days.",
     "Odile, your keynote on soil sensors at AgriTech Days in Bordeaux was superb."),
]


@pytest.mark.parametrize(("notes", "text"), RIGHT)
def test_the_recorded_city_written_otherwise_or_the_senders_is_allowed(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "allow", [r.message for r in verdict.reasons]


def test_a_name_in_a_list_with_a_city_is_a_city():
    found = {text: city for text, city in (
        ("Lille et Bapaume", "bapaume"), ("Hesdin and Lille", "hesdin"),
        ("Kiel und Husum", "husum"))}
    for text, name in found.items():
        keys = {p.key for p in places_in(text)}
        assert name in keys, (text, keys)


def test_districts_and_countries_are_no_cities_of_their_own():
    for name in ("Shibuya", "Kanagawa", "Japan", "Europe"):
        assert not is_city(place_of(name)), name
    for name in ("San Diego", "Amiens", "Osaka", "Yokohama", "보스턴", "香港"):
        assert is_city(place_of(name)), name


CITIES = ["Lyon", "Bordeaux", "Nantes", "Toulouse", "Marseille", "Lille"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CITIES), st.sampled_from(CITIES))
def test_only_another_city_is_refused(recorded, said):
    notes = f"Gave a keynote on soil sensors at AgriTech Days in {recorded}."
    text = f"Odile, your keynote on soil sensors at AgriTech Days in {said} was superb."
    verdict = verdict_of(text, notes)
    assert verdict.decision == ("allow" if recorded == said else "refuse")


def test_a_reader_named_like_a_city_is_no_city():
    notes = "Met at ColdLink Summit 2026 in Rotterdam; chatted about chassis shortages."
    text = "Florence, loved our chat on chassis shortages at ColdLink. Hope all is well."
    assert verdict_of(text, notes, first="Florence").decision == "allow"


def test_a_recorded_plan_keeps_its_city():
    # The record plans ("next year"): the plan is the recorded thing, its city must hold.
    notes = "Met at GDC; they will open a studio in Lisbon next year."
    text = "Odile, is the new studio in Barcelona still on for next year after GDC?"
    assert verdict_of(text, notes).decision == "refuse"


def test_no_added_city_is_the_long_form_of_another_row():
    # A name the table holds in part is found as that part: a row for "Santiago de
    # Compostela" beside "Santiago" would make the short form another city.
    from orchestrator.policy.customization.places import _tables

    tables = _tables()
    for key, place in tables.latin.items():
        if place not in tables.more:
            continue
        words = key.split()
        for n in range(1, len(words)):
            short = tables.latin.get(" ".join(words[:n]))
            assert short is None or short == place, key


def test_a_city_inside_a_common_word_is_no_city():
    from orchestrator.policy.customization.places import find

    assert find("他在天安门广场附近的平台中心工作") == []


def test_a_short_form_of_the_recorded_city_is_allowed():
    notes = ("Presentó sus conservas de mejillón en la feria Alimentaria de Santiago de "
             "Compostela.")
    text = ("Hola Odile, tus conservas de mejillón en la feria Alimentaria de Santiago "
            "estaban buenísimas.")
    assert verdict_of(text, notes).decision == "allow"


def test_where_places_lie():
    from orchestrator.policy.customization.places import apart

    def p(name):
        return place_of(name)

    assert apart(p("Lisbon"), p("Portugal")) is False  # the country of the city
    assert apart(p("Barcelona"), p("Catalonia")) is False
    assert apart(p("Shibuya"), p("Tokyo")) is False  # a district of the city
    assert apart(p("Lisbon"), p("Spain")) is True
    assert apart(p("Catalonia"), p("Andalusia")) is True
    assert apart(p("Shibuya"), p("Osaka")) is True
    assert apart(p("Istanbul"), p("Europe")) is False
    assert apart(p("Dubai"), p("Spain")) is None  # a city of no known country


PLACED = [
    # A country or region holding the recorded city is the same place said otherwise.
    ("Met at Web Summit in Lisbon; talked about fraud scoring.",
     "Odile, great talking fraud scoring at Web Summit in Portugal.", "allow"),
    ("Runs a bakery chain in Barcelona; we talked about sourdough.",
     "Odile, your sourdough work at the bakeries in Catalonia is impressive.", "allow"),
    ("Met at BIO International in San Diego; discussed Series B.",
     "Odile님, 미국 BIO International에서 나눈 시리즈 B 이야기를 이어가고 싶습니다.", "allow"),
    # A country that does not hold it is another place, beside the occasion's words.
    ("Met at Web Summit in Lisbon; talked about fraud scoring.",
     "Odile, great talking fraud scoring at Web Summit in Spain.", "refuse"),
    ("Exports Rioja wines to Mexico; we talked about label rules.",
     "Odile, your Rioja exports to Brazil and the label rules we discussed got me thinking.",
     "refuse"),
    ("Met at BIO International in San Diego; discussed Series B.",
     "Odile님, 캐나다 BIO International에서 나눈 시리즈 B 이야기를 이어가고 싶습니다.", "refuse"),
]


@pytest.mark.parametrize(("notes", "text", "expect"), PLACED)
def test_a_country_holding_the_recorded_city_restates_it(notes, text, expect):
    assert verdict_of(text, notes).decision == expect


COUNTRY_OF = {"Lisbon": "Portugal", "Madrid": "Spain", "Lyon": "France", "Turin": "Italy",
              "Leipzig": "Germany"}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(COUNTRY_OF)), st.sampled_from(sorted(set(COUNTRY_OF.values()))))
def test_only_a_country_that_does_not_hold_the_city_is_refused(city, country):
    notes = f"Gave a keynote on soil sensors at AgriTech Days in {city}."
    text = f"Odile, your keynote on soil sensors at AgriTech Days in {country} was superb."
    verdict = verdict_of(text, notes)
    assert verdict.decision == ("allow" if COUNTRY_OF[city] == country else "refuse")


DEMONYMS = [
    # A city's demonym beside the event is the event's city.
    ("Ha presentato una lampada in vetro riciclato alla fiera del design di Milano.",
     "Ciao Odile, la tua lampada in vetro riciclato alla fiera del design torinese era "
     "bellissima.", "refuse"),
    ("Vortrag über Holzfassaden auf der Hausbau-Messe in Bremen.",
     "Hallo Odile, Ihr Vortrag über Holzfassaden auf der Hamburger Hausbau-Messe war top.",
     "refuse"),
    ("A présenté ses luminaires au salon du design de Lyon.",
     "Bonjour Odile, vos luminaires au salon du design parisien m'ont beaucoup plu.", "refuse"),
    # The recorded city's own demonym, and one that says where a thing comes from.
    ("Ha presentato una lampada in vetro riciclato alla fiera del design di Milano.",
     "Ciao Odile, la tua lampada in vetro riciclato alla fiera del design milanese era "
     "bellissima.", "allow"),
    ("Ha presentato la sua pasta fresca al Salone del Gusto di Torino.",
     "Ciao Odile, la tua pasta fresca bolognese al Salone del Gusto era ottima.", "allow"),
]


@pytest.mark.parametrize(("notes", "text", "expect"), DEMONYMS)
def test_a_demonym_beside_the_event_is_its_city(notes, text, expect):
    assert verdict_of(text, notes).decision == expect


@pytest.mark.parametrize(("word", "city"), [
    ("torinese", "Turin"), ("Hamburger", "Hamburg"), ("parisien", "Paris"),
    ("lisboeta", "Lisbon"), ("Viennese", "Vienna"), ("veronese", "Verona"),
    ("toulousain", "Toulouse"), ("prochaine", None), ("certaine", None),
    ("italiana", None), ("Partner", None), ("Manager", None),
])
def test_a_demonym_names_its_city(word, city):
    from orchestrator.policy.customization.places import demonym_place

    assert demonym_place(word) == (place_of(city) if city else None)
