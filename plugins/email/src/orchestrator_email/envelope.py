"""The SMTP envelope, apart from the SMTP session: building a message (plan, preview,
export) names its envelope without importing ``smtplib`` and ``ssl``."""

from __future__ import annotations

from attrs import frozen


@frozen
class Envelope:
    """The SMTP envelope: ``MAIL FROM`` and ``RCPT TO`` paths (A-label domains)."""

    sender: str
    recipients: tuple[str, ...]
    smtputf8: bool = False
