"""Issue 17: linking's shortcuts decide nothing, they only skip work.

Two bare records (a name, free-mail or social identities, nothing else a signal uses) are
never scored: no ratio of theirs can be positive. The proposals of random small address
books, imported source after source, are the same with the shortcuts as without them
(every pair of namesakes scored), in the same order, with the same scores and evidence.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from orchestrator.contacts import linking
from orchestrator.contacts.importing import import_records
from orchestrator.contacts.linking import (MAX_BLOCK, Index, Stats, _Rivals, bare,
                                           likelihood, make_person)
from orchestrator.model import ContactRecord, Identity
from orchestrator.testing import build_app

FIRST = ["Robert", "Bob", "Anna", "Siobhán", "Siobhan", "Kathrine"]
LAST = ["Quillfeather", "Quilfeather", "Smith", "Lindqvist", "Lindquist"]
COMPANIES = ["", "", "Loomworks", "Loomworks GmbH", "Fjord Fish"]
PLACES = ["", "", "Galway", "Galway, Ireland", "Ireland", "Bergen"]
BIOS = ["", "", "Building things at Loomworks", "linkedin.com/in/rq-1", "loomworks.ie"]
DOMAINS = ["gmail.com", "gmail.com", "example.com", "loomworks.ie", "fjordfish.no"]

identity = st.one_of(
    st.builds(lambda d: ("email", f"x@{d}", ""), st.sampled_from(DOMAINS)),
    st.builds(lambda s: ("linkedin", f"in/{s}", ""), st.sampled_from(["rq-1", "rq-2"])),
    st.builds(lambda i, h: ("twitter", str(i), h), st.integers(1, 3),
              st.sampled_from(["@rquillfeather", "@annasmith", "", "not a handle!"])),
    st.builds(lambda h: ("web", h, ""), st.sampled_from(["loomworks.ie", "linkedin.com/in/x"])),
)
people = st.builds(
    make_person, st.integers(1, 10_000), st.sampled_from(FIRST), st.sampled_from(LAST),
    st.sampled_from(COMPANIES), st.sampled_from(PLACES), st.sampled_from(BIOS),
    st.lists(identity, max_size=3))


@given(people, people, st.integers(0, 1000), st.integers(0, 40))
@settings(max_examples=500)
def test_two_bare_records_are_never_positive(a, b, contacts, namesakes):
    if a is None or b is None or not (bare(a) and bare(b)) or a.id == b.id:
        return
    stats = Stats(contacts=contacts, names={a.name: namesakes, b.name: namesakes})
    ratio = likelihood(a, b, stats)
    assert ratio is None or not ratio.positive


@given(st.lists(st.tuples(people, st.integers(1, MAX_BLOCK)), max_size=6))
@settings(max_examples=50, deadline=None)
def test_a_bare_contact_meets_the_candidates_it_could_score(drawn):
    # each drawn person many times over (ids apart): common names' blocks are refined
    found, next_id = {}, 1
    for p, copies in drawn:
        for _ in range(copies if p is not None else 0):
            found[next_id] = p._replace(id=next_id)
            next_id += 1
    index = Index(found)
    for p in found.values():
        if p.id not in index.unbare:
            assert index.unbare_candidates(p) == index.candidates(p) & index.unbare


def _rival_as_written(scorer: _Rivals, x: int, y: int, rounds: int):
    """:meth:`_Rivals.rival` weighing each rival's claims for every pair, as it did."""
    field = scorer.field(x, scorer.index.people[y].platforms)
    side = scorer._side(x, y, field)
    total = float(field.unseen)
    for other, value in field.values.items():
        if value and other != y:
            total += value * (1.0 - scorer.claimed(other, x, rounds))
    return side._replace(total=total, free=max(1e-9, 1.0 - scorer.claimed(y, x, rounds)))


@given(st.lists(st.tuples(people, st.integers(1, 4)), max_size=8), st.integers(1, 2))
@settings(max_examples=100, deadline=None)
def test_rivals_weighed_once_are_the_rivals_weighed_each_time(drawn, rounds):
    found, next_id = {}, 1
    for p, copies in drawn:
        for _ in range(copies if p is not None else 0):
            found[next_id] = p._replace(id=next_id)
            next_id += 1
    scorer = _Rivals(Index(found))
    for x in found:
        for y in sorted(scorer.candidates(x)):
            if scorer.ratio(x, y) is not None:
                assert scorer.rival(x, y, rounds) == _rival_as_written(scorer, x, y, rounds)


def _record(data, source: str, n: int) -> ContactRecord:
    first, last = data.draw(st.sampled_from(FIRST)), data.draw(st.sampled_from(LAST))
    company = data.draw(st.sampled_from(COMPANIES))
    location = data.draw(st.sampled_from(PLACES))
    bio = data.draw(st.sampled_from(BIOS))
    if source == "book":
        domain = data.draw(st.sampled_from(DOMAINS))
        ident = Identity("email", f"{first.lower()}{n}@{domain}")
    elif source == "linkedin":
        ident = Identity("linkedin", f"linkedin.com/in/{first.lower()}-{n}")
    else:
        handle = data.draw(st.sampled_from(
            [f"{first}{last}".lower()[:15], f"x{n}", f"{first[0]}{last}".lower()]))
        ident = Identity("twitter", str(n), "@" + handle)
    return ContactRecord(first_name=first, last_name=last, company=company,
                         location=location, headline=bio, identities=[ident],
                         origin=f"{source}:{n}")


def _proposals(home: Path, batches: list[tuple[str, list[ContactRecord]]]) -> list[tuple]:
    app = build_app(home)
    app.workspace.init()
    for source, records in batches:
        import_records(app, source, records)
    rows = [(row["contact_id"], row["other_contact_id"], row["score"], row["evidence"])
            for row in app.ledger.contacts.proposals()]
    app.close()
    return rows


@given(st.data())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_shortcuts_propose_what_scoring_every_pair_does(data):
    n = iter(range(1, 10_000))
    batches = [(source, [_record(data, source, next(n))
                         for _ in range(data.draw(st.integers(0, 14)))])
               for source in data.draw(st.lists(
                   st.sampled_from(["book", "linkedin", "x"]), min_size=1, max_size=3))]
    with tempfile.TemporaryDirectory() as tmp:
        fast = _proposals(Path(tmp) / "fast", batches)
        real_bare = linking.bare
        linking.bare = lambda p: False  # the reference: every pair of namesakes scored
        try:
            reference = _proposals(Path(tmp) / "reference", batches)
        finally:
            linking.bare = real_bare
    event("with proposals" if fast else "without proposals")
    assert fast == reference
