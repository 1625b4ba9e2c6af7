"""Audience source ``twitter:new-followers``: people who started following you on X.

A follower is *new* when a sync saw their follow after the account's first complete sync
(status ``new``; sync.py explains the baseline). The source offers those whose follow was
first seen at or after ``since`` - the campaign's previous run - and every new follower on a
campaign's first run. Baseline follows (the followers you had when you started) and
follows from an archive import are never offered. The campaign's ``[audience] keywords``
are matched by the core against the bio (``headline``) and notes.

X forbids automated welcome DMs to new followers (Developer Guidelines, docs/platform-rules.md 2d):
a campaign on this source gets ``assisted`` drafts (compose link, sent by you) unless the
person has written to you first.
"""

from __future__ import annotations

from .identity import PLATFORM

NEW = "new"


def new_followers(context, campaign, since) -> list[int]:
    """``context`` is the plugin's ``orchestrator.api.PluginContext``."""
    rows = context.touchpoints(platform=PLATFORM, kinds=("follow",), direction="in",
                               since=since)
    return sorted({tp.contact_id for tp in rows if tp.status == NEW})
