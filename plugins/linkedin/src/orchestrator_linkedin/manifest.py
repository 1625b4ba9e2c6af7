"""The LinkedIn channel's rules, declared as data for the core to enforce.

LinkedIn has no member API for invitations or messages and its User Agreement (section 8.2)
forbids bots that add contacts or send messages, so no kind here allows ``api`` delivery:
the human sends every note (``assisted``) or takes a file of them (``export``).
Sources for the numbers: docs/platform-rules.md section 1.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Mapping

from orchestrator.api import ChannelManifest, KindSpec, Quota, Setting

NOTE_LIMIT = {"premium": 300, "free": 200}  # characters of an invitation note
MESSAGE_LIMIT = 8000  # LinkedIn's message box
WEEKLY_INVITATIONS = 100  # not published by LinkedIn; the widely cited weekly cap
MONTHLY_NOTES_FREE = 5  # LinkedIn Help a550555: 5 personalized invitations per month (free)
REINVITE_DAYS = 21  # LinkedIn Help a551012: no re-invitation for up to 3 weeks
DEFAULT_ACCOUNT = "free"  # the safe default: the shorter note and the monthly note quota

SETTINGS = (
    Setting("account", '"free" or "premium": sets the note limit (200 or 300 characters) '
            "and the monthly note quota of a free account (5 per 30 days)",
            default=DEFAULT_ACCOUNT, choices=("free", "premium"), announce_default=True),
    Setting("weekly_invitations", "Most invitations per rolling 7 days",
            default=WEEKLY_INVITATIONS),
    Setting("monthly_notes", "Free accounts: most personalized notes per rolling 30 days",
            default=MONTHLY_NOTES_FREE),
)

# LinkedIn's own default note and the generic notes people paste instead of writing one.
DEFAULT_PHRASES = (
    "I'd like to add you to my professional network on LinkedIn",
    "I'd like to add you to my professional network",
    "I'd like to join your LinkedIn network",
    "I'd like to invite you to join my network",
    "Please accept my invitation to connect",
    "I'd like to connect with you on LinkedIn",
    "Let's connect",
    "I'd like to connect",
    "Looking forward to connecting with you",
    "I came across your profile and would like to connect",
    "Your profile popped up in my feed and I thought we should connect",
    "Thanks for connecting",
    "Adding you to my network",
    "Happy to connect",
)


def account_type(settings: Mapping[str, Any]) -> str:
    """``"free"`` or ``"premium"``; any other value counts as the default, ``"free"``
    (the core reports it as a setting to fix). Never raises."""
    value = settings.get("account")
    value = value.strip().lower() if isinstance(value, str) else ""
    return value if value in NOTE_LIMIT else DEFAULT_ACCOUNT


def manifest(settings: Mapping[str, Any]) -> ChannelManifest:
    """The rules for the account type; the core applies the quota overrides
    (``weekly_invitations``, ``monthly_notes``)."""
    account = account_type(settings)
    quotas = [
        Quota(limit=WEEKLY_INVITATIONS, window=timedelta(days=7), name="invitations per 7 days",
              kinds=("invitation",), setting="weekly_invitations"),
        Quota(limit=1, window=timedelta(days=REINVITE_DAYS), scope="recipient",
              name="invitations to one person per 3 weeks", kinds=("invitation",)),
    ]
    if account == "free":
        quotas.append(Quota(limit=MONTHLY_NOTES_FREE, window=timedelta(days=30),
                            name="personalized notes per 30 days (free account)",
                            kinds=("invitation",), setting="monthly_notes"))
    return ChannelManifest(
        name="linkedin",
        platform="linkedin",
        title="LinkedIn (hand-sent)",
        description="Imports your LinkedIn data export; you send each note yourself from a "
        "queue with profile links (LinkedIn forbids automation).",
        kinds=(
            KindSpec("invitation", modes=("assisted", "export"),
                     max_length=NOTE_LIMIT[account], max_length_any=max(NOTE_LIMIT.values()),
                     description="a connection request with a personal note"),
            KindSpec("message", modes=("assisted", "export"), max_length=MESSAGE_LIMIT,
                     description="a message to a 1st-degree connection"),
            KindSpec("follow-up", modes=("assisted", "export"), max_length=MESSAGE_LIMIT,
                     first_contact=False, description="a message after an accepted invitation"),
        ),
        quotas=tuple(quotas),
        settings=SETTINGS,
        default_phrases=DEFAULT_PHRASES,
    )
