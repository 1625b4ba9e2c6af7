"""Logging in to X: OAuth 2.0 authorization code with PKCE, and the token endpoint.

The flow (docs authentication/oauth-2-0/authorization-code.mdx and user-access-token.mdx,
docs/platform-rules.md 2b):

1. a random ``code_verifier`` and its S256 ``code_challenge``, plus a random ``state``;
2. the browser opens ``https://x.com/i/oauth2/authorize`` with ``response_type=code``,
   the app's ``client_id``, the loopback ``redirect_uri``, the scopes, state and challenge;
3. X redirects to ``http://127.0.0.1:<port>/callback?code=...&state=...``; the state must be
   the one we sent (it ties the answer to this login and defeats CSRF);
4. within 30 seconds the code is exchanged at ``{base}/2/oauth2/token`` (form-encoded,
   ``grant_type=authorization_code``, ``code``, ``redirect_uri``, ``code_verifier``, and
   ``client_id`` in the body because the app is a public client without a secret).

``refresh_token`` grants go to the same endpoint. Scopes: ``tweet.read users.read`` for
lookups, ``follows.read`` for followers, ``dm.read dm.write`` for DMs (the integration guide
says dm.read is "Required with dm.write"), ``offline.access`` for a refresh token.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets as _random
import time
import webbrowser
from typing import Any, Callable, Sequence
from urllib.parse import urlencode

import requests
from attrs import field, frozen

from orchestrator.api import mask

from .config import DEFAULT_REDIRECT_PORT, LOGIN_TIMEOUT, check_api_base
from .errors import XApiError, XAuthError
from .loopback import LoopbackReceiver
from .tokens import TokenSet, TokenStore
from .transport import describe, request_not_sent

log = logging.getLogger(__name__)

AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
TOKEN_PATH = "/2/oauth2/token"
SCOPES: tuple[str, ...] = ("tweet.read", "users.read", "dm.read", "dm.write", "follows.read",
                           "offline.access")
REDIRECT_PATH = "/callback"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@frozen
class Pkce:
    """RFC 7636: ``challenge = BASE64URL(SHA256(verifier))`` (method S256)."""

    verifier: str = field(repr=False)
    challenge: str

    @classmethod
    def generate(cls) -> "Pkce":
        # 32 random bytes -> a 43-character verifier, the RFC 7636 minimum length.
        verifier = _b64url(_random.token_bytes(32))
        return cls(verifier, challenge_for(verifier))


def challenge_for(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def build_authorize_url(client_id: str, redirect_uri: str, state: str, code_challenge: str,
                        scopes: Sequence[str] = SCOPES,
                        authorize_url: str = AUTHORIZE_URL) -> str:
    query = urlencode({
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(scopes),
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
    })
    return f"{authorize_url}?{query}"


class OAuthClient:
    """X's token endpoint for a public client (``client_id`` in the form body)."""

    def __init__(self, client_id: str, *, api_base: str, session: requests.Session | None = None,
                 clock: Callable[[], float] = time.time,
                 timeout: tuple[float, float] = (10.0, 30.0)):
        if not client_id:
            raise XAuthError("no X client id configured",
                             "Set OUTREACH_X_CLIENT_ID or the twitter client_id setting.")
        self.client_id = client_id
        self.token_url = check_api_base(api_base) + TOKEN_PATH
        self._session = session or requests.Session()
        self._clock = clock
        self._timeout = timeout

    def exchange_code(self, code: str, code_verifier: str, redirect_uri: str) -> TokenSet:
        return self._post({"grant_type": "authorization_code", "code": code,
                           "redirect_uri": redirect_uri, "code_verifier": code_verifier,
                           "client_id": self.client_id})

    def refresh(self, refresh_token: str) -> TokenSet:
        return self._post({"grant_type": "refresh_token", "refresh_token": refresh_token,
                           "client_id": self.client_id})

    def _post(self, form: dict[str, str]) -> TokenSet:
        grant = form["grant_type"]
        # A refresh token is single-use: retry only when the request surely never left.
        for attempt in range(3):
            try:
                response = self._session.post(self.token_url, data=form, timeout=self._timeout,
                                              headers={"Accept": "application/json"})
                break
            except requests.RequestException as exc:
                if request_not_sent(exc) and attempt < 2:
                    continue
                raise XApiError(f"X token endpoint unreachable during {grant} "
                                f"({describe(exc)})", endpoint="POST " + TOKEN_PATH) from None
        try:
            payload: Any = response.json()
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to read
            payload = {}
        if response.status_code != 200:
            error = payload.get("error", "") if isinstance(payload, dict) else ""
            detail = payload.get("error_description", "") if isinstance(payload, dict) else ""
            raise XAuthError(mask(f"X refused the {grant} request (HTTP {response.status_code}"
                                  f"{': ' + error if error else ''}"
                                  f"{' - ' + detail if detail else ''})"))
        try:
            tokens = TokenSet.from_token_response(payload, self._clock())
        except (ValueError, AttributeError):
            raise XAuthError(f"X answered the {grant} request without an access token") from None
        log.debug("X token endpoint: %s ok", grant)
        return tokens


def login(client_id: str, *, api_base: str, store: TokenStore | None = None,
          open_browser: Callable[[str], Any] = webbrowser.open,
          port: int = DEFAULT_REDIRECT_PORT, timeout: float = LOGIN_TIMEOUT,
          authorize_url: str = AUTHORIZE_URL, scopes: Sequence[str] = SCOPES,
          session: requests.Session | None = None, clock: Callable[[], float] = time.time,
          say: Callable[[str], None] | None = None) -> TokenSet:
    """Run the browser login and return (and, with ``store``, save) the user's tokens.

    ``open_browser`` receives the authorize URL (``webbrowser.open`` by default; tests pass
    a simulated browser). ``say`` shows the URL to the user in case no browser opens.
    """
    oauth = OAuthClient(client_id, api_base=api_base, session=session, clock=clock)
    pkce = Pkce.generate()
    state = _random.token_urlsafe(24)
    with LoopbackReceiver(port, path=REDIRECT_PATH) as receiver:
        redirect_uri = receiver.redirect_uri
        url = build_authorize_url(client_id, redirect_uri, state, pkce.challenge, scopes,
                                  authorize_url)
        if say is not None:
            say(f"Authorize outreach in your browser. If it does not open, visit:\n{url}")
        open_browser(url)
        answer = receiver.wait(timeout)
    if not _random.compare_digest(answer.get("state", ""), state):
        raise XAuthError("the X login answer does not belong to this login (state mismatch)",
                         "Run the login again; do not reuse old login links.")
    if "error" in answer:
        description = answer.get("error_description", "")
        raise XAuthError(f"X login refused: {answer['error']}"
                         f"{' - ' + description if description else ''}",
                         "Run the login again and choose Authorize app.")
    code = answer.get("code", "")
    if not code:
        raise XAuthError("the X login answer carries no authorization code")
    tokens = oauth.exchange_code(code, pkce.verifier, redirect_uri)
    if store is not None:
        store.save(tokens)
    return tokens
