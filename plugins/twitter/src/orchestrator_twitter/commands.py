"""``outreach twitter login | logout | status | sync | queue``.

Thin commands over oauth.py, tokens.py and sync.py. Tokens are never printed: ``status``
says where they come from (environment or keyring) and when the access token expires, and
every message passes through the core's secret masking on its way out.
"""

from __future__ import annotations

import sys
import time
import webbrowser

import click

from orchestrator.api import pass_context, print_json, queue_command

from .config import DEFAULT_REDIRECT_PORT, LOGIN_TIMEOUT


@click.group()
def twitter() -> None:
    """X (Twitter): log in, sync followers and DMs into your contacts."""


def _err(text: str, nl: bool = True) -> None:
    click.echo(text, err=True, nl=nl)


def _countdown():
    from .progress import Countdown

    return Countdown(lambda text: _err(text, nl=False), live=sys.stderr.isatty())


@twitter.command()
@click.option("--port", type=int, default=DEFAULT_REDIRECT_PORT, show_default=True,
              help="Loopback port of the redirect URI registered for your X app "
                   "(http://127.0.0.1:PORT/callback).")
@click.option("--no-browser", is_flag=True, help="Only print the authorization link.")
@click.option("--timeout", type=float, default=LOGIN_TIMEOUT, show_default=True,
              help="Seconds to wait for you to authorize in the browser.")
@pass_context(create=True)
def login(context, port: int, no_browser: bool, timeout: float) -> None:
    """Log in with OAuth 2.0 (PKCE, loopback redirect); tokens go to the system keyring.

    The client id comes from $OUTREACH_X_CLIENT_ID or `[twitter] client_id` in config.toml.
    """
    from orchestrator.api import ConfigError, secrets, terminal_safe

    from . import config, connect
    from .manifest import ACCESS_TOKEN_ENV, REFRESH_TOKEN_ENV
    from .oauth import login as oauth_login
    from .tokens import TokenStore

    settings = context.settings
    client_id = config.client_id(settings)
    if not client_id:
        raise ConfigError("no X client id configured",
                          "Set $OUTREACH_X_CLIENT_ID or add client_id under [twitter] in "
                          f"{context.config_path} (your X app's OAuth 2.0 client id).")
    problem = secrets.keyring_problem()
    if problem:  # before the browser round trip, whose tokens would have nowhere to go
        raise ConfigError(f"cannot store the X tokens: {problem}",
                          f"Nothing was stored. Set ${ACCESS_TOKEN_ENV} (and "
                          f"${REFRESH_TOKEN_ENV}) instead, or install a keyring backend.")
    opener = (lambda url: False) if no_browser else webbrowser.open
    oauth_login(client_id, api_base=config.api_base(settings), store=TokenStore(),
                open_browser=opener, port=port, timeout=timeout, say=_err)
    with connect.open_client(settings) as client:
        me = client.me()
    who = terminal_safe(f"@{me.username} ({me.id})", multiline=False)
    from orchestrator.api import terminal_safe

    click.echo(f"Logged in to X as {terminal_safe(who, multiline=False)}; "
               "tokens are in the system keyring.")
    if connect.token_source() == "environment":
        click.echo("Note: $OUTREACH_X_ACCESS_TOKEN/$OUTREACH_X_REFRESH_TOKEN are set and "
                   "take precedence over the keyring.")


@twitter.command()
@pass_context(create=True)
def logout(context) -> None:
    """Forget the X tokens stored in the keyring."""
    from . import connect
    from .tokens import TokenStore

    TokenStore().clear()
    click.echo("Removed the X tokens from the keyring.")
    if connect.token_source() == "environment":
        click.echo("$OUTREACH_X_ACCESS_TOKEN or $OUTREACH_X_REFRESH_TOKEN is still set and "
                   "will be used until you unset it.")


@twitter.command()
@click.option("--offline", is_flag=True, help="Do not ask X who you are.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_context(create=True)
def status(context, offline: bool, as_json: bool) -> None:
    """Who you are on X, where the tokens come from, the last sync and rate limits."""
    from .status import collect, render

    data = collect(context, offline=offline)
    if as_json:
        print_json(data)
    else:
        render(data, click.echo)


@twitter.command()
@click.option("--include-existing", is_flag=True,
              help="First sync only: count the followers you already have as new "
                   "(by default the first sync is a baseline).")
@click.option("--no-dms", is_flag=True, help="Only sync followers.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_context(create=True)
def sync(context, include_existing: bool, no_dms: bool, as_json: bool) -> None:
    """Pull your followers and DM history from X into contacts (resumable)."""
    from datetime import datetime, timezone

    from . import connect
    from .errors import XRateLimited
    from .sync import sync as run_sync

    started = time.monotonic()
    try:
        with connect.open_client(context.settings, on_wait=_countdown()) as client:
            summary = run_sync(context, client, include_existing=include_existing,
                               dms=not no_dms, say=_err)
    except XRateLimited as exc:
        when = (datetime.fromtimestamp(exc.reset_at, timezone.utc).astimezone()
                .strftime("%H:%M") if exc.reset_at else "the reset")
        raise XRateLimited(f"{exc.message}; every page fetched so far is saved",
                           reset_at=exc.reset_at, retry_after=exc.retry_after,
                           endpoint=exc.endpoint,
                           hint=f"Run `outreach twitter sync` again after {when}: it resumes "
                                "where it stopped.") from None
    if as_json:
        print_json(summary.as_json() | {"seconds": round(time.monotonic() - started, 2)})
        return
    from orchestrator.api import terminal_safe

    who = terminal_safe(f"@{summary.handle}" if summary.handle else summary.account_id,
                        multiline=False)
    if summary.baseline:
        followers = (f"{summary.followers_baseline} recorded as the baseline (your first "
                     "sync: not offered as new followers)")
    else:
        followers = f"{summary.followers_new} new"
    click.echo(f"X sync as {who}: {summary.followers_seen} followers seen, {followers}; "
               f"{summary.dm_events_new} new DM events ({summary.dm_in_new} to you, "
               f"{summary.dm_out_new} from you); {summary.contacts_created} contacts created.")
    if summary.linked or summary.proposed:
        click.echo(f"Identities linked: {summary.linked}; links to review: {summary.proposed} "
                   "(outreach contacts links).")



twitter.add_command(queue_command(
    "twitter", "X: send by hand",
    "First DMs waiting for you to send through X's compose link, then `outreach confirm`."))
