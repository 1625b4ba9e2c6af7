"""Denials the notes write in capitals ("does NOT use wine casks", "KEINEN Neubau"), with
kana inside the denied words ("機械漉きの紙は扱わない"), out of one's remit ("保存修復は担当外"),
after a light verb ("不主张打农药"); preferences ("advocates deadlifts over the leg press")
and being against something ("against triploid oysters"): a message saying the reader uses,
plans, handles or likes the denied thing contradicts the record (R4)."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide


@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Does NOT use wine casks; strictly ex-bourbon barrels.",
     "I hear you're experimenting with Sauternes wine casks. We have a few spare.", "refuse"),
    ("Does NOT use wine casks; strictly ex-bourbon barrels.",
     "I hear you're strict about ex-bourbon barrels; we have a few spare.", "allow"),
    ("Die Gemeinde plant ausdrücklich KEINEN Neubau, nur Reinigung und Stimmung.",
     "Ich habe gehört, dass Ihre Gemeinde einen Neubau der Orgel plant.", "refuse"),
    ("機械漉きの紙は扱わない、と明言。", "機械漉きの紙もお取り扱いと伺い、ご連絡いたしました。", "refuse"),
    ("美術館の学芸員（保存修復は担当外）。", "保存修復のご担当として、紙の選定にはご苦労が多いかと存じます。", "refuse"),
    ("植保站技术员；推广用黄板诱杀茶小绿叶蝉，不主张打农药。", "看到您在推广用农药防治茶小绿叶蝉，想跟您交流一下经验。", "refuse"),
    ("植保站技术员；推广用黄板诱杀茶小绿叶蝉，不主张打农药。", "看到您在推广用黄板诱杀茶小绿叶蝉，想跟您交流一下经验。", "allow"),
    ("Advocates deadlifts over the leg press for junior rowers.",
     "Petronella, fellow leg press fan here. Great to connect!", "refuse"),
    ("Advocates deadlifts over the leg press for junior rowers.",
     "Petronella, your case for deadlifts with junior rowers won me over.", "allow"),
])
def test_denied_and_disliked(notes, text, decision):
    assert decide(notes, text) == decision
