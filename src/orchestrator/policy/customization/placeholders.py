"""Leftover merge syntax: a field a template engine or a human forgot to fill in.

Every common style is one alternative of a single regex, tried left to right with bounded
repetition only (linear time on any input). Styles that are never prose (``{{ }}``,
``${ }``, ``*|FNAME|*``, ``[[ ]]``) always count; styles prose also uses (brackets, angle
brackets, ``*emphasis*``, capitals) count only when the content looks like a slot: a
merge-field name, a slot word ("insert", "name", "company"), or an identifier
(``Restaurant Name``, ``FIRST_NAME``, ``firstName``).

Kept as prose on purpose: footnotes ``[1]``, ``[sic]``, markdown links, ``<3``, addresses
and links in angle brackets, HTML tags, ``R&D``, acronyms (``ASCO``, ``KRAS G12C``),
percentages. Links and e-mail addresses are blanked before scanning, so ``%20`` or
``{id}`` inside a URL is never reported.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import MERGE_FIELDS, SLOT_WORDS
from .text import blank_emails_and_urls

_PATTERN = re.compile(
    r"(?P<always>\{\{.{0,80}?\}\}|\{%.{0,80}?%\}|\{#.{0,80}?#\}|\$\{[^{}\n]{1,60}\}"
    r"|#\{[^{}\n]{1,60}\}|\[\[[^\[\]\n]{1,60}\]\]|\*\|[^|\n]{1,40}\|\*"
    r"|__[A-Za-z][A-Za-z0-9_]{0,30}__)"
    r"|(?P<brace>\{[^{}\n]{1,60}\})"
    r"|(?P<bracket>\[[^\[\]\n]{1,80}\])(?!\()"
    r"|(?P<dangle><<[^<>\n]{1,60}>>)"
    r"|(?P<angle><[^<>\n]{1,60}>)"
    r"|(?P<percent>%[A-Za-z_][A-Za-z0-9_]{0,30}%)"
    r"|(?P<star>\*[A-Za-z_][A-Za-z0-9_]{1,30}\*|\$[A-Za-z_][A-Za-z0-9_]{1,30}\$)"
    r"|(?P<bare>\b(?:[A-Z]{2,}(?:_[A-Z]+)*|[A-Za-z]+(?:_[A-Za-z]+)+|[a-z]+[A-Z][A-Za-z]*)\b)"
)
_SPLIT = re.compile(r"[^0-9A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.\- ]{0,40}")
_FOOTNOTE = re.compile(r"[\d\s,\-]+|sic!?|\.\.\.|\u2026|x|\s|at|dot|\?")
_HTML_TAGS = frozenset(
    "a b i u p s br hr em strong div span ul ol li h1 h2 h3 h4 h5 h6 img small sub sup "
    "code pre blockquote table tr td th".split()
)
# Bare words only count when they are unmistakably field names, never plain English.
_BARE_FIELDS = frozenset(
    """firstname fname lastname lname fullname name company companyname orgname jobtitle
    recipientname contactname accountname sendername yourname myname insertname projectname
    productname eventname vorname nachname prenom nombre""".split()
)


class Placeholder(NamedTuple):
    text: str
    start: int
    end: int


def _compact(content: str) -> str:
    return re.sub(r"[^0-9a-z]", "", content.lower())


def _words(content: str) -> list[str]:
    return [w.lower() for w in _SPLIT.split(content) if w]


def _looks_like_slot(content: str) -> bool:
    """Content of brackets that reads as a field or an instruction, not as prose."""
    content = content.strip()
    if not content or len(content.split()) > 8:
        return False
    if _compact(content) in MERGE_FIELDS or any(w in SLOT_WORDS for w in _words(content)):
        return True
    words = content.split()
    if len(words) > 5 or not _IDENTIFIER.fullmatch(content):
        return False
    # "Restaurant Name", "FIRST_NAME", "firstName", "first_name": an identifier, not prose.
    return all(w[:1].isupper() for w in words) or "_" in content or bool(
        re.search(r"[a-z][A-Z]", content)
    )


def _is_placeholder(kind: str, raw: str, mostly_upper: bool) -> bool:
    if kind == "always":
        return True
    if kind == "brace":
        return bool(_IDENTIFIER.fullmatch(raw[1:-1].strip()))
    if kind == "bracket":
        inner = raw[1:-1].strip()
        if _FOOTNOTE.fullmatch(inner.lower()) or inner.isdigit():
            return False
        return _looks_like_slot(inner)
    if kind == "dangle":
        return _looks_like_slot(raw[2:-2])
    if kind == "angle":
        inner = raw[1:-1].strip()
        if not inner or inner[0].isdigit() or "@" in inner or "://" in inner:
            return False
        tag = inner.lstrip("/").split(" ", 1)[0].rstrip("/").lower()
        if tag in _HTML_TAGS:
            return False
        return _looks_like_slot(inner)
    if kind in ("percent", "star"):
        inner = raw[1:-1]
        return _compact(inner) in MERGE_FIELDS or any(
            w in ("name", "company") for w in _words(inner)
        ) or ("_" in inner and inner.isupper())
    # bare: FIRSTNAME, first_name, firstName in running text (not in a shouted message).
    if raw.isupper() and mostly_upper:
        return False
    return _compact(raw) in _BARE_FIELDS


def find_placeholders(text: str) -> list[Placeholder]:
    """Every unfilled merge field in ``text``, in order of appearance."""
    scanned = blank_emails_and_urls(text)
    words = re.findall(r"[^\W\d_]{2,}", scanned)
    mostly_upper = len(words) >= 3 and sum(w.isupper() for w in words) > 0.5 * len(words)
    found = []
    for m in _PATTERN.finditer(scanned):
        kind = m.lastgroup or ""
        if _is_placeholder(kind, m.group(), mostly_upper):
            found.append(Placeholder(m.group(), m.start(), m.end()))
    return found
