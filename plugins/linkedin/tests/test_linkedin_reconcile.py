"""The LinkedIn export meets the hand-send queue (issue 10): one invitation, one touch point.

Notes queued by a plan wait for the user; some are confirmed by hand, some are not. When
``Invitations.csv`` later lists them, importing it confirms the waiting ones, completes
the confirmed ones, adds nothing twice, and the free account's note quota counts each
invitation once.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from linkedin_export_builder import Export, Invitation, Person

ME = Person("Robin", "Ashdown", "robin-ashdown")
PEOPLE = [
    Person("Ada", "Byrne", "ada-byrne"), Person("Ben", "Walsh", "ben-walsh"),
    Person("Cleo", "Nolan", "cleo-nolan"), Person("Dan", "Quinn", "dan-quinn"),
]
TOPICS = ["sourdough starters", "raw-milk labelling", "cider apple blight", "mackerel quotas"]
BODY = ("Hi {{ contact.first_name }}, {{ personal_note }} I'm Robin, building demand "
        "forecasting for independent grocers.")


def note(i: int) -> str:
    return f"Good talking about {TOPICS[i]} at the Galway fair."


def queue_four_notes(run_cli, home) -> dict[str, str]:
    """Four invitations planned, reviewed and queued; returns draft id by slug."""
    for i, person in enumerate(PEOPLE):
        assert run_cli("contacts", "add", "--first", person.first, "--last", person.last,
                       "--tag", "focus", "--linkedin",
                       f"https://www.linkedin.com/in/{person.slug}",
                       "--notes", f"Met at the Galway fair; talked about {TOPICS[i]}."
                       ).exit_code == 0
    (home / "campaigns" / "notes.toml").write_text(
        'name = "notes"\n[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "linkedin"\n'
        f'kind = "invitation"\nbody = """{BODY}"""\n')
    plan = run_cli("plan", "notes", "--json").json()
    slugs = {}
    args = []
    for draft in plan["drafts"]:
        slug = draft["recipient"]["key"].removeprefix("in/")
        slugs[slug] = draft["id"]
        args += ["--note", draft["id"], note([p.slug for p in PEOPLE].index(slug))]
    assert run_cli("review", plan["plan_id"], *args).exit_code == 0
    assert run_cli("send", plan["plan_id"], "--json").json()["waiting"] == 4
    return slugs


def invitations_out(make_app) -> list:
    app = make_app()
    return app.ledger.touchpoints.query(platform="linkedin", kinds=["invitation"],
                                        direction="out")


def notes_used(make_app) -> int:
    from orchestrator.delivery.quota import used

    app = make_app()
    manifest = app.manifest("linkedin")  # no account in config.toml: free
    quota = next(q for q in manifest.quotas if "notes" in q.name)
    return used(app.ledger, manifest, quota, app.now() - quota.window)


def test_the_export_confirms_waiting_notes_and_counts_each_invitation_once(
        run_cli, outreach_home, make_app, tmp_path):
    assert run_cli("init", "--name", "Robin Ashdown").exit_code == 0
    drafts = queue_four_notes(run_cli, outreach_home)
    assert notes_used(make_app) == 4  # four notes waiting for the user
    # Two sent and confirmed by hand; the other two sent, never confirmed.
    assert run_cli("confirm", drafts["ada-byrne"], drafts["ben-walsh"]).exit_code == 0
    sent_at = datetime.now(timezone.utc).replace(second=0, microsecond=0) + timedelta(minutes=1)
    export = Export(owner=ME, invitations=[
        Invitation(person, sent_at, note=f"Hi {person.first}, {note(i)} I'm Robin, building "
                   "demand forecasting for independent grocers.")
        for i, person in enumerate(PEOPLE)])
    path = export.write_zip(tmp_path / "Basic_LinkedInDataExport.zip")

    imported = run_cli("import", "linkedin", path, "--json")
    assert imported.exit_code == 0, imported.stderr

    states = {d["draft_id"]: d["state"] for d in run_cli("deliveries", "list", "--json").json()}
    assert set(states.values()) == {"sent"}  # the export confirmed the two waiting ones
    assert run_cli("queue", "--json").json() == []
    assert len(invitations_out(make_app)) == 4  # not 6, not 8
    assert notes_used(make_app) == 4  # "4 of 5", as LinkedIn counts them
    deliveries = run_cli("deliveries", "list", "--json").json()
    by_draft = {d["draft_id"]: d for d in deliveries}
    assert "confirmed by the linkedin import" in by_draft[drafts["cleo-nolan"]]["detail"]

    again = run_cli("import", "linkedin", path, "--json")  # the same file next week
    assert again.exit_code == 0 and again.json()["touchpoints"] == 0
    assert len(invitations_out(make_app)) == 4 and notes_used(make_app) == 4


def test_an_invitation_sent_before_the_note_was_queued_is_history_of_its_own(
        run_cli, outreach_home, make_app, tmp_path):
    assert run_cli("init", "--name", "Robin Ashdown").exit_code == 0
    drafts = queue_four_notes(run_cli, outreach_home)
    long_ago = datetime(2025, 3, 3, 10, 0, tzinfo=timezone.utc)
    export = Export(owner=ME, invitations=[Invitation(PEOPLE[0], long_ago, note="")])
    assert run_cli("import", "linkedin", export.write_zip(tmp_path / "e.zip")).exit_code == 0
    states = {d["draft_id"]: d["state"] for d in run_cli("deliveries", "list", "--json").json()}
    assert states[drafts["ada-byrne"]] == "waiting"  # last year's invitation is not this one
    assert len(invitations_out(make_app)) == 1
