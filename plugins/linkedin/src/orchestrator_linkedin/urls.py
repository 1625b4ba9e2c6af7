"""LinkedIn member-profile URLs, normalized to one identity key.

The same person reaches us as many spellings of one URL: ``http://uk.linkedin.com/in/Jane-Doe/``,
``https://m.linkedin.com/in/jane-doe?trk=...``, ``www.linkedin.com/in/jane-doe/details/skills/``
(an endorsement URL without a scheme, seen in exports), and slugs with accents either raw
(``/in/lisânias-...``, as ``messages.csv`` writes them) or percent-encoded (``zo%C3%AB-brandt``).
All of them become

* ``key``: ``in/<slug>``, the slug percent-decoded, NFC-normalized and lowercased, and
* ``display``: ``https://www.linkedin.com/in/<slug>``.

A vanity name is whatever LinkedIn produced: any Unicode, emoji included (``/in/%F0%9F%8F%B3
%EF%B8%8F%E2%80%8D%F0%9F%8C%88-sam``, a ZWJ sequence), percent-encoded or not; it is decoded
and normalized the same way every time, so one profile always gets one key. Only what no
name can hold is refused: control characters, spaces, ``/?#%`` and the like.

Two deliberate exceptions and refusals:

* Member-id slugs (``/in/ACoAAB...``, what messaging links and some tools use instead of the
  vanity name) are opaque, case-sensitive ids, so their case is kept.
* Only ``/in/`` addresses are profiles. Company, school and showcase pages, Sales Navigator
  links and the pre-2014 ``/pub/name/a/b/c`` form raise :class:`NotAProfileURL`: the old form
  redirects to an ``/in/`` slug that cannot be computed reliably offline, so the user is asked
  for the address it redirects to. Anything that is not a LinkedIn URL raises
  :class:`~orchestrator.errors.InputError`; a LinkedIn profile URL whose name cannot be
  used (a broken percent-encoding, a control character) raises :class:`OddProfileURL`,
  which an export import turns into a warning for that row, never a failed file.

The core reaches this through the ``outreach_normalize_identity`` hook.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from orchestrator.api import Identity, InputError

PLATFORM = "linkedin"
DISPLAY_PREFIX = "https://www.linkedin.com/in/"

# linkedin.com itself, www., the mobile site and country subdomains (uk., de., ...).
_HOST = re.compile(r"^(?:(?:www|m|[a-z]{2})\.)?linkedin\.com$")
_MEMBER_ID = re.compile(r"^ACoAA[A-Za-z0-9_-]{20,}$")
# Characters no slug contains; their presence means a broken or pasted-together value.
_FORBIDDEN = set("/\\?#%@:;,<>\"'`{}|^[]")
_MAX_SLUG = 200
_PLAIN = re.compile(r"[a-z0-9][a-z0-9_-]*")
_HINT = "Use the address of the person's profile, like https://www.linkedin.com/in/jane-doe."


class NotAProfileURL(InputError):
    """A LinkedIn URL that is not a member profile (a company page, an old ``/pub/`` link)."""


class OddProfileURL(InputError):
    """A LinkedIn profile URL whose name cannot be used (broken encoding, control characters)."""


def normalize_profile_url(value: str) -> Identity:
    """The identity for a LinkedIn profile URL (any spelling, or an ``in/<slug>`` key).

    Raises :class:`NotAProfileURL` for LinkedIn pages that are not member profiles and
    :class:`~orchestrator.errors.InputError` for anything else that is not a profile URL.
    """
    slug = _slug(value)
    return Identity(PLATFORM, f"in/{slug}", display=DISPLAY_PREFIX + slug)


_FAST = re.compile(r"(?:https?://(?:www\.)?linkedin\.com/)?in/([a-z0-9][a-z0-9_-]*)/?")


def _slug(value: str) -> str:
    text = value.strip()
    if not text:
        raise InputError("empty LinkedIn profile URL", _HINT)
    fast = _FAST.fullmatch(text)
    if fast is not None and len(fast.group(1)) <= _MAX_SLUG:
        return fast.group(1)  # a key (in/jane-doe) or the canonical URL: nothing to undo
    url = _with_scheme(text)
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError as exc:
        raise InputError(f"not a LinkedIn profile URL: {text!r} ({exc})", _HINT) from None
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(host):
        raise InputError(f"not a LinkedIn profile URL: {text!r}", _HINT)
    if port is not None or parts.username is not None:
        raise InputError(f"not a LinkedIn profile URL: {text!r}", _HINT)
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0].lower() == "mwlite":  # LinkedIn Lite mirrors /in/ paths
        segments = segments[1:]
    if not segments or segments[0].lower() != "in":
        if segments and segments[0].lower() == "pub":
            raise NotAProfileURL(
                f"old-style /pub/ profile URL: {text!r}",
                "Open it in a browser and use the /in/ address it redirects to.",
            )
        raise NotAProfileURL(f"not a member profile URL (no /in/<name>): {text!r}", _HINT)
    if len(segments) < 2:
        raise NotAProfileURL(f"profile URL without a name after /in/: {text!r}", _HINT)
    return _clean_slug(segments[1], text)


def _with_scheme(text: str) -> str:
    if "://" in text:
        return text
    if text.startswith("//"):
        return "https:" + text
    if text.lower().startswith("in/"):  # the key form itself
        return "https://www.linkedin.com/" + text
    return "https://" + text


def _clean_slug(raw: str, original: str) -> str:
    slug = raw
    for _ in range(3):  # copied redirect URLs are sometimes encoded twice
        if "%" not in slug:
            break
        try:
            slug = unquote(slug, errors="strict")
        except UnicodeDecodeError:
            raise OddProfileURL(
                f"profile URL with a broken percent-encoding: {original!r}", _HINT
            ) from None
    slug = unicodedata.normalize("NFC", slug)
    if not _MEMBER_ID.match(slug):
        slug = unicodedata.normalize("NFC", slug.lower())
    if _PLAIN.fullmatch(slug):
        return slug  # the common case: a-z, 0-9 and hyphens
    # Emoji (and their zero-width joiners and variation selectors), accents and any script
    # are names LinkedIn gives out; control characters, spaces and URL syntax are not.
    bad = sorted({c for c in slug if c in _FORBIDDEN or c.isspace()
                  or unicodedata.category(c) in ("Cc", "Cs")})
    if bad or slug in (".", "..") or len(slug) > _MAX_SLUG:
        shown = "".join(bad) if bad else slug[:40]
        raise OddProfileURL(f"not a valid profile name in {original!r} ({shown!r})", _HINT)
    return slug
