"""Every labelled draft gets its verdict, and every refusal the principle its label names.

``policy-dev.jsonl`` is a copy of the project's development corpus; ``policy-extra.jsonl``
is our own held-out set (other people, events, templates; Spanish, German, French, Italian,
Portuguese, Chinese, Japanese, Korean; notes written in one steady style; the generic tricks:
pasted interest tags, the right event with the wrong facts, vague praise, shell-style
placeholders; greetings rendered from first names that are not names), written from the
labelling principles to catch rules that only fit the development texts.
"""

from __future__ import annotations

import pytest
from policy.policy_helpers import DATA, FAMILIES, labels

from orchestrator.policy import evaluate, read_batches

CORPORA = ["policy-dev.jsonl", "policy-extra.jsonl"]


def _cases():
    for name in CORPORA:
        expected = labels(DATA / name)
        for batch in read_batches(DATA / name):
            verdicts = evaluate(batch)
            for draft in batch.drafts:
                yield pytest.param(verdicts[draft.id], *expected[draft.id], id=draft.id)


@pytest.mark.parametrize(("verdict", "expect", "why"), list(_cases()))
def test_draft_gets_its_label(verdict, expect, why):
    codes = [r.code for r in verdict.reasons]
    assert verdict.decision == expect, f"{why} -> {codes}"
    family = why.split()[0]
    if expect == "refuse" and family in FAMILIES:
        assert FAMILIES[family] & set(codes), f"{why} -> {codes}"


@pytest.mark.parametrize("name", CORPORA)
def test_every_draft_id_is_unique(name):
    # Labels are looked up by id: a repeated id would test one draft against another's label.
    ids = [draft.id for batch in read_batches(DATA / name) for draft in batch.drafts]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize("name", CORPORA)
def test_corpus_covers_every_principle(name):
    whys = [why for _, why in labels(DATA / name).values()]
    assert {why.split()[0] for why in whys} >= {"allow:", "R1", "R2", "R3", "R4", "R5"}


def test_extra_corpus_is_big_and_multilingual():
    batches = read_batches(DATA / "policy-extra.jsonl")
    drafts = [d for b in batches for d in b.drafts]
    assert len(drafts) >= 60
    text = " ".join(d.text for d in drafts)
    for word in ("Hola", "Guten Tag", "Bonjour", "Ciao", "Olá", "您好", "様", "님"):
        assert word in text
    ids = [d.id for d in drafts]
    for group in ("x-zh-", "x-ja-", "x-ko-", "x-steady-", "x-pnote-", "x-tricks-", "x-render-"):
        assert sum(i.startswith(group) for i in ids) >= 3, group


def test_allowed_drafts_carry_evidence_from_the_record():
    for name in CORPORA:
        expected = labels(DATA / name)
        for batch in read_batches(DATA / name):
            for draft_id, verdict in evaluate(batch).items():
                if expected[draft_id][0] == "allow":
                    assert verdict.evidence, draft_id
                    assert all(e.endswith(")") and e.startswith('"') for e in verdict.evidence)


def test_refusals_explain_why_and_how():
    for batch in read_batches(DATA / "policy-dev.jsonl"):
        for verdict in evaluate(batch).values():
            for reason in verdict.reasons:
                assert reason.fix and reason.fix in reason.message
                assert len(reason.message) > len(reason.fix) + 20
                assert reason.plugin == "core" and reason.check
