"""``outreach run --due``: run each scheduled campaign whose latest scheduled time has not run.

The latest scheduled time at or before now is claimed in the ledger (a unique row per
campaign and time), under a workspace lock: overlapping invocations cannot double-run,
and a machine that missed three Mondays runs one catch-up, not three. Assisted and export
drafts land in the review queue; the summary says what waits for the user.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING, Callable

from ..errors import CampaignError, OutreachError, WorkspaceBusy
from .loader import campaign_files, load_campaign
from .runs import claim_run, run_campaign
from .schedule import latest_due

if TYPE_CHECKING:
    from ..app import App


def due_campaigns(app: "App"):
    now = app.now()
    for path in campaign_files(app.workspace.campaigns_dir):
        try:
            campaign = load_campaign(path)
        except CampaignError as exc:
            yield None, None, exc.message
            continue
        if not campaign.schedule:
            continue
        due = latest_due(campaign.schedule, campaign.timezone, now)
        last = app.ledger.runs.last(campaign.name)
        if last is not None and last["scheduled_for"] >= due:
            continue
        yield campaign, due, None


def run_due(app: "App", *, dry_run: bool, runner_factory: Callable) -> list[dict]:
    from .planner import plan_campaign

    results: list[dict] = []
    try:
        lock = app.lock("run-due") if not dry_run else nullcontext()
        with lock:
            for campaign, due, error in list(due_campaigns(app)):
                if error:
                    results.append({"campaign": None, "status": "invalid", "message": error})
                    continue
                if dry_run:
                    plan = plan_campaign(app, campaign, store=False)
                    results.append({"campaign": campaign.name, "scheduled_for": due.isoformat(),
                                    "status": "due", "drafts": len(plan.drafts),
                                    "message": f"{campaign.name}: due ({due:%Y-%m-%d %H:%M} UTC), "
                                               f"{len(plan.drafts)} drafts (dry run)"})
                    continue
                claimed, since = claim_run(app, campaign, due)
                if not claimed:
                    continue  # another invocation got there first
                try:
                    result = run_campaign(app, campaign, due, since,
                                          lambda p: runner_factory().send_plan(p.plan_id))
                except OutreachError as exc:  # one broken campaign must not stop the others
                    results.append({"campaign": campaign.name, "scheduled_for": due.isoformat(),
                                    "status": "failed", "message": f"{campaign.name}: {exc}"})
                    continue
                plan, summary = result.plan, result.summary
                results.append({
                    "campaign": campaign.name, "scheduled_for": due.isoformat(),
                    "plan_id": plan.plan_id, "status": "done", "summary": summary.as_json(),
                    "message": (f"{campaign.name} ({due:%Y-%m-%d %H:%M} UTC): plan {plan.plan_id}: "
                                f"{summary.sent} sent, {summary.waiting} waiting for you, "
                                f"{summary.refused_by_policy} refused by policy, "
                                f"{summary.held_by_quota} held by quota, {summary.failed} failed, "
                                f"{summary.unknown} unknown"),
                })
    except WorkspaceBusy as exc:
        return [{"campaign": None, "status": "busy", "message": exc.message}]
    return results
