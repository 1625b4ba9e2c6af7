"""``outreach email sync`` against a real IMAP server (Dovecot on 127.0.0.1).

Real messages go out through the SMTP test server (their Message-IDs are the deliveries'
ids); what comes back is put into the mailbox with IMAP APPEND: replies, an out-of-office
auto-reply, RFC 3464 bounces (permanent and temporary), a message from a contact, one from
a stranger. The sync is read-only, idempotent by Message-ID, survives a UIDVALIDITY change
and a connection dropped in the middle of a fetch.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from imap_server import DroppingProxy

ROBIN = "Robin Ashdown <robin@tidewater.example>"


def message(sender: str, subject: str, text: str, *, answers: str = "", msgid: str,
            at: datetime, headers: str = "") -> bytes:
    lines = [f"From: {sender}", f"To: {ROBIN}", f"Subject: {subject}",
             f"Message-ID: {msgid}", f"Date: {format_datetime(at)}", "MIME-Version: 1.0",
             'Content-Type: text/plain; charset="utf-8"']
    if answers:
        lines += [f"In-Reply-To: {answers}", f"References: {answers}"]
    lines += [h for h in headers.splitlines() if h]
    body = f"{text}\n\nOn Mon, Robin Ashdown wrote:\n> Hi there,\n> an earlier message\n"
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def dsn(recipient: str, original: str, *, status: str, msgid: str, at: datetime) -> bytes:
    """An RFC 3464 delivery status notification, as Postfix writes one."""
    action = "failed" if status.startswith("5") else "delayed"
    return f"""\
From: Mail Delivery System <MAILER-DAEMON@mail.tidewater.example>
To: {ROBIN}
Subject: Undelivered Mail Returned to Sender
Message-ID: {msgid}
Date: {format_datetime(at)}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

--BOUNDARY
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.tidewater.example.
I'm sorry to have to inform you that your message could not be delivered.

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.tidewater.example
Arrival-Date: {format_datetime(at)}

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: {action}
Status: {status}
Diagnostic-Code: smtp; {status[0]}50 {status} <{recipient}>: Recipient address rejected

--BOUNDARY
Content-Type: text/rfc822-headers

From: {ROBIN}
To: {recipient}
Subject: A note from Tidewater
Message-ID: {original}

--BOUNDARY--
""".replace("\n", "\r\n").encode()


@pytest.fixture
def sent(email_workspace, email_people, mailbox):
    """Four of five people emailed through the SMTP server; the workspace reads
    ``mailbox``. Returns (workspace, people, sent deliveries by address)."""
    ws = email_workspace
    people = email_people(5)
    ws.import_people(people)
    ws.configure(imap_host="127.0.0.1", imap_port=mailbox.port, imap_security="none",
                 imap_username=mailbox.user)
    plan = ws.plan()
    ws.review(plan, people)
    skip = [d["id"] for d in plan["drafts"] if d["recipient"]["key"] == people[4].email]
    ws.cli("review", plan["plan_id"], "--skip", *skip)
    ws.cli("send", plan["plan_id"])
    deliveries = {d["recipient_key"]: d for d in ws.deliveries("sent")}
    assert len(deliveries) == 4
    assert all(d["external_id"].startswith("<") for d in deliveries.values())
    return ws, people, deliveries


def contact_of(ws, email: str) -> int:
    return next(c["id"] for c in ws.cli("contacts", "list", "--json").json()
                if any(i["key"] == email for i in c["identities"]))


def history(ws, email: str) -> list[tuple[str, str, str]]:
    person = ws.cli("contacts", "show", contact_of(ws, email), "--json").json()
    return [(t["kind"], t["direction"], t["status"]) for t in person["touchpoints"]]


def test_replies_auto_replies_bounces_and_strangers(sent, mailbox):
    ws, people, deliveries = sent
    ada, ben, cleo, dan, eve = people
    now = datetime.now(timezone.utc) + timedelta(minutes=1)  # after the send, to the second
    mailbox.append(message(f"{ada.first} {ada.last} <{ada.email}>", "Re: hello",
                           "Yes, let's talk next week.", msgid="<r1@shops.example>",
                           answers=deliveries[ada.email]["external_id"], at=now))
    mailbox.append(message(ben.email, "Automatic reply: hello", "I am away until Monday.",
                           msgid="<ooo1@shops.example>", at=now,
                           answers=deliveries[ben.email]["external_id"],
                           headers="Auto-Submitted: auto-replied\nX-Autoreply: yes"))
    mailbox.append(dsn(cleo.email, deliveries[cleo.email]["external_id"], status="5.1.1",
                       msgid="<dsn1@mail.tidewater.example>", at=now))
    mailbox.append(dsn(dan.email, deliveries[dan.email]["external_id"], status="4.4.1",
                       msgid="<dsn2@mail.tidewater.example>", at=now))
    mailbox.append(message(eve.email, "Saw your talk", "Are you at the fair in May?",
                           msgid="<m1@shops.example>", at=now))  # a contact, not a reply
    mailbox.append(message("Stranger <someone@elsewhere.example>", "Buy now",
                           "Great offer", msgid="<spam@elsewhere.example>", at=now))
    before = mailbox.flags()

    result = ws.cli("email", "sync", "--json").json()

    assert (result["read"], result["replies"], result["messages"], result["auto_replies"],
            result["bounces"], result["suppressed"], result["ignored"]) == (6, 1, 1, 1, 2, 1, 1)
    assert history(ws, ada.email)[-1] == ("reply", "in", "done")
    assert history(ws, ben.email)[-1] == ("reply", "in", "auto-reply")
    assert history(ws, cleo.email)[-1] == ("bounce", "in", "bounced")
    assert history(ws, dan.email)[-1] == ("bounce", "in", "bounce")
    assert history(ws, eve.email)[-1] == ("message", "in", "done")
    names = {c["id"] for c in ws.cli("contacts", "list", "--json").json()}
    assert len(names) == 5  # the stranger did not become a contact
    # Read-only: nothing marked read, moved or deleted.
    assert mailbox.flags() == before and all(b"\\Seen" not in f for f in before.values())
    # A permanent bounce: the delivery bounced, the address suppressed; 4.x.x: recorded only.
    states = {d["recipient_key"]: d["state"] for d in ws.deliveries()}
    assert states[cleo.email] == "bounced" and states[dan.email] == "sent"
    # Who waits: the reply and the contact's message; not the auto-reply, not the bounces.
    inbox = ws.cli("inbox", "--json").json()
    assert sorted(w["contact_id"] for w in inbox) == sorted(
        [contact_of(ws, ada.email), contact_of(ws, eve.email)])
    # Syncing again adds nothing.
    again = ws.cli("email", "sync", "--json").json()
    assert (again["read"], again["replies"], again["bounces"]) == (0, 0, 0)


def test_a_bounced_address_gets_nothing_more_but_the_person_keeps_other_channels(
        sent, mailbox):
    ws, people, deliveries = sent
    cleo = people[2]
    mailbox.append(dsn(cleo.email, deliveries[cleo.email]["external_id"], status="5.1.1",
                       msgid="<dsn1@mail.tidewater.example>",
                       at=datetime.now(timezone.utc)))
    ws.cli("email", "sync")
    cleo_id = contact_of(ws, cleo.email)
    ws.cli("contacts", "log", cleo_id, "--platform", "phone", "--kind", "call", "--out")
    ws.add_campaign("again", body="Hi {{ contact.first_name }}, {{ personal_note }} Robin.")
    plan = ws.plan("again")
    assert cleo.email not in {d["recipient"]["key"] for d in plan["drafts"]}
    (why,) = [s["reason"] for s in plan["skipped"] if s["contact_id"] == cleo_id]
    assert "is suppressed (bounced: 5.1.1" in why
    person = ws.cli("contacts", "show", cleo_id, "--json").json()
    assert not person["opted_out"]  # not an opt-out: other channels still reach them


def test_the_first_sync_reads_90_days(sent, mailbox):
    ws, people, deliveries = sent
    ada = people[0]
    now = datetime.now(timezone.utc) + timedelta(minutes=1)  # after the send, to the second
    old, recent = now - timedelta(days=120), now - timedelta(days=10)
    mailbox.append(message(ada.email, "Old", "From last spring", msgid="<old@shops.example>",
                           at=old), when=old)
    mailbox.append(message(ada.email, "Recent", "From last week",
                           msgid="<recent@shops.example>", at=recent), when=recent)
    result = ws.cli("email", "sync", "--json").json()
    assert (result["read"], result["messages"]) == (1, 1)
    # ... and afterwards only what is new, whatever its date
    mailbox.append(message(ada.email, "Late", "Filed late", msgid="<late@shops.example>",
                           at=old), when=old)
    assert ws.cli("email", "sync", "--json").json()["messages"] == 1


def test_a_uidvalidity_change_rereads_the_folder_and_counts_nothing_twice(sent, mailbox):
    ws, people, deliveries = sent
    with (ws.home / "config.toml").open("a") as config:
        config.write('imap_folders = ["INBOX", "Clients"]\n')
    now = datetime.now(timezone.utc) + timedelta(minutes=1)  # after the send, to the second
    first = message(people[0].email, "Re", "Thanks!", msgid="<c1@shops.example>",
                    answers=deliveries[people[0].email]["external_id"], at=now)
    mailbox.append(first, folder="Clients")
    assert ws.cli("email", "sync", "--json").json()["replies"] == 1
    validity = mailbox.uidvalidity("Clients")
    mailbox.recreate("Clients")  # the server renumbered the folder
    assert mailbox.uidvalidity("Clients") != validity
    mailbox.append(first, folder="Clients")
    mailbox.append(message(people[1].email, "Re", "Sounds good", msgid="<c2@shops.example>",
                           answers=deliveries[people[1].email]["external_id"], at=now),
                   folder="Clients")

    result = ws.cli("email", "sync", "--json").json()

    assert result["uidvalidity_reset"] == ["Clients"]
    assert (result["read"], result["replies"], result["already"]) == (2, 1, 1)
    assert [k for k, d, s in history(ws, people[0].email)].count("reply") == 1


def test_a_connection_dropped_mid_fetch_resumes_and_counts_nothing_twice(
        sent, mailbox, monkeypatch):
    from orchestrator_email import sync as sync_module

    ws, people, deliveries = sent
    monkeypatch.setattr(sync_module, "FETCH_BATCH", 2)
    now = datetime.now(timezone.utc) + timedelta(minutes=1)  # after the send, to the second
    for i, person in enumerate(people[:4]):
        mailbox.append(message(person.email, "Re", f"Reply number {i}",
                               msgid=f"<drop{i}@shops.example>",
                               answers=deliveries[person.email]["external_id"], at=now))
    mailbox.append(message(people[4].email, "Hello", "Unrelated", msgid="<drop4@shops.example>",
                           at=now))
    proxy = DroppingProxy(mailbox.port, cut_at=2)  # the second batch's FETCH
    try:
        ws.configure(imap_host="127.0.0.1", imap_port=proxy.port, imap_security="none",
                     imap_username=mailbox.user)
        broken = ws.cli("email", "sync", code=5)
        assert proxy.cuts == 1
        assert "connection to the IMAP server" in broken.stderr and "was lost" in broken.stderr
        replies = [c for c in ws.cli("inbox", "--json").json()]
        assert len(replies) == 2  # the first batch was recorded
        proxy.cut_at = None
        result = ws.cli("email", "sync", "--json").json()
    finally:
        proxy.close()
    assert (result["read"], result["replies"], result["messages"]) == (3, 2, 1)
    assert result["already"] == 0  # the second batch was not half-recorded before
    for person in people[:4]:
        assert [k for k, d, s in history(ws, person.email)].count("reply") == 1


def test_settings_problems_and_the_password(email_workspace, mailbox, monkeypatch):
    ws = email_workspace
    missing = ws.cli("email", "sync", code=3)
    assert "no IMAP server in config.toml" in missing.stderr
    ws.configure(imap_host="imap.example.com", imap_security="none",
                 imap_username=mailbox.user)
    clear = ws.cli("email", "sync", code=3)
    assert 'imap_security under [email]: "none" is only allowed for a loopback host' \
        in clear.stderr
    ws.configure(imap_host="127.0.0.1", imap_port=mailbox.port, imap_security="none",
                 imap_username=mailbox.user)
    monkeypatch.delenv("OUTREACH_IMAP_PASSWORD")
    assert "no IMAP password" in ws.cli("email", "sync", code=3).stderr
    # Without an IMAP password of its own, the SMTP password is used.
    monkeypatch.setenv("OUTREACH_EMAIL_PASSWORD", mailbox.password)
    assert ws.cli("email", "sync", "--json").json()["read"] == 0
    monkeypatch.setenv("OUTREACH_IMAP_PASSWORD", "wrong")
    refused = ws.cli("email", "sync", code=3)
    assert "refused the login" in refused.stderr and "wrong" not in refused.stderr


def test_run_syncs_replies_before_planning_and_reports_a_failure(sent, mailbox):
    ws, people, deliveries = sent
    ada = people[0]
    mailbox.append(message(ada.email, "Re", "Yes please", msgid="<run1@shops.example>",
                           answers=deliveries[ada.email]["external_id"],
                           at=datetime.now(timezone.utc) + timedelta(minutes=1)))
    ws.add_campaign("next", body="Hi {{ contact.first_name }}, {{ personal_note }} Robin.")
    ran = ws.cli("run", "next", code=None)
    assert "Email sync: 1 message(s) read in INBOX; 1 reply" in ran.stdout
    assert [k for k, d, s in history(ws, ada.email)][-1] == "reply"
    ws.configure(imap_host="127.0.0.1", imap_port=1, imap_security="none",
                 imap_username=mailbox.user)  # nothing listens there
    ran = ws.cli("run", "next", code=None)
    assert "warning: email sync failed: cannot reach the IMAP server" in ran.stderr
    assert "Traceback" not in ran.stderr
