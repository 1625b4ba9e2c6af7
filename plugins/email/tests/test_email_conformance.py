"""The email channel passes the conformance suite every channel must pass."""

from __future__ import annotations

from orchestrator.model import Identity
from orchestrator.testing import ChannelConformance
from orchestrator_email.channel import EmailChannel


class TestEmailConformance(ChannelConformance):
    """Rendering signs the https unsubscribe {token} with the secret this folder's conftest
    puts in $OUTREACH_EMAIL_UNSUBSCRIBE_SECRET for every test."""

    channel = EmailChannel()
    # Complete settings: the sender (render, export) and an SMTP server (api).
    settings = {
        "host": "smtp.example.com",
        "port": 587,
        "security": "starttls",
        "from": "Ada Lovelace <ada@example.com>",
        "reply_to": "replies@example.com",
        "postal_address": "Ada Lovelace Ltd\n12 Example Street\nLondon W1 1AA",
        "unsubscribe": "mailto:unsubscribe@example.com, https://example.com/unsubscribe/{token}",
        "daily_cap": 200,
    }

    def sample_recipient(self) -> Identity:
        return Identity("email", "jane@shops.example", "Jane Doe <jane@shops.example>")
