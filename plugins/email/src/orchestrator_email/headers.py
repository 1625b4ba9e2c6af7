"""Refuse header values that could break out of their header (header injection).

A subject, a display name or an address comes from contact data and templates. If it
contains a line break, a careless serializer ends the header there and whatever follows
(``Bcc: everyone@example.com``) becomes a header of its own, or the body. Python's modern
``email`` API raises ``ValueError`` for CR and LF at assignment, but the generator check that
refuses every improperly folded header (``verify_generated_headers``, gh-121650 /
CVE-2024-6923) only exists from Python 3.11.10 and 3.12.5, and ``Message.set_raw`` bypasses
the assignment check entirely. So every value is checked here first, on every Python.

Refused: all C0 and C1 control characters (CR, LF, tab, NUL, VT, FF, the file/group/record
separators, NEL U+0085) and the Unicode line and paragraph separators U+2028/U+2029, which
``str.splitlines`` also treats as line ends. A refused value is never cleaned up into
something else: the message is refused with :class:`HeaderInjectionError`, which names the
header, and the run goes on with the next message. Lone surrogates (text decoded with
``surrogateescape``) cannot be encoded at all and are refused with
:class:`InvalidHeaderError`.
"""

from __future__ import annotations

import re

from orchestrator.api import PermanentDeliveryError

_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


class InvalidHeaderError(PermanentDeliveryError):
    """A header value cannot be written safely; nothing was sent."""

    def __init__(self, header: str, message: str):
        super().__init__(message)
        self.header = header


class HeaderInjectionError(InvalidHeaderError):
    """A header value held a line break or control character; nothing was sent."""

    def __init__(self, header: str, char: str):
        kind = "a line break" if char in _LINE_BREAKS else "a control character"
        super().__init__(header, (
            f"refused the {header} header: its value contains {kind} (U+{ord(char):04X}), "
            "which could inject other headers; this message was not sent. "
            f"Remove it from the contact data or template that fills {header}."
        ))
        self.char = char


def check_header_value(header: str, value: str) -> str:
    """``value`` unchanged, or an :class:`InvalidHeaderError` naming ``header``."""
    match = _FORBIDDEN.search(value)
    if match:
        raise HeaderInjectionError(header, match.group())
    if _SURROGATE.search(value):
        raise InvalidHeaderError(header, f"refused the {header} header: its value is not valid "
                                 "Unicode text (a lone surrogate); this message was not sent.")
    return value
