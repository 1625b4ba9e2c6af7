"""A greeting rendered from a first name that is not a name.

Contact lists carry first names such as "🙂", "-", "Dr." or "N/A" (a form's honorific field,
an emoji in a profile name, an importer's filler). A template that greets
``{{ contact.first_name }}`` then writes "Hi 🙂," or "Dear Dr.,": not a message to send but a
data problem to fix in the record. :func:`render_problem` finds such a greeting at the start
of the subject or of the body ("Dear Dr. Okafor," is fine: the family name follows), and a
greeting whose name rendered empty ("Hi ,").
"""

from __future__ import annotations

import re

from .lexicon import FRAME_WORDS, NOT_NAMES
from .normalize import fold

_OPENING = 60  # a greeting sits in the first characters of the subject or the body
_EMPTY = re.compile(r"^\s*([^\W\d_]+)[ \t]+[,!:;.]", re.UNICODE)


def is_name(first_name: str) -> bool:
    """Whether a first-name field holds something a greeting can address."""
    value = first_name.strip()
    if not any(c.isalpha() for c in value):
        return False
    # Honorifics come with dots, spaces and ordinals ("Sig.ra", "Dott. ssa", "Sr.ª"): only
    # letters and digits are compared.
    folded = fold(value)
    if not folded.isalnum():
        folded = "".join(c for c in folded if c.isalnum())
    return folded not in NOT_NAMES


def render_problem(first_name: str, last_name: str, subject: str,
                   text: str) -> tuple[str, str] | None:
    """``(the greeting as written, the first name)`` when a greeting was rendered from a first
    name that is not a name, else ``None``."""
    first = first_name.strip()
    if first and is_name(first):
        return None
    for part in (subject, text):
        opening = part.lstrip()[:_OPENING].split("\n", 1)[0]
        if not opening:
            continue
        if not first:
            empty = _EMPTY.match(opening)
            if empty and fold(empty.group(1)) in FRAME_WORDS:
                return empty.group().strip(), ""
            continue
        at = opening.find(first)
        if at < 0:
            continue
        before = opening[:at].strip(" \t,")
        if before and fold(before.split()[-1]) not in FRAME_WORDS:
            continue  # not addressed: the name is not what the line opens with
        after = opening[at + len(first):].lstrip()
        if last_name.strip() and after.startswith(last_name.strip()):
            continue  # "Dear Dr. Okafor,": the honorific leads a full name
        end = at + len(first)
        while end < len(opening) and opening[end] in ",!:;. ":
            end += 1
        return opening[:end].strip(), first
    return None
