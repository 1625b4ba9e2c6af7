"""An interest the sender says they share, with what they do with it, is a detail; an
interest tag in a stock frame with nothing of the sender's own stays praise (R4).

"Fellow sourdough nerd here ... swap starter tips", "a fellow einkorn fan here! We've just
started baking with it", "你也喜欢茶艺，我最近在学功夫茶", "저도 주말마다 북한산 가요": the tag
is taken up by someone who shares it and says something of their own about it, which no mail
merge of the interests field writes. The same frame with nothing of the sender's own ("me
too!", "happy to connect") or with the sender's company ("we also build...") stays praise
hooked to a tag.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, interests, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, interests=tuple(interests)))))["d"]


TAKEN_UP = [
    ("Ada, a fellow letterpress fan here! We just bought an old Adana and print with it "
     "every weekend.", ["letterpress"]),
    ("Ada, fellow kombucha enthusiast here: we brew it at our cafe and would love to swap "
     "scobies.", ["kombucha"]),
    ("Ada你好，看到你也喜欢黑胶唱片，我最近入了一台唱机，正好在找这类老唱片。", ["黑胶唱片"]),
]


@pytest.mark.parametrize(("text", "interests"), TAKEN_UP)
def test_a_shared_interest_taken_up_passes(text, interests):
    verdict = verdict_of(text, interests)
    assert verdict.decision != "refuse", verdict.reasons


FRAMED = [
    ("Ada, as a fellow letterpress lover I'm sure we'd get on. I run a print studio.",
     ["letterpress"]),
    ("Ada, fellow kombucha enthusiast here! Let's connect.", ["kombucha"]),
    # the sender's clause, but nothing taken up
    ("Ada, a fellow letterpress fan here! We sell greeting cards online.", ["letterpress"]),
    # taken up, but no sharing: a pitch
    ("Ada, as a letterpress lover you will like our fair; we organise it in Leeds.",
     ["letterpress"]),
]


@pytest.mark.parametrize(("text", "interests"), FRAMED)
def test_praise_hooked_to_a_tag_stays_refused(text, interests):
    assert verdict_of(text, interests).decision == "refuse"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["letterpress", "kombucha", "bookbinding", "beekeeping"]))
def test_without_a_clause_of_the_senders_the_frame_stays(tag):
    assert verdict_of(f"Ada, a fellow {tag} fan here! Let's connect.", [tag]).decision \
        == "refuse"


def verdict(text: str, interests: tuple[str, ...], first: str = "Ada") -> str:
    who = contact(first=first, interests=interests, headline="Analyst at Lovelace Labs")
    return evaluate(batch(draft("d", text, who)))["d"].decision


@pytest.mark.parametrize(("text", "tag", "decision"), [
    ("Ada, fellow beekeeper here: my three hives came through the winter in Hexham.",
     "beekeeping", "allow"),
    ("Ada, fellow beekeeper here! Would be great to connect.", "beekeeper", "refuse"),
    ("Ada, as a fellow jazz lover, we also book trios for the Ferrow Street nights.",
     "jazz", "refuse"),
    ("Ada, as a fellow jazz lover I think you'd also enjoy connecting with me.", "jazz",
     "refuse"),
    ("Ada你好，看到你也喜欢书法，我每天早上临王羲之的兰亭序。", "书法", "allow"),
    ("Ada你好，看到你也喜欢书法，我也是，期待交流！", "书法", "refuse"),
    ("Ada你好，看得出你也很热爱书法！我们也在做文房用品，想认识一下。", "书法", "refuse"),
    ("Ada님, 프로필 보니 수영 좋아하시네요. 저도 새벽마다 한강수영장 다녀요!", "수영", "allow"),
    ("Ada님, 수영 좋아하시네요! 저도 좋아해요. 연결되면 좋겠습니다.", "수영", "refuse"),
    # The sender's trade after the word of sharing is a pitch, not a pastime shared.
    ("Ada, as a fellow jazz lover I'm sure we'd get on. I also book acts for the Ferrow "
     "Street club nights.", "jazz", "refuse"),
    ("Hola Ada, veo que eres una apasionada del senderismo. Yo también organizo viajes para "
     "grupos pequeños en Asturias.", "senderismo", "refuse"),
    ("Ada, I see you love history too! I run a consultancy helping museums digitise "
     "archives.", "history", "refuse"),
    ("Ada你好，看到你也喜欢咖啡，我在做烘焙设备，想和你认识一下。", "咖啡", "refuse"),
])
def test_a_shared_interest_with_the_senders_own_words(text, tag, decision):
    assert verdict(text, (tag,)) == decision


_FILLERS = ("Happy to connect.", "Would be great to connect!", "Let's stay in touch.",
            "Me too!", "I love it too.", "We also work on it.", "Open to a quick chat?")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(("jazz", "sailing", "pottery", "chess")),
       st.sampled_from(("As a fellow {} lover", "Fellow {} fan here", "I see you love {} too",
                        "Another {} enthusiast")),
       st.lists(st.sampled_from(_FILLERS), min_size=1, max_size=3))
def test_a_frame_with_only_stock_words_after_it_stays_vague(tag, frame, fillers):
    assert verdict(f"Ada, {frame.format(tag)}! " + " ".join(fillers), (tag,)) == "refuse"


def test_two_words_of_the_senders_own_in_chinese_take_the_interest_up():
    # "近收" and "朱泥": two content pairs apart, between particles (了, 一把, 的).
    text = "Ada你好，看到你也喜欢紫砂壶，我最近收了一把朱泥的，想请教一下。"
    assert verdict_of(text, ["紫砂壶"]).decision != "refuse"


def test_one_word_of_the_senders_own_in_chinese_stays_praise():
    text = "Ada你好，看到你也喜欢紫砂壶，我也很喜欢的，想认识一下。"
    assert verdict_of(text, ["紫砂壶"]).decision == "refuse"
