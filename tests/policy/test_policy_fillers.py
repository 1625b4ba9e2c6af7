"""A recorded word with another common word in its slot than the record's is a contradiction
(R4): "your high-protein pancake reel" for "a reel on high-protein overnight oats", "sensores
de humedad en almendros" for "... en olivares", "from Airflow to Kestra" for "from Airflow to
Dagster", "il divano 'Onda'" for "la lampada 'Onda'". A modifier added before the recorded
head, the record's word written otherwise (inflected, a typo, a compound taken apart, one
word for a phrase), the sender's own things and questions are not. See
:mod:`orchestrator.policy.customization.fillers`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.fillers import (_describing, _quote_between, _said,
                                                       _slots)
from orchestrator.policy.customization.text import proper_flags, tokenize


def verdict_of(text: str, notes: str, first: str = "Ottilie"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


WRONG = [
    # The word after a link ("in", "en", "des", "für", "per", "para").
    ("Gave a talk on heat pumps for greenhouses at Ecobuild.",
     "Hi Ottilie, your Ecobuild talk on heat pumps for schools was excellent.", "schools"),
    ("Habló de sensores de humedad en olivares en Fruit Attraction.",
     "Hola Ottilie, tu charla sobre sensores de humedad en almendros en Fruit Attraction fue "
     "genial.", "almendros"),
    ("A animé un atelier sur la fermentation des légumes au salon Marjolaine.",
     "Bonjour Ottilie, votre atelier sur la fermentation des fruits au salon Marjolaine était "
     "passionnant.", "fruits"),
    ("Vortrag über Wärmepumpen für Altbauten auf der ISH.",
     "Hallo Frau Ottilie, Ihr Vortrag über Wärmepumpen für Neubauten auf der ISH war stark.",
     "Neubauten"),
    ("Ha parlato di irrigazione di precisione per vigneti al Vinitaly.",
     "Ciao Ottilie, il tuo intervento sull'irrigazione di precisione per serre al Vinitaly mi è "
     "piaciuto.", "serre"),
    ("Falou sobre painéis solares para escolas na Intersolar.",
     "Olá Ottilie, a sua palestra sobre painéis solares para hospitais na Intersolar foi ótima.",
     "hospitais"),
    # One word changed between two stretches of the record's phrase.
    ("Expose une série de vases en grès au salon Maison&Objet.",
     "Bonjour Ottilie, votre série de bols en grès au salon Maison&Objet m'a plu.", "bols"),
    # The end of a move.
    ("Tweeted about migrating from Airflow to Dagster.",
     "Hi Ottilie, your thread on the move from Airflow to Kestra was a great read.", "Kestra"),
    ("Migrou de Jenkins para GitHub Actions.",
     "Olá Ottilie, vi o seu post sobre a migração de Jenkins para GitLab CI. Como foi?",
     "GitLab"),
    ("Moved the data platform from Google Cloud to Azure in 2024.",
     "Hi Ottilie, your write-up on moving from Google Cloud to Oracle Cloud was great.",
     "Oracle"),
    ("Ist von Jira zu Linear gewechselt.",
     "Hallo Ottilie, Ihr Beitrag zum Wechsel von Jira zu Asana war spannend.", "Asana"),
    # Across languages, the names at the end of a move.
    ("Tweeted about migrating from Airflow to Dagster.",
     "Hola Ottilie, me encantó tu hilo sobre la migración de Airflow a Prefect.", "Prefect"),
    # Between two recorded words, where the record goes on otherwise.
    ("Posted a reel on high-protein overnight oats.",
     "Hi Ottilie, your high-protein pancake reel was so good. Would love to connect.",
     "pancake"),
    ("Wrote a thread on Postgres vacuum tuning.",
     "Hi Ottilie, your Postgres sharding thread saved my week.", "sharding"),
    # The kind of a titled thing.
    ("Ha presentato la lampada 'Onda' al Salone del Mobile.",
     "Ciao Ottilie, il divano 'Onda' presentato al Salone del Mobile è bellissimo.", "divano"),
    ("Presented the lamp 'Halo' at Euroluce.",
     "Hi Ottilie, the 'Halo' chair you showed at Euroluce was beautiful.", "chair"),
    ("Wrote the novel 'Salt Roads'.",
     "Hi Ottilie, your memoir 'Salt Roads' stayed with me for weeks.", "memoir"),
    # Double quotes end a clause once normalized: the kind stands across them.
    ("A publié le recueil « Marées basses ».",
     "Bonjour Ottilie, votre roman « Marées basses » m'a accompagnée tout l'été.", "roman"),
    ("Presented the “Halo” floor lamp at Euroluce.",
     "Hi Ottilie, the “Halo” armchair at Euroluce was beautiful.", "armchair"),
]


@pytest.mark.parametrize(("notes", "text", "said"), WRONG)
def test_another_word_in_the_slot_is_a_contradiction(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert any(said in reason.message for reason in verdict.reasons)


RIGHT = [
    # A modifier added, the record's head kept or its word given elsewhere.
    ("Posted a reel on high-protein overnight oats.",
     "Hi Ottilie, your reel on high-protein vegan overnight oats was great. Would love to "
     "connect."),
    ("Posted a reel on high-protein overnight oats.",
     "Hi Ottilie, your high-protein oats reel was so good. Would love to connect."),
    ("Gave a talk on heat pumps for listed buildings at Ecobuild.",
     "Hi Ottilie, your Ecobuild talk on heat pumps for old buildings was excellent."),
    ("Habló de sensores de humedad en olivares en Fruit Attraction.",
     "Hola Ottilie, tu charla sobre sensores de humedad en grandes olivares en Fruit "
     "Attraction fue genial."),
    ("Falou sobre painéis solares para escolas rurais na Intersolar.",
     "Olá Ottilie, a sua palestra sobre painéis solares para escolas do interior na "
     "Intersolar foi ótima."),
    # A phrase on either side of a link is as likely the same thing said otherwise.
    ("Gave a talk on AI for radiology at RSNA.",
     "Hi Ottilie, your RSNA talk on AI for medical imaging was excellent."),
    ("A présenté une application de covoiturage pour les zones rurales.",
     "Bonjour Ottilie, votre application de covoiturage pour les villages m'intéresse."),
    # A move to a kind of thing, not to another name.
    ("Led the migration from Oracle to PostgreSQL at her bank.",
     "Hi Ottilie, the move from Oracle to open-source databases at your bank is impressive."),
    # A place inside the recorded one, or the same place in another language.
    ("Relocated the team from Lisbon to Berlin last year.",
     "Hi Ottilie, moving the team from Lisbon to Germany must have been a big step."),
    ("Relocated the team from Lisbon to Munich last year.",
     "Hi Ottilie, moving the team from Lisbon to München must have been a big step."),
    # After a single loosely bound word, another one is as likely a synonym.
    ("Teaches yoga for seniors at the Lindenhof studio.",
     "Hi Ottilie, your yoga for elders at the Lindenhof studio sounds lovely."),
    ("Trabaja en marketing para restaurantes.",
     "Hola Ottilie, tu trabajo en marketing para hostelería es genial."),
    # The record's word written otherwise: a compound taken apart, a typo, one word for two.
    ("Vortrag über Wärmepumpen für Altbauten auf der ISH.",
     "Hallo Frau Ottilie, Ihr Vortrag über Wärmepumpen für alte Gebäude auf der ISH war "
     "stark."),
    ("Hat einen Leitfaden zu Solaranlagen für Vereine geschrieben.",
     "Hallo Ottilie, Ihr Leitfaden zu Solaranlagen für Sportvereine ist super."),
    ("Gave a talk on feature flags at DevOpsDays Austin.",
     "Loved your feature flgas talk at DevOpsDays Austin, Ottilie."),
    ("Especialista em reabilitação do ombro de atletas de remo.",
     "Olá Ottilie, o seu trabalho com a reabilitação do ombro de remadores é admirável."),
    # Before another word of the subject, the filler is one more modifier of it.
    ("Wrote a thread on Postgres index tuning.",
     "Hi Ottilie, your Postgres query tuning thread saved my week."),
    # Praise, or a word any made thing goes by, before a title says nothing of its kind.
    ("Ha presentato la lampada 'Onda' al Salone del Mobile.",
     "Ciao Ottilie, la collezione 'Onda' presentata al Salone del Mobile è bellissima."),
    ("Ha presentato la lampada 'Onda' al Salone del Mobile.",
     "Ciao Ottilie, la splendida 'Onda' presentata al Salone del Mobile è bellissima."),
    ("Presented the lamp 'Halo' at Euroluce.",
     "Hi Ottilie, the iconic 'Halo' you showed at Euroluce was beautiful."),
    # Another name for one kind of work: a record is an album, a movie a film.
    ("Harpist; album 'Avel Noz' came out in 2021.",
     "Ottilie, I keep coming back to your record 'Avel Noz', it is so beautiful."),
    ("Harpiste ; album « Avel Noz » sorti en 2021.",
     "Ottilie, je réécoute sans cesse ton disque « Avel Noz », c'est trop beau."),
    ("Directed the documentary 'Salt Roads' about the Via Salaria.",
     "Hi Ottilie, your film 'Salt Roads' about the Via Salaria stayed with me."),
    ("Presented the lamp 'Halo' at Euroluce.",
     "Hi Ottilie, the 'Halo' pendant lamp at Euroluce was beautiful."),
    ("Presented the 'Halo' lamp at Euroluce.",
     "Hi Ottilie, the 'Halo' launch at Euroluce was beautiful."),
    # A name before a bare (unquoted) name: something made of it, not its kind.
    ("Ha disegnato il carattere 'Marea Sans' presentato al Festival della Grafica di Urbino.",
     "Ciao Ottilie, il tuo Marea Sans al Festival della Grafica mi è rimasto in testa: un "
     "campionario Marea Sans stampato da noi?"),
    # The sender's own things, and a question.
    ("Tweeted about migrating from Airflow to Dagster.",
     "Hi Ottilie, we moved from Airflow to Prefect ourselves, and your Dagster thread was a "
     "great read."),
    ("Habló de sensores de humedad en olivares en Fruit Attraction.",
     "Hola Ottilie, vi tu charla en Fruit Attraction. Fabricamos sensores de humedad en "
     "almendros y nos encantaría colaborar."),
    ("Se mudó de Madrid a Lisboa.",
     "Hi Ottilie, how is life since you moved from Madrid to Lisbon? Loved your blog."),
    ("Hat von Jira zu Linear gewechselt.",
     "Hi Ottilie, loved your post on switching from Jira to Linear."),
    # Another language than the record's: phrases are not compared word by word.
    ("Habló de sensores de humedad en olivares en Fruit Attraction.",
     "Hi Ottilie, your Fruit Attraction talk on humidity sensors in olive groves was great."),
]


@pytest.mark.parametrize(("notes", "text"), RIGHT)
def test_added_or_rewritten_words_are_no_contradiction(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "allow", [r.message for r in verdict.reasons]


_CROPS = ["olivares", "almendros", "viñedos", "naranjos", "cerezos", "arrozales"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_CROPS), st.sampled_from(_CROPS))
def test_the_sensors_in_a_crop_clash_exactly_when_the_crop_differs(recorded, said):
    notes = f"Habló de sensores de humedad en {recorded} en Fruit Attraction."
    text = f"Hola Ottilie, tu charla sobre sensores de humedad en {said} en Fruit Attraction " \
           "fue genial."
    assert verdict_of(text, notes).decision == ("allow" if said == recorded else "refuse")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_CROPS), st.sampled_from(["grandes", "antiguos", "ecológicos",
                                                  "andaluces"]))
def test_an_adjective_beside_the_recorded_word_is_no_clash(crop, adjective):
    notes = f"Habló de sensores de humedad en {crop} en Fruit Attraction."
    for phrase in (f"{adjective} {crop}", f"{crop} {adjective}"):
        text = f"Hola Ottilie, tu charla sobre sensores de humedad en {phrase} en Fruit " \
               "Attraction fue genial."
        assert verdict_of(text, notes).decision == "allow", phrase


def test_the_frames_of_a_word():
    text = "moving from Airflow to Prefect, sensors in vineyards and the chair 'Onda'"
    tokens = tokenize(text)
    flags = proper_flags(tokens, "english")
    at = {t.surface: k for k, t in enumerate(tokens)}
    assert _slots(text, tokens, flags, at["Airflow"]) == [("from-to", at["Prefect"])]
    assert _slots(text, tokens, flags, at["sensors"]) == [("in", at["vineyards"])]
    assert ("kind", at["chair"]) in _slots(text, tokens, flags, at["Onda"])


@pytest.mark.parametrize(("word", "describing"), [
    ("iconic", True), ("splendida", True), ("nuova", True), ("lumineuse", True),
    ("collezione", True), ("lamp", False), ("sedia", False), ("divano", False),
])
def test_words_that_describe_a_title(word, describing):
    assert _describing(tokenize(word)[0]) is describing


# --- what an award was for, in Chinese, Japanese and Korean ----------------------------------

AWARDS = [
    # (notes, wrong, right)
    ("「物流アワード2025」で名刺交換。省人化倉庫で受賞。",
     "佐々木様、物流アワード2025での再配達削減での受賞、おめでとうございます。",
     "佐々木様、物流アワード2025での省人化倉庫でのご受賞、おめでとうございます。"),
    ("凭借冷链溯源平台获得2025物流创新奖。",
     "周总您好，恭喜您凭借无人仓调度算法获得物流创新奖！",
     "周总您好，恭喜您凭借冷链溯源平台获得物流创新奖！"),
    ("2025 농업혁신대회 스마트팜 부문에서 대상을 받음.",
     "박 대표님, 농업혁신대회 드론방제 부문 대상 수상 축하드립니다!",
     "박 대표님, 농업혁신대회 스마트팜 부문 대상 수상 축하드립니다!"),
]


@pytest.mark.parametrize(("notes", "wrong", "right"), AWARDS)
def test_an_award_for_another_subject_is_a_contradiction(notes, wrong, right):
    verdict = verdict_of(wrong, notes, first="千尋")
    assert verdict.decision == "refuse"
    assert any("the record says" in reason.message for reason in verdict.reasons)
    verdict = verdict_of(right, notes, first="千尋")
    assert verdict.decision == "allow", [r.message for r in verdict.reasons]


@pytest.mark.parametrize("text", [
    "佐々木様、東京での受賞、おめでとうございます。省人化倉庫の取り組みに感銘を受けました。",
    "佐々木様、昨年での受賞に続き、省人化倉庫の取り組みに感銘を受けました。",
])
def test_a_place_or_time_before_an_award_is_no_subject(text):
    notes = "「物流アワード2025」で名刺交換。省人化倉庫で受賞。"
    verdict = verdict_of(text, notes, first="千尋")
    assert verdict.decision == "allow", [r.message for r in verdict.reasons]


@pytest.mark.parametrize(("text", "quote"), [
    ("la sedia 'Onda'", True), ("the 'Halo' lamp", True), ('the "Halo" lamp', True),
    ("l'Onda", False), ("Kim's lamp", False), ("the Halo lamp", False),
])
def test_a_quote_between_two_words(text, quote):
    tokens = tokenize(text)
    assert any(_quote_between(text, a.end, b.start)
               for a, b in zip(tokens, tokens[1:])) is quote


@pytest.mark.parametrize(("recorded", "text", "said"), [
    ("olivos", "sensores en olivares", True), ("PostgreSQL", "nach Postgres", True),
    ("PostgreSQL", "Ihr Post zum Umzug", False), ("olivos", "sensores en viñedos", False),
])
def test_the_record_word_given_in_the_message(recorded, text, said):
    other = tokenize(recorded)[0]
    tokens = tokenize(text)
    assert _said(other, tokens, set(), "spanish") is said


_TOOLS = ["Dagster", "Prefect", "Kestra", "Luigi", "Mage", "Argo"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_TOOLS), st.sampled_from(_TOOLS), st.booleans())
def test_the_end_of_a_move_clashes_exactly_when_the_name_differs(recorded, said, spanish):
    notes = f"Tweeted about migrating from Airflow to {recorded}."
    text = f"Hola Ottilie, me encantó tu hilo sobre la migración de Airflow a {said}." \
        if spanish else f"Hi Ottilie, loved your thread on moving from Airflow to {said}."
    assert verdict_of(text, notes).decision == ("allow" if said == recorded else "refuse")


# --- the end of a move in Chinese, Japanese and Korean ------------------------------------------

@pytest.mark.parametrize(("text", "decision"), [
    ("千尋您好，您那篇关于从Airflow迁移到Prefect的帖子写得很好！", "refuse"),
    ("千尋您好，您那篇关于从Airflow迁移到Dagster的帖子写得很好！", "allow"),
    ("千尋様、AirflowからPrefectへの移行についての投稿、大変参考になりました。", "refuse"),
    ("千尋様、AirflowからDagsterへの移行についての投稿、大変参考になりました。", "allow"),
    ("千尋님, Airflow에서 Prefect로 옮기신 글 잘 읽었습니다.", "refuse"),
    ("千尋님, Airflow에서 Dagster로 옮기신 글 잘 읽었습니다.", "allow"),
    # the sender's own move
    ("千尋您好，我们也从Airflow迁移到了Prefect，您关于Dagster的帖子很有启发。", "allow"),
])
def test_a_cjk_move_to_another_name(text, decision):
    verdict = verdict_of(text, "Tweeted about migrating from Airflow to Dagster.", first="千尋")
    assert verdict.decision == decision, [r.message for r in verdict.reasons]


def test_cjk_moves_read_latin_names_only():
    from orchestrator.policy.customization.fillers import _moves

    assert [m[:2] for m in _moves("从Airflow迁移到Prefect的帖子")] == [("Airflow", "Prefect")]
    assert [m[:2] for m in _moves("migrating from Google Cloud to Azure")] == [
        ("Google Cloud", "Azure")]
    assert _moves("从北京到上海") == []
