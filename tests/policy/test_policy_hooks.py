"""A pitch hooked to one recorded interest says nothing about the reader (R4).

"Sei que gosta de vela; temos ótimas opções para si", "so che le bici cargo le interessano:
abbiamo ottime soluzioni", "日本酒にご関心をお持ちかと存じます": a frame saying the reader
likes or follows the tag, and a pitch with nothing specific in it. Any message to anyone who
follows the tag could say the same. What the sender did with the interest, something
specific about the reader's, or the sender saying they share it makes a detail.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.details import _interest_word
from orchestrator.policy.customization.text import tokenize


def verdict_of(text: str, interests, notes: str = "", first: str = "Ada",
               title: str = "Head of Research", company: str = "Lovelace Labs"):
    who = contact(first=first, interests=tuple(interests), notes=notes, title=title,
                  company=company)
    return evaluate(batch(draft("d", text, who)))["d"]


HOOKED = [
    ("Hi Ada, I know you're interested in beekeeping, so I think you'll like what we do.",
     ["beekeeping"], ""),
    ("Hola Ada: sé que te interesa la apicultura y creo que te pueden gustar nuestros "
     "productos.", ["apicultura"], "Interesada en apicultura."),
    ("Hallo Ada, ich weiß, dass Sie sich für Imkerei interessieren. Unsere Lösungen könnten "
     "Ihnen gefallen.", ["Imkerei"], ""),
    ("Bonjour Ada, je sais que l'apiculture vous intéresse : nos produits devraient vous "
     "plaire.", ["apiculture"], ""),
    ("Ciao Ada, so che l'apicoltura ti interessa: abbiamo ottime soluzioni, ne parliamo?",
     ["apicoltura"], "Interessata all'apicoltura."),
    ("Olá Ada, sei que gosta de apicultura; temos ótimas opções para si.", ["apicultura"],
     "Gosta de apicultura."),
    ("Hoi Ada, ik weet dat je geïnteresseerd bent in imkeren, dus onze oplossingen zijn vast "
     "iets voor jou.", ["imkeren"], ""),
    ("Ada您好，知道您对养蜂很有兴趣，我们的产品您一定会喜欢。", ["养蜂"], "喜欢养蜂。"),
    ("Ada様、養蜂にご関心をお持ちかと存じます。", ["養蜂"], ""),
    ("Ada님, 양봉에 관심이 많으신 걸로 알고 있습니다. 저희 제품도 분명 마음에 드실 거예요.",
     ["양봉"], ""),
    # "since you like X, we have great offers"
    ("Hola Ada, como te gusta la apicultura, tenemos ofertas estupendas para ti.",
     ["apicultura"], ""),
    ("Ciao Ada, visto che ti piace l'apicoltura, abbiamo offerte fantastiche per te.",
     ["apicoltura"], ""),
    ("Hoi Ada, omdat je van imkeren houdt, hebben we mooie aanbiedingen voor je.",
     ["imkeren"], ""),
    ("Hallo Ada, da Sie sich für Imkerei interessieren, haben wir tolle Angebote für Sie.",
     ["Imkerei"], ""),
    ("Hi Ada, given your interest in beekeeping, we have some great options for you.",
     ["beekeeping"], ""),
]


@pytest.mark.parametrize(("text", "interests", "notes"), HOOKED)
def test_a_pitch_hooked_to_one_interest_is_refused(text, interests, notes):
    verdict = verdict_of(text, interests, notes)
    assert verdict.decision == "refuse"
    reason = verdict.reasons[0]
    assert reason.code == "no-specific-detail"
    # Why, and how to fix it.
    assert "only hooks the message" in reason.message
    assert f"Say something specific about {interests[0]}" in reason.fix


def test_the_title_and_company_are_no_more_than_the_hook():
    verdict = verdict_of("Ada様、酒井酒店の専務として、日本酒にご関心をお持ちかと存じます。",
                         ["日本酒"], title="専務", company="酒井酒店")
    assert verdict.decision == "refuse"


SAID = [
    # the sender's own experience of it
    ("Hi Ada, I know you're into sailing: I crewed the Fastnet last year and the Irish Sea "
     "leg nearly broke me.", ["sailing"], ""),
    ("Olá Ada, sei que gosta de vela; fiz a regata Lisboa-Cascais em setembro no meu Snipe.",
     ["vela"], ""),
    ("Ciao Ada, so che le bici cargo ti interessano: consegniamo la frutta in centro a "
     "Verona con due Bullitt da marzo.", ["bici cargo"], ""),
    ("Ada您好，知道您对设计很有兴趣，我上个月在上海看了包豪斯百年展，想听听您对展陈的看法。",
     ["设计"], ""),
    # the sender says they share it
    ("Hi Ada, I noticed we share an interest in Arctic shipping routes.",
     ["Arctic shipping routes"], ""),
    # something specific about the reader's
    ("Hi Ada, I know you're interested in beekeeping: how did your Buckfast colonies come "
     "through the wet spring?", ["beekeeping"], ""),
]


@pytest.mark.parametrize(("text", "interests", "notes"), SAID)
def test_an_interest_taken_up_with_something_specific_passes(text, interests, notes):
    verdict = verdict_of(text, interests, notes)
    assert verdict.decision != "refuse", verdict.reasons


@pytest.mark.parametrize("word", ["interessano", "gosta", "intéresse", "interested",
                                  "geïnteresseerd", "感兴趣", "ご関心", "관심이"])
def test_interest_words_in_each_language(word):
    assert any(_interest_word(t) for t in tokenize(word))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["beekeeping", "bookbinding", "kombucha", "orienteering"]),
       st.sampled_from(["I know you're interested in {}", "Since you follow {}",
                        "I see you care about {}"]),
       st.sampled_from(["we have great solutions for you.", "I think you'll like what we do.",
                        "you might like our products."]))
def test_property_a_frame_and_a_bare_pitch_never_pass(tag, frame, pitch):
    text = f"Hi Ada, {frame.format(tag)}; {pitch}"
    assert verdict_of(text, [tag]).decision == "refuse"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["beekeeping", "bookbinding", "kombucha", "orienteering"]),
       st.sampled_from(["last April I spent a week at the Hexham workshop",
                        "my brother Gideon won the Tynedale trophy"]))
def test_property_something_of_the_senders_own_passes(tag, own):
    text = f"Hi Ada, I know you're interested in {tag}: {own}."
    assert verdict_of(text, [tag]).decision != "refuse"


NOTED = [
    ("Olá Ada, como Head of Research na Lovelace Labs, talvez tenha interesse nas nossas "
     "caminhadas.", "Interessada em caminhadas ao ar livre para a equipa."),
    ("Hi Ada, as Head of Research at Lovelace Labs, maybe you'd be interested in our "
     "workshops.", "Interested in pottery workshops for her team."),
]


@pytest.mark.parametrize(("text", "notes"), NOTED)
def test_an_interest_the_notes_give_hooked_to_a_pitch_is_refused(text, notes):
    assert verdict_of(text, [], notes).decision == "refuse"


def test_a_subject_echoing_the_noted_interest_is_no_more_than_the_hook():
    who = contact(notes="Interessada em caminhadas ao ar livre para a equipa.")
    text = "Olá Ada, como Head of Research na Lovelace Labs, talvez tenha interesse nas nossas caminhadas."
    verdict = evaluate(batch(draft("d", text, who, subject="Caminhadas")))["d"]
    assert verdict.decision == "refuse"
    # A subject word alone is no rare term either (test_policy_paraphrase): the reason may
    # say the two words are loose, or that they only hook the message; both name them.
    reason = verdict.reasons[0]
    assert reason.code == "no-specific-detail" and "aminhadas" in reason.message


def test_an_interest_the_notes_give_taken_up_passes():
    verdict = verdict_of("Hi Ada, I know you're interested in pottery workshops for your team: "
                         "ours fired a raku kiln in Ludlow last Saturday, glazes and all.", [],
                         "Interested in pottery workshops for her team.")
    assert verdict.decision != "refuse", verdict.reasons


@pytest.mark.parametrize(("text", "interests", "notes"), [
    ("Ada, as a fellow jazz lover I'm sure we'd get on. I book acts for the Ferrow Street "
     "club nights.", ["jazz"], "Loves jazz."),
    ("Hola Ada, veo que eres una apasionada del senderismo. Organizo viajes para grupos "
     "pequeños en Asturias, ¿conectamos?", ["senderismo"], "Le gusta el senderismo."),
    ("Ada你好，看得出你很热爱咖啡！我们在做烘焙设备，想和你认识一下。", ["咖啡"], "喜欢咖啡。"),
])
def test_notes_that_only_restate_the_interest_leave_a_stock_frame_vague(text, interests, notes):
    assert verdict_of(text, interests, notes).decision == "refuse"


def test_notes_that_say_more_about_the_interest_are_a_detail():
    text = ("Ada, as a fellow jazz lover I really enjoyed your trio set at the Blue Lantern. I "
            "book acts for club nights nearby.")
    notes = "Loves jazz. Played a trio set at the Blue Lantern jazz night."
    assert verdict_of(text, ["jazz"], notes).decision != "refuse"


@pytest.mark.parametrize(("text", "interests", "title", "company"), [
    ("Hallo Herr Byron, als Geschäftsführer von Byron Bräu interessieren Sie sich sicher für "
     "Craft Beer.", ["Craft Beer"], "Geschäftsführer", "Byron Bräu"),
    ("Bonjour Monsieur Byron, en tant que gérant de la Cave Byron, vous vous intéressez "
     "sûrement aux vins nature.", ["vins nature"], "Gérant", "Cave Byron"),
    ("Estimado Sr. Byron, como director de Bodegas Byron seguro que le interesa el "
     "enoturismo.", ["enoturismo"], "Director", "Bodegas Byron"),
    ("Ada总您好，作为拜伦茶业的总经理，您一定很关注茶叶出口。", ["茶叶出口"], "总经理", "拜伦茶业"),
])
def test_as_title_at_company_you_must_care_about_the_tag_is_refused(text, interests, title,
                                                                   company):
    assert verdict_of(text, interests, title=title, company=company).decision == "refuse"


def test_praise_in_a_stock_frame_says_which_interest_and_how_to_fix_it():
    verdict = verdict_of("Ada, as a fellow letterpress lover I'm sure we'd get on. I run a "
                         "print studio.", ["letterpress"])
    reason = verdict.reasons[0]
    assert "recorded interest in 'letterpress'" in reason.message
    assert reason.fix.startswith("Say something specific about letterpress")


def test_the_senders_own_names_are_no_more_than_the_pitch():
    who = contact(interests=("vela",))
    text = "Olá Ada, sei que gosta de vela; na Vela Azul temos ótimas opções para si."
    sent = batch(draft("d", text, who), sender_name="Rui Prates",
                 sender_headline="Fundador da Vela Azul, escola em Cascais")
    assert evaluate(sent)["d"].decision == "refuse"
