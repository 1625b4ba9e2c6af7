"""Values typed for a contact's fields: a name, a title or a tag is one line of text.

A line break or a control character in one (pasted from a terminal, or an escape sequence)
would end up in greetings, email headers and every listing; the user is told which option
holds it instead. Notes may run over several lines and hold tabs, nothing else."""

from __future__ import annotations

import unicodedata
from typing import Iterable

from ..errors import InputError

_NOTES_MAY_HOLD = frozenset("\n\r\t")


def _unwanted(value: str, allowed: frozenset[str]) -> str | None:
    for char in value:
        if char not in allowed and unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            return char
    return None


def check_line(option: str, value: str | None) -> None:
    """An :class:`InputError` naming ``option`` when ``value`` is not one line of text."""
    char = _unwanted(value or "", frozenset())
    if char is not None:
        raise InputError(f"{option}: contains a line break or control character "
                         f"(U+{ord(char):04X})",
                         f"Give {option} as one line of plain text.")


def check_lines(option: str, values: Iterable[str]) -> None:
    for value in values:
        check_line(option, value)


def check_notes(option: str, value: str | None) -> None:
    """Notes: several lines and tabs are fine, other control characters are not."""
    char = _unwanted(value or "", _NOTES_MAY_HOLD)
    if char is not None:
        raise InputError(f"{option}: contains a control character (U+{ord(char):04X})",
                         f"Give {option} as plain text.")
