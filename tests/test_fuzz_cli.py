"""Fuzzing through the real CLI: hostile or damaged files never crash the tool (issue 15).

Every importer (vCard, CSV, LinkedIn export, X archive), a campaign file and config.toml
get valid files with random damage (bytes inserted, deleted, flipped; quotes, NULs, line
breaks, huge cells) and plain junk. Whatever the input:

* the exit code is a documented one for a user's mistake or success (never 70, "internal
  error"), and no traceback is printed;
* an import that fails leaves the ledger exactly as it was.

Bounded for CI: ``OUTREACH_FUZZ_EXAMPLES`` (default 25 per test) sets the number of
examples; run with a few hundred before a release.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger_sql import rows
from linkedin_export_builder import Export, Invitation, Message, Person

EXAMPLES = int(os.environ.get("OUTREACH_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
IMPORT_EXITS = {0, 2, 3}
COMMAND_EXITS = {0, 1, 2, 3, 4}
TOKENS = [b'"', b"\x00", b"\n", b"\r", b"\r\r\n", b",", b";", b"=", b"\xff\xfe", b"\xc3",
          b"\\", b":", b"%", b"{", b"[", b"]", b"}", b"\t", b"PK\x03\x04", b"\xe2\x80\x8d",
          b"x" * 140_000, b"END:VCARD\n", b"BEGIN:VCARD\n", b"window.YTD.", b"=\n"]


def mutated(data: bytes) -> st.SearchStrategy[bytes]:
    """``data`` with a few random edits: tokens inserted, ranges deleted, bytes flipped."""
    edit = st.tuples(st.sampled_from(["insert", "delete", "flip", "truncate"]),
                     st.integers(0, max(len(data) - 1, 0)), st.sampled_from(TOKENS),
                     st.integers(1, 64))

    def apply(edits) -> bytes:
        out = bytearray(data)
        for op, at, token, size in edits:
            at = min(at, len(out))
            if op == "insert":
                out[at:at] = token
            elif op == "delete":
                del out[at:at + size]
            elif op == "flip" and out:
                out[min(at, len(out) - 1)] ^= 1 << (size % 8)
            elif op == "truncate":
                del out[at:]
        return bytes(out)

    return st.one_of(st.lists(edit, min_size=1, max_size=5).map(apply),
                     st.binary(max_size=600))


def fingerprint(home: Path) -> tuple:
    ledger = home / "ledger.db"
    if not ledger.exists():
        return ()
    return tuple(tuple(tuple(r) for r in rows(ledger, f"SELECT * FROM {table} ORDER BY 1"))
                 for table in ("contacts", "identities", "touchpoints", "link_proposals"))


def check(result, allowed: set[int]) -> None:
    output = result.stdout + result.stderr
    assert result.exit_code in allowed, output[-2000:]
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]


@pytest.fixture
def workspace(run_cli, outreach_home, tmp_path):
    """A workspace with people in it already, so that 'unchanged' means something."""
    seed = tmp_path / "seed.csv"
    seed.write_text("First Name,Last Name,Email,LinkedIn\n"
                    "Ada,Quillfeather,ada@example.org,https://www.linkedin.com/in/ada-q\n"
                    "Bo,Rakewell,bo@example.org,\n")
    assert run_cli("import", "csv", seed).exit_code == 0
    return outreach_home


def fuzz_import(run_cli, home: Path, source: str, path: Path) -> None:
    before = fingerprint(home)
    result = run_cli("import", source, path)
    check(result, IMPORT_EXITS)
    if result.exit_code != 0:
        assert fingerprint(home) == before, "a failed import changed the ledger"


# --- importers ---------------------------------------------------------------------------

CSV = ("First Name,Last Name,E-mail 1 - Value,Organization 1 - Name,Notes,Labels\r\n"
       "Wren,Halloway,wren@example.ie ::: wren.h@example.com,Halloway Orchards,"
       "\"Met at the fair,\nGalway\",* myContacts ::: Fair\r\n"
       "Phone,Only,,,,\r\n").encode()

VCARD = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
         "M=C3=BCller;J=C3=BCrgen;;;\r\nEMAIL;HOME:juergen@example.de\r\n"
         "NOTE;ENCODING=QUOTED-PRINTABLE:long =\r\nnote\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Oona B\r\n"
         "X-SOCIALPROFILE;type=twitter;x-user=oonab:x-apple:oonab\r\n"
         "URL:http\\://oona.example.net\r\nEND:VCARD\r\n").encode()


@FUZZ
@given(data=mutated(CSV))
def test_fuzz_csv_import(run_cli, workspace, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("csv") / "people.csv"
    path.write_bytes(data)
    fuzz_import(run_cli, workspace, "csv", path)


@FUZZ
@given(data=mutated(VCARD))
def test_fuzz_vcard_import(run_cli, workspace, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("vcf") / "people.vcf"
    path.write_bytes(data)
    fuzz_import(run_cli, workspace, "vcard", path)


UTC = timezone.utc
ME = Person("Quilla", "Varnè", "quilla-varne")
PEOPLE = [Person("Ada", "Quillfeather", "ada-q", email="ada@example.org"),
          Person("Bo", "Rakewell", "b%C5%91-rakewell"),
          Person("Sam", "Rivers", "\U0001f3f3\ufe0f\u200d\U0001f308-sam", url_style="encoded")]


def linkedin_files(era: str) -> dict[str, bytes]:
    at = datetime(2026, 1, 5, 9, tzinfo=UTC)
    export = Export(ME, era=era, with_profile=era != "2021",
                    connections=[(p, at) for p in PEOPLE],
                    invitations=[Invitation(PEOPLE[0], at, "Loved the talk")],
                    messages=[Message("c1", PEOPLE[1], (ME,), at, "hi, \"there\"\nsecond"),
                              Message("c1", ME, (PEOPLE[1],), at, "hello")])
    return {name: rendered.data for name, rendered in export.render().items()}


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def linkedin_exports(draw) -> bytes:
    files = linkedin_files(draw(st.sampled_from(["2026", "2024", "2022", "2021", "2018"])))
    if draw(st.booleans()):  # damage one file, zip it properly
        name = draw(st.sampled_from(sorted(files)))
        files[name] = draw(mutated(files[name]))
        return zipped(files)
    return draw(mutated(zipped(files)))  # damage the zip itself


@FUZZ
@given(data=linkedin_exports())
def test_fuzz_linkedin_import(run_cli, workspace, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("li") / "Basic_LinkedInDataExport.zip"
    path.write_bytes(data)
    fuzz_import(run_cli, workspace, "linkedin", path)


def ytd(kind: str, items: list) -> bytes:
    return (f"window.YTD.{kind}.part0 = " + json.dumps(items, indent=2)).encode()


X_FILES = {
    "data/manifest.js": b'window.__THAR_CONFIG = {"userInfo": {"accountId": "15"}, '
                        b'"archiveInfo": {"generationDate": "2026-01-10T08:00:00.000Z"}}',
    "data/account.js": ytd("account", [{"account": {"accountId": "15", "username": "me"}}]),
    "data/follower.js": ytd("follower", [{"follower": {
        "accountId": "21", "userLink": "https://twitter.com/intent/user?user_id=21"}}]),
    "data/following.js": ytd("following", [{"following": {"accountId": "22"}}]),
    "data/direct-messages.js": ytd("direct_messages", [{"dmConversation": {
        "conversationId": "15-23", "messages": [{"messageCreate": {
            "senderId": "23", "recipientId": "15", "id": "901", "text": "hi",
            "createdAt": "2025-12-02T10:00:00.000Z"}}]}}]),
    "data/tweets.js": ytd("tweets", [{"tweet": {"created_at": "Fri Jan 02 10:00:00 +0000 2026",
                                                "entities": {"user_mentions": [
                                                    {"id_str": "21", "screen_name": "ada_q",
                                                     "name": "Ada Q"}]}}}]),
}


@st.composite
def x_archives(draw) -> bytes:
    files = dict(X_FILES)
    if draw(st.booleans()):
        name = draw(st.sampled_from(sorted(files)))
        files[name] = draw(mutated(files[name]))
        return zipped(files)
    return draw(mutated(zipped(files)))


@FUZZ
@given(data=x_archives())
def test_fuzz_x_archive_import(run_cli, workspace, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("x") / "twitter-2026.zip"
    path.write_bytes(data)
    fuzz_import(run_cli, workspace, "twitter-archive", path)


# --- campaign files and config.toml ------------------------------------------------------

CAMPAIGN = '''name = "fuzz"
schedule = "0 9 * * MON"
timezone = "Europe/Dublin"
repeat = "90d"
[audience]
tags = ["focus"]
cooldown = "30d"
[[steps]]
channel = "email"
kind = "email"
subject = "{{ contact.first_name }}, a note"
body = """Hi {{ contact.first_name }}, {{ personal_note }} I'm Robin from Tidewater."""
[[steps]]
channel = "linkedin"
kind = "invitation"
after = "7d"
template = "templates/note.txt.j2"
'''.encode()

SCALARS = st.one_of(st.text(max_size=30), st.integers(-10**20, 10**20), st.booleans(),
                    st.floats(allow_nan=True), st.sampled_from(["0 9 * * MON", "30d", "email",
                                                                "linkedin", "api", "export"]))
KEYS = st.sampled_from(["name", "schedule", "timezone", "repeat", "description", "channel",
                        "kind", "template", "body", "subject", "mode", "after", "fallback",
                        "tags", "cooldown", "source", "limit", "keywords", "exclude_tags",
                        "daily_cap", "from", "smtp_host", "headline", "x"])


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if value == value and abs(value) != float("inf") else "nan"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


@st.composite
def toml_documents(draw) -> bytes:
    """Structurally valid-looking TOML with the keys campaigns and configs use."""
    lines = [f"{draw(KEYS)} = {toml_value(draw(SCALARS | st.lists(SCALARS, max_size=3)))}"
             for _ in range(draw(st.integers(0, 5)))]
    for table in draw(st.lists(st.sampled_from(["[audience]", "[[steps]]", "[sender]", "[email]",
                                                "[linkedin]", "[twitter]", "[steps]"]),
                               max_size=4)):
        lines.append(table)
        lines += [f"{draw(KEYS)} = {toml_value(draw(SCALARS | st.lists(SCALARS, max_size=3)))}"
                  for _ in range(draw(st.integers(0, 4)))]
    return ("\n".join(dict.fromkeys(lines)) + "\n").encode()


@FUZZ
@given(data=st.one_of(mutated(CAMPAIGN), toml_documents()))
def test_fuzz_campaign_files(run_cli, workspace, data):
    campaigns = workspace / "campaigns"
    (campaigns / "templates").mkdir(parents=True, exist_ok=True)
    (campaigns / "templates" / "note.txt.j2").write_text(
        "Hi {{ contact.first_name }}, {{ personal_note }}")
    (campaigns / "fuzz.toml").write_bytes(data)
    check(run_cli("campaigns", "check", "fuzz"), COMMAND_EXITS)
    check(run_cli("campaigns", "list", "--json"), COMMAND_EXITS)
    check(run_cli("plan", "fuzz", "--json"), COMMAND_EXITS)


CONFIG = b'''[sender]
name = "Robin Ashdown"
headline = "Founder of Tidewater"
[email]
from = "robin@example.com"
mode = "export"
daily_cap = 200
[linkedin]
account = "free"
'''


@FUZZ
@given(data=st.one_of(mutated(CONFIG), toml_documents()))
def test_fuzz_config_toml(run_cli, workspace, tmp_path_factory, data):
    (workspace / "config.toml").write_bytes(data)
    check(run_cli("plugins", "--json"), COMMAND_EXITS)
    check(run_cli("campaigns", "check"), COMMAND_EXITS)
    path = tmp_path_factory.mktemp("li") / "export.zip"
    path.write_bytes(zipped(linkedin_files("2026")))
    fuzz_import(run_cli, workspace, "linkedin", path)
