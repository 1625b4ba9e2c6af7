"""A point or comma inside a number, or a title's point, ends neither a sentence nor a clause.

"Industrie 4.0", "1,2 M€", "3,000 users", "v2.0": rules that read a clause ("ich weiß, dass
Sie sich für Industrie 4.0 interessieren" ties the interest word to its tag) or a sentence
must see the number whole. A point after a number with a space or the end of the text
after it ("in 2026. Next") still ends its sentence.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from orchestrator.policy.customization.text import tokenize


def layout(text: str) -> list[tuple[str, int, int]]:
    return [(t.surface, t.clause, t.sentence) for t in tokenize(text)]


def test_a_version_number_stays_in_its_clause():
    assert layout("Sie interessieren sich für Industrie 4.0 und Robotik.") == [
        ("Sie", 0, 0), ("interessieren", 0, 0), ("sich", 0, 0), ("für", 0, 0),
        ("Industrie", 0, 0), ("4", 0, 0), ("0", 0, 0), ("und", 0, 0), ("Robotik", 0, 0)]


def test_decimal_and_thousands_commas_end_no_clause():
    assert {c for _, c, _ in layout("una ronda de 1,2 M€ con 3,000 inversores")} == {0}


def test_a_point_after_a_number_still_ends_the_sentence():
    assert layout("Met in 2026. Next time, Porto.") == [
        ("Met", 0, 0), ("in", 0, 0), ("2026", 0, 0), ("Next", 1, 1), ("time", 1, 1),
        ("Porto", 2, 1)]


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=999),
       st.sampled_from([".", ","]))
def test_property_a_number_with_a_separator_is_one_clause(a, b, separator):
    text = f"The pilot reached {a}{separator}{b} units in March"
    tokens = tokenize(text)
    assert {t.clause for t in tokens} == {0} and {t.sentence for t in tokens} == {0}
    # The words are the same as ever: the number's digits, each a word.
    assert [t.surface for t in tokens][3:5] == [str(a), str(b)]


def test_a_titles_point_ends_no_sentence():
    assert layout("Introduced by Dr. Amos Reiner. Met again.") == [
        ("Introduced", 0, 0), ("by", 0, 0), ("Dr", 0, 0), ("Amos", 0, 0), ("Reiner", 0, 0),
        ("Met", 1, 1), ("again", 1, 1)]
    # the name after the title is no sentence's first word
    assert not [t for t in tokenize("Thanks to Prof. Abe.") if t.surface == "Abe"][0].initial
    # a word that merely ends in a title's letters still ends its sentence
    assert [t.sentence for t in tokenize("We met in Madrid. Then Lisbon.")] == [0, 0, 0, 0, 1, 1]
