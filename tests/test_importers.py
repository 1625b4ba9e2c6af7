"""vCard and CSV importers and the transactional import pipeline."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestrator.contacts.importing import import_file
from orchestrator.contacts.names import clean_name
from orchestrator.errors import ImportFailed, InputError

VCARD = """BEGIN:VCARD
VERSION:3.0
N:Lovelace;Ada;;;
FN:Ada Lovelace
ORG:Analytical Engines Ltd;Research
TITLE:Head of Research
EMAIL;TYPE=INTERNET:Ada@Example.COM
URL:https://www.linkedin.com/in/ada-lovelace/
X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/AdaL
NOTE:Met at PyCon Dublin\\, talked about difference engines.\\nShe likes
  punch cards.
CATEGORIES:focus,python
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Charles Babbage
EMAIL;TYPE=work:charles@example.org
item1.EMAIL:cb@example.net
END:VCARD
"""


def write(tmp_path, name, text, newline="\n"):
    path = tmp_path / name
    path.write_text(text.replace("\n", newline), encoding="utf-8")
    return path


def test_vcard_fields_identities_and_folding(make_app, tmp_path):
    app = make_app()
    summary = import_file(app, "vcard", write(tmp_path, "a.vcf", VCARD, "\r\n"))
    assert (summary.records, summary.created) == (2, 2)
    ada, charles = app.ledger.contacts.all()
    assert (ada.first_name, ada.last_name, ada.company, ada.title) == (
        "Ada", "Lovelace", "Analytical Engines Ltd", "Head of Research")
    assert ada.notes == "Met at PyCon Dublin, talked about difference engines.\nShe likes punch cards."
    assert ada.tags == ["focus", "python"]
    platforms = {i.platform: i.key for i in ada.identities}
    assert platforms["email"] == "ada@example.com"
    assert platforms["linkedin"] == "in/ada-lovelace"
    assert "twitter" in platforms
    assert (charles.first_name, charles.last_name) == ("Charles", "Babbage")
    assert {i.key for i in charles.identities} == {"charles@example.org", "cb@example.net"}


def test_reimport_changes_nothing(make_app, tmp_path):
    app = make_app()
    path = write(tmp_path, "a.vcf", VCARD)
    import_file(app, "vcard", path)
    before = [c.as_json() for c in app.ledger.contacts.all()]
    summary = import_file(app, "vcard", path)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 2)
    assert [c.as_json() for c in app.ledger.contacts.all()] == before


def test_same_email_from_two_sources_is_one_person(make_app, tmp_path):
    app = make_app()
    import_file(app, "vcard", write(tmp_path, "a.vcf", VCARD))
    csv_path = write(tmp_path, "b.csv", "Name,E-mail,X handle,Interests\n"
                                        "Ada Lovelace,ada@example.com,@ada_l,engines; looms\n")
    summary = import_file(app, "csv", csv_path)
    assert (summary.created, summary.updated) == (0, 1)
    (ada,) = [c for c in app.ledger.contacts.all() if c.first_name == "Ada"]
    assert ada.interests == ["engines", "looms"]
    assert {"email", "linkedin", "twitter"} <= {i.platform for i in ada.identities}


def test_record_naming_two_known_people_merges_them_with_history(make_app, tmp_path):
    app = make_app()
    import_file(app, "csv", write(tmp_path, "a.csv", "email,notes\nada@example.com,Met at PyCon\n"))
    import_file(app, "csv", write(tmp_path, "b.csv",
                                  "linkedin,notes\nhttps://linkedin.com/in/ada,Spoke about looms\n"))
    assert app.ledger.contacts.count() == 2
    summary = import_file(app, "csv", write(
        tmp_path, "c.csv", "email,linkedin\nada@example.com,https://www.linkedin.com/in/Ada/\n"))
    assert summary.merged == 1
    (ada,) = app.ledger.contacts.all()
    assert "Met at PyCon" in ada.notes and "Spoke about looms" in ada.notes


@pytest.mark.parametrize("text, line, message", [
    ("BEGIN:VCARD\nVERSION:3.0\nFN:A\nEMAIL:a@x.com\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\n"
     "FN:B\nEMAIL:not-an-address\nEND:VCARD\n", 6, "not a valid email"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:A\nEMAIL:a@x.com\n", 1, "not closed"),
    ("BEGIN:VCARD\nVERSION:9.9\nEND:VCARD\n", 2, "unsupported vCard version"),
    ("BEGIN:VCARD\nVERSION:3.0\nthis is not a property\nEND:VCARD\n", 3, "not a vCard property"),
    ("FN:orphan\n", 1, "outside BEGIN:VCARD"),
])
def test_bad_vcard_imports_nothing_and_names_the_line(make_app, tmp_path, text, line, message):
    app = make_app()
    path = write(tmp_path, "bad.vcf", text)
    with pytest.raises(InputError) as caught:
        import_file(app, "vcard", path)
    assert f"bad.vcf:{line}" in str(caught.value)
    assert message in str(caught.value)
    assert app.ledger.contacts.count() == 0


def test_csv_with_explicit_mapping_semicolons_and_quotes(make_app, tmp_path):
    app = make_app()
    path = write(tmp_path, "people.csv",
                 'Vorname;Nachname;Mail;Wie kennen wir uns\n'
                 'Jörg;Müller;joerg@example.de;"Hannover Messe; Halle 7"\n')
    summary = import_file(app, "csv", path, {"map": "Mail=email\x1fWie kennen wir uns=notes",
                                             "tag": "messe"})
    assert summary.created == 1
    (joerg,) = app.ledger.contacts.all()
    assert (joerg.first_name, joerg.last_name, joerg.notes) == ("Jörg", "Müller",
                                                                "Hannover Messe; Halle 7")
    assert joerg.tags == ["messe"]


def test_csv_without_identity_column_is_refused_with_a_fix(make_app, tmp_path):
    app = make_app()
    with pytest.raises(ImportFailed, match="--map"):
        import_file(app, "csv", write(tmp_path, "x.csv", "First Name,Company\nAda,AE\n"))


def test_csv_row_without_identity_is_left_out_and_counted_with_its_line(make_app, tmp_path):
    app = make_app()
    path = write(tmp_path, "x.csv", 'email,notes\na@x.com,"multi\nline note"\n,no address\n')
    summary = import_file(app, "csv", path)
    assert summary.created == 1
    assert [n.kind.startswith("no email") for n in summary.notices] == [True]
    assert summary.skipped == ["x.csv:4: 'a contact without a name' has no email, LinkedIn, "
                               "X or web address; skipped"]


def test_skip_invalid_imports_the_rest_and_reports(make_app, tmp_path):
    app = make_app()
    path = write(tmp_path, "x.csv", "email\nok@example.com\nbroken@@example\n")
    summary = import_file(app, "csv", path, skip_invalid=True)
    assert summary.created == 1 and len(summary.skipped) == 1
    assert "x.csv:3" in summary.skipped[0]


# --- property-based ---------------------------------------------------------------------

names = st.text(alphabet=string.ascii_letters + "ÀéñøüßÇ -'", min_size=1, max_size=20).map(
    str.strip).filter(bool)
free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"),
                                           blacklist_characters="\r\n\x85\u2028\u2029"),
                    max_size=80).map(str.strip)


def _vcard_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(names, names, free_text, free_text), min_size=1, max_size=5))
def test_vcard_round_trip_and_idempotence(make_app, tmp_path_factory, people):
    app = make_app(home=tmp_path_factory.mktemp("ws"))
    cards = []
    for index, (first, last, company, note) in enumerate(people):
        cards.append("\r\n".join([
            "BEGIN:VCARD", "VERSION:4.0", f"N:{_vcard_escape(last)};{_vcard_escape(first)};;;",
            f"ORG:{_vcard_escape(company)}", f"NOTE:{_vcard_escape(note)}",
            f"EMAIL:person{index}@example.com", "END:VCARD"]))
    path = tmp_path_factory.mktemp("in") / "people.vcf"
    path.write_text("\r\n".join(cards) + "\r\n", encoding="utf-8")
    import_file(app, "vcard", path)
    got = {c.identities[0].key: c for c in app.ledger.contacts.all()}
    for index, (first, last, company, note) in enumerate(people):
        contact = got[f"person{index}@example.com"]
        # the name as written, cleaned as documented (an honorific, a hidden-profile
        # placeholder such as LinkedIn's "LinkedIn-Lid" are not names to greet)
        assert (contact.first_name, contact.last_name) == clean_name(first, last)
        assert contact.company == company and contact.notes == note
    snapshot = [c.as_json() for c in app.ledger.contacts.all()]
    again = import_file(app, "vcard", path)
    assert again.created == 0 and again.updated == 0
    assert [c.as_json() for c in app.ledger.contacts.all()] == snapshot


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(names, free_text), min_size=1, max_size=6),
       bad_row=st.integers(min_value=0, max_value=5), flaw=st.sampled_from(["quote", "cells"]))
def test_csv_rejected_file_imports_nothing_and_names_the_line(make_app, tmp_path_factory, rows,
                                                               bad_row, flaw):
    import csv
    import io

    app = make_app(home=tmp_path_factory.mktemp("ws"))
    bad_row = min(bad_row, len(rows) - 1)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["First Name", "Email", "Notes"])
    for index, (name, note) in enumerate(rows):
        note = note.replace('"', "")  # the only quote of the file is the broken one
        if index == bad_row and flaw == "quote":
            # an opening quote never closed: the rest of the file would become this cell
            buffer.write(f'{name.replace(",", " ")},p{index}@example.com,"{note}\n')
        elif index == bad_row:
            writer.writerow([name, f"p{index}@example.com", note, "one cell too many"])
        else:
            writer.writerow([name, f"p{index}@example.com", note])
    path = tmp_path_factory.mktemp("in") / "people.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        import_file(app, "csv", path)
    line = caught.value.line
    assert app.ledger.contacts.count() == 0
    assert line == bad_row + 2  # header on line 1; one physical line per row
    assert f"people.csv:{line}" in str(caught.value)
