"""``outreach init``."""

from __future__ import annotations

import click

from .context import CliState


@click.command()
@click.option("--name", default="", help="Your name, as signed in messages.")
@click.option("--headline", default="", help="One line about you (used in introductions).")
@click.pass_context
def init(ctx: click.Context, name: str, headline: str) -> None:
    """Create a workspace: config.toml, campaigns/ and the ledger."""
    app = (ctx.find_object(CliState) or CliState()).app()
    created = app.workspace.init(name, headline)
    app.ledger  # creates the ledger with its schema
    verb = "Created" if created else "Workspace already exists at"
    click.echo(f"{verb} {app.workspace.home}")
    click.echo(f"Edit {app.workspace.config_path}, add campaigns to {app.workspace.campaigns_dir}.")
