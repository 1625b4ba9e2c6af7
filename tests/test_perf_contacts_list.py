"""`contacts list` streams rows from the ledger (ContactRow, no Contact built) and writes
each row's own JSON text: the same bytes, the same filters, as listing every Contact."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.model import Contact, Identity
from orchestrator.output import (_UNSAFE_MULTILINE, json_indented, json_terminal_safe,
                                 write_json, write_json_texts)

# the contact store holds on both ledgers: SQLite and a team's PostgreSQL
both = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)

ODD = "\x1b[2J\u202e\u2028\"\\\n\t\x7f\x85 日本語 💻 Été"


def _people(app) -> list[int]:
    app.workspace.init("Robin Ashdown")
    ledger = app.ledger
    ids = []
    with ledger.transaction():
        for i, (first, last, tags) in enumerate([
                ("Ada", "Byron", ["focus", "Été"]), ("", "", []), ("Bo" + ODD, "", ["x"]),
                ("", "Lone", ["focus"]), ("Cy", "Dee", []), ("Eve", "Ng", ["focus", 'q"t'])]):
            identities = [Identity("email", f"p{i}@example.org", f"P{i} <p{i}@example.org>",
                                   "test", f"(named '{first}' there)")]
            if i % 2:
                identities.append(Identity("linkedin", f"in/p{i}", "", "", ODD))
            ids.append(ledger.contacts.create(Contact(
                first_name=first, last_name=last, company=f"Co {ODD}" if i == 2 else "Co",
                notes=ODD if i == 0 else f"note {i}", headline="=SUM(A1)", tags=tags,
                interests=["rye", ODD] if i == 4 else [], identities=identities)))
        # merged-away rows and their identities are not listed; a contact with none is
        ledger.contacts.merge(ids[0], ids[1], "test")
        ledger._execute("INSERT INTO contacts (created_at, updated_at) VALUES (?, ?)",
                        ("2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00"))
        ledger._execute("UPDATE contacts SET interests = ? WHERE id = ?",
                        ('[1, "two", null]', ids[5]))  # Contact makes every item text
    app.clock = lambda: datetime(2026, 3, 1, 9, 0, 0, tzinfo=timezone.utc)  # .000000
    ledger.contacts.opt_out(ids[3], "asked")
    app.clock = lambda: datetime(2026, 3, 1, 9, 0, 0, 1234, tzinfo=timezone.utc)
    ledger.contacts.opt_out(ids[4], "asked")
    return ids


@both
def test_rows_are_the_contacts_as_json_and_their_text(make_app):
    app = make_app()
    _people(app)
    contacts = app.ledger.contacts.all()
    rows = list(app.ledger.contacts.rows())
    assert [r.as_json() for r in rows] == [c.as_json() for c in contacts]
    for row in rows:
        assert row.json_text() == json_indented(row.as_json(), 1)
        assert row.name == next(c.name for c in contacts if c.id == row.id)


@both
def test_contacts_list_json_writes_the_same_bytes(make_app, run_cli):
    app = make_app()
    _people(app)
    expected = io.StringIO()
    write_json([c.as_json() for c in app.ledger.contacts.all()], expected)
    result = run_cli("contacts", "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == expected.getvalue()


@both
@pytest.mark.parametrize("args", [("--tag", "FOCUS"), ("--tag", "été"), ("--tag", "none"),
                                  ("--search", "byron"), ("--search", "P3 <"),
                                  ("--opted-out",), ("--tag", "focus", "--opted-out")])
def test_the_filters_choose_the_same_people(make_app, run_cli, args):
    app = make_app()
    _people(app)
    people = app.ledger.contacts.all()
    options = dict(zip(args[::2], args[1::2])) if "--opted-out" not in args else {}
    if "--tag" in args:
        wanted = args[args.index("--tag") + 1].casefold()
        people = [c for c in people if wanted in {t.casefold() for t in c.tags}]
    if "--search" in options:
        q = options["--search"].casefold()
        people = [c for c in people if q in " ".join(
            [c.name, c.company, c.headline, c.notes, *(i.display for i in c.identities)]
        ).casefold()]
    if "--opted-out" in args:
        people = [c for c in people if c.opted_out]
    listed = run_cli("contacts", "list", *args, "--json").json()
    assert listed == [c.as_json() for c in people]
    table = run_cli("contacts", "list", *args)
    assert table.exit_code == 0, table.stderr
    for name in ("Ada Byron", "Cy Dee", "Eve Ng"):
        assert (name in table.stdout) == any(c.name == name for c in people)


@both
def test_an_empty_ledger_lists_nothing(run_cli, make_app):
    make_app().workspace.init("Robin")
    assert run_cli("contacts", "list", "--json").stdout == "[]\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(max_codepoint=0x2030), max_size=8), max_size=2500))
def test_json_texts_and_the_ascii_shortcut_match_the_general_path(items):
    out = io.StringIO()
    write_json_texts((json_indented(i, 1) for i in items), out)
    assert out.getvalue() == json_terminal_safe(
        json.dumps(items, indent=2, ensure_ascii=False)) + "\n"
    for text in items + ["".join(items)]:  # any text, JSON or not: the shortcut changes nothing
        assert json_terminal_safe(text) == _UNSAFE_MULTILINE.sub(
            lambda m: f"\\u{ord(m.group()):04x}", text)
