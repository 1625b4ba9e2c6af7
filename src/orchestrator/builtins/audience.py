"""Core audience sources, independent of any platform."""

from __future__ import annotations

from .. import hookimpl


def new_contacts(context, campaign, since):
    """People added to the ledger since the campaign last ran (everyone on the first run)."""
    contacts = context.contacts()
    return [c.id for c in contacts if since is None or (c.created_at and c.created_at >= since)]


def wrote_to_you(context, campaign, since):
    """People with an inbound message or reply, on any platform, since the last run."""
    rows = context.touchpoints(direction="in", since=since,
                               kinds=("message", "dm", "email", "reply"))
    return sorted({tp.contact_id for tp in rows})


@hookimpl
def outreach_register_audience_sources(registry):
    registry.add("new-contacts", new_contacts,
                 help="contacts added since the campaign's last run")
    registry.add("wrote-to-you", wrote_to_you,
                 help="contacts who wrote to you since the campaign's last run")
