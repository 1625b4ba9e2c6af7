"""Misses of new held-out sets, each a general cause (R4):

* a season given otherwise ("on autumn grass" for "on spring grass"), in any language;
* "the gold" for a recorded silver; "congrats on winning" for "wurde 2022 Zweiter";
* a name after an elided link ("l'affresco dell'Annunciazione") is the record's slot;
* CJK numerals ("创业五年" for "创业七年");
* one specific word in place of the recorded subject's object ("sulla pulitura laser" for
  "sulla pulitura con gel di agar"), the Italian "è" being no "and";
* a Romance kind after "por"/"per" ("riego por aspersión" for "riego por goteo"), where
  "en 300 hectáreas" is no closer kind.
"""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

from orchestrator.policy.customization.seasons import SEASONS, seasons_named
from orchestrator.policy.customization.text import tokenize

LAMINITIS = "Hoof-care vet; wrote a thread on laminitis in ponies on spring grass."


@pytest.mark.parametrize(("notes", "text", "decision"), [
    (LAMINITIS, "Loved your thread on laminitis in ponies on autumn grass. Bookmarked!",
     "refuse"),
    (LAMINITIS, "Loved your thread on laminitis in ponies on spring grass. Bookmarked!",
     "allow"),
    (LAMINITIS, "Your thread on laminitis in ponies on spring grass: shall we talk this "
                "winter?", "allow"),
    ("Makes a heather mead; won silver at the Borderland Mead Awards 2023.",
     "Congratulations on the gold for your heather mead at the Borderland Mead Awards 2023!",
     "refuse"),
    ("Hütehundetrainer; wurde 2022 Zweiter beim Hütewettbewerb Moosgrund.",
     "Lukas, congrats on winning Moosgrund 2022! How old is your dog now?", "refuse"),
    ("Ha scoperto una sinopia sotto l'affresco dell'Annunciazione a Borgo Lame.",
     "La scoperta della sinopia sotto l'affresco della Natività a Borgo Lame è stata "
     "emozionante.", "refuse"),
    ("经营一家创业七年的白茶茶企。", "听说您经营着一家创业五年的白茶茶企，很想交流。", "refuse"),
    ("经营一家创业七年的白茶茶企。", "听说您经营着一家创业七年的白茶茶企，很想交流。", "allow"),
    ("Relazione al Colloquio di Lucerna sulla pulitura con gel di agar.",
     "La sua relazione al Colloquio di Lucerna sulla pulitura laser mi è rimasta impressa.",
     "refuse"),
    ("Relazione al Colloquio di Lucerna sulla pulitura con gel di agar.",
     "La sua relazione al Colloquio di Lucerna sulla pulitura con l'agar mi è rimasta "
     "impressa.", "allow"),
    ("Técnico de riego; ha instalado riego por goteo en 300 hectáreas.",
     "He leído que ha instalado riego por aspersión en 300 hectáreas.", "refuse"),
    ("Técnico de riego; ha instalado riego por goteo en 300 hectáreas.",
     "He leído que ha instalado riego por goteo en 300 hectáreas.", "allow"),
])
def test_swapped(notes, text, decision):
    assert decide(notes, text) == decision


@pytest.mark.parametrize(("text", "language", "seasons"), [
    ("la raccolta d'estate", "italian", [2]), ("the Hadley estate", "english", []),
    ("秋季的茶会", "chinese", [3]), ("青春", "chinese", []), ("가을 축제", "korean", [3]),
])
def test_the_seasons_named(text, language, seasons):
    tokens = tokenize(text)
    assert [s for _, s, _ in seasons_named(text, tokens, range(len(tokens)), language)] == seasons


def test_every_season_word_is_one_of_four():
    assert set(SEASONS.values()) == {1, 2, 3, 4}
