"""The facts a matched detail comes with: its year or figure, its kind, its subject.

The right occasion with the wrong year ("the 2019 edition" for the 2021 one), the right race
with the wrong distance, the right thing of the wrong kind ("Danish chairs" for "Swedish
chairs") contradicts the record even though another word of it matches (R4); the same
sentence with the recorded fact, a relative date or a year the record does not give stays
allowed. See :mod:`orchestrator.policy.customization.facts`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.facts import adjective_like, figure_kind


def verdict_of(text: str, notes: str, first: str = "Ada", template: str | None = None):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes)),
                          template=template))["d"]


def refusal(verdict):
    return next(r for r in verdict.reasons if r.code == "no-specific-detail")


@pytest.mark.parametrize(("key", "kind"), [
    ("2024", "year"), ("1998", "year"), ("50k", "k"), ("10km", "km"), ("12th", "ordinal"),
    ("3rd", "ordinal"), ("12", None), ("300", None), ("q3", None), ("h2", None),
    ("2024abcd", None), ("", None),
])
def test_figure_kind(key, kind):
    assert figure_kind(key) == kind


def test_adjective_like():
    assert adjective_like("victorian", True) and adjective_like("japanese", True)
    assert adjective_like("espanol", False)  # a language (folded), whatever its capitals
    assert not adjective_like("victorian", False)  # lower case: a common word
    assert not adjective_like("shopify", True) and not adjective_like("oslo", True)


# Each: notes, a message with the wrong fact, what it quotes, the same with the right fact.
WRONG_FACTS = [
    ("Ran the kitchen at the 2021 Fenwick Food Festival.",
     "Ada, your kitchen at the 2019 Fenwick Food Festival was the best stall there.",
     "2019 Fenwick Food Festival",
     "Ada, your kitchen at the 2021 Fenwick Food Festival was the best stall there."),
    ("Finished the Brecon Beacons Ultra 70K in May.",
     "Ada, huge congrats on the Brecon Beacons Ultra 30K in May!",
     "30K",
     "Ada, huge congrats on the Brecon Beacons Ultra 70K in May!"),
    ("Nos vimos en la Bienal de Arquitectura de Cádiz 2022.",
     "Hola Ada, fue un gusto verte en la Bienal de Arquitectura de Cádiz 2018.",
     "2018",
     "Hola Ada, fue un gusto verte en la Bienal de Arquitectura de Cádiz 2022."),
    ("Hat den Rennsteiglauf über 73 km geschafft.",
     "Hallo Ada, Glückwunsch zum Rennsteiglauf über 43 km!",
     "43 km",
     "Hallo Ada, Glückwunsch zum Rennsteiglauf über 73 km!"),
    ("2022年在成都的熊猫科技论坛上认识。",
     "Ada您好，2019年成都熊猫科技论坛上认识您很高兴。",
     "2019",
     "Ada您好，2022年成都熊猫科技论坛上认识您很高兴。"),
    ("2023년 대구 치맥 페스티벌에서 부스를 운영하셨습니다.",
     "Ada님, 2020년 대구 치맥 페스티벌 부스 정말 인상적이었어요.",
     "2020",
     "Ada님, 2023년 대구 치맥 페스티벌 부스 정말 인상적이었어요."),
]


@pytest.mark.parametrize(("notes", "wrong", "said", "right"), WRONG_FACTS)
def test_a_wrong_year_or_figure_of_the_recorded_occasion_contradicts(notes, wrong, said, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    message = refusal(verdict).message
    assert said in message and "the record says" in message and "Correct it" in message
    assert verdict_of(right, notes).decision == "allow"


@pytest.mark.parametrize("text", [
    "Ada, your kitchen at the Fenwick Food Festival last year was the best stall there.",
    "Ada, your kitchen at the Fenwick Food Festival was the best; see you at Harbourfest 2026?",
    "Ada, your kitchen at the 2021 Fenwick Food Festival was great; I was there in 2019 too.",
])
def test_relative_dates_and_other_occasions_are_no_contradiction(text):
    assert verdict_of(text, "Ran the kitchen at the 2021 Fenwick Food Festival.").decision \
        == "allow"


def test_a_year_the_record_does_not_give_is_no_contradiction():
    notes = "Ran the kitchen at the Fenwick Food Festival."
    text = "Ada, your kitchen at the 2019 Fenwick Food Festival was the best stall there."
    assert verdict_of(text, notes).decision == "allow"


def test_the_wrong_kind_of_a_recorded_thing_contradicts():
    notes = "Restores Swedish chairs for the Gullmarn folk museum."
    verdict = verdict_of("Ada, love that you restore Danish chairs for the folk museum.", notes)
    assert verdict.decision == "refuse"
    message = refusal(verdict).message
    assert "'Danish chairs'" in message and "'Swedish chairs'" in message
    assert verdict_of("Ada, love that you restore Swedish chairs for the folk museum.",
                      notes).decision == "allow"


def test_a_capitalized_adjective_alone_is_a_loose_word():
    notes = "Curates the Georgian silverware collection."
    verdict = verdict_of("Ada, I enjoyed your essay about Georgian gardens.", notes)
    assert verdict.decision == "refuse"
    assert "Only 'Georgian' matches" in refusal(verdict).message
    assert verdict_of("Ada, your Georgian silverware collection is a delight.",
                      notes).decision == "allow"


def test_a_subject_after_a_long_occasion_name_is_compared():
    notes = "Gave the keynote at the Coastal Wetland Restoration Society meeting on salt marshes."
    wrong = ("Ada, your keynote at the Coastal Wetland Restoration Society meeting on "
             "seagrass meadows was superb.")
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    assert "'salt marshes'" in refusal(verdict).message
    assert verdict_of(wrong.replace("seagrass meadows", "salt marshes"), notes).decision \
        == "allow"


TEMPLATE = "Hi {{ contact.first_name }}, {{ personal_note }} Would be glad to connect."


def test_a_templates_closing_is_not_cited_as_a_default_note():
    notes = "Spoke about heat pumps at the Ashby Retrofit Fair."
    verdict = verdict_of("Hi Ada, loved your recent talk! Would be glad to connect.", notes,
                         template=TEMPLATE)
    assert verdict.decision == "refuse"
    assert [r.code for r in verdict.reasons if r.code == "platform-default"] == []
    assert "'loved your recent talk'" in refusal(verdict).message


def test_a_default_note_written_as_the_personal_part_still_is_one():
    verdict = verdict_of("Hi Ada, I'd like to add you to my professional network. "
                         "Would be glad to connect.", "", template=TEMPLATE)
    found = [r for r in verdict.reasons if r.code == "platform-default"]
    assert found and "add you to my professional network" in found[0].message


@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Ran the Ghent half marathon in March.", "Ada, congrats on your 10K in Ghent!", "refuse"),
    ("Ran the Ghent half marathon in March.", "Ada, congrats on the Ghent half marathon!",
     "allow"),
    ("Ran the Ghent 21K in March.", "Ada, congrats on the Ghent half marathon!", "allow"),
    ("Finished the Ardennes Trail 50K.", "Ada, 50 km on the Ardennes Trail: chapeau!", "allow"),
])
def test_a_distance_is_one_figure_however_it_is_written(notes, text, decision):
    assert verdict_of(text, notes).decision == decision


# Each: notes, the thing of another kind, what both sides quote, the right thing.
WRONG_KINDS = [
    ("她在青年宫教围棋课。", "Ada您好，很喜欢您在青年宫教的象棋课。", ("象棋课", "围棋课"),
     "Ada您好，很喜欢您在青年宫教的围棋课。"),
    ("市民ホールで生け花教室を開いています。", "Adaさん、市民ホールの書道教室、素敵ですね。",
     ("書道教室", "生け花教室"), "Adaさん、市民ホールの生け花教室、素敵ですね。"),
    ("춘천 마임 축제에서 인형극 공연을 올리셨습니다.", "Ada님, 춘천 마임 축제의 그림자 공연 정말 좋았어요.",
     ("그림자 공연", "인형극 공연"), "Ada님, 춘천 마임 축제의 인형극 공연 정말 좋았어요."),
    ("Dà corsi per interpreti di cinese all'ospedale Valmarina.",
     "Ciao Ada, ottimi i tuoi corsi per interpreti di giapponese all'ospedale Valmarina.",
     ("interpreti di giapponese", "interpreti di cinese"),
     "Ciao Ada, ottimi i tuoi corsi per interpreti di cinese all'ospedale Valmarina."),
]


@pytest.mark.parametrize(("notes", "wrong", "quotes", "right"), WRONG_KINDS)
def test_another_kind_of_the_recorded_thing_contradicts(notes, wrong, quotes, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    message = refusal(verdict).message
    assert all(f"'{q}'" in message for q in quotes), message
    assert verdict_of(right, notes).decision == "allow"


@pytest.mark.parametrize(("notes", "text"), [
    ("在上海的物流峰会上认识，聊了冷链包装。", "Ada您好，很高兴在物流峰会上认识您，关于冷链包装的话题很有意思。"),
    ("판교 AI 밋업에서 만나 추천 시스템 이야기를 나눴습니다.",
     "Ada님, 판교 AI 밋업에서 나눈 추천 시스템 이야기 즐거웠어요."),
    ("市民ホールで生け花教室を開いています。", "Adaさん、市民ホールでの生け花のお教室、素敵ですね。"),
    # Another modifier of a thing that is no class, show or contest is a paraphrase.
    ("写过一篇关于新能源汽车电池回收的公众号文章。", "Ada您好，您那篇讲动力电池回收的公众号文章写得很透彻。"),
])
def test_cjk_paraphrases_of_the_recorded_thing_stay_allowed(notes, text):
    assert verdict_of(text, notes).decision == "allow"


@pytest.mark.parametrize(("notes", "text", "company"), [
    # What the sender's own team does is no kind of the reader's ("低年级" beside "三年级").
    ("用Scratch给三年级学生做编程社团，学生作品获得了市一等奖。",
     "Ada老师，恭喜您带的Scratch编程社团作品拿了市一等奖！我们也在做低年级编程课程，想向您请教。",
     "Lovelace Labs"),
    # A shortened occasion name whose first word is also the company's ("上海").
    ("我们在上海国际教育装备展上聊过智慧黑板的护眼问题。",
     "Ada老师，上次在上海教育装备展上和您聊智慧黑板护眼的问题，收获很大。", "上海市协和学校"),
    # A light verb before the recorded word is no kind of it ("做负荷预测").
    ("开发了开源项目 GridPulse（电网负荷预测）。",
     "Ada您好，一直在用您的 GridPulse 做负荷预测，省了我们不少事。", "Lovelace Labs"),
])
def test_the_senders_clause_a_shortened_name_and_a_light_verb_are_no_other_kind(
        notes, text, company):
    verdict = evaluate(batch(draft("d", text, contact(notes=notes, company=company))))["d"]
    assert verdict.decision == "allow", verdict.reasons


def test_a_subject_whose_compound_is_taken_apart_is_the_recorded_one():
    notes = "Vortrag auf der transport logistic 2025 über Rampenzeitfenster-Management."
    said = ("Hallo Ada, Ihr Vortrag auf der transport logistic zum Zeitfenstermanagement an "
            "der Rampe war sehr praxisnah.")
    assert verdict_of(said, notes).decision == "allow"
    other = said.replace("Zeitfenstermanagement an der Rampe", "Tourenplanung im Winter")
    assert verdict_of(other, notes).decision == "refuse"


# Each: notes, a message counting the recorded thing otherwise, what it quotes, the same
# message with the recorded count.
WRONG_COUNTS = [
    ("Runs 3 bike workshops in Fallowmere.",
     "Ada, your eight bike workshops in Fallowmere are quite the operation. We build booking "
     "software for repair shops.",
     "eight bike workshops",
     "Ada, your three bike workshops in Fallowmere are quite the operation. We build booking "
     "software for repair shops."),
    ("Opened her 2nd dental practice in Quarrington; runs 2 practices now.",
     "Ada, congrats on opening your sixth practice in Quarrington! We build booking software "
     "for clinics.",
     "sixth practice",
     "Ada, congrats on opening your second practice in Quarrington! We build booking software "
     "for clinics."),
    ("Dirige cuatro academias de idiomas en Teruel.",
     "Hola Ada, tus diez academias de idiomas en Teruel son todo un referente.",
     "diez academias",
     "Hola Ada, tus cuatro academias de idiomas en Teruel son todo un referente."),
    ("Betreibt 6 Hofläden im Allgäu.",
     "Hallo Ada, Ihre 14 Hofläden im Allgäu sind ein tolles Modell.",
     "14 Hofläden",
     "Hallo Ada, Ihre 6 Hofläden im Allgäu sind ein tolles Modell."),
    ("在苏州经营2家茶馆。",
     "Ada您好，您在苏州经营的5家茶馆很有特色。",
     "5家茶馆",
     "Ada您好，您在苏州经营的2家茶馆很有特色。"),
    ("Tem três padarias em Braga.",
     "Olá Ada, parabéns pelas oito padarias em Braga!",
     "oito padarias",
     "Olá Ada, parabéns pelas três padarias em Braga!"),
    ("Gestisce due trattorie a Bari.",  # "sei" and "due" are stop words too
     "Ciao Ada, complimenti per le tue sei trattorie a Bari!",
     "sei trattorie",
     "Ciao Ada, complimenti per le tue due trattorie a Bari!"),
    ("Owns 4 food trucks across Dunmore.",
     "Hi Ada, running fifteen food trucks across Dunmore must be hectic!",
     "fifteen food trucks",
     "Hi Ada, running four food trucks across Dunmore must be hectic!"),
    ("長野で旅館を3軒経営。",
     "Ada様、長野で7軒の旅館を経営されていると伺いました。",
     "7軒の旅館",
     "Ada様、長野で3軒の旅館を経営されていると伺いました。"),
]


@pytest.mark.parametrize(("notes", "wrong", "said", "right"), WRONG_COUNTS)
def test_a_recorded_thing_counted_otherwise_contradicts(notes, wrong, said, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    assert said in refusal(verdict).message
    assert verdict_of(right, notes).decision == "allow"


@pytest.mark.parametrize("text", [
    # Numbers that count something else, or are no count: a year, a price, a share, a time,
    # the sender's own, a thing the record does not count.
    "Ada, your 3 bike workshops in Fallowmere since 2014 are quite the operation.",
    "Ada, your three bike workshops in Fallowmere are great; our plan is $12 for 12 workshops.",
    "Ada, your three bike workshops in Fallowmere grew 40% last year, impressive.",
    "Ada, your bike workshops in Fallowmere open at 9:30, right? We run 12 workshops ourselves.",
    "Ada, your bike workshops in Fallowmere must keep 12 mechanics busy.",
    "Ada, two of your bike workshops in Fallowmere are on my way to work.",
])
def test_other_numbers_are_no_wrong_count(text):
    assert verdict_of(text, "Runs 3 bike workshops in Fallowmere.").decision == "allow"


_NOUNS = ["bakeries", "warehouses", "studios", "clinics", "kiosks", "greenhouses"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=2, max_value=12), st.integers(min_value=2, max_value=12),
       st.sampled_from(_NOUNS), st.sampled_from(["Wendlow", "Karsby", "Trimouth"]),
       st.booleans())
def test_a_count_contradicts_only_the_same_thing_counted_otherwise(said, recorded, noun, town,
                                                                   same_noun):
    other = _NOUNS[(_NOUNS.index(noun) + 1) % len(_NOUNS)]
    notes = f"Runs {recorded} {noun} in {town}."
    text = (f"Ada, your {said} {noun if same_noun else other} in {town} caught my eye. "
            f"We build rota software for {noun}.")
    verdict = verdict_of(text, notes)
    wrong = same_noun and said != recorded
    assert (verdict.decision == "refuse") == wrong, (text, notes, verdict.reasons)


# Each: notes, a message tying the recorded thing or occasion to another place, what it
# quotes, the same message with the recorded place.
WRONG_PLACES = [
    ("Tiene una nave en el polígono de Cotes; la quiere alquilar.",
     "Hola Ada, tengo un cliente que quiere alquilar su nave de Vilanova.",
     "Vilanova",
     "Hola Ada, tengo un cliente que quiere alquilar su nave de Cotes."),
    ("Ha una bottega nel quartiere di Borgo Dora.",
     "Ciao Ada, un mio cliente vorrebbe affittare la sua bottega di Porta Palazzo.",
     "Porta Palazzo",
     "Ciao Ada, un mio cliente vorrebbe affittare la sua bottega di Borgo Dora."),
    ("在苏州举办了2022年江南非遗手作市集。",
     "Ada您好，您在无锡举办的江南非遗手作市集活动很有意思。",
     "无锡",
     "Ada您好，您在苏州举办的江南非遗手作市集活动很有意思。"),
    ("在长沙组织了湘江青年创客论坛。",
     "Ada您好，您在南昌组织的湘江青年创客论坛办得很好。",
     "南昌",
     "Ada您好，您在长沙组织的湘江青年創客论坛办得很好。".replace("創", "创")),
    ("福岡のスマートエネルギーウィークで蓄電池の話をした。",
     "Ada様、仙台のスマートエネルギーウィークで蓄電池のお話ができて光栄でした。",
     "仙台",
     "Ada様、福岡のスマートエネルギーウィークで蓄電池のお話ができて光栄でした。"),
    ("在农业机械展（潍坊）上认识。",
     "Ada您好，很高兴在郑州的农业机械展上认识您。",
     "郑州",
     "Ada您好，很高兴在潍坊的农业机械展上认识您。"),
    ("로봇 엑스포 2024(광주)에서 만남.",
     "Ada님, 인천 로봇 엑스포에서 만나서 반가웠어요!",
     "인천",
     "Ada님, 광주 로봇 엑스포에서 만나서 반가웠어요!"),
]


@pytest.mark.parametrize(("notes", "wrong", "said", "right"), WRONG_PLACES)
def test_the_recorded_thing_in_another_place_contradicts(notes, wrong, said, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    assert said in refusal(verdict).message
    assert verdict_of(right, notes).decision == "allow"


def test_a_thing_in_another_place_that_is_not_the_readers_is_no_contradiction():
    notes = "Tiene una nave en el polígono de Cotes; la quiere alquilar."
    text = "Hola Ada, tengo un cliente que busca alquilar una nave de Vilanova como la suya de Cotes."
    assert verdict_of(text, notes).decision == "allow"


_SYLLABLES = ["ka", "lo", "ven", "tri", "mar", "bel", "dro", "sen", "qui", "ras", "tol", "gar"]
_place = st.lists(st.sampled_from(_SYLLABLES), min_size=3, max_size=4).map(
    lambda parts: "".join(parts).capitalize())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_place, _place, st.sampled_from(["local", "nave", "taller", "almacén"]),
       st.booleans())
def test_the_readers_thing_contradicts_only_in_another_place(said, recorded, noun, readers):
    notes = f"Tiene un {noun} en el barrio de {recorded}; lo quiere alquilar."
    owner = "su" if readers else "un"
    text = f"Hola Ada, tengo un cliente que quiere alquilar {owner} {noun} de {said}."
    verdict = verdict_of(text, notes)
    wrong = readers and said[:4] != recorded[:4]
    assert (verdict.decision == "refuse") == wrong, (text, notes, verdict.reasons)


@pytest.mark.parametrize(("notes", "text"), [
    ("Met 3 weeks ago at the Fenwick Fair.", "Hi Ada, great meeting you 2 weeks ago at the Fenwick Fair!"),
    ("Has run the Fenwick Fair for 6 years.", "Hi Ada, congrats on 10 years at the Fenwick Fair!"),
    ("Ran a 3 hour workshop on rust at the Fenwick Fair.",
     "Hi Ada, your 3 hour workshop on rust at the Fenwick Fair was great!"),
    ("5年前在成都的熊猫科技论坛上认识。", "Ada您好，3年前在成都的熊猫科技论坛上认识您。"),
])
def test_a_time_is_no_count_of_the_recorded_thing(notes, text):
    # A record written earlier gives how long or how long ago otherwise without a mistake.
    assert verdict_of(text, notes).decision == "allow"


def test_the_length_of_a_recorded_thing_is_no_elapsed_time():
    # How long the workshop lasted does not change as the record ages (see quantities).
    verdict = verdict_of("Hi Ada, your 2 hour workshop on rust at the Fenwick Fair was great!",
                         "Ran a 3 hour workshop on rust at the Fenwick Fair.")
    assert verdict.decision == "refuse"


@pytest.mark.parametrize(("notes", "text"), [
    ("在成都组织了读书分享会。", "Ada您好，您在公司组织的读书分享会很有意思。"),
    ("在成都组织了读书分享会。", "Ada您好，您在图书馆组织的读书分享会很有意思。"),
    ("大阪のハッカソンで登壇。", "Ada様、社内のハッカソンでのお話、興味深かったです。"),
    ("Tiene un local en el barrio del Carmen; lo quiere alquilar.",
     "Hola Ada, tengo un cliente que busca alquilar un local de Ruzafa, como el suyo."),
])
def test_a_building_a_company_or_a_thing_not_the_readers_is_no_other_place(notes, text):
    assert verdict_of(text, notes).decision == "allow"


# --- a quoted title half right ------------------------------------------------------------

@pytest.mark.parametrize(("notes", "wrong", "right"), [
    ("A monté « Les Oiseaux de sel » au Théâtre du Quai en 2025.",
     "Bonjour Ada, j'ai adoré votre mise en scène de « Les Oiseaux de feu » au Théâtre du Quai !",
     "Bonjour Ada, j'ai adoré votre mise en scène de « Les Oiseaux de sel » au Théâtre du Quai !"),
    ('Published the novel "The Copper Orchard" with Fenwick Press.',
     'Ada, I loved "The Silver Orchard" - Fenwick Press picked a winner.',
     'Ada, I loved "The Copper Orchard" - Fenwick Press picked a winner.'),
    ("出版了诗集《海边的灯塔》。",
     "Ada您好，读了您的诗集《山中的灯塔》，很受触动。",
     "Ada您好，读了您的诗集《海边的灯塔》，很受触动。"),
])
def test_a_quoted_title_half_right_contradicts(notes, wrong, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    assert "the record says" in refusal(verdict).message
    assert verdict_of(right, notes).decision == "allow"


@pytest.mark.parametrize("text", [
    # The title without its article, a part of it, a word in quotes for emphasis.
    "Bonjour Ada, votre mise en scène de « Oiseaux de sel » au Théâtre du Quai m'a ému.",
    "Bonjour Ada, « Les Oiseaux » au Théâtre du Quai : quelle mise en scène !",
    "Bonjour Ada, votre mise en scène au Théâtre du Quai était « sel » et poésie.",
])
def test_a_quoted_title_given_whole_or_in_part_stays_allowed(text):
    notes = "A monté « Les Oiseaux de sel » au Théâtre du Quai en 2025."
    assert verdict_of(text, notes).decision == "allow"


# --- a hyphenated name half right --------------------------------------------------------

@pytest.mark.parametrize(("notes", "wrong", "right"), [
    ("Maintains wombat-cli, a Rust command-line toolkit.",
     "Ada, your work on wombat-gui for Rust is great.",
     "Ada, your work on wombat-cli for Rust is great."),
    ("Runs the Tallis-Nord ferry line to Skerry.",
     "Ada, the Tallis-Sud ferry line to Skerry is a lifeline.",
     "Ada, the Tallis-Nord ferry line to Skerry is a lifeline."),
])
def test_a_hyphenated_name_half_right_contradicts(notes, wrong, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    assert "the record says" in refusal(verdict).message
    assert verdict_of(right, notes).decision == "allow"


@pytest.mark.parametrize(("notes", "text"), [
    ("Asked about mentoring first-gen students at Hartwell.",
     "Ada, you asked about mentoring first-generation students at Hartwell: our scheme opens soon."),
    ("Leads staff well-being at the Elm Street bakery.",
     "Ada, your well-known Elm Street bakery takes staff well-being seriously."),
    ("Maintains wombat-cli, a Rust command-line toolkit.",
     "Ada, wombat-cli is great; we built wombat-cli-extras on top of it."),
    # the tail the notes give in another form
    ("Letztes Gespräch: sie testen gerade unsere Kühlraum-Sensoren an drei Standorten.",
     "Hallo Ada, wie läuft der Kühlraum-Test an den drei Standorten?"),
    # a tail in the message's language for notes in another one
    ("Hat bei uns einen Proof of Concept zur Churn-Prognose mit 3 Monaten Laufzeit gemacht.",
     "Hi Ada, now that the three-month churn-forecast proof of concept is wrapped up, "
     "could we review the results?"),
    # a German compound ending in the recorded noun: one of its kind, said more exactly
    ("Gespräch auf der AMB Stuttgart; sucht eine Lösung für die Werkzeugvoreinstellung, ein "
     "Zoller-Gerät ist vorhanden.",
     "Guten Tag Ada! Wir haben uns auf der AMB in Stuttgart über Ihr Zoller-Voreinstellgerät "
     "unterhalten."),
    ("Plant Agri-Photovoltaik auf einem Obsthof bei Meckenheim (Baubeginn Frühjahr 2026).",
     "Guten Tag Ada, wie laufen die Vorbereitungen für die Agri-PV auf dem Obsthof bei "
     "Meckenheim?"),
    ("Gespräch auf der AMB Stuttgart; 2.400 Werkzeuge im Umlauf, Ausgabe per Excel-Liste.",
     "Guten Tag Ada! Wir haben auf der AMB über Ihre 2.400 Werkzeuge und die "
     "Excel-Ausgabeliste gesprochen."),
])
def test_a_clipped_or_ordinary_compound_is_no_contradiction(notes, text):
    assert verdict_of(text, notes).decision == "allow"


# --- a subject named otherwise ----------------------------------------------------------------

@pytest.mark.parametrize(("notes", "wrong", "right"), [
    ("Asked about franchise rights for Dayton.",
     "Ada, following up on your question about Toledo: the franchise is still open.",
     "Ada, following up on your question about Dayton: the franchise is still open."),
    ("Asked about delivery partnerships for Harrowgate.",
     "Ada, about your question on Kelbrook: the delivery partnership is still possible.",
     "Ada, about your question on Harrowgate: the delivery partnership is still possible."),
])
def test_a_named_subject_for_another_recorded_name_contradicts(notes, wrong, right):
    verdict = verdict_of(wrong, notes)
    assert verdict.decision == "refuse"
    assert "the record says" in refusal(verdict).message
    assert verdict_of(right, notes).decision == "allow"
