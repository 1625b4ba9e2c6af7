"""LinkedIn exports as people have them (issue 13 items 1-3 and 8; issue 15 items 10-11).

Every export here is written by linkedin_export_builder in the shape of a real one (era,
columns, quoting), about fictional people, with the one quirk each test is about.
"""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.contacts.importing import import_file
from orchestrator.errors import ImportFailed
from orchestrator.testing import build_app
from orchestrator_linkedin.export import parse_export
from orchestrator_linkedin.urls import OddProfileURL, normalize_profile_url

from linkedin_export_builder import PREAMBLE, Export, Invitation, Message, Person

UTC = timezone.utc
ME = Person("Quilla", "Varnè", "quilla-varne")
ADA = Person("Ada", "Quillfeather", "ada-quillfeather")
BO = Person("Bo", "Rakewell", "bo-rakewell")
# 🏳️‍🌈 is a ZWJ sequence: U+1F3F3 U+FE0F U+200D U+1F308
PRIDE = Person("Sam", "Rivers", "\U0001f3f3\ufe0f\u200d\U0001f308-sam-rivers", url_style="encoded")


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 1, day, hour, tzinfo=UTC)


def by_key(result) -> dict:
    return {r.identities[0].key: r for r in result.records}


# --- 13.1: any percent-encoded Unicode in a vanity name ----------------------------------

def test_an_emoji_zwj_sequence_in_a_profile_url_is_a_profile(tmp_path: Path) -> None:
    export = Export(ME, connections=[(ADA, at(1)), (PRIDE, at(2))], messages=[
        Message("c1", PRIDE, (ME,), at(3), "hello from the parade")])
    # messages.csv writes the name raw, Connections.csv percent-encoded: one key for both
    raw = "https://www.linkedin.com/in/" + PRIDE.slug
    export.overrides[("messages.csv", 0)] = {"SENDER PROFILE URL": raw}
    path = export.write_zip(tmp_path / "export.zip")
    assert "%E2%80%8D" in (export.render()["Connections.csv"].data.decode())
    result = parse_export(path)
    assert result.warnings == []
    sam = by_key(result)["in/" + PRIDE.slug]
    assert [t.kind for t in sam.touchpoints] == ["connection", "message"]


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"),
                             blacklist_characters="/\\?#%@:;,<>\"'`{}|^[]"),
               min_size=1, max_size=30).filter(lambda s: s.strip(".") != ""))
def test_any_unicode_name_encoded_or_raw_gives_one_stable_key(slug: str) -> None:
    encoded = normalize_profile_url("https://www.linkedin.com/in/" + quote(slug, safe=""))
    raw = normalize_profile_url("https://www.linkedin.com/in/" + slug)
    assert encoded.key == raw.key
    assert normalize_profile_url(encoded.key).key == encoded.key  # idempotent


def test_an_unusable_profile_url_is_a_warning_for_its_row_not_a_failed_export(
        tmp_path: Path) -> None:
    export = Export(ME, connections=[(ADA, at(1)), (BO, at(2))])
    export.overrides[("Connections.csv", 1)] = {
        "URL": "https://www.linkedin.com/in/bo-%E2%80", "Email Address": "bo@example.org"}
    result = parse_export(export.write_zip(tmp_path / "x.zip"))
    keys = {i.key for r in result.records for i in r.identities}
    assert ADA.key in keys and "bo@example.org" in keys
    (warning,) = result.warnings
    assert warning.kind == "profile URL whose name cannot be used"
    assert str(warning).startswith("Connections.csv:6: 'URL': profile URL with a broken")
    with pytest.raises(OddProfileURL):
        normalize_profile_url("https://www.linkedin.com/in/bo-%E2%80")


# --- 13.2: owner detection without Profile.csv -------------------------------------------

def old_export(era: str = "2021", **kwargs) -> Export:
    return Export(ME, era=era, with_profile=False, connections=[(ADA, at(1)), (BO, at(1))],
                  invitations=[Invitation(ADA, at(2), "Loved your kettle talk"),
                               Invitation(BO, at(3), "", outgoing=False)],
                  messages=[Message("c1", ME, (ADA,), at(4), "Tea next week?"),
                            Message("c1", ADA, (ME,), at(5), "Gladly"),
                            Message("c2", BO, (ME,), at(6), "Thanks for connecting")],
                  **kwargs)


@pytest.mark.parametrize("era", ["2021", "2022"])
def test_exports_without_profile_csv_find_the_owner_by_name(tmp_path: Path, era: str) -> None:
    result = parse_export(old_export(era).write_zip(tmp_path / "x.zip"))
    assert result.owner is not None and result.owner.name == "Quilla Varnè"
    assert result.owner.identity is not None and result.owner.identity.key == ME.key
    directions = {(key, t.kind, t.direction) for key, r in by_key(result).items()
                  for t in r.touchpoints}
    assert (ADA.key, "message", "out") in directions
    assert (ADA.key, "message", "in") in directions
    assert (BO.key, "message", "in") in directions
    assert ME.key not in by_key(result)


def test_an_owner_that_cannot_be_told_is_asked_for_with_the_reason(tmp_path: Path,
                                                                   run_cli) -> None:
    export = Export(ME, era="2021", with_profile=False,
                    messages=[Message("c1", ADA, (ME,), at(1), "hi")])
    path = export.write_zip(tmp_path / "x.zip")
    with pytest.raises(ImportFailed) as caught:
        parse_export(path)
    message = caught.value.message
    assert "cannot tell which of these messages you sent" in message
    assert "the export has no Profile.csv" in message and "there is no Invitations.csv" in message
    assert "'Ada Quillfeather' and 'Quilla Varnè' each take part in every conversation" in message
    assert '-o owner="Your Name"' in caught.value.hint
    assert "names you" not in caught.value.hint
    result = run_cli("import", "linkedin", str(path), "-o", "owner=Quilla Varnè", "--json")
    assert result.exit_code == 0, result.stderr
    people = run_cli("contacts", "list", "--json").json()
    assert [p["first_name"] for p in people] == ["Ada"]


def test_invitations_that_disagree_on_who_you_are_are_named(tmp_path: Path) -> None:
    export = old_export()
    export.overrides[("Invitations.csv", 0)] = {"From": "Someone Else"}
    with pytest.raises(ImportFailed, match="Invitations.csv names different people on your "
                                           "side"):
        parse_export(export.write_zip(tmp_path / "x.zip"))


# --- 13.3: names from the columns; decorations; LinkedIn Member ----------------------------

def test_names_come_from_the_columns_and_templates_get_clean_ones(make_app, tmp_path) -> None:
    maria = Person("Maria Manuela", "Quintela", "maria-manuela-quintela")
    doctor = Person("Dr. Jonas", "Weber 💻", "jonas-weber")
    tilde = Person("~Lena~", "Ko", "lena-ko")
    export = Export(ME, connections=[(maria, at(1)), (doctor, at(1)), (tilde, at(1))],
                    messages=[Message("c1", maria, (ME,), at(2), "Olá!")])
    path = export.write_zip(tmp_path / "x.zip")
    records = by_key(parse_export(path))
    assert (records[maria.key].first_name, records[maria.key].last_name) == (
        "Maria Manuela", "Quintela")  # not "Maria" / "Manuela Quintela"
    app = make_app()
    import_file(app, "linkedin", path)
    names = {c.identities[0].key: (c.first_name, c.last_name) for c in app.ledger.contacts.all()}
    assert names == {maria.key: ("Maria Manuela", "Quintela"), doctor.key: ("Jonas", "Weber"),
                     tilde.key: ("Lena", "Ko")}
    jonas = next(c for c in app.ledger.contacts.all() if c.first_name == "Jonas")
    assert "named 'Dr. Jonas Weber 💻' there" in jonas.identities[0].evidence


def test_linkedin_member_is_a_placeholder_not_a_name(tmp_path: Path) -> None:
    hidden = Person("LinkedIn", "Member", "hidden-one")
    export = Export(ME, era="2022", connections=[(ADA, at(1))], messages=[
        Message("c1", hidden, (ME,), at(2), "Sponsored: buy now"),
        Message("c2", ADA, (ME,), at(3), "hi")])
    export.overrides[("messages.csv", 0)] = {"SENDER PROFILE URL": ""}
    result = parse_export(export.write_zip(tmp_path / "x.zip"))
    assert list(by_key(result)) == [ADA.key]
    (warning,) = result.warnings
    assert "'LinkedIn Member' is LinkedIn's name for a hidden profile" in warning.message
    with_url = Export(ME, connections=[(ADA, at(1))], messages=[
        Message("c1", hidden, (ME,), at(2), "hello")])
    record = by_key(parse_export(with_url.write_zip(tmp_path / "y.zip")))[hidden.key]
    assert (record.first_name, record.last_name) == ("", "")


# --- 13.8: many left-out rows print a summary ----------------------------------------------

def test_thousands_of_hidden_connections_print_three_examples(run_cli, tmp_path: Path) -> None:
    export = Export(ME, connections=[(ADA, at(1))] + [
        (Person("", "", f"gone-{i}"), at(1)) for i in range(2660)])
    for i in range(1, 2661):
        export.overrides[("Connections.csv", i)] = {"URL": ""}
    path = export.write_zip(tmp_path / "x.zip")
    result = run_cli("import", "linkedin", str(path))
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == ("2,660 left out: person not identified (no profile URL or email "
                        "address in the export)")
    assert len(lines) == 6  # kind, three examples, "... and 2,657 more", the -v hint
    data = run_cli("import", "linkedin", str(path), "--json").json()
    assert data["kinds"][0]["count"] == 2660 and len(data["skipped"]) == 2660


# --- --skip-invalid ----------------------------------------------------------------------

def test_skip_invalid_leaves_out_rows_linkedin_could_not_have_written(make_app, tmp_path):
    export = Export(ME, connections=[(ADA, at(1)), (BO, at(2))])
    export.overrides[("Connections.csv", 0)] = {"Connected On": "someday"}
    path = export.write_zip(tmp_path / "x.zip")
    app = make_app()
    with pytest.raises(ImportFailed, match="unrecognised date"):
        import_file(app, "linkedin", path)
    summary = import_file(app, "linkedin", path, skip_invalid=True)
    assert summary.created == 1
    (notice,) = summary.notices
    assert notice.kind == "invalid row (left out with --skip-invalid)" and notice.skipped
    assert notice.message.startswith("Connections.csv:5: 'Connected On': unrecognised date")


# --- zip bombs and damaged zips (issue 15 items 10-11) -------------------------------------

def connections_csv(rows: int) -> bytes:
    lines = [PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"P{i},Q{i},https://www.linkedin.com/in/p-{i},,,,01 Sep 2022" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def test_a_zip_bomb_is_refused_before_it_is_read(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("Connections.csv", connections_csv(2) + b" " * (64 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match="a zip bomb") as caught:
            parse_export(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
    assert caught.value.path == f"{path}/Connections.csv"
    result = run_cli("import", "linkedin", str(path))
    assert result.exit_code == 2 and "zip bomb" in result.stderr


def test_a_header_that_lies_about_the_size_cannot_get_past_the_cap(tmp_path: Path) -> None:
    """The central directory says 1 KiB; the stream holds 64 MiB of one byte."""
    data = connections_csv(1) + b"\n" * (64 * 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", data)
    raw = bytearray(buffer.getvalue())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = raw.find(signature)
        struct.pack_into("<I", raw, start + offset, 1024)  # uncompressed size
    path = tmp_path / "liar.zip"
    path.write_bytes(bytes(raw))
    with pytest.raises(ImportFailed) as caught:
        parse_export(path)
    assert "cannot read it from the zip" in caught.value.message or "bomb" in caught.value.message


def damaged(tmp_path: Path, how: str) -> Path:
    export = Export(ME, connections=[(ADA, at(1)), (BO, at(2))] + [
        (Person(f"F{i}", f"L{i}", f"person-{i}"), at(3)) for i in range(200)])
    raw = bytearray(export.write_zip(tmp_path / "ok.zip").read_bytes())
    local = raw.find(b"PK\x03\x04")
    name_len, extra_len = struct.unpack_from("<HH", raw, local + 26)
    data_start = local + 30 + name_len + extra_len
    if how == "corrupt deflate stream":
        for i in range(data_start + 10, data_start + 40):
            raw[i] ^= 0xFF
    elif how == "unsupported compression method":
        central = raw.find(b"PK\x01\x02")
        struct.pack_into("<H", raw, local + 8, 99)
        struct.pack_into("<H", raw, central + 10, 99)
    elif how == "unsupported zip version":
        central = raw.find(b"PK\x01\x02")
        struct.pack_into("<H", raw, central + 6, 80)  # version needed to extract: 8.0
        struct.pack_into("<H", raw, local + 4, 80)
    elif how == "encrypted":
        central = raw.find(b"PK\x01\x02")
        struct.pack_into("<H", raw, central + 8, 0x0001)  # flag: encrypted
        struct.pack_into("<H", raw, local + 6, 0x0001)
    elif how == "broken central directory":
        end = raw.rfind(b"PK\x05\x06")
        struct.pack_into("<I", raw, end + 16, len(raw) + 1000)  # its offset points nowhere
    elif how == "truncated":
        raw = raw[: len(raw) // 2]
    path = tmp_path / f"{how.replace(' ', '-')}.zip"
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("how", ["corrupt deflate stream", "unsupported compression method",
                                 "unsupported zip version", "encrypted",
                                 "broken central directory", "truncated"])
def test_a_damaged_zip_is_a_clear_error_not_an_internal_one(run_cli, tmp_path: Path,
                                                            how: str) -> None:
    path = damaged(tmp_path, how)
    result = run_cli("import", "linkedin", str(path))
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert str(path) in result.stderr
    assert run_cli("contacts", "list", "--json").json() == []
    if how in ("unsupported zip version", "encrypted", "unsupported compression method"):
        assert {"unsupported zip version": "zip file version 8.0", "encrypted": "encrypted",
                "unsupported compression method": "not supported"}[how] in result.stderr


def test_the_ledger_is_untouched_by_a_refused_export(tmp_path: Path) -> None:
    app = build_app(tmp_path / "ws")
    try:
        import_file(app, "linkedin", Export(ME, connections=[(ADA, at(1))]).write_zip(
            tmp_path / "good.zip"))
        before = [c.as_json() for c in app.ledger.contacts.all()]
        with pytest.raises(ImportFailed):
            import_file(app, "linkedin", damaged(tmp_path, "corrupt deflate stream"))
        assert [c.as_json() for c in app.ledger.contacts.all()] == before
    finally:
        app.close()
