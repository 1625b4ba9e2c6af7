"""Japanese words written in kana: content words match, grammar does not.

Japanese writes grammar (particles, auxiliaries, endings) in hiragana, but also many content
words, wholly or in part ("歯みがき", "おにぎり", "ぬいぐるみ"). A pair of letters holding
hiragana is a stop word only when it is grammar (:func:`.cjk.cjk_stop`); the others count only
as a word of four letters or more that the record writes too, never alone.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.cjk import cjk_stop, kana_pair

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _verdict(text: str, notes: str, first: str = "花") -> object:
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


@pytest.mark.parametrize("pair", ["です", "ます", "まし", "して", "てい", "から", "この", "こと",
                                  "京の", "の漫", "を見", "ご関", "心が", "ょう", "よろ", "さん"])
def test_grammar_in_hiragana_is_a_stop_word(pair):
    assert cjk_stop("japanese", pair)


@pytest.mark.parametrize("pair", ["歯み", "みが", "がき", "ぬい", "いぐ", "ぐる", "おに", "にぎ",
                                  "ぎり", "じさ"])
def test_pairs_of_words_written_in_kana_are_content(pair):
    assert not cjk_stop("japanese", pair)
    assert kana_pair(pair)


def test_kanji_and_katakana_pairs_are_no_kana_pairs():
    assert not kana_pair("漫画") and not kana_pair("ソン") and not kana_pair("ab")


NOTES = "子ども向けの歯みがきの歌を作って、保育園で歌っている。"


def test_a_word_written_partly_in_kana_matches_the_same_word_in_the_notes():
    verdict = _verdict("田中さん、歯みがきの歌、とても可愛いですね！", NOTES)
    assert verdict.decision == "allow"
    assert '"歯みがき" (notes)' in verdict.evidence


def test_without_the_word_the_draft_says_nothing_about_her():
    assert _verdict("田中さん、いつも可愛いですね！", NOTES).decision == "refuse"


@pytest.mark.parametrize(("text", "notes"), [
    # A verb and its endings: "行きま" is a stem joined to "ます", not a word.
    ("青木さん、先日お話ししたあの展示、行きましたか？ぜひまた行きましょう。",
     "京都の展示会に行きました。また行きたいと話していた。"),
    # Stock phrases in kana.
    ("石川さん、先日はお会いできてうれしかったです。これからもよろしくお願いします。",
     "いつも丁寧。これからもよろしくお願いしますとのこと。うれしそうだった。"),
    # Three kana of a longer word are too few ("みがき" of "靴みがき").
    ("石川さん、先日お会いした時のみがきのお話、面白かったです。", "靴みがきの店を出している。"),
])
def test_kana_shared_as_grammar_or_too_few_letters_is_no_detail(text, notes):
    assert _verdict(text, notes).decision == "refuse"


NOUNS_A = ["京都", "札幌", "陶芸", "写真", "盆栽", "落語"]
NOUNS_B = ["仙台", "福岡", "書道", "園芸", "将棋", "茶道"]
ENDINGS = ["に行きました", "をしています", "が好きだそうです", "を楽しみにしています",
           "について話しました", "をよろしくお願いします", "だと思いました", "をやってみたいです",
           "を始めたばかりです", "で会えてうれしかった", "に住んでいるそうです"]


@given(st.sampled_from(NOUNS_A), st.sampled_from(NOUNS_B), st.sampled_from(ENDINGS),
       st.sampled_from(ENDINGS))
@SETTINGS
def test_sharing_only_kana_grammar_is_never_a_detail(recorded, said, ending, other):
    notes = f"{recorded}{ending}。{recorded}{other}。"
    text = f"田中さん、先日お会いしましたね。{said}{ending}。{said}{other}。"
    assert _verdict(text, notes).decision == "refuse"


KANA_WORDS = ["ぬいぐるみ", "おにぎり", "あじさい", "ひまわり", "さつまいも", "ぶらんこ"]


@given(st.sampled_from(KANA_WORDS), st.sampled_from(["工房", "写真", "絵本", "教室"]))
@SETTINGS
def test_a_kana_word_of_four_letters_or_more_the_notes_share_is_a_detail(word, thing):
    notes = f"下町で{word}の{thing}を続けている。"
    verdict = _verdict(f"森さん、{word}の{thing}、素敵ですね。", notes)
    assert verdict.decision == "allow"


def test_a_title_quoted_as_the_notes_quote_it_is_a_name():
    notes = "地元ケーブルテレビの教育番組『まなびのまど』で授業実践が取り上げられた。"
    said = "斎藤先生、『まなびのまど』で先生の授業が紹介されていたのを拝見しました。"
    who = contact(first="翔", last="斎藤", notes=notes)
    assert evaluate(batch(draft("d", said, who)))["d"].decision == "allow"
    # the same words unquoted are kana pairs that say nothing on their own
    said = "斎藤先生、まなびのまどで拝見しました。"
    assert evaluate(batch(draft("d", said, who)))["d"].decision == "refuse"
