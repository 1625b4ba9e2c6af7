"""The audience's tag filter runs in SQL: the same people as comparing every contact's tags."""

from __future__ import annotations


def test_tag_filter_in_sql_matches_the_exact_casefolded_comparison(make_app):
    from orchestrator.ledger.audience import contacts_with_any_tag
    from orchestrator.model import Contact, Identity

    app = make_app()
    tag_sets = [["focus"], ["Focus"], ["FOCUS", "x"], ["focused"], ["unfocus"], ["other"], [],
                ['fo"cus'], ["ﬁlm"], ["Straße"], ["focus", "Été"]]
    ids = []
    with app.ledger.transaction():
        for i, tags in enumerate(tag_sets):
            ids.append(app.ledger.contacts.create(Contact(
                first_name=f"P{i}", tags=tags,
                identities=[Identity("email", f"p{i}@example.com", f"p{i}@example.com")])))
    app.ledger.contacts.merge(ids[0], ids[1], "test")  # a merged-away row is left out
    everyone = app.ledger.contacts.all()

    def exact(wanted):
        wanted = {t.casefold() for t in wanted}
        return [c.id for c in everyone if wanted & {t.casefold() for t in c.tags}]

    for wanted in (["focus"], ["FOCUS"], ['fo"cus'], ["film"], ["focus", "other"], ["strasse"]):
        found = contacts_with_any_tag(app.ledger, wanted)
        assert found is not None
        superset = [c.id for c in found]
        assert set(exact(wanted)) <= set(superset), wanted  # never drops a match
        assert ids[1] not in superset
        assert [c for c in found if c.id in exact(wanted)] == [
            c for c in everyone if c.id in exact(wanted)]  # whole contacts, identities too
    assert sorted(exact(["focus"])) == sorted(
        c.id for c in contacts_with_any_tag(app.ledger, ["focus"])
        if {t.casefold() for t in c.tags} & {"focus"})
    assert contacts_with_any_tag(app.ledger, ["Été"]) is None  # non-ASCII: load everyone


def test_planning_by_tag_chooses_the_same_people(make_app):
    from orchestrator.campaigns.audience import select_audience
    from orchestrator.campaigns.loader import load_campaign
    from orchestrator.model import Contact, Identity

    app = make_app()
    with app.ledger.transaction():
        for i, tags in enumerate([["focus"], ["FOCUS"], ["other"], ["ﬁlm", "focus"]]):
            app.ledger.contacts.create(Contact(
                first_name=f"P{i}", tags=tags,
                identities=[Identity("email", f"p{i}@example.com", f"p{i}@example.com")]))
    path = app.workspace.campaigns_dir / "c.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('name = "c"\n[audience]\ntags = ["Focus"]\n[[steps]]\n'
                    'channel = "email"\nkind = "email"\nsubject = "s"\nbody = "b"\n')
    chosen, _ = select_audience(app, load_campaign(path), None)
    assert [c.first_name for c in chosen] == ["P0", "P1", "P3"]
