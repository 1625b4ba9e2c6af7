"""``outreach init``."""

from __future__ import annotations

import click

from .context import pass_app


@click.command()
@click.option("--name", default="", help="Your name, as signed in messages.")
@click.option("--headline", default="", help="One line about you (used in introductions).")
@pass_app(create=True)
def init(app, name: str, headline: str) -> None:
    """Create a workspace: config.toml, campaigns/ (with a starter campaign) and the ledger.

    config.toml gets a commented-out table for each installed channel, generated from what
    the channel declares; `--home DIR` works here as before the command.
    """
    from ..campaigns.starter import write_starter

    channels = sorted(app.plugins.channels, key=lambda entry: entry.name)
    manifests = [entry.value.manifest({}) for entry in channels]
    created = app.workspace.init(name, headline, manifests)
    starter = write_starter(app.workspace.campaigns_dir, [m.name for m in manifests]) \
        if created else []
    app.ledger  # creates the ledger with its schema
    verb = "Created" if created else "Workspace already exists at"
    click.echo(f"{verb} {app.workspace.home}")
    click.echo(f"Edit {app.workspace.config_path}, add campaigns to {app.workspace.campaigns_dir}.")
    if starter:
        campaign = starter[0].stem
        click.echo(f"Starter campaign: {starter[0]} (check it with "
                   f"`outreach campaigns check {campaign}`, then `outreach plan {campaign}`).")
