"""Secrets are references, resolved by one helper and masked everywhere.

A secret is looked up in this order: its environment variable (for cron and CI), then the
system keyring (service ``outreach-orchestrator``). Secrets never live in ``config.toml``,
the ledger, plans, exports or logs: every value resolved here is remembered for the life of
the process so :func:`mask` can scrub it from any text we print or store.
"""

from __future__ import annotations

import os
import threading

KEYRING_SERVICE = "outreach-orchestrator"
MASK = "********"

_known: set[str] = set()
_lock = threading.Lock()


def remember(value: str | None) -> None:
    """Treat ``value`` as secret from now on (tokens refreshed at run time included)."""
    if value and len(value) >= 4:
        with _lock:
            _known.add(value)


def mask(text: str) -> str:
    """``text`` with every known secret value replaced by ``********``."""
    if not text or not _known:
        return text
    with _lock:
        values = sorted(_known, key=len, reverse=True)
    for value in values:
        if value in text:
            text = text.replace(value, MASK)
    return text


def _keyring():
    try:
        import keyring
        from keyring.errors import KeyringError
    except Exception:  # pragma: no cover - keyring is a dependency, but be defensive
        return None, Exception
    return keyring, KeyringError


def from_keyring(name: str) -> str | None:
    keyring, keyring_error = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, name)
    except (keyring_error, RuntimeError, OSError):
        return None  # no usable backend (headless machine): the env var is the way
    remember(value)
    return value


def resolve(name: str, env: str | None = None) -> str | None:
    """The secret ``name``: ``$env`` first, then the keyring; ``None`` when neither has it."""
    if env:
        value = os.environ.get(env)
        if value:
            remember(value)
            return value
    return from_keyring(name)


def store(name: str, value: str) -> None:
    """Save a secret in the keyring; raises ``ConfigError`` when no keyring is usable."""
    from .errors import ConfigError

    keyring, keyring_error = _keyring()
    if keyring is None:
        raise ConfigError("no keyring is available to store the secret")
    try:
        keyring.set_password(KEYRING_SERVICE, name, value)
    except (keyring_error, RuntimeError, OSError) as exc:
        raise ConfigError(
            f"could not store {name!r} in the system keyring ({type(exc).__name__})",
            "Set the environment variable instead, or install a keyring backend.",
        ) from exc
    remember(value)


def delete(name: str) -> bool:
    keyring, keyring_error = _keyring()
    if keyring is None:
        return False
    try:
        keyring.delete_password(KEYRING_SERVICE, name)
        return True
    except (keyring_error, RuntimeError, OSError):
        return False
