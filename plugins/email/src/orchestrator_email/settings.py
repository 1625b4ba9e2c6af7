"""The ``[email]`` table of ``config.toml``: what each mode needs, and what is missing.

Two groups, checked separately because ``export`` mode needs only the first:

* the sender: ``from``, ``reply_to`` (default: ``from``), ``postal_address`` and
  ``unsubscribe`` - every message, sent or exported, carries them (CAN-SPAM, RFC 8058);
* the SMTP server, for ``api`` mode: ``host``, ``port`` (default 587 for ``starttls``, 465
  for ``tls``, 25 for ``none``), ``security``, ``username``, ``timeout`` and
  ``data_timeout``, plus the password (see :mod:`.credentials`) when ``username`` is set.
  ``security = "none"`` is refused unless the host is a loopback address: mail and password
  would cross the network in clear text.

:func:`problems` returns one sentence per thing to fix, saying what to add and why, so the
core can refuse a step before anything is sent. The ``load_*`` functions return typed
settings or raise :class:`~orchestrator.errors.ConfigError` with the same sentences.

Messages are plain text only: the preview then shows exactly what goes out, and personal
one-to-one mail reads as such. ``html = true`` is refused rather than silently ignored.
"""

from __future__ import annotations

import ipaddress
import math
import re
from typing import Any, Literal, Mapping

from attrs import frozen

from orchestrator.api import ConfigError, InputError

from .addresses import EmailAddress, parse_address
from .credentials import find_password, password_hint
from .manifest import DEFAULT_DAILY_CAP, MAX_CONNECTIONS, connections

from .unsubscribe import Unsubscribe, parse_unsubscribe, secret_problem

# Here, not in .smtp: checking the settings (every plan and dry run does) must not load
# smtplib and ssl, which only a session that connects needs.
Security = Literal["starttls", "tls", "none"]
SECURITY_MODES: tuple[str, ...] = ("starttls", "tls", "none")


@frozen
class SmtpConfig:
    """Where and how :class:`.smtp.SmtpSession` connects."""

    host: str
    port: int
    security: Security = "starttls"
    username: str = ""
    timeout: float = 30.0
    # How long to wait for the reply to the end of data (see the .smtp module docstring).
    data_timeout: float = 600.0
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
DEFAULT_TIMEOUT = 30.0
DEFAULT_DATA_TIMEOUT = 600.0  # RFC 5321 §4.5.3.2.6: wait up to 10 minutes for the final reply

_HOST = re.compile(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:]+")


@frozen
class SenderSettings:
    """What every message carries, sent or exported."""

    sender: EmailAddress
    reply_to: EmailAddress
    postal_address: str
    unsubscribe: Unsubscribe


def problems(settings: Mapping[str, Any], mode: str) -> list[str]:
    """Sentences saying what to fix before a step in ``mode`` can go out; empty: ready."""
    found = _sender(settings)[1]
    if mode == "api":
        config, smtp_problems = _smtp(settings)
        found += smtp_problems
        if config is not None and config.username and find_password() is None:
            found.append(f"The SMTP password for {config.username!r} is missing: "
                         f"{password_hint()}")
    return found


def load_sender(settings: Mapping[str, Any]) -> SenderSettings:
    sender, found = _sender(settings)
    if sender is None:
        raise ConfigError("the [email] settings are incomplete: " + " ".join(found))
    return sender


def load_smtp(settings: Mapping[str, Any]) -> SmtpConfig:
    config, found = _smtp(settings)
    if config is None:
        raise ConfigError("the [email] SMTP settings are incomplete: " + " ".join(found))
    return config


def _sender(settings: Mapping[str, Any]) -> tuple[SenderSettings | None, list[str]]:
    found: list[str] = []
    sender = _address(settings, "from", found, example='"Ada Lovelace <ada@example.com>"',
                      why="every message needs a sender address")
    reply_to = sender
    if _given(settings.get("reply_to")):
        reply_to = _address(settings, "reply_to", found)
    postal = settings.get("postal_address")
    if not _given(postal):
        found.append('Add postal_address = "..." under [email] in config.toml: CAN-SPAM '
                      "requires your postal address in every message.")
    elif not isinstance(postal, str):
        found.append("Fix postal_address under [email] in config.toml: it must be text.")
    unsubscribe, unsubscribe_problems = parse_unsubscribe(settings.get("unsubscribe"))
    found += unsubscribe_problems
    if unsubscribe is None and not unsubscribe_problems:
        found.append('Add unsubscribe = "mailto:unsubscribe@example.com '
                     'https://example.com/unsubscribe/{token}" under [email] in config.toml: '
                     "every message must offer a way to opt out (CAN-SPAM; one-click "
                     "List-Unsubscribe, RFC 8058).")
    if unsubscribe is not None and unsubscribe.needs_token:
        problem = secret_problem()
        if problem:
            found.append(problem)
    if settings.get("html"):
        found.append("Remove html = true under [email] in config.toml: messages are sent as "
                     "plain text only, so that the preview shows exactly what goes out.")
    cap = settings.get("daily_cap", DEFAULT_DAILY_CAP)
    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
        found.append("Fix daily_cap under [email] in config.toml: it must be a whole number "
                     "of at least 1.")
    if found or sender is None or reply_to is None or unsubscribe is None:
        return None, found
    assert isinstance(postal, str)
    return SenderSettings(sender, reply_to, postal.strip(), unsubscribe), []


def _smtp(settings: Mapping[str, Any]) -> tuple[SmtpConfig | None, list[str]]:
    found: list[str] = []
    host = settings.get("host")
    if not _given(host):
        found.append('Add host = "smtp.example.com" under [email] in config.toml: sending '
                     "needs your SMTP server (or use export mode to write .eml files).")
        host = None
    elif not isinstance(host, str) or not _HOST.fullmatch(host.strip()):
        found.append(f"Fix host under [email] in config.toml: {host!r} is not a host name "
                     "(write it without smtp:// or a port).")
        host = None
    else:
        host = host.strip()
    security = settings.get("security") or "starttls"
    if not isinstance(security, str) or security.strip().lower() not in SECURITY_MODES:
        found.append(f"Fix security under [email] in config.toml: {security!r} must be "
                     '"starttls", "tls" or "none".')
        security = None
    else:
        security = security.strip().lower()
        if security == "none" and host is not None and not is_loopback(host):
            found.append(f'Fix security under [email] in config.toml: security = "none" is '
                         f"only allowed for a loopback host, not {host!r}, because mail and "
                         'password would cross the network unencrypted; use "starttls" or '
                         '"tls".')
            security = None
    port = settings.get("port")
    if not _given(port):
        port = DEFAULT_PORTS.get(security or "starttls")
    elif isinstance(port, str) and port.strip().isdigit():
        port = int(port)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        found.append(f"Fix port under [email] in config.toml: {port!r} is not a port number.")
        port = None
    timeout = _seconds(settings, "timeout", DEFAULT_TIMEOUT, found)
    data_timeout = _seconds(settings, "data_timeout", max(DEFAULT_DATA_TIMEOUT, timeout or 0),
                            found)
    if connections(settings) is None:
        found.append(f"Fix connections under [email] in config.toml: "
                     f"{settings.get('connections')!r} must be a whole number from 1 to "
                     f"{MAX_CONNECTIONS}.")
    username = settings.get("username") or ""
    if not isinstance(username, str) or re.search(r"[\x00-\x1f\x7f]", username):
        found.append("Fix username under [email] in config.toml: it must be text on one line.")
        username = ""
    if found or host is None or security is None or port is None:
        return None, found
    assert timeout is not None and data_timeout is not None
    return SmtpConfig(host, port, security, username.strip(), timeout, data_timeout), []


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):  # RFC 6761 §6.3
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _address(settings: Mapping[str, Any], key: str, found: list[str], *, example: str = "",
             why: str = "") -> EmailAddress | None:
    value = settings.get(key)
    if not _given(value):
        found.append(f"Add {key} = {example} under [email] in config.toml: {why}.")
        return None
    try:
        return parse_address(value)
    except InputError as exc:
        found.append(f"Fix {key} under [email] in config.toml: {exc.message}.")
        return None


def _seconds(settings: Mapping[str, Any], key: str, default: float,
             found: list[str]) -> float | None:
    value = settings.get(key)
    if not _given(value):
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
            math.isfinite(value) and value > 0):
        found.append(f"Fix {key} under [email] in config.toml: {value!r} must be a number "
                     "of seconds greater than 0.")
        return None
    return float(value)


def _given(value: object) -> bool:
    return value is not None and value != ""
