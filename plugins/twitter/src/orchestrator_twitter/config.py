"""Where the X API is and which app logs in: base URL and client id from env or settings.

Environment variables win over ``config.toml`` settings (the same order as secrets), so a
cron job or a test can point the plugin elsewhere without editing the workspace. The base URL
must be ``https`` unless it is a loopback address (the local test server): bearer tokens are
never sent in clear text over a network.
"""

from __future__ import annotations

import ipaddress
import os
from typing import Any, Mapping
from urllib.parse import urlsplit

from orchestrator.api import ConfigError

from .manifest import API_BASE_ENV, CLIENT_ID_ENV, DEFAULT_API_BASE

# X matches the redirect URI exactly against the app's registered callback URLs, so the
# default port is fixed: register http://127.0.0.1:8765/callback in the X developer portal.
DEFAULT_REDIRECT_PORT = 8765
LOGIN_TIMEOUT = 300.0


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_api_base(url: str) -> str:
    """``url`` without a trailing slash; ``ConfigError`` unless https or loopback http."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if not host or parts.scheme not in ("http", "https"):
        raise ConfigError(f"X API base {url!r} is not an http(s) URL",
                          f"Fix ${API_BASE_ENV} or the twitter api_base setting.")
    if parts.scheme == "http" and not is_loopback_host(host):
        raise ConfigError(f"X API base {url!r} must use https",
                          "Plain http is only allowed for a local test server (127.0.0.1).")
    if parts.query or parts.fragment:
        raise ConfigError(f"X API base {url!r} must not have a query or fragment")
    return url.strip().rstrip("/")


def api_base(settings: Mapping[str, Any] | None = None,
             environ: Mapping[str, str] | None = None) -> str:
    """``$OUTREACH_X_API_BASE``, else the ``api_base`` setting, else ``https://api.x.com``."""
    env = os.environ if environ is None else environ
    value = env.get(API_BASE_ENV) or (settings or {}).get("api_base") or DEFAULT_API_BASE
    return check_api_base(str(value))


def client_id(settings: Mapping[str, Any] | None = None,
              environ: Mapping[str, str] | None = None) -> str | None:
    """``$OUTREACH_X_CLIENT_ID``, else the ``client_id`` setting, else ``None``."""
    env = os.environ if environ is None else environ
    value = env.get(CLIENT_ID_ENV) or (settings or {}).get("client_id")
    return str(value) if value else None
