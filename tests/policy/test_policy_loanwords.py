"""English words borrowed by sound in katakana or Hangul, Japanese places in kanji and CJK
tenths, as evidence of a CJK message about a record written in English, and of an English
message about a record written in Japanese or Korean (issue #14)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization import places
from orchestrator.policy.customization.crosslang import romanize
from orchestrator.policy.customization.loanwords import (
    english_skeleton,
    heard,
    heard_in,
    recorded,
    romaji_skeleton,
)
from orchestrator.policy.customization.normalize import cjk_digits


def _verdict(text: str, notes: str, first: str = "Ada") -> str:
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"].decision


# -- sound skeletons ---------------------------------------------------------------------

def test_english_and_borrowed_words_share_a_skeleton():
    assert english_skeleton("sensor")[0] == romaji_skeleton("sensaa", "japanese")[0] == "sns"
    assert english_skeleton("lightning")[0] == romaji_skeleton(romanize("라이트닝"), "korean")[0]
    assert english_skeleton("board")[0] == "bt"  # "r" before a consonant is not heard
    assert english_skeleton("talk")[0] == "tk"  # nor the "l" of "talk"


def test_heard_finds_katakana_and_hangul_loanwords():
    notes = "Plays tabletop games; translates board-game rulebooks and tests soil sensors."
    found = {words for words, _, _ in heard("ボードゲームとルールブック、センサーも", "japanese", notes)}
    assert found == {"board game", "rulebooks", "sensors"}
    notes = "Gave a lightning talk at a meetup about metroidvania map pacing."
    found = {words for words, _, _ in heard("라이트닝 토크와 맵 페이싱 이야기", "korean", notes)}
    assert found == {"lightning talk", "map pacing"}


def test_generic_and_short_words_are_not_heard():
    # "meetup" and "talk" are what every message says; "맵" alone is two consonants.
    notes = "Spoke at a meetup; posted a talk about a map."
    assert heard("밋업에서 토크 맵", "korean", notes) == []
    # Two syllables are too few to tell a Korean loanword from a native word ("잘 봤").
    assert heard("잘 봤어요", "korean", "Restores vintage sailboats.") == []
    # Three consonants need the first vowel too: "ラベル" is no "level".
    assert heard("ラベルのデザイン", "japanese", "Built a level for a game.") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0xAC00, max_value=0xD7A3), min_size=3, max_size=5))
def test_random_hangul_is_seldom_heard_as_a_recorded_word(codes):
    """Random syllables against a record of common English words: chance matches are rare
    (measured over a sweep below); here, a match must at least be of four consonants."""
    word = "".join(map(chr, codes))
    for words, start, end in heard(word, "korean", _COMMON_NOTES):
        bones, _ = romaji_skeleton(romanize(word[start:end]), "korean")
        assert len(bones) >= 4


_COMMON_NOTES = ("Runs a bakery in town; posted about sourdough starters, kitchen scales, "
                 "delivery bikes, market stalls, coffee grinders, winter festivals, "
                 "wholesale prices, cookbook writing and cycling clubs with children.")


def test_chance_rate_of_random_hangul_words_is_low():
    rng = random.Random(14)
    tried = hits = 0
    for _ in range(4000):
        word = "".join(chr(rng.randint(0xAC00, 0xD7A3)) for _ in range(rng.randint(3, 4)))
        tried += 1
        hits += bool(heard(word, "korean", _COMMON_NOTES))
    assert hits / tried < 0.002  # none in 20,000 when measured
    assert recorded(_COMMON_NOTES)
    katakana = [chr(c) for c in range(0x30A2, 0x30F3)]
    tried = hits = 0
    for _ in range(4000):
        word = "".join(rng.choice(katakana) for _ in range(rng.randint(3, 6)))
        tried += 1
        hits += bool(heard(word, "japanese", _COMMON_NOTES))
    assert hits / tried < 0.005  # about one in 700 when measured


# -- numbers and places ------------------------------------------------------------------

def test_cjk_tenths_read_as_percentages():
    assert cjk_digits("差错率降了四成，") == "差错率降了40，"
    assert cjk_digits("水を三割減らした") == "水を30減らした"
    assert cjk_digits("降低成本") == "降低成本"
    assert cjk_digits("一成不变") == "一成不变"


def test_japanese_places_in_kanji_are_the_recorded_latin_names():
    recorded_place = {p for p, _, _ in places.find("Visited our brewery in Fushimi.")}
    said = {p for p, _, _ in places.find("伏見の蔵へお越しいただき")}
    assert recorded_place and recorded_place == said


# -- whole messages ------------------------------------------------------------------------

def test_loanword_and_place_make_a_korean_message_personal():
    notes = "Gave a lightning talk on bus timetables at a Busan meetup."
    assert _verdict("아다님, 부산 밋업 라이트닝 토크 잘 들었습니다!", notes) == "allow"
    # One piece alone stays vague.
    assert _verdict("아다님, 부산 잘 다녀오셨나요?", notes) == "refuse"


def test_loanword_and_tenths_make_a_chinese_or_japanese_message_personal():
    notes = "Cut returns by 30% at her shop in Kobe with better size charts."
    assert _verdict("Adaさん、神戸のお店で返品を三割減らしたお話、参考になりました。", notes) \
        == "allow"
    assert _verdict("Adaさん、神戸はいいですね。", notes) == "refuse"


# -- months --------------------------------------------------------------------------------

def test_cjk_months_are_the_recorded_month_names():
    from orchestrator.policy.customization.crosslang import _recorded_months
    from orchestrator.policy.customization.months import cjk_months

    assert [m for m, _, _ in cjk_months("四月、10月に、11월에、十二月")] == [4, 10, 11, 12]
    assert cjk_months("三个月") == [] and cjk_months("3ヶ月") == []
    # English names only capitalized: "may" is a verb too.
    assert _recorded_months("Ran it in April; may help; en octubre") == {4, 10}


def test_a_month_and_a_place_make_a_message_personal_one_alone_does_not():
    notes = "Presented her cold-storage audit checklist at a Chengdu workshop in March."
    assert _verdict("Ada您好，三月在成都的工作坊上您讲的冷库审核清单很实用。", notes) == "allow"
    assert _verdict("Ada您好，三月的时候您好吗？希望有机会合作。", notes) == "refuse"


def test_generic_loanwords_are_no_piece():
    # "セミナー" and "프로젝트" are what outreach messages say to anyone, as "seminar" is.
    notes = "Attended our seminar on the warehouse robotics project."
    assert heard("セミナーのプロジェクト", "japanese", notes) == []
    assert heard("세미나 프로젝트", "korean", notes) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14))
def test_skeletons_give_one_vowel_mark_per_consonant(word):
    """What :func:`_look_up` relies on: a mark before the first consonant and one after
    each (then, for a romanized word, its first vowel at most)."""
    bones, flags = english_skeleton(word)
    assert len(flags) == len(bones) + 1 and set(flags) <= {"0", "1", "?"}
    bones, flags = romaji_skeleton(word, "japanese")
    assert len(bones) + 1 <= len(flags) <= len(bones) + 2


def test_korean_th_silent_e_and_japanese_m_before_p():
    # "마라톤" hears "th" as "t"; "타일셋", "스케이트보드" drop the silent "e" of a compound;
    # "ヒートポンプ" says "ン" as "m" before "p".
    assert heard("마라톤", "korean", "Ran the city marathon.")
    assert heard("타일셋", "korean", "Posted a desert tileset.")
    assert heard("스케이트보드", "korean", "Builds skateboards.")
    assert heard("ヒートポンプ", "japanese", "Installs heat pumps.")


# -- the other way round: an English message, Japanese or Korean notes ------------------------

def test_a_soft_g_is_tried_as_english_spells_both():
    # "digital" 디지털 (a soft g), "energy" エネルギー (heard hard)
    assert english_skeleton("digital", soft_g=True)[0] == romaji_skeleton(
        romanize("디지털"), "korean")[0]
    assert "tktr" in recorded("digital") and "tstr" in recorded("digital")


def test_heard_in_finds_the_english_words_the_notes_borrowed():
    said = "your remote rehab app demo at the Digital Health Forum in Seoul"
    found = heard_in(said, "서울 디지털헬스 포럼에서 원격 재활 앱을 발표", "korean")
    assert [(loan, said[a:b]) for loan, a, b in found] == [("디지털헬스 포럼", "Digital Health Forum")]
    said = "great to meet you at the hackathon; your sensor rig was clever"
    found = {said[a:b] for _, a, b in heard_in(said, "ハッカソンで温度センサーを展示した。",
                                                 "japanese")}
    assert found == {"hackathon", "sensor"}
    # only English loanwords of Japanese and Korean notes
    assert heard_in(said, "在黑客马拉松上展示了传感器。", "chinese") == []


def test_an_english_message_about_korean_or_japanese_notes_is_personal():
    assert _verdict("Seo-yeon, your remote rehab app presentation at the Seoul Digital Health "
                    "Forum was a highlight for me.",
                    "2026년 서울 디지털헬스 포럼에서 원격 재활 앱에 대해 발표") != "refuse"
    assert _verdict("Ada, your sensor rig at the Kobe hackathon was the best build there.",
                    "神戸のハッカソンで温度センサーの装置を展示した。") != "refuse"


def test_one_loanword_alone_is_not_enough():
    assert _verdict("Ada, loved your hackathon energy!",
                    "ハッカソンに参加した。") == "refuse"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghijklmnoprstuvy ", min_size=5, max_size=60))
def test_property_heard_in_quotes_the_message_itself(said):
    for _, a, b in heard_in(said, "ハッカソンで温度センサーを展示。디지털헬스 포럼", "japanese"):
        assert 0 <= a < b <= len(said) and said[a:b].strip() == said[a:b]


# -- interest tags written in English, a Japanese or Korean message ----------------------------

def _tag_verdict(text: str, interests) -> str:
    who = contact(first="Ada", notes="", interests=tuple(interests))
    return evaluate(batch(draft("d", text, who)))["d"].decision


def test_a_record_of_tags_alone_is_read_in_the_tags_language():
    from orchestrator.policy.customization.record import _tags_language

    assert _tags_language(["embroidery", "retro consoles"], "korean") == "english"
    assert _tags_language(["刺繍", "レトロゲーム"], "english") == "japanese"
    # no stop word tells: the draft's language
    assert _tags_language(["agroforestry"], "portuguese") == "portuguese"


def test_one_tag_taken_up_in_a_loanword_is_the_interest_named():
    assert _tag_verdict("수진님, 레트로 콘솔 모으신다고 봤어요. 저도 패미컴을 모으는데, 제 게임에 넣을 "
                        "CRT 필터에 대한 의견 좀 들을 수 있을까요?",
                        ["embroidery", "retro consoles"]) != "refuse"


def test_tags_pasted_as_a_list_of_loanwords_say_nothing():
    assert _tag_verdict("インディーゲーム、ピクセルアート、ローグライクがお好きなんですね！ぜひ弊社のゲームを！",
                        ["indie games", "pixel art", "roguelike"]) == "refuse"


# -- tags whose language does not show, a message in another European language -------------

def _lindqvist(text: str, tags) -> str:
    who = contact(first="Henrik", last="Lindqvist", notes="", interests=tuple(tags),
                  company="Amt für Hochbau", title="Architekt")
    return evaluate(batch(draft("d", text, who)))["d"].decision


def test_undecided_tags_are_also_read_as_english_across_languages():
    # "barrier-free building", "inclusive design": no stop word tells the tags' language, so
    # the record is read as German, the message's; the bridge still finds the translation.
    tags = ["barrier-free building", "inclusive design"]
    said = ("Hallo Herr Lindqvist, ich habe gesehen, dass inklusives Design zu Ihren Interessen "
            "gehört. Wir haben gerade mit einer Blindenschule ein Leitsystem mit fühlbaren "
            "Piktogrammen getestet und würden Ihnen die Ergebnisse gern zeigen.")
    assert _lindqvist(said, tags) == "allow"


def test_tags_pasted_in_translation_still_say_nothing():
    tags = ["barrier-free building", "inclusive design", "urban planning"]
    said = ("Hallo Herr Lindqvist, ich sehe, Sie interessieren sich für barrierefreies Bauen, "
            "inklusives Design und Stadtplanung. Lassen Sie uns vernetzen!")
    assert _lindqvist(said, tags) == "refuse"
    said = ("Hallo Herr Lindqvist, barrierefreies Bauen und inklusives Design sind Ihre "
            "Themen: wie sehen Sie fühlbare Piktogramme an den Türen von Rathäusern?")
    assert _lindqvist(said, tags) == "allow"  # something asked about them
