"""``outreach linkedin queue``: the notes waiting for you to send on LinkedIn, by hand."""

from __future__ import annotations

from pathlib import Path

import click

from orchestrator.cli.context import pass_app


@click.group()
def linkedin() -> None:
    """LinkedIn: import your data export, send notes by hand from a queue."""


@linkedin.command()
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write an HTML page with profile links and copy buttons.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the queue as CSV.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def queue(app, html_path, csv_path, as_json) -> None:
    """Each pending note: profile link, text to copy, its length against the limit."""
    from orchestrator.cli.deliveries import show_queue

    show_queue(app, "linkedin", html_path, csv_path, as_json, title="LinkedIn: send by hand")
