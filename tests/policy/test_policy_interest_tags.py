"""Interest tags named as a list are a mail merge, unless something is said about one.

"You're into embedded databases and WebAssembly. We just shipped Lattice compiled to Wasm and
I'd love your take" takes a tag up again by its short name and asks the reader about it: it
is written for them. The same list followed by the sender's pitch alone ("We build Wasm
tools", "Those are our areas too!") still is the interests field pasted (R3/R4).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.details import _clipped


def verdict(text: str, interests: tuple[str, ...]) -> str:
    return evaluate(batch(draft("d", text, contact(interests=interests))))["d"].decision


@pytest.mark.parametrize(("word", "tag", "short"), [
    ("wasm", "webassembly", True), ("kube", "kubernetes", True), ("eth", "ethereum", True),
    ("btc", "bitcoin", True), ("was", "webassembly", True),  # a stop word, never looked at
    ("wasm", "wasmer", False),  # not twice as long
    ("kbe", "embedded", False), ("xml", "kubernetes", False), ("ab", "abacus", False),
])
def test_clipped(word, tag, short):
    assert _clipped(word, tag) is short


TAGS = ("WebAssembly", "embedded databases")
LIST = "Ada, saw on your profile you're into embedded databases and WebAssembly. "


@pytest.mark.parametrize(("after", "decision"), [
    ("We just shipped Lattice compiled to Wasm and I'd love your honest take on it.", "allow"),
    ("We build Wasm tools. Could we find 15 minutes?", "refuse"),
    ("Those are exactly our areas too! Could we find 15 minutes?", "refuse"),
])
def test_a_tag_taken_up_by_its_short_name_with_the_readers_take_asked(after, decision):
    assert verdict(LIST + after, TAGS) == decision


_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(_letters, _letters)
def test_a_short_name_is_short_and_keeps_the_tags_letters_in_order(word, tag):
    if _clipped(word, tag):
        assert 3 <= len(word) <= 6 and len(tag) >= 2 * len(word) and word[0] == tag[0]
        rest = iter(tag)
        assert all(c in rest for c in word)


# Praise hooked to one interest tag in a stock frame ("as a fellow theatre lover", "someone
# who loves history", "passionate about sustainable fashion") says nothing specific (R4), in
# any language; noticing the interest ("interested in decentralized trials") names it, and
# the frame beside a recorded detail is fine.
@pytest.mark.parametrize(("text", "tags"), [
    ("Ada, as a fellow theatre lover, I think we'd get on well.", ("theatre",)),
    ("Ada, as someone who loves history, you'll appreciate our archive tool.", ("history",)),
    ("Hi Ada, I see you're passionate about sustainable fashion! Let's chat.",
     ("sustainable fashion", "slow fashion")),
    ("Hola Ada, como amante del flamenco seguro que te gusta nuestro festival.", ("flamenco",)),
    ("Ciao Ada, da appassionata di vela apprezzerai il nostro cantiere.", ("vela",)),
    ("Olá Ada, como fã de surfe vai gostar da nossa loja.", ("surfe",)),
    ("Ada님, 재즈를 좋아하시는 것 같아서 연락드려요.", ("재즈",)),
])
def test_an_interest_tag_in_a_stock_frame_is_vague(text, tags):
    assert verdict(text, tags) == "refuse"


@pytest.mark.parametrize(("text", "tags", "notes"), [
    ("Hi Ada, noticed you're interested in decentralized trials; we run home visits.",
     ("decentralized trials",), ""),
    ("Ada, as a fellow theatre lover I loved your lighting for Glass Harbour at the Lyric.",
     ("theatre",), "Lit Glass Harbour at the Lyric."),
])
def test_an_interest_noticed_or_a_frame_beside_a_detail_stays_allowed(text, tags, notes):
    decision = evaluate(batch(draft("d", text, contact(interests=tags, notes=notes))))["d"]
    assert decision.decision == "allow", decision.reasons


_FRAMES = ["as a fellow {} lover", "as a {} enthusiast", "since you're passionate about {}",
           "as a big fan of {}", "as someone who loves {}"]
_TAGS = ["birdwatching", "ceramics", "orienteering", "bookbinding", "beekeeping"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_FRAMES), st.sampled_from(_TAGS), st.booleans())
def test_a_framed_tag_alone_is_refused_and_with_a_recorded_detail_allowed(frame, tag, detail):
    notes = f"Ran the Wexcombe {tag} weekend in June." if detail else ""
    text = f"Ada, {frame.format(tag)}, I'd like to connect."
    if detail:
        text += f" The Wexcombe {tag} weekend in June looked great."
    decision = evaluate(batch(draft("d", text, contact(interests=(tag,), notes=notes))))["d"]
    assert (decision.decision == "allow") == detail, (text, decision.reasons)


@pytest.mark.parametrize(("text", "interests"), [
    ("Hola Ada, vi que te encanta el maíz criollo; nosotros nixtamalizamos en casa. "
     "¿Intercambiamos proveedores?", ("maíz criollo", "nixtamalización")),
    ("Hi Ada, saw you're into heritage apples; we ferment them into cider at our farm in "
     "Herefordshire.", ("heritage apples", "fermentation")),
])
def test_a_tag_the_sender_does_is_taken_up_not_listed(text, interests):
    assert verdict(text, interests) != "refuse"


@pytest.mark.parametrize(("text", "interests"), [
    # the tag as written, in the sender's clause: still a list
    ("Hola Ada, vi que te interesan el maíz criollo y la nixtamalización; nosotros también.",
     ("maíz criollo", "nixtamalización")),
    # another form, but the reader's clause
    ("Hi Ada, saw you're into heritage apples and you ferment a lot. Let's connect!",
     ("heritage apples", "fermentation")),
])
def test_tags_named_by_the_reader_stay_a_list(text, interests):
    assert verdict(text, interests) == "refuse"


# Tags pasted as a list, then only "we have so much in common", in each language: the
# interests field with nothing said about any of it. With one tag taken up, it is written.
@pytest.mark.parametrize(("text", "tags"), [
    ("Ciao Ada! Biodinamica, enoturismo, export USA, vini naturali: abbiamo tantissimi "
     "interessi in comune. Sentiamoci!",
     ("biodinamica", "enoturismo", "export USA", "vini naturali")),
    ("¡Hola Ada! Cerámica, fotografía analógica y huertos urbanos: tenemos muchísimos "
     "intereses en común.", ("cerámica", "fotografía analógica", "huertos urbanos")),
    ("Olá Ada! Cerâmica, fotografia analógica e hortas urbanas: temos muitos interesses em "
     "comum!", ("cerâmica", "fotografia analógica", "hortas urbanas")),
    ("Bonjour Ada ! Céramique, photo argentique, jardins partagés : nous avons plein "
     "d'intérêts en commun.", ("céramique", "photo argentique", "jardins partagés")),
    ("Hallo Ada, Keramik, analoge Fotografie und Stadtgärten: wir haben so viele gemeinsame "
     "Interessen!", ("Keramik", "analoge Fotografie", "Stadtgärten")),
    ("Hi Ada! Ceramics, film photography, urban gardening: plenty of overlap between us.",
     ("ceramics", "film photography", "urban gardening")),
])
def test_tags_listed_with_only_interests_in_common_are_pasted(text, tags):
    assert verdict(text, tags) == "refuse"


def test_a_tag_listed_then_taken_up_is_written():
    assert verdict("Ciao Ada! Visto che ti occupi di biodinamica ed enoturismo, potrebbe "
                   "interessarti come il nostro calendario lunare pianifica le visite in "
                   "cantina.", ("biodinamica", "enoturismo")) == "allow"


# Praise of the reader's interest, with nothing about it, is the stock frame said otherwise
# (R4, "vague praise hooked to one record word"), in any script; a tag that is also a word of
# the title is still only the tag. Praise beside what the notes record stays allowed.
@pytest.mark.parametrize(("text", "tags", "title"), [
    ("Dear Koji, your sustainability work is truly impressive. Let's talk sometime.",
     ("sustainability",), "Lead"),
    ("Dear Koji, your DX efforts are truly impressive. Let's talk sometime.", ("DX",),
     "DX Lead"),
    ("Dear Koji, as a fellow DX enthusiast, I'd like to connect.", ("DX",), "DX Lead"),
    ("Hola Koji, tu trabajo en economía circular es impresionante. ¿Hablamos?",
     ("economía circular",), "Director"),
    ("Hallo Koji, Ihr Engagement für Kreislaufwirtschaft ist beeindruckend!",
     ("Kreislaufwirtschaft",), "Leiter"),
    ("西村様\n\nDXへの取り組み、本当に素晴らしいですね。ぜひ一度お話しさせてください。", ("DX",),
     "DX推進室長"),
    ("王总您好，您在数字化转型方面的工作真的很棒！期待交流。", ("数字化转型",), "总经理"),
    ("김 팀장님, 디지털 전환에 대한 노력이 정말 훌륭합니다. 언제 이야기 나눠요.", ("디지털 전환",),
     "팀장"),
])
def test_praise_of_an_interest_alone_is_vague(text, tags, title):
    found = evaluate(batch(draft("d", text, contact(first="Koji", title=title,
                                                    interests=tags))))["d"]
    assert found.decision == "refuse"
    assert any("only hooks the message" in r.message for r in found.reasons)


@pytest.mark.parametrize(("text", "tags", "notes"), [
    ("Dear Koji, your talk on DX at the Osaka Monozukuri Expo was impressive.", ("DX",),
     "Gave a talk on DX at the Osaka Monozukuri Expo."),
    ("Hi Koji, noticed you're interested in DX; we run shop-floor tablet pilots.", ("DX",), ""),
])
def test_praise_beside_a_recorded_detail_or_an_interest_noticed_stays_allowed(text, tags,
                                                                                notes):
    found = evaluate(batch(draft("d", text, contact(first="Koji", title="DX Lead",
                                                    interests=tags, notes=notes))))["d"]
    assert found.decision == "allow", found.reasons


FIUMANA = "Core contributor to 'fiumana', a stream processor; talk at KubeRiviera on backpressure."


@pytest.mark.parametrize("text", [
    "Federico, l'open source è fantastico! Colleghiamoci.",
    "Federico, open source is such an underrated art!",
    "Federico, your open source work is truly impressive.",
    "Federico, el open source es genial.",
    "Hola Federico, ¡qué bonito que te apasione el open source! Conectemos.",
])
def test_praise_of_a_tag_of_two_words_is_vague(text):
    who = contact(first="Federico", notes=FIUMANA, interests=("open source",))
    assert evaluate(batch(draft("d", text, who)))["d"].decision == "refuse"


def test_praise_of_a_tag_with_what_the_notes_record_is_specific():
    who = contact(first="Federico", notes=FIUMANA, interests=("open source",))
    text = "Federico, your open source work on fiumana's backpressure is fantastic."
    assert evaluate(batch(draft("d", text, who)))["d"].decision == "allow"


def test_a_tag_named_whole_is_the_tag_though_the_notes_share_a_word():
    # The notes' "Recorded" shares a stem with the tag "field recording": still the tag.
    who = contact(first="Lucan", notes="Recorded the ambient beds for the game 'Mirefolk' on "
                  "a trip to the Okavango delta.", interests=("field recording",))
    text = "Lucan, field recording is such an underrated art!"
    assert evaluate(batch(draft("d", text, who)))["d"].decision == "refuse"
    text = "Lucan, your field recordings of the Okavango delta for Mirefolk were fantastic."
    assert evaluate(batch(draft("d", text, who)))["d"].decision == "allow"


def test_passion_for_a_tag_is_vague_in_chinese_too():
    who = contact(first="强", last="高", notes="关注医院节能。", interests=("医院节能", "绿色医院"))
    text = "高科长您好，非常欣赏您对绿色医院的热情！希望建立联系。"
    assert evaluate(batch(draft("d", text, who)))["d"].decision == "refuse"


def test_a_tag_in_a_stock_frame_stays_vague_when_the_subject_names_it_too():
    who = contact(first="Álvaro", notes="Interested in insurance.",
                  interests=("logistics", "insurance", "supply chain"))
    text = ("Estimado Álvaro: le escribo porque sé que le apasionan la logística, los seguros "
            "y la cadena de suministro. ¿Hablamos?")
    verdict = evaluate(batch(draft("d", text, who, subject="Logística y seguros"),
                             channel="email", kind="email"))["d"]
    assert verdict.decision == "refuse"


def test_german_tags_taken_up_by_the_senders_specific_clause_are_not_pasted():
    who = contact(first="Wendelin", last="Aichinger", interests=("Intarsien",
                                                                "Französische Politur"))
    said = ("Sehr geehrter Herr Aichinger, da Sie sich für Intarsien und Französische Politur "
            "interessieren: Unser entwachster Blondschellack bleibt auf hellen Einlagen wie "
            "Ahorn und Buchsbaum farbneutral.")
    assert evaluate(batch(draft("d", said, who)))["d"].decision == "allow"
    listed = ("Sehr geehrter Herr Aichinger, da Sie sich für Intarsien und Französische Politur "
              "interessieren: lassen Sie uns sprechen!")
    assert evaluate(batch(draft("d", listed, who)))["d"].decision == "refuse"


@pytest.mark.parametrize(("text", "tags", "notes", "headline", "decision"), [
    ("Me encantaría aprender de su experiencia con el torrontés de altura en Cafayate.",
     ("torrontés", "viticultura de altura"), "", "Enóloga | Vinos de altura en Cafayate",
     "allow"),
    ("Merci pour votre proposition de déambulation sur échasses ! On regarde les dates.",
     ("échasses", "déambulation"), "Nous a écrit pour proposer une déambulation sur échasses.",
     "Échassière", "allow"),
    ("I see you're interested in Leadership, Innovation and Technology. Let's connect!",
     ("Leadership", "Innovation", "Technology"), "", "Leadership coach at Acme", "refuse"),
    ("Tu t'intéresses aux pièges sélectifs contre le frelon asiatique ? On en teste trois "
     "modèles au rucher.", ("frelon asiatique", "pièges sélectifs"), "", "Apicultrice",
     "allow"),
    ("Tu t'intéresses aux pièges sélectifs et au frelon asiatique ? Connectons-nous.",
     ("frelon asiatique", "pièges sélectifs"), "", "Apicultrice", "refuse"),
    ("I see you're interested in leadership as well as innovation. Let's connect!",
     ("Leadership", "Innovation"), "", "Coach", "refuse"),
    ("山口様、和綴じの手製本に取り組まれていると拝見しました。", ("和綴じ", "手製本"), "", "製本職人",
     "allow"),
    ("山口様、和綴じや手製本にご関心があると拝見しました。", ("和綴じ", "手製本"), "", "製本職人", "refuse"),
])
def test_tags_named_beside_a_detail_of_the_notes_or_headline_are_written(text, tags, notes,
                                                                          headline, decision):
    who = contact(notes=notes, interests=tags, headline=headline)
    assert evaluate(batch(draft("d", text, who)))["d"].decision == decision
