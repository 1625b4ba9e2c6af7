"""The email channel plugin: SMTP delivery with unsubscribe and postal address, .eml export,
and replies in over IMAP (read-only).

Registered through the entry point ``email`` in group ``orchestrator``, exactly like a
third-party plugin. Hook implementations import their modules lazily: this file runs on
every ``outreach`` start-up.
"""

from orchestrator import hookimpl

HELP = "Email: SMTP credentials, replies over IMAP and unsubscribes."  # the `email` group's, shown by `outreach --help`


@hookimpl
def outreach_register_channels(registry):
    from .channel import EmailChannel

    registry.add(EmailChannel())


@hookimpl
def outreach_register_importers(registry):
    from .suppression import read_suppression_list

    registry.add("email-suppression", read_suppression_list,
                 help="addresses that unsubscribed (a list or a CSV with an email column)")


@hookimpl
def outreach_register_syncs(registry):
    from .sync import sync_for_run

    registry.add("email", sync_for_run,
                 help="replies, auto-replies and bounces over IMAP, when imap_host is set")


@hookimpl
def outreach_register_commands(cli):
    import click

    class EmailCommands(click.Group):
        """`outreach email ...`: commands.py loads when they run, not for `outreach --help`."""

        def list_commands(self, ctx):
            from .commands import email

            return email.list_commands(ctx)

        def get_command(self, ctx, cmd_name):
            from .commands import email

            return email.get_command(ctx, cmd_name)

    cli.add_command(EmailCommands("email", help=HELP))


@hookimpl
def outreach_normalize_identity(platform, value):
    if platform != "email":
        return None
    from .addresses import normalize_identity

    return normalize_identity(platform, value)


outreach_normalize_identity.platforms = ("email",)  # asked about email addresses only
