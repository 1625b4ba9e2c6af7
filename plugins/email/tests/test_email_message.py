"""Building one message: headers, encodings, and refusals before anything is written."""

from __future__ import annotations

import email
from datetime import datetime, timezone
from email import policy

import pytest

from orchestrator_email.addresses import EmailAddress, parse_address
from orchestrator_email.headers import HeaderInjectionError
from orchestrator_email.message import build_message
from orchestrator_email.unsubscribe import UnsubscribeLinks

LINKS = UnsubscribeLinks("mailto:unsubscribe@example.com?subject=unsubscribe",
                         "unsubscribe@example.com", "unsubscribe",
                         "https://example.com/unsubscribe/abc")
ADA = parse_address("Ada Lovelace <ada@example.com>")
JANE = parse_address("Jane Doe <jane@example.com>")
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)


def build(**overrides):
    options = dict(sender=ADA, recipient=JANE, subject="Hello", body="Hi Jane",
                   unsubscribe=LINKS, reply_to=parse_address("replies@example.com"),
                   idempotency_key="idem-1", now=NOW)
    options.update(overrides)
    return build_message(**options)


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def body(msg) -> str:
    return msg.get_content().replace("\r\n", "\n")


def test_headers_and_envelope():
    built = build()
    raw = built.as_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    msg = parse(raw)
    assert msg["From"] == "Ada Lovelace <ada@example.com>"
    assert msg["To"] == "Jane Doe <jane@example.com>"
    assert msg["Reply-To"] == "replies@example.com"
    assert msg["Subject"] == "Hello"
    assert msg["Date"] == "Sun, 01 Mar 2026 09:30:00 +0000"
    assert msg["Message-ID"] == built.message_id
    assert built.message_id.startswith("<") and built.message_id.endswith("@example.com>")
    assert msg["List-Unsubscribe"] == ("<https://example.com/unsubscribe/abc>, "
                                       "<mailto:unsubscribe@example.com?subject=unsubscribe>")
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert body(msg) == "Hi Jane\n"
    assert built.envelope.sender == "ada@example.com"
    assert built.envelope.recipients == ("jane@example.com",)
    assert not built.envelope.smtputf8


def test_a_long_message_id_stays_on_one_line():
    sender = parse_address("ada@mail.a-rather-long-company-domain-name.example")
    built = build(sender=sender)
    assert f"Message-ID: {built.message_id}\r\n".encode() in built.as_bytes()
    assert len(f"Message-ID: {built.message_id}") > 78


def test_message_ids_are_unique_and_carry_the_draft_hash():
    first, second = build(), build()
    assert first.message_id != second.message_id
    def draft_hash(message_id: str) -> str:
        return message_id.split("@")[0].split(".")[-1]

    assert draft_hash(first.message_id) == draft_hash(second.message_id)
    assert draft_hash(first.message_id) != draft_hash(build(idempotency_key="idem-2").message_id)


def test_no_reply_to_when_it_is_the_sender():
    assert "Reply-To" not in parse(build(reply_to=ADA).as_bytes())


def test_mailto_only_has_no_one_click_header():
    links = UnsubscribeLinks("mailto:u@example.com?subject=unsubscribe", "u@example.com",
                             "unsubscribe", None)
    msg = parse(build(unsubscribe=links).as_bytes())
    assert msg["List-Unsubscribe"] == "<mailto:u@example.com?subject=unsubscribe>"
    assert "List-Unsubscribe-Post" not in msg


def test_a_long_unsubscribe_url_is_not_turned_into_encoded_words():
    url = "https://example.com/unsubscribe/" + "a" * 300
    links = UnsubscribeLinks(None, None, None, url)
    raw = build(unsubscribe=links).as_bytes()
    assert b"=?utf-8?" not in raw
    assert f"List-Unsubscribe: <{url}>\r\n".encode() in raw
    assert parse(raw)["List-Unsubscribe"] == f"<{url}>"


def test_non_ascii_names_and_subject_become_encoded_words():
    recipient = parse_address("Jöns Ærø <jons@bücher.example>")
    built = build(recipient=recipient, subject="Grüße aus Köln — 👋",
                  body="Hallo Jöns,\nschön.")
    raw = built.as_bytes()
    assert raw.isascii()
    assert b"=?utf-8?" in raw
    assert b"jons@xn--bcher-kva.example" in raw
    msg = parse(raw)
    assert msg["Subject"] == "Grüße aus Köln — 👋"
    assert msg["To"].addresses[0].display_name == "Jöns Ærø"
    assert msg["Content-Transfer-Encoding"] == "quoted-printable"
    assert body(msg) == "Hallo Jöns,\nschön.\n"
    assert built.envelope.recipients == ("jons@xn--bcher-kva.example",)
    assert not built.envelope.smtputf8


def test_a_non_ascii_local_part_uses_smtputf8():
    built = build(recipient=parse_address("Jäne <jäne@example.com>"))
    assert built.envelope.smtputf8
    assert built.envelope.recipients == ("jäne@example.com",)
    raw = built.as_bytes()
    assert "jäne@example.com".encode() in raw  # raw UTF-8 (RFC 6532), not an encoded word
    # The stdlib parser reads header bytes as ASCII; decode first for UTF-8 headers.
    msg = email.message_from_string(raw.decode("utf-8"), policy=policy.SMTPUTF8)
    assert msg["To"].addresses[0].username == "jäne"


@pytest.mark.parametrize("evil", [
    "Hello\r\nBcc: everyone@example.com",
    "Hello\nBcc: everyone@example.com",
    "Hello\rBcc: everyone@example.com",
    "Hello\u2028Bcc: everyone@example.com",
    "Hello\x85Bcc: everyone@example.com",
])
def test_subject_injection_is_refused(evil):
    with pytest.raises(HeaderInjectionError) as caught:
        build(subject=evil)
    assert caught.value.header == "Subject"


@pytest.mark.parametrize(("field", "header"), [
    ("sender", "From"), ("recipient", "To"), ("reply_to", "Reply-To")])
@pytest.mark.parametrize("brk", ["\r\n", "\n", "\r", "\u2028"])
def test_display_name_injection_is_refused_naming_the_header(field, header, brk):
    # Built directly, bypassing parse_address (which refuses these already).
    evil = EmailAddress("x", "example.com", "example.com", f"Jane{brk}Bcc: all@example.com")
    with pytest.raises(HeaderInjectionError) as caught:
        build(**{field: evil})
    assert caught.value.header == header
    assert header in str(caught.value)


def test_a_dot_at_the_start_of_a_line_survives():
    msg = parse(build(body=".hidden?\n..two\n.").as_bytes())
    assert body(msg) == ".hidden?\n..two\n.\n"


def test_extra_headers_are_checked_too():
    with pytest.raises(HeaderInjectionError):
        build(extra_headers=(("X-Unsent", "1\r\nBcc: x@example.com"),))
