"""One run of a campaign: record it, plan it, send the plan, close the record.

Shared by ``outreach run NAME`` (a run by hand, at "now") and ``outreach run --due`` (the
latest scheduled time). The previous run's start - the ``since`` of audience sources like
"new followers since the last run" - is read *before* this run is recorded.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Callable

from attrs import define

from ..model import Campaign
from .planner import PlanResult, plan_campaign

if TYPE_CHECKING:
    from ..app import App
    from ..delivery.runner import SendSummary


@define
class RunResult:
    plan: PlanResult
    summary: "SendSummary"


def claim_run(app: "App", campaign: Campaign, at: datetime) -> tuple[bool, datetime | None]:
    """Record a run at ``at``; returns (claimed, previous run's start)."""
    since = app.ledger.runs.last_started(campaign.name)
    return app.ledger.runs.claim(campaign.name, at), since


def run_campaign(app: "App", campaign: Campaign, at: datetime, since: datetime | None,
                 send: Callable[[PlanResult], "SendSummary"]) -> RunResult:
    """Plan and send a claimed run; the run record is closed whatever happens."""
    plan_id, status = None, "failed"
    try:
        plan = plan_campaign(app, campaign, since=since)
        plan_id = plan.plan_id
        summary = send(plan)
        status = "done"
        return RunResult(plan, summary)
    finally:
        app.ledger.runs.finish(campaign.name, at, plan_id, status)
