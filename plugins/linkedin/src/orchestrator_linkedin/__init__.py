"""The LinkedIn channel plugin: your network in from LinkedIn's data export, notes out by hand.

Registered through the entry point ``linkedin`` in group ``orchestrator``, exactly like a
third-party plugin. Hook implementations import their modules lazily: this file runs on
every ``outreach`` start-up.
"""

from orchestrator import hookimpl

HELP = "LinkedIn: import your data export, send notes by hand from a queue."  # the `linkedin` group's, shown by `outreach --help`


@hookimpl
def outreach_register_channels(registry):
    from .channel import LinkedInChannel

    registry.add(LinkedInChannel())


@hookimpl
def outreach_register_importers(registry):
    registry.add("linkedin", import_linkedin,
                 help="LinkedIn data export (zip or folder): connections, invitations, messages")


@hookimpl
def outreach_register_audience_sources(registry):
    from .audience import accepted_invitations, new_connections

    registry.add("linkedin:accepted-invitations", accepted_invitations,
                 help="people who accepted an invitation you sent")
    registry.add("linkedin:new-connections", new_connections,
                 help="people who became connections since the campaign's last run")


@hookimpl
def outreach_register_commands(cli):
    import click

    class LinkedInCommands(click.Group):
        """`outreach linkedin ...`: commands.py loads when they run, not for `outreach --help`."""

        def list_commands(self, ctx):
            from .commands import linkedin

            return linkedin.list_commands(ctx)

        def get_command(self, ctx, cmd_name):
            from .commands import linkedin

            return linkedin.get_command(ctx, cmd_name)

    cli.add_command(LinkedInCommands("linkedin", help=HELP))


@hookimpl
def outreach_normalize_identity(platform, value):
    """LinkedIn profile URLs (any spelling) -> ``in/<slug>``; also claims such ``url`` values."""
    if platform not in ("linkedin", "url"):
        return None
    from orchestrator.api import InputError

    from .urls import normalize_profile_url

    try:
        return normalize_profile_url(value)
    except InputError:
        if platform == "url":
            return None  # not a LinkedIn profile: another plugin or the core may know it
        raise


outreach_normalize_identity.platforms = ("linkedin", "url")  # asked about these only


def import_linkedin(path, context):
    """The importer, loaded when an import runs (registering it must not load the parser:
    `outreach plugins` and every other command register importers)."""
    from .importer import import_linkedin as _import

    return _import(path, context)
