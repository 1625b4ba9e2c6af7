"""The X channel passes the conformance suite every channel must pass."""

from __future__ import annotations

from orchestrator.model import Identity
from orchestrator.testing import ChannelConformance
from orchestrator_twitter.channel import TwitterChannel


class TestTwitterConformance(ChannelConformance):
    channel = TwitterChannel()
    settings = {"client_id": "conformance-client", "api_base": "https://api.x.com"}


class TestTwitterHandleOnlyConformance(ChannelConformance):
    """A person known only by handle (no user id yet) gets their profile link."""

    channel = TwitterChannel()
    settings = {"client_id": "conformance-client", "api_base": "https://api.x.com"}

    def sample_recipient(self) -> Identity:
        return Identity("twitter", "@janedoe", "@JaneDoe")
