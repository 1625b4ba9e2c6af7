"""Planning reads each step's sends, notes and deliveries in batches: the same answers as
the per-contact store methods it replaces."""

from __future__ import annotations


def test_step_lookups_answer_as_the_per_contact_queries(make_app):
    from orchestrator.ledger.planning import StepLookups

    app = make_app()
    ledger = app.ledger
    rows = [(1, "sent", "2026-01-05T09:00:00+00:00"), (1, "sent", "2026-02-05T09:00:00+00:00"),
            (2, "failed", None), (3, "unknown", None), (4, "planned", None)]
    ledger._execute("PRAGMA foreign_keys = OFF")  # rows of a step, no plans or people needed
    with ledger.transaction():
        for i, (contact_id, state, finished) in enumerate(rows):
            ledger._execute(
                "INSERT INTO deliveries (idempotency_key, draft_id, plan_id, campaign, step_key,"
                " contact_id, channel, kind, mode, state, finished_at, created_at, updated_at) "
                "VALUES (?, ?, 'p1', 'c', 's1', ?, 'email', 'email', 'api', ?, ?, ?, ?)",
                (f"c/s1/{contact_id}/{i}", f"p1-{i}", contact_id, state, finished,
                 "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00"))
    lookups = StepLookups(ledger, "c", "s1")
    for contact_id in (1, 2, 3, 4, 5):
        assert lookups.sent_count(contact_id) == ledger.deliveries.sent_count("c", "s1",
                                                                              contact_id)
        assert lookups.previous_note(contact_id) == ledger.plans.previous_note("c", "s1",
                                                                              contact_id)
    keys = [f"c/s1/{c}/{i}" for i, (c, _, _) in enumerate(rows)] + ["c/s1/9/0"]
    lookups.load_keys(keys[:3])
    for key in keys:  # loaded in a batch or one by one, the same record
        assert lookups.by_key(key) == ledger.deliveries.by_key(key)
