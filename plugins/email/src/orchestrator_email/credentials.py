"""The SMTP password: where it comes from, and a wrapper that never shows it.

Order (the issue's contract): the environment variable ``OUTREACH_EMAIL_PASSWORD`` (cron,
CI), then the system keyring entry ``email.password`` that ``outreach email login`` stores,
both through :func:`orchestrator.secrets.resolve`, which also registers the value for
:func:`orchestrator.secrets.mask`. Nothing else: never ``config.toml``.

The value travels inside :class:`Password`, whose ``repr``/``str`` are a mask, so a log
line, an exception message or a traceback that prints locals shows ``********``; only the
SMTP login call unwraps it.
"""

from __future__ import annotations

from typing import NoReturn

from orchestrator.api import ConfigError, secrets

from .manifest import PASSWORD_ENV

PASSWORD_KEY = "email.password"


class Password:
    """A secret string that does not print itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value
        secrets.remember(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Password({secrets.MASK!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Password is not serialized")


def find_password() -> Password | None:
    value = secrets.resolve(PASSWORD_KEY, PASSWORD_ENV)
    return Password(value) if value else None


def resolve_password(username: str) -> Password:
    """The password for ``username``, or :class:`ConfigError` naming both places to set it."""
    password = find_password()
    if password is None:
        raise ConfigError(f"no SMTP password for {username!r}", password_hint())
    return password


def password_hint() -> str:
    return (f"Set the environment variable {PASSWORD_ENV}, or run `outreach email login` to "
            f"store it in the system keyring (entry {PASSWORD_KEY!r}).")
