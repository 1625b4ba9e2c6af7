"""A word of the reader's title inside a phrase their record gives is part of a detail.

"Data Mesh" for a Head of Data whose headline says they speak on Data Mesh: "Data" is a
title word, but beside "Mesh" it is the record's phrase, not the title filled in. The title
and company restated ("Senior Product Designer at Acme", "als Leiterin Pflege am Klinikum
Nord") stay a mail merge.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.identity import Identity
from orchestrator.policy.customization.record import RecordIndex


def verdict(text: str, who) -> str:
    return evaluate(batch(draft("d", text, who)))["d"].decision


RISK = contact(first="Ada", title="Head of Risk", company="Quarry Finance",
               headline="Head of Risk at Quarry Finance | speaks on risk appetite")


@pytest.mark.parametrize(("text", "decision"), [
    ("Ada, your talk on risk appetite stuck with me.", "allow"),
    ("Ada, as Head of Risk at Quarry Finance you must see a lot of risk.", "refuse"),
    ("Ada, risk is everywhere these days. Keen to connect.", "refuse"),
])
def test_a_title_word_in_a_recorded_phrase(text, decision):
    assert verdict(text, RISK) == decision


def test_the_fields_restated_in_the_headline_pair_nothing():
    who = contact(title="Product Designer", company="Acme",
                  headline="Senior Product Designer at Acme")
    record = RecordIndex(who, Identity(who, "Rowan Vale", "english"), "english")
    assert record.joined is None


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(("Head of", "Lead", "Director of", "VP")),
       st.sampled_from(("Risk", "Data", "Payments", "Security")),
       st.sampled_from(("Quarry Finance", "Acme", "Kranich Versicherung")))
def test_the_title_and_company_alone_stay_a_mail_merge(level, field, company):
    who = contact(title=f"{level} {field}", company=company,
                  headline=f"{level} {field} at {company} | speaks on {field.lower()} appetite")
    assert verdict(f"Ada, as {level} {field} at {company} you must be busy.", who) == "refuse"
