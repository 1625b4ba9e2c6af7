"""The email channel's rules, declared as data for the core to enforce."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Mapping

from orchestrator.api import ChannelManifest, KindSpec, Quota, Setting

PASSWORD_ENV = "OUTREACH_EMAIL_PASSWORD"
IMAP_PASSWORD_ENV = "OUTREACH_IMAP_PASSWORD"
DEFAULT_DAILY_CAP = 200
# SMTP connections used at once: the next message is claimed and handed over while the
# server answers the previous one. Mail providers allow a few per account (Microsoft 365:
# 3); more than MAX_CONNECTIONS gains nothing on a single mailbox.
DEFAULT_CONNECTIONS = 1
MAX_CONNECTIONS = 8

SETTINGS = (
    Setting("host", "SMTP server host name", required=True, required_for=("api",),
            example="smtp.example.com"),
    Setting("port", "SMTP port (default: 587 for starttls, 465 for tls, 25 for none)",
            example=587),
    Setting("security", '"starttls", "tls", or "none" (loopback only)', default="starttls",
            choices=("starttls", "tls", "none")),
    Setting("username", "SMTP login (empty: no login)", default=""),
    Setting("password", f"SMTP password: ${PASSWORD_ENV}, else keyring (outreach email login)",
            secret=True, env=PASSWORD_ENV),
    Setting("from", "Sender address, e.g. 'Ada Lovelace <ada@example.com>'", required=True,
            required_for=("api", "export"), example="Ada Lovelace <ada@example.com>"),
    Setting("reply_to", "Reply-To address (default: the From address)", default=""),
    Setting("postal_address", "Your postal address, printed in every message (CAN-SPAM)",
            required=True, required_for=("api", "export"),
            example="1 Example Street, Example City"),
    Setting("unsubscribe", "A mailto: and/or https: unsubscribe URL (space separated)",
            required=True, required_for=("api", "export"),
            example="mailto:unsubscribe@example.com?subject=unsubscribe"),
    Setting("daily_cap", "Most messages sent per rolling 24 hours", default=DEFAULT_DAILY_CAP),
    Setting("connections", f"SMTP connections used at once, 1 to {MAX_CONNECTIONS}, each "
            "carrying one message at a time (a process that dies leaves at most this many "
            "deliveries 'unknown')", default=DEFAULT_CONNECTIONS),
    Setting("timeout", "SMTP timeout in seconds", default=30),
    Setting("data_timeout", "Seconds to wait for the server's reply after the message data "
            "(RFC 5321 4.5.3.2.6; a short wait is what makes duplicates; default: 600, or "
            "timeout if longer)", example=600),
    Setting("unsubscribe_secret", "Key for the per-recipient {token} of an https unsubscribe "
            "URL: $OUTREACH_EMAIL_UNSUBSCRIBE_SECRET, else keyring", secret=True,
            env="OUTREACH_EMAIL_UNSUBSCRIBE_SECRET"),
    # Replies in (`outreach email sync`, and before every run): read-only IMAP.
    Setting("imap_host", "IMAP server for replies and bounces (empty: no email sync)",
            example="imap.example.com"),
    Setting("imap_port", "IMAP port", default=993),
    Setting("imap_security", '"tls", "starttls", or "none" (loopback only)', default="tls",
            choices=("tls", "starttls", "none")),
    Setting("imap_username", "IMAP login (default: username)", default=""),
    Setting("imap_folders", "Folders to read replies from", default=["INBOX"]),
    Setting("imap_password", f"IMAP password: ${IMAP_PASSWORD_ENV}, else keyring "
            "(outreach email login --imap), else the SMTP password", secret=True,
            env=IMAP_PASSWORD_ENV),
)

# Openers and bumps that say nothing about the reader; refused when a message is only that.
DEFAULT_PHRASES = (
    "I hope this email finds you well",
    "I hope this message finds you well",
    "Just following up to see if you had a chance to review my previous email",
    "Just checking in",
    "Just bumping this to the top of your inbox",
    "I wanted to reach out and introduce myself",
)


def connections(settings: Mapping[str, Any]) -> int | None:
    """The ``connections`` setting, or None when it is not a whole number in range."""
    value = settings.get("connections", DEFAULT_CONNECTIONS)
    if value is None:
        return DEFAULT_CONNECTIONS
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_CONNECTIONS:
        return None
    return value


def manifest(settings: Mapping[str, Any]) -> ChannelManifest:
    """The rules (the core applies the ``daily_cap`` override); ``sessions`` follows the
    ``connections`` setting (its default while the value is invalid: `problems` says so)."""
    return ChannelManifest(
        name="email",
        platform="email",
        title="Email (SMTP)",
        description="Sends over your SMTP server, with List-Unsubscribe, a visible "
        "unsubscribe line and your postal address; or writes .eml files to send yourself.",
        kinds=(
            KindSpec("email", modes=("api", "export"), has_subject=True, max_subject_length=200,
                     description="a first email"),
            KindSpec("follow-up", modes=("api", "export"), has_subject=True,
                     max_subject_length=200, first_contact=False,
                     description="a later email in the same relationship"),
        ),
        quotas=(
            Quota(limit=DEFAULT_DAILY_CAP, window=timedelta(days=1), name="emails per 24 hours",
                  setting="daily_cap"),
        ),
        sessions=connections(settings) or DEFAULT_CONNECTIONS,
        settings=SETTINGS,
        default_phrases=DEFAULT_PHRASES,
    )
