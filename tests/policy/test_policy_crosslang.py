"""Evidence that survives translation: a record in one language, a message in another.

The pieces (:mod:`orchestrator.policy.customization.crosslang`) one at a time, then whole
drafts: two pieces make a detail, one does not, a figure translated wrongly contradicts the
record, and a draft in the language of its record never pays for any of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization import crosslang
from orchestrator.policy.customization.crosslang import (
    CJK,
    GLOSS,
    clash,
    cognate,
    numbers,
    romanize,
    topics,
)
from orchestrator.policy.customization.lexicon import GENERIC_WORDS

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _verdict(text: str, notes: str, first: str = "Ada", headline: str = "") -> object:
    who = contact(first=first, notes=notes, headline=headline)
    return evaluate(batch(draft("d", text, who)))["d"]


# -- numbers --------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["20k", "20K plays", "2만 회", "2万回", "20 mil", "20 mille",
                                  "20,000", "20.000", "20 000", "20 tausend", "2만"])
def test_a_scaled_number_is_read_the_same_in_every_language(said):
    assert [v for v, _, _ in numbers(said)] == [20_000]


@pytest.mark.parametrize("said", ["1980s", "the 80s", "1980년대", "1980年代", "años 80",
                                  "anni 80", "années 80", "80er Jahre", "1980er"])
def test_a_decade_is_read_the_same_in_every_language(said):
    assert [v for v, _, _ in numbers(said)] == [("decade", 1980)]


def test_korean_and_chinese_tens_of_thousands_take_their_thousands_along():
    assert [v for v, _, _ in numbers("1만 5천 명")] == [15_000]
    assert [v for v, _, _ in numbers("3万5千人")] == [35_000]


def test_small_plain_numbers_are_no_evidence():
    assert numbers("2 kids and 12 players") == []


@pytest.mark.parametrize("said", ["the 20 people", "los 30 jugadores", "die 40 Kinder"])
def test_a_count_after_an_article_is_no_decade(said):
    assert numbers(said) == []


def test_a_year_of_the_senders_does_not_block_the_bridge():
    verdict = _verdict("서연 님, 1990년대 인디 밴드를 다룬 라디오가 청취자 3만 명을 넘었다니 "
                       "축하드려요! 저희는 2024년에 창업했어요.", NOTES_KO, first="서연")
    assert verdict.decision == "allow"


@given(st.integers(1, 99))
@SETTINGS
def test_thousands_written_in_five_ways_are_one_value(m):
    value = m * 10_000
    forms = [f"{m * 10}k", f"{m * 10} mil", f"{m}만", f"{m}万", f"{value:,}"]
    assert {numbers(f)[0][0] for f in forms} == {value}


@given(st.integers(191, 199).map(lambda d: d * 10))
@SETTINGS
def test_decades_written_in_five_ways_are_one_value(year):
    forms = [f"{year}s", f"{year}년대", f"{year}年代", f"años {year % 100:02d}",
             f"{year % 100:02d}er Jahre"]
    assert {numbers(f)[0][0] for f in forms} == {("decade", year)}


# -- the gloss, cognates, Hangul ------------------------------------------------------------

def test_the_gloss_has_every_language_and_no_generic_topic():
    for language, forms in GLOSS.items():
        assert forms, language
        for form, _ in forms:
            if language in CJK:
                assert len(form) >= 2, form  # one character is too many words
            else:
                assert form not in GENERIC_WORDS[language], form


@pytest.mark.parametrize(("language", "text"), [
    ("portuguese", "usar garrafas mais leves"), ("spanish", "una botella"),
    ("german", "Mehrwegflaschen? nein: Flaschen"), ("chinese", "用酒瓶装"),
    ("japanese", "ボトルを軽く")])
def test_the_gloss_finds_one_topic_in_every_language(language, text):
    assert topics(text, language).keys() & topics("lighter bottles", "english").keys()


def test_a_short_text_taken_for_a_neighbouring_language_still_finds_its_topics():
    # "vi que gosta de vinho" is Portuguese, but short enough to be read as Spanish.
    assert topics("vi que gosta de vinho", "spanish").keys() \
        & topics("loves wine", "english").keys()


@pytest.mark.parametrize(("a", "b"), [("episode", "episodio"), ("microplastics", "mikroplastik"),
                                      ("carbon", "carbono"), ("festival", "festivals")])
def test_close_spellings_are_cognates(a, b):
    assert cognate(a, b)


@pytest.mark.parametrize(("a", "b"), [("sustainability", "sostenibilidad"), ("carbon", "carpet"),
                                      ("actor", "actos"), ("market", "marketing"),
                                      ("paper", "papel")])
def test_other_words_are_not(a, b):
    assert not cognate(a, b)


@pytest.mark.parametrize(("hangul", "latin"), [("대구", "daegu"), ("이천", "icheon"),
                                               ("김해", "gimhae"), ("부산", "busan")])
def test_hangul_is_romanized_without_a_dictionary(hangul, latin):
    assert romanize(hangul) == latin


# -- whole drafts ---------------------------------------------------------------------------

NOTES_KO = "Her radio show on 1990s Busan indie bands passed 30k listeners."


def test_two_pieces_across_languages_make_a_detail():
    verdict = _verdict("서연 님, 1990년대 인디 밴드를 다룬 라디오가 청취자 3만 명을 넘었다니 "
                       "축하드려요!", NOTES_KO, first="서연")
    assert verdict.decision == "allow"
    assert any("1990년대" in e for e in verdict.evidence)


def test_a_wrong_scale_across_languages_contradicts_the_record():
    verdict = _verdict("서연 님, 1990년대 인디 밴드를 다룬 라디오가 청취자 30만 명을 넘었다니 "
                       "축하드려요!", NOTES_KO, first="서연")
    assert verdict.decision == "refuse"
    assert [r.code for r in verdict.reasons] == ["no-specific-detail"]


def test_one_piece_is_vague_praise_not_a_detail():
    verdict = _verdict("¡Hola Marta! Admiro mucho tu trabajo con las enfermeras. ¿Hablamos?",
                       "Runs night-shift wellbeing sessions for hospital nurses.", first="Marta")
    assert verdict.decision == "refuse"
    assert [r.code for r in verdict.reasons] == ["no-specific-detail"]


def test_japanese_words_written_partly_in_kana_count_and_are_quoted():
    notes = "Draws comics about brushing teeth for kids."
    verdict = _verdict("田中さん、お子さん向けの歯みがき漫画、とても可愛いですね！", notes,
                       first="花")
    assert verdict.decision == "allow"
    assert any("歯みがき" in e for e in verdict.evidence)
    assert _verdict("田中さん、漫画、とても可愛いですね！", notes, first="花").decision == "refuse"


def test_a_wrong_decade_next_to_a_matching_name_is_still_refused():
    verdict = _verdict("Frau Lenz, Ihre Führung durch die Wertheim-Sammlung zur Mode der 50er "
                       "Jahre war großartig.", "Led a tour of the Wertheim collection on 1960s "
                       "fashion.", first="Ilse")
    assert verdict.decision == "refuse"
    assert clash("Mode der 50er Jahre", [(0, 4), (9, 13)], "on 1960s fashion") is not None


def test_a_draft_in_its_records_language_never_asks_the_bridge(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("bridged across one language")

    monkeypatch.setattr(crosslang, "bridged", fail)
    monkeypatch.setattr(crosslang, "clash", fail)
    for text, notes in [
        ("Hi Ada, loved the 20k-download episode on tide pools!",
         "Her episode on tide pools got 20k downloads."),
        ("Hola Ada, ¡qué bien tu charla sobre huertos urbanos!",
         "Dio una charla sobre huertos urbanos en Valencia."),
        ("Hi Ada, great post!", "Wrote a post about rooftop beehives."),
    ]:
        assert _verdict(text, notes).decision in ("allow", "refuse")


GLOSS_PAIRS = [("bottles", "garrafas"), ("solar", "solares"), ("farmers", "agricultores"),
               ("recycling", "reciclagem"), ("nurses", "enfermeiras"), ("wine", "vinho")]


@given(st.sampled_from(GLOSS_PAIRS),
       st.lists(st.sampled_from(["ka", "lo", "ven", "tri", "mar", "bel", "dro", "sen"]),
                min_size=2, max_size=3).map("".join))
@SETTINGS
def test_one_gloss_word_never_makes_a_detail(pair, name):
    english, portuguese = pair
    place = name.capitalize()
    verdict = _verdict(f"Olá Joana, admiro muito o seu trabalho com {portuguese}. Vamos conversar?",
                       f"Posted about {english} for small shops in {place}.", first="Joana")
    assert verdict.decision == "refuse"


@given(st.integers(2, 99), st.sampled_from([10, 100]))
@SETTINGS
def test_the_right_scale_is_a_detail_and_another_scale_a_contradiction(m, slip):
    notes = f"Her 1970s vinyl restoration channel reached {m * 10}k subscribers."
    right = _verdict(f"민지 님, 1970년대 레코드 복원 채널 구독자 {m}만 명 축하드려요!", notes,
                     first="민지")
    wrong = _verdict(f"민지 님, 1970년대 레코드 복원 채널 구독자 {m * slip}만 명 축하드려요!",
                     notes, first="민지")
    assert right.decision == "allow"
    assert wrong.decision == "refuse"


# -- Chinese and Japanese names, read aloud -------------------------------------------------

@pytest.mark.parametrize("forms", [("Hokkaido", "Hokkaidō", "hokkaidou", "Hokkai-do"),
                                   ("Shimbashi", "shinbashi"), ("Kusatsu Onsen", "kusatsuonsen"),
                                   ("Tokyo", "toukyou", "Tōkyō"), ("Osaka", "oosaka")])
def test_romanized_names_are_compared_loosely(forms):
    assert len({crosslang.spelled(f) for f in forms}) == 1


@pytest.mark.parametrize(("latin", "heard"), [("Berlin", "berurin"), ("Milan", "mirano"),
                                              ("Milano", "mirano"), ("London", "rondon"),
                                              ("Barcelona", "baruserona")])
def test_a_loanword_is_heard_with_the_vowels_japanese_puts_in(latin, heard):
    assert crosslang.heard_as(heard, latin)


@pytest.mark.parametrize(("latin", "heard"), [("Teselia", "tsuuru"), ("Mentor", "mentarii"),
                                              ("Shot", "shitei"), ("Paris", "pari"),
                                              ("Opened", "oopundee")])
def test_other_loanwords_are_not_heard_as_the_name(latin, heard):
    assert not crosslang.heard_as(heard, latin)


@pytest.mark.parametrize(("language", "said", "notes", "names"), [
    ("chinese", "去年在安吉骑行，杭州也很美", "Rode in Anji; lives in Hangzhou.",
     ["Anji", "Hangzhou"]),
    ("chinese", "重庆的火锅", "Opened a hotpot place in Chongqing.", ["Chongqing"]),
    # Every reading of each character is tried: 厦 is "sha" or "xia", 长 "zhang" or "chang".
    ("chinese", "厦门和长沙", "Shops in Xiamen and Changsha.", ["Xiamen", "Changsha"]),
    ("japanese", "ニセコでスキー、ティラナも", "Skis in Niseko and taught in Tirana.",
     ["Niseko", "Tirana"]),
    ("japanese", "ミラノとベルリンの展示", "Showed lamps in Milan and Berlin.", ["Milan", "Berlin"]),
    ("japanese", "ﾍﾞﾙﾘﾝの展示", "Showed lamps in Berlin.", ["Berlin"]),
])
def test_names_in_han_and_kana_are_read_as_the_records_names(language, said, notes, names):
    found = crosslang.transliterated(said, language, crosslang.latin_names(notes))
    assert [name for name, _, _ in found] == names
    for name, a, b in found:
        assert len(said[a:b]) >= 2


@pytest.mark.parametrize(("said", "notes"), [
    ("北海道でスキー、草津温泉も", "Skis in Hokkaido and loves Kusatsu Onsen."),
    ("京都と大阪のお店", "Runs shops in Kyoto and Osaka."),
])
def test_japanese_kanji_are_not_read(said, notes):
    # A kanji's reading takes a dictionary far larger than the policy carries: a name in
    # kanji in a Japanese message is no name read aloud (Chinese Han characters are).
    assert crosslang.transliterated(said, "japanese", crosslang.latin_names(notes)) == []


def test_only_the_records_capitalized_names_are_read():
    assert crosslang.latin_names("drinks tea from hangzhou, ran in the park") == {}
    names = crosslang.latin_names("Runs a tea room in Hangzhou.")
    # Common words never read as a name: no piece of this text is "Hangzhou" or "Runs".
    assert crosslang.transliterated("我们一起喝茶，跑步也很好", "chinese", names) == []
    assert crosslang.transliterated("一緒にお茶を飲みましょう", "japanese", names) == []


def test_a_chinese_piece_holds_no_function_character():
    # "在安" would read "zaian": a straddle of "在" and a name is never a piece.
    names = crosslang.latin_names("Met her in Zaian.")
    assert crosslang.transliterated("我在安吉", "chinese", names) == []


NOTES_ZH = "Led a bamboo-forest walking weekend in Anji; runs a small tea room in Hangzhou."


def test_two_names_read_aloud_make_a_detail_one_does_not():
    both = _verdict("周老师您好，去年您在安吉带的竹林周末很有意思，下次去杭州想到您的茶室坐坐。",
                    NOTES_ZH, first="晓岚")
    assert both.decision == "allow"
    assert {'"安吉" (record)', '"杭州" (record)'} <= set(both.evidence)
    one = _verdict("周老师您好，安吉真是个好地方！", NOTES_ZH, first="晓岚")
    assert one.decision == "refuse"
    # One recorded name said twice is still one piece.
    twice = _verdict("周老师您好，安吉真是个好地方！我也很想再去安吉。", NOTES_ZH, first="晓岚")
    assert twice.decision == "refuse"


def test_the_wrong_places_read_aloud_are_no_detail():
    verdict = _verdict("周老师您好，听说您在莫干山带过徒步活动，苏州的茶馆也很有名。", NOTES_ZH,
                       first="晓岚")
    assert verdict.decision == "refuse"


def test_japanese_names_in_katakana_make_a_detail_names_in_kanji_do_not():
    notes = "Guides snowshoe tours in Niseko and shows her lamps at the Milan design week."
    verdict = _verdict("小野さん、ニセコのスノーシューツアーとミラノのデザインウィーク、両方すごいですね。",
                       notes, first="直子")
    assert verdict.decision == "allow"
    assert _verdict("小野さん、ニセコいいですね！", notes, first="直子").decision == "refuse"
    # Kanji are not read: "美瑛" is no "Biei", so only Milan is left, and one name is no
    # detail ("ツアー" is too short a loanword to count: see loanwords). A place of the
    # Japanese table is read from it ("北海道" / "Hokkaido", see places).
    notes = "Guides tours in Biei and shows her lamps at the Milan fair."
    kanji = _verdict("小野さん、美瑛のツアーとミラノ、両方すごいですね。", notes, first="直子")
    assert kanji.decision == "refuse"
    notes = "Guides tours in Hokkaido and shows her lamps at the Milan fair."
    table = _verdict("小野さん、北海道のツアーとミラノ、両方すごいですね。", notes, first="直子")
    assert table.decision == "allow"


def test_the_readers_load_only_when_a_cjk_message_meets_latin_notes():
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import sys
        sys.path.insert(0, TESTS)
        from policy.policy_helpers import batch, contact, draft
        from orchestrator.policy import evaluate
        def loaded():
            return [m for m in ("pypinyin", "jaconv") if m in sys.modules]
        def check(text, notes):
            evaluate(batch(draft("d", text, contact(first="Ada", notes=notes))))
        check("Hi Ada, loved your Anji tea walk!", "Led a tea walk in Anji.")
        check("Ada您好，您的茶室很好", "您在杭州开了茶室。")
        check("Ada您好，您的茶室很好", "runs a small tea room.")
        print(loaded())
        check("Adaさん、京都のお店", "Runs a shop in Kyoto.")  # kanji: nothing is read
        print(loaded())
        check("Adaさん、ミラノのお店", "Runs a shop in Milan.")
        print(loaded())
        check("Ada您好，安吉的茶室很好", "Runs a small tea room in Anji.")
        print(loaded(), "pypinyin.phrases_dict" in sys.modules)
    """).replace("TESTS", repr(str(Path(__file__).resolve().parents[1])))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "[]"
    assert out[2] == "['jaconv']"
    # pypinyin loads without its phrase dictionary: every reading is tried instead.
    assert out[3] == "['pypinyin', 'jaconv'] False"


ROMAJI_SYLLABLES = ["ka", "ki", "ku", "sa", "shi", "tsu", "na", "ha", "ma", "ra", "to", "ko",
                    "yo", "ou", "oo", "no", "ri", "da"]


@given(st.lists(st.sampled_from(ROMAJI_SYLLABLES), min_size=2, max_size=5), st.data())
@SETTINGS
def test_spelled_forgets_case_long_vowels_and_breaks(syllables, data):
    plain = "".join(syllables)
    cut = data.draw(st.integers(1, len(syllables) - 1))
    broken = "".join(syllables[:cut]) + data.draw(st.sampled_from([" ", "-", ""])) + \
        "".join(syllables[cut:])
    variants = [plain.capitalize(), broken.upper(), plain.replace("ou", "ō").replace("oo", "ō")]
    assert {crosslang.spelled(v) for v in variants} == {crosslang.spelled(plain)}


PLACES_ZH = [("安吉", "Anji"), ("杭州", "Hangzhou"), ("成都", "Chengdu"), ("厦门", "Xiamen"),
             ("重庆", "Chongqing"), ("大理", "Dali"), ("桂林", "Guilin")]


@given(st.sampled_from(PLACES_ZH), st.sampled_from(PLACES_ZH), st.integers(1, 3))
@SETTINGS
def test_one_recorded_place_read_aloud_is_never_a_detail(recorded, other, times):
    hanzi, pinyin = recorded
    notes = f"Runs a small tea room in {pinyin}."
    said = "，".join([f"{hanzi}真是个好地方"] * times)
    assert _verdict(f"周老师您好，{said}！", notes, first="晓岚").decision == "refuse"
    if other != recorded:
        two = f"Runs a small tea room in {pinyin} and a bookshop in {other[1]}."
        verdict = _verdict(f"周老师您好，{hanzi}的茶室和{other[0]}的书店都很棒！", two,
                           first="晓岚")
        assert verdict.decision == "allow"


def test_a_loanword_is_heard_only_as_a_name_that_opens_no_sentence():
    # Heard loosely, a loanword could be taken for the verb that opens the notes ("Runs",
    # "Teaches"): those are left out of the names a loanword is compared with.
    notes = "Berlin is where she paints; she teaches in Osaka."
    names = crosslang.latin_names(notes)
    loanwords = crosslang.latin_names(notes, openers=False)
    assert [n for n, _, _ in crosslang.transliterated("ベルリンの話", "japanese", names)] == \
        ["Berlin"]
    assert crosslang.transliterated("ベルリンの話", "japanese", names, loanwords) == []
    # A name read in full is compared with every capitalized word.
    notes = "Kyoto is where she paints; she teaches in Osaka."
    names = crosslang.latin_names(notes)
    loanwords = crosslang.latin_names(notes, openers=False)
    assert [n for n, _, _ in crosslang.transliterated("キョウトのお店", "japanese", names,
                                                      loanwords)] == ["Kyoto"]


def test_a_loanword_is_heard_whole_never_in_part():
    names = crosslang.latin_names("Spent a year in Porto.")
    assert crosslang.transliterated("ポルトガル語", "japanese", names) == []
    assert [n for n, _, _ in crosslang.transliterated("ポルトの夏", "japanese", names)] == \
        ["Porto"]


def test_a_german_compound_starting_with_a_recorded_english_word_is_a_piece():
    notes = "Running the pilot for digital door signs at the Neustadt job centre."

    def allowed(text: str) -> bool:
        return evaluate(batch(draft("d", text, contact(first="Aylin", notes=notes))))[
            "d"].allowed

    assert allowed("Hallo Frau Kaya, wie läuft Ihr Pilotprojekt mit digitalen Türschildern? "
                   "Falls Sie Halterungen brauchen, melden Sie sich gern.")
    # without the compound, one piece; the compound alone, one piece too
    assert not allowed("Hallo Frau Kaya, wie läuft Ihr Projekt mit digitalen Türschildern? "
                       "Falls Sie Halterungen brauchen, melden Sie sich gern.")
    assert not allowed("Hallo Frau Kaya, wie läuft das Pilotprojekt? Melden Sie sich gern.")
