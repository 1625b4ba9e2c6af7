"""The footer of every message: a visible way to opt out and the sender's postal address.

CAN-SPAM (FTC, "CAN-SPAM Act: A Compliance Guide for Business") requires every commercial
message to explain clearly how to opt out and to include the sender's valid physical postal
address; Gmail's and Yahoo's bulk-sender rules also ask for a visible unsubscribe link in the
body. The channel's ``render()`` appends this footer, so the preview the user approves is
byte for byte the text that is sent or exported.

The footer is plain text after one blank line; no ``-- `` signature marker, because many
mail clients fold or hide what follows it, and the opt-out must stay visible.
"""

from __future__ import annotations

from .unsubscribe import UnsubscribeLinks


def postal_lines(postal_address: str) -> list[str]:
    """The postal address as lines (a TOML multi-line string keeps its line breaks)."""
    return [line.strip() for line in postal_address.splitlines() if line.strip()]


def footer(links: UnsubscribeLinks, postal_address: str) -> str:
    return "\n".join(links.footer_lines() + postal_lines(postal_address))


def with_footer(text: str, footer_text: str) -> str:
    """``text`` ending with the footer; text that already ends with it is returned as is,
    so rendering a rendered message does not add a second footer."""
    body = text.rstrip()
    if body.endswith(footer_text):
        return body + "\n"
    return f"{body}\n\n{footer_text}\n" if body else f"{footer_text}\n"
