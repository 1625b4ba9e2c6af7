"""Email addresses: parse, normalize and validate, never touching DNS.

What people paste is messy: ``Jane <Jane@Example.COM>``, ``mailto:jane@example.com``,
``"Doe, Jane" <jane@bücher.example>``, stray spaces. :func:`parse_address` turns any of
those into an :class:`EmailAddress` or raises :class:`~orchestrator.errors.InputError`, so
the core can refuse a bad address at import rather than at send.

What is accepted is deliberately narrower than RFC 5322 allows, because every accepted
address must be usable later as a header value and as an SMTP envelope path:

* the local part is a dot-atom (RFC 5322 §3.2.3); UTF-8 letters, marks and digits are
  allowed too (RFC 6532), which needs SMTPUTF8 to send. Quoted local parts, comments and
  address literals (``[192.0.2.1]``) are refused with a message that says so;
* the domain goes through IDNA 2008 with the UTS #46 mapping (the ``idna`` package; the
  stdlib codec is IDNA 2003, which maps ``faß.de`` to a *different* domain). Headers and
  the envelope use the A-label form (``xn--...``), which needs no SMTPUTF8;
* length limits: local part 64 octets, domain 253, path 254 (RFC 5321 §4.5.3.1).

``key`` is the identity key the ledger matches on: the lowercased local part and the
Unicode (U-label) domain, so ``Jane@BÜCHER.example`` and ``jane@xn--bcher-kva.example``
are the same person. Parsing is idempotent: parsing an address's ``display`` or ``key``
gives the same address or key back (checked with Hypothesis).
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
import urllib.parse

import idna
from attrs import frozen

from orchestrator.api import Identity, InputError

PLATFORM = "email"

MAX_INPUT = 998  # RFC 5322 §2.1.1 line limit: nothing longer can be a header value anyway
MAX_LOCAL = 64
MAX_DOMAIN = 253
MAX_PATH = 254

# RFC 5322 §3.2.3 atext (ASCII); non-ASCII is checked by Unicode category below.
_ATEXT = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-/=?^_`{|}~")
_LDH_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
# The everyday address: ASCII dot-atom, host-name labels, a letter top-level label and no
# "--" in the domain (IDNA has rules for those). Such an address needs neither Unicode
# normalization nor IDNA: it is read without them (an import of 100,000 spent a third of
# its normalizing there). Anything else takes the full path.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_ADDRESS = re.compile(rf"({_ATOM}(?:\.{_ATOM})*)@((?:{_LABEL}\.)+[A-Za-z]{{2,63}})")
# C0/C1 controls (tab, CR, LF, NEL included), DEL, and the Unicode line/paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Lone surrogates are not text: they cannot be encoded as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# A display name that needs no quotes: atext, spaces and non-ASCII (RFC 5322 phrase, RFC 6532).
_BARE_NAME = re.compile(r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ \u00a0-\U0010ffff]+")


@frozen
class EmailAddress:
    """One mailbox: ``local@domain`` plus an optional display name."""

    local: str
    domain: str
    ascii_domain: str
    name: str = ""

    @property
    def key(self) -> str:
        return f"{_lower(self.local)}@{self.domain}"

    @property
    def addr_spec(self) -> str:
        """The address as a human reads it (Unicode domain)."""
        return f"{self.local}@{self.domain}"

    @property
    def ascii_addr_spec(self) -> str:
        """The address for headers and the SMTP envelope (A-label domain)."""
        return f"{self.local}@{self.ascii_domain}"

    @property
    def needs_smtputf8(self) -> bool:
        """A non-ASCII local part can only travel with SMTPUTF8 (RFC 6531)."""
        return not self.local.isascii()

    @property
    def display(self) -> str:
        if not self.name:
            return self.addr_spec
        return f"{_quote_name(self.name)} <{self.addr_spec}>"

    def with_name(self, name: str) -> EmailAddress:
        return EmailAddress(self.local, self.domain, self.ascii_domain, _clean_name(name))


def parse_address(value: object) -> EmailAddress:
    """Normalize ``value`` into an address; :class:`InputError` says what is wrong with it."""
    if not isinstance(value, str):
        raise InputError(f"an email address must be text, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise InputError("the email address is empty")
    if len(text) > MAX_INPUT:
        raise InputError(f"the email address is too long ({len(text)} characters)")
    _refuse_controls(text, "the email address")
    name = ""
    if text.endswith(">"):
        start = text.rfind("<")
        if start < 0:
            raise _invalid(text, "a '>' without a matching '<'")
        name = _unquote_name(text[:start].strip())
        text = text[start + 1 : -1].strip()
    if "<" in text or ">" in text:
        raise _invalid(value, "stray '<' or '>'; write 'Name <address>'")
    text = _strip_mailto(text)
    local, domain, ascii_domain = _parse_addr_spec(text)
    return EmailAddress(local, domain, ascii_domain, _clean_name(name))


def address_key(value: str) -> str:
    """The identity key of ``value`` (lowercased address, Unicode domain)."""
    return parse_address(value).key


def identity_for(value: str, source: str = "", evidence: str = "") -> Identity:
    """An email :class:`Identity` for ``value``; :class:`InputError` when invalid."""
    address = parse_address(value)
    return Identity(PLATFORM, address.key, address.display, source, evidence)


def normalize_identity(platform: str, value: str) -> Identity | None:
    """The ``outreach_normalize_identity`` hook's logic: ``None`` for other platforms."""
    if platform != PLATFORM:
        return None
    return identity_for(value)


def _parse_addr_spec(text: str) -> tuple[str, str, str]:
    plain = _PLAIN_ADDRESS.fullmatch(text)
    if plain is not None and "--" not in plain[2] and len(plain[1]) <= MAX_LOCAL \
            and len(plain[2]) <= MAX_DOMAIN and len(text) <= MAX_PATH:
        domain = plain[2].lower()
        return plain[1], domain, domain
    return _parse_any_addr_spec(text)


def _parse_any_addr_spec(text: str) -> tuple[str, str, str]:
    if not text:
        raise InputError("the email address is empty")
    if text.startswith('"'):
        raise _invalid(text, "quoted local parts are not supported")
    if "@" not in text:
        raise _invalid(text, "it has no '@'")
    space = next((char for char in text if char.isspace()), None)
    if space is not None:
        raise _invalid(text, f"{_describe(space)} inside the address; write 'Name <address>'")
    local, _, domain = text.rpartition("@")
    if "@" in local:
        raise _invalid(text, "it has more than one '@'")
    if not local:
        raise _invalid(text, "nothing before the '@'")
    local = unicodedata.normalize("NFC", local)
    _check_local(text, local)
    if domain.startswith("["):
        raise _invalid(text, "address literals like [192.0.2.1] are not supported")
    ascii_domain, unicode_domain = _normalize_domain(text, domain)
    if len(local.encode()) + 1 + len(ascii_domain) > MAX_PATH:
        raise _invalid(text, f"it is longer than {MAX_PATH} octets")
    return local, unicode_domain, ascii_domain


def _check_local(text: str, local: str) -> None:
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise _invalid(text, "dots must separate words in the part before the '@'")
    for char in local:
        if char in _ATEXT or char == ".":
            continue
        if char.isascii() or unicodedata.category(char)[0] not in "LMN":
            raise _invalid(text, f"{_describe(char)} is not allowed before the '@'")
    # Both forms must fit: lowercasing can lengthen text (U+0130 becomes two code points).
    if max(len(local.encode()), len(_lower(local).encode())) > MAX_LOCAL:
        raise _invalid(text, f"the part before the '@' is longer than {MAX_LOCAL} octets")


@functools.lru_cache(maxsize=4096)
def _idna(domain: str) -> tuple[str, str]:
    """(A-label, U-label) forms; cached, as a campaign writes to few domains many times."""
    ascii_domain = idna.encode(domain, uts46=True, transitional=False).decode("ascii")
    return ascii_domain, idna.decode(ascii_domain)


def _normalize_domain(text: str, domain: str) -> tuple[str, str]:
    if domain.endswith("."):
        domain = domain[:-1]  # the DNS root is implied; one trailing dot is harmless
    if not domain:
        raise _invalid(text, "nothing after the '@'")
    try:
        ascii_domain, unicode_domain = _idna(domain)
    except (idna.IDNAError, UnicodeError, ValueError) as exc:
        raise _invalid(text, f"the domain is not valid ({exc})") from None
    labels = ascii_domain.split(".")
    if len(labels) < 2:
        raise _invalid(text, "the domain needs a dot, as in example.com")
    if len(ascii_domain) > MAX_DOMAIN:
        raise _invalid(text, f"the domain is longer than {MAX_DOMAIN} characters")
    for label in labels:
        if not _LDH_LABEL.fullmatch(label):
            raise _invalid(text, f"the domain label {label!r} is not a valid host name label")
    if labels[-1].isdigit():
        raise _invalid(text, "the domain ends in a number; IP addresses are not supported")
    return ascii_domain, unicode_domain


def _strip_mailto(text: str) -> str:
    if text[:7].lower() != "mailto:":
        return text
    text = text[7:].split("?", 1)[0]
    try:
        text = urllib.parse.unquote(text, errors="strict")
    except UnicodeDecodeError:
        raise _invalid(text, "the mailto: link has invalid percent-escapes") from None
    if "," in text:
        raise _invalid(text, "the mailto: link names more than one address")
    _refuse_controls(text, "the email address")
    return text.strip()


def _unquote_name(name: str) -> str:
    if len(name) >= 2 and name.startswith('"') and name.endswith('"'):
        # RFC 5322 quoted-string: a backslash quotes the next character.
        return re.sub(r"\\(.)", r"\1", name[1:-1], flags=re.DOTALL)
    return name


def _clean_name(name: str) -> str:
    _refuse_controls(name, "the display name")
    return " ".join(unicodedata.normalize("NFC", name).split())


def _quote_name(name: str) -> str:
    if _BARE_NAME.fullmatch(name) and not name.startswith('"'):
        return name
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _lower(local: str) -> str:
    return unicodedata.normalize("NFC", local.lower())


def _refuse_controls(text: str, what: str) -> None:
    match = _CONTROL.search(text)
    if match:
        raise InputError(
            f"{what} {text!r} contains {_describe(match.group())}",
            "Remove line breaks and control characters from the address.",
        )
    if _SURROGATE.search(text):
        raise InputError(f"{what} {text!r} is not valid Unicode text (a lone surrogate)")


def _describe(char: str) -> str:
    if char in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
        kind = "a line break"
    elif _CONTROL.fullmatch(char):
        kind = "a control character"
    elif char.isspace():
        kind = "a space"
    else:
        kind = f"the character {char!r}"
    return f"{kind} (U+{ord(char):04X})"


def _invalid(text: str, why: str) -> InputError:
    return InputError(f"{text!r} is not a valid email address: {why}")
