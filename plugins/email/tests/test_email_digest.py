"""The weekly digest mailed to yourself through the SMTP server on loopback."""

from __future__ import annotations


def _with_digest(ws, address: str = "robin@tidewater.example") -> None:
    config = ws.home / "config.toml"
    config.write_text(config.read_text() + f'\n[digest]\nemail_to = "{address}"\n')


def test_digest_mail_goes_to_you_without_the_outreach_footer(email_workspace, email_people):
    ws = email_workspace
    ws.import_people(email_people(2))
    missing = ws.cli("digest", "--mail", code=3)
    assert "no [digest] email_to" in missing.stderr and not ws.server.messages
    _with_digest(ws)
    out = ws.cli("digest", "--mail").stdout
    assert "people wait for your answer" in out
    (message,) = ws.server.messages
    assert message.rcpt_tos == ["robin@tidewater.example"]
    parsed = message.parsed()
    assert parsed["Subject"].startswith("Your outreach week: 0 people wait")
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["List-Unsubscribe"] is None  # a note to yourself is not outreach
    body = parsed.get_content()
    assert "Last week: 0 sent, 0 replied." in body and "Galway H91 XY12" not in body
    report = ws.cli("report", "--json").json()
    assert report["channels"] == []  # not a touch point, not counted anywhere


def test_a_due_run_prints_the_digest_and_mails_it(email_workspace, email_people):
    ws = email_workspace
    people = email_people(2)
    ws.import_people(people)
    ws.add_campaign("weekly", schedule="0 9 * * MON")
    _with_digest(ws)
    result = ws.cli("run", "--due", code=None)
    assert result.exit_code in (0, 1), result.stderr
    assert "draft(s) wait for your personal note" in result.stdout
    assert "Digest mailed to robin@tidewater.example." in result.stdout
    digests = [m for m in ws.server.messages if m.rcpt_tos == ["robin@tidewater.example"]]
    assert len(digests) == 1
    # The campaign's drafts had no personal notes: refused, so nobody else got mail.
    assert {r for m in ws.server.messages for r in m.rcpt_tos} == {"robin@tidewater.example"}


def test_a_digest_that_cannot_be_mailed_does_not_fail_the_run(email_workspace, email_people):
    ws = email_workspace
    ws.import_people(email_people(1))
    ws.add_campaign("weekly", schedule="0 9 * * MON")
    _with_digest(ws, "not an address")
    result = ws.cli("run", "--due", code=None)
    assert result.exit_code in (0, 1), result.stderr
    assert "the digest was not mailed" in result.stderr
