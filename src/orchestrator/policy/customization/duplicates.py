"""Near-duplicates within one batch, in near-linear time.

Merge fields are masked before anything is compared, so names and companies are already
swapped. Two drafts are near-duplicates when either

* their *personal parts* (template and clauses repeated across the batch removed, see
  :mod:`.template`) share at least 80% of their distinct word stems, counted against the
  larger: sentence order is ignored and a changed word or two stays within the limit; or
* their *whole texts* (only an explicit template removed) differ by at most two stems on
  each side while sharing at least three: the same message with a word or two changed, even
  when the shared clauses were mistaken for a template (two copies in a two-draft batch).

Drafts whose personal part is empty (nothing but shared text) are all duplicates of each
other. One exception: when each of two drafts differs from the other in words that its own
record holds ("your CPN certification" / "your CCRN certification"; "a follow-up on the pricing
model" / "a follow-up on my notes from the session" in notes written in one steady style),
each was written for its reader and they are not duplicates: R5 is about texts that stay the
same once names are swapped.

Comparing every pair would cost O(n^2): 50,000 drafts would be 1.25 billion pairs. Instead
we use prefix filtering, which is exact for both rules: order all stems by how rare they are
in the batch; if two sets must overlap in at least ``a`` stems, then the first ``|S| - a + 1``
stems of each (its rarest) share at least one stem. Only drafts sharing a rare stem are
compared; identical sets are merged before that. A newcomer is compared with at most the
last 6 drafts that share a stem with it (copies are usually written one after the other,
and near-duplicates share several rare stems), so even a stem shared by thousands of drafts
keeps the cost linear.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Callable, NamedTuple, Sequence

_WINDOW = 6
_CHANGES = 2  # "a changed word or two"


class Duplicate(NamedTuple):
    group: tuple[int, ...]  # indices of every draft of the group, this one included
    similarity: float  # with the closest other draft (1.0 = identical personal part)
    template_only: bool  # the draft has no personal part at all, nor has its group


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


# A rule: how many of its rarest stems a set must index, and the similarity of two sets
# (0.0 when they are not near-duplicates).
Rule = tuple[Callable[[int], int], Callable[[frozenset[str], frozenset[str]], float]]


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    # Sizes first: the common part is at most the smaller set.
    size_a, size_b = len(a), len(b)
    larger = size_a if size_a > size_b else size_b
    if 5 * (size_a + size_b - larger) < 4 * larger:
        return 0.0
    common = len(a & b)
    return common / larger if 5 * common >= 4 * larger else 0.0


def _few_changes(a: frozenset[str], b: frozenset[str]) -> float:
    if not -_CHANGES <= len(a) - len(b) <= _CHANGES:
        return 0.0  # the larger has more than two words the smaller cannot share
    common = len(a & b)
    if common < 3 or len(a) - common > _CHANGES or len(b) - common > _CHANGES:
        return 0.0
    return common / max(len(a), len(b))


OVERLAP: Rule = (lambda n: n - (4 * n + 4) // 5 + 1, _overlap)  # |S| - ceil(4/5 |S|) + 1
FEW_CHANGES: Rule = (lambda n: min(n, _CHANGES + 1), _few_changes)


def _join(sets: Sequence[frozenset[str]], details: Sequence[frozenset[str]], rule: Rule,
          links: _UnionFind, best: list[float]) -> None:
    """Link every pair of drafts the rule finds near-identical."""
    prefix_size, similar = rule
    unique: dict[frozenset[str], list[int]] = {}
    for i, s in enumerate(sets):
        if s:
            unique.setdefault(s, []).append(i)
    keys = list(unique)
    members = list(unique.values())
    score = [1.0 if len(group) > 1 else 0.0 for group in members]
    for group in members:
        for i in group[1:]:
            links.union(group[0], i)
    # How many drafts hold each stem (counted in C, every draft's set once).
    frequency = Counter(chain.from_iterable(filter(None, sets)))
    # Rarest first, ties broken by the stem itself so the order is deterministic.
    rank = {stem: n for n, (_, stem) in enumerate(sorted(zip(frequency.values(), frequency)))}
    known: list[frozenset[str] | None] = [None] * len(keys)

    postings: dict[str, list[int]] = {}
    parent = links.parent
    by_rank = rank.__getitem__
    for u, s in enumerate(keys):
        candidates: set[int] = set()
        for stem in sorted(s, key=by_rank)[:prefix_size(len(s))]:
            posting = postings.get(stem)
            if posting is None:
                postings[stem] = [u]
                continue
            candidates.update(posting[-_WINDOW:])
            posting.append(u)
        if not candidates:
            continue
        a = members[u][0]
        for v in sorted(candidates):
            # _UnionFind.find of both, inlined (the hottest lines of the search).
            ra = a
            while parent[ra] != ra:
                parent[ra] = parent[parent[ra]]
                ra = parent[ra]
            rb = b = members[v][0]
            while parent[rb] != rb:
                parent[rb] = parent[parent[rb]]
                rb = parent[rb]
            if ra == rb:
                continue
            similarity = similar(s, keys[v])
            if not similarity:
                continue
            for w in (u, v):
                if known[w] is None:
                    known[w] = frozenset().union(*(details[i] for i in members[w]))
            other = keys[v]
            if known[u] & (s - other) and known[v] & (other - s):
                continue  # each differs in its own recorded detail
            links.union(a, b)
            score[u] = max(score[u], similarity)
            score[v] = max(score[v], similarity)
    for u, group in enumerate(members):
        if score[u]:
            for i in group:
                best[i] = max(best[i], score[u])


def near_duplicates(personal: Sequence[frozenset[str]], whole: Sequence[frozenset[str]],
                    details: Sequence[frozenset[str]]) -> dict[int, Duplicate]:
    """For every draft that has near-duplicates, who they are (indices into the inputs)."""
    n = len(personal)
    links = _UnionFind(n)
    best = [0.0] * n
    empty = [i for i, s in enumerate(personal) if not s]
    for i in empty[1:]:
        links.union(empty[0], i)
    if len(empty) > 1:
        for i in empty:
            best[i] = 1.0
    _join(personal, details, OVERLAP, links, best)
    if all(w == p for w, p in zip(whole, personal)):
        # Nothing was taken for a template beyond the explicit one: on sets of ten stems or
        # more, two changes are within the 80% overlap already compared.
        whole = [w if len(w) < 10 else frozenset() for w in whole]
    _join(whole, details, FEW_CHANGES, links, best)

    groups: dict[int, list[int]] = {}
    roots = [links.find(i) for i in range(n)]
    for i, root in enumerate(roots):
        groups.setdefault(root, []).append(i)
    result: dict[int, Duplicate] = {}
    for root, members in groups.items():
        if len(members) < 2:
            continue
        group = tuple(members)
        bare = all(not personal[i] for i in members)
        for i in members:
            result[i] = Duplicate(group, best[i], bare)
    return result
