"""Who an X account is: numeric ids, handles, and identity-link evidence in profiles.

An X account's numeric user id never changes, while its handle (``username``) can be renamed
at any time, so the numeric id is the identity key (``Identity(platform="twitter",
key="2244994945")``). A person known only by handle gets the key ``@handle`` (lowercase,
because X handles are case-insensitive) until a lookup resolves the id; the display keeps the
case the person chose (``@JaneDoe``).

Handles match ``^[A-Za-z0-9_]{1,15}$``: the pattern the X API v2 OpenAPI document 2.167 gives
for ``GET /2/users/by/username/{username}`` (docs/platform-rules.md section 2a).

:func:`parse_account` accepts what people paste: ``@jane``, ``jane``, profile URLs on
``x.com``/``twitter.com``/``mobile.twitter.com`` (with or without scheme, ``www.``, query or
trailing path), ``intent/user?user_id=`` and ``intent/user?screen_name=`` links (the archive's
``userLink`` form, docs/platform-rules.md 2f), ``x.com/i/user/<id>`` and old ``twitter.com/#!/jane``.
A bare string of digits is read as a user id (that is how archives and the API spell ids);
write ``@123`` for the rare all-digit handle.

:func:`find_link_evidence` looks for other identities a person published in their X profile
(LinkedIn profile URLs, email addresses) and returns the raw values with a sentence of
evidence; normalizing them is the LinkedIn and email plugins' job.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Mapping
from urllib.parse import parse_qs, urlsplit

from attrs import frozen

from orchestrator.api import Identity, InputError

PLATFORM = "twitter"
HANDLE_RE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
# UserId in the OpenAPI document: a string of 1 to 19 digits.
USER_ID_RE = re.compile(r"^[0-9]{1,19}$")

_X_HOSTS = frozenset({"x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"})
# First path segments on x.com that are pages, not profiles.
_RESERVED = frozenset({
    "home", "explore", "search", "notifications", "messages", "settings", "i", "intent",
    "share", "hashtag", "login", "logout", "signup", "tos", "privacy", "compose", "account",
    "about", "download", "jobs", "lists", "communities", "premium", "verified", "who_to_follow",
})


class NotAnXAccount(InputError, ValueError):
    """Text that names no X account. An ``InputError`` for the CLI (exit code 2), and a
    ``ValueError`` for callers that parse without caring about the CLI."""


@frozen
class AccountRef:
    """An X account as referred to: by numeric ``user_id`` or by ``handle`` (exactly one)."""

    user_id: str | None = None
    handle: str | None = None

    @property
    def key(self) -> str:
        """The identity key: the numeric id, else ``@handle`` in lowercase."""
        return self.user_id if self.user_id is not None else handle_key(self.handle or "")


def is_user_id(value: str) -> bool:
    return bool(USER_ID_RE.match(value))


def handle_key(handle: str) -> str:
    """``@handle`` in lowercase: X handles are case-insensitive."""
    return "@" + validate_handle(handle).lower()


def validate_handle(handle: str) -> str:
    """``handle`` without a leading ``@``, checked against the API's pattern."""
    bare = handle[1:] if handle.startswith("@") else handle
    if not HANDLE_RE.match(bare):
        raise NotAnXAccount(f"not an X handle: {handle!r} (1-15 letters, digits or _)")
    return bare


def parse_account(text: str) -> AccountRef:
    """Read a handle, an id or an X profile link; :class:`NotAnXAccount` for anything else."""
    value = text.strip()
    if not value:
        raise NotAnXAccount("empty X account reference")
    if value.startswith("@"):
        return AccountRef(handle=validate_handle(value))
    if "/" in value or "." in value or ":" in value:
        return _parse_url(value)
    if value.isascii() and value.isdigit():
        if not is_user_id(value):
            raise NotAnXAccount(f"not an X user id: {value!r} (at most 19 digits)")
        return AccountRef(user_id=value)
    return AccountRef(handle=validate_handle(value))


def normalize_handle(text: str) -> str:
    """The handle (original case, no ``@``) that ``text`` names; :class:`NotAnXAccount` if none."""
    ref = parse_account(text)
    if ref.handle is None:
        raise NotAnXAccount(f"{text!r} names an X user id, not a handle")
    return ref.handle


def _parse_url(value: str) -> AccountRef:
    url = value if "://" in value else "https://" + value
    try:
        parts = urlsplit(url)
    except ValueError:
        raise NotAnXAccount(f"not an X profile link: {value!r}") from None
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.scheme.lower() not in ("http", "https") or host not in _X_HOSTS:
        raise NotAnXAccount(f"not an X profile link: {value!r}")
    path = parts.path
    if path.strip("/") == "" and parts.fragment.startswith("!/"):
        path = parts.fragment[1:]  # twitter.com/#!/jane, the pre-2012 form
    segments = [s for s in path.split("/") if s]
    if not segments:
        raise NotAnXAccount(f"X link without an account: {value!r}")
    first = segments[0].lower()
    if first == "intent" and len(segments) >= 2 and segments[1].lower() in ("user", "follow"):
        query = parse_qs(parts.query)
        if query.get("user_id"):
            user_id = query["user_id"][0]
            if not is_user_id(user_id):
                raise NotAnXAccount(f"bad user_id in X link: {value!r}")
            return AccountRef(user_id=user_id)
        if query.get("screen_name"):
            return AccountRef(handle=validate_handle(query["screen_name"][0]))
        raise NotAnXAccount(f"X intent link without user_id or screen_name: {value!r}")
    if first == "i" and len(segments) >= 3 and segments[1] == "user":
        if not is_user_id(segments[2]):
            raise NotAnXAccount(f"bad user id in X link: {value!r}")
        return AccountRef(user_id=segments[2])
    if first in _RESERVED:
        raise NotAnXAccount(f"X link to a page, not a profile: {value!r}")
    return AccountRef(handle=validate_handle(segments[0]))


def profile_url(ref: AccountRef) -> str:
    if ref.user_id is not None:
        # Resolves to the profile whatever the handle is now.
        return f"https://x.com/i/user/{ref.user_id}"
    return f"https://x.com/{validate_handle(ref.handle or '')}"


def user_identity(user_id: str, username: str | None = None, *, source: str = "",
                  evidence: str = "") -> Identity:
    """The identity of an account whose numeric id is known (``display`` is ``@Handle``)."""
    if not is_user_id(user_id):
        raise NotAnXAccount(f"not an X user id: {user_id!r}")
    display = "@" + validate_handle(username) if username else profile_url(AccountRef(user_id))
    return Identity(PLATFORM, user_id, display=display, source=source, evidence=evidence)


def handle_identity(handle: str, *, source: str = "", evidence: str = "") -> Identity:
    """The identity of an account known only by handle: key ``@handle``, display ``@Handle``."""
    bare = validate_handle(handle)
    return Identity(PLATFORM, "@" + bare.lower(), display="@" + bare, source=source,
                    evidence=evidence)


def identity_from_text(text: str, *, source: str = "", evidence: str = "") -> Identity:
    """An identity from whatever :func:`parse_account` accepts."""
    ref = parse_account(text)
    if ref.user_id is not None:
        return user_identity(ref.user_id, source=source, evidence=evidence)
    return handle_identity(ref.handle or "", source=source, evidence=evidence)


# --- identity-link evidence -------------------------------------------------------------

@frozen
class LinkEvidence:
    """Another identity a person published on X: ``platform`` is ``linkedin`` or ``email``.

    ``value`` is raw (as written); the owning plugin normalizes it.
    """

    platform: str
    value: str
    evidence: str


_LINKEDIN_RE = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[^\s/?#\"'<>()\[\]]+/?", re.IGNORECASE)
_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _scan(text: str) -> Iterator[tuple[str, str]]:
    """``(platform, raw value)`` in the order they appear; trailing punctuation dropped."""
    found = [(m.start(), "linkedin", m.group(0).rstrip(".,;:!"))
             for m in _LINKEDIN_RE.finditer(text)]
    # Blank out the URLs so an email-looking part of one is not reported twice.
    without_urls = _LINKEDIN_RE.sub(lambda m: " " * len(m.group(0)), text)
    found += [(m.start(), "email", m.group(0).rstrip("."))
              for m in _EMAIL_RE.finditer(without_urls)]
    for _start, platform, value in sorted(found):
        yield platform, value


def _entity_urls(entities: Mapping[str, Any] | None, section: str) -> list[str]:
    block = (entities or {}).get(section)
    urls = (block.get("urls") or []) if isinstance(block, Mapping) else []
    found = []
    for item in urls:
        if isinstance(item, Mapping):
            # t.co hides the target; expanded_url is where the link goes.
            target = item.get("expanded_url") or item.get("url")
            if isinstance(target, str) and target:
                found.append(target)
    return found


def find_link_evidence(*, description: str | None = "", url: str | None = "",
                       entities: Mapping[str, Any] | None = None,
                       who: str = "") -> list[LinkEvidence]:
    """LinkedIn profile URLs and email addresses in an X profile, each with its evidence.

    Looks at the bio (``description``), the website field (``url``) and the expanded links
    of ``entities`` (the User object's ``entities.url`` and ``entities.description``).
    ``who`` names the account in the evidence sentence (``@jane``).
    """
    subject = f"The X profile of {who}" if who else "The X profile"
    places = [("bio", description or "")]
    places += [("website", u) for u in [url or "", *_entity_urls(entities, "url")] if u]
    places += [("bio link", u) for u in _entity_urls(entities, "description")]
    seen: set[tuple[str, str]] = set()
    found: list[LinkEvidence] = []
    for where, text in places:
        for platform, value in _scan(text):
            # Only to avoid listing one profile twice (www./scheme/slash variants).
            marker = (platform, value.lower().split("linkedin.com/in/")[-1].rstrip("/"))
            if marker in seen:
                continue
            seen.add(marker)
            found.append(LinkEvidence(platform, value,
                                      f"{subject} lists {value} in its {where}."))
    return found
