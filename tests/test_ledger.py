"""The ledger's guarantees: private files, ordered migrations, append-only history, merging.

Every test but the file modes runs on both backends (``on_both``): the workspace's SQLite file and a
team's PostgreSQL database (started by the suite; see conftest's ``ledger_backend``).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timezone

import pytest

from orchestrator.errors import ConfigError
from orchestrator.ledger import Ledger
from orchestrator.ledger.migrations import MIGRATIONS
from orchestrator.model import ContactRecord, Identity, TouchPoint

from ledger_sql import rows, write

on_both = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def where(tmp_path, ledger_backend):
    """The ledger's location: a file here, or the test's own PostgreSQL database."""
    return os.environ.get("OUTREACH_LEDGER_URL") or tmp_path / "ledger.db"


def tampering_refused():
    """What a statement a history table's trigger refuses raises, on either backend."""
    import psycopg

    return pytest.raises((sqlite3.IntegrityError, psycopg.Error), match="append-only")


def record(email: str, **fields) -> ContactRecord:
    return ContactRecord(identities=[Identity("email", email, email)], **fields)


def test_files_are_private(tmp_path):
    ledger = Ledger(tmp_path / "ledger.db")
    with ledger.transaction():
        ledger.contacts.apply_record(record("a@example.com"), "test")
    for path in tmp_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@on_both
def test_migrations_are_named_in_order_and_applied_once(where, ledger_backend):
    ledger = Ledger(where)
    order = "rowid" if ledger_backend == "sqlite" else "applied_at, name"
    names = [r[0] for r in rows(ledger, f"SELECT name FROM _migrations ORDER BY {order}")]
    assert names == [name for name, _ in MIGRATIONS] == sorted(names)
    ledger.close()
    assert Ledger(where).migrate() == []  # reopening applies nothing


@on_both
def test_a_ledger_from_a_newer_version_is_refused(where):
    Ledger(where).close()
    write(where, "INSERT INTO _migrations VALUES ('9999_future', '')")
    with pytest.raises(ConfigError, match="newer version"):
        Ledger(where)


@on_both
def test_touch_point_history_is_append_only(where):
    ledger = Ledger(where)
    tp = TouchPoint("email", "email", "out", datetime(2026, 1, 5, tzinfo=timezone.utc), text="hi")
    with ledger.transaction():
        result = ledger.contacts.apply_record(record("a@example.com", touchpoints=[tp]), "test")
    assert result.touchpoints_added == 1
    # The triggers hold for any client of the database, not only for our API.
    for statement in ("UPDATE touchpoints SET text = 'rewritten'", "DELETE FROM touchpoints",
                      "DELETE FROM events"):
        with tampering_refused():
            write(where, statement)


@on_both
def test_same_touch_point_twice_is_recorded_once(where):
    ledger = Ledger(where)
    at = datetime(2026, 2, 10, 20, 33, 10, tzinfo=timezone.utc)
    tp = TouchPoint("linkedin", "message", "in", at, text="Thanks!", external_id="conv-1:2026")
    for _ in range(3):
        with ledger.transaction():
            ledger.contacts.apply_record(record("a@example.com", touchpoints=[tp]), "test")
    assert ledger.touchpoints.count() == 1


@on_both
def test_failed_transaction_leaves_nothing(where):
    ledger = Ledger(where)
    with pytest.raises(RuntimeError):
        with ledger.transaction():
            ledger.contacts.apply_record(record("a@example.com"), "test")
            raise RuntimeError("crash in the middle")
    assert ledger.contacts.count() == 0
    assert ledger.events() == []


@on_both
def test_merge_moves_identities_history_notes_and_opt_out(where):
    ledger = Ledger(where)
    at = datetime(2026, 3, 1, tzinfo=timezone.utc)
    with ledger.transaction():
        a = ledger.contacts.apply_record(record("a@example.com", notes="Met at PyCon",
                                                tags=["focus"]), "t").contact_id
        b = ledger.contacts.apply_record(ContactRecord(
            identities=[Identity("linkedin", "in/ada")], notes="Likes looms", tags=["python"],
            touchpoints=[TouchPoint("linkedin", "connection", "in", at, external_id="c1")]),
            "t").contact_id
    ledger.contacts.opt_out(b, "asked by email")
    kept = ledger.contacts.merge(a, b, "same person")
    merged = ledger.contacts.get(kept)
    assert {i.platform for i in merged.identities} == {"email", "linkedin"}
    assert merged.notes == "Met at PyCon\nLikes looms"
    assert merged.tags == ["focus", "python"] and merged.opted_out
    assert [t.kind for t in ledger.touchpoints.for_contact(kept)] == ["connection"]
    assert ledger.contacts.get(b).id == kept  # the absorbed id still resolves
    assert ledger.contacts.count() == 1


@on_both
def test_empty_fields_never_erase_known_data(where):
    ledger = Ledger(where)
    with ledger.transaction():
        cid = ledger.contacts.apply_record(record("a@example.com", company="Engines Ltd",
                                                  headline="Builds engines"), "t").contact_id
        result = ledger.contacts.apply_record(record("a@example.com", headline="Builds looms"), "t")
    contact = ledger.contacts.get(cid)
    assert result.changed and contact.company == "Engines Ltd"
    assert contact.headline == "Builds looms"  # newer profile data wins


@on_both
def test_state_store_round_trips_json(where):
    ledger = Ledger(where)
    ledger.state.set("twitter", "cursor", {"token": "abc", "page": 3})
    assert ledger.state.get("twitter", "cursor") == {"token": "abc", "page": 3}
    assert ledger.state.get("twitter", "missing", "default") == "default"


@on_both
def test_a_newer_display_of_a_known_identity_is_kept(where):
    ledger = Ledger(where)
    with ledger.transaction():
        cid = ledger.contacts.apply_record(ContactRecord(
            identities=[Identity("twitter", "2244994945", "@old_handle")]), "sync").contact_id
        result = ledger.contacts.apply_record(ContactRecord(
            identities=[Identity("twitter", "2244994945", "@new_handle")]), "sync")
        again = ledger.contacts.apply_record(ContactRecord(
            identities=[Identity("twitter", "2244994945", "@new_handle")]), "sync")
    assert result.changed and not again.changed
    assert ledger.contacts.get(cid).identities[0].display == "@new_handle"
