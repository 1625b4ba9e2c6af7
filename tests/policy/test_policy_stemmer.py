"""The policy stems words with Snowball in C (PyStemmer) where it is installed, and the
C stems are exactly the pure-Python port's (snowballstemmer): the same verdicts on every
machine, whichever of the two a machine runs. PyStemmer is a dependency because it is
much faster to import and to run (22 times faster on the corpora's 23,000 words)."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.policy.customization import text
from orchestrator.policy.customization.lexicon import LANGUAGES

DATA = Path(__file__).parent / "data"
CORPORA = [DATA / "policy-dev.jsonl", DATA / "policy-extra.jsonl"]
# Letters each language writes, for words hypothesis makes up.
ALPHABETS = {
    "english": "abcdefghijklmnopqrstuvwxyz'",
    "spanish": "abcdefghijklmnopqrstuvwxyzáéíóúüñ",
    "german": "abcdefghijklmnopqrstuvwxyzäöüß",
    "french": "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ",
    "italian": "abcdefghijklmnopqrstuvwxyzàèéìíîòóùú",
    "portuguese": "abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõúü",
}


def python_stemmer(language: str):
    """snowballstemmer's own (pure-Python) stemmer for ``language``."""
    module = importlib.import_module(f"snowballstemmer.{language}_stemmer")
    return getattr(module, f"{language.capitalize()}Stemmer")()


def c_stemmer(language: str):
    import Stemmer

    return Stemmer.Stemmer(language)


def corpus_words() -> list[str]:
    words: set[str] = set()
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.update(w.lower() for w in re.findall(r"[^\W\d_]+", json.dumps(
                    json.loads(line), ensure_ascii=False)))
    return sorted(words)


def test_the_policy_stems_with_snowball_in_c():
    import Stemmer  # a dependency (pyproject.toml): never missing where the tool is installed

    assert all(isinstance(s, Stemmer.Stemmer) for s in text._STEMMERS.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_c_and_python_snowball_stem_every_corpus_word_alike(language):
    words = corpus_words()
    assert len(words) > 3000  # the corpora were read
    c, python = c_stemmer(language), python_stemmer(language)
    assert [c.stemWord(w) for w in words] == [python.stemWord(w) for w in words]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_c_and_python_snowball_stem_made_up_words_alike(data):
    language = data.draw(st.sampled_from(LANGUAGES))
    word = data.draw(st.text(ALPHABETS[language], min_size=1, max_size=18))
    assert c_stemmer(language).stemWord(word) == python_stemmer(language).stemWord(word)
