"""People's names as templates use them: decorations, honorifics and placeholders removed.

Exports hold names as people typed them into a profile: ``Dr. Maria Manuela``,
``💻 Jan``, ``~Lena~``, ``Sam (they/them)``, ``Lo, PhD``, and, for a hidden profile,
LinkedIn's placeholder ``LinkedIn Member``. A template writes ``Hi {{ contact.first_name }}``,
so what it gets must be the name a person is called by. :func:`clean_name` is applied by the
import pipeline to every record, whatever its source:

* placeholders (``LinkedIn Member`` and its translations) are no name at all;
* emoji, symbols and other decorations (Unicode symbol and private-use characters, zero-width
  joiners, variation selectors) are removed (control characters are not decorations: they
  stay, and the channels refuse what they cannot send), and so are parenthesised or bracketed asides
  (pronouns, maiden names, ``(Hiring)``);
* honorifics in front of the first name (``Dr.``, ``Prof.``, ``Mr``, ``Frau``...) are
  removed when a name follows, or when they end with a dot; a first name that was only an
  honorific takes the first word of the last name (``Dr.`` + ``Maria Lopez``);
* credentials after a comma at the end of the last name (``, PhD``, ``, MBA, CFA``) are
  removed; ``Jr.``, ``Sr.`` and ordinals (``III``) are part of a name and stay.

Letters, digits, hyphens and apostrophes are never touched, and a name without decorations
comes back exactly as it went in. The pipeline keeps the name as written in the evidence of
the person's identity, so ``outreach contacts show`` still shows it.
"""

from __future__ import annotations

import re
import unicodedata

# What LinkedIn writes for a member whose profile is hidden, in the languages seen.
PLACEHOLDERS = frozenset({
    "linkedin member", "linkedin-mitglied", "linkedin mitglied", "membre linkedin",
    "miembro de linkedin", "membro do linkedin", "membro di linkedin", "linkedin-lid",
    "linkedin lid",
})
# Compared lowercase, without dots: "Dr." and "dr" are the same honorific.
HONORIFICS = frozenset({
    "dr", "prof", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "herr", "frau", "mme",
    "mlle", "m", "dott", "dottssa", "dra", "sr", "sra", "srta", "ing", "dipl-ing", "dr-ing", "mag",
    "rev", "revd", "hon", "capt", "col", "lt", "sgt", "fr", "pr", "prof-dr", "univ-prof",
})
# Removed only with a dot ("M. Dupont"): without one they may be an initial or a name.
_DOTTED_ONLY = frozenset({"m", "fr", "pr", "sr", "sra", "ing", "mag", "col", "lt", "hon"})
_CREDENTIALS = frozenset({
    "phd", "md", "mba", "cpa", "cfa", "pmp", "msc", "bsc", "ma", "ba", "mph", "jd", "llm",
    "dds", "rn", "esq", "mfa", "meng", "beng", "peng", "dphil", "edd", "pharmd", "cissp",
    "cism", "cisa", "frcs", "frsa", "acca", "aca", "fca", "mrics", "shrm-cp", "shrm-scp",
    "sphr", "phr", "cma", "ceng", "pe", "ra", "aia", "leed ap", "mcse", "ccie",
})
_KEEP_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")
_DECORATION_MARKS = frozenset({
    "\u20e3",  # combining enclosing keycap
    "\u200d", "\u200c",  # zero-width (non-)joiner
})
_DECORATION_PUNCTUATION = frozenset("•·※‣⁃◦|¦~*")
_ASCII_DECORATION = re.compile(r"[()\[\]{}|~*^`+<=>]")


def is_placeholder(name: str) -> bool:
    """``LinkedIn Member``: a hidden profile, not a person's name."""
    return " ".join(name.casefold().split()) in PLACEHOLDERS


def _is_decoration(ch: str) -> bool:
    if ch in _DECORATION_PUNCTUATION or ch in _DECORATION_MARKS:
        return True
    if "\ufe00" <= ch <= "\ufe0f" or "\U000e0000" <= ch <= "\U000e007f":
        return True  # variation selectors, emoji tag sequences
    category = unicodedata.category(ch)
    # Control characters are not decorations: they stay, for the channels to refuse.
    return category in ("So", "Sk", "Sm", "Co", "Cs", "Me")


def _needs_cleaning(text: str) -> bool:
    if _ASCII_DECORATION.search(text):
        return True
    return not text.isascii() and any(_is_decoration(c) for c in text if not c.isascii())


def strip_decorations(text: str) -> str:
    """``text`` without emoji, symbols and asides; unchanged (but stripped) if it has none."""
    if not _needs_cleaning(text):
        return text.strip()
    previous = None
    while previous != text:  # nested asides: "(a (b))"
        previous, text = text, _ASIDE.sub(" ", text)
    text = "".join(" " if _is_decoration(c) else c for c in text)
    return " ".join(text.split())


def _honorific(token: str) -> bool:
    bare = token.casefold().replace(".", "").strip(",")
    if bare not in HONORIFICS:
        return False
    return token.endswith(".") or bare not in _DOTTED_ONLY


def _strip_credentials(last: str) -> str:
    head, sep, tail = last.partition(",")
    if not sep or not head.strip():
        return last
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    if not parts:
        return head.strip()
    for part in parts:
        bare = part.casefold().replace(".", "").strip()
        if bare in _KEEP_SUFFIXES:
            return last
        looks_like = bare in _CREDENTIALS or (
            part.replace(".", "").replace("-", "").isupper() and 2 <= len(bare) <= 6
            and " " not in bare)
        if not looks_like:
            return last
    return head.strip()


def clean_name(first: str, last: str) -> tuple[str, str]:
    """``(first, last)`` as templates should use them; see the module docstring."""
    if is_placeholder(f"{first} {last}") or is_placeholder(first):
        return "", "" if is_placeholder(f"{first} {last}") else strip_decorations(last)
    first, last = strip_decorations(first), strip_decorations(last)
    tokens = first.split()
    dropped = 0
    while tokens and _honorific(tokens[0]) and (len(tokens) > 1 or tokens[0].endswith(".")):
        tokens.pop(0)
        dropped += 1
    if dropped:
        first = " ".join(tokens)
    if not first and dropped and len(last.split()) > 1:
        head, _, rest = last.partition(" ")
        first, last = head, rest.strip()
    return first, _strip_credentials(last)
