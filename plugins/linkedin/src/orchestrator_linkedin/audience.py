"""Audience sources from LinkedIn history: accepted invitations and new connections.

An invitation you sent whose invitee is now a connection is an *accepted invitation* -
the audience for a follow-up step. Connection dates in the export are days, invitation
times are minutes, so "accepted" compares days.
"""

from __future__ import annotations

PLATFORM = "linkedin"


def accepted_invitations(context, campaign, since):
    """People who accepted an invitation you sent (each follow-up step reaches them once)."""
    sent = {}
    for tp in context.touchpoints(platform=PLATFORM, kinds=("invitation",), direction="out"):
        sent.setdefault(tp.contact_id, tp.at)
    accepted = set()
    for tp in context.touchpoints(platform=PLATFORM, kinds=("connection",)):
        invited = sent.get(tp.contact_id)
        if invited is not None and tp.at.date() >= invited.date():
            accepted.add(tp.contact_id)
    return sorted(accepted)


def new_connections(context, campaign, since):
    """People who became connections since the campaign's last run (all on the first run)."""
    rows = context.touchpoints(platform=PLATFORM, kinds=("connection",), since=since)
    return sorted({tp.contact_id for tp in rows})


def is_connection(context, contact_id: int) -> bool:
    return context.count_touchpoints(platform=PLATFORM, kinds=("connection",),
                                     contact_ids=[contact_id]) > 0
