"""``outreach linkedin queue``: the notes waiting for you to send on LinkedIn, by hand."""

from __future__ import annotations

import click

from orchestrator.api import queue_command


@click.group()
def linkedin() -> None:
    """LinkedIn: import your data export, send notes by hand from a queue."""


linkedin.add_command(queue_command(
    "linkedin", "LinkedIn: send by hand",
    "Each pending note: profile link, text to copy, its length against the limit."))
