"""A Korean full name in Hangul reads against the record's Latin name, family name first.

"박지원님이" is "Park Jiwon": the family syllable in its usual spelling ("Park", not the
romanized "Bak") and the given name romanized. Another family ("김지원") or given name
("박민수") is no recorded name.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.policy.customization.crosslang import (
    _FAMILY_SPELLINGS,
    _family_and_given,
    _record_names,
)

NAMES = _record_names("Former colleague of our CEO Park Jiwon at Daon Systems.")


@pytest.mark.parametrize(("run", "name"), [
    ("박지원님이", "jiwon"), ("박지원", "jiwon"), ("김지원님이", None), ("박민수님이", None),
    ("지원", None),  # no family name
])
def test_family_and_given(run, name):
    assert _family_and_given(run, NAMES) == name


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(_FAMILY_SPELLINGS)))
def test_a_family_the_record_does_not_give_reads_as_no_name(family):
    found = _family_and_given(family + "지원", NAMES)
    assert (found == "jiwon") == ("park" in _FAMILY_SPELLINGS[family])
