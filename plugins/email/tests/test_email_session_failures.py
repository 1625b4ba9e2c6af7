"""Which SMTP failures are the session's (the core's circuit breaker counts them) and which
are one message's (retried for that message only), against real loopback servers."""

from __future__ import annotations

import socket

import pytest

from orchestrator.api import ChannelUnavailable, TransientDeliveryError
from orchestrator_email.channel import EmailChannel, EmailSession, SettingsNotReady
from orchestrator_email.smtp import (
    Envelope,
    SmtpConfig,
    SmtpSession,
    SmtpTransientError,
    SmtpUnavailableError,
)

MESSAGE = b"From: ada@example.com\r\nTo: jane@example.com\r\nSubject: hi\r\n\r\nHello\r\n"


def session_for(port: int, **config) -> SmtpSession:
    options = {"security": "none", "timeout": 0.5, "data_timeout": 0.5, **config}
    return SmtpSession(SmtpConfig("127.0.0.1", port, **options))


def to(local: str) -> Envelope:
    return Envelope("ada@example.com", (f"{local}@example.com",))


def test_a_refused_connection_is_a_session_failure(closed_port):
    with pytest.raises(ChannelUnavailable) as caught:
        session_for(closed_port).send(to("jane"), MESSAGE)
    assert isinstance(caught.value, SmtpTransientError) and caught.value.stage == "connect"


def test_a_server_that_never_greets_is_a_session_failure():
    with socket.create_server(("127.0.0.1", 0)) as silent:
        with pytest.raises(SmtpUnavailableError) as caught:
            session_for(silent.getsockname()[1]).send(to("jane"), MESSAGE)
    assert caught.value.stage == "connect" and "timed out" in str(caught.value)


def test_a_421_greeting_is_a_session_failure(greeting_server):
    with greeting_server(b"421 4.3.2 shutting down\r\n") as port:
        with pytest.raises(ChannelUnavailable) as caught:
            session_for(port).send(to("jane"), MESSAGE)
    assert caught.value.code == 421


def test_a_421_to_a_recipient_is_a_session_failure_but_450_is_the_messages(start_server):
    with start_server() as (controller, recorder):
        smtp = session_for(controller.port)
        with pytest.raises(SmtpTransientError) as greylisted:
            smtp.send(to("greylist"), MESSAGE)
        assert not isinstance(greylisted.value, ChannelUnavailable)
        assert greylisted.value.code == 450
        recorder.data_command_reply = "421 4.3.0 closing the channel"
        with pytest.raises(ChannelUnavailable) as closing:
            smtp.send(to("jane"), MESSAGE)
        assert closing.value.code == 421 and closing.value.stage == "data"
        smtp.close()


def test_a_refused_login_is_a_session_failure_for_the_runner(smtp_settings, monkeypatch,
                                                            start_server, make_message):
    monkeypatch.setenv("OUTREACH_EMAIL_PASSWORD", "wrong")
    with start_server() as (controller, _):
        session = EmailSession({**smtp_settings, "port": controller.port, "username": "ada"})
        with pytest.raises(SettingsNotReady) as caught:
            session.deliver(make_message())
    assert isinstance(caught.value, ChannelUnavailable)
    assert isinstance(caught.value, TransientDeliveryError) and caught.value.retry_after == 0
    assert "535" in str(caught.value)


def test_the_preview_render_fails_as_the_export_does(settings, make_message, tmp_path):
    message = make_message(name="Eve\x07 Doe")
    with pytest.raises(Exception) as rendered:
        EmailChannel().render(message, settings)
    with pytest.raises(Exception) as exported:
        EmailSession(settings).export(message, tmp_path)
    assert type(rendered.value) is type(exported.value)
    assert str(rendered.value) == str(exported.value)
    assert "control character (U+0007)" in str(rendered.value)
