"""vCard and CSV files shaped like the address-book exports people really have (issue 13).

Every fixture is written here, about fictional people, in the shape the named product
exports: its header, encoding, line ends and quirks. Each quirk that once failed a file or
imported it wrong has its own test.
"""

from __future__ import annotations

import base64
import quopri

import pytest

from orchestrator.contacts.importing import import_file
from orchestrator.errors import ImportFailed, InputError


def write_bytes(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def people(app) -> dict[str, object]:
    """Contacts by their first identity's key."""
    out = {}
    for contact in app.ledger.contacts.all():
        for ident in contact.identities:
            out[ident.key] = contact
    return out


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# --- vCard 2.1 (Android, Outlook 2003/2007) -----------------------------------------------

ANDROID_21 = (
    "BEGIN:VCARD\n"
    "VERSION:2.1\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4D=C3=BC=6C=6C=65=72;=4A=C3=BC=72=67=65=6E;;;\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4A=C3=BC=72=67=65=6E=20=4D=C3=BC=6C=6C=65=72\n"
    "TEL;CELL:+49 170 0000001\n"
    "EMAIL;HOME:juergen.mueller@example.de\n"
    # a long note: quoted-printable soft line breaks ("=" at the end of the line)
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Trafen uns auf der Hannover Messe, "
    "Halle 7. Er =\n"
    "mag K=C3=A4se und Z=C3=BCge.=0D=0AZweite Zeile=\n"
    ".\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS\n"
    " Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA==\n"
    "\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:2.1\n"
    "N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Fran=E7ois;Am=E9lie;;;\n"
    "EMAIL;INTERNET;PREF:amelie@example.fr\n"
    "ORG;ENCODING=BASE64;CHARSET=UTF-8:" + base64.b64encode("Fromagerie Égal".encode()).decode()
    + "\n"
    "END:VCARD\n"
)


def test_vcard_21_quoted_printable_soft_breaks_charsets_and_base64(make_app, tmp_path):
    app = make_app()
    summary = import_file(app, "vcard", write_bytes(tmp_path, "android.vcf", crlf(ANDROID_21)))
    assert summary.created == 2 and summary.notices == []
    found = people(app)
    juergen = found["juergen.mueller@example.de"]
    assert (juergen.first_name, juergen.last_name) == ("Jürgen", "Müller")
    assert juergen.notes == ("Trafen uns auf der Hannover Messe, Halle 7. Er mag Käse und "
                             "Züge.\r\nZweite Zeile.")
    amelie = found["amelie@example.fr"]
    assert (amelie.first_name, amelie.last_name, amelie.company) == (
        "Amélie", "François", "Fromagerie Égal")


def test_vcard_with_cr_cr_lf_line_ends_imports(make_app, tmp_path):
    """An iPhone export seen with CR CR LF after every line."""
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Ostrander;Pell;;;\nFN:Pell Ostrander\n"
            "NOTE:first part\n  and the folded rest\nEMAIL;type=INTERNET;type=HOME;type=pref:"
            "pell@example.com\nEND:VCARD\n")
    path = write_bytes(tmp_path, "iphone.vcf", text.replace("\n", "\r\r\n").encode())
    app = make_app()
    assert import_file(app, "vcard", path).created == 1
    (pell,) = app.ledger.contacts.all()
    assert (pell.first_name, pell.notes) == ("Pell", "first part and the folded rest")


APPLE = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:Brightwater;Oona;;;
FN:Oona Brightwater
ORG:Tidewater Kettles;
item1.EMAIL;type=INTERNET;type=pref:oona@example.net
item1.X-ABLabel:_$!<Other>!$_
X-SOCIALPROFILE;type=twitter;x-user=OonaBw:x-apple:OonaBw
X-SOCIALPROFILE;type=linkedin;x-user=oona-brightwater:x-apple:oona-brightwater
X-SOCIALPROFILE;type=facebook;x-user=oona.b:x-apple:oona.b
IMPP;X-SERVICE-TYPE=Jabber;type=HOME;type=pref:xmpp:oona@jabber.example
IMPP;X-SERVICE-TYPE=Skype:skype:oona.bw
item2.URL;type=pref:http\\://oona.example.net
item2.X-ABLabel:_$!<HomePage>!$_
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:ABC Marketing
ORG:ABC Marketing;
EMAIL;type=INTERNET;type=WORK:hello@abc-marketing.example
X-ABShowAs:COMPANY
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Harbour Bakery
EMAIL:orders@harbour-bakery.example
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Sip Only
IMPP:sip:sip.only@voip.example
END:VCARD
"""


def test_apple_social_profiles_chat_addresses_and_organisation_cards(make_app, tmp_path):
    app = make_app()
    summary = import_file(app, "vcard", write_bytes(tmp_path, "apple.vcf", crlf(APPLE)))
    assert summary.created == 1
    (oona,) = app.ledger.contacts.all()
    keys = {(i.platform, i.key) for i in oona.identities}
    assert ("twitter", "@oonabw") in keys
    assert ("linkedin", "in/oona-brightwater") in keys
    assert ("web", "oona.example.net") in keys
    # chat addresses and x-apple: values never become web identities
    assert not any("xmpp" in k or "skype" in k or "x-apple" in k for _, k in keys)
    assert {i.display for i in oona.identities if i.platform == "twitter"} == {"@OonaBw"}
    kinds = {(n.kind, n.skipped) for n in summary.notices}
    assert ("organisation or group card (not a person)", True) in kinds
    assert len(summary.skipped) == 3
    assert "'ABC Marketing' is an organisation" in summary.skipped[0]
    assert "'Sip Only' has no email" in summary.skipped[2]


def test_vcard_version_21_is_supported_and_others_named(make_app, tmp_path):
    app = make_app()
    path = write_bytes(tmp_path, "v.vcf", b"BEGIN:VCARD\nVERSION:5.0\nEND:VCARD\n")
    with pytest.raises(ImportFailed, match="vCard 2.1, 3.0 and 4.0 are supported"):
        import_file(app, "vcard", path)


# --- CSV: Google, Outlook, Thunderbird -----------------------------------------------------

GOOGLE_LEGACY_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,"
    "Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
    "Organization 1 - Department,Website 1 - Type,Website 1 - Value")


def google_legacy_row(**cells: str) -> str:
    columns = GOOGLE_LEGACY_HEADER.split(",")
    values = [cells.get(c, "") for c in columns]
    return ",".join(f'"{v}"' if ("," in v or "\n" in v) else v for v in values)


def test_google_contacts_legacy_csv_utf16_with_multi_values(make_app, tmp_path):
    rows = [
        google_legacy_row(**{
            "Name": "Wren Halloway", "Given Name": "Wren", "Family Name": "Halloway",
            "Name Prefix": "Dr.", "Notes": "Met at the Harvest Fair, Galway",
            "Group Membership": "* myContacts ::: Harvest Fair ::: * starred",
            "E-mail 1 - Type": "* Work",
            "E-mail 1 - Value": "wren@example.ie ::: wren.h@example.com",
            "E-mail 2 - Type": "Home", "E-mail 2 - Value": "wren.home@example.ie",
            "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+353 00 000 0001",
            "Organization 1 - Name": "Halloway Orchards", "Organization 1 - Title": "Grower",
            "Website 1 - Type": "Profile",
            "Website 1 - Value": "https://www.linkedin.com/in/wren-halloway"}),
        google_legacy_row(**{"Name": "Phone Only", "Given Name": "Phone", "Family Name": "Only",
                             "Group Membership": "* myContacts",
                             "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+353 00 000 0002"}),
    ]
    text = GOOGLE_LEGACY_HEADER + "\r\n" + "\r\n".join(rows) + "\r\n"
    path = write_bytes(tmp_path, "google.csv", text.encode("utf-16"))  # with its BOM
    app = make_app()
    summary = import_file(app, "csv", path)
    assert (summary.created, len(summary.skipped)) == (1, 1)
    assert "google.csv:3: 'Phone Only' has no email" in summary.skipped[0]
    (wren,) = app.ledger.contacts.all()
    assert (wren.first_name, wren.last_name, wren.company, wren.title) == (
        "Wren", "Halloway", "Halloway Orchards", "Grower")
    assert wren.tags == ["Harvest Fair"]
    assert {i.key for i in wren.identities} == {
        "wren@example.ie", "wren.h@example.com", "wren.home@example.ie", "in/wren-halloway"}


GOOGLE_CURRENT = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Label,"
    "Website 1 - Value\n"
    "Maria Manuela,,Quintela,,,,,,,,Adega Quintela,Winemaker,,,\"Porto wine fair,\n"
    "asked about cork\",,* myContacts ::: Wine,* Work,maria@example.pt,,,Mobile,+351 000,"
    "Twitter,https://x.com/mmquintela\n"
)


def test_google_contacts_current_csv(make_app, tmp_path):
    app = make_app()
    path = write_bytes(tmp_path, "contacts.csv", GOOGLE_CURRENT.encode("utf-8"))
    assert import_file(app, "csv", path).created == 1
    (maria,) = app.ledger.contacts.all()
    assert (maria.first_name, maria.last_name, maria.company, maria.title) == (
        "Maria Manuela", "Quintela", "Adega Quintela", "Winemaker")
    assert maria.notes == "Porto wine fair,\nasked about cork"
    assert maria.tags == ["Wine"]
    assert {i.platform for i in maria.identities} == {"email", "twitter"}


OUTLOOK_HEADER = (
    '"First Name","Middle Name","Last Name","Title","Suffix","Initials","Web Page","Gender",'
    '"Birthday","Anniversary","Location","Language","Internet Free Busy","Notes",'
    '"E-mail Address","E-mail 2 Address","E-mail 3 Address","Primary Phone","Home Phone",'
    '"Mobile Phone","Company","Job Title","Department","Categories"')


def test_outlook_csv_in_windows_1252_title_is_the_honorific(make_app, tmp_path):
    row = ('"Søren","","Kierkby","Mr.","","S.K.","http://www.kierkby.example/","Male","","",'
           '"Århus","","","Kaffe på messen","soren@example.dk","s.kierkby@example.com","","",'
           '"","+45 0000","Kierkby ApS","Indkøber","","Messe;Kaffe"')
    data = (OUTLOOK_HEADER + "\r\n" + row + "\r\n").encode("cp1252")
    app = make_app()
    summary = import_file(app, "csv", write_bytes(tmp_path, "outlook.csv", data))
    assert summary.created == 1
    assert [n.kind for n in summary.notices] == ["encoding"]
    (soren,) = app.ledger.contacts.all()
    assert (soren.first_name, soren.last_name, soren.title, soren.company, soren.location) == (
        "Søren", "Kierkby", "Indkøber", "Kierkby ApS", "Århus")
    assert soren.tags == ["Messe", "Kaffe"]
    assert {i.key for i in soren.identities} == {"soren@example.dk", "s.kierkby@example.com",
                                                 "kierkby.example"}


THUNDERBIRD_HEADER = [
    "First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email",
    "Screen Name", "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number",
    "Home Address", "Home City", "Job Title", "Department", "Organization", "Web Page 1",
    "Web Page 2", "Birth Year", "Birth Month", "Birth Day", "Custom 1", "Notes"]


@pytest.mark.parametrize("sep", [",", ";"])
def test_thunderbird_csv_comma_or_semicolon_with_the_trailing_cell(make_app, tmp_path, sep):
    def line(values: dict[str, str]) -> str:
        return sep.join(values.get(c, "") for c in THUNDERBIRD_HEADER) + sep  # trailing sep

    text = "\n".join([
        sep.join(THUNDERBIRD_HEADER) + sep,
        line({"Display Name": "Tove Lindqvist", "Primary Email": "tove@example.se",
              "Secondary Email": "tove.l@example.org", "Organization": "Lindqvist Bryggeri",
              "Job Title": "Brewer", "Web Page 1": "https://www.linkedin.com/in/tove-l"}),
        line({"First Name": "Arvo", "Last Name": "Pelto", "Mobile Number": "+358 000"}),
    ]) + "\n"
    app = make_app()
    summary = import_file(app, "csv", write_bytes(tmp_path, "tb.csv", text.encode()))
    assert (summary.created, len(summary.skipped)) == (1, 1)
    assert "'Arvo Pelto' has no email" in summary.skipped[0]
    (tove,) = app.ledger.contacts.all()
    assert (tove.first_name, tove.last_name, tove.company, tove.title) == (
        "Tove", "Lindqvist", "Lindqvist Bryggeri", "Brewer")
    assert {i.platform for i in tove.identities} == {"email", "linkedin"}


def test_a_company_website_on_several_records_does_not_merge_colleagues(make_app, tmp_path):
    text = ("First Name,Last Name,E-mail Address,Web Page\n"
            "Ines,Arrow,ines@acme.example,https://acme.example\n"
            "Olav,Birch,olav@acme.example,https://acme.example/\n")
    app = make_app()
    summary = import_file(app, "csv", write_bytes(tmp_path, "o.csv", text.encode()))
    assert summary.created == 2 and app.ledger.contacts.count() == 2
    assert [n.kind for n in summary.notices] == [
        "website shared by several people (not used to tell who is who)"] * 2


# --- names -------------------------------------------------------------------------------

def test_names_lose_decorations_and_honorifics_but_the_original_is_kept(make_app, tmp_path):
    text = ("First Name,Last Name,Email\n"
            "Dr. Maria Manuela,\"Lopez, PhD\",maria@example.es\n"
            "💻 Kai,Moreau 🚀,kai@example.fr\n"
            "Sam (they/them),Reyes,sam@example.org\n"
            "LinkedIn,Member,hidden@example.org\n")
    app = make_app()
    import_file(app, "csv", write_bytes(tmp_path, "n.csv", text.encode()))
    found = people(app)
    assert (found["maria@example.es"].first_name, found["maria@example.es"].last_name) == (
        "Maria Manuela", "Lopez")
    assert (found["kai@example.fr"].first_name, found["kai@example.fr"].last_name) == (
        "Kai", "Moreau")
    assert found["sam@example.org"].first_name == "Sam"
    assert found["hidden@example.org"].name == ""
    (ident,) = found["maria@example.es"].identities
    assert "named 'Dr. Maria Manuela Lopez, PhD' there" in ident.evidence


# --- strict reading (issue 15 item 3) and clear errors (item 11) ---------------------------

def test_unclosed_quote_fails_naming_its_line_instead_of_swallowing_the_next_rows(
        run_cli, tmp_path):
    path = write_bytes(tmp_path, "f.csv", b'Email,Notes\na@x.example,"u\nb@y.example,1\n')
    result = run_cli("import", "csv", str(path))
    assert result.exit_code == 2, result.stderr
    assert f"{path}:2: a quoted cell starting on this line is never closed" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert run_cli("contacts", "list", "--json").json() == []


@pytest.mark.parametrize("header, message", [
    ("Email,Notes,Notes", "columns 2 and 3 are both named 'Notes'"),
    ("E-mail,First Name,first name", "columns 2 and 3 are both named 'first name'"),
])
def test_duplicate_text_columns_are_an_error(make_app, tmp_path, header, message):
    path = write_bytes(tmp_path, "d.csv", f"{header}\na@x.example,one,two\n".encode())
    with pytest.raises(ImportFailed, match=message):
        import_file(make_app(), "csv", path)


def test_duplicate_identity_columns_read_both_and_say_so(make_app, tmp_path):
    path = write_bytes(tmp_path, "d.csv", b"Email,Email\na@x.example,b@x.example\n")
    app = make_app()
    summary = import_file(app, "csv", path)
    assert [n.kind for n in summary.notices] == ["duplicate column"]
    (person,) = app.ledger.contacts.all()
    assert {i.key for i in person.identities} == {"a@x.example", "b@x.example"}


@pytest.mark.parametrize("data, line, message", [
    (b"Email,Notes\na@x.example,ok\nb@x.example,bad\x00value\n", 3, "NUL character"),
    (b"Email,Notes\na@x.example," + b"n" * (129 * 1024) + b"\n", 2, "a cell longer than 128 KiB"),
    (b"Email,Notes\na@x.example,\"closed\"junk\n", 2, "malformed CSV"),
    (b"Email\n\xff\xfeA\xc3\xa9\n", 2, "not UTF-8 text"),
])
def test_hostile_csv_files_fail_with_exit_2_and_their_line(run_cli, tmp_path, data, line,
                                                            message):
    path = write_bytes(tmp_path, "h.csv", data)
    result = run_cli("import", "csv", str(path))
    assert result.exit_code == 2, result.stderr
    assert f"h.csv:{line}: " in result.stderr and message in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("source", ["csv", "vcard"])
def test_a_folder_is_not_a_file(run_cli, tmp_path, source):
    folder = tmp_path / "folder"
    folder.mkdir()
    result = run_cli("import", source, str(folder))
    assert result.exit_code == 2
    assert "is a folder" in result.stderr


def test_skip_invalid_skips_bad_rows_of_every_kind(make_app, tmp_path):
    text = ("Email,Notes\nok@example.com,fine\nbroken@@example,x\n"
            "also@example.com,one,two\n")
    app = make_app()
    path = write_bytes(tmp_path, "s.csv", text.encode())
    with pytest.raises(InputError):
        import_file(app, "csv", path)
    summary = import_file(app, "csv", path, skip_invalid=True)
    assert summary.created == 1
    assert sorted(n.kind for n in summary.notices) == ["invalid row", "invalid value"]
