"""A Latin-script message naming what CJK notes write in their own script: "Cheongju" for
"청주공예비엔날레", "Jingdezhen" for "景德镇" (Hangul romanized, Han characters read in
pinyin, katakana in romaji; see crosslang._names_read_back). Each such name is one piece of
evidence, as a name the notes write in Latin letters would be."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.crosslang import _names_read_back


@pytest.mark.parametrize(("said", "notes", "language", "name"), [
    ("Bravo pour le prix à la Biennale de Cheongju !", "청주공예비엔날레에서 달항아리로 수상",
     "korean", "Cheongju"),
    ("Your lamps at the Jingdezhen biennale were lovely.", "景德镇陶瓷双年展参展艺术家。",
     "chinese", "Jingdezhen"),
    ("Loved your talk at the Niseko summit.", "ニセコのサミットで講演した。", "japanese",
     "Niseko"),
])
def test_a_name_the_notes_write_in_their_script(said, notes, language, name):
    assert [said[a:b] for a, b in _names_read_back(said, notes, language)] == [name]


def test_an_unrelated_name_is_not_read_back():
    assert _names_read_back("Your talk in Lisbon was great.", "청주공예비엔날레에서 수상",
                            "korean") == []


def verdict(text: str, notes: str) -> str:
    return evaluate(batch(draft("d", text, contact(first="Yerin", notes=notes))))["d"].decision


def test_a_name_read_back_and_a_month_make_a_message_personal():
    assert verdict("Yerin, congratulations on the prize at the Cheongju biennale in September!",
                   "2025년 9월 청주공예비엔날레에서 달항아리 작품으로 수상") != "refuse"
    # the name alone is one piece, not enough
    assert verdict("Yerin, Cheongju, what a place!",
                   "2025년 9월 청주공예비엔날레에서 달항아리 작품으로 수상") == "refuse"
