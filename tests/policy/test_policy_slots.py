"""A recorded word with another name in its slot than the record's is a contradiction (R4):
"your soundtrack for Driftmoor" for "the soundtrack for the game 'Saltmarsh'", "Messe in
Hannover" for "Messe Bremen"; a name the record has no slot for (an added city), the
record's own name written otherwise, a city inside the recorded region and the sender's
plans are not. See :mod:`orchestrator.policy.customization.slots`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.slots import (_korean_words, korean_slot_clash,
                                                     number_compound_clash)
from orchestrator.policy.customization.text import tokenize


def verdict_of(text: str, notes: str, first: str = "Ilse"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


WRONG = [
    ("Composed the soundtrack for the indie game 'Fernwick'.",
     "Ilse, your soundtrack for Brackenfold is stunning.", "Brackenfold"),
    ("Kennengelernt auf der Dachbau-Messe Leipzig 2025.",
     "Hallo Ilse, schön, dass wir uns auf der Dachbau-Messe in Dresden getroffen haben!",
     "Dresden"),
    ("Hat einen Stadtplan der Radwege in Salzburg veröffentlicht.",
     "Ilse, dein Radwege-Stadtplan für Innsbruck ist super!", "Innsbruck"),
    ("Coordina il gruppo Rust Torino.", "Ciao Ilse, come va il gruppo Rust Bologna?",
     "Bologna"),
    ("Le enviamos una oferta para la bodega de Requena.",
     "Hola Ilse: te escribo por la oferta para la bodega de Utiel que te mandé.", "Utiel"),
    ("Exporta vinhos do Chile para Angola.",
     "Olá Ilse, como exporta vinhos da Argentina, talvez goste das nossas rolhas.",
     "Argentina"),
    ("Ha parlato al DevFest Verona 2024 di accessibilità.",
     "Ilse, bellissimo il tuo talk al DevFest di Padova sull'accessibilità!", "Padova"),
]


WRONG.append(("Talk at PyCon DE on packaging.", "Hi Ilse, loved your PyCon US talk on packaging!",
              "PyCon US"))


@pytest.mark.parametrize(("notes", "text", "said"), WRONG)
def test_another_name_in_the_slot_is_a_contradiction(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert said in verdict.reasons[0].message


RIGHT = [
    # A name the record has no slot for: an added city, a second product.
    ("Organizes a Svelte meetup.", "Hi Ilse, how is your Svelte meetup in Leeds going?"),
    ("Composed the soundtrack for the indie game 'Fernwick'.",
     "Ilse, your soundtrack for Fernwick and the trailer for Brackenfold were both stunning."),
    # The record's name written otherwise: a translation, initials, a short form.
    ("Runs a ceramics studio in Naples.",
     "Ciao Ilse, il tuo studio di ceramica a Napoli è splendido!"),
    ("Conhecemos na Feira do Livro em São Paulo, 2024.",
     "Oi Ilse, foi ótimo te conhecer na Feira do Livro em SP!"),
    ("Met at KubeCon Europe 2026 in Amsterdam over stroopwafels.",
     "Ilse! great bumping into you at KubeCon EU. stroopwafels again next time?"),
    # A city in the recorded region.
    ("Talk at KubeCon Europe 2024 on eBPF.", "Hi Ilse, loved your KubeCon talk in Paris on eBPF!"),
    # Another kind of link: what a thing is for is not where it is.
    ("Works on the Rust compiler at Mozilla.",
     "Hi Ilse, your work on the Rust compiler for Firefox is impressive."),
    # The sender's own plans.
    ("Met at Ocean Energy Europe in Dublin; discussed tidal blade coatings.",
     "Ilse, still thinking about tidal blade coatings since Ocean Energy Europe. I'll be at "
     "Wind Europe in Copenhagen in April if you are around."),
    # A place against a company: names of two kinds ("de Valencia" / "de Mercadona"), and
    # the reader's own company in the record's slot.
    ("Dirige el equipo de datos de Mercadona.",
     "Hola Ilse, ¿qué tal va tu equipo de datos de Valencia?"),
    ("Dirige el equipo de datos de Lovelace Labs.",
     "Hola Ilse, ¿qué tal va tu equipo de datos de Valencia?"),
    # A short word in capitals names a subject, not a thing of its own.
    ("Gave an AI talk at PyData Leeds.", "Hi Ilse, your ML talk at PyData Leeds was great."),
    # A part of the recorded place, after an article.
    ("Met at Web Summit in Lisbon; talked about seed-stage climate funds.",
     "Ilse, great chatting at Web Summit in the Altice Arena hall about climate funds."),
]


@pytest.mark.parametrize(("notes", "text"), RIGHT)
def test_added_or_rewritten_names_are_no_contradiction(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "allow", [r.message for r in verdict.reasons]


_CITIES = ["Leipzig", "Dresden", "Bremen", "Kassel", "Mainz", "Bonn", "Graz", "Linz"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_CITIES), st.sampled_from(_CITIES))
def test_the_fair_in_a_city_clashes_exactly_when_the_city_differs(recorded, said):
    notes = f"Kennengelernt auf der Holzbau-Messe {recorded} 2025."
    text = f"Hallo Ilse, schön, dass wir uns auf der Holzbau-Messe in {said} getroffen haben!"
    assert verdict_of(text, notes).decision == ("allow" if said == recorded else "refuse")


# --- Korean: another word between the same two recorded words ---------------------------------

def test_korean_words_drop_their_particles_and_keep_marks_apart():
    words = [w for w, _, _ in _korean_words("스팀 넥스트 페스트에 퍼즐 게임 데모를; 올렸다")]
    assert words[:6] == ["스팀", "넥스트", "페스트", "퍼즐", "게임", "데모"]
    assert "" in words  # the semicolon: no slot spans it


@pytest.mark.parametrize(("notes", "text", "clash"), [
    ("스팀 넥스트 페스트에 퍼즐 게임 데모를 올렸다.", "넥스트 페스트 레이싱 게임 데모 잘 봤어요!", True),
    ("스팀 넥스트 페스트에 퍼즐 게임 데모를 올렸다.", "넥스트 페스트 퍼즐 게임 데모 잘 봤어요!", False),
    # A verb between the words is no name of the slot.
    ("판교 AI 밋업에서 만나 추천 시스템 이야기를 나눴습니다.",
     "판교 AI 밋업에서 나눈 추천 시스템 이야기 즐거웠어요.", False),
    # A time is no name of the slot.
    ("작년 부산 AI 밋업에서 만나 추천 시스템 이야기를 나눴습니다.",
     "올해 부산 AI 밋업에서도 뵙길 바랍니다.", False),
    # Words across a mark are no slot.
    ("2025 부산 핀테크 위크에서 만남; 소상공인 대출 심사 모델 이야기.",
     "부산 핀테크 위크에서 나눈 소상공인 대출 이야기", False),
])
def test_korean_slot(notes, text, clash):
    found = korean_slot_clash(text, [(0, len(text))], notes)
    assert (found is not None) == clash


# --- a number written into a German compound ---------------------------------------------------

class _Record:
    def __init__(self, notes: str) -> None:
        self._sources = [(notes, "german")]

    def lookup(self, word, keys):
        return {w.key for w in tokenize(self._sources[0][0])} & keys


@pytest.mark.parametrize(("notes", "text", "clash"), [
    ("Plante eine dreigeschossige Schule aus Holz.", "Ihre viergeschossige Holzschule", True),
    ("Plante eine dreigeschossige Schule aus Holz.", "Ihre dreigeschossige Holzschule", False),
    ("Organisiert eine zweitägige Konferenz.", "Ihre dreitägige Konferenz", True),
    ("Organisiert eine Konferenz.", "Ihre dreitägige Konferenz", False),
])
def test_a_number_in_a_german_compound(notes, text, clash):
    tokens = tokenize(text)
    found = number_compound_clash(text, tokens, list(range(len(tokens))), "german",
                                  _Record(notes))
    assert (found is not None) == clash


@pytest.mark.parametrize(("notes", "text", "clash"), [
    ("뉴스레터에 200만 건 송금 데이터 분석 글을 씀.", "지호님, 700만 건 송금 데이터 분석 글 잘 읽었어요!", True),
    ("뉴스레터에 200만 건 송금 데이터 분석 글을 씀.", "지호님, 200만 건 송금 데이터 분석 글 잘 읽었어요!", False),
    # Another unit is another figure; the sender's own figure is no claim.
    ("뉴스레터에 200만 건 송금 데이터 분석 글을 씀.", "지호님, 700억 건 송금 데이터 분석 글 잘 읽었어요!", False),
    ("뉴스레터에 200만 건 송금 데이터 분석 글을 씀.", "저희는 700만 건 송금 데이터 분석을 돕습니다.", False),
    # The sender's own thing between the same words.
    ("스팀 넥스트 페스트에 퍼즐 게임 데모를 올렸다.", "저희도 넥스트 페스트 레이싱 게임 데모를 냈어요.", False),
])
def test_korean_number_before_the_same_words(notes, text, clash):
    assert (korean_slot_clash(text, [(0, len(text))], notes) is not None) == clash


# --- a month in the slot -------------------------------------------------------------------------

@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Rencontrée au salon Vinexpo en février.", "Ilse, ravie de vous avoir vue au Vinexpo en mai !",
     "refuse"),
    ("Rencontrée au salon Vinexpo en février.",
     "Ilse, ravie de vous avoir vue au Vinexpo en février !", "allow"),
    # No month recorded: the message may add one.
    ("Rencontrée au salon Vinexpo.", "Ilse, ravie de vous avoir vue au Vinexpo en mai !",
     "allow"),
    ("Kennengelernt auf der Intersolar im Juni; Thema Speicher.",
     "Hallo Ilse, schön, dass wir uns auf der Intersolar im Juni zu Speichern unterhalten haben!",
     "allow"),
])
def test_a_month_in_the_slot_of_the_recorded_occasion(notes, text, decision):
    assert verdict_of(text, notes).decision == decision


# --- a quoted title in the slot ---------------------------------------------------------------

@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("为独立游戏《盐沼》创作了配乐。", "林老师您好，您为《雾港》创作的配乐太好听了！", "refuse"),
    ("为独立游戏《盐沼》创作了配乐。", "林老师您好，您为《盐沼》创作的配乐太好听了！", "allow"),
    ("インディーゲーム『潮騒』のサウンドトラックを担当。", "佐藤様、『霧港』のサウンドトラック、素晴らしかったです。",
     "refuse"),
    ("Wrote the score for the short film 'Salt Roads'.",
     "Hi Ilse, your score for 'Low Tide' gave me chills.", "refuse"),
    # The sender's own title beside the recorded word.
    ("为独立游戏《盐沼》创作了配乐。", "林老师您好，我们的新游戏《雾港》也需要配乐，想请您看看！", "allow"),
    ("Wrote the score for the short film 'Salt Roads'.",
     "Hi Ilse, your score for 'Salt Roads' gave me chills. Our film 'Low Tide' needs one too.",
     "allow"),
])
def test_another_quoted_title_beside_the_recorded_word(notes, text, decision):
    assert verdict_of(text, notes).decision == decision
