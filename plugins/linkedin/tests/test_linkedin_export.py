"""parse_export on whole exports of every era: records, touch points, warnings, errors."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pytest

from orchestrator.errors import ImportFailed, InputError
from orchestrator.model import ContactRecord, Identity
from orchestrator_linkedin.export import LinkedInExport, parse_export

from linkedin_export_builder import Export, Invitation, Message, Person

UTC = timezone.utc
ME = Person("Quilla", "Varnè", "quilla-varne")
ADA = Person("Ada", "Quillfeather", "ada-quillfeather", email="Ada.Q@Example.org",
             company="Kettle Works, Ltd.", position="Head of Steam", url_style="slash")
BO = Person("Bő", "Rakewell", "bő-rakewell", url_style="encoded")
CY = Person("Cyrène", "Lo, PhD", "cyrene-lo", url_style="country")
DEV = Person("Devi", "Marchetti", "devi-marchetti-4b2a", url_style="query")

_counter = itertools.count()


def at(day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, second, tzinfo=UTC)


def parse(export: Export, tmp_path: Path, **kwargs) -> LinkedInExport:
    path = export.write_zip(tmp_path / f"export{next(_counter)}.zip")
    return parse_export(path, **kwargs)


def by_key(result: LinkedInExport) -> dict[str, ContactRecord]:
    return {r.identities[0].key: r for r in result.records}


def points(record: ContactRecord) -> list[tuple[str, str, str]]:
    return [(t.kind, t.direction, t.external_id) for t in record.touchpoints]


def full_export(era: str = "2026") -> Export:
    return Export(
        ME, era=era,
        connections=[(ADA, at(1)), (BO, at(2)), (CY, at(3))],
        invitations=[
            Invitation(DEV, at(4, 11, 44), "Loved your talk on kettles,\nshall we connect?"),
            Invitation(BO, at(1, 9, 30), "", outgoing=False),
        ],
        messages=[
            Message("2-Y29udjE=", ME, (ADA, BO), at(5, 20, 33, 10),
                    'Hi both, "quoted",\nsecond line', subject="Tea, again"),
            Message("2-Y29udjE=", ADA, (ME, BO), at(5, 21, 0, 0), "Sounds good\r\nsee you"),
            Message("2-Y29udjI=", ME, (DEV,), at(6, 8), "never sent", draft=True),
            Message("2-Y29udjM=", CY, (ME,), at(7, 9), "buy now", folder="SPAM"),
        ],
    )


def test_a_2026_export_becomes_one_record_per_person(tmp_path: Path) -> None:
    result = parse(full_export(), tmp_path)
    assert result.warnings == []
    assert result.owner is not None and result.owner.identity is not None
    assert (result.owner.name, result.owner.identity.key) == ("Quilla Varnè", ME.key)
    records = by_key(result)
    assert list(records) == sorted([ADA.key, BO.key, CY.key, DEV.key])

    ada = records[ADA.key]
    assert ada.identities == [
        Identity("linkedin", "in/ada-quillfeather",
                 display="https://www.linkedin.com/in/ada-quillfeather",
                 source="linkedin", evidence="Connections.csv:5"),
        Identity("email", "ada.q@example.org", display="Ada.Q@Example.org",
                 source="linkedin", evidence="Connections.csv:5 (Email Address)"),
    ]
    assert (ada.first_name, ada.last_name, ada.company, ada.title, ada.origin) == (
        "Ada", "Quillfeather", "Kettle Works, Ltd.", "Head of Steam", "Connections.csv:5")
    assert points(ada) == [
        ("connection", "in", "connection:in/ada-quillfeather"),
        ("message", "out", "message:2-Y29udjE=:in/ada-quillfeather:2026-01-05T20:33:10Z"),
        ("message", "in", "message:2-Y29udjE=:in/ada-quillfeather:2026-01-05T21:00:00Z"),
    ]
    connection, sent, received = ada.touchpoints
    assert (connection.status, connection.at) == ("accepted", at(1))
    assert connection.platform == "linkedin"
    assert (sent.text, sent.subject, sent.at) == ('Hi both, "quoted",\nsecond line',
                                                  "Tea, again", at(5, 20, 33, 10))
    assert received.text == "Sounds good\nsee you"
    assert sent.source == "linkedin:messages.csv:2"

    bo = records[BO.key]
    assert bo.identities[0].key == "in/bő-rakewell"  # percent-encoded in the file
    assert points(bo) == [
        ("invitation", "in", "invitation:in/bő-rakewell:2026-01-01T09:30:00Z"),
        ("connection", "in", "connection:in/bő-rakewell"),
        ("message", "out", "message:2-Y29udjE=:in/bő-rakewell:2026-01-05T20:33:10Z"),
    ]

    dev = records[DEV.key]  # invited, not (yet) connected: a contact all the same
    assert (dev.first_name, dev.last_name, dev.origin) == ("Devi", "Marchetti", "Invitations.csv:2")
    assert points(dev) == [
        ("invitation", "out", "invitation:in/devi-marchetti-4b2a:2026-01-04T11:44:00Z")]
    assert dev.touchpoints[0].text == "Loved your talk on kettles,\nshall we connect?"

    assert points(records[CY.key]) == [("connection", "in", "connection:in/cyrene-lo")]
    counts = {name: (c.rows, c.touchpoints, dict(c.skipped)) for name, c in result.counts.items()}
    assert counts == {
        "Connections.csv": (3, 3, {}),
        "Invitations.csv": (2, 2, {}),
        "messages.csv": (4, 3, {"draft": 1, "spam": 1}),
        "Profile.csv": (1, 0, {}),
    }
    assert result.touchpoints("message") == 3


@pytest.mark.parametrize("era", ["2025", "2024"])
def test_the_2024_and_2025_column_sets_give_the_same_people(tmp_path: Path, era: str) -> None:
    export = full_export(era)
    export.messages = [m for m in export.messages if not m.draft]
    reference = full_export("2026")
    reference.messages = [m for m in reference.messages if not m.draft]
    assert parse(export, tmp_path).records == parse(reference, tmp_path).records


def test_folder_and_zip_give_identical_records(tmp_path: Path) -> None:
    export = full_export()
    from_zip = parse_export(export.write_zip(tmp_path / "a.zip", "Basic_LinkedInDataExport"))
    from_dir = parse_export(export.write_dir(tmp_path / "dir"))
    assert from_zip.records == from_dir.records


def test_spreadsheet_resaved_connections(tmp_path: Path) -> None:
    export = Export(ME, connections=[(ADA, datetime(2024, 6, 18, tzinfo=UTC)), (BO, at(9))],
                    resaved=True, with_profile=False)
    data = export.render()["Connections.csv"].data
    assert data.startswith(b"\xef\xbb\xbfFirst Name") and b"\r\n18-Jun-24" not in data
    assert b",18-Jun-24\r\n" in data
    records = by_key(parse(export, tmp_path))
    assert records[ADA.key].touchpoints[0].at == datetime(2024, 6, 18, tzinfo=UTC)
    assert records[ADA.key].origin == "Connections.csv:2"


def test_emails_link_identities_and_bad_ones_are_warnings(tmp_path: Path) -> None:
    twin = Person("Eli", "Twin", "eli-twin", email="ada.q@example.org")
    typo = Person("Fen", "Typo", "fen-typo", email="fen at example.org")
    export = Export(ME, connections=[(ADA, at(1)), (twin, at(2)), (typo, at(3))])
    result = parse(export, tmp_path)
    records = by_key(result)
    assert [i.platform for i in records[ADA.key].identities] == ["linkedin", "email"]
    assert [i.platform for i in records[twin.key].identities] == ["linkedin"]
    assert [i.platform for i in records[typo.key].identities] == ["linkedin"]
    assert [str(w) for w in result.warnings] == [
        "Connections.csv:6: 'ada.q@example.org' is also the address of the connection on "
        "Connections.csv:5; not imported for this one",
        "Connections.csv:7: not an email address: 'fen at example.org'; the address was not "
        "imported",
    ]


def test_hidden_profiles_and_duplicate_rows_are_skipped_with_warnings(tmp_path: Path) -> None:
    hidden = Person("", "", "")
    export = Export(ME, connections=[(ADA, at(1)), (hidden, at(2)), (ADA, at(3))])
    export.overrides[("Connections.csv", 1)] = {"URL": ""}
    result = parse(export, tmp_path)
    assert [r.identities[0].key for r in result.records] == [ADA.key]
    assert [str(w) for w in result.warnings] == [
        "Connections.csv:6: a connection without a name (hidden profile?): no profile URL or "
        "valid email address; skipped",
        "Connections.csv:7: the same person as Connections.csv:5; kept the first row",
    ]
    assert dict(result.counts["Connections.csv"].skipped) == {"unidentified": 1, "duplicate": 1}


def test_old_exports_resolve_names_only_when_unambiguous(tmp_path: Path) -> None:
    """2022: no URLs in Connections or Invitations, none for message recipients."""
    kim1 = Person("Kim", "Arden", "kim-arden-1")
    kim2 = Person("Kim", "Arden", "kim-arden-2", email="kim2@example.org")
    export = Export(
        ME, era="2022",
        connections=[(ADA, at(1)), (BO, at(2)), (kim1, at(3)), (kim2, at(4)), (CY, at(5))],
        invitations=[Invitation(BO, at(6, 10)), Invitation(kim1, at(6, 11)),
                     Invitation(DEV, at(6, 12))],
        messages=[
            Message("c1", BO, (ME,), at(7, 1), "hello from Bo"),
            Message("c1", ME, (BO,), at(7, 2), "hello Bo"),
            Message("c2", ME, (CY, ADA), at(7, 3), "to a name with a comma, and Ada"),
        ],
    )
    result = parse(export, tmp_path)
    records = by_key(result)
    assert result.owner is not None and result.owner.identity is not None
    assert result.owner.identity.key == ME.key  # FROM named as in Profile.csv

    bo = records[BO.key]  # Connections.csv has no URL: found through the message's sender URL
    assert bo.identities[0].evidence == "Connections.csv:6: name matches messages.csv:2"
    assert points(bo) == [
        ("connection", "in", "connection:in/bő-rakewell"),
        ("invitation", "out", "invitation:in/bő-rakewell:2026-01-06T10:00:00Z"),
        ("message", "in", "message:c1:in/bő-rakewell:2026-01-07T01:00:00Z"),
        ("message", "out", "message:c1:in/bő-rakewell:2026-01-07T02:00:00Z"),
    ]
    ada = records["ada.q@example.org"]  # no URL anywhere: known by her address
    assert [i.key for i in ada.identities] == ["ada.q@example.org"]
    assert points(ada) == [
        ("connection", "in", "connection:email:ada.q@example.org"),
        ("message", "out", "message:c2:email:ada.q@example.org:2026-01-07T03:00:00Z"),
    ]
    assert "kim2@example.org" in records  # the connection itself has an address
    assert [str(w) for w in result.warnings] == [
        "Connections.csv:7: 'Kim Arden': no profile URL or valid email address; skipped",
        "Connections.csv:9: 'Cyrène Lo, PhD': no profile URL or valid email address; skipped",
        "Invitations.csv:3: invitation to 'Kim Arden' skipped: several people in this export "
        "are called 'Kim Arden'",
        "Invitations.csv:4: invitation to 'Devi Marchetti' skipped: nobody called "
        "'Devi Marchetti' has a profile URL or email address in this export",
        "messages.csv:4: message to 'Cyrène Lo, PhD' skipped: nobody called 'Cyrène Lo, PhD' "
        "has a profile URL or email address in this export",
    ]


def test_decomposed_names_match_composed_ones(tmp_path: Path) -> None:
    export = Export(ME, era="2022", nfd=True, connections=[(BO, at(1))],
                    invitations=[Invitation(BO, at(2, 3))],
                    messages=[Message("c1", BO, (ME,), at(3), "hi")])
    assert unicodedata.normalize("NFD", "Bő").encode() in export.render()["messages.csv"].data
    [bo] = parse(export, tmp_path).records
    assert bo.first_name == "Bő" and unicodedata.is_normalized("NFC", bo.first_name)
    assert [t.kind for t in bo.touchpoints] == ["connection", "invitation", "message"]


def test_the_2018_export_says_directions_and_has_no_urls(tmp_path: Path) -> None:
    export = Export(ME, era="2018", with_profile=False,
                    connections=[(ADA, datetime(2018, 1, 8, 18, 14, tzinfo=UTC))],
                    messages=[Message("", ADA, (ME,), at(2, 6, 14), "Hi"),
                              Message("", ME, (ADA,), at(2, 7, 0), "Hello")])
    result = parse(export, tmp_path)
    assert result.owner is not None
    assert (result.owner.name, result.owner.identity) == ("Quilla Varnè", None)
    [ada] = result.records
    assert points(ada) == [
        ("connection", "in", "connection:email:ada.q@example.org"),
        ("message", "in", "message:-:email:ada.q@example.org:2026-01-02T06:14:00Z"),
        ("message", "out", "message:-:email:ada.q@example.org:2026-01-02T07:00:00Z"),
    ]
    assert ada.touchpoints[0].at == datetime(2018, 1, 8, 18, 14, tzinfo=UTC)


def test_group_messages_and_senders_without_a_person_url(tmp_path: Path) -> None:
    sponsor = Person("Sponsored", "Offer", "")
    page = Person("Kettle", "Works", "", url_style="plain")
    export = Export(ME, messages=[
        Message("g1", ME, (ADA, BO, CY), at(1), "hello all"),
        Message("g1", BO, (ME, ADA, CY), at(2), "hello you three"),
        Message("s1", sponsor, (ME,), at(3),
                '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%</p>'),
        Message("p1", page, (ME,), at(4), "page news"),
        Message("n1", ME, (ME,), at(5), "note to self"),
    ])
    export.overrides[("messages.csv", 2)] = {"SENDER PROFILE URL": ""}
    export.overrides[("messages.csv", 3)] = {
        "SENDER PROFILE URL": "https://www.linkedin.com/company/kettle-works/"}
    result = parse(export, tmp_path)
    records = by_key(result)
    assert [t.direction for t in records[ADA.key].touchpoints] == ["out"]
    assert [t.direction for t in records[BO.key].touchpoints] == ["out", "in"]
    assert [t.direction for t in records[CY.key].touchpoints] == ["out"]
    assert records[ADA.key].first_name == ""  # only named in a joined TO cell
    assert [str(w) for w in result.warnings] == [
        "messages.csv:4: message from 'Sponsored Offer' skipped: nobody called "
        "'Sponsored Offer' has a profile URL or email address in this export",
        "messages.csv:5: 'SENDER PROFILE URL' is not a person's profile: not a member "
        "profile URL (no /in/<name>): 'https://www.linkedin.com/company/kettle-works/'",
        "messages.csv:5: message from 'Kettle Works' skipped: nobody called 'Kettle Works' "
        "has a profile URL or email address in this export",
        "messages.csv:6: a message with no recipient besides you; skipped",
    ]


def test_messages_in_the_same_second_are_told_apart_and_duplicates_collapse(
        tmp_path: Path) -> None:
    first = Message("c1", ADA, (ME,), at(1, 9, 0, 0), "part one")
    export = Export(ME, messages=[first, Message("c1", ADA, (ME,), at(1, 9, 0, 0), "part two"),
                                  first, Message("c1", ADA, (ME,), at(1, 9, 0, 1), "later")])
    result = parse(export, tmp_path)
    [ada] = result.records
    ids = [t.external_id for t in ada.touchpoints]
    base = "message:c1:in/ada-quillfeather:2026-01-01T09:00:00Z"
    assert len(ids) == 3 and len(set(ids)) == 3
    assert sorted(ids)[:2] == sorted(i for i in ids if i.startswith(base + ":"))
    assert "message:c1:in/ada-quillfeather:2026-01-01T09:00:01Z" in ids
    assert dict(result.counts["messages.csv"].skipped) == {"duplicate": 1}


def test_the_owner_is_found_without_profile_or_invitations(tmp_path: Path) -> None:
    export = Export(ME, with_profile=False, messages=[
        Message("c1", ADA, (ME,), at(1), "hi"), Message("c2", ME, (BO,), at(2), "hello"),
        Message("c3", CY, (ME, DEV), at(3), "group"),
    ])
    result = parse(export, tmp_path)
    assert result.owner is not None and result.owner.identity is not None
    assert result.owner.identity.key == ME.key
    assert result.owner.name == "Quilla Varnè"
    assert sorted(by_key(result)) == sorted([ADA.key, BO.key, CY.key])


def test_an_unreadable_profile_csv_is_only_a_warning(tmp_path: Path) -> None:
    export = Export(ME, connections=[(ADA, at(1))])
    root = export.write_dir(tmp_path / "dir")
    (root / "Profile.csv").write_text("First Name,Headline,Summary\nQuilla,x,y\n")
    result = parse_export(root)
    assert len(result.records) == 1
    assert [str(w) for w in result.warnings] == [
        "Profile.csv: not used to find your name: no header row found"]


def test_without_any_clue_to_the_owner_the_import_fails(tmp_path: Path) -> None:
    export = Export(ME, with_profile=False, messages=[Message("c1", ADA, (ME,), at(1), "hi")])
    path = export.write_zip(tmp_path / "x.zip")
    with pytest.raises(ImportFailed, match="cannot tell which of these messages") as caught:
        parse_export(path)
    assert caught.value.path == f"{path}/messages.csv"
    result = parse_export(path, owner="https://www.linkedin.com/in/Quilla-Varne/")
    assert [(t.direction) for t in result.records[0].touchpoints] == ["in"]
    with pytest.raises(InputError):
        parse_export(path, owner="https://example.com/me")


@pytest.mark.parametrize("file, row, change, line, message", [
    ("Connections.csv", 1, {"Connected On": "31 Foo 2022"}, 6, "'Connected On': unrecognised date"),
    ("Connections.csv", 2, {"URL": "https://example.com/in/cy"}, 7, "'URL': not a LinkedIn"),
    ("Invitations.csv", 1, {"Direction": "SIDEWAYS"}, 4, "expected one of INCOMING, OUTGOING"),
    ("Invitations.csv", 0, {"Sent At": ""}, 2, "empty 'Sent At'"),
    ("messages.csv", 1, {"DATE": "yesterday"}, 4, "'DATE': unrecognised date"),
    ("messages.csv", 0, {"IS MESSAGE DRAFT": "Maybe"}, 2, "'IS MESSAGE DRAFT' is 'Maybe'"),
    ("messages.csv", 0, {"RECIPIENT PROFILE URLS": "https://www.linkedin.com/in/a,mailto:x"}, 2,
     "'RECIPIENT PROFILE URLS': not a LinkedIn"),
])
def test_a_bad_row_fails_the_whole_import_naming_file_and_line(
        tmp_path: Path, file: str, row: int, change: dict[str, str], line: int,
        message: str) -> None:
    export = full_export()
    export.overrides[(file, row)] = change
    path = export.write_zip(tmp_path / "x.zip")
    with pytest.raises(ImportFailed) as caught:
        parse_export(path)
    assert (caught.value.path, caught.value.line) == (f"{path}/{file}", line)
    assert message in caught.value.message
    assert "Nothing was imported" in caught.value.hint
    assert export.render()[file].rows[row][0] == line
