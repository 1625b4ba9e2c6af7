"""The terminal preview shows a screenful in full and summarizes the rest; --all prints all."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo(run_cli, outreach_home):
    result = run_cli("demo", "--home", outreach_home)
    assert result.exit_code == 0, result.stderr
    return outreach_home


def test_a_long_dry_run_is_summarized_past_a_screenful_and_all_prints_every_message(
        run_cli, demo):
    from orchestrator.preview.terminal import SCREENFUL

    full = run_cli("run", "weekly-intros", "--dry-run", "--all", env={"COLUMNS": "120"})
    short = run_cli("run", "weekly-intros", "--dry-run", env={"COLUMNS": "120"})
    assert full.exit_code == short.exit_code == 0, short.stderr
    drafts = run_cli("run", "weekly-intros", "--dry-run", "--json").json()["drafts"]
    assert len(drafts) > SCREENFUL  # the demo is long enough to be summarized
    panels = lambda text: text.count("╭")  # noqa: E731 - one per message panel
    assert panels(full.stdout) == len(drafts)
    assert panels(short.stdout) == SCREENFUL
    assert f"{len(drafts) - SCREENFUL} more messages not shown in full" in short.stdout
    assert "--all" in short.stdout
    refused = [d for d in drafts if d["verdict"] != "allow"]
    assert refused  # every refused one is still named: in its panel or on one line
    assert short.stdout.count("REFUSE") == full.stdout.count("REFUSE") == len(refused)
    # the counts are the same either way, per verdict and per channel
    assert short.stdout.split("Summary")[1] == full.stdout.split("Summary")[1]
    summary = short.stdout.split("Summary")[1]
    for channel in {d["channel"] for d in drafts}:
        count = sum(d["channel"] == channel for d in drafts)
        assert f"{channel}" in summary and f"{count} messages" in summary
    quiet = run_cli("run", "weekly-intros", "--dry-run", "-q")
    assert "╭" not in quiet.stdout
    assert (f"Dry run of weekly-intros: {len(drafts)} drafts, {len(drafts) - len(refused)} "
            f"allowed, {len(refused)} refused; nothing was sent or saved.") in quiet.stdout
