"""``outreach confirm`` and ``deliveries``: the outbox, and what you settle by hand.

The transitions themselves live in :mod:`orchestrator.delivery.outbox`.
"""

from __future__ import annotations

import click

from ..errors import InputError
from .context import pass_app, print_json


@click.command()
@click.argument("draft_ids", nargs=-1, required=True)
@click.option("--text", default=None, help="What you really sent, if you edited it (one draft).")
@click.option("--force", "force", default=None, metavar="REASON",
              help="Record a draft the quota held back anyway; REASON is recorded with it.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def confirm(app, draft_ids, text: str | None, force: str | None, as_json: bool) -> None:
    """Record that you sent these drafts by hand (assisted or exported).

    A draft the quota held back is refused: confirming it would record more than the
    platform allows. If you did send it, `--force REASON` records it with the reason.
    """
    from ..delivery.outbox import confirm as confirm_draft

    if text is not None and len(draft_ids) != 1:
        raise InputError("--text applies to one draft at a time")
    done = [confirm_draft(app, draft_id, text=text, force=force) for draft_id in draft_ids]
    if as_json:
        print_json([d.as_json() for d in done])
        return
    click.echo(f"Recorded {len(done)} sent message(s): {', '.join(draft_ids)}.")


@click.group()
def deliveries() -> None:
    """The outbox: every delivery and its state."""


@deliveries.command("list")
@click.option("--state", "states", multiple=True,
              type=click.Choice(["planned", "sending", "sent", "failed", "unknown", "waiting",
                                 "skipped", "bounced", "cancelled"]))
@click.option("--plan", "plan_id", default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_app
def list_deliveries(app, states, plan_id, as_json) -> None:
    """List deliveries (default: all)."""
    rows = app.ledger.deliveries.list(states or None, plan_id)
    if as_json:
        print_json([r.as_json() for r in rows])
        return
    if not rows:
        click.echo("No deliveries.")
    from ..output import terminal_safe

    for r in rows:
        error = (f"  {terminal_safe(r.error, multiline=False)}"
                 if r.error and r.state in ("failed", "unknown", "planned", "bounced",
                                            "cancelled") else "")
        click.echo(f"{r.id:>5}  {r.state:<8} {r.draft_id:<12} {r.channel} {r.kind} "
                   f"contact {r.contact_id}{error}")


@deliveries.command("cancel")
@click.argument("delivery_ids", type=int, nargs=-1, required=True)
@pass_app
def cancel(app, delivery_ids) -> None:
    """Drop messages waiting for you (or planned): they will never be sent by this step."""
    from ..delivery.outbox import cancel as cancel_deliveries

    cancel_deliveries(app, list(delivery_ids))
    click.echo(f"Cancelled {len(delivery_ids)} deliver{'y' if len(delivery_ids) == 1 else 'ies'}.")


@deliveries.command("resolve")
@click.argument("delivery_id", type=int)
@click.argument("outcome", type=click.Choice(["sent", "failed", "retry"]))
@pass_app
def resolve(app, delivery_id: int, outcome: str) -> None:
    """Settle an unknown delivery after checking whether it arrived.

    sent: it arrived. failed: it did not, and should not go again. retry: it did not
    arrive; the next `outreach send` of its plan delivers it once (same idempotency key).
    """
    from ..delivery.outbox import resolve as resolve_delivery

    row = resolve_delivery(app, delivery_id, outcome)
    if outcome == "retry":
        click.echo(f"Delivery {delivery_id} will be sent again, once, by the next "
                   f"`outreach send {row.plan_id}`.")
    else:
        click.echo(f"Delivery {delivery_id} marked {outcome}.")


@deliveries.command("retry")
@click.argument("delivery_id", type=int)
@pass_app
def retry(app, delivery_id: int) -> None:
    """Send a failed delivery once more (after fixing the cause: an address, a full mailbox).

    It goes back to planned; the next `outreach send` of its plan delivers it once.
    """
    from ..delivery.outbox import retry as retry_delivery

    row = retry_delivery(app, delivery_id)
    click.echo(f"Delivery {delivery_id} will be sent again, once, by the next "
               f"`outreach send {row.plan_id}`.")
