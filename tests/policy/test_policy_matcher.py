"""The shortcuts of the analysis give the answers of the long way round.

A draft's words are matched against its record several times (each repeated clause, then
its whole personal part) through one :class:`Matcher` that remembers its look-ups, and a
repeated clause is only asked whether it confirms a detail: these must agree with a fresh
:func:`match_details` every time. A clause already confirmed by half the drafts that carry
it is not asked again: verdicts must not change for it.
"""

from __future__ import annotations

import json

import pytest
from policy.policy_helpers import DATA, batch, contact, draft

from orchestrator.policy import evaluate, read_batches, verdict_to_json
from orchestrator.policy.customization import analysis
from orchestrator.policy.customization.analysis import _Draft, _sender_keys, _Template
from orchestrator.policy.customization.details import match_details
from orchestrator.policy.customization.template import clause_keys
from orchestrator.policy.customization.text import tokenize

CORPORA = ("policy-dev.jsonl", "policy-extra.jsonl")

# Five pools of five words; person (a, b) takes word a + b*j of pool j (mod 5), so two
# people share one word at most (never near-duplicates) and every word is five people's.
POOLS = (("apricot", "brisket", "chutney", "dumpling", "fennel"),
         ("Aarhus", "Bergen", "Coimbra", "Dresden", "Exeter"),
         ("invoicing", "rostering", "shrinkage", "markdowns", "labelling"),
         ("tablet", "scanner", "blender", "slicer", "smoker"),
         ("alder", "birch", "cedar", "hazel", "larch"))
TEMPLATE = ("Hi {{ contact.first_name }},\n\n{{ contact.notes }} I keep coming back to it.\n\n"
            "I'm Robin from Tidewater; we forecast demand for small food shops.")


def _note(n: int) -> str:
    a, b = n % 5, n // 5
    food, town, topic, tool, tree = (POOLS[j][(a + b * j) % 5] for j in range(5))
    return (f"Met at the {tree} market hall in {town}; we talked about {topic}, their "
            f"{food} range and the {tool} they bought.")


def _steady_batch(every: int = 4):
    """Notes in one steady style, quoted by the template: clause shapes repeat. Every
    ``every``-th record says something else; with ``every`` 1, only every third record is
    quoted (so most repeated clauses are shared text, a few confirmed by their readers)."""
    drafts = []
    for n in range(25):
        kept = n % every if every > 1 else n % 3 == 1
        recorded = _note(n) if kept else "Met at the spring fair in Lyon."
        text = (f"Hi P{n},\n\n{_note(n)} I keep coming back to it.\n\n"
                "I'm Robin from Tidewater; we forecast demand for small food shops.")
        drafts.append(draft(f"s{n}", text, contact(first=f"P{n}", notes=recorded)))
    return batch(*drafts, template=TEMPLATE, channel="email", kind="email",
                 sender_name="Robin Ashdown", sender_headline="")


def _batches():
    for name in CORPORA:
        yield from read_batches(DATA / name)
    yield _steady_batch()
    yield _steady_batch(every=1)


def _drafts(policy_batch):
    sender_keys = _sender_keys(policy_batch)
    template = _Template(policy_batch, sender_keys)
    for item in policy_batch.drafts:
        yield _Draft(item, policy_batch.sender_name, template), sender_keys


@pytest.mark.parametrize("policy_batch", list(_batches()), ids=lambda b: b.id)
def test_remembered_matching_agrees_with_a_fresh_match(policy_batch):
    for work, sender_keys in _drafts(policy_batch):
        clauses = [[i for i in indices if work.fields[i] is None]
                   for indices in clause_keys(work.tokens, work.sequence).values()]
        everything = [i for i in range(len(work.tokens)) if work.fields[i] is None]
        matcher = work.matching(sender_keys)
        for words in clauses + [everything]:
            fresh = match_details(work.text, work.tokens, work.proper, work.stems, words,
                                  work.language, work.identity, matcher.record,
                                  matcher.exclude, work.body_start)
            match = matcher.match(words)
            assert matcher.settled(match) == fresh.ok
            assert matcher.evidence(match) == fresh.evidence
            assert matcher.details(words) == fresh


def _check_kept_matches(policy_batch) -> int:
    """A clause confirmed for its reader keeps its match (with what it contradicts, and
    without the message keys that were only read for that): reading it again as the
    clause's evidence or as the whole personal part gives the fresh answer. Returns how
    many clauses were confirmed."""
    kept = 0
    for work, sender_keys in _drafts(policy_batch):
        for indices in clause_keys(work.tokens, work.sequence).values():
            if not work.confirms(indices, sender_keys):
                continue
            words = work._words(indices)
            matcher = work.matching(sender_keys)
            assert matcher.kept(words) is not None
            fresh = match_details(work.text, work.tokens, work.proper, work.stems, words,
                                  work.language, work.identity, matcher.record,
                                  matcher.exclude, work.body_start)
            assert fresh.ok
            assert work.evidence(indices) == fresh.evidence
            assert matcher.details(words) == fresh
            kept += 1
    return kept


@pytest.mark.parametrize("policy_batch", list(_batches()), ids=lambda b: b.id)
def test_a_kept_match_agrees_with_a_fresh_match(policy_batch):
    _check_kept_matches(policy_batch)


def test_a_steady_style_batch_keeps_the_matches_of_its_confirmed_clauses():
    assert _check_kept_matches(_steady_batch()) > 0


def _verdicts(policy_batch) -> str:
    verdicts = evaluate(policy_batch)
    return json.dumps([verdict_to_json(d.id, verdicts[d.id]) for d in policy_batch.drafts])


@pytest.mark.parametrize("policy_batch", list(_batches()), ids=lambda b: b.id)
def test_asking_every_clause_changes_no_verdict(policy_batch, monkeypatch):
    quick = _verdicts(policy_batch)
    analysis.release(policy_batch)
    confirms = _Draft.confirms
    monkeypatch.setattr(_Draft, "confirms", lambda self, indices, sender_keys, wanted=True:
                        confirms(self, indices, sender_keys))
    assert _verdicts(policy_batch) == quick


def test_a_steady_style_batch_is_allowed_from_its_records():
    verdicts = evaluate(_steady_batch())
    for n in range(25):
        verdict = verdicts[f"s{n}"]
        if n % 4:
            assert verdict.decision == "allow", verdict
            assert any("(notes)" in e for e in verdict.evidence)


def _shape(tokens):
    return [(t.surface, t.key, t.start, t.end, t.clause, t.sentence, t.initial, t.hashtag)
            for t in tokens]


def test_a_record_read_with_a_drafts_layouts_reads_the_same():
    notes = "Met at the zorbel market hall in Qinvar; we talked about invoicing. Kept 3 stalls!"
    layouts: dict = {}
    tokenize(f"Hi Ada,\n\n{notes} I keep coming back to it.", None, layouts)
    counts_alone: tuple = ({}, {})
    counts_given: tuple = ({}, {})
    given = tokenize(notes, counts_given, layouts)  # first: the memo keeps it from then on
    alone = tokenize(notes, counts_alone)
    assert _shape(given) == _shape(alone)
    assert counts_given == counts_alone
