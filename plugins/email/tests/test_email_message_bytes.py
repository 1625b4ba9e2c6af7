"""The message bytes written directly read back, through the ``email`` package, exactly as
what the package itself builds: every header and the body, for varied names, subjects and
bodies (non-ASCII, quotes, encoded-word look-alikes, long lines), and through a real SMTP
server."""

from __future__ import annotations

import email
import re
from datetime import datetime, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from orchestrator.api import InputError
from orchestrator_email.addresses import parse_address
from orchestrator_email.message import build_message
from orchestrator_email.unsubscribe import UnsubscribeLinks

LINKS = UnsubscribeLinks("mailto:unsubscribe@example.com?subject=unsubscribe",
                         "unsubscribe@example.com", "unsubscribe",
                         "https://example.com/unsubscribe/abcdefghijklmnopqrstuvwxyz")
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
SENDER = parse_address("Robin Ashdown <robin@tidewater.example>")
REPLY_TO = parse_address("replies@tidewater.example")


def reference(sender, recipient, reply_to, subject, body, extra=()) -> bytes:
    """What the email package writes for the same message (the previous builder)."""
    msg = EmailMessage(policy=policy.SMTP.clone(refold_source="none"))
    msg["Date"] = "Sun, 01 Mar 2026 09:30:00 +0000"
    for header, address in (("From", sender), ("To", recipient), ("Reply-To", reply_to)):
        if address is not None:
            msg[header] = Address(address.name, address.local, address.ascii_domain)
    msg["Subject"] = subject
    msg.set_raw("List-Unsubscribe", "\n ".join(LINKS.header_lines()))
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    for name, value in extra:
        msg[name] = value
    text = body if body.endswith("\n") else body + "\n"
    msg.set_content(text, subtype="plain", charset="utf-8",
                    cte=None if text.isascii() else "quoted-printable")
    return msg.as_bytes()


def read(raw: bytes) -> dict:
    msg = email.message_from_bytes(raw, policy=policy.default)
    out = {}
    for header in ("From", "To", "Reply-To"):
        if msg[header] is not None:
            out[header] = [(a.display_name, a.username, a.domain) for a in msg[header].addresses]
    for header in ("Subject", "Date", "List-Unsubscribe", "List-Unsubscribe-Post",
                   "X-Unsent", "Auto-Submitted", "MIME-Version"):
        out[header] = msg[header]
    out["type"] = (msg.get_content_type(), msg.get_content_charset())
    out["body"] = msg.get_content().replace("\r\n", "\n")
    assert not msg.defects and not any(msg[h].defects for h in msg.keys()), msg.defects
    return out


def check_shape(raw: bytes, package_to: bool = False) -> None:
    """CRLF, ASCII, lines within 78 characters where there is a place to fold, encoded
    words within 75; ``package_to``: the To line is the email package's (a long name), which
    can write a 76-character encoded word."""
    assert raw.isascii()
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    for line in head.split(b"\r\n"):
        if package_to and (line.startswith((b"To:", b" "))):
            continue
        long_token = line.startswith((b"Message-ID:", b"List-Unsubscribe:", b" <"))
        assert len(line) <= 78 or long_token or b" " not in line.strip(), line
        for word in re.findall(rb"=\?[^?]+\?[bBqQ]\?[^?]*\?=", line):
            assert len(word) <= 75
    for line in body.split(b"\r\n"):
        assert len(line) <= 78, line


def build(recipient, subject, body, extra=()):
    return build_message(sender=SENDER, recipient=recipient, reply_to=REPLY_TO,
                         subject=subject, body=body, unsubscribe=LINKS,
                         idempotency_key="draft-1", now=NOW, extra_headers=extra)


def assert_same_as_the_email_package(name, subject, body, extra=()):
    recipient = parse_address("jane.doe@bücher.example")
    if name:
        recipient = recipient.with_name(name)
    built = build(recipient, subject, body, extra)
    raw = built.as_bytes()
    check_shape(raw, package_to=len(recipient.name.encode()) > 40)
    ours, theirs = read(raw), read(reference(SENDER, recipient, REPLY_TO, subject, body, extra))
    if "=?" in name + subject:
        # the package decodes an encoded-word look-alike written by a person (the text
        # changes); written as encoded words here, it reads back as it was written
        for key in ("To", "Subject"):
            ours.pop(key)
            theirs.pop(key)
        ours = {**ours, **read(raw)}
        theirs = {**theirs, "To": ours["To"], "Subject": ours["Subject"]}
    assert ours == theirs
    assert ours["Subject"] == subject
    if len(recipient.name.encode()) <= 40:  # longer: folded by the email package as before,
        # whose parser reads a space between two encoded words of a display name
        assert ours["To"] == [(recipient.name, "jane.doe", "xn--bcher-kva.example")]
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Message-ID"] == built.message_id


CASES = [
    ("Jane Doe", "Hello", "Hi Jane"),
    ("", "No name", "Hi"),
    ("Jöns Ærø", "Grüße aus Köln — 👋", "Hallo Jöns,\nschön."),
    ("Doe, Jane", "A comma, in the name", "x"),
    ('Jane "JD" Doe', "Quotes", "x"),
    ("J. R. \\ Backslash", "Backslash", "x"),
    ("O'Brien", "An apostrophe is atext", "x"),
    ("=?utf-8?q?not_an_encoded_word?=", "=?utf-8?b?SGk=?= looks encoded", "x"),
    ("李小龍", "日本語の件名です、長いものでも正しく分かれるかどうかを確かめるためにもう少し書きます", "你好\n"),
    ("A" * 60 + " Very Long Name Indeed " + "B" * 30, "s", "x"),
    ("Jane", "a long ascii subject " * 8, "a long line " * 20),
    ("Jane", "x" * 200, "ok"),
    ("Jane", "two  spaces and a tab-free   gap", "trailing space \nnext"),
    ("Jane", "Hello", "=\n=3D\nfrom here\n.\n..\nFrom the start\n"),
    ("Jane", "Hello", "line\r\nwith\rother\nends"),
    ("Jane", "Hello", "über " * 40),
    ("Émile", "Re: émile", "emoji 👋🏽 and combining é\n"),
]


@pytest.mark.parametrize(("name", "subject", "body"), CASES)
def test_varied_messages_read_back_as_the_email_package_writes_them(name, subject, body):
    assert_same_as_the_email_package(name, subject, body)


def test_extra_headers_and_a_note_to_self():
    assert_same_as_the_email_package("Jane", "Hello", "x", (("X-Unsent", "1"),))
    built = build_message(sender=SENDER, recipient=SENDER, subject="Your Monday page",
                          body="3 people wait", unsubscribe=None,
                          extra_headers=(("Auto-Submitted", "auto-generated"),))
    msg = email.message_from_bytes(built.as_bytes(), policy=policy.default)
    assert msg["Auto-Submitted"] == "auto-generated" and msg["List-Unsubscribe"] is None
    assert "Reply-To" not in msg


header_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1, max_size=120)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=header_text, subject=header_text,
       body=st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_name_subject_and_body_read_back_exactly(name, subject, body):
    try:
        parse_address("x@example.com").with_name(name)
    except InputError:
        assume(False)
    assume(subject == subject.strip() and "  " not in subject)  # a parser trims the ends
    assert_same_as_the_email_package(" ".join(name.split()), subject, body)
