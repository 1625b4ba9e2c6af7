"""End to end through the CLI: demo workspace, plan, review, preview, dry run, send, confirm."""

from __future__ import annotations

import hashlib
import stat
import sys
from pathlib import Path

import pytest


@pytest.fixture
def demo(run_cli, outreach_home) -> Path:
    result = run_cli("demo", "--home", outreach_home)
    assert result.exit_code == 0, result.stderr
    return outreach_home


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def latest_plan(run_cli) -> str:
    return run_cli("plans", "--json").json()[0]["id"]


def test_demo_writes_a_workspace_and_previews_a_dry_run(run_cli, demo):
    html = (demo / "preview.html").read_text()
    assert "weekly-intros" in html and "ALLOW" in html and "REFUSE" in html
    people = run_cli("contacts", "list", "--json").json()
    assert len(people) == 40  # 30 from the sample files, 10 from the autumn's history
    multi = [p for p in people if len({i["platform"] for i in p["identities"]}) >= 2]
    assert len(multi) >= 5
    assert {"id", "name", "identities", "tags", "opted_out"} <= set(people[0])
    assert {"platform", "key"} <= set(people[0]["identities"][0])
    for path in demo.rglob("*"):
        if path.is_file() and path.suffix in {".db", ".vcf", ".csv", ".toml"}:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_the_demo_has_an_autumn_of_history_for_the_report(run_cli, demo):
    data = run_cli("report", "--json").json()
    assert sum(c["sent"] for c in data["channels"]) == 10
    assert sum(c["replied"] for c in data["channels"]) == 6
    invitations = [c for c in data["channels"] if c["kind"] == "invitation"]
    assert invitations and invitations[0]["accepted"] == 4
    assert [c["name"] for c in data["campaigns"]] == ["autumn-intros"]
    assert sum(w["out"] for w in data["weeks"]) == 10


def test_dry_run_changes_nothing_in_the_workspace(run_cli, demo):
    before = snapshot(demo)
    mtimes = {p: p.stat().st_mtime_ns for p in demo.rglob("*")}
    result = run_cli("run", "weekly-intros", "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "Dry run" in result.stdout
    as_json = run_cli("run", "weekly-intros", "--dry-run", "--json")
    assert as_json.exit_code == 0 and as_json.json()["dry_run"] is True
    assert snapshot(demo) == before
    assert {p: p.stat().st_mtime_ns for p in demo.rglob("*")} == mtimes


def test_plan_json_has_the_documented_shape(run_cli, demo):
    result = run_cli("plan", "weekly-intros", "--json")
    assert result.exit_code == 0, result.stderr
    plan = result.json()
    assert plan["plan_id"].startswith("p")
    assert plan["drafts"]
    for draft in plan["drafts"]:
        assert {"id", "contact_id", "channel", "kind", "mode", "subject", "text", "verdict",
                "reasons"} <= set(draft)
        assert draft["verdict"] in ("allow", "refuse")
        if draft["verdict"] == "refuse":
            assert draft["reasons"] and all(r["code"] and r["message"] for r in draft["reasons"])
    modes = {(d["channel"], d["mode"]) for d in plan["drafts"]}
    assert ("linkedin", "assisted") in modes and ("email", "export") in modes


def test_send_executes_the_reviewed_plan_once(run_cli, demo):
    plan_id = latest_plan(run_cli)
    drafts = run_cli("preview", plan_id, "--json").json()["drafts"]
    allowed = [d for d in drafts if d["verdict"] == "allow"]
    refused = [d for d in drafts if d["verdict"] == "refuse"]
    result = run_cli("send", plan_id, "--json")
    assert result.exit_code == 1  # something was refused: reported, never sent
    summary = result.json()
    assert summary["refused_by_policy"] == len(refused)
    assert summary["waiting"] == len(allowed) and summary["sent"] == 0
    emails = [Path(p) for p in summary["exported"] if p.endswith(".eml")]
    assert emails and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in emails)
    again = run_cli("send", plan_id, "--json").json()
    assert again["waiting"] == 0 and again["already_done"] == len(allowed)
    queue = run_cli("queue", "--json").json()
    assert len(queue) == len(allowed)
    linkedin = [q for q in queue if q["channel"] == "linkedin"]
    assert linkedin and all(q["link"].startswith("https://www.linkedin.com/in/") for q in linkedin)
    assert all(q["length"] <= q["limit"] for q in linkedin)
    first = queue[0]
    confirmed = run_cli("confirm", first["draft_id"])
    assert confirmed.exit_code == 0, confirmed.stderr
    shown = run_cli("contacts", "show", str(first["contact_id"]), "--json").json()
    out = [t for t in shown["touchpoints"] if t["direction"] == "out"]
    assert len(out) == 1
    assert {"platform", "kind", "direction", "at", "status"} <= set(out[0])
    assert len(run_cli("queue", "--json").json()) == len(allowed) - 1


def test_review_note_turns_a_refusal_into_an_allow(run_cli, demo):
    plan_id = latest_plan(run_cli)
    drafts = run_cli("preview", plan_id, "--json").json()["drafts"]
    people = {p["id"]: p for p in run_cli("contacts", "list", "--json").json()}
    samuel = next(d for d in drafts if people[d["contact_id"]]["first_name"] == "Samuel")
    assert samuel["verdict"] == "refuse"
    result = run_cli("review", plan_id, "--note", samuel["id"],
                     "Your interest in community retail is close to my heart too.")
    assert result.exit_code == 0, result.stderr
    after = run_cli("preview", plan_id, "--json").json()["drafts"]
    assert next(d for d in after if d["id"] == samuel["id"])["verdict"] == "allow"


def test_review_in_the_editor(run_cli, demo, tmp_path):
    plan_id = latest_plan(run_cli)
    drafts = run_cli("preview", plan_id, "--json").json()["drafts"]
    target = drafts[0]["id"]
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, re\n"
        "p = sys.argv[1]\n"
        "text = open(p).read()\n"
        f"text = text.replace('== {target} keep', '== {target} skip')\n"
        "open(p, 'w').write(text)\n")
    result = run_cli("review", plan_id, env={"EDITOR": f"{sys.executable} {editor}"})
    assert result.exit_code == 0, result.stderr
    after = run_cli("preview", plan_id, "--json").json()["drafts"]
    assert next(d for d in after if d["id"] == target)["status"] == "skipped"


def test_opt_out_holds_on_every_channel(run_cli, demo):
    people = run_cli("contacts", "list", "--json").json()
    niamh = next(p for p in people if p["first_name"] == "Niamh")
    assert run_cli("contacts", "opt-out", str(niamh["id"])).exit_code == 0
    plan = run_cli("plan", "weekly-intros", "--json").json()
    assert niamh["id"] not in {d["contact_id"] for d in plan["drafts"]}
    assert any(s["contact_id"] == niamh["id"] and s["reason"] == "opted out"
               for s in plan["skipped"])


def test_errors_are_one_line_with_a_hint_and_an_exit_code(run_cli, demo):
    result = run_cli("plan", "no-such-campaign")
    assert result.exit_code == 2
    assert result.stderr.startswith("outreach: error: no campaign named 'no-such-campaign'")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 2
    missing = run_cli("contacts", "show", "9999")
    assert missing.exit_code == 2 and "no contact with id 9999" in missing.stderr


def test_tracebacks_on_request(run_cli, demo):
    with pytest.raises(Exception, match="no campaign named"):
        run_cli("plan", "no-such-campaign", env={"OUTREACH_TRACEBACK": "1"})


def test_commands_outside_a_workspace_say_how_to_start(run_cli, tmp_path):
    result = run_cli("contacts", "list", env={"OUTREACH_HOME": str(tmp_path / "nowhere")})
    assert result.exit_code == 3 and "outreach init" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_home_can_follow_the_subcommand(run_cli, tmp_path):
    other = tmp_path / "elsewhere"
    assert run_cli("init", env={"OUTREACH_HOME": str(other)}).exit_code == 0
    added = run_cli("contacts", "add", "--home", other, "--email", "ada@example.com")
    assert added.exit_code == 0, added.stderr
    listed = run_cli("contacts", "list", "--home", other, "--json").json()
    assert [c["identities"][0]["key"] for c in listed] == ["ada@example.com"]
    assert run_cli("--home", other, "contacts", "list", "--json").json() == listed


def test_the_test_clock_never_runs_ahead_of_the_real_one(run_cli):
    """OUTREACH_NOW replays past weeks in tests; a future time would empty quota windows."""
    assert run_cli("init", env={"OUTREACH_NOW": "2026-11-02T09:00:00"}).exit_code == 0
    future = run_cli("plans", env={"OUTREACH_NOW": "2999-01-04T09:00:00"})
    assert future.exit_code == 3 and "is in the future" in future.stderr


def test_a_plan_after_a_dry_run_has_the_verdicts_a_plan_alone_would_have(run_cli, demo):
    """The dry run keeps its verdicts (outside the workspace); the plan after it takes them,
    and they are, word for word, those a plan computes with nothing kept."""
    def verdicts(plan: dict) -> list:
        ids = {d["id"]: f"#{n}" for n, d in enumerate(plan["drafts"])}
        out = []
        for d in plan["drafts"]:
            text = str({k: d[k] for k in ("verdict", "reasons", "warnings")})
            for real, position in ids.items():
                text = text.replace(f"'{real}'", f"'{position}'")
            out.append(text)
        return out

    assert run_cli("run", "weekly-intros", "--dry-run").exit_code == 0
    kept = run_cli("plan", "weekly-intros", "--json")
    alone = run_cli("plan", "weekly-intros", "--json", env={"OUTREACH_NO_VERDICT_CACHE": "1"})
    assert kept.exit_code == alone.exit_code
    first, second = kept.json(), alone.json()
    assert first["plan_id"] != second["plan_id"]
    assert verdicts(first) == verdicts(second)
    assert any(d["verdict"] == "refuse" for d in first["drafts"])
