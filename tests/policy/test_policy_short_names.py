"""A recorded name with a word written short is the same name.

"KubeCon EU" for "KubeCon Europe 2026", "PyCon DE" for "PyCon Deutschland": the short word
is written with the recorded word's letters in order, from its first. "KubeCon NA" for
"KubeCon Europe" and "PyCon DE" for "PyCon UK" still name another edition (R4).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.details import _short_form


@pytest.mark.parametrize(("short", "full", "ok"), [
    ("eu", "europe", True), ("de", "deutschland", True), ("intl", "international", True),
    ("us", "uk", False), ("na", "europe", False), ("eu", "eu", False),  # not shorter
    ("e", "europe", False), ("eur0", "europe0", False),
])
def test_short_form(short, full, ok):
    assert _short_form(short, full) is ok


NOTES = "Met at KubeCon Europe 2026 in Amsterdam; chatted about etcd backups."


@pytest.mark.parametrize(("edition", "decision"), [("EU", "allow"), ("Europe", "allow"),
                                                  ("NA", "refuse"), ("China", "refuse")])
def test_an_edition_written_short(edition, decision):
    text = f"Ada, great meeting you at KubeCon {edition}, that etcd backups chat was gold."
    assert evaluate(batch(draft("d", text, contact(notes=NOTES))))["d"].decision == decision


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_word, _word)
def test_a_short_form_keeps_the_first_letter_and_the_order(short, full):
    if _short_form(short, full):
        assert short[0] == full[0] and 2 <= len(short) <= 4 and len(full) >= 2 * len(short)
        rest = iter(full)
        assert all(c in rest for c in short)
