"""Identity links from X bios and websites, proposed after a sync (``outreach contacts links``)."""

from __future__ import annotations

from xapi_server import ME_ID


def _identities(x_cli, contact_id: int) -> dict[str, dict]:
    shown = x_cli("contacts", "show", str(contact_id), "--json").json()
    return {i["platform"]: i for i in shown["identities"]}


def _contact_of(x_cli, key: str) -> dict:
    people = x_cli("contacts", "list", "--json").json()
    return next(p for p in people if any(i["platform"] == "twitter" and i["key"] == key
                                         for i in p["identities"]))


def test_an_email_in_a_bio_of_a_known_contact_waits_as_a_proposal(x_cli, xapi,
                                                                  login_tokens) -> None:
    added = x_cli("contacts", "add", "--first", "Jane", "--email", "jane@example.com",
                  "--json")
    assert added.exit_code == 0, added.stderr
    email_contact = added.json()["id"]
    xapi.world.add_user("42", "janedoe", "Jane Doe",
                        description="Cold chains. Write to Jane@Example.com")
    xapi.world.followers[ME_ID].append("42")
    login_tokens()
    summary = x_cli("twitter", "sync", "--json").json()
    assert summary["proposed"] == 1
    jane_x = _contact_of(x_cli, "42")
    assert jane_x["id"] != email_contact  # not merged behind the user's back
    links = x_cli("contacts", "links", "--json").json()
    assert len(links) == 1
    proposal = links[0]
    assert {proposal["contact_id"], proposal["other_contact_id"]} == {jane_x["id"],
                                                                      email_contact}
    assert (proposal["platform"], proposal["key"]) == ("email", "jane@example.com")
    assert "@janedoe" in proposal["evidence"] and "bio" in proposal["evidence"]
    assert proposal["plugin"] == "twitter"
    # a second sync proposes nothing new
    assert x_cli("twitter", "sync", "--json").json()["proposed"] == 0


def test_unclaimed_linkedin_url_and_website_are_attached(x_cli, xapi, login_tokens) -> None:
    xapi.world.add_user(
        "42", "janedoe", "Jane Doe",
        description="Founder. https://t.co/abc", url="https://t.co/site",
        entities={"description": {"urls": [{
                      "start": 9, "end": 25, "url": "https://t.co/abc",
                      "expanded_url": "https://www.linkedin.com/in/jane-doe-42/"}]},
                  "url": {"urls": [{"start": 0, "end": 17, "url": "https://t.co/site",
                                    "expanded_url": "https://janedoe.dev"}]}})
    xapi.world.add_user("43", "coworker", "Co Worker", url="https://janedoe.dev")
    xapi.world.followers[ME_ID] += ["42", "43"]
    login_tokens()
    summary = x_cli("twitter", "sync", "--json").json()
    assert summary["linked"] >= 1 and summary["proposed"] == 0
    jane = _contact_of(x_cli, "42")
    assert jane["headline"] == "Founder. https://www.linkedin.com/in/jane-doe-42/"
    found = _identities(x_cli, jane["id"])
    assert found["linkedin"]["key"] == "in/jane-doe-42"
    assert "@janedoe" in found["linkedin"]["evidence"]
    assert found["web"]["key"] == "janedoe.dev" and "website" in found["web"]["evidence"]
    # the same site on another profile is not proof of one person: not attached, not proposed
    coworker = _contact_of(x_cli, "43")
    assert "web" not in _identities(x_cli, coworker["id"])
    assert x_cli("contacts", "links", "--json").json() == []


def test_a_linkedin_profile_as_website_is_linked_in_the_same_sync(x_cli, xapi,
                                                                  login_tokens) -> None:
    # The website rides in the sync's record, so the core's link proposals (run by the
    # same import) already see it: no second sync needed.
    xapi.world.add_user("42", "janedoe", "Jane Doe", url="https://t.co/li",
                        entities={"url": {"urls": [{
                            "start": 0, "end": 14, "url": "https://t.co/li",
                            "expanded_url": "https://www.linkedin.com/in/jane-doe-42/"}]}})
    xapi.world.followers[ME_ID].append("42")
    login_tokens()
    summary = x_cli("twitter", "sync", "--json").json()
    assert summary["linked"] == 1 and summary["proposed"] == 0
    found = _identities(x_cli, _contact_of(x_cli, "42")["id"])
    assert found["linkedin"]["key"] == "in/jane-doe-42"
    assert "website" in found["linkedin"]["evidence"]


def test_a_rejected_bio_link_holds_in_later_syncs_and_imports(x_cli, xapi, login_tokens,
                                                              tmp_path) -> None:
    """Issue 12: a rejection is a never-merge rule for the X sync and every import."""
    email_contact = x_cli("contacts", "add", "--first", "Jane", "--email", "jane@example.com",
                          "--json").json()["id"]
    xapi.world.add_user("42", "janedoe", "Jane Doe", description="Write to jane@example.com")
    xapi.world.followers[ME_ID].append("42")
    login_tokens()
    assert x_cli("twitter", "sync", "--json").json()["proposed"] == 1
    (proposal,) = x_cli("contacts", "links", "--json").json()
    assert x_cli("contacts", "links", "--reject", str(proposal["id"])).exit_code == 0
    assert x_cli("twitter", "sync", "--json").json()["proposed"] == 0
    book = tmp_path / "book.csv"
    book.write_text("First Name,Last Name,E-mail Address,Twitter\n"
                    "Jane,Doe,jane@example.com,https://x.com/i/user/42\n")
    imported = x_cli("import", "csv", str(book), "--json")
    assert imported.exit_code == 0, imported.stderr
    assert imported.json()["merged"] == 0
    assert any("kept apart" in w for w in imported.json()["warnings"])
    jane_x = _contact_of(x_cli, "42")
    assert jane_x["id"] != email_contact
    assert x_cli("contacts", "links", "--json").json() == []


def test_an_erased_follower_stays_out_of_later_syncs(x_cli, xapi, login_tokens) -> None:
    """Issue 12: a sync does not bring back a person erased with `contacts delete`."""
    xapi.world.add_user("42", "janedoe", "Jane Doe", description="Reefers")
    xapi.world.followers[ME_ID].append("42")
    login_tokens()
    assert x_cli("twitter", "sync").exit_code == 0
    jane = _contact_of(x_cli, "42")
    assert x_cli("contacts", "delete", str(jane["id"]), "--yes").exit_code == 0
    xapi.world.add_user("43", "other", "Other Person")
    xapi.world.followers[ME_ID].append("43")
    result = x_cli("twitter", "sync", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["followers_seen"] == 2  # 42 came again, and was kept out
    keys = {i["key"] for p in x_cli("contacts", "list", "--json").json() for i in p["identities"]}
    assert "42" not in keys and "43" in keys
