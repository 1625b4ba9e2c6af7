"""One run of a campaign: record it, plan it, send the plan, close the record.

Shared by ``outreach run NAME`` (a run by hand, at "now") and ``outreach run --due`` (the
latest scheduled time). The previous run's start - the ``since`` of audience sources like
"new followers since the last run" - is read *before* this run is recorded.

The run's plan is recorded as soon as it exists, so a run whose process dies mid-send can
be taken up again (``run --due`` resumes its plan, see :mod:`.due`). A run that finishes
but leaves messages to retry (a channel stopped by the circuit breaker, a message still
greylisted) is ``partial``, with the time after which a scheduled run may go on.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Callable

from attrs import define

from ..errors import WorkspaceBusy
from ..model import Campaign
from .planner import PlanResult, plan_campaign

if TYPE_CHECKING:
    from ..app import App
    from ..delivery.runner import SendSummary

# A partial run is retried after this, doubling with each resumption, up to RETRY_MAX.
RETRY_DELAY = timedelta(minutes=15)
RETRY_MAX = timedelta(hours=6)


@define
class RunResult:
    plan: PlanResult
    summary: "SendSummary"


def claim_run(app: "App", campaign: Campaign, at: datetime,
              origin: str = "manual") -> tuple[bool, datetime | None]:
    """Record a run at ``at``; returns (claimed, previous run's start)."""
    since = app.ledger.runs.last_started(campaign.name)
    return app.ledger.runs.claim(campaign.name, at, origin), since


def outcome(app: "App", summary: "SendSummary | None",
            resumes: int = 0) -> tuple[str, datetime | None]:
    """The run's status after a send, and when a partial one may be retried."""
    if summary is None or not summary.retry_later:
        return "done", None
    backoff = min(RETRY_MAX, RETRY_DELAY * (2 ** min(resumes, 10)))
    now = app.now().replace(microsecond=0)
    return "partial", max(summary.retry_at or now, now + backoff)


def run_campaign(app: "App", campaign: Campaign, at: datetime, since: datetime | None,
                 send: Callable[[PlanResult], "SendSummary"]) -> RunResult:
    """Plan and send a claimed run, and close its record.

    A run that fails is closed ``failed``. One that was stopped - interrupted, or kept
    from sending by another process holding the send lock - stays ``running``: a
    scheduled one is resumed by the next ``run --due``.
    """
    plan_id = None
    try:
        plan = plan_campaign(app, campaign, since=since)
        plan_id = plan.plan_id
        if plan_id is not None:
            app.ledger.runs.attach_plan(campaign.name, at, plan_id)
        summary = send(plan)
    except WorkspaceBusy:
        raise
    except Exception:
        app.ledger.runs.finish(campaign.name, at, plan_id, "failed")
        raise
    status, retry_at = outcome(app, summary)
    app.ledger.runs.finish(campaign.name, at, plan_id, status, retry_at)
    return RunResult(plan, summary)
