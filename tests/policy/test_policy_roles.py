"""Someone else's talk, or a bigger part than the reader's, credited to them (R4). See
:mod:`orchestrator.policy.customization.roles`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization import roles


def verdict_of(text: str, notes: str, first: str = "Ada", title: str = "Engineer"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes,
                                                   title=title))))["d"]


CREDITED = [
    ("Attended RustFest Leeds 2024; enjoyed Tobias Wren's talk on async traits.",
     "Ada, your RustFest Leeds talk on async traits was the best of the day.", "talk"),
    ("Volunteer (not organizer) at the Harwick Folk Festival.",
     "Ada, as the organizer of the Harwick Folk Festival you must know everyone.", "organizer"),
    ("Occasional contributor to the 'pebblesort' library; not a maintainer.",
     "Ada, as a maintainer of pebblesort you must see a lot of odd bug reports.", "maintainer"),
    ("Asistió a la charla de Nuria Beltrán sobre compostaje en Expoverde Murcia.",
     "Hola Ada, tu charla sobre compostaje en Expoverde Murcia fue muy clara.", "charla"),
    ("Hat den Vortrag von Jonas Albers über Solarziegel auf der Dachmesse Essen besucht.",
     "Hallo Ada, Ihr Vortrag über Solarziegel auf der Dachmesse Essen war spannend.", "Vortrag"),
    ("Bénévole à l'accueil du Festival du Film de Lorient.",
     "Bonjour Ada, merci pour ton organisation du Festival du Film de Lorient !",
     "organisation"),
    ("参加了杭州电商大会2023，对林涛关于直播带货的演讲很感兴趣。",
     "您好，您在杭州电商大会上关于直播带货的演讲很精彩。", "演讲"),
    ("2023 부산 스마트팜 박람회에 청중으로 참석함.",
     "안녕하세요, 부산 스마트팜 박람회에서 하신 발표 잘 들었습니다.", "발표"),
    # Portuguese "palestra" is a talk
    ("Assistiu à palestra de Rui Matos sobre hortas urbanas no Fórum Verde de Braga.",
     "Olá Ada, a tua palestra sobre hortas urbanas no Fórum Verde de Braga foi ótima.",
     "palestra"),
    # a moderator is no speaker, and the record names who spoke
    ("Met at Harbour Data Day 2025; she moderated the tide-gauge panel, Oskar Lind spoke.",
     "Ada, great talk of yours on tide gauges at Harbour Data Day!", "talk"),
    ("Hat auf dem Forum Wasserbau die Diskussion zu Pegelmessung moderiert.",
     "Hallo Ada, Ihr Vortrag zur Pegelmessung auf dem Forum Wasserbau war stark.", "Vortrag"),
]


@pytest.mark.parametrize(("notes", "text", "said"), CREDITED)
def test_a_leading_part_the_record_does_not_give_is_a_contradiction(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert any(said in r.message for r in verdict.reasons), verdict.reasons


FAITHFUL = [
    # the reader's own talk
    ("Gave a talk on async traits at RustFest Leeds 2024; attended the Friday workshops.",
     "Ada, your RustFest Leeds talk on async traits was the best of the day."),
    # the sender's talk the reader attended
    ("Attended my talk on async traits at RustFest Leeds 2024.",
     "Ada, thanks for coming to my RustFest Leeds talk on async traits."),
    # the reader's lesser part, said as it is
    ("Volunteer (not organizer) at the Harwick Folk Festival.",
     "Ada, thanks for volunteering at the Harwick Folk Festival, it ran like clockwork."),
    # an organization is a company, not organizing
    ("Bénévole à l'accueil du Festival du Film de Lorient.",
     "Bonjour Ada, votre organisation a fait un accueil formidable au Festival du Film de "
     "Lorient !"),
    # a talk in a format's name the reader gave
    ("Attended the Harbour Data Day workshops; gave a Lightning Talk on tide gauges.",
     "Ada, your lightning talk on tide gauges at Harbour Data Day was a highlight."),
    # Italian "palestra" is a gym, not a talk
    ("Volontaria alla Maratona di Bergamo 2024; allena i ragazzi di arrampicata a Lecco.",
     "Ciao Ada, grazie per il tuo aiuto da volontaria alla Maratona di Bergamo! Ho sentito "
     "che alleni i ragazzi di arrampicata nella tua palestra a Lecco."),
]


@pytest.mark.parametrize(("notes", "text"), FAITHFUL)
def test_the_recorded_part_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


_LEADING = ["talk", "keynote", "presentation"]
_LESSER = ["Attended", "Was in the audience at", "Volunteered at"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_LEADING), st.sampled_from(_LESSER), st.booleans())
def test_a_talk_is_the_readers_only_when_the_record_gives_it(word, lesser, gave):
    notes = f"{lesser} the Quillon Summit in Derby, all about tidal power." + (
        f" Gave a {word} there on tidal power." if gave else "")
    verdict = verdict_of(f"Ada, your {word} at the Quillon Summit in Derby on tidal power "
                         "was great.", notes)
    if gave:
        assert verdict.decision != "refuse", verdict.reasons
    else:
        assert verdict.decision == "refuse"


# --- praise of a talk, said to someone who only attended it ---------------------------------

@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("Assistiu à palestra de Bruna Leme no Recife.",
     "Caio, ótima palestra sobre acessibilidade no Recife!", "refuse"),
    ("Attended the keynote by Ruth Hale at DataFest.", "Hi Ada, great keynote at DataFest!",
     "refuse"),
    # The speaker named: the praise is of her talk, shared with the reader.
    ("Attended the keynote by Ruth Hale at DataFest.",
     "Hi Ada, great keynote by Ruth Hale at DataFest, wasn't it?", "allow"),
    # The sender's own talk.
    ("Attended my talk on vector search at DataFest.",
     "Hi Ada, thanks for the great questions after my talk on vector search at DataFest!",
     "allow"),
])
def test_praise_of_a_talk_credits_it_to_the_reader(notes, text, decision):
    assert verdict_of(text, notes).decision == decision


@pytest.mark.parametrize(("notes", "text", "decision"), [
    ("광주 개발자 밤에서 윤서진님의 발표를 청중으로 들음.", "광주 개발자 밤 발표 정말 좋았어요!", "refuse"),
    ("광주 개발자 밤에서 윤서진님의 발표를 청중으로 들음.", "저희 발표가 좋았다는 피드백 감사합니다! 광주 개발자 밤에서 또 봬요.",
     "allow"),
])
def test_cjk_praise_of_a_talk_credits_it_to_the_reader(notes, text, decision):
    assert verdict_of(text, notes).decision == decision


# The record names who did it, and it is not the reader: no "attended" is needed.
NAMED_OTHER = [
    ("Met at Cargo Days Bremen; her colleague Ilse Brandt gave the talk on reefer audits.",
     "Ada, your talk on reefer audits at Cargo Days was spot on.", "talk"),
    ("Came to PyLadies Porto; Marta Veiga gave the ORM lightning talk.",
     "Ada, loved your ORM lightning talk at PyLadies Porto!", "talk"),
    ("Joined the tariffs webinar; his colleague Omar Quist asked about bonded warehouses.",
     "Hi Ada, thanks for your question about bonded warehouses in the tariffs webinar.",
     "question"),
    ("Webinar Lagerlogistik; ihr Kollege Herr Otten stellte die Frage zu Gefahrgut.",
     "Guten Tag Ada, Ihre Frage zu Gefahrgut im Webinar Lagerlogistik war sehr hilfreich.",
     "Frage"),
    ("Au salon Vinexpo, c'est Hélène Carré qui a fait la keynote ; Ada était dans la salle.",
     "Ada, votre keynote à Vinexpo m'a marqué !", "keynote"),
    ("神戸の物流フォーラムに参加。冷凍倉庫の省エネを説明したのは同僚の高橋みき氏。",
     "Ada様、物流フォーラムでの冷凍倉庫の省エネのご説明、大変参考になりました。", "説明"),
]


@pytest.mark.parametrize(("notes", "text", "said"), NAMED_OTHER)
def test_a_part_the_record_gives_to_someone_else_by_name_is_a_contradiction(notes, text,
                                                                           said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse", text
    assert any(said in r.message and "the record says" in r.message
               for r in verdict.reasons), verdict.reasons


OWN_PART = [
    # the reader did it, named in full, or with no one else named
    ("Ada Brandt gave the talk on reefer audits at Cargo Days Bremen.",
     "Ada, your talk on reefer audits at Cargo Days was spot on."),
    ("Gave a talk at Cargo Days Bremen; her colleague Ilse Brandt gave the keynote.",
     "Ada, your talk at Cargo Days Bremen was spot on."),
    # an event's name before the talk is no person
    ("Hielt einen Vortrag auf der Intersolar Europe über Netzanschluss.",
     "Hallo Ada, Ihr Vortrag auf der Intersolar Europe über Netzanschluss war spannend."),
    # an attendee may well have asked: only a record that gives it to another clashes
    ("Attended the tariffs webinar in March.",
     "Hi Ada, thanks for your question about bonded warehouses in the tariffs webinar."),
    # someone named near the talk who did not give it
    ("Met Omar Quist after the talk on reefer audits at Cargo Days.",
     "Ada, good to meet you after the reefer audits talk at Cargo Days."),
]


@pytest.mark.parametrize(("notes", "text"), OWN_PART)
def test_a_part_the_record_does_not_give_to_another_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["Ilse Brandt", "Omar Quist", "Marta Veiga"]),
       st.sampled_from(["gave the talk", "presented the talk", "gave the keynote"]),
       st.booleans())
def test_property_a_talk_another_gave_is_never_the_readers(person, did, readers):
    notes = f"Met at Cargo Days Bremen; {person} {did} on reefer audits."
    if readers:  # the record gives the reader a talk of their own too
        notes += " Ada gave a talk on cold-chain insurance."
    verdict = verdict_of("Ada, your talk at Cargo Days Bremen was spot on.", notes)
    assert (verdict.decision == "refuse") is not readers, verdict.reasons


_LESSER_WORDS = sorted(roles._LESSER)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_LESSER_WORDS), st.sampled_from(
    ["Bénévole", "ATTENDED", "Teilnehmerin", "volunteer's", "co-moderator", "Zuhörer", "the",
     "talk", "at", "ﬁnance", "Straße", "İstanbul", "参加", "청중"]),
    st.text(max_size=6)), max_size=8), st.sampled_from([" ", ", ", "; ", "-", "'", "\n"]))
def test_property_the_quick_scan_never_hides_a_lesser_part(words, separator):
    """The lesser parts are found by tokenizing only records the folded-text scan picks: it
    must pick every record whose tokens hold one, whatever their case, accents or marks."""
    from orchestrator.policy.customization.normalize import fold
    from orchestrator.policy.customization.text import tokenize

    written = separator.join(words)
    if any(t.fold in roles._LESSER for t in tokenize(written)):
        assert roles._LESSER_SEEN.search(fold(written)) is not None
