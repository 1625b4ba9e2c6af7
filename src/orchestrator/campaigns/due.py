"""``outreach run --due``: run each scheduled campaign whose latest scheduled time has not run.

The latest scheduled time at or before now is claimed in the ledger (a unique row per
campaign and time), under a workspace lock: overlapping invocations cannot double-run,
and a machine that missed three Mondays runs one catch-up, not three. Assisted and export
drafts land in the review queue; the summary says what waits for the user.

Before anything is planned, every platform that can sync does (email over IMAP, X: see
:mod:`orchestrator.syncing`); a sync that fails is one line of the results.

Nothing is stranded until next week:

* deliveries a dead process left ``sending`` become ``unknown`` first, with a notice (unless
  a send is running right now: it does the same itself);
* a scheduled run that did not finish (its process was killed) is resumed: its own plan is
  sent again - what went out is never sent twice, the rest goes - or, if it died before its
  plan existed, it is planned now for the same scheduled time;
* a run that finished with messages to retry (a channel the circuit breaker stopped, a
  message still greylisted) goes on once its retry time has come, backing off each time,
  until a newer scheduled run of the campaign takes its people over.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING, Callable

from ..errors import CampaignError, OutreachError, WorkspaceBusy
from ..syncing import run_syncs
from .loader import campaign_files, load_campaign
from .runs import claim_run, outcome, run_campaign
from .schedule import latest_due

if TYPE_CHECKING:
    from ..app import App
    from ..delivery.runner import SendSummary
    from ..ledger.state import Run


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


def _message(name: str, due, plan_id: str, summary: "SendSummary", retry_at,
             resumed: bool = False) -> str:
    text = (f"{name} ({due:%Y-%m-%d %H:%M} UTC): {'resumed ' if resumed else ''}plan {plan_id}: "
            f"{summary.sent} sent, {summary.waiting} waiting for you, "
            f"{summary.refused_by_policy} refused by policy, "
            f"{summary.held_by_quota} held by quota, {summary.failed} failed, "
            f"{summary.unknown} unknown")
    if retry_at is not None:
        text += f", {summary.retry_later} to retry after {retry_at:%Y-%m-%d %H:%M} UTC"
    for stop in summary.stopped:
        text += f"; {stop['channel']} stopped: {stop['error']}"
    return text


def _result(campaign: str, due, plan_id: str, summary: "SendSummary", retry_at,
            resumed: bool = False) -> dict:
    return {"campaign": campaign, "scheduled_for": due.isoformat(), "plan_id": plan_id,
            "status": "done", "resumed": resumed,
            "retry_at": retry_at.isoformat() if retry_at else None,
            "summary": summary.as_json(),
            "message": _message(campaign, due, plan_id, summary, retry_at, resumed)}


def recover_orphans(app: "App", runner_factory: Callable) -> list[dict]:
    """Rows a dead process left ``sending`` become ``unknown``, with a notice.

    Only if no send is running (the send lock is free): a running send does it itself.
    """
    try:
        with app.lock("send"):
            orphans = runner_factory().recover_orphans()
    except WorkspaceBusy:
        return []
    if not orphans:
        return []
    ids = [row.id for row in orphans]
    listed = ", ".join(map(str, ids))
    return [{"campaign": None, "status": "recovered", "deliveries": ids,
             "message": f"{len(ids)} message(s) were being sent when a process stopped "
                        f"(deliveries {listed}); their outcome is unknown: check whether "
                        "they arrived, then `outreach deliveries resolve ID sent|failed|retry`"}]


def resume_runs(app: "App", runner_factory: Callable) -> list[dict]:
    """Take up scheduled runs that died, or that wait to retry (hold the run-due lock)."""
    results = []
    for run in app.ledger.runs.resumable(app.now()):
        app.ledger.runs.resume(run.campaign, run.scheduled_for)
        try:
            result = _resume(app, run, runner_factory)
        except WorkspaceBusy as exc:  # a send holds the lock: still to resume, next time
            results.append({"campaign": run.campaign,
                            "scheduled_for": run.scheduled_for.isoformat(),
                            "status": "busy", "resumed": False,
                            "message": f"{run.campaign}: not resumed yet: {exc.message}"})
            continue
        except OutreachError as exc:
            app.ledger.runs.finish(run.campaign, run.scheduled_for, None, "failed")
            results.append({"campaign": run.campaign,
                            "scheduled_for": run.scheduled_for.isoformat(),
                            "status": "failed", "resumed": True,
                            "message": f"{run.campaign}: resuming its run failed: {exc}"})
            continue
        if result is not None:
            results.append(result)
    return results


def _resume(app: "App", run: "Run", runner_factory: Callable) -> dict | None:
    if run.plan_id is None:  # it died before its plan existed: nothing was sent, plan now
        campaign = next((c for c in _campaigns(app) if c.name == run.campaign), None)
        if campaign is None:
            app.ledger.runs.finish(run.campaign, run.scheduled_for, None, "failed")
            return {"campaign": run.campaign, "scheduled_for": run.scheduled_for.isoformat(),
                    "status": "failed", "resumed": True,
                    "message": f"{run.campaign}: an interrupted run could not be resumed: "
                               "its campaign file is gone"}
        since = app.ledger.runs.started_before(run.campaign, run.started_at)
        done = run_campaign(app, campaign, run.scheduled_for, since,
                            lambda p: runner_factory().send_plan(p.plan_id))
        plan_id, summary = done.plan.plan_id, done.summary
        status, retry_at = outcome(app, summary, run.resumes + 1)
        app.ledger.runs.finish(run.campaign, run.scheduled_for, plan_id, status, retry_at)
    else:
        plan_id = run.plan_id
        summary = runner_factory().send_plan(plan_id)  # an error: closed by the caller
        status, retry_at = outcome(app, summary, run.resumes + 1)
        app.ledger.runs.finish(run.campaign, run.scheduled_for, plan_id, status, retry_at)
    return _result(run.campaign, run.scheduled_for, plan_id, summary, retry_at, resumed=True)


def _campaigns(app: "App"):
    for path in campaign_files(app.workspace.campaigns_dir):
        try:
            yield load_campaign(path)
        except CampaignError:
            continue


def run_due(app: "App", *, dry_run: bool, runner_factory: Callable) -> list[dict]:
    from .planner import plan_campaign

    results: list[dict] = []
    try:
        lock = app.lock("run-due") if not dry_run else nullcontext()
        with lock:
            if dry_run:
                for run in app.ledger.runs.resumable(app.now()):
                    results.append({"campaign": run.campaign,
                                    "scheduled_for": run.scheduled_for.isoformat(),
                                    "status": "resumable", "plan_id": run.plan_id,
                                    "message": f"{run.campaign}: its run of "
                                               f"{run.scheduled_for:%Y-%m-%d %H:%M} UTC did not "
                                               "finish and would be resumed (dry run)"})
            else:
                results += recover_orphans(app, runner_factory)
                if app.ledger.runs.resumable(app.now()) or any(
                        c is not None for c, _, _ in due_campaigns(app)):
                    # Replies in before anything is planned (or a resumed plan is sent).
                    results += [r.as_json() for r in run_syncs(app)]
                results += resume_runs(app, runner_factory)
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
                claimed, since = claim_run(app, campaign, due, origin="due")
                if not claimed:
                    continue  # another invocation got there first
                app.ledger.runs.supersede(campaign.name, due)
                try:
                    result = run_campaign(app, campaign, due, since,
                                          lambda p: runner_factory().send_plan(p.plan_id))
                except WorkspaceBusy as exc:  # a send holds the lock: resumed next time
                    results.append({"campaign": campaign.name, "scheduled_for": due.isoformat(),
                                    "status": "busy",
                                    "message": f"{campaign.name}: {exc.message}; the next "
                                               "`outreach run --due` goes on with it"})
                    continue
                except OutreachError as exc:  # one broken campaign must not stop the others
                    results.append({"campaign": campaign.name, "scheduled_for": due.isoformat(),
                                    "status": "failed", "message": f"{campaign.name}: {exc}"})
                    continue
                _, retry_at = outcome(app, result.summary)
                results.append(_result(campaign.name, due, result.plan.plan_id, result.summary,
                                       retry_at))
    except WorkspaceBusy as exc:
        return [{"campaign": None, "status": "busy", "message": exc.message}]
    return results


# --- what a cron run leaves behind ----------------------------------------------------------

# Result statuses that mean the run did not do all it should.
_FAILED_STATUSES = ("failed", "invalid", "recovered")


def exit_code(results: list[dict]) -> int:
    """``outreach run --due``'s exit code, as documented: 1 when something was refused by
    the policy, failed, has an unknown outcome, waits for the user (a note to send by
    hand) or is left to retry; 0 otherwise (a run another process holds is not a
    failure: it goes on next time). A failed sync alone does not fail the run."""
    from ..errors import EXIT_REFUSED

    for item in results:
        if "sync" in item:  # reported; planning went on with what the ledger has
            continue
        if item.get("status") in _FAILED_STATUSES:
            return EXIT_REFUSED
        summary = item.get("summary") or {}
        if any(summary.get(key) for key in ("refused_by_policy", "failed", "unknown",
                                            "waiting", "retry_later")):
            return EXIT_REFUSED
    return 0


def append_run_log(app: "App", results: list[dict], code: int, waiting: int) -> None:
    """One line per ``run --due`` that did something, appended to ``runs.log`` (0600) in
    the workspace: when, the exit code, what each campaign run (and sync) did, and how
    many people wait for an answer - a cron run leaves a trace even when its mail goes
    nowhere."""
    import os

    from ..output import terminal_safe

    if not results:
        return
    parts = [terminal_safe(item["message"], multiline=False) for item in results]
    parts.append(f"{waiting} waiting for your answer")
    line = f"{app.now():%Y-%m-%d %H:%M:%S} UTC  exit {code}  " + " | ".join(parts)
    path = app.workspace.home / "runs.log"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
