"""`outreach policy check` and `outreach policy explain` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "policy" / "data" / "policy-dev.jsonl"

BATCH = {
    "batch": "t1", "channel": "linkedin", "kind": "invitation", "template": None,
    "sender": {"name": "Robin Ashdown", "headline": "Founder, Tidewater Analytics"},
    "drafts": [
        {"id": "t1-1", "contact": {"first_name": "Maeve", "last_name": "Donnelly",
                                   "company": "Cobbler's Row", "title": "Head of Digital",
                                   "headline": "Head of Digital at Cobbler's Row",
                                   "notes": "Met at Shoptalk Europe in Barcelona; compared notes "
                                            "on size-recommendation widgets.", "interests": []},
         "subject": None,
         "text": "Maeve, good swapping notes on size-recommendation widgets at Shoptalk Europe. "
                 "I'm Robin from Tidewater."},
        {"id": "t1-2", "contact": {"first_name": "Ian", "last_name": "Obuya", "company": "K&K",
                                   "title": "Manager", "headline": "", "notes": "",
                                   "interests": []},
         "subject": None, "text": "I'd like to add you to my professional network on LinkedIn."},
    ],
}


def write_jsonl(path: Path, *batches) -> Path:
    path.write_text("\n".join(json.dumps(b) for b in batches) + "\n", encoding="utf-8")
    return path


def test_check_prints_one_json_object_per_draft_and_exits_1_on_refusal(run_cli, tmp_path):
    result = run_cli("policy", "check", write_jsonl(tmp_path / "b.jsonl", BATCH), "--json")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["verdict"]) for r in lines] == [("t1-1", "allow"), ("t1-2", "refuse")]
    for row in lines:
        assert set(row) >= {"id", "verdict", "reasons", "warnings", "evidence"}
    assert lines[1]["reasons"][0]["code"] in {"platform-default", "empty"}
    assert all(r["message"] for r in lines[1]["reasons"])
    assert lines[0]["evidence"]


def test_check_exits_0_when_everything_is_allowed(run_cli, tmp_path):
    good = dict(BATCH, drafts=BATCH["drafts"][:1])
    assert run_cli("policy", "check", write_jsonl(tmp_path / "b.jsonl", good)).exit_code == 0


def test_check_names_the_unreadable_line_and_exits_2(run_cli, tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps(BATCH) + "\n{not json\n", encoding="utf-8")
    result = run_cli("policy", "check", path)
    assert result.exit_code == 2
    assert f"{path}:2" in result.stderr and "Traceback" not in result.stderr


def test_json_nested_too_deeply_is_bad_input_not_a_crash(run_cli, tmp_path):
    # the json module recurses into nested arrays: 100,000 of them overflow the stack
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps(BATCH) + "\n" + "[" * 100_000 + "\n", encoding="utf-8")
    result = run_cli("policy", "check", path)
    assert result.exit_code == 2
    assert f"{path}:2: invalid JSON (nested too deeply)" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_check_streams_verdicts_batch_by_batch(run_cli, tmp_path):
    # Each line is checked and written before the next is read: the verdicts of the lines
    # before an unreadable one are out, and the exit status still says the input was bad.
    path = tmp_path / "b.jsonl"
    second = dict(BATCH, batch="t2", drafts=[dict(d, id=d["id"].replace("t1", "t2"))
                                              for d in BATCH["drafts"]])
    path.write_text(json.dumps(BATCH) + "\n" + json.dumps(second) + "\n{not json\n",
                    encoding="utf-8")
    result = run_cli("policy", "check", path, "--json")
    assert result.exit_code == 2 and f"{path}:3" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "t1-1", "t1-2", "t2-1", "t2-2"]


def test_check_needs_no_workspace(run_cli, tmp_path):
    result = run_cli("policy", "check", write_jsonl(tmp_path / "b.jsonl", BATCH),
                     env={"OUTREACH_HOME": str(tmp_path / "does-not-exist")})
    assert result.exit_code == 1
    assert not (tmp_path / "does-not-exist").exists()


def _note_of(length: int, draft_id: str) -> dict:
    text = BATCH["drafts"][0]["text"]
    return dict(BATCH["drafts"][0], id=draft_id, text=(text + " We should talk.") + "." * (
        length - len(text) - len(" We should talk.")))


def test_linkedin_note_limits_come_from_the_channel_manifest(run_cli, tmp_path):
    # No workspace, so no account: a note only Premium may send (201-300 characters) is
    # allowed with a warning naming a free account's 200; past 300 no account may send it.
    batches = [dict(BATCH, batch=f"t{n}", drafts=[_note_of(n, f"t1-{n}")]) for n in (200, 250, 301)]
    result = run_cli("policy", "check", write_jsonl(tmp_path / "b.jsonl", *batches), "--json")
    rows = {row["id"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert rows["t1-200"]["verdict"] == "allow" and not rows["t1-200"]["warnings"]
    assert rows["t1-250"]["verdict"] == "allow"
    (warning,) = rows["t1-250"]["warnings"]
    assert warning["code"] == "long-for-some-accounts" and "200" in warning["message"]
    assert rows["t1-301"]["verdict"] == "refuse"
    too_long = next(r for r in rows["t1-301"]["reasons"] if r["code"] == "too-long")
    assert "300" in too_long["message"]


def test_a_batch_limit_overrides_the_channel_and_refuses_without_a_warning(run_cli, tmp_path):
    batch = dict(BATCH, max_length=200, drafts=[_note_of(250, "t1-250")])
    result = run_cli("policy", "check", write_jsonl(tmp_path / "b.jsonl", batch), "--json")
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["verdict"] == "refuse" and not row["warnings"]
    assert "200" in next(r["message"] for r in row["reasons"] if r["code"] == "too-long")


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus copy not present")
def test_the_whole_development_corpus_gets_its_expected_verdicts(run_cli):
    expected = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        for draft in json.loads(line)["drafts"]:
            expected[draft["id"]] = draft["expect"]
    result = run_cli("policy", "check", CORPUS, "--json")
    got = {row["id"]: row["verdict"] for row in map(json.loads, result.stdout.splitlines())}
    assert got == expected


def test_explain_shows_each_check_and_the_evidence(run_cli, outreach_home):
    assert run_cli("demo", "--home", outreach_home).exit_code == 0
    plan_id = run_cli("plans", "--json").json()[0]["id"]
    drafts = run_cli("preview", plan_id, "--json").json()["drafts"]
    allowed = next(d for d in drafts if d["verdict"] == "allow")
    refused = next(d for d in drafts if d["verdict"] == "refuse")
    shown = run_cli("policy", "explain", allowed["id"], "--json").json()
    assert shown["verdict"] == "allow" and shown["evidence"]
    assert {t["plugin"] for t in shown["trail"]} >= {"core"}
    assert all(t["outcome"] in ("allow", "warn", "refuse") for t in shown["trail"])
    text = run_cli("policy", "explain", refused["id"])
    assert text.exit_code == 0
    assert "REFUSE" in text.stdout and "Checks:" in text.stdout
    assert refused["reasons"][0]["code"] in text.stdout
