"""A sales claim: what the sender's product does, in figures or superlatives.

"Unsere Plattform senkt Stillstandszeiten um 30 %", "10x faster than Fluent Bit", "the
industry's most reliable valves", "我们的平台能让效率提升300%": a claim any vendor makes to
anyone. Said after a recorded interest ("I know you're interested in precision farming.
Corrin Hydraulics offers the industry's most reliable valves"), it says nothing about that
interest: the interest is a hook for the pitch (see :func:`.details._bare_hook`).

A claim is a figure of improvement (a number before "%", "x", "×", "倍", "배"; "in half",
"halbiert", "pela metade") or a superlative of the seller's ("best", "la mejor", "führend",
"le plus fiable", "最佳", "최고"). :func:`pitch_region` is the part of a message that follows
from the first claim's sentence on: the claim and the call to action after it ("Want a
demo?", "约个时间聊聊？").
"""

from __future__ import annotations

from .cjk import FIRST as CJK_FIRST
from .normalize import fold
from .text import Token

_SUPERLATIVES = frozenset(fold(w) for w in """
    best fastest cheapest easiest simplest smartest unbeatable unmatched unrivalled unrivaled
    mejor mejores
    beste besten bester bestes führend führende führenden führender marktführer
    meilleur meilleure meilleurs meilleures
    migliore migliori
    melhor melhores
    """.split())
# "the industry's most reliable": "most" is a superlative only before an adjective, which
# the word after it is when it is no noun we know; "most of" and "most teams" are not. The
# Romance "more" is one only after an article ("la más rápida", "le plus fiable", "il più
# veloce"; not "más tarde").
_MOST = frozenset(fold(w) for w in ("most", "más", "plus", "più"))
_ARTICLES = frozenset(fold(w) for w in "el la los las le les il lo i gli".split())
_NOT_AFTER_MOST = frozenset(fold(w) for w in """of people teams companies users customers
    clients de des die der of la las los le les il i gli o os as""".split())
_HALF = frozenset(fold(w) for w in """half halve halves halved halbiert halbieren halbe hälfte
    mitad metade moitié metà""".split())
# Characters right after a number that make it a figure of improvement.
_FIGURE_MARKS = ("%", "％", "x", "×", "倍", "배")
_CJK_CLAIMS = ("最好", "最佳", "最强", "最強", "领先", "領先", "一流", "业界", "業界", "非常适合",
               "最適", "最先端", "减半", "半分", "최고", "업계", "절반")


def _claims(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` makes its sentence a sales claim."""
    t = tokens[i]
    folded = t.fold
    if folded >= CJK_FIRST:
        return any(c in folded for c in _CJK_CLAIMS)
    if t.number or folded[:1].isdigit():
        after = text[t.end:t.end + 2].lstrip(" \u00a0\u202f")
        return after[:1] in _FIGURE_MARKS or (
            folded[-1:] == "x" and folded[:-1].isdigit())  # "10x" is one word
    if folded in _SUPERLATIVES or folded in _HALF:
        return True
    if folded in _MOST and i + 1 < len(tokens) and (
            folded == "most" or i > 0 and tokens[i - 1].fold in _ARTICLES):
        following = tokens[i + 1]
        return following.sentence == t.sentence and following.fold not in _NOT_AFTER_MOST \
            and not following.number and following.fold < CJK_FIRST
    return False


def pitch_region(text: str, tokens: list[Token], start: int = 0) -> int | None:
    """The sentence of the first sales claim at or after offset ``start``, or None: that
    sentence and every later one are the pitch."""
    for i, t in enumerate(tokens):
        if t.start >= start and _claims(text, tokens, i):
            return t.sentence
    return None
