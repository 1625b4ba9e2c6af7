"""Fallback identity normalization, used when no plugin claims a platform.

Channel plugins own their platform's rules (the email plugin validates addresses, the
LinkedIn plugin canonicalizes profile URLs); these fallbacks keep the core usable with a
plugin blocked: an email address is still recognisable and a URL is still a URL.
"""

from __future__ import annotations

import re
import unicodedata
from email.utils import parseaddr
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Identity

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


def basic_email(value: str) -> Identity:
    raw = value.strip()
    if raw.lower().startswith("mailto:"):
        raw = raw[7:].split("?", 1)[0]
    name, address = parseaddr(raw)
    address = address.strip()
    if not _EMAIL.match(address):
        raise InputError(f"not a valid email address: {value.strip()!r}")
    local, _, domain = address.rpartition("@")
    domain = _unicode_domain(domain)
    display = f"{name} <{local}@{domain.lower()}>" if name else f"{local}@{domain.lower()}"
    return Identity("email", f"{local}@{domain}".lower(), display)


def _unicode_domain(domain: str) -> str:
    """``xn--`` labels as Unicode, like the email plugin's keys (bücher.example)."""
    try:
        return domain.encode("ascii").decode("idna") if "xn--" in domain.lower() else domain
    except UnicodeError:
        return domain


def basic_url(value: str) -> Identity:
    raw = unicodedata.normalize("NFC", value.strip())
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    if not parts.netloc or "." not in parts.netloc:
        raise InputError(f"not a web address: {value.strip()!r}")
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return Identity("web", f"{host}{path}".lower(), raw)


def generic(platform: str, value: str) -> Identity:
    value = value.strip()
    if not value:
        raise InputError(f"empty {platform} identity")
    return Identity(platform, unicodedata.normalize("NFC", value).casefold(), value)
