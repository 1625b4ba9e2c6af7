"""What the reader said, recalled with its subject ("what you said on X", "lo que dijiste
sobre X"), is a claim about them like "your talk on X": a subject the record does not give,
while its own goes unmentioned, contradicts it (R4). See
:mod:`orchestrator.policy.customization.topics`."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, notes: str):
    return evaluate(batch(draft("d", text, contact(first="Ada", notes=notes))))["d"]


NOTES = {
    "english": "Met at EADV Congress; discussed teledermatology triage in rural clinics.",
    "spanish": "Conocida en el Congreso EADV; hablamos del triaje en teledermatología.",
    "german": "Auf dem EADV-Kongress getroffen; über Teledermatologie-Triage gesprochen.",
    "italian": "Conosciuta al Congresso EADV; abbiamo parlato di triage in teledermatologia.",
}

WRONG = [
    ("english", "Ada, great to reconnect after EADV. I keep thinking about what you said on "
                "AI melanoma screening."),
    ("spanish", "Ada, qué bueno verte en el EADV. Sigo pensando en lo que dijiste sobre el "
                "cribado de melanoma con IA."),
    ("german", "Ada, schön, Sie beim EADV wiederzusehen. Was Sie über Melanom-Screening mit KI "
               "gesagt haben, geht mir nach."),
    ("italian", "Ada, che piacere rivederti all'EADV. Ripenso a quello che hai detto sullo "
                "screening del melanoma con l'IA."),
]


@pytest.mark.parametrize(("language", "text"), WRONG)
def test_what_the_reader_said_about_another_subject_contradicts_the_record(language, text):
    verdict = verdict_of(text, NOTES[language])
    assert not verdict.allowed
    assert any("the record says" in r.message for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("text", [
    "Ada, great to reconnect after EADV. I keep thinking about what you said on "
    "teledermatology triage for rural clinics.",
    "Ada, since EADV I keep coming back to what you told me about remote triage of skin "
    "lesions in rural clinics.",
    "Ada, since EADV I keep coming back to what you said about teledermatology triage.",
    # where the reader said it, not what about
    "Ada, great to reconnect after EADV. As you said on Tuesday, teledermatology triage is "
    "the bottleneck in rural clinics.",
    "Ada, great to reconnect after EADV. As you mentioned on LinkedIn, teledermatology "
    "triage in rural clinics is taking off.",
])
def test_what_the_reader_said_about_the_recorded_subject_stays_allowed(text):
    verdict = verdict_of(text, NOTES["english"])
    assert verdict.allowed, verdict.reasons


@pytest.mark.parametrize("text", [
    "Ada, schön, Sie beim EADV wiederzusehen. Was Sie über Teledermatologie-Triage gesagt "
    "haben, geht mir nach.",
    # the sender's own words, verb last: no claim about the reader
    "Ada, schön, Sie beim EADV wiederzusehen; über Teledermatologie-Triage haben wir "
    "gesprochen, und was ich über KI-Screening gesagt habe, schicke ich Ihnen gern.",
])
def test_german_verb_last_claims_read_the_subject_before_the_verb(text):
    verdict = verdict_of(text, NOTES["german"])
    assert verdict.allowed, verdict.reasons


FRENCH = "Rencontrée au salon Vrac & Cie à Lyon ; on a parlé de la consigne des bouteilles de lait."


@pytest.mark.parametrize(("text", "allowed"), [
    # the recorded subject's head kept, its object swapped
    ("Héloïse, super rencontre au salon Vrac & Cie à Lyon ! Tu m'avais parlé de la consigne "
     "des pots de yaourt, ça avance ?", False),
    # the same object said otherwise, part of it, or the subject with more added
    ("Héloïse, super rencontre au salon Vrac & Cie à Lyon ! Tu m'avais parlé de la consigne "
     "des bouteilles en verre pour le lait, ça avance ?", True),
    ("Héloïse, super rencontre au salon Vrac & Cie à Lyon ! Tu m'avais parlé de la consigne "
     "des bouteilles, ça avance ?", True),
    ("Héloïse, super rencontre au salon Vrac & Cie à Lyon ! Tu m'avais parlé de la consigne "
     "et des retours en magasin, ça avance ?", True),
])
def test_a_recorded_subject_with_another_object_contradicts_the_record(text, allowed):
    verdict = evaluate(batch(draft("d", text, contact(first="Héloïse", notes=FRENCH))))["d"]
    assert verdict.allowed is allowed, verdict.reasons


GILL_BOX = "Spoke at the Pennine Mills Heritage Day on rebuilding a gill box; about 40 attendees."
CARDING_FIRM = ("We refurbish and re-clothe carding engines for small woollen mills.\n\n"
                "Hamish, Ettrick Carding Machinery")


@pytest.mark.parametrize(("said", "allowed"), [
    # an English subject with its article ("a" is no "à"), its object swapped; the new
    # object one word of the sender's trade and one other
    ("on rebuilding a carding engine", False),
    ("on rebuilding a gill box", True),
])
def test_a_talk_on_another_object_than_the_recorded_one_is_refused(said, allowed):
    text = (f"Dear Ada,\n\nI remember your talk at the Pennine Mills Heritage Day {said}."
            f"\n\n{CARDING_FIRM}")
    verdict = evaluate(batch(draft("d", text, contact(first="Ada", notes=GILL_BOX)),
                             channel="email", kind="email", sender_name="Hamish Lorimer",
                             sender_headline="Sales Director, Ettrick Carding Machinery"))["d"]
    assert verdict.allowed is allowed, verdict.reasons


# In Japanese and Korean a conversation's subject comes before "about" and the verb of
# talking ("Xについて話した", "X에 대해 이야기했다"), and a Korean one after where it was said.
CJK_NOTES = {"japanese": "テック展でコンプレッサーの電力監視について話した。",
             "korean": "테크쇼에서 압축기 전력 모니터링에 대해 이야기했다."}


@pytest.mark.parametrize(("language", "text", "allowed"), [
    ("japanese", "中川様\n\n関西ものづくりテック展では、射出成形機の金型温度管理についてお話し"
                 "いただきありがとうございました。", False),
    ("japanese", "中川様\n\n関西ものづくりテック展では、コンプレッサーの電力監視についてお話し"
                 "いただきありがとうございました。", True),
    ("korean", "나카가와님, 테크쇼에서 금형 온도 관리에 대해 이야기 나눠 주셔서 감사했습니다.", False),
    ("korean", "나카가와님, 테크쇼에서 압축기 전력 모니터링에 대해 이야기 나눠 주셔서 감사했습니다.",
     True),
])
def test_a_cjk_conversation_about_another_subject_contradicts_the_record(language, text,
                                                                          allowed):
    verdict = verdict_of(text, CJK_NOTES[language])
    assert verdict.allowed is allowed, verdict.reasons


@pytest.mark.parametrize(("notes", "text", "allowed"), [
    # what the reader said, quoted, may be put otherwise: it is no title
    ("パネルで「ローカライズは発売後でもいい」と主張していた。",
     "加藤様\n\nパネルでおっしゃっていた「ローカライズは発売後でも間に合う」というご意見、大変共感"
     "いたしました。", True),
    # a title stays a title
    ("Gave the talk 'Quiet Pipelines' at PyData Leeds.",
     "Ada, your PyData Leeds talk 'Loud Pipelines' was great.", False),
])
def test_a_quoted_saying_is_no_title(notes, text, allowed):
    assert verdict_of(text, notes).allowed is allowed
