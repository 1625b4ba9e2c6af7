"""``outreach queue`` and each channel's ``queue`` subcommand: what waits for you to send."""

from __future__ import annotations

from pathlib import Path

import click

from ..workspace import write_private
from .context import console, pass_app, print_json


def queue_rows(app, channel: str | None = None) -> list[dict]:
    """The hand-send queue as JSON-ready rows (the ``--json`` and CSV/HTML contract)."""
    from ..delivery.outbox import queue

    return [item.as_json() for item in queue(app, channel)]


QUEUE_CSV_FIELDS = ("draft_id", "name", "channel", "kind", "recipient", "link", "subject",
                    "text", "length", "limit", "export_path")


def write_queue_csv(rows: list[dict], path: Path) -> None:
    """The queue as CSV (0600): cells a spreadsheet would run as a formula start with '."""
    from ..output import write_csv

    write_csv(path, QUEUE_CSV_FIELDS, rows)


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

    from ..output import terminal_safe

    def line(value) -> str:
        return terminal_safe(value, multiline=False)

    out = console()
    if not rows:
        out.print("Nothing waits for you.")
    for r in rows:
        limit = f"/{r['limit']}" if r["limit"] else ""
        out.print(Text.assemble((line(r["draft_id"]), "bold"),
                                f" · {line(r['name'])} · {line(r['channel'])} "
                                f"{line(r['kind'])} · {r['length']}{limit} characters"))
        if r["link"]:
            out.print(Text(f"  {line(r['link'])}", style="underline blue"))
        if r["export_path"]:
            out.print(Text(f"  file: {line(r['export_path'])}"))
        out.print(Text("  " + terminal_safe(r["text"]).replace("\n", "\n  ")))
    if rows:
        ids = " ".join(line(r["draft_id"]) for r in rows[:3])
        out.print(Text(f"After sending, record it: outreach confirm {ids}"
                       + (" ..." if len(rows) > 3 else "")))
    for label, p in (("HTML", html_path), ("CSV", csv_path)):
        if p:
            click.echo(f"{label} queue: {line(p)}")


def _queue_options(command):
    """The output options every queue command shares."""
    for option in reversed((
        click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write an HTML page with links and copy buttons."),
        click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write the queue as CSV."),
        click.option("--json", "as_json", is_flag=True),
    )):
        command = option(command)
    return command


def queue_command(channel: str, title: str, help: str) -> click.Command:
    """A channel's own ``queue`` subcommand (``outreach linkedin queue``) for its plugin."""

    @click.command("queue", help=help)
    @_queue_options
    @pass_app
    def channel_queue(app, html_path, csv_path, as_json) -> None:
        show_queue(app, channel, html_path, csv_path, as_json, title=title)

    return channel_queue


@click.command()
@click.option("--channel", help="Only this channel (linkedin, twitter, email).")
@_queue_options
@pass_app
def queue(app, channel, html_path, csv_path, as_json) -> None:
    """Messages waiting for you to send by hand, with links and text to copy."""
    show_queue(app, channel, html_path, csv_path, as_json)
