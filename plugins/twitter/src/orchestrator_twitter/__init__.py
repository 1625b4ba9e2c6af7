"""The X (Twitter) channel plugin: followers in, personal DMs out, within X's rules.

Registered through the entry point ``twitter`` in group ``orchestrator``, exactly like a
third-party plugin. Hook implementations import their modules lazily: this file runs on
every ``outreach`` start-up, ``--help`` included.

What each hook provides (the modules say how and why):

* channel ``twitter`` (channel.py, manifest.py, delivery.py): assisted first DMs through a
  compose link, API replies where the person wrote first;
* importer ``twitter-archive`` (importer.py, archive.py);
* audience source ``twitter:new-followers`` (audience.py);
* commands ``outreach twitter login|logout|status|sync`` (commands.py, sync.py);
* a sync before every run (``outreach_register_syncs``) and before planning a campaign
  that reads an X source, unless one just ran (planning.py);
* identity normalization (identity.py) and identity links from X bios (links_hook.py).
"""

from orchestrator import hookimpl

HELP = "X (Twitter): log in, sync followers and DMs into your contacts."  # the `twitter` group's, shown by `outreach --help`


@hookimpl
def outreach_register_channels(registry):
    from .channel import TwitterChannel

    registry.add(TwitterChannel())


@hookimpl
def outreach_register_importers(registry):
    registry.add("twitter-archive", import_archive,
                 help="X data archive (zip or folder): followers and followings; ids are "
                      "resolved to handles when you are logged in")


@hookimpl
def outreach_register_audience_sources(registry):
    from .audience import new_followers

    registry.add("twitter:new-followers", new_followers,
                 help="people whose follow a sync first saw since the campaign's last run "
                      "(never the first sync's baseline)")


@hookimpl
def outreach_register_commands(cli):
    import click

    class TwitterCommands(click.Group):
        """`outreach twitter ...`: commands.py loads when they run, not for `outreach --help`."""

        def list_commands(self, ctx):
            from .commands import twitter

            return twitter.list_commands(ctx)

        def get_command(self, ctx, cmd_name):
            from .commands import twitter

            return twitter.get_command(ctx, cmd_name)

    cli.add_command(TwitterCommands("twitter", help=HELP))


@hookimpl
def outreach_register_syncs(registry):
    from .planning import sync_for_run

    registry.add("twitter", sync_for_run,
                 help="followers and direct messages from X, when you are logged in")


@hookimpl
def outreach_before_plan(context, campaign, dry_run):
    from .planning import before_plan

    before_plan(context, campaign, dry_run)


@hookimpl
def outreach_propose_links(contact):
    from .links_hook import propose_links

    return propose_links(contact)


# Only people with an X account have a bio or website to read (see links_hook._who).
outreach_propose_links.platforms = ("twitter",)


@hookimpl
def outreach_normalize_identity(platform, value):
    """X accounts: numeric id as the key, else ``@handle``; also claims x.com/twitter.com URLs."""
    if platform not in ("twitter", "x", "url"):
        return None
    from orchestrator.api import InputError

    from .identity import identity_from_text

    if platform == "url" and not _is_x_url(value):
        return None
    try:
        return identity_from_text(value)
    except InputError:
        if platform == "url":
            return None
        raise


outreach_normalize_identity.platforms = ("twitter", "x", "url")  # asked about these only


def _is_x_url(value: str) -> bool:
    from urllib.parse import urlsplit

    host = urlsplit(value if "://" in value else "https://" + value).hostname or ""
    return host.removeprefix("www.") in {"x.com", "twitter.com", "mobile.twitter.com",
                                         "mobile.x.com"}


def import_archive(path, context):
    """The importer, loaded when an import runs (registering it must not load the parser:
    `outreach plugins` and every other command register importers)."""
    from .importer import import_archive as _import

    return _import(path, context)
