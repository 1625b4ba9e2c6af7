"""A recorded interest named, then a sales claim: nothing is said about the interest (R4).

"I know you're interested in precision farming. Corrin Hydraulics offers the industry's most
reliable valves", "sé que te interesa el enoturismo. Nuestra plataforma aumenta las ventas un
40 %": a vendor's figure or superlative is what it would tell anyone. The claim and the call
to action after it are read as the pitch (see
:mod:`orchestrator.policy.customization.pitches`); an offer that takes the interest up
("we built Pulsewise for exactly that", a tag named again) or says something of the sender's
own before the claim is still a message written for the reader.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.pitches import pitch_region
from orchestrator.policy.customization.text import tokenize


def verdict_of(text: str, interests, title: str = "Head of Research",
               company: str = "Lovelace Labs"):
    who = contact(first="Ada", interests=tuple(interests), title=title, company=company)
    return evaluate(batch(draft("d", text, who)))["d"]


PITCHED = [
    ("Hi Ada, I know you're interested in cold-chain logistics. Frostline cuts spoilage by "
     "35%. Worth a call?", ["cold-chain logistics"]),
    ("Hi Ada, I know you care about code review, so you'll love Glint: 5x faster reviews "
     "and zero setup. Demo?", ["code review"]),
    ("Dear Ada, I know you're interested in vertical farming. Verdalis makes the industry's "
     "most efficient grow lights. Can we talk?", ["vertical farming"]),
    ("Hallo Ada, ich weiß, dass Sie sich für Kreislaufwirtschaft interessieren. Unsere "
     "Software senkt den Ausschuss um 25 %. Kurzer Termin?", ["Kreislaufwirtschaft"]),
    ("Bonjour Ada, je sais que la maintenance prédictive vous intéresse. Capteo réduit les "
     "pannes de 40 %. Un appel cette semaine ?", ["maintenance prédictive"]),
    ("Hola Ada, sé que te interesa la agricultura regenerativa. Nuestro sensor es el mejor "
     "del mercado. ¿Hablamos?", ["agricultura regenerativa"]),
    ("Ciao Ada, so che ti interessa l'economia circolare. La nostra piattaforma dimezza i "
     "tempi, anzi riduce i costi del 30%. Ne parliamo?", ["economia circolare"]),
    ("Olá Ada, sei que você se interessa por energia eólica. Nossa turbina reduz custos "
     "em 20%. Vamos conversar?", ["energia eólica"]),
    ("Ada你好，我知道你对智慧物流感兴趣，我们的系统能让效率提升200%，约个时间聊聊？", ["智慧物流"]),
    # the interest is also a word of the reader's title: the hook is read all the same
    ("Hi Ada, I know you're interested in agritourism. Our booking app lifts sales by 40%. "
     "Chat?", ["agritourism"]),
]


@pytest.mark.parametrize(("text", "interests"), PITCHED)
def test_an_interest_then_a_sales_claim_is_refused(text, interests):
    title = "Head of Agritourism" if interests == ["agritourism"] else "Head of Research"
    verdict = verdict_of(text, interests, title=title)
    assert verdict.decision == "refuse", text
    reason = verdict.reasons[0]
    assert reason.code == "no-specific-detail"
    assert "only hooks the message" in reason.message
    assert reason.fix.startswith(f"Say something specific about {interests[0]}")


TAKEN_UP = [
    # the offer takes the interest up again before the figure
    ("Hi Ada, saw that employee listening is your thing; we built Pulsewise for exactly "
     "that. Pulsewise runs short surveys in Slack, so response rates stay above 80%.",
     ["employee listening", "Slack automation"]),
    # an offer about the interest, with no vendor's figure or superlative
    ("Hi Ada, given your interest in phage therapy, our host-range prediction model might "
     "be useful to your group.", ["phage therapy"]),
    ("Hello Ada, since you're into SMED, you might like how quickly our cobots change over "
     "between jobs.", ["SMED"]),
    # something of the sender's own before the claim
    ("Hi Ada, I know you're interested in beekeeping: I kept two Buckfast hives through the "
     "wet spring in Hexham. Our monitor cut my losses by half.", ["beekeeping"]),
]


@pytest.mark.parametrize(("text", "interests"), TAKEN_UP)
def test_an_offer_that_says_something_about_the_interest_passes(text, interests):
    verdict = verdict_of(text, interests)
    assert verdict.decision != "refuse", verdict.reasons


@pytest.mark.parametrize(("text", "claim"), [
    ("Our platform cuts downtime by 30 %.", "30"),
    ("Ours is 10x faster.", "10x"),
    ("Glint: 3× quicker reviews.", "3"),
    ("Riduce i tempi della metà.", "metà"),
    ("Le meilleur outil du marché.", "meilleur"),
    ("Die führende Lösung für Werkstätten.", "führende"),
    ("The industry's most reliable valves.", "most"),
    ("我们的方案业界领先。", "业界"),
    ("저희 솔루션이 업계 최고입니다.", "업계"),
])
def test_what_makes_a_sales_claim(text, claim):
    assert pitch_region(text, tokenize(text)) == 0, claim


@pytest.mark.parametrize("text", [
    "Most of the teams at the meetup asked about it.",
    "We met at booth 30 in Hall 4.",
    "It was in 2026, the week after the Lisbon summit.",
    "I ran the 10k in Porto with your team.",
])
def test_what_is_no_sales_claim(text):
    assert pitch_region(text, tokenize(text)) is None


def test_the_pitch_starts_at_the_claims_sentence():
    text = "I know you're into kombucha. We brew in Leeds. Ours sells 3x more. Demo?"
    tokens = tokenize(text)
    sentence = pitch_region(text, tokens)
    assert sentence == 2
    assert [t.surface for t in tokens if t.sentence >= sentence] == ["Ours", "sells", "3x",
                                                                     "more", "Demo"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["beekeeping", "bookbinding", "kombucha", "orienteering"]),
       st.sampled_from(["Hivemind cuts costs by {n}%.", "Our app is {n}x faster.",
                        "We have the best {what} on the market.",
                        "Tallyworks lowers your spend by {n} %."]),
       st.integers(min_value=2, max_value=95),
       st.sampled_from(["Demo?", "Worth a call?", "Can we talk this week?"]))
def test_property_an_interest_and_a_claim_never_pass(tag, claim, n, ask):
    text = (f"Hi Ada, I know you're interested in {tag}. "
            f"{claim.format(n=n, what='tools')} {ask}")
    assert verdict_of(text, [tag]).decision == "refuse", text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["beekeeping", "bookbinding", "kombucha", "orienteering"]),
       st.sampled_from(["last April I spent a week at the Hexham workshop",
                        "my brother Gideon won the Tynedale trophy"]),
       st.integers(min_value=2, max_value=95))
def test_property_the_senders_own_story_before_a_claim_passes(tag, own, n):
    text = f"Hi Ada, I know you're interested in {tag}: {own}. Our kit cut my costs by {n}%."
    assert verdict_of(text, [tag]).decision != "refuse", text


@pytest.mark.parametrize(("text", "claim"), [
    ("Es la más rápida del mercado.", True), ("Le plus fiable du marché.", True),
    ("Hablamos más tarde.", False), ("Mas é ótimo trabalhar com vocês.", False),
    ("Plus shipping to Porto.", False),
])
def test_the_romance_more_is_a_superlative_only_after_an_article(text, claim):
    assert (pitch_region(text, tokenize(text)) is not None) is claim
