"""Does a first message say who is writing?

A stranger reads a first message without knowing the sender; a line saying who you are is
basic courtesy, so its absence is a warning (never a refusal). The sender introduces
themselves when the message contains their name (a signature counts), a name from their
headline (their company or product: "Voltaris builds cobots..."), or a first-person opening
("I run", "we're building", "je suis", "ich arbeite", "soy") in any supported language.
"""

from __future__ import annotations

from .lexicon import SELF_SUBJECTS, SELF_VERBS
from .text import Token

# Message kinds that open a conversation when the ledger cannot tell (first_contact=None).
FIRST_CONTACT_KINDS = frozenset({"invitation", "dm", "email", "message", "inmail", "intro"})


def is_first_contact(first_contact: bool | None, kind: str) -> bool:
    """Known from the ledger, else inferred from the kind; unknown kinds are not warned."""
    if first_contact is not None:
        return first_contact
    return kind.lower() in FIRST_CONTACT_KINDS


def introduces_sender(tokens: list[Token], fields: list[str | None],
                      sender_keys: frozenset[str]) -> bool:
    if "sender" in fields or any(t.key in sender_keys for t in tokens):
        return True
    for i, t in enumerate(tokens):
        if t.fold in SELF_SUBJECTS:
            for other in tokens[i + 1:i + 3]:
                if other.clause == t.clause and other.fold in SELF_VERBS:
                    return True
    return False
