"""A small, typed client for the X API v2 endpoints the plugin needs.

Endpoints (X API v2 OpenAPI 2.167, docs/platform-rules.md 2a): ``GET /2/users/me``,
``GET /2/users/by/username/{username}``, ``GET /2/users`` (up to 100 ids),
``GET /2/users/{id}/followers`` (``max_results`` 1..1000), ``GET /2/dm_events``
(``max_results`` 1..100, last 30 days only) and
``POST /2/dm_conversations/with/{participant_id}/messages``.

Failure policy:

* **401**: the access token is refreshed once (:class:`~.tokens.TokenManager`) and the request
  repeated; X rejects a request with a bad token before acting on it.
* **429**: wait until ``x-rate-limit-reset`` (epoch seconds; the latest exhausted window if a
  24-hour header is exhausted too), reporting a countdown through ``on_wait``, then repeat
  the *same* request, so pagination goes on where it stopped. A reset further away than
  ``max_rate_limit_wait`` raises :class:`~.errors.XRateLimited` instead.
* **5xx, connection errors, timeouts** on GETs: retried with exponential backoff and jitter
  (tenacity), a bounded number of times.
* **Other 4xx**: never retried; the problem document becomes :class:`~.errors.XApiError`.
* **Sending a DM** is never retried blindly: see :meth:`XClient.send_dm`.

Pagination (docs fundamentals/pagination.mdx): pass ``pagination_token=<meta.next_token>``
until a page has no ``next_token``. The ``*_pages`` iterators yield :class:`~.models.Page`
objects carrying the token that fetched them and the next one, so a caller can save the
cursor after each page and resume a killed sync with ``start_token``.

The clock and sleep are injectable: tests drive rate-limit waits and backoff with a fake
clock and never really wait.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

import requests
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter

from orchestrator.api import (
    AmbiguousDeliveryError,
    PermanentDeliveryError,
    TransientDeliveryError,
    mask,
)

from . import config
from .errors import XApiError, XAuthError, XNotFound, XRateLimited
from .identity import is_user_id, validate_handle
from .models import (
    ApiProblem,
    DmEvent,
    Page,
    SentDm,
    UsersLookup,
    XUser,
    partial_errors,
    problems_from_body,
)
from .oauth import OAuthClient
from .ratelimit import RateLimitInfo, RateLimitTracker, parse_rate_limit
from .tokens import TokenManager, TokenStore
from .transport import describe, request_not_sent

log = logging.getLogger(__name__)

T = TypeVar("T")

ME = "GET /2/users/me"
USER_BY_USERNAME = "GET /2/users/by/username/{username}"
USERS_BY_IDS = "GET /2/users"
FOLLOWERS = "GET /2/users/{id}/followers"
DM_EVENTS = "GET /2/dm_events"
SEND_DM = "POST /2/dm_conversations/with/{participant_id}/messages"

# What contact records need; X returns only id, name, username unless asked.
USER_FIELDS: tuple[str, ...] = ("id", "name", "username", "description", "url", "location",
                                "entities", "created_at", "protected")
# In OpenAPI 2.167 sender_id and participant_ids are not dm_event.fields values but
# expansions; asking for the expansion returns the id on the event and the user in includes.
DM_EVENT_FIELDS: tuple[str, ...] = ("id", "event_type", "text", "created_at",
                                    "dm_conversation_id")
DM_EXPANSIONS: tuple[str, ...] = ("sender_id", "participant_ids")
MAX_FOLLOWERS_PAGE = 1000
MAX_DM_EVENTS_PAGE = 100
MAX_IDS_PER_LOOKUP = 100
# When a 429 carries no reset header, the docs' sample waits a minute.
DEFAULT_RATE_LIMIT_WAIT = 60.0
# x-rate-limit-reset has one-second resolution: wait a little past it.
RESET_MARGIN = 1.0

WaitCallback = Callable[[float, str], None]
"""Called about once a second while waiting: ``(seconds_left, reason)``."""


class _ServerError(Exception):
    def __init__(self, response: requests.Response):
        super().__init__(response.status_code)
        self.response = response


def _csv(values: Iterable[str]) -> str:
    return ",".join(dict.fromkeys(values))


class XClient:
    """X API v2 client acting as one user (OAuth 2.0 user context)."""

    def __init__(self, tokens: TokenManager, *, api_base: str = config.DEFAULT_API_BASE,
                 session: requests.Session | None = None,
                 clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep,
                 on_wait: WaitCallback | None = None,
                 max_rate_limit_wait: float = 900.0, max_rate_limit_waits: int = 10,
                 max_attempts: int = 5, backoff_initial: float = 1.0,
                 backoff_max: float = 60.0, timeout: tuple[float, float] = (10.0, 30.0)):
        self.api_base = config.check_api_base(api_base)
        self._tokens = tokens
        self._session = session or requests.Session()
        self._session.headers.setdefault("User-Agent", "outreach-orchestrator-twitter/0.1")
        self._clock = clock
        self._sleep = sleep
        self._on_wait = on_wait
        self.max_rate_limit_wait = max_rate_limit_wait
        self.max_rate_limit_waits = max_rate_limit_waits
        self._max_attempts = max(1, max_attempts)
        self._backoff = (backoff_initial, backoff_max)
        self._timeout = timeout
        self._limits = RateLimitTracker()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None = None, *,
                      store: TokenStore | None = None, **options: Any) -> "XClient":
        """A client for the configured base URL, with keyring/env tokens and auto-refresh."""
        base = config.api_base(settings)
        client_id = config.client_id(settings)
        session = requests.Session()
        clock = options.get("clock", time.time)
        oauth = OAuthClient(client_id, api_base=base, session=session, clock=clock) \
            if client_id else None
        manager = TokenManager(store or TokenStore(), oauth.refresh if oauth else None,
                               clock=clock)
        return cls(manager, api_base=base, session=session, **options)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> "XClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- rate limits ---------------------------------------------------------------------

    def rate_limit(self, endpoint: str) -> RateLimitInfo | None:
        """The latest limits X reported for ``endpoint`` (e.g. :data:`FOLLOWERS`)."""
        return self._limits.get(endpoint)

    def rate_limits(self) -> dict[str, RateLimitInfo]:
        return self._limits.snapshot()

    # --- users ---------------------------------------------------------------------------

    def me(self, user_fields: Sequence[str] = USER_FIELDS) -> XUser:
        body = self._get_json(ME, "/2/users/me", {"user.fields": _csv(user_fields)})
        return self._single_user(body, ME, "the authenticated user")

    def user_by_username(self, username: str,
                         user_fields: Sequence[str] = USER_FIELDS) -> XUser:
        """The account with this handle; :class:`XNotFound` if X has none (or it is suspended)."""
        handle = validate_handle(username)
        body = self._get_json(USER_BY_USERNAME, f"/2/users/by/username/{handle}",
                              {"user.fields": _csv(user_fields)})
        return self._single_user(body, USER_BY_USERNAME, f"@{handle}")

    def users_by_ids(self, ids: Iterable[str],
                     user_fields: Sequence[str] = USER_FIELDS) -> UsersLookup:
        """Users for ``ids`` (e.g. archive account ids), 100 per request.

        Ids X cannot return (deleted, suspended) come back as ``errors``, one per id.
        """
        wanted = list(dict.fromkeys(ids))
        bad = [i for i in wanted if not is_user_id(i)]
        if bad:
            raise ValueError(f"not X user ids: {bad[:5]}")
        users: list[XUser] = []
        errors: list[ApiProblem] = []
        for start in range(0, len(wanted), MAX_IDS_PER_LOOKUP):
            chunk = wanted[start:start + MAX_IDS_PER_LOOKUP]
            body = self._get_json(USERS_BY_IDS, "/2/users",
                                  {"ids": ",".join(chunk), "user.fields": _csv(user_fields)})
            users += [XUser.from_json(u) for u in body.get("data") or []]
            errors += partial_errors(body)
        return UsersLookup(tuple(users), tuple(errors))

    def _single_user(self, body: Mapping[str, Any], endpoint: str, who: str) -> XUser:
        data = body.get("data")
        if isinstance(data, Mapping):
            return XUser.from_json(data)
        problems = partial_errors(body)
        if any(p.kind == "resource-not-found" for p in problems):
            raise XNotFound(f"X has no account {who}", status=200, problem=problems[0],
                            endpoint=endpoint)
        first = problems[0] if problems else None
        raise XApiError(f"X returned no user for {who}"
                        f"{': ' + first.message if first else ''}",
                        status=200, problem=first, endpoint=endpoint)

    # --- paginated listings ------------------------------------------------------------

    def follower_pages(self, user_id: str, *, start_token: str | None = None,
                       max_results: int = MAX_FOLLOWERS_PAGE,
                       user_fields: Sequence[str] = USER_FIELDS) -> Iterator[Page[XUser]]:
        """Pages of ``user_id``'s followers, from ``start_token`` (a saved ``next_token``)."""
        if not is_user_id(user_id):
            raise ValueError(f"not an X user id: {user_id!r}")
        if not 1 <= max_results <= MAX_FOLLOWERS_PAGE:
            raise ValueError(f"max_results must be 1..{MAX_FOLLOWERS_PAGE}")
        params = {"max_results": str(max_results), "user.fields": _csv(user_fields)}
        return self._pages(FOLLOWERS, f"/2/users/{user_id}/followers", params, start_token,
                           XUser.from_json)

    def dm_event_pages(self, *, start_token: str | None = None,
                       max_results: int = MAX_DM_EVENTS_PAGE,
                       event_types: Sequence[str] = ("MessageCreate",),
                       user_fields: Sequence[str] = ("id", "name", "username"),
                       ) -> Iterator[Page[DmEvent]]:
        """Pages of the user's DM events (newest first, last 30 days), with the senders."""
        if not 1 <= max_results <= MAX_DM_EVENTS_PAGE:
            raise ValueError(f"max_results must be 1..{MAX_DM_EVENTS_PAGE}")
        params = {"max_results": str(max_results), "event_types": _csv(event_types),
                  "dm_event.fields": _csv(DM_EVENT_FIELDS),
                  "expansions": _csv(DM_EXPANSIONS), "user.fields": _csv(user_fields)}
        return self._pages(DM_EVENTS, "/2/dm_events", params, start_token, DmEvent.from_json)

    def _pages(self, endpoint: str, path: str, params: Mapping[str, str],
               start_token: str | None,
               parse: Callable[[Mapping[str, Any]], T]) -> Iterator[Page[T]]:
        token = start_token
        while True:
            query = dict(params)
            if token:
                query["pagination_token"] = token
            body = self._get_json(endpoint, path, query)
            data = body.get("data") or []
            meta = body.get("meta") if isinstance(body.get("meta"), Mapping) else {}
            includes = body.get("includes") if isinstance(body.get("includes"), Mapping) else {}
            next_token = meta.get("next_token") or None
            count = meta.get("result_count")
            yield Page(
                items=tuple(parse(item) for item in data if isinstance(item, Mapping)),
                token=token,
                next_token=next_token,
                errors=partial_errors(body),
                result_count=count if isinstance(count, int) else len(data),
                includes_users=tuple(XUser.from_json(u) for u in includes.get("users") or []
                                     if isinstance(u, Mapping)),
                rate_limit=self._limits.get(endpoint),
            )
            if next_token is None:
                return
            if next_token == token:
                raise XApiError(f"X returned the same pagination token twice on {endpoint}",
                                endpoint=endpoint)
            token = next_token

    # --- sending -------------------------------------------------------------------------

    def send_dm(self, participant_id: str, text: str) -> SentDm:
        """Send one DM; raises the core's delivery errors (``orchestrator.api``).

        * connection never opened, 429, 503 -> ``TransientDeliveryError`` (``retry_after``
          from the rate-limit reset or ``Retry-After`` when known);
        * 400/403/404 and other 4xx -> ``PermanentDeliveryError`` with X's detail (403: the
          recipient does not accept DMs from you);
        * no answer after the body was sent (timeout, dropped connection), 500/502/504 ->
          ``AmbiguousDeliveryError``: it may have gone out, so it is never re-sent here;
        * 401 -> one token refresh and one repeat (X checks the token before acting);
          :class:`XAuthError` if that fails too.
        """
        if not is_user_id(participant_id):
            raise PermanentDeliveryError(f"not an X user id: {participant_id!r}")
        if not text:
            raise PermanentDeliveryError("an X DM needs text")
        path = f"/2/dm_conversations/with/{participant_id}/messages"
        refreshed = False
        while True:
            token = self._tokens.access_token()
            try:
                response = self._send("POST", path, None, {"text": text}, token)
            except requests.RequestException as exc:
                if request_not_sent(exc):
                    raise TransientDeliveryError(
                        f"could not connect to X ({describe(exc)}); the DM was not sent"
                    ) from exc
                raise AmbiguousDeliveryError(
                    f"lost the connection to X after sending the DM ({describe(exc)}); "
                    "it may or may not have been delivered") from exc
            self._note_limits(SEND_DM, response)
            status = response.status_code
            if status == 401 and not refreshed:
                refreshed = True
                self._tokens.refresh(token)
                continue
            break
        body = self._json(response)
        if 200 <= status < 300:
            data = body.get("data") if isinstance(body, Mapping) else None
            if isinstance(data, Mapping):
                return SentDm(str(data.get("dm_event_id", "")),
                              str(data.get("dm_conversation_id", "")), partial_errors(body))
            problems = problems_from_body(body)
            if problems:
                raise PermanentDeliveryError(mask(f"X did not send the DM: "
                                                  f"{problems[0].message}"))
            return SentDm("", "", (ApiProblem(title="X accepted the DM without a receipt"),))
        reason = self._error_text(response, body)
        if status == 401:
            raise XAuthError(f"X refused the refreshed access token: {reason}")
        if status == 429:
            raise TransientDeliveryError(
                f"X rate limit for DMs reached: {reason}",
                retry_after=self._rate_limit_delay(response) + RESET_MARGIN)
        if status == 503:
            raise TransientDeliveryError(f"X is unavailable: {reason}",
                                         retry_after=self._retry_after_header(response))
        if status >= 500:
            raise AmbiguousDeliveryError(f"X failed while sending the DM ({reason}); "
                                         "it may or may not have been delivered")
        raise PermanentDeliveryError(f"X refused the DM: {reason}")

    # --- plumbing ------------------------------------------------------------------------

    def _get_json(self, endpoint: str, path: str,
                  params: Mapping[str, str]) -> Mapping[str, Any]:
        response = self._call("GET", endpoint, path, params)
        body = self._json(response)
        if response.status_code >= 400:
            problem = next(iter(problems_from_body(body)), None)
            cls = XNotFound if response.status_code == 404 else XApiError
            if response.status_code == 401:
                raise XAuthError(f"X refused the access token on {endpoint}: "
                                 f"{self._error_text(response, body)}")
            raise cls(f"X API {endpoint} failed (HTTP {response.status_code}): "
                      f"{self._error_text(response, body)}",
                      status=response.status_code, problem=problem, endpoint=endpoint)
        if not isinstance(body, Mapping):
            raise XApiError(f"X API {endpoint} answered with something other than JSON",
                            status=response.status_code, endpoint=endpoint)
        return body

    def _call(self, method: str, endpoint: str, path: str,
              params: Mapping[str, str] | None) -> requests.Response:
        """An idempotent request with refresh-on-401, waits on 429 and retries on 5xx."""
        refreshed = False
        waits = 0
        while True:
            token = self._tokens.access_token()
            response = self._send_retrying(method, endpoint, path, params, token)
            self._note_limits(endpoint, response)
            if response.status_code == 401 and not refreshed:
                refreshed = True
                self._tokens.refresh(token)
                continue
            if response.status_code == 429:
                delay = self._rate_limit_delay(response)
                if delay > self.max_rate_limit_wait or waits >= self.max_rate_limit_waits:
                    why = (f"more than the {self.max_rate_limit_wait:.0f} s allowed to wait"
                           if delay > self.max_rate_limit_wait
                           else f"already waited {waits} times")
                    raise XRateLimited(
                        f"X rate limit on {endpoint}: next window in {delay:.0f} s ({why})",
                        reset_at=self._clock() + delay, retry_after=delay, endpoint=endpoint,
                        problem=next(iter(problems_from_body(self._json(response))), None))
                waits += 1
                self._wait(delay + RESET_MARGIN, f"X rate limit on {endpoint}")
                continue
            return response

    def _send_retrying(self, method: str, endpoint: str, path: str,
                       params: Mapping[str, str] | None, token: str) -> requests.Response:
        retrying = Retrying(
            stop=stop_after_attempt(self._max_attempts),
            wait=wait_exponential_jitter(initial=self._backoff[0], max=self._backoff[1]),
            retry=retry_if_exception_type((_ServerError, requests.ConnectionError,
                                           requests.Timeout)),
            sleep=self._sleep,
            before_sleep=lambda state: log.info(
                "X API %s: attempt %d failed (%s); retrying", endpoint,
                state.attempt_number, self._outcome(state.outcome)),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    response = self._send(method, path, params, None, token)
                    if response.status_code >= 500:
                        raise _ServerError(response)
                    return response
        except _ServerError as exc:
            return exc.response
        except requests.RequestException as exc:
            raise XApiError(f"could not reach the X API for {endpoint} after "
                            f"{self._max_attempts} attempts ({describe(exc)})",
                            endpoint=endpoint) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, method: str, path: str, params: Mapping[str, str] | None,
              body: Mapping[str, Any] | None, token: str) -> requests.Response:
        response = self._session.request(
            method, self.api_base + path, params=params, json=body, timeout=self._timeout,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            allow_redirects=False)
        log.debug("X API %s %s -> %s", method, path, response.status_code)
        return response

    @staticmethod
    def _outcome(outcome: Any) -> str:
        exc = outcome.exception() if outcome is not None else None
        if isinstance(exc, _ServerError):
            return f"HTTP {exc.response.status_code}"
        return describe(exc) if exc is not None else "?"

    def _note_limits(self, endpoint: str, response: requests.Response) -> None:
        self._limits.record(parse_rate_limit(response.headers, endpoint, self._clock()))

    def _rate_limit_delay(self, response: requests.Response) -> float:
        """Seconds until the exhausted window resets (trusting X's headers)."""
        info = parse_rate_limit(response.headers, "", self._clock())
        reset_at = info.reset_at() if info is not None else None
        if reset_at is None and info is not None and info.window is not None:
            reset_at = info.window.reset_at
        if reset_at is not None:
            return max(0.0, reset_at - self._clock())
        return self._retry_after_header(response) or DEFAULT_RATE_LIMIT_WAIT

    @staticmethod
    def _retry_after_header(response: requests.Response) -> float | None:
        value = response.headers.get("retry-after", "")
        return float(value) if value.strip().isdigit() else None

    def _wait(self, seconds: float, reason: str) -> None:
        """Sleep ``seconds`` in steps of at most one second, reporting the countdown."""
        deadline = self._clock() + seconds
        slept = 0.0
        while True:
            left = min(deadline - self._clock(), seconds - slept)
            if left <= 0:
                return
            if self._on_wait is not None:
                self._on_wait(left, reason)
            step = min(1.0, left)
            self._sleep(step)
            slept += step

    @staticmethod
    def _json(response: requests.Response) -> Any:
        try:
            return response.json()
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to read
            return None

    @staticmethod
    def _error_text(response: requests.Response, body: Any) -> str:
        problems = problems_from_body(body)
        if problems:
            return mask("; ".join(p.message for p in problems))
        return f"HTTP {response.status_code} {response.reason or ''}".strip()
