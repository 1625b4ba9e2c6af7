"""Properties that must hold for any people, events and wording, not just the corpus.

Names, events, places and topics are invented from syllables, so no rule can lean on a word
it has seen; the sentences around them come from small pools of ordinary phrasings.
"""

from __future__ import annotations

import json

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate, parse_lines
from orchestrator.policy.customization.lexicon import GENERIC_WORDS, STOP_WORDS
from orchestrator.policy.customization.normalize import fold, prepare
from orchestrator.policy.customization.placeholders import find_placeholders
from orchestrator.policy.customization.text import tokenize

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
COMMON = frozenset().union(*STOP_WORDS.values(), *GENERIC_WORDS.values())

word = st.lists(st.sampled_from(["ka", "lo", "ven", "tri", "mar", "bel", "dro", "sen", "qui",
                                 "ras", "tol", "wen", "fen", "gar", "zo", "nim"]),
                min_size=2, max_size=4).map("".join).filter(lambda w: w not in COMMON)

MERGED = [
    "Hi {first}, I see you're {title} at {company}. Would love to connect.",
    "{first}, as {title} at {company} you must be busy. Open to a quick chat?",
    "Hello {first}, I help teams like {company} plan capacity. Worth a call?",
]
DETAILS = [
    "Still thinking about our {topic} chat at {event}.",
    "Great talking {topic} with you at {event} in {city}.",
    "{mutual} suggested I reach out about {topic}.",
]
DELIMITED = ["{{{{{f}}}}}", "{{{f}}}", "[{F}]", "<{F}>", "%{F}%", "*|{F}|*", "${{{f}}}",
             "<<{F}>>", "[[{F}]]", "*{F}*"]
FIELDS = ["FIRSTNAME", "FNAME", "FIRST_NAME", "COMPANY", "first_name", "firstName",
          "Company", "First Name", "company_name"]
# Without delimiters only an identifier is a placeholder ("Company" alone is a word).
BARE = ["FIRSTNAME", "FNAME", "FIRST_NAME", "COMPANY", "first_name", "firstName",
        "company_name"]
slots = st.one_of(
    st.tuples(st.sampled_from(DELIMITED), st.sampled_from(FIELDS)).map(
        lambda s: s[0].format(f=s[1].lower().replace(" ", "_"), F=s[1])),
    st.sampled_from(BARE),
)


def _person(w: list[str], kind: str) -> dict:
    return {
        "first": w[0].capitalize(), "company": f"{w[1].capitalize()} Labs",
        "title": "Operations Manager", "event": f"{w[2].capitalize()} {kind}",
        "city": w[3].capitalize(), "mutual": f"{w[4].capitalize()} {w[5].capitalize()}",
        "topic": f"{w[6]} {w[7]}",
    }


@st.composite
def people(draw, count: int):
    """People's merge fields and records; every invented word is distinct, as in life."""
    w = draw(st.lists(word, min_size=8 * count, max_size=8 * count, unique=True))
    kinds = draw(st.lists(st.sampled_from(["Summit", "Expo", "Forum", "Days"]),
                          min_size=count, max_size=count))
    return [_person(w[8 * n:8 * n + 8], kinds[n]) for n in range(count)]


def person():
    return people(1).map(lambda found: found[0])


def record_of(p: dict):
    notes = (f"Met at {p['event']} in {p['city']}; talked about {p['topic']}. "
             f"Mutual: {p['mutual']}.")
    return contact(p["first"], notes=notes, company=p["company"], title=p["title"])


def merged_text(p: dict, template: str) -> str:
    return template.format(**p)


@SETTINGS
@given(person(), st.sampled_from(MERGED), st.sampled_from(DETAILS), st.booleans())
def test_a_true_detail_turns_mail_merge_into_a_customized_message(p, merged, detail, first):
    who = record_of(p)
    text = merged_text(p, merged)
    assert evaluate(batch(draft("d", text, who)))["d"].decision == "refuse"
    sentence = detail.format(**p)
    customized = f"{sentence} {text}" if first else f"{text} {sentence}"
    verdict = evaluate(batch(draft("d", customized, who)))["d"]
    assert verdict.allowed, [r.message for r in verdict.reasons]
    assert verdict.evidence


@SETTINGS
@given(person(), st.sampled_from(DETAILS), slots, st.integers(min_value=0, max_value=40))
def test_a_placeholder_of_any_style_always_refuses(p, detail, slot, at):
    text = f"Hi {p['first']}, {detail.format(**p)} Looking forward to it."
    assert evaluate(batch(draft("d", text, record_of(p))))["d"].allowed
    words = text.split(" ")
    at = at % (len(words) + 1)
    broken = " ".join(words[:at] + [slot] + words[at:])
    verdict = evaluate(batch(draft("d", broken, record_of(p))))["d"]
    assert verdict.decision == "refuse"
    assert "placeholder" in [r.code for r in verdict.reasons], broken


# Field words of every language the policy reads, in every bracket style (plain parentheses
# included: "(Your Name)").
FIELD_WORDS = ["name", "Your Name", "Company", "nome", "cognome", "azienda", "Nome Azienda",
               "sobrenome", "empresa", "nombre", "apellido", "Vorname", "Nachname", "prénom",
               "société", "名前", "会社名", "이름", "회사명", "姓名"]
BRACKETS = ["[{}]", "<<{}>>", "<{}>", "({})", "{{{{{}}}}}", "[[{}]]", "\uff08{}\uff09",
            "\u3010{}\u3011"]


@SETTINGS
@given(person(), st.sampled_from(DETAILS), st.sampled_from(FIELD_WORDS),
       st.sampled_from(BRACKETS), st.integers(min_value=0, max_value=40))
def test_a_field_word_of_any_language_in_any_bracket_always_refuses(p, detail, field, style, at):
    text = f"Hi {p['first']}, {detail.format(**p)} Looking forward to it."
    words = text.split(" ")
    at = at % (len(words) + 1)
    slot = style.format(field)
    broken = " ".join(words[:at] + [slot] + words[at:])
    verdict = evaluate(batch(draft("d", broken, record_of(p))))["d"]
    assert verdict.decision == "refuse"
    assert "placeholder" in [r.code for r in verdict.reasons], broken


@SETTINGS
@given(people(2), st.sampled_from(DETAILS), st.sampled_from(["great", "real", "big"]),
       st.booleans())
def test_swapping_names_never_lets_near_identical_drafts_pass(pair, detail, adjective, reorder):
    a, b = pair
    sentence = detail.format(**a)
    closing = f"It was a {adjective} conversation."

    def text(first: str, variant: bool) -> str:
        parts = [sentence, "It was a good conversation." if variant else closing]
        return f"Hi {first}, " + " ".join(reversed(parts) if variant and reorder else parts)

    # Both records hold the shared detail, so each draft alone would be customized.
    who_a, who_b = record_of(a), attrs.evolve(record_of(a), first_name=b["first"],
                                               company=b["company"])
    alone = evaluate(batch(draft("a", text(a["first"], False), who_a)))["a"]
    assert alone.allowed, [r.message for r in alone.reasons]
    for variant_a in (False, True):
        verdicts = evaluate(batch(draft("a", text(a["first"], variant_a), who_a),
                                  draft("b", text(b["first"], not variant_a), who_b)))
        for verdict in verdicts.values():
            assert "near-duplicate" in [r.code for r in verdict.reasons]


@SETTINGS
@given(st.integers(min_value=2, max_value=6).flatmap(people), st.sampled_from(MERGED + DETAILS))
def test_evaluation_is_deterministic(crowd, sentence):
    def build():
        return batch(*[draft(f"d{n}", f"Hi {p['first']}, " + sentence.format(**p), record_of(p))
                       for n, p in enumerate(crowd)])

    first = {k: (v.as_json(), v.trail) for k, v in evaluate(build()).items()}
    again = {k: (v.as_json(), v.trail) for k, v in evaluate(build()).items()}
    assert first == again
    shuffled = batch(*reversed(build().drafts))
    assert {k: v.decision for k, v in evaluate(shuffled).items()} == \
        {k: v[0]["verdict"] for k, v in first.items()}


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_normalization_never_crashes_on_any_unicode(text):
    prepared = prepare(text)
    assert len(prepared) == len(prepare(prepared))
    fold(text)
    for token in tokenize(prepared):
        assert prepared[token.start:token.end] == token.surface
    for found in find_placeholders(prepared):
        assert prepared[found.start:found.end] == found.text


def _shape(tokens):
    return [(t.surface, t.key, t.start, t.end, t.clause, t.sentence, t.initial, t.hashtag)
            for t in tokens]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Hi", "Ada", "I'd", "l'anno", "#tag", "@ada", "ASCO", "3rd",
                                 "我在上海", "カタカナ", "한국어", ",", ";", ".", "!", "?", " - ",
                                 "\n", "(", ")", "\"", "www.x.io", "a@b.co", "…", "。"]),
                max_size=25).map(" ".join))
def test_a_sentence_tokenizes_the_same_from_the_memo(text):
    # Sentence layouts are memoized from their second sighting on: the first, second and
    # third time a text is cut must give the same tokens, offsets, clauses and sentences.
    prepared = prepare(text)
    first = _shape(tokenize(prepared))
    assert _shape(tokenize(prepared)) == first
    assert _shape(tokenize(prepared)) == first
    for start, end, surface in ((t[2], t[3], t[0]) for t in first):
        assert prepared[start:end] == surface


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text(), st.text(), st.lists(st.text(), max_size=3), st.text() | st.none())
def test_any_input_gets_a_verdict(text, notes, first, interests, template):
    who = attrs.evolve(contact(first, notes=notes), interests=tuple(interests),
                       headline=notes[:20])
    verdicts = evaluate(batch(draft("x", text, who), draft("y", text, contact()),
                              template=template, max_length=50))
    assert set(verdicts) == {"x", "y"}
    for verdict in verdicts.values():
        assert verdict.decision in ("allow", "refuse")
        assert "check-error" not in [r.code for r in verdict.reasons]


# --- issue 14: what must hold whatever else is in the file or the batch -------------------------

GREETINGS = ["Hi {first},", "Hello {first},", "Dear {first},", "{first},", "Hey {first}!", "Hola {first}:",
             "Good morning {first},", "Ciao {first},", "Olá {first},", "Bonjour {first},",
             "Hallo {first},", "Buongiorno {first}!", "Querida {first}:"]
SIGN_OFFS = ["", "Best,\nRowan", "Cheers, Rowan", "Thanks,\nRowan Vale", "Kind regards,\nRowan"]
CLOSINGS = ["I run capacity planning at Quayline.", "We build planning tools at Quayline.",
            "Quayline helps operations teams plan their week."]


def _line(name: str, crowd: list[dict], sentences: list[str]) -> str:
    drafts = [{"id": f"{name}-{n}", "contact": {"first_name": p["first"], "last_name": "Vale",
                                                "company": p["company"], "title": p["title"],
                                                "notes": record_of(p).notes},
               "text": f"Hi {p['first']}, " + sentences[n % len(sentences)].format(**p)}
              for n, p in enumerate(crowd)]
    return json.dumps({"batch": name, "channel": "linkedin", "kind": "invitation",
                       "template": None, "sender": {"name": "Rowan Vale", "headline": "Founder"},
                       "drafts": drafts})


@SETTINGS
@given(st.integers(min_value=1, max_value=4).flatmap(people),
       st.lists(st.integers(min_value=1, max_value=4).flatmap(people), min_size=1, max_size=3),
       st.lists(st.sampled_from(MERGED + DETAILS), min_size=1, max_size=3), st.integers(0, 3))
def test_a_verdict_does_not_change_when_other_batches_join_the_file(crowd, others, sentences, at):
    def verdicts(lines: list[str]) -> dict:
        out = {}
        for parsed in parse_lines(lines):
            out.update({k: v.as_json() for k, v in evaluate(parsed).items()})
        return out

    mine = _line("mine", crowd, sentences)
    alone = verdicts([mine])
    lines = [_line(f"other{n}", group, list(reversed(sentences))) for n, group in enumerate(others)]
    lines.insert(at % (len(lines) + 1), mine)
    together = verdicts(lines)
    assert {k: together[k] for k in alone} == alone


@SETTINGS
@given(person(), st.sampled_from(DETAILS), st.sampled_from(GREETINGS), st.sampled_from(SIGN_OFFS),
       st.sampled_from(CLOSINGS), st.booleans())
def test_a_personal_draft_stays_allowed_whatever_its_greeting_sign_off_or_order(
        p, detail, greeting, sign_off, closing, reorder):
    who = record_of(p)
    sentences = [detail.format(**p), closing]
    if reorder:
        sentences.reverse()
    text = "\n\n".join(part for part in (greeting.format(first=p["first"]), " ".join(sentences),
                                         sign_off) if part)
    verdict = evaluate(batch(draft("d", text, who)))["d"]
    assert verdict.allowed, (text, [r.message for r in verdict.reasons])


@SETTINGS
@given(people(2), st.sampled_from(DETAILS), st.sampled_from(["great", "real", "good"]),
       st.booleans())
def test_swapping_names_between_two_near_duplicates_keeps_both_refused(pair, detail, word,
                                                                       reorder):
    a, b = pair
    sentence = detail.format(**a)
    first = f"{sentence} It was a {word} conversation."
    second = (f"It was a lovely conversation. {sentence}" if reorder
              else f"{sentence} It was a lovely conversation.")
    # Both records confirm the shared detail, so each draft alone would be customized.
    who_a = record_of(a)
    who_b = attrs.evolve(who_a, first_name=b["first"], company=b["company"])
    for text_a, text_b in ((first, second), (second, first)):  # the names swapped
        verdicts = evaluate(batch(draft("x", f"Hi {a['first']}, {text_a}", who_a),
                                  draft("y", f"Hi {b['first']}, {text_b}", who_b)))
        for verdict in verdicts.values():
            assert verdict.decision == "refuse"
            assert "near-duplicate" in [r.code for r in verdict.reasons]


# Katakana syllables and pieces of long generic words ("ワー" of "ネットワーク", "プロ" of
# "プロジェクト"): a name built from them is a name, not a generic word.
KATAKANA = ["ワー", "ルド", "ーク", "プロ", "テイ", "ン", "ビジ", "マー", "カ", "サー", "ミー",
            "トア", "ソ", "ラ", "ダ", "ケ", "シ", "ロジ"]


@SETTINGS
@given(st.lists(st.sampled_from(KATAKANA), min_size=2, max_size=5).map("".join))
def test_a_katakana_name_made_of_pieces_of_generic_words_still_matches(name):
    from orchestrator.policy.customization.cjk import _GENERIC_TEXT
    if any(w in name for w in _GENERIC_TEXT.split()):
        return  # the name holds a whole generic word
    who = contact("翔", last="伊藤", notes=f"「{name}展」大阪で名刺交換。")
    verdict = evaluate(batch(draft("d", f"伊藤様、「{name}展」ではありがとうございました。", who)))["d"]
    assert verdict.allowed, (name, [r.message for r in verdict.reasons])


@SETTINGS
@given(st.text(alphabet="二两三四五六七八九名人个つ社年다섯여섯두세네명곳번 第十六本木ab1", max_size=40))
def test_cjk_numbers_keep_every_offset(text):
    from orchestrator.policy.customization.normalize import cjk_digits
    assert len(cjk_digits(text)) == len(text)


@SETTINGS
@given(st.integers(min_value=2, max_value=12))
def test_a_number_written_as_a_word_matches_its_digits(n):
    from orchestrator.policy.customization.lexicon import NUMBER_WORDS
    words = [w for w, digits in NUMBER_WORDS.items() if digits == str(n)]
    assert words, n
    for word in words:
        assert tokenize(word)[0].key == str(n)


@SETTINGS
@given(st.sampled_from(["mention", "insert", "add", "menciona", "füge", "ajoute", "scrivi",
                        "mencione"]),
       st.lists(st.sampled_from(["their", "latest", "talk", "post", "here", "algo", "qui"]),
                min_size=1, max_size=4),
       st.sampled_from(["[{}]", "<{}>", "<<{}>>"]))
def test_an_instruction_left_in_brackets_is_a_placeholder(verb, rest, shape):
    note = shape.format(" ".join([verb, *rest]))
    assert [p.text for p in find_placeholders(f"Hi Ada, {note} - talk soon.")] == [note]
