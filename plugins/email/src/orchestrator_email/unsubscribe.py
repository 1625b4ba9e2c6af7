"""Unsubscribe links: the ``List-Unsubscribe`` headers and the footer's opt-out line.

Every message offers a way out twice: in the headers, where mail clients show an
"Unsubscribe" button (RFC 2369 ``List-Unsubscribe``; RFC 8058 one-click with
``List-Unsubscribe-Post: List-Unsubscribe=One-Click``, which Gmail and Yahoo require from
bulk senders), and as a visible line in the body, which CAN-SPAM requires (and which is all
that survives when an exported ``.eml`` is re-sent from a mail client).

The ``unsubscribe`` setting holds a ``mailto:`` and/or an ``https:`` URL, as a list or as
one string separated by spaces or commas:

* ``mailto:unsubscribe@example.com`` - a reply comes from the recipient's own address, so
  it identifies them; without a query we add ``?subject=unsubscribe``.
* ``https://example.com/unsubscribe/{token}`` - a one-click POST (RFC 8058 §3.2) carries no
  cookies and no other context, so the URL itself must say who is unsubscribing: an https
  URL without ``{token}`` is refused. ``{token}`` is also allowed in the mailto query.

The token is opaque and hard to forge, as RFC 8058 §3.1 asks, and keeps the address itself
out of URLs (web server logs, link scanners)::

    token = base32(HMAC-SHA256(secret, "orchestrator-email/unsubscribe/v1\\0" + key)[:16])

lowercased, without padding: 26 characters, 128 bits. ``key`` is the recipient's identity
key (lowercased address), ``secret`` the unsubscribe secret: ``$OUTREACH_EMAIL_UNSUBSCRIBE_
SECRET``, else keyring entry ``email.unsubscribe_secret``, at least 16 characters. The same
recipient always gets the same token, so the preview shows the real link and an endpoint
can match a token against the contact list (:func:`recipient_for_token`). Keep the secret
stable: CAN-SPAM wants the opt-out to keep working for 30 days after a message was sent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import urllib.parse
from functools import lru_cache
from typing import Iterable

from attrs import frozen

from orchestrator.api import ConfigError, InputError, secrets

from .addresses import EmailAddress, parse_address

TOKEN = "{token}"
SECRET_KEY = "email.unsubscribe_secret"
SECRET_ENV = "OUTREACH_EMAIL_UNSUBSCRIBE_SECRET"
MIN_SECRET_LENGTH = 16
# A header line may not exceed 998 octets (RFC 5322 §2.1.1); each URI gets a line of its own.
MAX_URL_LENGTH = 900
DEFAULT_MAILTO_QUERY = "subject=unsubscribe"
ONE_CLICK = "List-Unsubscribe=One-Click"

_TOKEN_CONTEXT = b"orchestrator-email/unsubscribe/v1\0"
# RFC 3986 characters, '%' checked separately; no spaces, quotes, '<' or '>' (they would end
# the header's angle-bracketed URI), no braces but the {token} placeholder.
_URI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SPLIT = re.compile(r"(?:\s*,\s*|\s+)(?=[A-Za-z][A-Za-z0-9+.\-]*:)")
# Left raw in a mailto local part: unreserved plus RFC 6068 some-delims that are also atext.
_MAILTO_SAFE = "!$'*+"


@frozen
class Mailto:
    address: EmailAddress
    query: str = DEFAULT_MAILTO_QUERY


@frozen
class Unsubscribe:
    """The configured unsubscribe targets (templates: ``{token}`` not yet filled in)."""

    mailto: Mailto | None = None
    https: str | None = None

    @property
    def needs_token(self) -> bool:
        in_mailto = self.mailto is not None and TOKEN in self.mailto.query
        return in_mailto or TOKEN in (self.https or "")

    def links(self, recipient_key: str, secret: str | None) -> UnsubscribeLinks:
        """The links for one recipient; ``secret`` is required when a URL has ``{token}``."""
        token = ""
        if self.needs_token:
            if not secret:
                raise ConfigError(f"the unsubscribe URL has {TOKEN} but no unsubscribe secret "
                                  "is set", secret_hint())
            token = token_for(recipient_key, secret)
        mailto_uri = mailto_address = mailto_subject = None
        if self.mailto is not None:
            # The same for every recipient unless the query holds the token.
            mailto_uri, mailto_address, mailto_subject = _mailto_parts(
                self.mailto, token if TOKEN in self.mailto.query else "")
        https = self.https.replace(TOKEN, token) if self.https else None
        return UnsubscribeLinks(mailto_uri, mailto_address, mailto_subject, https)


@lru_cache(maxsize=256)
def _mailto_parts(mailto: Mailto, token: str) -> tuple[str, str, str | None]:
    """The mailto: URI, its address and the subject it asks for, with ``token`` filled in."""
    query = mailto.query.replace(TOKEN, token)
    address = mailto.address
    local = urllib.parse.quote(address.local, safe=_MAILTO_SAFE)
    subjects = urllib.parse.parse_qs(query).get("subject")
    return (f"mailto:{local}@{address.ascii_domain}?{query}", address.addr_spec,
            subjects[0] if subjects else None)


@frozen
class UnsubscribeLinks:
    """One recipient's unsubscribe links, ready for the headers and the footer."""

    mailto_uri: str | None
    mailto_address: str | None
    mailto_subject: str | None
    https: str | None

    @property
    def one_click(self) -> bool:
        """RFC 8058 one-click needs an HTTPS URI (§3.1); mailto: alone does not qualify."""
        return self.https is not None

    def header_lines(self) -> list[str]:
        """``List-Unsubscribe`` URIs, one per folded line. HTTPS first: RFC 2369 §2 asks
        clients to use the left-most method they support, and one-click is the better one."""
        uris = [u for u in (self.https, self.mailto_uri) if u]
        return [f"<{uri}>" + ("," if i < len(uris) - 1 else "") for i, uri in enumerate(uris)]

    def header_value(self) -> str:
        return " ".join(self.header_lines())

    def footer_lines(self) -> list[str]:
        email_line = ""
        if self.mailto_address:
            email_line = f"email {self.mailto_address}"
            if self.mailto_subject:
                email_line += f" with the subject: {self.mailto_subject}"
        if self.https:
            lines = [f"Unsubscribe: {self.https}"]
            if email_line:
                lines.append(f"Or {email_line}")
            return lines
        return [f"Unsubscribe: {email_line}"]


def parse_unsubscribe(value: object) -> tuple[Unsubscribe | None, list[str]]:
    """The ``unsubscribe`` setting, and sentences saying what is wrong with it."""
    if value is None or value == "" or value == []:
        return None, []
    if isinstance(value, str):
        items = [p.strip(" \t,") for p in _SPLIT.split(value.strip())]
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = [v.strip() for v in value]
    else:
        return None, [_fix("unsubscribe must be a URL string or a list of URL strings")]
    problems: list[str] = []
    mailto: Mailto | None = None
    https: str | None = None
    for item in (i for i in items if i):
        scheme = item.split(":", 1)[0].lower() if ":" in item else ""
        if scheme == "mailto":
            if mailto is not None:
                problems.append(_fix("unsubscribe has more than one mailto: URL; keep one"))
                continue
            mailto = _parse_mailto(item, problems)
        elif scheme == "https":
            if https is not None:
                problems.append(_fix("unsubscribe has more than one https: URL; keep one"))
                continue
            https = _parse_https(item, problems)
        elif scheme == "http":
            problems.append(_fix(f"unsubscribe URL {item!r} must use https: (RFC 8058 one-click "
                                 "unsubscribe needs an HTTPS URI)"))
        else:
            problems.append(_fix(f"unsubscribe entry {item!r} must be a mailto: or https: URL"))
    if problems:
        return None, problems
    if mailto is None and https is None:
        return None, []
    return Unsubscribe(mailto, https), []


def token_for(recipient_key: str, secret: str) -> str:
    """The opaque unsubscribe token of one recipient (see the module docstring)."""
    digest = hmac.new(secret.encode(), _TOKEN_CONTEXT + recipient_key.encode(), hashlib.sha256)
    return base64.b32encode(digest.digest()[:16]).decode("ascii").rstrip("=").lower()


def recipient_for_token(token: str, keys: Iterable[str], secret: str) -> str | None:
    """Which of ``keys`` ``token`` was made for (constant-time comparison); ``None``: none."""
    wanted = token.strip().lower()
    found = None
    for key in keys:
        if hmac.compare_digest(token_for(key, secret), wanted):
            found = key
    return found


def resolve_secret() -> str | None:
    """The unsubscribe secret: ``$OUTREACH_EMAIL_UNSUBSCRIBE_SECRET``, else the keyring."""
    return secrets.resolve(SECRET_KEY, SECRET_ENV)


def secret_problem() -> str | None:
    """A sentence when the secret that signs ``{token}`` is missing or too short."""
    secret = resolve_secret()
    if secret and len(secret) >= MIN_SECRET_LENGTH:
        return None
    what = "is too short" if secret else "is not set"
    return (f"The unsubscribe secret {what}: {secret_hint()} "
            f"It signs the {TOKEN} in your unsubscribe URL so that nobody can unsubscribe "
            "someone else.")


def secret_hint() -> str:
    return (f"Set the environment variable {SECRET_ENV} to a random string of at least "
            f"{MIN_SECRET_LENGTH} characters, or store it in the system keyring as "
            f"{SECRET_KEY!r} (service {secrets.KEYRING_SERVICE!r}).")


def _parse_mailto(item: str, problems: list[str]) -> Mailto | None:
    rest = item.split(":", 1)[1]
    target, _, query = rest.partition("?")
    try:
        address = parse_address(urllib.parse.unquote(target, errors="strict"))
    except (InputError, UnicodeDecodeError) as exc:
        problems.append(_fix(f"unsubscribe {item!r} does not name a valid address ({exc})"))
        return None
    if not _uri_ok(query):
        problems.append(_fix(f"unsubscribe {item!r} has characters that must be "
                             "percent-encoded in its query"))
        return None
    if len(item) > MAX_URL_LENGTH:
        problems.append(_fix(f"unsubscribe URL is longer than {MAX_URL_LENGTH} characters"))
        return None
    return Mailto(address.with_name(""), query or DEFAULT_MAILTO_QUERY)


def _parse_https(item: str, problems: list[str]) -> str | None:
    if not _uri_ok(item):
        problems.append(_fix(f"unsubscribe URL {item!r} has spaces, quotes, angle brackets, "
                             "braces other than {token} or non-ASCII characters; "
                             "percent-encode them"))
        return None
    parts = urllib.parse.urlsplit(item.replace(TOKEN, "token"))
    if not parts.hostname:
        problems.append(_fix(f"unsubscribe URL {item!r} has no host name"))
        return None
    if parts.username is not None or parts.password is not None:
        problems.append(_fix(f"unsubscribe URL {item!r} must not contain a user name or password"))
        return None
    if TOKEN not in item:
        problems.append(
            f"Add {TOKEN} to the https: unsubscribe URL under [email] in config.toml "
            f"(e.g. https://{parts.hostname}/unsubscribe/{TOKEN}): a one-click unsubscribe "
            "(RFC 8058) is a bare POST to that URL, so the URL must say who is unsubscribing."
        )
        return None
    if len(item) > MAX_URL_LENGTH:
        problems.append(_fix(f"unsubscribe URL is longer than {MAX_URL_LENGTH} characters"))
        return None
    return "https" + item[len("https"):]  # the scheme is case-insensitive; write it lowercase


def _uri_ok(text: str) -> bool:
    bare = text.replace(TOKEN, "")
    return bool(_URI_CHARS.fullmatch(bare)) and not _BAD_ESCAPE.search(bare)


def _fix(problem: str) -> str:
    return f"Fix unsubscribe under [email] in config.toml: {problem}."
