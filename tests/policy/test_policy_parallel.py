"""A big batch analysed by several processes (customization.parallel) gets exactly the
verdicts one process gives - word for word, in the same order - including repeated clauses
and near-duplicates that straddle the parts, a check that raises in one part only, and a
child process that dies (the parent then analyses the batch alone)."""

from __future__ import annotations

import os
import threading

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import DATA

from orchestrator.policy import evaluate, parse_lines
from orchestrator.policy.customization import parallel
from orchestrator.policy.customization.checks import LengthCheck

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")

CORPUS = [b for name in ("policy-dev.jsonl", "policy-extra.jsonl")
          for b in parse_lines((DATA / name).read_text(encoding="utf-8").splitlines())]


def crowd(batch, copies: int):
    """``batch`` with every draft ``copies`` times (new ids): clauses that repeat across
    the parts and near-duplicate groups spread over them."""
    drafts = tuple(attrs.evolve(d, id=f"{d.id}#{k}") for k in range(copies) for d in batch.drafts)
    return attrs.evolve(batch, drafts=drafts)


def verdicts(batch, workers: int, monkeypatch) -> dict:
    monkeypatch.setenv("OUTREACH_POLICY_WORKERS", str(workers))
    return {key: (v.as_json(), v.trail) for key, v in evaluate(batch).items()}


@pytest.fixture
def small_batches(monkeypatch):
    """Several processes from two drafts up (the real threshold keeps tests slow)."""
    monkeypatch.setattr(parallel, "MIN_DRAFTS", 2)
    monkeypatch.setattr(parallel, "MAX_WORKERS", 8)
    monkeypatch.setattr(parallel, "workers", lambda: int(os.environ["OUTREACH_POLICY_WORKERS"]))


def test_every_corpus_batch_gets_the_same_verdicts_from_several_processes(small_batches,
                                                                         monkeypatch):
    forked = []
    real = parallel._Child.fork
    monkeypatch.setattr(parallel._Child, "fork",
                        classmethod(lambda cls, *a: forked.append(1) or real(*a)))
    for batch in CORPUS:
        big = crowd(batch, 3)
        alone = verdicts(big, 1, monkeypatch)
        assert verdicts(big, 2, monkeypatch) == alone, batch.id
        assert verdicts(big, 3, monkeypatch) == alone, batch.id
    assert forked  # the batches really were shared


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(picks=st.lists(st.tuples(st.integers(0, len(CORPUS) - 1), st.integers(0, 30)),
                      min_size=2, max_size=40),
       workers=st.integers(2, 5))
def test_any_mix_of_drafts_gets_the_same_verdicts(small_batches, monkeypatch, picks, workers):
    base = CORPUS[picks[0][0]]
    drafts = []
    for n, (b, d) in enumerate(picks):
        source = CORPUS[b].drafts
        drafts.append(attrs.evolve(source[d % len(source)], id=f"x{n}"))
    batch = attrs.evolve(base, drafts=tuple(drafts))
    assert verdicts(batch, workers, monkeypatch) == verdicts(batch, 1, monkeypatch)


def test_a_check_that_raises_in_one_part_refuses_every_draft_as_one_process_does(
        small_batches, monkeypatch):
    batch = crowd(CORPUS[0], 2)
    last = batch.drafts[-1].id
    real = LengthCheck.findings

    def broken(self, batch_, analysis, index, view):
        if view.draft.id == last:  # only in the last part
            raise RuntimeError("length table missing")
        yield from real(self, batch_, analysis, index, view)

    monkeypatch.setattr(LengthCheck, "findings", broken)
    shared = verdicts(batch, 3, monkeypatch)
    assert shared == verdicts(batch, 1, monkeypatch)
    assert all("check-error" in [r["code"] for r in v["reasons"]] for v, _ in shared.values())


def test_a_child_that_dies_leaves_the_parent_to_analyse_alone(small_batches, monkeypatch):
    batch = crowd(CORPUS[1], 2)
    monkeypatch.setattr(parallel, "_follow", lambda *args: os._exit(3))
    assert verdicts(batch, 2, monkeypatch) == verdicts(batch, 1, monkeypatch)


def test_one_process_with_threads_one_cpu_or_when_asked(monkeypatch):
    monkeypatch.setenv("OUTREACH_POLICY_WORKERS", "1")
    assert parallel.workers() == 1
    monkeypatch.setenv("OUTREACH_POLICY_WORKERS", "many")
    assert parallel.workers() == 1
    monkeypatch.setenv("OUTREACH_POLICY_WORKERS", "2")
    assert parallel.workers() == (2 if os.uname().sysname == "Linux" else 1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert parallel.workers() == 1  # fork would copy the other thread's locks
    finally:
        stop.set()
        thread.join()
    small = crowd(CORPUS[0], 1)
    assert len(small.drafts) < parallel.MIN_DRAFTS
    assert parallel.builtin_findings(small, []) is None
