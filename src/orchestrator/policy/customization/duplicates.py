"""Near-duplicates within one batch, in near-linear time.

Two drafts are near-duplicates when their personal parts (see :mod:`.template`; merge fields
masked, so names are already swapped) share at least 80% of their distinct word stems,
counted against the larger of the two: sentence order is ignored and a changed word or two
stays within the limit. Drafts whose personal part is empty (nothing but shared text) are
all duplicates of each other. One exception: when each of two drafts differs from the other
exactly in a detail that its own record confirms ("your CPN certification" / "your CCRN
certification"), each was written for its reader and they are not duplicates.

Comparing every pair would cost O(n^2): 50,000 drafts would be 1.25 billion pairs. Instead
we use prefix filtering, which is exact for this overlap threshold: order all stems by how
rare they are in the batch; if two sets overlap in at least ``a`` stems, then the first
``|S| - a + 1`` stems of each (its rarest) share at least one stem. Only drafts sharing a
rare stem are compared; identical sets are merged before that. Each posting list compares a
newcomer with at most its first and last 8 entries (copies are usually written one after the
other), so even a stem shared by thousands of drafts keeps the cost linear.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

# Overlap threshold 4/5 = 80%, kept as integers so the prefix lengths are exact.
_NUM, _DEN = 4, 5
_WINDOW = 8


class Duplicate(NamedTuple):
    group: tuple[int, ...]  # indices of every draft of the group, this one included
    similarity: float  # with the closest other draft (1.0 = identical personal part)
    template_only: bool  # the group's drafts have no personal part at all


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


def _similar(a: frozenset[str], b: frozenset[str], da: frozenset[str],
             db: frozenset[str]) -> float:
    """Overlap of ``a`` and ``b`` against the larger set; 0.0 when under the threshold or
    when each differs from the other in its own recorded detail."""
    common = len(a & b)
    larger = max(len(a), len(b))
    if _DEN * common < _NUM * larger:
        return 0.0
    if da & (a - b) and db & (b - a):
        return 0.0
    return common / larger


def near_duplicates(sets: Sequence[frozenset[str]],
                    details: Sequence[frozenset[str]]) -> dict[int, Duplicate]:
    """For every draft that has near-duplicates, who they are (by index into ``sets``)."""
    result: dict[int, Duplicate] = {}
    empty = [i for i, s in enumerate(sets) if not s]
    if len(empty) > 1:
        group = tuple(empty)
        for i in empty:
            result[i] = Duplicate(group, 1.0, True)

    unique: dict[frozenset[str], int] = {}
    members: list[list[int]] = []
    for i, s in enumerate(sets):
        if s:
            u = unique.setdefault(s, len(members))
            if u == len(members):
                members.append([])
            members[u].append(i)
    keys = list(unique)
    if not keys:
        return result
    known = [frozenset().union(*(details[i] for i in group)) for group in members]

    frequency: dict[str, int] = {}
    for u, s in enumerate(keys):
        weight = len(members[u])
        for stem in s:
            frequency[stem] = frequency.get(stem, 0) + weight

    links = _UnionFind(len(keys))
    best = [1.0 if len(group) > 1 else 0.0 for group in members]
    postings: dict[str, list[int]] = {}
    for u, s in enumerate(keys):
        n = len(s)
        size = n - (_NUM * n + _DEN - 1) // _DEN + 1  # |S| - ceil(4/5 |S|) + 1
        prefix = sorted(s, key=lambda stem: (frequency[stem], stem))[:size]
        candidates: set[int] = set()
        for stem in prefix:
            posting = postings.setdefault(stem, [])
            if len(posting) <= 2 * _WINDOW:
                candidates.update(posting)
            else:
                candidates.update(posting[:_WINDOW])
                candidates.update(posting[-_WINDOW:])
            posting.append(u)
        for v in sorted(candidates):
            if links.find(u) == links.find(v):
                continue
            similarity = _similar(s, keys[v], known[u], known[v])
            if similarity:
                links.union(u, v)
                best[u] = max(best[u], similarity)
                best[v] = max(best[v], similarity)

    groups: dict[int, list[int]] = {}
    roots = [links.find(u) for u in range(len(keys))]
    for u, root in enumerate(roots):
        groups.setdefault(root, []).extend(members[u])
    frozen = {root: tuple(sorted(drafts)) for root, drafts in groups.items() if len(drafts) > 1}
    for u, root in enumerate(roots):
        if root in frozen:
            for i in members[u]:
                result[i] = Duplicate(frozen[root], best[u], False)
    return result
