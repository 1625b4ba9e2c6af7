"""What ``outreach twitter status`` reports: account, token source, last sync, rate limits.

Never a token: only where it comes from (environment or keyring) and when the stored access
token expires. The account is asked from X (``GET /2/users/me``) unless ``--offline``; the
rate limits are the ``x-rate-limit-*`` values of that call and the ones the last sync saved.
Reading the plugin's state never creates a workspace: where there is none yet, the status
says "never synced".
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable

from orchestrator.api import OutreachError, mask

if TYPE_CHECKING:
    from orchestrator.api import PluginContext


def collect(context: "PluginContext", *, offline: bool = False) -> dict[str, Any]:
    from . import config, connect
    from .sync import (
        DMS_CURSOR,
        FOLLOWERS_CURSOR,
        FOLLOWERS_DONE,
        LAST_SYNC,
        RATE_LIMITS,
        rate_limit_json,
    )
    from .tokens import TokenStore

    settings = context.settings
    source = connect.token_source()
    tokens = TokenStore().load() if source else None
    data: dict[str, Any] = {
        "logged_in": source is not None,
        "token_source": source,
        "access_token_expires_at": _iso(tokens.expires_at) if tokens else None,
        "has_refresh_token": bool(tokens and tokens.refresh_token),
        "client_id_configured": bool(config.client_id(settings)),
        "api_base": config.api_base(settings),
        "account": None,
        "error": None,
        "last_sync": None,
        "resume_pending": [],
        "baseline_done": False,
        "rate_limits": {},
    }
    # No workspace folder yet (logged in, never synced): opening the state would create one.
    if context.exists:
        state = context.state
        data["last_sync"] = state.get(LAST_SYNC)
        data["rate_limits"] = dict(state.get(RATE_LIMITS) or {})
        data["resume_pending"] = [name for name, key in (("followers", FOLLOWERS_CURSOR),
                                                         ("dm_events", DMS_CURSOR))
                                  if state.get(key)]
        data["baseline_done"] = bool(state.get(FOLLOWERS_DONE))
    if source and not offline:
        try:
            with connect.open_client(settings) as client:
                me = client.me()
                data["account"] = {"id": me.id, "username": me.username, "name": me.name}
                for endpoint, info in client.rate_limits().items():
                    data["rate_limits"][endpoint] = rate_limit_json(info)
        except OutreachError as exc:
            data["error"] = mask(exc.message)
    return data


def _iso(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    return datetime.fromtimestamp(epoch, timezone.utc).isoformat(timespec="seconds")


def render(data: dict[str, Any], echo: Callable[[str], None]) -> None:
    account = data["account"]
    if account:
        echo(f"X account: @{account['username']} ({account['id']})")
    elif not data["logged_in"]:
        echo("X account: not logged in (`outreach twitter login`)")
    if data["error"]:
        echo(f"X did not answer: {data['error']}")
    source = {"environment": "environment ($OUTREACH_X_ACCESS_TOKEN / _REFRESH_TOKEN)",
              "keyring": "system keyring"}.get(data["token_source"] or "", "none")
    echo(f"Tokens: {source}" + (f", access token expires {data['access_token_expires_at']}"
                                if data["access_token_expires_at"] else "")
         + (", refresh token present" if data["has_refresh_token"] else ""))
    echo(f"API: {data['api_base']}")
    last = data["last_sync"]
    if last:
        new = (f"{last.get('followers_baseline', 0)} recorded as the baseline"
               if last.get("baseline") else f"{last.get('followers_new', 0)} new")
        echo(f"Last sync: {last.get('at', '?')[:19]}: {last.get('followers_seen', 0)} followers "
             f"seen, {new}, {last.get('dm_events_new', 0)} new DM events")
    else:
        echo("Last sync: never (`outreach twitter sync`)")
    if data["resume_pending"]:
        echo(f"Interrupted sync will resume: {', '.join(data['resume_pending'])}")
    now = time.time()
    for endpoint, info in sorted(data["rate_limits"].items()):
        window = info.get("window") or {}
        if window.get("limit") is None:
            continue
        reset = window.get("reset_at")
        when = (f", resets in {int(reset - now)} s" if reset and reset > now
                else " (the window has reset since)" if reset else "")
        echo(f"Rate limit {endpoint}: {window.get('remaining')}/{window['limit']} left{when}")
