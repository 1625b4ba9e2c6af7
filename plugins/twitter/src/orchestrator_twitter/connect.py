"""Is the user logged in to X, and a client for this run, without touching the network.

Every part of the plugin that talks to X (sync, archive resolution, DM delivery, status) gets
its :class:`~.client.XClient` from :func:`open_client`, so there is one place that decides
where the API is (``$OUTREACH_X_API_BASE``, else ``[twitter] api_base``), which tokens are
used (``$OUTREACH_X_ACCESS_TOKEN``/``$OUTREACH_X_REFRESH_TOKEN`` over the keyring) and how
rate-limit waits are reported. Tests replace :func:`open_client` to inject a fake clock, so
a 429 countdown takes no real time.

:func:`token_source` answers "logged in?" from the environment and the keyring only: hooks
that must not touch the network (a dry run, ``outreach plan`` without a login) use it.
"""

from __future__ import annotations

import os
from typing import Any, Literal, Mapping

from .client import WaitCallback, XClient
from .manifest import ACCESS_TOKEN_ENV, REFRESH_TOKEN_ENV
from .tokens import TokenStore

TokenSource = Literal["environment", "keyring"]


def token_source() -> TokenSource | None:
    """Where the tokens come from: ``"environment"``, ``"keyring"``, or ``None`` (logged out)."""
    if os.environ.get(ACCESS_TOKEN_ENV) or os.environ.get(REFRESH_TOKEN_ENV):
        return "environment"
    return "keyring" if TokenStore().load() is not None else None


def logged_in() -> bool:
    return token_source() is not None


def open_client(settings: Mapping[str, Any] | None = None, *,
                on_wait: WaitCallback | None = None, **options: Any) -> XClient:
    """A client acting as the logged-in user (one HTTP session; close it when done)."""
    return XClient.from_settings(settings or {}, on_wait=on_wait, **options)
