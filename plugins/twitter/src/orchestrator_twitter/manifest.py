"""The X channel's rules, declared as data for the core to enforce.

X's Developer Guidelines allow automated DMs "only after user DMs you first" and forbid
automated welcome DMs to new followers, so a DM is ``assisted`` (compose link + confirm) and
becomes ``api`` only where the person wrote first. Limits: docs rate-limits.mdx (15 requests
per 15 minutes and 1,440 per 24 hours per user for DM sends), X limits page (500 DMs per day
per account), DM text up to 10,000 characters. See docs/platform-rules.md section 2.
The ``x-rate-limit-*`` response headers are trusted over these constants at run time.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Mapping

from orchestrator.api import ChannelManifest, KindSpec, Quota, Setting

DM_MAX_LENGTH = 10_000
ACCESS_TOKEN_ENV = "OUTREACH_X_ACCESS_TOKEN"
REFRESH_TOKEN_ENV = "OUTREACH_X_REFRESH_TOKEN"
CLIENT_ID_ENV = "OUTREACH_X_CLIENT_ID"
API_BASE_ENV = "OUTREACH_X_API_BASE"
DEFAULT_API_BASE = "https://api.x.com"

SETTINGS = (
    Setting("client_id", f"OAuth 2.0 client id of your X app (or ${CLIENT_ID_ENV})",
            env=CLIENT_ID_ENV, example="your-x-app-client-id"),
    Setting("access_token", f"OAuth 2.0 user token: ${ACCESS_TOKEN_ENV}, else keyring "
            "(outreach twitter login)", secret=True, env=ACCESS_TOKEN_ENV),
    Setting("refresh_token", f"OAuth 2.0 refresh token: ${REFRESH_TOKEN_ENV}, else keyring "
            "(outreach twitter login)", secret=True, env=REFRESH_TOKEN_ENV),
    Setting("api_base", f"API base URL (or ${API_BASE_ENV})", default=DEFAULT_API_BASE,
            env=API_BASE_ENV),
)

DEFAULT_PHRASES = (
    "Thanks for the follow",
    "Thanks for following",
    "Thanks for following me",
    "Thank you for following",
    "Thanks for the follow, let's connect",
    "Great to connect here",
    "Followed you back",
    "Appreciate the follow",
    "Welcome to my network",
)


def manifest(settings: Mapping[str, Any]) -> ChannelManifest:
    return ChannelManifest(
        name="twitter",
        platform="twitter",
        title="X (Twitter) DMs",
        description="First DMs are hand-sent through an X compose link and confirmed; "
        "replies where the person wrote first may go through the API.",
        kinds=(
            KindSpec("dm", modes=("assisted", "export"), max_length=DM_MAX_LENGTH,
                     automated_if="they-wrote-first",
                     description="a direct message; automated only where they wrote first"),
            KindSpec("follow-up", modes=("assisted", "export"), max_length=DM_MAX_LENGTH,
                     automated_if="they-wrote-first", first_contact=False,
                     description="a later DM in the same conversation"),
        ),
        quotas=(
            Quota(limit=15, window=timedelta(minutes=15), name="API DM sends per 15 minutes",
                  modes=("api",)),
            Quota(limit=1440, window=timedelta(days=1), name="API DM sends per 24 hours",
                  modes=("api",)),
            Quota(limit=500, window=timedelta(days=1), name="DMs per day (X account limit)"),
        ),
        min_interval=timedelta(seconds=60),
        settings=SETTINGS,
        default_phrases=DEFAULT_PHRASES,
    )
