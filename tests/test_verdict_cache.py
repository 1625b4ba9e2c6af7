"""A new plan of unchanged inputs - a plan after a dry run, a step planned again - takes
the verdicts an earlier command computed (policy.verdict_cache) instead of running the
policy again: word for word the verdicts a fresh run gives, naming the new plan's own
drafts. The cache holds contact data: private files outside the workspace, emptied when
a person is erased, never kept for a team's shared ledger, off with
OUTREACH_NO_VERDICT_CACHE."""

from __future__ import annotations

import gzip
import json
import os
import stat
import time
from pathlib import Path

import pytest

from orchestrator.campaigns.planner import plan_campaign
from orchestrator.policy import verdict_cache
from orchestrator.policy.gate import check_drafts

# On both backends where the backend decides whether verdicts are kept.
both = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def kept(ledger_backend) -> bool:
    """Whether verdicts are kept on this backend (never for a team's shared ledger)."""
    return ledger_backend == "sqlite"


def cache_files() -> list[Path]:
    return sorted((Path(os.environ["XDG_CACHE_HOME"]) / "outreach").rglob("*.json.gz"))


def fresh(w, drafts, monkeypatch) -> dict[str, dict]:
    """The drafts' verdicts computed now, nothing reused."""
    monkeypatch.setenv("OUTREACH_NO_VERDICT_CACHE", "1")
    for d in drafts:
        d.checked = ""
    check_drafts(w.app, drafts, templates={s.key: s.template for s in w.campaign.steps})
    monkeypatch.delenv("OUTREACH_NO_VERDICT_CACHE")
    return {d.id: d.verdict.as_json() for d in drafts}


@both
def test_a_plan_after_a_dry_run_takes_its_verdicts_naming_its_own_drafts(
        world, evaluations, kept, monkeypatch):
    w = world(people=3)  # no personal notes: near-duplicates, each naming the others
    dry = plan_campaign(w.app, w.campaign, store=False)
    assert evaluations == ["intro/" + dry.drafts[0].step_key]
    evaluations.clear()

    plan = plan_campaign(w.app, w.campaign)

    assert evaluations == ([] if kept else ["intro/" + plan.drafts[0].step_key])
    verdicts = {d.id: d.verdict.as_json() for d in plan.drafts}
    assert not any(v["verdict"] == "allow" for v in verdicts.values())
    reasons = " ".join(r["message"] for v in verdicts.values() for r in v["reasons"])
    assert plan.drafts[1].id in reasons and dry.drafts[1].id not in reasons
    assert "\ue000" not in reasons
    assert verdicts == fresh(w, plan.drafts, monkeypatch)
    stored = {d.id: d.verdict.as_json() for d in w.app.ledger.plans.drafts(plan.plan_id)}
    assert stored == verdicts


@both
def test_changed_inputs_are_evaluated_again(world, evaluations, monkeypatch):
    w = world(people=2)
    plan_campaign(w.app, w.campaign, store=False)
    w.app.ledger.contacts.edit(w.ids[0], notes="We have never met.")
    evaluations.clear()

    plan = plan_campaign(w.app, w.campaign)

    assert len(evaluations) == 1
    assert {d.id: d.verdict.as_json() for d in plan.drafts} == fresh(
        w, plan.drafts, monkeypatch)


@both
def test_the_cache_is_private_and_outside_the_workspace(world, kept):
    w = world(people=2)
    plan_campaign(w.app, w.campaign, store=False)
    files = cache_files()
    assert len(files) == (1 if kept else 0)
    home = w.app.workspace.home.resolve()
    for path in files:
        assert home not in path.resolve().parents
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_erasing_a_person_empties_the_workspace_cache(world):
    w = world(people=2)
    plan_campaign(w.app, w.campaign, store=False)
    assert cache_files()
    w.app.ledger.erasure.erase(w.ids[0])
    assert cache_files() == []


@both
def test_turned_off_nothing_is_kept_and_every_plan_is_evaluated(world, evaluations,
                                                                monkeypatch):
    monkeypatch.setenv("OUTREACH_NO_VERDICT_CACHE", "1")
    w = world(people=2)
    plan_campaign(w.app, w.campaign, store=False)
    plan_campaign(w.app, w.campaign)
    assert len(evaluations) == 2
    assert cache_files() == []


@pytest.mark.parametrize("damage", [b"", b"not gzip at all", None])
def test_a_damaged_entry_is_a_miss(world, evaluations, monkeypatch, damage):
    w = world(people=3)
    plan_campaign(w.app, w.campaign, store=False)
    (entry,) = cache_files()
    if damage is None:  # whole gzip, wrong content: another digest's verdicts
        import gzip

        entry.write_bytes(gzip.compress(b'{"digest": "other", "verdicts": []}'))
    else:
        entry.write_bytes(damage)
    evaluations.clear()

    plan = plan_campaign(w.app, w.campaign)

    assert len(evaluations) == 1
    assert {d.id: d.verdict.as_json() for d in plan.drafts} == fresh(
        w, plan.drafts, monkeypatch)


def test_only_the_newest_entries_of_the_last_days_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(verdict_cache, "KEEP", 2)
    where = verdict_cache.folder(tmp_path / "workspace")
    for digest in ("a", "b", "c"):
        verdict_cache.store(where, digest, [{"verdict": "allow"}])
        entry = where / f"{digest}.json.gz"
        past = time.time() - {"a": 300, "b": 200, "c": 100}[digest]
        os.utime(entry, (past, past))
    verdict_cache.store(where, "d", [])
    assert sorted(p.name for p in where.iterdir()) == ["c.json.gz", "d.json.gz"]
    old = time.time() - verdict_cache.MAX_AGE - 60
    os.utime(where / "c.json.gz", (old, old))
    verdict_cache.store(where, "e", [])
    assert sorted(p.name for p in where.iterdir()) == ["d.json.gz", "e.json.gz"]
    assert verdict_cache.load(where, "d") == []
    assert verdict_cache.load(where, "c") is None


def test_verdicts_come_back_as_stored_with_each_trail_written_once(tmp_path):
    where = verdict_cache.folder(tmp_path / "workspace")
    common = [["core", "empty", "allow"], ["core", "customization", "allow"]]
    other = [["core", "empty", "allow"], ["core", "customization", "refuse"]]
    verdicts = [{"verdict": "allow", "evidence": [f"e{i}"], "trail": common} for i in range(50)]
    verdicts += [{"verdict": "refuse", "trail": other}, {"verdict": "allow"}]
    verdict_cache.store(where, "x", verdicts)
    assert verdict_cache.load(where, "x") == verdicts
    written = json.loads(gzip.decompress((where / "x.json.gz").read_bytes()))
    assert written["trails"] == [common, other]
    # An entry written before trails were shared still reads.
    (where / "y.json.gz").write_bytes(gzip.compress(json.dumps(
        {"digest": "y", "verdicts": verdicts}).encode()))
    assert verdict_cache.load(where, "y") == verdicts
    # A trail that points nowhere is a miss, never a wrong verdict.
    written["verdicts"][0]["trail"] = 7
    (where / "x.json.gz").write_bytes(gzip.compress(json.dumps(written).encode()))
    assert verdict_cache.load(where, "x") is None


def test_a_step_whose_texts_hold_the_token_mark_is_checked_with_real_ids(world, evaluations):
    w = world(people=3)
    w.app.ledger.contacts.edit(w.ids[0], notes="Met at the \ue0001\ue001 icon-font meetup.")
    plan_campaign(w.app, w.campaign, store=False)
    plan = plan_campaign(w.app, w.campaign)
    assert len(evaluations) == 2 and cache_files() == []
    reasons = " ".join(r.message for d in plan.drafts for r in d.verdict.reasons)
    assert plan.drafts[1].id in reasons
