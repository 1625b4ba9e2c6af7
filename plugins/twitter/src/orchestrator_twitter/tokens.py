"""OAuth 2.0 user tokens for X: where they live, and refreshing them when they go stale.

Storage (:class:`TokenStore`): the system keyring through ``orchestrator.api.secrets`` under
``twitter.access_token``, ``twitter.refresh_token`` and ``twitter.access_token_expires_at``
(epoch seconds). For headless runs ``$OUTREACH_X_ACCESS_TOKEN`` and
``$OUTREACH_X_REFRESH_TOKEN`` override the keyring; an access token from the environment has
no known expiry, so it is refreshed only when X answers 401.

Refresh (:class:`TokenManager`): X access tokens live 2 hours and a refresh token is issued
only with the ``offline.access`` scope (docs authentication/oauth-2-0/authorization-code.mdx,
docs/platform-rules.md 2b). Whether X rotates refresh tokens is not documented, so each refresh token
is treated as single-use: the new pair is saved *before* it is used, and one lock serializes
refreshes so two threads never spend the same refresh token.

Tokens are secrets: every token obtained is passed to ``secrets.remember``
(masked in any output) and :class:`TokenSet` never shows them in its ``repr``.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any, Callable, Mapping

from attrs import frozen

from orchestrator.api import ConfigError, secrets

from .errors import XAuthError
from .manifest import ACCESS_TOKEN_ENV, REFRESH_TOKEN_ENV

log = logging.getLogger(__name__)

ACCESS_TOKEN_KEY = "twitter.access_token"
REFRESH_TOKEN_KEY = "twitter.refresh_token"
EXPIRES_AT_KEY = "twitter.access_token_expires_at"

# Refresh this long before the announced expiry, so a request is not sent with a token that
# dies in flight.
DEFAULT_SKEW = 60.0


@frozen(repr=False)
class TokenSet:
    access_token: str
    refresh_token: str | None = None
    expires_at: float | None = None  # Unix epoch seconds; None = unknown
    scope: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return (f"TokenSet(access_token={secrets.MASK if self.access_token else ''!r}, "
                f"refresh_token={secrets.MASK if self.refresh_token else None!r}, "
                f"expires_at={self.expires_at!r}, scope={self.scope!r})")

    __str__ = __repr__

    def expired(self, now: float, skew: float = DEFAULT_SKEW) -> bool:
        if not self.access_token:
            return True
        return self.expires_at is not None and now >= self.expires_at - skew

    @classmethod
    def from_token_response(cls, payload: Mapping[str, Any], now: float) -> "TokenSet":
        """Parse X's token endpoint answer (``access_token``, ``expires_in``, ...)."""
        access = payload.get("access_token")
        if not isinstance(access, str) or not access:
            raise ValueError("token response without access_token")
        refresh = payload.get("refresh_token")
        refresh = refresh if isinstance(refresh, str) and refresh else None
        secrets.remember(access)
        secrets.remember(refresh)
        expires_in = payload.get("expires_in")
        expires_at = now + float(expires_in) if isinstance(expires_in, (int, float)) else None
        scope = payload.get("scope")
        return cls(access, refresh, expires_at,
                   tuple(scope.split()) if isinstance(scope, str) else ())


class TokenStore:
    """Load and save the user's X tokens (env first, then keyring)."""

    def load(self) -> TokenSet | None:
        """The stored tokens, or ``None`` when there is neither access nor refresh token."""
        refresh = secrets.resolve(REFRESH_TOKEN_KEY, REFRESH_TOKEN_ENV)
        env_access = os.environ.get(ACCESS_TOKEN_ENV)
        if env_access:
            secrets.remember(env_access)
            return TokenSet(env_access, refresh, None)
        access = secrets.from_keyring(ACCESS_TOKEN_KEY)
        if not access and not refresh:
            return None
        expires_at: float | None = None
        raw_expiry = secrets.from_keyring(EXPIRES_AT_KEY)
        if raw_expiry:
            try:
                expires_at = float(raw_expiry)
            except ValueError:
                expires_at = None
        return TokenSet(access or "", refresh, expires_at)

    def save(self, tokens: TokenSet) -> None:
        """Persist ``tokens``; raises ``ConfigError`` when no keyring is usable."""
        # The refresh token first: if anything fails after this, the session can recover.
        if tokens.refresh_token:
            secrets.store(REFRESH_TOKEN_KEY, tokens.refresh_token)
        secrets.store(ACCESS_TOKEN_KEY, tokens.access_token)
        if tokens.expires_at is not None:
            secrets.store(EXPIRES_AT_KEY, str(int(tokens.expires_at)))
        else:
            secrets.delete(EXPIRES_AT_KEY)

    def clear(self) -> None:
        for name in (ACCESS_TOKEN_KEY, REFRESH_TOKEN_KEY, EXPIRES_AT_KEY):
            secrets.delete(name)


Refresher = Callable[[str], TokenSet]
"""Exchanges a refresh token for a new :class:`TokenSet` (``OAuthClient.refresh``)."""


class TokenManager:
    """Hands out a valid access token, refreshing it when stale or refused.

    ``refresher`` is ``None`` when no client id is configured: then an expired token cannot
    be renewed and :class:`XAuthError` says how to log in again.
    """

    def __init__(self, store: TokenStore | None = None, refresher: Refresher | None = None,
                 *, tokens: TokenSet | None = None, clock: Callable[[], float] = time.time,
                 skew: float = DEFAULT_SKEW):
        self._store = store
        self._refresher = refresher
        self._clock = clock
        self._skew = skew
        self._lock = threading.RLock()
        self._loaded = tokens is not None
        self._tokens = tokens

    @property
    def tokens(self) -> TokenSet | None:
        with self._lock:
            self._load()
            return self._tokens

    def _load(self) -> None:
        if not self._loaded:
            self._tokens = self._store.load() if self._store is not None else None
            self._loaded = True

    def access_token(self) -> str:
        """A token to send now; refreshed first when its known expiry has passed."""
        with self._lock:
            self._load()
            if self._tokens is None:
                raise XAuthError("not logged in to X: no access token")
            if self._tokens.expired(self._clock(), self._skew) and self._can_refresh():
                return self._refresh_locked()
            if not self._tokens.access_token:
                raise XAuthError("no X access token and no refresh token to get one")
            return self._tokens.access_token

    def refresh(self, failed_token: str | None = None) -> str:
        """A new access token after X refused ``failed_token`` (401).

        If another thread already replaced ``failed_token``, its result is returned instead
        of spending the refresh token a second time.
        """
        with self._lock:
            self._load()
            current = self._tokens
            if current is not None and failed_token is not None \
                    and current.access_token and current.access_token != failed_token:
                return current.access_token
            if not self._can_refresh():
                raise XAuthError("X refused the access token and it cannot be refreshed "
                                 "(no refresh token or no client id)")
            return self._refresh_locked()

    def _can_refresh(self) -> bool:
        return bool(self._refresher and self._tokens and self._tokens.refresh_token)

    def _refresh_locked(self) -> str:
        assert self._refresher is not None and self._tokens is not None
        new = self._refresher(self._tokens.refresh_token or "")
        if new.refresh_token is None:
            # X did not rotate it: keep using the one we have.
            new = TokenSet(new.access_token, self._tokens.refresh_token, new.expires_at,
                           new.scope)
        self._tokens = new
        if self._store is not None:
            try:
                self._store.save(new)
            except ConfigError as exc:
                log.warning("refreshed X tokens could not be saved (%s); they last for this "
                            "run only, so log in again next time", exc.message)
        log.info("X access token refreshed")
        return new.access_token
