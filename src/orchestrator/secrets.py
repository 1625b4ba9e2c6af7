"""Secrets are references, resolved by one helper and masked everywhere.

A secret is looked up in this order: its environment variable (for cron and CI), then the
system keyring (service ``outreach-orchestrator``). Secrets never live in ``config.toml``,
the ledger, plans, exports or logs: every value resolved here is remembered for the life of
the process so :func:`mask` can scrub it from any text we print or store.
"""

from __future__ import annotations

import os
import threading

from .errors import ConfigError

KEYRING_SERVICE = "outreach-orchestrator"
MASK = "********"

_known: set[str] = set()
_lock = threading.Lock()


class KeyringUnavailable(ConfigError):
    """A secret could not be stored in the keyring: nothing was stored (exit 3)."""


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


def _backend_name(keyring) -> str:
    try:
        backend = keyring.get_keyring()
    except Exception:  # pragma: no cover - defensive: a broken keyring configuration
        return "unknown"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_problem() -> str | None:
    """Why no secret can be stored in the keyring here (no backend, or one that keeps
    nothing), or ``None`` when one looks usable. Ask before prompting for a password."""
    keyring, _ = _keyring()
    if keyring is None:
        return "no keyring library is installed"
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return f"the keyring cannot be opened ({type(exc).__name__})"
    name = _backend_name(keyring)
    if name.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
        return f"no usable system keyring (backend {name})"
    if name.startswith("keyring.backends.chainer.") and not getattr(backend, "backends", True):
        return "no usable system keyring (no backend found)"
    return None


def store(name: str, value: str, *, env: str | None = None) -> None:
    """Save a secret in the keyring, and check it is there; :class:`KeyringUnavailable`
    when it is not (``env``, the secret's environment variable, is named in the hint)."""
    hint = (f"Nothing was stored. Set ${env} instead (it is read before the keyring; for "
            "cron and CI too), or install a keyring backend." if env else
            "Nothing was stored. Set the environment variable instead, or install a "
            "keyring backend.")
    keyring, keyring_error = _keyring()
    if keyring is None:
        raise KeyringUnavailable(f"no keyring is available to store {name!r}", hint)
    try:
        keyring.set_password(KEYRING_SERVICE, name, value)
    except (keyring_error, RuntimeError, OSError) as exc:
        raise KeyringUnavailable(
            f"could not store {name!r} in the system keyring ({type(exc).__name__})", hint,
        ) from exc
    # Some backends (null, an empty chain) accept the value and keep nothing.
    try:
        kept = keyring.get_password(KEYRING_SERVICE, name)
    except (keyring_error, RuntimeError, OSError):
        kept = None
    if kept != value:
        raise KeyringUnavailable(f"the system keyring ({_backend_name(keyring)}) did not keep "
                                 f"{name!r}", hint)
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
