"""The email Channel end to end: render, deliver over a real local SMTP server, export."""

from __future__ import annotations

import email
import os
import stat
from email import policy
from pathlib import Path

import pytest

from orchestrator.channels import (
    AmbiguousDeliveryError,
    Channel,
    PermanentDeliveryError,
    Receipt,
    TransientDeliveryError,
)
from orchestrator.errors import ConfigError
from orchestrator.settings import quota_limit
from orchestrator_email.channel import (
    EmailChannel,
    EmailSession,
    InvalidRecipientError,
    MessageBuildError,
    MissingSubjectError,
    SettingsNotReady,
)
from orchestrator_email.headers import HeaderInjectionError, InvalidHeaderError
from orchestrator_email.unsubscribe import token_for


class Context:
    """What the core hands to Channel.open()."""

    def __init__(self, settings, workspace: Path):
        self.settings = settings
        self.workspace = workspace
        self.lines: list[str] = []

    def secret(self, name: str) -> str:  # pragma: no cover - the channel resolves its own
        raise AssertionError("not used")

    def log(self, message: str) -> None:
        self.lines.append(message)


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def text_of(msg) -> str:
    return msg.get_content().replace("\r\n", "\n")


@pytest.fixture
def channel() -> EmailChannel:
    return EmailChannel()


@pytest.fixture
def session(channel, smtp_settings, tmp_path):
    context = Context(smtp_settings, tmp_path)
    opened = channel.open(context)
    yield opened
    opened.close()


def test_it_is_a_channel(channel, settings):
    for method in ("manifest", "problems", "render", "open"):  # Channel is not runtime-checkable
        assert callable(getattr(channel, method)), method
    _: Channel = channel
    assert channel.name == "email"
    # The manifest declares the default and the key; the core applies the override.
    manifest = channel.manifest({"daily_cap": "not a number"})  # never raises, never parses
    assert manifest.name == "email" and manifest.quotas[0].limit == 200
    assert manifest.quotas[0].setting == "daily_cap"
    assert quota_limit(manifest.quotas[0], {"daily_cap": 50}) == 50
    assert channel.problems(settings, "export") == []


def test_render_appends_the_footer(channel, settings, make_message, unsubscribe_secret):
    rendered = channel.render(make_message(), settings)
    token = token_for("jane@example.com", unsubscribe_secret)
    assert rendered.subject == "Hello Jane"
    assert rendered.text == (
        "Hi Jane,\n\nI liked your talk.\n\nAda\n\n"
        f"Unsubscribe: https://example.com/unsubscribe/{token}\n"
        "Or email unsubscribe@example.com with the subject: unsubscribe\n"
        "Ada Lovelace Ltd\n12 Example Street\nLondon W1 1AA\n")
    headers = dict(rendered.headers)
    assert headers["From"] == "Ada Lovelace <ada@example.com>"
    assert headers["To"] == "Jane Doe <jane@example.com>"
    assert headers["Reply-To"] == "replies@example.com"
    assert headers["List-Unsubscribe"].startswith(f"<https://example.com/unsubscribe/{token}>")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Rendering what was rendered adds no second footer.
    again = channel.render(make_message(text=rendered.text), settings)
    assert again.text == rendered.text


def test_render_refuses_incomplete_settings(channel, settings, make_message):
    del settings["postal_address"]
    with pytest.raises(ConfigError, match="postal_address"):
        channel.render(make_message(), settings)


def test_delivered_messages_are_what_was_rendered(channel, session, smtp_server,
                                                  smtp_settings, make_message,
                                                  unsubscribe_secret):
    _, recorder = smtp_server
    people = [("jane@example.com", "Jane Doe"), ("joe@example.com", "Joe Bloggs"),
              ("jill@example.com", "Jill Smith")]
    receipts = []
    for i, (address, name) in enumerate(people):
        receipts.append(session.deliver(make_message(address, name=name, draft_id=f"d{i}")))
    assert recorder.connections == 1  # one connection for the whole run
    assert len(recorder.messages) == 3
    for (address, name), receipt, received in zip(people, receipts, recorder.messages, strict=True):
        assert isinstance(receipt, Receipt)
        assert receipt.detail == "250 2.0.0 OK queued"
        assert receipt.at is not None and receipt.at.tzinfo is not None
        assert received.rcpt_tos == [address]  # one message per recipient
        assert received.mail_from == "ada@example.com"
        msg = parse(received.content)
        assert msg["Message-ID"] == receipt.external_id
        assert msg["To"] == f"{name} <{address}>"
        assert msg["From"] == "Ada Lovelace <ada@example.com>"
        assert msg["Reply-To"] == "replies@example.com"
        assert msg["Subject"] == "Hello Jane"
        assert msg["Date"]
        token = token_for(address, unsubscribe_secret)
        assert msg["List-Unsubscribe"] == (
            f"<https://example.com/unsubscribe/{token}>, "
            "<mailto:unsubscribe@example.com?subject=unsubscribe>")
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        rendered = channel.render(make_message(address, name=name), smtp_settings)
        assert text_of(msg) == rendered.text
        assert "12 Example Street" in text_of(msg) and "Unsubscribe: https://" in text_of(msg)
    assert len({r.external_id for r in receipts}) == 3


def test_international_names_subjects_and_domains(session, smtp_server, make_message):
    _, recorder = smtp_server
    message = make_message("jöns@bücher.example", name="Jöns Ærø", subject="Grüße — 👋",
                           display="Jöns Ærø <Jöns@BÜCHER.example>", key="jöns@bücher.example")
    session.deliver(message)
    received = recorder.messages[0]
    assert received.rcpt_tos == ["Jöns@xn--bcher-kva.example"]
    assert "SMTPUTF8" in received.mail_options
    msg = email.message_from_string(received.content.decode("utf-8"), policy=policy.SMTPUTF8)
    assert msg["Subject"] == "Grüße — 👋"
    assert msg["To"].addresses[0].display_name == "Jöns Ærø"
    assert msg["To"].addresses[0].domain == "xn--bcher-kva.example"


def test_encoded_words_for_an_ascii_address(session, smtp_server, make_message):
    _, recorder = smtp_server
    session.deliver(make_message("jons@bücher.example", name="Jöns Ærø",
                                 subject="Grüße aus Köln"))
    raw = recorder.messages[0].content
    assert raw.isascii() and b"=?utf-8?" in raw
    assert recorder.messages[0].rcpt_tos == ["jons@xn--bcher-kva.example"]
    msg = parse(raw)
    assert msg["Subject"] == "Grüße aus Köln"
    assert msg["To"].addresses[0].display_name == "Jöns Ærø"


@pytest.mark.parametrize("evil", ["\r\nBcc: all@example.com", "\nBcc: all@example.com",
                                  "\rBcc: all@example.com", "\u2028Bcc: all@example.com"])
@pytest.mark.parametrize("where", ["subject", "name", "display"])
def test_injection_refuses_that_message_and_the_session_goes_on(
        session, smtp_server, make_message, evil, where):
    _, recorder = smtp_server
    bad = {
        "subject": make_message(subject="Hello" + evil),
        "name": make_message(name="Jane" + evil),
        "display": make_message(display="Jane" + evil + " <jane@example.com>"),
    }[where]
    with pytest.raises(HeaderInjectionError) as caught:
        session.deliver(bad)
    assert isinstance(caught.value, PermanentDeliveryError)
    assert caught.value.header == ("Subject" if where == "subject" else "To")
    session.deliver(make_message("joe@example.com", name="Joe Bloggs"))
    assert [m.rcpt_tos for m in recorder.messages] == [["joe@example.com"]]
    assert b"all@example.com" not in recorder.messages[0].content
    assert recorder.connections == 1


@pytest.mark.parametrize(("setting", "value"), [
    ("from", "Ada\r\nBcc: all@example.com <ada@example.com>"),
    ("reply_to", "Ada\nBcc: all@example.com <ada@example.com>"),
    ("from", "Ada\u2028 <ada@example.com>"),
])
def test_injection_in_sender_settings_is_refused_before_anything_is_sent(
        channel, smtp_settings, tmp_path, setting, value):
    bad = {**smtp_settings, setting: value}
    assert any("line break" in p for p in channel.problems(bad, "api"))
    with pytest.raises(ConfigError, match="line break"):
        channel.open(Context(bad, tmp_path))


def test_delivery_errors_surface_per_message(session, smtp_server, make_message):
    _, recorder = smtp_server
    with pytest.raises(TransientDeliveryError):
        session.deliver(make_message("greylist@example.com"))
    with pytest.raises(PermanentDeliveryError):
        session.deliver(make_message("spam@example.com"))
    with pytest.raises(AmbiguousDeliveryError):
        session.deliver(make_message("drop@example.com"))
    with pytest.raises(InvalidRecipientError):
        session.deliver(make_message("not-an-address", key="not-an-address"))
    with pytest.raises(MissingSubjectError):
        session.deliver(make_message(subject=None))
    assert session.deliver(make_message()).detail.startswith("250")


def test_a_refused_connection_is_transient(channel, smtp_settings, closed_port, tmp_path,
                                           make_message):
    session = channel.open(Context({**smtp_settings, "port": closed_port}, tmp_path))
    with pytest.raises(TransientDeliveryError):
        session.deliver(make_message())


def test_login_uses_the_resolved_password(channel, smtp_settings, smtp_server, tmp_path,
                                          make_message, memory_keyring, smtp_password):
    _, recorder = smtp_server
    PASSWORD = smtp_password
    memory_keyring.set_password("outreach-orchestrator", "email.password", PASSWORD)
    context = Context({**smtp_settings, "username": "ada"}, tmp_path)
    session = channel.open(context)
    session.deliver(make_message())
    session.close()
    assert recorder.logins[0][0] == "ada"
    assert PASSWORD not in repr(session) and all(PASSWORD not in line for line in context.lines)


def test_a_missing_password_is_a_config_error_naming_both_places(channel, smtp_settings,
                                                                 tmp_path, make_message):
    session = channel.open(Context({**smtp_settings, "username": "ada"}, tmp_path))
    with pytest.raises(ConfigError) as caught:
        session.deliver(make_message())
    assert "OUTREACH_EMAIL_PASSWORD" in str(caught.value) and "keyring" in str(caught.value)
    # Nothing was sent: the runner must put it back (transient, no wait), not mark it unknown.
    assert isinstance(caught.value, SettingsNotReady)
    assert isinstance(caught.value, TransientDeliveryError)
    assert caught.value.retry_after == 0


def test_an_unsubscribe_secret_gone_mid_run_sends_nothing(session, smtp_server, make_message,
                                                          monkeypatch):
    monkeypatch.delenv("OUTREACH_EMAIL_UNSUBSCRIBE_SECRET")
    with pytest.raises(SettingsNotReady, match="OUTREACH_EMAIL_UNSUBSCRIBE_SECRET"):
        session.deliver(make_message())
    assert smtp_server[1].messages == []


def test_text_that_cannot_be_encoded_fails_that_message_only(session, smtp_server,
                                                            make_message):
    with pytest.raises(InvalidHeaderError) as caught:
        session.deliver(make_message(subject="Hello \udce9"))
    assert caught.value.header == "Subject"
    with pytest.raises(MessageBuildError):
        session.deliver(make_message(text="caf\udce9"))
    with pytest.raises(InvalidHeaderError) as caught:
        session.deliver(make_message(name="J\udce9 Doe"))
    assert caught.value.header == "To"
    session.deliver(make_message())
    assert len(smtp_server[1].messages) == 1


def test_opening_with_incomplete_settings(channel, settings, tmp_path):
    del settings["from"]
    with pytest.raises(ConfigError, match="from"):
        channel.open(Context(settings, tmp_path))


def test_export_writes_a_private_eml_that_parses_back(channel, settings, tmp_path,
                                                      make_message):
    session = channel.open(Context(settings, tmp_path))  # no host: export needs none
    folder = tmp_path / "out"
    message = make_message(draft_id="draft/../7 x")
    path = session.export(message, folder)
    assert path.parent == folder and path.name == "draft_.._7_x.eml"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    raw = path.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n")  # RFC 5322 line ends throughout
    msg = parse(raw)
    rendered = channel.render(message, settings)
    for name, value in rendered.headers:
        assert msg[name] == value
    assert msg["Subject"] == rendered.subject
    assert msg["X-Unsent"] == "1"
    assert msg["Message-ID"] and msg["Date"]
    assert text_of(msg) == rendered.text
    # A second export of the same draft never overwrites the first.
    second = session.export(message, folder)
    assert second.name == "draft_.._7_x-2.eml" and path.read_bytes() == raw


def test_export_refuses_injection_and_writes_nothing(channel, settings, tmp_path,
                                                     make_message):
    session = channel.open(Context(settings, tmp_path))
    with pytest.raises(HeaderInjectionError):
        session.export(make_message(subject="Hi\r\nBcc: x@example.com"), tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_session_is_usable_directly(smtp_settings, smtp_server, make_message):
    session = EmailSession(smtp_settings)
    session.deliver(make_message())
    session.close()
    assert len(smtp_server[1].messages) == 1


# The message bytes are written directly (message.py); what the server gets must read back.
def test_what_the_smtp_server_receives_reads_back(session, smtp_server, make_message):
    _, recorder = smtp_server
    cases = [("Jöns Ærø", "Grüße — 👋 " * 6, "Hallo,\nschön " * 30),
             ('Doe, "JD" Jane', "Plain subject", "short\n.\n")]
    for name, subject, text in cases:
        session.deliver(make_message(name=name, subject=subject, text=text))
    assert len(recorder.messages) == len(cases)
    for (name, subject, text), received in zip(cases, recorder.messages):
        assert received.content.isascii()
        msg = received.parsed()
        assert msg["Subject"] == subject
        assert msg["To"].addresses[0].display_name == name
        assert msg.get_content().replace("\r\n", "\n").startswith(text.rstrip())
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert msg["Message-ID"] and msg["Date"]
