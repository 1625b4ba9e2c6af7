"""Issue 12: namesakes weighed by how well each fits, not counted alike.

Two contacts on one platform are two people, so a rival that is already likely another
contact's person there weighs less (one round of one-to-one matching); an X handle that is a
form of a shared name corroborates the name but proposes only once the namesakes are
accounted for; a name seen once is shared by more people when its first and last names are
common in the ledger.
"""

from __future__ import annotations

from orchestrator.contacts.importing import import_records
from orchestrator.contacts.linking import Stats, make_person, score
from orchestrator.model import ContactRecord, Identity
from orchestrator.testing import build_app


def _book(first, last, email, company="", location=""):
    return ContactRecord(first_name=first, last_name=last, company=company, location=location,
                         identities=[Identity("email", email)], origin=f"book:{email}")


def _x(first, last, user_id, handle, bio="", location=""):
    return ContactRecord(first_name=first, last_name=last, headline=bio, location=location,
                         identities=[Identity("twitter", user_id, "@" + handle)],
                         origin=f"x:{user_id}")


def _pairs(tmp_path, x_records):
    """The proposals' scores by (book email, X handle), after importing two Anna Smiths
    into the address book (one at Loomworks, one with only a free-mail address) and then
    ``x_records``."""
    app = build_app(tmp_path / "w")
    app.workspace.init()
    import_records(app, "book", [
        _book("Anna", "Smith", "anna@loomworks.ie", company="Loomworks"),
        _book("Anna", "Smith", "anna.smith@gmail.com", location="Bergen")])
    import_records(app, "x", x_records)
    keys = {}
    for contact in app.ledger.contacts.all():
        for ident in contact.identities:
            keys[contact.id] = ident.display or ident.key
    out = {}
    for row in app.ledger.contacts.proposals():
        a, b = keys[row["contact_id"]], keys[row["other_contact_id"]]
        out[tuple(sorted((a, b)))] = row["score"]
    app.close()
    return out


def test_a_namesake_already_matched_elsewhere_weighs_less(tmp_path):
    # The X account in Bergen is the free-mail Anna's or the Loomworks Anna's. When the other
    # X account names Loomworks, the Loomworks Anna is taken: the Bergen pair is surer.
    resolved = _pairs(tmp_path / "a", [
        _x("Anna", "Smith", "11", "thebrae17", bio="Building things at Loomworks"),
        _x("Anna", "Smith", "12", "quillfin3", location="Bergen")])
    ambiguous = _pairs(tmp_path / "b", [
        _x("Anna", "Smith", "11", "thebrae17"),
        _x("Anna", "Smith", "12", "quillfin3", location="Bergen")])
    pair = ("@quillfin3", "anna.smith@gmail.com")
    assert resolved[pair] > ambiguous[pair]
    assert resolved[pair] >= 0.8
    assert resolved[("@thebrae17", "anna@loomworks.ie")] >= 0.8


def test_a_handle_namesakes_share_proposes_only_once_they_are_accounted_for(tmp_path):
    # @annasmith is a form of a name two people in the address book have: alone it says
    # nothing about which; once the other X account is surely the Loomworks Anna's, it does.
    resolved = _pairs(tmp_path / "a", [
        _x("Anna", "Smith", "11", "thebrae17", bio="Building things at Loomworks"),
        _x("Anna", "Smith", "12", "annasmith")])
    ambiguous = _pairs(tmp_path / "b", [
        _x("Anna", "Smith", "11", "thebrae17"),
        _x("Anna", "Smith", "12", "annasmith")])
    pair = ("@annasmith", "anna.smith@gmail.com")
    assert pair in resolved
    assert pair not in ambiguous
    assert resolved[pair] < 0.99  # still a namesake's handle: not certain


def test_a_name_seen_once_is_shared_more_often_when_its_names_are_common():
    a = make_person(1, "Anna", "Smith", "", "Galway", "", [("email", "a@gmail.com", "")])
    b = make_person(2, "Anna", "Smith", "", "Galway", "", [("linkedin", "in/anna", "")])
    filler = [make_person(10 + i, first, last, "", "", "", [("email", f"{i}@gmail.com", "")])
              for i, (first, last) in enumerate(
                  [("Anna", f"Other{chr(97 + i % 26)}{i}") for i in range(300)]
                  + [(f"Name{i}", "Smith") for i in range(300)])]
    rare = [make_person(1000 + i, f"Given{i}", f"Family{i}", "", "", "",
                        [("email", f"r{i}@gmail.com", "")]) for i in range(600)]
    common_ledger = Stats.of([a, b, *filler])
    rare_ledger = Stats.of([a, b, *rare])
    assert common_ledger.others(a) > rare_ledger.others(a)
    common, rare_score = score(a, b, common_ledger)[0], score(a, b, rare_ledger)[0]
    assert 0 < common < rare_score
