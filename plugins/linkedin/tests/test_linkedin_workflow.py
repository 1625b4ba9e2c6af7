"""The LinkedIn channel end to end: export in, notes out by hand, within LinkedIn's rules."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from linkedin_export_builder import Export, Invitation, Person

ME = Person("Robin", "Ashdown", "robin-ashdown")
TOPICS = [
    ("Grocery Futures Summit", "Leeds", "produce waste"),
    ("IndieRetail Expo", "Rotterdam", "salad demand"),
    ("Bio&Local fair", "Lyon", "unsold fruit"),
    ("Retail Forum", "Madrid", "shrink in fresh"),
    ("EuroShop", "Düsseldorf", "refrigeration costs"),
    ("Food Retail Live", "London", "holiday demand"),
    ("Alimentaria", "Barcelona", "olive oil seasonality"),
    ("Slow Food market", "Turin", "North African produce"),
]


def people(n: int) -> list[Person]:
    return [Person(f"Firstname{chr(65 + i)}", f"Lastname{chr(65 + i)}", f"person-{i}",
                   email=f"person{i}@example.com" if i % 2 == 0 else "",
                   company=f"Shop {i}", position="Owner") for i in range(n)]


def write_campaign(home: Path, kind: str = "invitation", source: str | None = None,
                   name: str = "notes") -> None:
    (home / "campaigns").mkdir(parents=True, exist_ok=True)
    source_line = f'source = "{source}"\n' if source else ""
    (home / "campaigns" / f"{name}.toml").write_text(
        f'name = "{name}"\n[audience]\n{source_line}[[steps]]\nchannel = "linkedin"\n'
        f'kind = "{kind}"\nbody = """Hi {{{{ contact.first_name }}}}, {{{{ personal_note }}}} '
        'I\'m Robin, building demand forecasting for independent grocers."""\n')


def add_notes(run_cli, home: Path) -> None:
    """Record how the user knows each imported person (what `contacts note` is for)."""
    for contact in run_cli("contacts", "list", "--json").json():
        index = int(contact["identities"][0]["key"].rsplit("-", 1)[1]) if any(
            i["platform"] == "linkedin" for i in contact["identities"]) else 0
        event, city, topic = TOPICS[index % len(TOPICS)]
        run_cli("contacts", "note", str(contact["id"]),
                f"Met at the {event} in {city}; talked about {topic}.")


def plan_and_review(run_cli, name: str = "notes") -> dict:
    plan = run_cli("plan", name, "--json").json()
    people_by_id = {p["id"]: p for p in run_cli("contacts", "list", "--json").json()}
    args = []
    for draft in plan["drafts"]:
        notes = people_by_id[draft["contact_id"]]["notes"]
        event = notes.split(" in ")[0].removeprefix("Met at the ")
        topic = notes.rsplit("about ", 1)[1].rstrip(".")
        args += ["--note", draft["id"], f"Good talking about {topic} at the {event}."]
    if args:
        assert run_cli("review", plan["plan_id"], *args).exit_code == 0
    return run_cli("preview", plan["plan_id"], "--json").json()


@pytest.fixture
def export_zip(tmp_path) -> Path:
    folks = people(4)
    sent = datetime(2026, 2, 12, 11, 44, tzinfo=timezone.utc)
    export = Export(owner=ME, era="2026",
                    connections=[(folks[0], datetime(2025, 12, 26, tzinfo=timezone.utc)),
                                 (folks[1], datetime(2025, 12, 27, tzinfo=timezone.utc))],
                    invitations=[Invitation(folks[2], sent, note="Loved your talk on shrink."),
                                 Invitation(folks[3], sent, note="")])
    return export.write_zip(tmp_path / "Basic_LinkedInDataExport.zip")


def test_import_is_incremental_and_finds_accepted_invitations(run_cli, outreach_home, export_zip,
                                                               tmp_path):
    first = run_cli("import", "linkedin", export_zip, "--json")
    assert first.exit_code == 0, first.stderr
    assert first.json()["created"] == 4
    again = run_cli("import", "linkedin", export_zip, "--json").json()
    assert again["created"] == 0 and again["touchpoints"] == 0
    contacts = run_cli("contacts", "list", "--json").json()
    invited = next(c for c in contacts if c["identities"][0]["key"] == "in/person-2")
    history = run_cli("contacts", "show", str(invited["id"]), "--json").json()["touchpoints"]
    assert [(t["kind"], t["direction"], t["text"]) for t in history] == [
        ("invitation", "out", "Loved your talk on shrink.")]
    # a newer export: person-2 accepted
    folks = people(4)
    newer = Export(owner=ME, era="2026",
                   connections=[(folks[0], datetime(2025, 12, 26, tzinfo=timezone.utc)),
                                (folks[1], datetime(2025, 12, 27, tzinfo=timezone.utc)),
                                (folks[2], datetime(2026, 2, 14, tzinfo=timezone.utc))],
                   invitations=[Invitation(folks[2], datetime(2026, 2, 12, 11, 44, tzinfo=timezone.utc),
                                           note="Loved your talk on shrink."),
                                Invitation(folks[3], datetime(2026, 2, 12, 11, 44, tzinfo=timezone.utc))])
    summary = run_cli("import", "linkedin", newer.write_dir(tmp_path / "newer"), "--json").json()
    assert summary["touchpoints"] == 1 and summary["created"] == 0
    add_notes(run_cli, outreach_home)
    write_campaign(outreach_home, kind="follow-up", source="linkedin:accepted-invitations",
                   name="thanks")
    preview = plan_and_review(run_cli, "thanks")
    assert [d["recipient"]["key"] for d in preview["drafts"]] == ["in/person-2"]
    assert preview["drafts"][0]["verdict"] == "allow"


def test_email_in_connections_links_to_the_existing_email_contact(run_cli, export_zip, tmp_path):
    people_csv = tmp_path / "people.csv"
    people_csv.write_text("Name,Email,Notes\nFirstnameA Lastname,person0@example.com,Met at a fair\n")
    run_cli("import", "csv", people_csv)
    run_cli("import", "linkedin", export_zip)
    contacts = run_cli("contacts", "list", "--json").json()
    assert len(contacts) == 4
    both = [c for c in contacts if {i["platform"] for i in c["identities"]} == {"email", "linkedin"}]
    assert len(both) == 1 and both[0]["notes"] == "Met at a fair"


def test_bad_export_imports_nothing_and_names_file_and_line(run_cli, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Invitations.csv").write_text(
        "From,To,Sent At,Message,Direction\n"
        "Robin Ashdown,Ada Lovelace,2/12/26 11:44 AM,Hi,OUTGOING\n"
        "Robin Ashdown,Ada Lovelace,not a date,Hi,OUTGOING\n")
    result = run_cli("import", "linkedin", folder)
    assert result.exit_code == 2
    assert "Invitations.csv:3" in result.stderr and "Traceback" not in result.stderr
    assert run_cli("contacts", "list", "--json").json() == []


def test_queue_html_and_csv_show_link_note_and_length(run_cli, outreach_home, export_zip, tmp_path):
    run_cli("import", "linkedin", export_zip)
    add_notes(run_cli, outreach_home)
    write_campaign(outreach_home)
    preview = plan_and_review(run_cli)
    # people 0 and 1 are connections already: invitations go to the others only
    assert sorted(d["recipient"]["key"] for d in preview["drafts"]) == ["in/person-2", "in/person-3"]
    summary = run_cli("send", preview["plan_id"], "--json").json()
    assert summary["waiting"] == 2 and summary["sent"] == 0
    html, table = tmp_path / "queue.html", tmp_path / "queue.csv"
    result = run_cli("linkedin", "queue", "--html", html, "--csv", table)
    assert result.exit_code == 0, result.stderr
    page = html.read_text()
    assert "https://www.linkedin.com/in/person-2" in page and "data-copy" in page
    rows = list(csv.DictReader(table.open()))
    # no account in config.toml: a free account is assumed, with its 200-character notes
    assert len(rows) == 2 and all(int(r["length"]) <= int(r["limit"]) == 200 for r in rows)
    first = rows[0]["draft_id"]
    assert run_cli("confirm", first).exit_code == 0
    assert len(list(csv.DictReader(open(table)))) == 2  # the file is a snapshot
    assert len(run_cli("linkedin", "queue", "--json").json()) == 1


def test_free_account_limits_note_length_and_monthly_notes(run_cli, outreach_home, tmp_path):
    folks = people(8)
    export = Export(owner=ME, era="2026",
                    invitations=[Invitation(p, datetime(2025, 6, 1, 9, 0, tzinfo=timezone.utc),
                                            outgoing=False) for p in folks])
    run_cli("import", "linkedin", export.write_dir(tmp_path / "export"))
    add_notes(run_cli, outreach_home)
    (outreach_home / "config.toml").write_text('[sender]\nname = "Robin"\n[linkedin]\naccount = "free"\n')
    write_campaign(outreach_home)
    preview = plan_and_review(run_cli)
    assert len(preview["drafts"]) == 8 and all(d["verdict"] == "allow" for d in preview["drafts"])
    summary = run_cli("send", preview["plan_id"], "--json").json()
    assert summary["waiting"] == 5 and summary["held_by_quota"] == 3
    held = [d for d in summary["details"] if d["outcome"] == "held-by-quota"]
    assert all("30 days" in d["detail"] for d in held)
    # a note longer than a free account's 200 characters is refused, with the limit named
    review = run_cli("review", preview["plan_id"], "--note", held[0]["draft_id"],
                     "Good talking about produce waste at the Grocery Futures Summit. " * 4)
    assert review.exit_code == 0
    draft = next(d for d in run_cli("preview", preview["plan_id"], "--json").json()["drafts"]
                 if d["id"] == held[0]["draft_id"])
    assert draft["verdict"] == "refuse" and "too-long" in {r["code"] for r in draft["reasons"]}
    assert "200" in next(r["message"] for r in draft["reasons"] if r["code"] == "too-long")


def test_no_reinvitation_within_three_weeks_and_weekly_cap(run_cli, outreach_home, tmp_path):
    folks = people(5)
    recent = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(days=5)
    export = Export(owner=ME, era="2026",
                    invitations=[Invitation(folks[0], recent, note="Hello from Robin.")] +
                    [Invitation(p, datetime(2025, 6, 1, 9, 0, tzinfo=timezone.utc), outgoing=False)
                     for p in folks[1:]])
    run_cli("import", "linkedin", export.write_dir(tmp_path / "export"))
    add_notes(run_cli, outreach_home)
    (outreach_home / "config.toml").write_text(
        '[sender]\nname = "Robin"\n[linkedin]\nweekly_invitations = 3\n')
    write_campaign(outreach_home)
    preview = plan_and_review(run_cli)
    summary = run_cli("send", preview["plan_id"], "--json").json()
    held = {d["detail"] for d in summary["details"] if d["outcome"] == "held-by-quota"}
    assert any("one person per 3 weeks" in h for h in held)  # person-0, invited 5 days ago
    # the invitation imported from the export counts towards the weekly cap: 1 + 2 = 3
    assert summary["waiting"] == 2 and summary["held_by_quota"] == 3


def test_an_invitation_without_its_note_never_goes_out(run_cli, outreach_home, export_zip):
    run_cli("import", "linkedin", export_zip)
    add_notes(run_cli, outreach_home)
    write_campaign(outreach_home)
    plan = run_cli("plan", "notes", "--json").json()  # no review: no personal notes
    assert all(d["verdict"] == "refuse" for d in plan["drafts"])
    summary = run_cli("send", plan["plan_id"], "--json").json()
    assert summary["refused_by_policy"] == 2 and summary["waiting"] == 0
    assert run_cli("linkedin", "queue", "--json").json() == []


def test_messages_go_to_connections_only(run_cli, outreach_home, export_zip):
    run_cli("import", "linkedin", export_zip)
    write_campaign(outreach_home, kind="message", name="hello")
    plan = run_cli("plan", "hello", "--json").json()
    assert sorted(d["recipient"]["key"] for d in plan["drafts"]) == ["in/person-0", "in/person-1"]
    reasons = {s["reason"] for s in plan["skipped"]}
    assert "not a LinkedIn connection (yet)" in reasons


def test_linkedin_never_allows_automation(run_cli, outreach_home, export_zip):
    run_cli("import", "linkedin", export_zip)
    (outreach_home / "campaigns").mkdir(parents=True, exist_ok=True)
    (outreach_home / "campaigns" / "bot.toml").write_text(
        '[[steps]]\nchannel = "linkedin"\nkind = "invitation"\nmode = "api"\nbody = "Hi"\n')
    result = run_cli("plan", "bot")
    assert result.exit_code == 2
    assert "does not allow automated" in result.stderr
