"""``outreach queue``, ``confirm`` and ``deliveries``: what waits for you, and the outbox."""

from __future__ import annotations

import csv
from pathlib import Path

import click

from ..errors import InputError
from ..workspace import write_private
from .context import console, pass_app, print_json


def queue_rows(app, channel: str | None = None) -> list[dict]:
    """Deliveries waiting for the human, with everything needed to send them by hand."""
    ledger = app.ledger
    rows = []
    for row in ledger.deliveries.list(states=["waiting"]):
        if channel and row["channel"] != channel:
            continue
        draft = ledger.plans.draft(row["draft_id"])
        contact = ledger.contacts.get(row["contact_id"])
        spec = app.manifest(draft.channel).kind(draft.kind)
        text = draft.rendered.get("text") or draft.text
        rows.append({
            "delivery_id": row["id"], "draft_id": draft.id, "contact_id": contact.id,
            "name": contact.name, "channel": draft.channel, "kind": draft.kind,
            "mode": draft.mode, "recipient": draft.recipient.display or draft.recipient.key,
            "link": draft.rendered.get("link") or "", "subject": draft.subject or "",
            "text": text, "length": len(draft.text),
            "limit": spec.max_length if spec else None,
            "export_path": row["export_path"], "queued_at": row["updated_at"],
        })
    return rows


def write_queue_csv(rows: list[dict], path: Path) -> None:
    import io

    fields = ["draft_id", "name", "channel", "kind", "recipient", "link", "subject", "text",
              "length", "limit", "export_path"]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    write_private(path, buffer.getvalue())


def write_queue_html(rows: list[dict], path: Path, title: str = "Send by hand") -> None:
    from ..preview.queue_html import render_queue_html

    write_private(path, render_queue_html(rows, title))


def show_queue(app, channel: str | None, html_path: Path | None, csv_path: Path | None,
               as_json: bool, title: str = "Send by hand") -> None:
    rows = queue_rows(app, channel)
    if html_path:
        write_queue_html(rows, html_path, title)
    if csv_path:
        write_queue_csv(rows, csv_path)
    if as_json:
        print_json(rows)
        return
    from rich.text import Text

    out = console()
    if not rows:
        out.print("Nothing waits for you.")
    for r in rows:
        limit = f"/{r['limit']}" if r["limit"] else ""
        out.print(Text.assemble((r["draft_id"], "bold"), f" · {r['name']} · {r['channel']} "
                                f"{r['kind']} · {r['length']}{limit} characters"))
        if r["link"]:
            out.print(Text(f"  {r['link']}", style="underline blue"))
        if r["export_path"]:
            out.print(Text(f"  file: {r['export_path']}"))
        out.print(Text("  " + r["text"].replace("\n", "\n  ")))
    if rows:
        out.print(f"After sending, record it: outreach confirm {' '.join(r['draft_id'] for r in rows[:3])}"
                  + (" ..." if len(rows) > 3 else ""))
    for label, p in (("HTML", html_path), ("CSV", csv_path)):
        if p:
            click.echo(f"{label} queue: {p}")


def queue_command(channel: str, title: str, help: str) -> click.Command:
    """A channel's own ``queue`` subcommand (``outreach linkedin queue``) for its plugin."""

    @click.command("queue", help=help)
    @click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write an HTML page with links and copy buttons.")
    @click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write the queue as CSV.")
    @click.option("--json", "as_json", is_flag=True)
    @pass_app
    def channel_queue(app, html_path, csv_path, as_json) -> None:
        show_queue(app, channel, html_path, csv_path, as_json, title=title)

    return channel_queue


@click.command()
@click.option("--channel", help="Only this channel (linkedin, twitter, email).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write an HTML page with links and copy buttons.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the queue as CSV.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def queue(app, channel, html_path, csv_path, as_json) -> None:
    """Messages waiting for you to send by hand, with links and text to copy."""
    show_queue(app, channel, html_path, csv_path, as_json)


@click.command()
@click.argument("draft_ids", nargs=-1, required=True)
@click.option("--text", default=None, help="What you really sent, if you edited it (one draft).")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def confirm(app, draft_ids, text: str | None, as_json: bool) -> None:
    """Record that you sent these drafts by hand (assisted or exported)."""
    from ..delivery.runner import confirm as confirm_draft

    if text is not None and len(draft_ids) != 1:
        raise InputError("--text applies to one draft at a time")
    done = [confirm_draft(app, draft_id, text=text) for draft_id in draft_ids]
    if as_json:
        print_json(done)
        return
    click.echo(f"Recorded {len(done)} sent message(s): {', '.join(draft_ids)}.")


@click.group()
def deliveries() -> None:
    """The outbox: every delivery and its state."""


@deliveries.command("list")
@click.option("--state", "states", multiple=True,
              type=click.Choice(["planned", "sending", "sent", "failed", "unknown", "waiting",
                                 "skipped"]))
@click.option("--plan", "plan_id", default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_app
def list_deliveries(app, states, plan_id, as_json) -> None:
    """List deliveries (default: all)."""
    rows = app.ledger.deliveries.list(states or None, plan_id)
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("No deliveries.")
    for r in rows:
        error = f"  {r['error']}" if r["error"] and r["state"] in ("failed", "unknown", "planned") else ""
        click.echo(f"{r['id']:>5}  {r['state']:<8} {r['draft_id']:<12} {r['channel']} {r['kind']} "
                   f"contact {r['contact_id']}{error}")


@deliveries.command("cancel")
@click.argument("delivery_ids", type=int, nargs=-1, required=True)
@pass_app
def cancel(app, delivery_ids) -> None:
    """Drop messages waiting for you (or planned): they will never be sent by this step."""
    with app.lock("send", wait=60):
        for delivery_id in delivery_ids:
            app.ledger.deliveries.skipped(delivery_id, "cancelled by hand")
    click.echo(f"Cancelled {len(delivery_ids)} deliver{'y' if len(delivery_ids) == 1 else 'ies'}.")


@deliveries.command("resolve")
@click.argument("delivery_id", type=int)
@click.argument("outcome", type=click.Choice(["sent", "failed"]))
@pass_app
def resolve(app, delivery_id: int, outcome: str) -> None:
    """Settle an unknown delivery after checking whether it arrived."""
    ledger = app.ledger
    row = ledger.deliveries.get(delivery_id)
    if row["state"] != "unknown":
        raise InputError(f"delivery {delivery_id} is {row['state']}, not unknown")
    with app.lock("send", wait=60):
        if outcome == "sent":
            draft = ledger.plans.draft(row["draft_id"])
            ledger.deliveries.sent(delivery_id, draft, expect=("unknown",), status="sent")
        else:
            ledger.deliveries.failed(delivery_id, f"{row['error']} (resolved by hand: failed)")
    click.echo(f"Delivery {delivery_id} marked {outcome}.")
