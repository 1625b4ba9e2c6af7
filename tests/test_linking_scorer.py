"""Issue 12: the link scorer's properties (hypothesis) and the incremental index.

Whatever the two records hold: the score is the same whichever is asked first, it is a
probability, a name alone never proposes, two LinkedIn profiles are two people; a typo is
found without comparing all pairs, and a never-merge rule keeps a pair out of every later
run.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestrator.contacts import linking
from orchestrator.contacts.importing import import_records
from orchestrator.contacts.linking import Index, Stats, make_person, score
from orchestrator.model import ContactRecord, Identity
from orchestrator.testing import build_app

FIRST = ["Robert", "Bob", "Anna", "Zoë", "Katherine", "Kathrine", "Siobhán", "Jo"]
LAST = ["Quillfeather", "Quilfeather", "Smith", "O'Brien", "Lindqvist", "Lindquist", "Ng"]
COMPANIES = ["", "Loomworks", "Loomworks GmbH", "Fjord Fish", "Other Co"]
PLACES = ["", "Galway", "Galway, Ireland", "Ireland", "Bergen"]
BIOS = ["", "Building things at Loomworks", "linkedin.com/in/rq-1", "loomworks.ie"]

identity = st.one_of(
    st.builds(lambda d: ("email", f"x@{d}", ""),
              st.sampled_from(["gmail.com", "loomworks.ie", "fjordfish.no"])),
    st.builds(lambda s: ("linkedin", f"in/{s}", ""), st.sampled_from(["rq-1", "rq-2"])),
    st.builds(lambda i, h: ("twitter", str(i), "@" + h), st.integers(1, 3),
              st.sampled_from(["rquillfeather", "bobq", "thebrae17"])),
    st.builds(lambda h: ("web", h, ""), st.sampled_from(["loomworks.ie", "linkedin.com/in/x"])),
)
people = st.builds(
    make_person, st.integers(1, 10_000), st.sampled_from(FIRST), st.sampled_from(LAST),
    st.sampled_from(COMPANIES), st.sampled_from(PLACES), st.sampled_from(BIOS),
    st.lists(identity, max_size=3))
stats = st.builds(
    lambda n, names: Stats(contacts=n, names=names), st.integers(0, 100_000),
    st.dictionaries(st.sampled_from(["quillfeather robert", "smith anna"]),
                    st.integers(1, 40)))


@given(people, people, stats)
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_the_score_is_a_symmetric_probability(a, b, ledger):
    if a is None or b is None or a.id == b.id:
        return
    value, evidence = score(a, b, ledger)
    assert (value, evidence) == score(b, a, ledger)
    assert 0 <= value < 1
    assert (value > 0) == bool(evidence)


@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(FIRST),
       st.sampled_from(LAST), stats)
def test_a_name_alone_never_proposes(first_a, last_a, first_b, last_b, ledger):
    a = make_person(1, first_a, last_a, "", "", "", [("email", "a@gmail.com", "")])
    b = make_person(2, first_b, last_b, "", "", "", [("linkedin", "in/b", "")])
    assert score(a, b, ledger) == (0.0, [])


@given(people, people)
def test_two_linkedin_profiles_are_two_people(a, b):
    if a is None or b is None:
        return
    a = a._replace(linkedin=frozenset({"in/one"}))
    b = b._replace(id=a.id + 1, linkedin=frozenset({"in/two"}))
    assert score(a, b) == (0.0, [])


@given(st.sampled_from(COMPANIES[1:]), st.integers(1, 40))
def test_more_namesakes_never_raise_the_score(company, namesakes):
    a = make_person(1, "Anna", "Smith", company, "", "", [("email", "a@gmail.com", "")])
    b = make_person(2, "Anna", "Smith", company, "", "", [("linkedin", "in/b", "")])
    fewer = Stats(contacts=1000, names={"anna smith": namesakes})
    more = Stats(contacts=1000, names={"anna smith": namesakes + 1})
    assert score(a, b, more)[0] <= score(a, b, fewer)[0]


def test_conflicting_facts_count_against():
    a = make_person(1, "Bob", "Quillfeather", "Loomworks", "Galway", "", [])
    b = make_person(2, "Robert", "Quillfeather", "Loomworks", "Galway, Ireland", "", [])
    c = make_person(3, "Robert", "Quillfeather", "Loomworks", "Bergen", "", [])
    ledger = Stats(contacts=100, names={"quillfeather robert": 3})  # three people
    same, words = score(a, b, ledger)
    assert same > score(a, c, ledger)[0] > 0
    assert "both at loomworks" in words and "both in galway" in words
    assert "in different places" in "; ".join(score(a, c, ledger)[1])


class _Store:
    def __init__(self, rows, identities):
        self._rows, self._identities = rows, identities

    def people(self):
        return self._rows

    def identities(self):
        return iter(self._identities)


def test_a_typo_meets_its_name_without_all_pairs():
    rows = [(1, "Anna", "Lindqvist", "Loomworks", "", ""),
            (2, "Anna", "Lindquist", "Loomworks", "", ""),  # one letter changed
            (3, "Anna", "Lindqvst", "", "", ""),  # one left out
            (4, "Anna", "Lundquest", "Loomworks", "", ""),  # two: another person
            (5, "Ben", "Lindqvist", "Loomworks", "", "")]
    index = Index.read(_Store(rows, []))
    assert index.candidates(index.people[1]) == {2, 3}
    assert score(index.people[1], index.people[2], index.stats)[0] > 0
    assert score(index.people[1], index.people[4], index.stats) == (0.0, [])


def _record(first, last, source, ident, company="Loomworks"):
    return ContactRecord(first_name=first, last_name=last, company=company,
                         identities=[ident], origin=f"{source}:1")


def test_only_touched_contacts_are_compared_and_never_merge_holds(tmp_path):
    app = build_app(tmp_path / "w")
    app.workspace.init()
    import_records(app, "book", [_record("Bob", "Quillfeather", "book",
                                         Identity("email", "bob@gmail.com"))])
    import_records(app, "linkedin", [_record("Robert", "Quillfeather", "linkedin",
                                             Identity("url", "https://www.linkedin.com/in/rq"))])
    (row,) = app.ledger.contacts.proposals()
    assert row["score"] >= 0.8 and "both at loomworks" in row["evidence"]
    app.ledger.contacts.resolve_proposal(row["id"], accept=False)
    everyone = [c.id for c in app.ledger.contacts.all()]
    assert linking.propose_people(app, everyone) == 0  # the rule holds
    assert linking.propose_people(app, []) == 0
    assert app.ledger.contacts.proposals() == []
    app.close()


def test_two_records_linked_through_a_third_are_proposed_with_that_evidence(tmp_path):
    app = build_app(tmp_path / "w")
    app.workspace.init()
    import_records(app, "book", [_record("Bob", "Quillfeather", "book",
                                         Identity("email", "bob@gmail.com"))])
    import_records(app, "linkedin", [ContactRecord(
        first_name="Robert", last_name="Quillfeather", company="Loomworks", location="Galway",
        identities=[Identity("url", "https://www.linkedin.com/in/rq")], origin="li:1")])
    # the X account shares only a place with the profile, and nothing with the book
    import_records(app, "x", [ContactRecord(
        first_name="Bob", last_name="Quillfeather", location="Galway",
        identities=[Identity("twitter", "1001", "@thebrae17")], origin="x:1")])
    rows = app.ledger.contacts.proposals()
    assert len(rows) == 3
    chained = [r for r in rows if "same person as contact" in r["evidence"]]
    assert len(chained) == 1 and chained[0]["score"] >= 0.8
    assert score(*[make_person(r["id"], "Bob", "Quillfeather", "", "", "", [])
                   for r in ({"id": 1}, {"id": 2})]) == (0.0, [])  # alone: nothing
    app.close()
