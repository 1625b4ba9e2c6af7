"""Another thing of the same kind (R4): the record names one grain, fibre, instrument, grape,
breed, sport, programming language... and the message credits the reader with another of the
same kind. See :mod:`orchestrator.policy.customization.kinds`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization import kinds
from orchestrator.policy.customization.text import tokenize


def verdict_of(text: str, notes: str = "", first: str = "Ada", interests=()):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes,
                                                   interests=interests))))["d"]


def refusal(verdict):
    return next(r for r in verdict.reasons if r.code == "no-specific-detail")


# Each: notes, a message naming another member of a kind the notes name, the two members.
OTHER_MEMBERS = [
    ("Grows heritage spelt on the Marden estate for local bakeries.",
     "Ada, your heritage emmer from the Marden estate is all our bakers talk about.",
     "emmer", "spelt"),
    ("Weaves cotton throws at her studio in Lowestoft.",
     "Ada, the silk throws from your Lowestoft studio are gorgeous.", "silk", "cotton"),
    ("Maintains 'quillstore', a Python storage library.",
     "Ada, thanks for maintaining the Kotlin library quillstore.", "Kotlin", "Python"),
    ("Toca el oboe en la Orquesta Filarmónica de Tarragona.",
     "Hola Ada, me encantó tu clarinete con la Orquesta Filarmónica de Tarragona.",
     "clarinete", "oboe"),
    ("Züchtet Hereford-Rinder auf dem Hof Brakenbek.",
     "Hallo Ada, Ihre Charolais-Herde auf dem Hof Brakenbek ist beeindruckend.",
     "Charolais", "Hereford"),
    ("Entraîne l'équipe de volley du club de Saint-Brieuc.",
     "Bonjour Ada, bravo pour la saison de l'équipe de handball du club de Saint-Brieuc !",
     "handball", "volley"),
    ("Produce vermentino nelle colline di Luni.",
     "Ciao Ada, il tuo trebbiano delle colline di Luni è eccellente.", "trebbiano",
     "vermentino"),
    ("Fisioterapeuta especializada em reabilitação do joelho em Braga.",
     "Olá Ada, o seu trabalho em reabilitação do tornozelo em Braga é uma referência.",
     "tornozelo", "joelho"),
    ("Judged the cake category at the Fenmoor Village Show.",
     "Ada, congrats on judging the bread category at the Fenmoor Village Show!", "bread",
     "cake"),
    ("Sa boulangerie de Vannes est connue pour son pain au levain.",
     "Bonjour Ada, vos gâteaux de Vannes au levain sont réputés !", "gâteaux", "pain"),
    ("在武夷山经营一家乌龙茶园。", "您好，您在武夷山的绿茶园让人向往。", "绿茶", "乌龙"),
    ("山田錦を使った純米吟醸で知られる。", "はじめまして。愛山の純米吟醸、とても美味しかったです。",
     "愛山", "山田錦"),
    ("반려견 재활 치료를 전문으로 하는 수의사.", "안녕하세요, 고양이 재활 치료를 전문으로 하신다고 들었어요.",
     "고양이", "반려견"),
    # crops, across languages too
    ("AgriTech Andes panel: talked about salinity in her avocado orchards in Ica.",
     "Hola Ada: sigo pensando en tu charla en AgriTech Andes sobre la salinidad en tus "
     "viñedos de Ica.", "viñedos", "avocado"),
    ("Ran the strawberry polytunnel trial at Hollins Farm.",
     "Ada, your blueberry polytunnel trial at Hollins Farm sounded promising.", "blueberry",
     "strawberry"),
    ("Gestisce un uliveto biologico a Spoleto.",
     "Ciao Ada, il tuo vigneto biologico a Spoleto è bellissimo.", "vigneto", "uliveto"),
    # a question that takes another member for granted credits the reader with it
    ("Habló de sensores de humedad en olivares en Fruit Attraction.",
     "Hola Ada, ¿tu charla sobre sensores de humedad en almendros fue en Fruit Attraction?",
     "almendros", "olivares"),
    ("Cooperativa de quinua en Oruro.",
     "Olá Ada, como vai a safra de amaranto da cooperativa em Oruro?", "amaranto", "quinua"),
    # what a farm grows, what a lab studies in
    ("Grows heirloom tomatoes under glass near Leamington; asked about our humidity probes.",
     "Hi Ada, you asked about humidity probes for your cucumber houses, happy to send the "
     "specs.", "cucumber", "tomatoes"),
    ("Cooperativa de laranja em Bebedouro; quer financiar irrigação.",
     "Olá Ada, soube que a cooperativa de cana em Bebedouro quer financiar irrigação.", "cana",
     "laranja"),
    ("在《细胞通讯》发表了关于斑马鱼心脏再生的论文。",
     "王老师您好，拜读了您关于小鼠心脏再生的论文，很受启发。", "小鼠", "斑马鱼"),
    ("Met at Heartland Field Days; grows seed corn on 900 acres in Iowa.",
     "Hi Ada, great meeting you at Heartland Field Days. Hope the soybean harvest in Iowa "
     "went well.", "soybean", "corn"),
    # where a game or an app runs
    ("닌텐도 스위치 이식을 준비 중이라고 함.",
     "민호님, 플레이스테이션 이식 준비하신다고 들었어요.", "플레이스테이션", "닌텐도"),
    ("Porting their roguelike to the Nintendo Switch; met at Gamescom.",
     "Hi Ada, since Gamescom I've wondered how the Xbox port of your roguelike is going.",
     "Xbox", "Nintendo Switch"),
    ("Ships an Android app for farm logbooks; met at AgriTech Week.",
     "Hi Ada, since AgriTech Week I keep thinking about your iOS app for farm logbooks.",
     "iOS", "Android"),
    # a dairy's animal and breed, a sawmill's timber, a terminal's ships
    ("Quesería artesana con leche de oveja latxa. Su queso ganó medalla de oro en Urdaibe.",
     "Hola Ada, enhorabuena por la medalla de oro de vuestro queso de vaca en Urdaibe.",
     "vaca", "oveja"),
    ("ジャージー種40頭。自家製チーズとジェラートを製造販売。",
     "井上様、ホルスタインの生乳でのジェラートづくり、素敵な取り組みですね。", "ホルスタイン",
     "ジャージー種"),
    ("Serraria; processa pinus, 40 mil m³/ano.",
     "Olá Ada, sua serraria de eucalipto processando 40 mil m³ por ano precisa de inventário.",
     "eucalipto", "pinus"),
    ("Met at Harbour Days 2023; she is planning Halmvik's new ferry terminal (opening 2027).",
     "Ada, how's the planning for Halmvik's new cruise terminal coming along?",
     "cruise", "ferry"),
    # a member the record names only to deny it
    ("杜氏。山田錦ではなく雄町にこだわり、岡山県で造っている。",
     "岡部様、山田錦へのこだわり、素敵です。", "山田錦", "雄町"),
]


@pytest.mark.parametrize(("notes", "text", "said", "recorded"), OTHER_MEMBERS)
def test_another_member_of_a_recorded_kind_is_a_contradiction(notes, text, said, recorded):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    message = refusal(verdict).message
    assert said in message and recorded in message


# The same members, said faithfully, compared, or the sender's own.
FAITHFUL = [
    ("Grows heritage spelt on the Marden estate for local bakeries.",
     "Ada, your heritage spelt from the Marden estate is all our bakers talk about."),
    ("Grows heritage spelt on the Marden estate for local bakeries.",
     "Ada, your heritage spelt from the Marden estate bakes better than any emmer we tried."),
    ("Grows heritage spelt on the Marden estate for local bakeries.",
     "Ada, loved the heritage spelt from the Marden estate; we mostly mill rye ourselves."),
    ("Toca el oboe en la Orquesta Filarmónica de Tarragona.",
     "Hola Ada, me encantó tu oboe con la Orquesta Filarmónica de Tarragona."),
    ("Plays viola in the Harwick Chamber Players.",
     "Hallo Ada, Ihr Bratschenspiel bei den Harwick Chamber Players hat mich begeistert."),
    ("在武夷山经营一家乌龙茶园。", "您好，您在武夷山的乌龙茶园让人向往。"),
    ("반려견 재활 치료를 전문으로 하는 수의사.", "안녕하세요, 반려견 재활 치료를 전문으로 하신다고 들었어요."),
    # a member denied is not named
    ("Sells shampoo in glass jars at her refill shop in Harwick.",
     "Ada, your plastic-free refill shop in Harwick is lovely."),
    ("Vende champú en frascos de vidrio en su tienda a granel de Teruel.",
     "Hola Ada, tu tienda a granel de Teruel sin plástico es una maravilla."),
    ("AgriTech Andes panel: talked about salinity in her avocado orchards in Ica.",
     "Hola Ada: sigo pensando en tu charla en AgriTech Andes sobre la salinidad en tus "
     "huertos de aguacate de Ica."),
    # a question naming the recorded member beside another compares them
    ("Ran the strawberry polytunnel trial at Hollins Farm.",
     "Ada, was the polytunnel trial at Hollins Farm strawberries only, or blueberries too?"),
    ("Porting their roguelike to the Nintendo Switch; met at Gamescom.",
     "Hi Ada, since Gamescom I've wondered how the Switch port of your roguelike is going."),
    ("Ships an Android app for farm logbooks; met at AgriTech Week.",
     "Hi Ada, since AgriTech Week I keep thinking about your Android app for farm logbooks. "
     "We build on iOS ourselves."),
    # a name that is also a crop's is a name
    ("Gestisce un uliveto biologico a Spoleto con Olivier Brun.",
     "Ciao Ada, il tuo uliveto biologico a Spoleto con Olivier è bellissimo."),
]


@pytest.mark.parametrize(("notes", "text"), FAITHFUL)
def test_the_recorded_member_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


def _members(text: str, language: str):
    return kinds.members(tokenize(text), text, (language,), language == "german")


def test_words_that_are_ordinary_elsewhere_are_not_members():
    # "Go" and "Swift" only as written; "mais" is French for "but", "lino" is not English.
    assert not _members("Let's go see it, a swift reply would help", "english")
    assert not _members("mais je pense que oui", "french")
    assert not _members("a lino print of the harbour", "english")
    assert _members("a Go library", "english")
    # CJK forms that are parts of common words are not listed
    assert not _members("아마 수수료가 들 거예요", "korean")
    assert not _members("我们有大号和小号的包装", "chinese")


def test_german_compounds_start_with_their_member():
    assert {kind for kind, _ in _members("Ihr Hirseversuch", "german")} == {"grain"}
    assert not _members("Hirse", "english")
    # ... of five letters or more, and no ordinary word's start
    assert not _members("Ihr hundertjähriger Betrieb mit Glasfaser", "german")
    assert not _members("your hip-hop classes", "english")


_PAIRS = [(kind, a, b) for kind, members in kinds._KINDS.items()
          for a in range(len(members)) for b in range(len(members)) if a != b]


def _english_or_any(kind: str, n: int) -> str | None:
    """A name of member ``n`` of ``kind`` an English text writes (English or shared)."""
    for part in kinds._KINDS[kind][n].split(";"):
        code, _, forms = part.partition(":")
        if code.strip() in ("en", "*"):
            return forms.split(",")[0].strip().lstrip("=")
    return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_PAIRS))
def test_the_recorded_member_never_clashes_and_another_always_does(pair):
    kind, a, b = pair
    recorded, other = _english_or_any(kind, a), _english_or_any(kind, b)
    if recorded is None or other is None or recorded.lower() == other.lower():
        return
    notes = f"Works with {recorded} at the Harwick cooperative."
    same = verdict_of(f"Ada, your {recorded} work at the Harwick cooperative is impressive.",
                      notes)
    assert same.decision != "refuse", same.reasons
    wrong = verdict_of(f"Ada, your {other} work at the Harwick cooperative is impressive.",
                       notes)
    assert wrong.decision == "refuse"
