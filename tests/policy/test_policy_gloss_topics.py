"""The broader topic gloss (:mod:`orchestrator.policy.customization.gloss`): common concrete
things (trades, foods, sports, fields) said in another language than the notes.

A form is looked for in every European text, so none may be a word every text has: no form
is a stop word of any language the policy knows, no stop word starts with a form that
matches word beginnings, and no form is a phrase (words are matched one at a time, so a
phrase would never match). Two glossed things of the record make a detail; one does not,
and neither does a glossed thing the record does not hold.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization import cjk
from orchestrator.policy.customization.crosslang import CJK, GLOSS, topics
from orchestrator.policy.customization.lexicon import GENERIC_WORDS, STOP_WORDS

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_STOPS = frozenset().union(*STOP_WORDS.values())
_CJK_STOPS = (cjk._CHINESE_FUNCTION | cjk._JAPANESE_STOP | cjk._KOREAN_FUNCTION
              | cjk._KOREAN_STOP)
_LATIN = sorted({form for language, forms in GLOSS.items() if language not in CJK
                 for form, _ in forms})


def _matches(form: str, word: str) -> bool:
    """The rule of ``crosslang.topics``: whole word, plural of a short form, or the
    beginning of a word for a form of five letters or more."""
    if len(form) >= 5:
        return word.startswith(form)
    return word in (form, form + "s", form + "es")


@pytest.mark.parametrize("form", _LATIN)
def test_no_gloss_form_matches_a_stop_word_of_any_language(form):
    assert " " not in form, form  # a phrase never matches one word
    assert not [w for w in _STOPS if _matches(form, w)], form


def test_no_cjk_gloss_form_is_a_function_word():
    for language in CJK:
        for form, _ in GLOSS[language]:
            assert len(form) >= 2 and form not in _CJK_STOPS, form


def test_no_gloss_form_is_a_generic_word_of_any_language():
    generic = frozenset().union(*GENERIC_WORDS.values())
    assert [f for f in _LATIN if f in generic] == []


def test_the_gloss_is_broad_and_every_topic_has_english():
    found = {topic for _, topic in GLOSS["english"]}
    assert len({topic for forms in GLOSS.values() for _, topic in forms}) >= 150
    for language in GLOSS:
        assert len({topic for _, topic in GLOSS[language]}) >= 100, language
    assert len(found) >= 200


@pytest.mark.parametrize(("language", "text", "notes"), [
    ("german", "die alte Fahrradwerkstatt am Hafen, jetzt eine Bäckerei",
     "Runs a bakery in a former bicycle shop"),
    ("spanish", "su tranvía restaurado", "Restored a tram"),
    ("french", "la chorale de l'usine", "sings in the factory choir"),
    ("italian", "il vigneto e la cantina", "owns a vineyard"),
    ("japanese", "ロボットの大会", "builds robots"),
    ("korean", "도서관 봉사", "volunteer at the library as a librarian"),
    ("chinese", "在博物馆做讲解", "museum guide"),
    ("french", "votre projet de rachat d'un concurrent", "planning to acquire a competitor"),
    ("german", "die Übernahme eines Wettbewerbers", "acquiring a rival"),
    ("italian", "la legatoria giapponese", "Japanese bookbinding"),
    ("spanish", "la cocina coreana", "Korean cooking"),
])
def test_a_glossed_thing_is_found_across_languages(language, text, notes):
    assert topics(text, language).keys() & topics(notes, "english").keys()


# -- whole drafts: two glossed things of the record make a detail, one does not ------------

# (English notes word, its Spanish / German / Italian word) for things of the broader gloss:
# none spelled alike, so only the gloss can tie them.
PAIRS = [("ferry", "ferri", "fährschiff", "traghetto"), ("cheese", "queso", "käse", "formaggio"),
         ("beekeeping", "apicultura", "imkerei", "apicoltura"),
         ("pottery", "alfarería", "keramik", "ceramica"),
         ("vineyard", "viñedo", "weinberg", "vigneto"), ("chess", "ajedrez", "schach", "scacchi"),
         ("orchard", "frutal", "obstgarten", "frutteto")]


def _verdict(text: str, notes: str, first: str) -> str:
    who = contact(first=first, notes=notes)
    return evaluate(batch(draft("d", text, who)))["d"].decision


def _topic(word: str, language: str) -> set[int]:
    return set(topics(word, language))


@given(st.lists(st.sampled_from(range(len(PAIRS))), min_size=2, max_size=2, unique=True),
       st.sampled_from([("spanish", 1), ("german", 2), ("italian", 3)]))
@SETTINGS
def test_two_glossed_things_of_the_record_make_a_detail_and_one_does_not(pick, where):
    language, column = where
    first, second = PAIRS[pick[0]], PAIRS[pick[1]]
    if not (_topic(first[column], language) & _topic(first[0], "english")
            and _topic(second[column], language) & _topic(second[0], "english")):
        return  # a word this property does not cover (an English form in a foreign column)
    notes = f"Told me about the {first[0]} and the {second[0]} near the old quay."
    texts = {"spanish": ("Hola Ines, me quedé pensando en tu {a} y tu {b}. ¿Hablamos?",
                         "Hola Ines, me quedé pensando en tu {a}. ¿Hablamos?"),
             "german": ("Hallo Ines, ich denke noch an Ihre {a} und Ihre {b}. Sprechen wir?",
                        "Hallo Ines, ich denke noch an Ihre {a}. Sprechen wir?"),
             "italian": ("Ciao Ines, penso ancora al tuo {a} e al tuo {b}. Ne parliamo?",
                         "Ciao Ines, penso ancora al tuo {a}. Ne parliamo?")}[language]
    both = texts[0].format(a=first[column], b=second[column])
    one = texts[1].format(a=first[column])
    assert _verdict(both, notes, "Ines") == "allow"
    assert _verdict(one, notes, "Ines") == "refuse"
