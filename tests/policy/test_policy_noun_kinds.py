"""Another kind of a recorded thing, told by the word that says its kind (R4), and what the
record denies credited to the reader (R4). See
:mod:`orchestrator.policy.customization.noun_kinds` and :mod:`...denials`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


def says_the_record_differs(verdict) -> bool:
    return not verdict.allowed and any("the record says" in r.message for r in verdict.reasons)


# Each: notes, a message giving the recorded thing another kind, the message's phrase.
OTHER_KIND = [
    ("Runs the tool library in Portobello; we talked about lending drills to tenants.",
     "Ada, how is the seed library in Portobello doing?", "seed library"),
    ("Works on motor claims fraud detection; met at the Insurtech Leeds meetup.",
     "Ada, your work on property claims fraud detection caught my eye after Insurtech Leeds.",
     "property claims"),
    ("Met at the Bristol glass fair; she makes borosilicate lampwork beads.",
     "Ada, loved your soda-lime lampwork beads at the Bristol glass fair!",
     "soda-lime lampwork"),
    ("Canine hydrotherapy; underwater treadmill; posts about post-surgery rehab.",
     "Ada, your posts on equine hydrotherapy and the underwater treadmill are brilliant.",
     "equine"),
    ("Carves marionettes from limewood; two-year apprenticeship in Prague.",
     "Ada, your balsa marionettes are gorgeous. Is that something you picked up in Prague?",
     "balsa marionettes"),
    ("Importa maquinaria agrícola de Italia vía Génova.",
     "Hola Ada, sé que importan maquinaria textil desde Italia vía Génova. ¿Hablamos?",
     "maquinaria textil"),
    ("Testamos os hidrômetros ultrassônicos AquaSonic 20 em 2023.",
     "Oi Ada, os hidrômetros eletromagnéticos de vocês estão funcionando muito bem aqui!",
     "hidrômetros eletromagnéticos"),
    ("Mantém um banco de sementes de feijão crioulo em Irecê, 87 variedades.",
     "Ada, que incrível o banco de sementes de milho crioulo em Irecê com 87 variedades!",
     "sementes de milho"),
    ("Lampadari in cristallo al piombo; commessa da 60 lampadari per un hotel di Lisbona.",
     "Ciao Ada, complimenti per i 60 lampadari in vetro per l'hotel di Lisbona!",
     "lampadari in vetro"),
]


@pytest.mark.parametrize(("notes", "text", "phrase"), OTHER_KIND)
def test_another_kind_of_the_recorded_thing_contradicts_the_record(notes, text, phrase):
    verdict = verdict_of(text, notes)
    assert says_the_record_differs(verdict), verdict.reasons
    assert any(phrase in r.message for r in verdict.reasons), verdict.reasons


# The same things said faithfully, described, praised, or the sender's own.
SAME_KIND = [
    ("Runs the tool library in Portobello; we talked about lending drills to tenants.",
     "Ada, how is the tool library in Portobello doing? Lending drills to tenants is smart."),
    ("Runs the tool library in Portobello; we talked about lending drills to tenants.",
     "Ada, how is the lending library in Portobello doing? Drills for tenants, what an idea."),
    ("Runs the tool library in Portobello; we talked about lending drills to tenants.",
     "Ada, your wonderful library in Portobello is such a good idea; drills for tenants!"),
    ("We talked about heat pump installs in listed buildings.",
     "Ada, your take on heat pump installs in heritage buildings stuck with me."),
    ("Met at EADV Congress; she talked about teledermatology triage for rural clinics.",
     "Ada, since EADV I keep coming back to what you told me about remote triage of skin "
     "conditions for rural clinics."),
    ("Habló de sensores de humedad en olivares en Fruit Attraction.",
     "Hola Ada, vi tu charla en Fruit Attraction. Fabricamos sensores de humedad en almendros "
     "y nos encantaría colaborar."),
    ("Especialista em reabilitação do ombro de atletas de remo.",
     "Olá Ada, o seu trabalho com a reabilitação do ombro de remadores é admirável."),
    ("A présenté son outil de tri optique des déchets au salon Pollutec à Lyon.",
     "Bonjour Ada, j'ai repensé à votre outil de tri optique montré au salon Pollutec."),
    ("Importa maquinaria agrícola de Italia vía Génova.",
     "Hola Ada, sé que importan maquinaria agrícola desde Italia vía Génova. ¿Hablamos?"),
    ("Carves marionettes from limewood; two-year apprenticeship in Prague.",
     "Ada, your limewood marionettes are gorgeous. Is that something you picked up in Prague?"),
]


@pytest.mark.parametrize(("notes", "text"), SAME_KIND)
def test_the_recorded_kind_described_or_paraphrased_stays_allowed(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.allowed, [r.message for r in verdict.reasons]


_OTHER_KINDS = ["seed", "toy", "puzzle", "costume", "map", "vinyl"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_OTHER_KINDS), st.sampled_from(["the", "your", "that"]))
def test_any_other_noun_before_the_recorded_head_is_another_thing(kind, determiner):
    notes = "Runs the tool library in Portobello; we talked about lending drills to tenants."
    verdict = verdict_of(f"Ada, how is {determiner} {kind} library in Portobello doing?", notes)
    assert says_the_record_differs(verdict), verdict.reasons


# --- denials ---------------------------------------------------------------------------

DENIED = [
    ("Replaced the chapel window in Girona with mouth-blown glass - no float.",
     "Ada, I saw the Girona chapel window you redid with float glass. Such a clean result!",
     "float"),
    ("Prefers phone to email; not interested in TPA outsourcing this year.",
     "Hi Ada, great to hear you're looking to outsource claims handling this year.",
     "outsource"),
    ("Voices Badger in 'Mossbottom Lane' (not a puppeteer).",
     "Ada, your puppeteering on Mossbottom Lane is so expressive.", "puppeteering"),
    ("Trabaja solo con madera de cerezo, sin barniz; taller en Cuenca.",
     "Hola Ada, me encantó el barniz de tus piezas de cerezo del taller de Cuenca.", "barniz"),
    ("人形の頭は桐の一木彫り；紙粘土は使わない主義。",
     "岡本様、紙粘土で作られた人形の温かみに、いつも心惹かれております。", "紙粘土"),
    ("『つばめの港』では演出ではなく美術（人形デザイン）を担当。",
     "村上様、『つばめの港』の演出、本当に素晴らしかったです。", "演出"),
    ("坚持使用国产种植体，不做进口品牌。",
     "魏主任您好：得知您一直偏爱进口种植体品牌，想约时间给您演示。", "进口"),
    ("부산 공방; 유약은 사용하지 않음, 장작가마 소성.",
     "안녕하세요, 유약을 입힌 장작가마 작품이 정말 인상적이었습니다.", "유약"),
    ("Backt nur mit Sauerteig, ohne Hefe; Bäckerei in Lüneburg.",
     "Hallo Ada, Ihre Hefe-Brötchen aus der Bäckerei in Lüneburg sind legendär.", "Hefe"),
    # never had, never got, none
    ("관행농으로 감자 재배; 친환경 인증은 받은 적이 없다고 직접 말함.",
     "대표님, 친환경 인증 감자라 저희 꾸러미와 딱 맞을 것 같습니다.", "인증"),
    ("没有有机认证，坚持传统种植小米。", "您好，听说您的有机认证小米很受欢迎！", "有机认证"),
    ("有機認証は取っていないが、在来種の大豆を育てている。",
     "有機認証の大豆を育てていらっしゃると伺いました。", "有機認証"),
]


@pytest.mark.parametrize(("notes", "text", "word"), DENIED)
def test_what_the_record_denies_credited_to_the_reader_contradicts_it(notes, text, word):
    verdict = verdict_of(text, notes)
    assert says_the_record_differs(verdict), verdict.reasons


AGREEING = [
    ("Replaced the chapel window in Girona with mouth-blown glass - no float.",
     "Ada, I saw the Girona chapel window you redid with mouth-blown glass. Beautiful!"),
    ("Replaced the chapel window in Girona with mouth-blown glass - no float.",
     "Ada, the Girona chapel window in mouth-blown glass, not float: the right call."),
    ("Met at the Girona glass fair; no time for calls until May.",
     "Ada, good to meet you at the Girona glass fair! Happy to find a time in May."),
    ("Conosciuta a Filo Futuro (Biella, 2024); ha presentato il progetto 'Blu Senza Indaco'.",
     "Ciao Ada, a Filo Futuro il tuo progetto 'Blu Senza Indaco' mi ha colpito."),
    ("人形の頭は桐の一木彫り；紙粘土は使わない主義。",
     "岡本様、紙粘土を使わず桐の一木彫りで頭を作られていると伺い、感銘を受けました。"),
    ("坚持使用国产种植体，不做进口品牌。",
     "魏主任您好：得知您坚持使用国产种植体，我们也只做国产品牌，想约时间交流。"),
    ("Not a puppeteer himself, but voices Badger in 'Mossbottom Lane'; puppet design by Cass.",
     "Ada, your voice work as Badger in Mossbottom Lane is wonderful."),
    ("관행농으로 감자 재배; 친환경 인증은 받은 적이 없다고 직접 말함.",
     "대표님, 관행농 감자를 재배하신다고 들었습니다."),
    ("有機認証は取っていないが、在来種の大豆を育てている。",
     "有機認証なしで在来種の大豆を育てていらっしゃると伺いました。"),
]


@pytest.mark.parametrize(("notes", "text"), AGREEING)
def test_a_message_agreeing_with_a_denial_stays_allowed(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.allowed, [r.message for r in verdict.reasons]
