"""Import streams records through its transaction: the same outcome as holding them all.

A file's records are normalized and applied as the parser reads them (a file of 100,000
people is never held whole), so what used to be guaranteed by the order "parse all,
normalize all, then write" is now guaranteed by the transaction: a bad row anywhere rolls
back the rows before it. Web addresses shared by several people need the whole file: from
the first record naming one, records are held to the end. Inside a caller's transaction
(a sync page) every record is normalized before the first is applied, as before.
"""

from __future__ import annotations

import io
import random

import pytest

from orchestrator.contacts.csvfile import _lines
from orchestrator.contacts.importing import import_file, import_records
from orchestrator.errors import ImportFailed, InputError
from orchestrator.model import ContactRecord, Identity
from orchestrator.testing import build_app


def _app(tmp_path, name="w"):
    app = build_app(tmp_path / name)
    app.workspace.init()
    return app


def _csv(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    return path


def _state(app) -> tuple:
    contacts = [(c.id, c.first_name, c.last_name, c.company, c.tags,
                 [(i.platform, i.key, i.display, i.evidence) for i in c.identities])
                for c in app.ledger.contacts.all()]
    links = [(p["contact_id"], p["other_contact_id"], p["score"], p["evidence"])
             for p in app.ledger.contacts.proposals()]
    return contacts, links


def test_an_invalid_value_after_many_good_rows_imports_nothing(tmp_path):
    app = _app(tmp_path)
    lines = ["First Name,Last Name,Email"]
    lines += [f"Ada{i},Quill,ada{i}@loom.ie" for i in range(300)]
    lines += ["Bad,Row,not an email"] + [f"Bo{i},Quill,bo{i}@loom.ie" for i in range(5)]
    with pytest.raises(InputError, match="not an email"):
        import_file(app, "csv", _csv(tmp_path, "bad.csv", lines))
    assert app.ledger.contacts.count() == 0
    assert app.ledger.events(limit=5) == []


def test_a_malformed_row_after_good_ones_imports_nothing(tmp_path):
    app = _app(tmp_path)
    lines = ["First Name,Email"] + [f"Ada{i},ada{i}@loom.ie" for i in range(200)]
    lines += ['Quote,"never closed']
    with pytest.raises(ImportFailed, match="never closed"):
        import_file(app, "csv", _csv(tmp_path, "bad.csv", lines))
    assert app.ledger.contacts.count() == 0


def test_skip_invalid_reports_invalid_rows_first_as_before(tmp_path):
    app = _app(tmp_path)
    lines = ["First Name,Email,Website"]
    lines += ["Ada,ada@loom.ie,", "Phone,,", "Bad,nope,", "Cy,cy@loom.ie,https://loom.ie",
              "Di,di@loom.ie,https://loom.ie", "Ed,,https://ed.example.net"]
    summary = import_file(app, "csv", _csv(tmp_path, "mixed.csv", lines), skip_invalid=True)
    kinds = [n.kind for n in summary.notices]
    # the parser's notices, then invalid values, then shared websites, then the rest
    assert kinds == ["no email, LinkedIn, X or web address (a phone-only or empty contact)",
                     "invalid value", "website shared by several people (not used to tell "
                     "who is who)", "website shared by several people (not used to tell who "
                     "is who)"]
    assert summary.created == 4 and app.ledger.contacts.count() == 4


def _records():
    """Address-book records: some before the first web address, a shared company site, a
    personal one, a merge by email, namesakes at one company (a link proposal)."""
    rnd = random.Random(3)
    out = []
    for i in range(60):
        web = []
        if i >= 20 and i % 5 == 0:
            web = [Identity("url", "https://www.loomworks.ie")]  # shared: dropped
        elif i >= 20 and i % 7 == 0:
            web = [Identity("url", f"https://p{i}.example.net")]
        email = f"p{i % 50}@loomworks.ie" if i % 3 else f"p{i}@gmail.com"
        out.append(ContactRecord(
            first_name=rnd.choice(["Ada", "Bo"]), last_name=rnd.choice(["Quill", "Brae"]),
            company=rnd.choice(["Loomworks", ""]), location=rnd.choice(["Galway", ""]),
            identities=[Identity("email", email), *web], origin=f"book:{i}"))
    out.append(ContactRecord(first_name="Web", last_name="Only",
                             identities=[Identity("url", "https://only.example.org")],
                             origin="book:only"))
    # one person twice (a link proposal), and a record naming two contacts (a merge)
    out.insert(5, ContactRecord(first_name="Zed", last_name="Quillfeather", company="Fjord",
                                location="Galway", identities=[Identity("email", "zed@fjord.no")],
                                origin="book:zed"))
    out.append(ContactRecord(first_name="Zed", last_name="Quillfeather", company="Fjord",
                             location="Galway, Ireland", origin="book:zed2",
                             identities=[Identity("email", "zq@gmail.com"),
                                         Identity("url", "https://zed.example.net")]))
    out.append(ContactRecord(first_name="Bo", last_name="Brae", origin="book:both",
                             identities=[Identity("email", "p1@loomworks.ie"),
                                         Identity("email", "p2@loomworks.ie")]))
    return out


def test_streamed_import_equals_the_held_one(tmp_path):
    streamed = _app(tmp_path, "a")
    summary = import_records(streamed, "book", _records())
    held = _app(tmp_path, "b")
    with held.ledger.transaction():  # joins a transaction: everything normalized first
        expected = import_records(held, "book", _records())
    assert summary.as_json() == expected.as_json()
    assert summary.results == expected.results
    assert summary.proposed and summary.merged
    assert _state(streamed) == _state(held)


def test_a_record_naming_a_contact_by_its_shown_handle_joins_it(tmp_path):
    app = _app(tmp_path)
    import_records(app, "x", [ContactRecord(
        first_name="Jane", last_name="Doe", origin="x:1",
        identities=[Identity("twitter", "12345", "@JaneDoe")])])
    summary = import_records(app, "book", [ContactRecord(
        first_name="Jane", last_name="Doe", origin="book:1",
        identities=[Identity("twitter", "@janedoe"), Identity("email", "jane@loom.ie")])])
    assert summary.created == 0 and summary.updated == 1
    (contact,) = app.ledger.contacts.all()
    assert {(i.platform, i.key) for i in contact.identities} == {
        ("twitter", "12345"), ("email", "jane@loom.ie")}


def test_lines_split_as_a_stringio_reads_them():
    rnd = random.Random(1)
    for _ in range(5000):
        text = "".join(rnd.choice('ab\r\n,"\x0b\u2028') for _ in range(rnd.randint(0, 12)))
        assert list(_lines(text)) == list(io.StringIO(text, newline=""))
