"""Issue 12: never-merge rules, contacts list names, edit, split and erasure (the real CLI,
the real SQLite file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestrator.model import ContactRecord, Identity, TouchPoint

ADA_EMAIL = "ada.quillfeather@example.org"
ADA_LINKEDIN = "https://www.linkedin.com/in/ada-quillfeather"

# The outbox and the contact store hold on both ledgers: SQLite and a team's PostgreSQL.
pytestmark = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)


def _vcard(tmp: Path) -> Path:
    path = tmp / "both.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Quillfeather;Ada;;;\r\nFN:Ada Quillfeather\r\n"
                    f"EMAIL:{ADA_EMAIL}\r\nURL:{ADA_LINKEDIN}\r\nEND:VCARD\r\n")
    return path


def _csv(tmp: Path) -> Path:
    path = tmp / "both.csv"
    path.write_text(f"First Name,Last Name,E-mail Address,LinkedIn\nAda,Quillfeather,{ADA_EMAIL},"
                    f"{ADA_LINKEDIN}\n")
    return path


def _linkedin(tmp: Path) -> Path:
    folder = tmp / "Basic_LinkedInDataExport"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Ada,Quillfeather,{ADA_LINKEDIN},{ADA_EMAIL},Loomworks,CTO,03 Mar 2025\n")
    return folder


IMPORTS = {"vcard": _vcard, "csv": _csv, "linkedin": _linkedin}


def _two_people(run_cli) -> tuple[int, int]:
    a = run_cli("contacts", "add", "--first", "Ada", "--email", ADA_EMAIL, "--json").json()["id"]
    b = run_cli("contacts", "add", "--first", "Ada", "--linkedin", ADA_LINKEDIN,
                "--json").json()["id"]
    return a, b


@pytest.mark.parametrize("source", sorted(IMPORTS))
def test_a_rejected_link_is_never_merged_by_an_import(source, run_cli, make_app, tmp_path):
    a, b = _two_people(run_cli)
    app = make_app()
    linkedin = app.normalize_identity("url", ADA_LINKEDIN)
    assert app.ledger.contacts.propose_link(a, linkedin, "a test says so") == "proposed"
    proposal = app.ledger.contacts.proposals()[0]["id"]
    app.close()
    rejected = run_cli("contacts", "links", "--reject", str(proposal))
    assert rejected.exit_code == 0, rejected.stderr
    assert "never be merged" in rejected.stdout

    result = run_cli("import", source, str(IMPORTS[source](tmp_path)), "-o", "owner=Me Too",
                     "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["records"] == 1 and result.json()["merged"] == 0
    assert "kept apart" in result.stdout
    people = {c["id"] for c in run_cli("contacts", "list", "--json").json()}
    assert {a, b} <= people
    # and a proposal for the pair does not come back
    app = make_app()
    assert app.ledger.contacts.propose_link(a, linkedin, "again") == "known"
    assert app.ledger.contacts.proposals() == []


def test_a_manual_merge_lifts_the_rule(run_cli, make_app):
    a, b = _two_people(run_cli)
    app = make_app()
    app.ledger.contacts.never_merge([Identity("email", ADA_EMAIL)],
                                    [app.normalize_identity("url", ADA_LINKEDIN)], "test")
    app.close()
    merged = run_cli("contacts", "merge", str(a), str(b))
    assert merged.exit_code == 0, merged.stderr
    assert len(run_cli("contacts", "list", "--json").json()) == 1


def test_contacts_list_names_everyone_and_labels_every_column(run_cli, tmp_path):
    vcf = tmp_path / "nameless.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\n"
                   "EMAIL:zed@example.org\r\nEND:VCARD\r\n")
    run_cli("import", "vcard", str(vcf))
    run_cli("contacts", "add", "--last", "Okonkwo", "--email", "okonkwo@example.org")
    run_cli("contacts", "add", "--twitter", "@RiverTam")
    out = run_cli("contacts", "list", env={"COLUMNS": "200"}).stdout
    assert "contact " not in out
    assert "Okonkwo" in out and "@RiverTam" in out and "zed@example.org" in out
    header = out.splitlines()[1]
    for label in ("id", "name", "company", "identities", "tags", "status"):
        assert label in header


def test_an_edit_wins_over_later_imports_until_cleared(run_cli, make_app, tmp_path):
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("First Name,Last Name,E-mail Address,Company\n"
                        "Ada,Quillfeather,ada@example.org,Loomworks\n")
    assert run_cli("import", "csv", str(csv_file)).exit_code == 0
    cid = run_cli("contacts", "list", "--json").json()[0]["id"]
    edited = run_cli("contacts", "edit", str(cid), "--company", "Quill & Loom",
                     "--first-name", "Adaline")
    assert edited.exit_code == 0, edited.stderr
    csv_file.write_text("First Name,Last Name,E-mail Address,Company\n"
                        "Ada,Quillfeather,ada@example.org,Loomworks Ltd\n")
    assert run_cli("import", "csv", str(csv_file)).exit_code == 0
    shown = run_cli("contacts", "show", str(cid), "--json").json()
    assert (shown["first_name"], shown["company"]) == ("Adaline", "Quill & Loom")
    assert [e["changes"] for e in shown["edits"]] == [
        {"company": {"from": "Loomworks", "to": "Quill & Loom"},
         "first_name": {"from": "Ada", "to": "Adaline"}}]
    assert "edited" in run_cli("contacts", "show", str(cid)).stdout
    # cleared: the next import fills it again
    assert run_cli("contacts", "edit", str(cid), "--company", "").exit_code == 0
    assert run_cli("import", "csv", str(csv_file)).exit_code == 0
    assert run_cli("contacts", "show", str(cid), "--json").json()["company"] == "Loomworks Ltd"


def test_split_moves_the_identity_and_its_history_and_keeps_them_apart(run_cli, make_app,
                                                                        tmp_path):
    a, b = _two_people(run_cli)
    app = make_app()
    app.ledger.contacts.merge(a, b, "test")
    with app.ledger.transaction():
        app.ledger.touchpoints.record(a, TouchPoint("linkedin", "message", "in",
                                                    app.now(), text="hello", external_id="m1"))
    linkedin = app.normalize_identity("url", ADA_LINKEDIN)
    app.close()
    split = run_cli("contacts", "split", str(a), "--identity", f"linkedin:{linkedin.key}",
                    "--json")
    assert split.exit_code == 0, split.stderr
    new_id = split.json()["new_contact_id"]
    new = run_cli("contacts", "show", str(new_id), "--json").json()
    assert [i["key"] for i in new["identities"]] == [linkedin.key]
    assert [t["text"] for t in new["touchpoints"]] == ["hello"]
    old = run_cli("contacts", "show", str(a), "--json").json()
    assert [i["key"] for i in old["identities"]] == [ADA_EMAIL]
    # an import naming both leaves them apart
    result = run_cli("import", "csv", str(_csv(tmp_path)), "--json")
    assert result.json()["merged"] == 0
    assert len(run_cli("contacts", "list", "--json").json()) == 2


def test_split_refuses_an_identity_the_contact_lacks(run_cli):
    a, _b = _two_people(run_cli)
    result = run_cli("contacts", "split", str(a), "--identity", "email:nobody@example.org")
    assert result.exit_code == 2
    assert "no email identity" in result.stderr


SECRET_NAME = "Wilhelmina Zabriskie-Oyelaran"
SECRET_EMAIL = "wzoyelaran.private@example.net"


def test_delete_leaves_no_byte_of_the_person_and_keeps_them_out(run_cli, make_app, tmp_path,
                                                                outreach_home, ledger_backend):
    csv_file = tmp_path / "p.csv"
    first, last = SECRET_NAME.split(" ")
    csv_file.write_text("First Name,Last Name,E-mail Address,Notes\n"
                        f"{first},{last},{SECRET_EMAIL},Met at the Zanzibar spice fair\n"
                        "Ada,Quillfeather,ada@example.org,\n")
    assert run_cli("import", "csv", str(csv_file)).exit_code == 0
    people = {c["first_name"]: c["id"] for c in run_cli("contacts", "list", "--json").json()}
    victim = people[first]
    run_cli("contacts", "note", str(victim), "Loves Wilhelmina-grade saffron")
    run_cli("contacts", "edit", str(victim), "--company", "Zabriskie Saffron")
    app = make_app()
    with app.ledger.transaction():
        app.ledger.touchpoints.record(victim, TouchPoint("email", "email", "in", app.now(),
                                                         subject="Zanzibar",
                                                         text=f"Regards, {SECRET_NAME}"))
    app.close()

    deleted = run_cli("contacts", "delete", str(victim), "--yes")
    assert deleted.exit_code == 0, deleted.stderr

    if ledger_backend == "postgresql":  # no file of ours: no row of any table names them
        app = make_app()
        tables = [r[0] for r in app.ledger._query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
        assert "contacts" in tables
        for table in tables:
            for row in app.ledger._query(f"SELECT * FROM {table}"):
                for secret in (SECRET_EMAIL, first, last, "Zanzibar", "Saffron", "saffron"):
                    assert secret not in repr(tuple(row)), (table, secret)
        assert app.ledger.contacts.count() == 1
        app.close()
    else:
        _no_byte_left(outreach_home, first, last)

    again = run_cli("import", "csv", str(csv_file), "--json")
    assert again.exit_code == 0, again.stderr
    assert again.json()["suppressed"] == 1 and again.json()["created"] == 0
    assert "1 suppressed" in run_cli("import", "csv", str(csv_file)).stdout
    assert [c["first_name"] for c in run_cli("contacts", "list", "--json").json()] == ["Ada"]
    added = run_cli("contacts", "add", "--first", "W", "--email", SECRET_EMAIL.upper())
    assert added.exit_code == 2 and "erased" in added.stderr


def _no_byte_left(outreach_home, first: str, last: str) -> None:
    db = outreach_home / "ledger.db"
    wal = outreach_home / "ledger.db-wal"
    for path in (db, wal):
        data = path.read_bytes() if path.exists() else b""
        for secret in (SECRET_EMAIL, first, last, "Zanzibar", "Saffron", "saffron"):
            assert secret.encode() not in data, (path.name, secret)
            assert secret.encode("utf-16-le") not in data
    conn = sqlite3.connect(db)
    for table, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f"SELECT * FROM {table}"):
            assert first not in repr(row) and SECRET_EMAIL not in repr(row), table
    assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 1
    conn.close()
    assert (outreach_home / "erasure.key").stat().st_mode & 0o777 == 0o600


def test_delete_asks_first(run_cli):
    a, _b = _two_people(run_cli)
    result = run_cli("contacts", "delete", str(a), input="n\n")
    assert result.exit_code != 0
    assert any(c["id"] == a for c in run_cli("contacts", "list", "--json").json())


# --- property: merge then split restores the identities ---------------------------------

_emails = st.lists(st.from_regex(r"[a-z]{1,8}@[a-z]{1,6}\.org", fullmatch=True),
                   min_size=1, max_size=3, unique=True)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(left=_emails, right=_emails)
def test_merge_then_split_restores_the_identities(make_app, tmp_path_factory, fresh_ledger,
                                                  left, right):
    right = [e for e in right if e not in left]
    if not right:
        return
    fresh_ledger()  # each example starts from an empty ledger, as on SQLite's new folder
    home = tmp_path_factory.mktemp("w")
    app = make_app(home=home)
    ids = []
    for group in (left, right):
        result = app.ledger.contacts.apply_record(
            ContactRecord(identities=[Identity("email", e, e) for e in group]), "test")
        ids.append(result.contact_id)
    a, b = ids
    app.ledger.contacts.merge(a, b, "test")
    new = app.ledger.contacts.split(a, [("email", e) for e in right])
    assert sorted(i.key for i in app.ledger.contacts.get(a).identities) == sorted(left)
    assert sorted(i.key for i in app.ledger.contacts.get(new).identities) == sorted(right)
    # and the two are never merged again by a record naming both
    result = app.ledger.contacts.apply_record(
        ContactRecord(identities=[Identity("email", left[0]), Identity("email", right[0])]),
        "test")
    assert result.merged == [] and result.kept_apart


# --- export and backup -------------------------------------------------------------------

def _some_people(run_cli, tmp_path) -> None:
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("First Name,Last Name,E-mail Address,Notes\n"
                        "Ada,Quillfeather,ada@example.org,=HYPERLINK(\"x\")\n"
                        "Bo,Lindqvist,bo@example.org,\n")
    assert run_cli("import", "csv", str(csv_file)).exit_code == 0


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_is_complete_private_and_stable(fmt, run_cli, tmp_path):
    _some_people(run_cli, tmp_path)
    first, second = tmp_path / "e1", tmp_path / "e2"
    for target in (first, second):
        result = run_cli("export", str(target), "--format", fmt)
        assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in first.iterdir())
    assert {f"contacts.{fmt}", f"touchpoints.{fmt}", f"plans.{fmt}",
            f"deliveries.{fmt}"} <= set(names)
    for path in first.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.read_bytes() == (second / path.name).read_bytes()
    if fmt == "json":
        import json

        people = json.loads((first / "contacts.json").read_text())
        assert [(p["first_name"], [i["key"] for i in p["identities"]]) for p in people] == [
            ("Ada", ["ada@example.org"]), ("Bo", ["bo@example.org"])]
    else:
        text = (first / "contacts.csv").read_text()
        assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text
        assert "ada@example.org" in (first / "identities.csv").read_text()


def test_backup_is_a_consistent_private_copy_that_restores(run_cli, tmp_path, outreach_home,
                                                           ledger_backend):
    _some_people(run_cli, tmp_path)
    target = tmp_path / "ledger-backup.db"
    result = run_cli("backup", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 2
    conn.close()
    if ledger_backend == "postgresql":
        return  # a team's backup is a SQLite copy; `ledger migrate --to` restores it
    # restore: copy it back over a ledger that has changed since
    run_cli("contacts", "add", "--first", "Cy", "--email", "cy@example.org")
    assert len(run_cli("contacts", "list", "--json").json()) == 3
    for suffix in ("-wal", "-shm"):
        Path(str(outreach_home / "ledger.db") + suffix).unlink(missing_ok=True)
    (outreach_home / "ledger.db").write_bytes(target.read_bytes())
    assert [c["first_name"] for c in run_cli("contacts", "list", "--json").json()] == ["Ada", "Bo"]


# --- linking with evidence -----------------------------------------------------------------

def test_a_name_and_a_company_propose_a_link_with_score_and_evidence(run_cli, tmp_path):
    book = tmp_path / "book.csv"
    book.write_text("First Name,Last Name,E-mail Address,Company,City\n"
                    "Bob,Quillfeather,bob@gmail.com,Loomworks GmbH,Galway\n"
                    "Ada,Lindqvist,ada@gmail.com,Fjord Fish,Bergen\n")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Robert,Quillfeather,https://www.linkedin.com/in/rq,,Loomworks,CTO,03 Mar 2025\n"
        "Ada,Lindqvist,https://www.linkedin.com/in/al,,Other Co,CEO,03 Mar 2025\n")
    assert run_cli("import", "csv", str(book)).exit_code == 0
    result = run_cli("import", "linkedin", str(folder), "-o", "owner=Me Too")
    assert result.exit_code == 0, result.stderr
    rows = run_cli("contacts", "links", "--json").json()
    assert len(rows) == 1  # a name alone (Ada Lindqvist) never proposes
    (row,) = rows
    assert set(row) >= {"id", "contact_id", "other_contact_id", "score", "evidence"}
    assert row["score"] >= 0.8
    assert "loomworks" in row["evidence"] and "Bob Quillfeather" in row["evidence"]
    accepted = run_cli("contacts", "links", "--accept-above", "0.8")
    assert accepted.exit_code == 0, accepted.stderr
    assert len(run_cli("contacts", "list", "--json").json()) == 3
    # a second import proposes nothing new
    run_cli("import", "linkedin", str(folder), "-o", "owner=Me Too")
    assert run_cli("contacts", "links", "--json").json() == []


def test_a_rejected_person_link_stays_rejected(run_cli, tmp_path):
    book = tmp_path / "book.csv"
    book.write_text("First Name,Last Name,E-mail Address,Company\n"
                    "Bob,Quillfeather,bob@gmail.com,Loomworks\n"
                    "Robert,Quillfeather,robert@gmail.com,Loomworks\n")
    assert run_cli("import", "csv", str(book)).exit_code == 0
    (row,) = run_cli("contacts", "links", "--json").json()
    assert run_cli("contacts", "links", "--reject", str(row["id"])).exit_code == 0
    book.write_text("First Name,Last Name,E-mail Address,Company,E-mail 2 - Value\n"
                    "Bob,Quillfeather,bob@gmail.com,Loomworks,robert@gmail.com\n")
    result = run_cli("import", "csv", str(book), "--json")
    assert result.json()["merged"] == 0
    assert run_cli("contacts", "links", "--json").json() == []
    assert len(run_cli("contacts", "list", "--json").json()) == 2
