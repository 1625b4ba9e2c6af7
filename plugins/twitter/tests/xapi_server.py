"""A local, spec-checked stand-in for the X API v2 and its OAuth 2.0 endpoints.

:class:`XApiServer` is a threaded HTTP server on 127.0.0.1 (ephemeral port). Every API
request goes through :class:`xapi_spec.SpecValidator`; an invalid one is answered with a
400 ``invalid-request`` problem *and* recorded in ``violations``, which the ``xapi`` fixture
turns into a test failure at teardown, so no test can pass while the client sends something
X would reject. Every response the server builds is validated against the spec's response
schema too (a server bug fails loudly); a fault deliberately shaped like X's real
off-spec answers must say so (``Fault(off_spec=...)``).

The in-memory :class:`World` holds users, followers, DM events, the OAuth client, codes and
tokens, and per-user rate-limit windows (``x-rate-limit-*`` headers on every answer, a 429
when a window is spent). Scenario controls:

* ``server.inject(operation_id, Fault(...))`` queues one-shot faults per operation: any
  status/body/headers (429, 503, 403 ...), ``drop=True`` (read the whole request, then close
  the connection without an answer), ``stall=s`` (read it, stay silent), ``delay=s`` (answer
  normally, but only after ``s`` real seconds: a slow page a test can kill a client during),
  ``partial_errors`` (add an ``errors`` array to the normal 200);
* ``world.expire(token)`` / short ``expires_in`` for 401-and-refresh;
* ``world.limits[operation_id] = (limit, window_seconds)`` for natural 429s;
* ``world.deny_authorization`` for a user who refuses the login.

Time comes from an injected clock (:class:`FakeClock`, shared with the client under test), so
rate-limit resets and token expiry happen without real waiting.

OAuth endpoints (not in the OpenAPI document; checked against docs
authentication/oauth-2-0/authorization-code.mdx and RFC 7636): ``GET /i/oauth2/authorize``
(what the browser sees on x.com; issues a code and redirects to the loopback callback) and
``POST /2/oauth2/token`` (form-encoded; ``authorization_code`` with ``code``,
``redirect_uri``, ``code_verifier``, ``client_id``; ``refresh_token`` with ``refresh_token``,
``client_id``). Refresh tokens are single-use here, as the plugin assumes.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import math
import re
import secrets
import socket
import threading
import traceback
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlencode, urlsplit

import jsonschema
import requests

from orchestrator.testing import FakeClock as _KitClock
from xapi_spec import RequestCheck, SpecValidator

PROBLEMS = "https://api.x.com/2/problems/"
# The account the tests log in as.
ME_ID = "1500000000000000001"
ME_HANDLE = "outreach_me"
AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
CLIENT_ID = "b3V0cmVhY2gtdGVzdC1jbGllbnQ"
ALL_SCOPES = ("tweet.read", "users.read", "dm.read", "dm.write", "follows.read",
              "offline.access")
TOKEN_OP = "oauth2.token"
AUTHORIZE_OP = "oauth2.authorize"
# Per-user 15-minute windows from docs rate-limits.mdx (docs/platform-rules.md 2c); the two not
# listed there get a generous 900.
DEFAULT_LIMITS = {
    "getUsersFollowers": (300, 900),
    "getDirectMessagesEvents": (15, 900),
    "createDirectMessagesByParticipantId": (15, 900),
    "getUsersByUsername": (900, 900),
    "getUsersByIds": (900, 900),
    "getUsersMe": (900, 900),
}
_TOKEN_RESPONSE_SCHEMA = {
    "type": "object",
    "required": ["token_type", "access_token", "expires_in", "scope"],
    "properties": {"token_type": {"enum": ["bearer"]}, "access_token": {"type": "string"},
                   "expires_in": {"type": "integer"}, "scope": {"type": "string"},
                   "refresh_token": {"type": "string"}},
    "additionalProperties": False,
}
_CODE_VERIFIER_RE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


class FakeClock(_KitClock):
    """The test kit's clock, in epoch seconds here: ``time()`` only moves when someone
    sleeps or a test advances it (thread-safe)."""

    def __init__(self, start: float = 1_800_000_000.0):
        super().__init__(start)


@dataclass
class Fault:
    """One scripted answer for the next request to an operation."""

    status: int | None = None
    body: Any = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    stall: float = 0.0
    delay: float = 0.0
    partial_errors: list[dict] | None = None
    # Bytes sent as the body instead of ``body`` (what JSON cannot say: hostile or broken).
    raw: bytes | None = None
    # Why this body is allowed to break the spec (it copies X's real, off-spec answers).
    off_spec: str = ""


@dataclass
class User:
    id: str
    username: str
    name: str
    description: str = ""
    url: str = ""
    location: str = ""
    entities: dict | None = None
    created_at: str = "2020-01-02T03:04:05.000Z"
    protected: bool = False
    accepts_dms: bool = True

    def as_json(self, fields: list[str]) -> dict:
        wanted = {"id", "name", "username", *fields}  # X's defaults plus what was asked for
        data: dict[str, Any] = {"id": self.id, "name": self.name, "username": self.username}
        optional = {"description": self.description, "url": self.url,
                    "location": self.location or None, "entities": self.entities,
                    "created_at": self.created_at, "protected": self.protected}
        data.update({k: v for k, v in optional.items() if k in wanted and v is not None})
        return data


@dataclass
class Grant:
    user_id: str
    scopes: tuple[str, ...]
    expires_at: float = math.inf


@dataclass
class CodeGrant:
    client_id: str
    redirect_uri: str
    challenge: str
    scopes: tuple[str, ...]
    user_id: str
    issued_at: float


@dataclass
class Recorded:
    method: str
    path: str
    operation_id: str
    query: dict[str, list[str]]
    body: bytes
    status: int | None = None


class Answer(Exception):
    """Raised by an operation to answer with an error document."""

    def __init__(self, status: int, body: dict):
        super().__init__(status)
        self.status = status
        self.body = body


def problem(kind: str, title: str, detail: str, status: int, **extra: Any) -> dict:
    return {"type": PROBLEMS + kind, "title": title, "detail": detail, "status": status,
            **extra}


def encode_cursor(*parts: object) -> str:
    raw = ":".join(str(p) for p in parts).encode()
    return base64.b32hexencode(raw).decode().rstrip("=").lower()


def decode_cursor(token: str) -> list[str] | None:
    try:
        padded = token.upper() + "=" * (-len(token) % 8)
        return base64.b32hexdecode(padded).decode().split(":")
    except (ValueError, UnicodeDecodeError):
        return None


class World:
    """The accounts, follows, DMs and credentials the fake X knows about."""

    def __init__(self, clock: Callable[[], float]):
        self.clock = clock
        self.users: dict[str, User] = {}
        self.followers: dict[str, list[str]] = defaultdict(list)
        self.dm_events: list[dict] = []
        self.client_id = CLIENT_ID
        self.login_user_id: str | None = None
        self.deny_authorization = False
        self.access_tokens: dict[str, Grant] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.codes: dict[str, CodeGrant] = {}
        self.issued: list[str] = []  # every token ever handed out, spent ones included
        self.limits: dict[str, tuple[int, int]] = dict(DEFAULT_LIMITS)
        self.windows: dict[tuple[str, str], list[float]] = {}
        self._ids = itertools.count(1_900_000_000_000_000_000)
        self._lock = threading.RLock()

    # --- setup -----------------------------------------------------------------------------

    def add_user(self, user_id: str, username: str, name: str | None = None,
                 **attrs: Any) -> User:
        user = User(user_id, username, name or username.title(), **attrs)
        self.users[user_id] = user
        return user

    def add_followers(self, user_id: str, count: int, start: int = 3_000_000_000) -> list[str]:
        ids = []
        for n in range(count):
            follower = str(start + n)
            if follower not in self.users:
                self.add_user(follower, f"f{start + n}"[-15:], f"Follower {n}",
                              description=f"bio {n}")
            ids.append(follower)
        self.followers[user_id] += ids
        return ids

    def add_dm(self, sender_id: str, recipient_id: str, text: str,
               created_at: float | None = None) -> dict:
        with self._lock:
            stamp = self.clock() if created_at is None else created_at
            event = {
                "id": str(next(self._ids)), "event_type": "MessageCreate", "text": text,
                "sender_id": sender_id,
                "dm_conversation_id": "-".join(sorted((sender_id, recipient_id), key=int)),
                "participant_ids": sorted((sender_id, recipient_id), key=int),
                "created_at": datetime.fromtimestamp(stamp, timezone.utc)
                .isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                "_at": stamp,
            }
            self.dm_events.append(event)
            return event

    def issue_tokens(self, user_id: str, scopes: tuple[str, ...] = ALL_SCOPES,
                     expires_in: int = 7200) -> dict:
        with self._lock:
            access = "xat-" + secrets.token_urlsafe(24)
            self.issued.append(access)
            grant = Grant(user_id, tuple(scopes), self.clock() + expires_in)
            self.access_tokens[access] = grant
            payload = {"token_type": "bearer", "expires_in": expires_in,
                       "access_token": access, "scope": " ".join(scopes)}
            if "offline.access" in scopes:
                refresh = "xrt-" + secrets.token_urlsafe(24)
                self.issued.append(refresh)
                self.refresh_tokens[refresh] = Grant(user_id, tuple(scopes))
                payload["refresh_token"] = refresh
            return payload

    def expire(self, access_token: str) -> None:
        self.access_tokens[access_token].expires_at = self.clock() - 1

    # --- rate limits -----------------------------------------------------------------------

    def take(self, operation_id: str, user_id: str) -> tuple[bool, dict[str, str]]:
        """Spend one request of the user's window: ``(allowed, x-rate-limit-* headers)``."""
        limit, window = self.limits.get(operation_id, (900, 900))
        with self._lock:
            now = self.clock()
            state = self.windows.get((operation_id, user_id))
            if state is None or now >= state[1]:
                state = [float(limit), float(math.ceil(now + window))]
                self.windows[(operation_id, user_id)] = state
            allowed = state[0] > 0
            if allowed:
                state[0] -= 1
            headers = {"x-rate-limit-limit": str(limit),
                       "x-rate-limit-remaining": str(int(state[0])),
                       "x-rate-limit-reset": str(int(state[1]))}
            return allowed, headers


class XApiServer:
    def __init__(self, validator: SpecValidator, clock: FakeClock | None = None):
        self.validator = validator
        self.clock = clock or FakeClock()
        self.world = World(self.clock.time)
        self.violations: list[str] = []
        self.off_spec: list[str] = []
        self.requests: list[Recorded] = []
        self._faults: dict[str, deque[Fault]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> "XApiServer":
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_port}"

    # --- scenario controls -----------------------------------------------------------------

    def inject(self, operation_id: str, *faults: Fault) -> None:
        with self._lock:
            self._faults[operation_id].extend(faults)

    def next_fault(self, operation_id: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(operation_id)
            return queue.popleft() if queue else None

    def calls(self, operation_id: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.operation_id == operation_id]

    def violate(self, message: str) -> None:
        with self._lock:
            self.violations.append(message)

    def record(self, entry: Recorded) -> None:
        with self._lock:
            self.requests.append(entry)

    # --- API operations (called from handler threads) ----------------------------------------

    def api(self, check: RequestCheck) -> tuple[int, Any, dict, Fault | None]:
        """``(status, body, headers, fault)`` for a request that passed validation."""
        op = check.operation
        assert op is not None
        world = self.world
        grant = world.access_tokens.get(check.token or "")
        if grant is None or grant.expires_at <= world.clock():
            # X's v1.1-era error shape; the spec's `Error` schema accepts it.
            return 401, {"code": 89, "message": "Invalid or expired token."}, {}, None
        required = next((set(r["OAuth2UserToken"]) for r in op.security
                         if "OAuth2UserToken" in r), set())
        missing = sorted(required - set(grant.scopes))
        if missing:
            return 403, problem("disallowed-resource", "Forbidden",
                                f"The token is missing scopes: {' '.join(missing)}", 403), {}, None
        fault = self.next_fault(op.operation_id)
        if fault is not None and fault.delay:
            self._release.wait(fault.delay)
        allowed, headers = world.take(op.operation_id, grant.user_id)
        if fault is not None and (fault.drop or fault.stall or fault.status is not None):
            return fault.status or 0, fault.body, {**headers, **fault.headers}, fault
        if not allowed:
            return 429, {"code": 88, "message": "Rate limit exceeded"}, headers, None
        handler = getattr(self, "op_" + op.operation_id, None)
        if handler is None:
            self.violate(f"the fake X does not serve {op.operation_id} yet")
            return 501, {"code": 501, "message": "Not implemented by the fake"}, headers, None
        try:
            status, body = handler(check, grant)
        except Answer as answer:
            return answer.status, answer.body, headers, None
        if fault is not None and fault.partial_errors is not None:
            body.setdefault("errors", []).extend(fault.partial_errors)
        return status, body, headers, None

    def op_getUsersMe(self, check: RequestCheck, grant: Grant) -> tuple[int, dict]:
        return 200, {"data": self.world.users[grant.user_id].as_json(
            check.query.get("user.fields") or [])}

    def op_getUsersByUsername(self, check: RequestCheck, grant: Grant) -> tuple[int, dict]:
        name = check.path_params["username"]
        for user in self.world.users.values():
            if user.username.lower() == name.lower():
                return 200, {"data": user.as_json(check.query.get("user.fields") or [])}
        return 200, {"errors": [problem(
            "resource-not-found", "Not Found Error", f"Could not find user with username: "
            f"[{name}].", 404, resource_type="user", parameter="username", value=name)]}

    def op_getUsersByIds(self, check: RequestCheck, grant: Grant) -> tuple[int, dict]:
        fields = check.query.get("user.fields") or []
        data, errors = [], []
        for user_id in check.query["ids"]:
            user = self.world.users.get(user_id)
            if user is None:
                errors.append(problem(
                    "resource-not-found", "Not Found Error",
                    f"Could not find user with ids: [{user_id}].", 404, resource_type="user",
                    resource_id=user_id, parameter="ids", value=user_id))
            else:
                data.append(user.as_json(fields))
        body: dict[str, Any] = {}
        if data:
            body["data"] = data
        if errors:
            body["errors"] = errors
        return 200, body

    def _page(self, kind: str, key: str, items: list, check: RequestCheck,
              default_size: int) -> tuple[list, dict]:
        offset = 0
        token = check.query.get("pagination_token")
        if token:
            parts = decode_cursor(token)
            if not parts or parts[:2] != [kind, key] or not parts[2].isdigit():
                raise Answer(400, problem(
                    "invalid-request", "Invalid Request", "The `pagination_token` query "
                    "parameter value is not valid.", 400, parameter="pagination_token",
                    value=token))
            offset = int(parts[2])
        size = check.query.get("max_results") or default_size
        chunk = items[offset:offset + size]
        meta: dict[str, Any] = {"result_count": len(chunk)}
        if offset + size < len(items):
            meta["next_token"] = encode_cursor(kind, key, offset + size)
        if offset:
            meta["previous_token"] = encode_cursor(kind, key, max(0, offset - size))
        return chunk, meta

    def op_getUsersFollowers(self, check: RequestCheck, grant: Grant) -> tuple[int, dict]:
        user_id = check.path_params["id"]
        if user_id not in self.world.users:
            return 200, {"errors": [problem(
                "resource-not-found", "Not Found Error", f"Could not find user with id: "
                f"[{user_id}].", 404, resource_type="user", resource_id=user_id,
                parameter="id", value=user_id)]}
        followers = self.world.followers.get(user_id, [])
        # The spec gives no default page size; older docs said 100.
        chunk, meta = self._page("followers", user_id, followers, check, 100)
        fields = check.query.get("user.fields") or []
        body: dict[str, Any] = {"meta": meta}
        if chunk:
            body["data"] = [self.world.users[f].as_json(fields) for f in chunk]
        return 200, body

    def op_getDirectMessagesEvents(self, check: RequestCheck, grant: Grant) -> tuple[int, dict]:
        me = grant.user_id
        types = check.query.get("event_types") or ["MessageCreate", "ParticipantsJoin",
                                                    "ParticipantsLeave"]
        mine = [e for e in self.world.dm_events
                if me in e["participant_ids"] and e["event_type"] in types
                and e["_at"] >= self.world.clock() - 30 * 86400]  # X keeps 30 days
        mine.sort(key=lambda e: (e["_at"], int(e["id"])), reverse=True)
        chunk, meta = self._page("dm_events", me, mine, check, 100)
        fields = set(check.query.get("dm_event.fields") or []) | {"id", "event_type", "text"}
        expansions = set(check.query.get("expansions") or [])
        keep = fields | ({"sender_id"} & expansions) | ({"participant_ids"} & expansions)
        body: dict[str, Any] = {"meta": meta}
        if chunk:
            body["data"] = [{k: v for k, v in e.items() if k in keep} for e in chunk]
            if expansions & {"sender_id", "participant_ids"}:
                ids = dict.fromkeys(
                    [e["sender_id"] for e in chunk if "sender_id" in expansions]
                    + [p for e in chunk if "participant_ids" in expansions
                       for p in e["participant_ids"]])
                user_fields = check.query.get("user.fields") or []
                users = [self.world.users[i].as_json(user_fields) for i in ids
                         if i in self.world.users]
                if users:
                    body["includes"] = {"users": users}
        return 200, body

    def op_createDirectMessagesByParticipantId(self, check: RequestCheck,
                                               grant: Grant) -> tuple[int, dict]:
        recipient = self.world.users.get(check.path_params["participant_id"])
        if recipient is None:
            raise Answer(404, problem("resource-not-found", "Not Found Error",
                                      "Could not find the recipient.", 404,
                                      resource_type="user",
                                      resource_id=check.path_params["participant_id"]))
        if not recipient.accepts_dms:
            raise Answer(403, problem("not-authorized-for-resource", "Forbidden",
                                      "You cannot send Direct Messages to this user: they "
                                      "only accept messages from accounts they follow.", 403,
                                      resource_type="user", resource_id=recipient.id))
        event = self.world.add_dm(grant.user_id, recipient.id, check.body["text"])
        return 201, {"data": {"dm_conversation_id": event["dm_conversation_id"],
                              "dm_event_id": event["id"]}}

    # --- OAuth (docs-checked, not in the OpenAPI document) -----------------------------------

    def authorize(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], list[str]]:
        """``(status, headers, violations)`` for the browser's visit to the authorize page."""
        violations = []
        allowed = {"response_type", "client_id", "redirect_uri", "scope", "state",
                   "code_challenge", "code_challenge_method"}
        values = {}
        for name, given in query.items():
            if name not in allowed:
                violations.append(f"authorize: unknown parameter {name}")
            elif len(given) > 1:
                violations.append(f"authorize: {name} given {len(given)} times")
            values[name] = given[0]
        for name in sorted(allowed - set(values)):
            violations.append(f"authorize: {name} missing")
        if values.get("response_type", "code") != "code":
            violations.append("authorize: response_type must be code")
        if values.get("code_challenge_method", "S256") != "S256":
            violations.append("authorize: code_challenge_method must be S256 (our contract)")
        if not re.fullmatch(r"[A-Za-z0-9_-]{43}", values.get("code_challenge", "")):
            violations.append("authorize: code_challenge is not a base64url SHA-256")
        known = self.validator.spec["components"]["securitySchemes"]["OAuth2UserToken"][
            "flows"]["authorizationCode"]["scopes"]
        scopes = values.get("scope", "").split(" ")
        violations += [f"authorize: unknown scope {s!r}" for s in scopes if s not in known]
        redirect = values.get("redirect_uri", "")
        if not re.fullmatch(r"http://127\.0\.0\.1:[0-9]{1,5}/callback", redirect):
            violations.append(f"authorize: redirect_uri {redirect!r} is not the loopback "
                              "callback")
        if violations:
            return 400, {}, violations
        if values["client_id"] != self.world.client_id or self.world.deny_authorization:
            error = "unauthorized_client" if values["client_id"] != self.world.client_id \
                else "access_denied"
            location = f"{redirect}?{urlencode({'error': error, 'state': values['state']})}"
            return 302, {"Location": location}, []
        code = secrets.token_urlsafe(32)
        self.world.codes[code] = CodeGrant(values["client_id"], redirect,
                                           values["code_challenge"], tuple(scopes),
                                           self.world.login_user_id or "", self.world.clock())
        location = f"{redirect}?{urlencode({'state': values['state'], 'code': code})}"
        return 302, {"Location": location}, []

    def token(self, headers: Any, body: bytes) -> tuple[int, dict, list[str]]:
        violations = []
        media = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media != "application/x-www-form-urlencoded":
            violations.append(f"token: content type {media!r}, expected form-encoded")
        form_lists = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        form = {k: v[0] for k, v in form_lists.items()}
        violations += [f"token: {k} given {len(v)} times" for k, v in form_lists.items()
                       if len(v) > 1]
        grant_type = form.get("grant_type")
        fields = {"authorization_code": {"grant_type", "code", "redirect_uri",
                                         "code_verifier", "client_id"},
                  "refresh_token": {"grant_type", "refresh_token", "client_id"}}.get(
            grant_type or "")
        if fields is None:
            violations.append(f"token: unsupported grant_type {grant_type!r}")
        else:
            violations += [f"token: unknown field {k}" for k in sorted(set(form) - fields)]
            violations += [f"token: {k} missing" for k in sorted(fields - set(form))]
        if grant_type == "authorization_code" and "code_verifier" in form \
                and not _CODE_VERIFIER_RE.match(form["code_verifier"]):
            violations.append("token: code_verifier is not 43-128 unreserved characters")
        if violations:
            return 400, {"error": "invalid_request",
                         "error_description": "; ".join(violations)}, violations
        world = self.world
        if form["client_id"] != world.client_id:
            return 401, {"error": "invalid_client",
                         "error_description": "Missing valid authorization header"}, []
        if grant_type == "authorization_code":
            code = world.codes.pop(form["code"], None)
            challenge = base64.urlsafe_b64encode(
                hashlib.sha256(form["code_verifier"].encode()).digest()).rstrip(b"=").decode()
            if code is None or world.clock() - code.issued_at > 30 \
                    or code.redirect_uri != form["redirect_uri"] or code.challenge != challenge:
                # Codes live 30 seconds (docs authorization-code.mdx).
                return 400, {"error": "invalid_request", "error_description":
                             "Value passed for the authorization code was invalid."}, []
            return 200, world.issue_tokens(code.user_id, code.scopes), []
        old = world.refresh_tokens.pop(form["refresh_token"], None)
        if old is None:
            return 400, {"error": "invalid_request",
                         "error_description": "Value passed for the token was invalid."}, []
        return 200, world.issue_tokens(old.user_id, old.scopes), []


class _Handler(BaseHTTPRequestHandler):
    owner: XApiServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._handle("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle("DELETE")

    def _send(self, status: int, body: Any, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        payload = b"" if body is None else json.dumps(body).encode()
        self._send_raw(status, payload, content_type, headers)

    def _send_raw(self, status: int, payload: bytes, content_type: str,
                  headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if payload:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _handle(self, method: str) -> None:
        try:
            self._dispatch(method)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (a test killed it): not the server's fault
        except Exception:  # a server bug must fail the test, not vanish in a thread
            self.owner.violate("fake X crashed:\n" + traceback.format_exc())
            self._drop()

    def _dispatch(self, method: str) -> None:
        server = self.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        if parts.path == "/2/oauth2/token" and method == "POST":
            entry = Recorded(method, parts.path, TOKEN_OP, query, body)
            server.record(entry)
            fault = server.next_fault(TOKEN_OP)
            if fault is not None and fault.drop:
                return self._drop()
            status, answer, violations = server.token(self.headers, body)
            for violation in violations:
                server.violate(violation)
            if status == 200:
                for error in jsonschema.Draft4Validator(_TOKEN_RESPONSE_SCHEMA).iter_errors(answer):
                    server.violate(f"token response: {error.message}")
            entry.status = status
            return self._send(status, answer, headers={"Cache-Control": "no-store"})
        if parts.path == "/i/oauth2/authorize" and method == "GET":
            entry = Recorded(method, parts.path, AUTHORIZE_OP, query, body)
            server.record(entry)
            status, headers, violations = server.authorize(query)
            for violation in violations:
                server.violate(violation)
            entry.status = status
            return self._send(status, None if status == 302 else {"error": "invalid_request"},
                              headers=headers)
        check = server.validator.validate_request(method, parts.path, parts.query,
                                                  self.headers, body)
        op_id = check.operation.operation_id if check.operation else ""
        entry = Recorded(method, parts.path, op_id, query, body)
        server.record(entry)
        if check.violations:
            for violation in check.violations:
                server.violate(f"{method} {parts.path}: {violation}")
            entry.status = 400
            answer = problem("invalid-request", "Invalid Request",
                             "; ".join(check.violations), 400)
            return self._send(400, answer, "application/problem+json")
        status, answer, headers, fault = server.api(check)
        entry.status = status
        if fault is not None and fault.drop:
            return self._drop()
        if fault is not None and fault.stall:
            server._release.wait(fault.stall)
            return self._drop()
        content_type = fault.content_type if fault is not None else (
            "application/problem+json" if isinstance(answer, dict) and "type" in answer
            and "title" in answer else "application/json")
        if fault is not None and fault.raw is not None:
            server.off_spec.append(f"{op_id} {status}: {fault.off_spec or 'raw body'}")
            return self._send_raw(status, fault.raw, content_type, headers)
        if fault is not None and fault.off_spec:
            server.off_spec.append(f"{op_id} {status}: {fault.off_spec}")
        else:
            for error in server.validator.validate_response(check.operation, status,
                                                            content_type, answer):
                server.violate(f"server bug, {method} {parts.path}: {error}")
        return self._send(status, answer, content_type, headers)


class SimulatedBrowser:
    """The user's browser during a login: opens X's authorize page (on the fake) and
    follows its redirect to the loopback callback. ``tamper`` may rewrite that redirect."""

    def __init__(self, server: XApiServer, tamper: Callable[[str], str] | None = None):
        self.server = server
        self.tamper = tamper
        self.opened: list[str] = []
        self.landed: list[requests.Response] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        assert url.startswith(AUTHORIZE_URL + "?"), url
        page = requests.get(self.server.url + "/i/oauth2/authorize?" + urlsplit(url).query,
                            allow_redirects=False, timeout=5)
        assert page.status_code == 302, page.text
        target = page.headers["Location"]
        if self.tamper is not None:
            target = self.tamper(target)
        self.landed.append(requests.get(target, timeout=5))
        return True
