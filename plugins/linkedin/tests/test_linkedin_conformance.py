"""The LinkedIn channel passes the conformance suite every channel must pass."""

from __future__ import annotations

from orchestrator.testing import ChannelConformance
from orchestrator_linkedin.channel import LinkedInChannel


class TestLinkedInConformance(ChannelConformance):
    channel = LinkedInChannel()
    settings = {"account": "premium", "weekly_invitations": 100}


class TestLinkedInFreeAccountConformance(ChannelConformance):
    """A free account declares one more quota (personalized notes per 30 days)."""

    channel = LinkedInChannel()
    settings = {"account": "free", "weekly_invitations": 80, "monthly_notes": 5}
