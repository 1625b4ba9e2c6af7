"""The minimal check of an ``Email Address`` cell in ``Connections.csv``.

Email normalization proper belongs to the email plugin; this only turns a cell into an
``email`` identity that links the person's LinkedIn profile to their address: stripped,
lowercased for the key, the address as written for display. The syntax check is deliberately
basic (one ``@``, no spaces, a dotted domain) so that a typo is reported at import, with its
file and line, instead of bouncing at send time. Most cells are empty: LinkedIn only exports
the addresses of connections who allow it (docs/platform-rules.md 1c).
"""

from __future__ import annotations

import re

from orchestrator.api import Identity

_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")
_MAX_LENGTH = 254  # RFC 5321 path limit


def email_identity(value: str, *, source: str = "", evidence: str = "") -> Identity:
    """The ``email`` identity for ``value``; ``ValueError`` with a reason when it is not one."""
    address = value.strip()
    if not _ADDRESS.fullmatch(address) or len(address) > _MAX_LENGTH:
        raise ValueError(f"not an email address: {value.strip()!r}")
    domain = address.rsplit("@", 1)[1]
    labels = domain.split(".")
    if len(labels) < 2 or any(not label or label.startswith("-") or label.endswith("-")
                              for label in labels):
        raise ValueError(f"not an email address (bad domain {domain!r}): {address!r}")
    return Identity("email", address.lower(), display=address, source=source, evidence=evidence)
