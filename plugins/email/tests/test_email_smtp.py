"""SmtpSession against a real SMTP server on 127.0.0.1: every outcome classified."""

from __future__ import annotations

import socket
import time

import pytest

from orchestrator import secrets
from orchestrator.channels import (
    AmbiguousDeliveryError,
    PermanentDeliveryError,
    TransientDeliveryError,
)
from orchestrator_email.credentials import Password
from orchestrator_email.smtp import (
    Envelope,
    SmtpAmbiguousError,
    SmtpConfig,
    SmtpPermanentError,
    SmtpSession,
    SmtpTransientError,
    _data_payload,
)

MESSAGE = (b"From: ada@example.com\r\nTo: someone@example.com\r\nSubject: hi\r\n\r\n"
           b"Hello\r\n.a line starting with a dot\r\n")


def session_for(port: int, **config) -> SmtpSession:
    options = {"security": "none", "timeout": 3.0, "data_timeout": 0.5, **config}
    password = options.pop("password", None)
    return SmtpSession(SmtpConfig("127.0.0.1", port, **options), password)


def to(local: str) -> Envelope:
    return Envelope("ada@example.com", (f"{local}@example.com",))


@pytest.fixture
def session(smtp_server):
    controller, _ = smtp_server
    smtp = session_for(controller.port)
    yield smtp
    smtp.close()


def test_messages_arrive_intact_over_one_connection(smtp_server, session):
    _, recorder = smtp_server
    replies = [session.send(to(name), MESSAGE) for name in ("jane", "joe", "jill")]
    assert [r.code for r in replies] == [250, 250, 250]
    assert str(replies[0]) == "250 2.0.0 OK queued"
    assert [m.rcpt_tos for m in recorder.messages] == [
        ["jane@example.com"], ["joe@example.com"], ["jill@example.com"]]
    # Dot-stuffing is undone by the server: the body arrives as written.
    assert recorder.messages[0].content.replace(b"\r\n", b"\n") == MESSAGE.replace(b"\r\n", b"\n")
    assert recorder.connections == 1
    assert session.connections == 1


def test_close_sends_quit_and_is_idempotent(smtp_server):
    controller, recorder = smtp_server
    smtp = session_for(controller.port)
    smtp.send(to("jane"), MESSAGE)
    smtp.close()
    smtp.close()
    assert recorder.connections == 1


def test_a_connection_closed_by_the_server_while_idle_is_replaced(smtp_server, session):
    controller, recorder = smtp_server
    session.send(to("jane"), MESSAGE)
    recorder.close_connections(controller)
    time.sleep(0.05)
    session.send(to("joe"), MESSAGE)  # no error: the NOOP probe noticed, nothing was sent
    assert len(recorder.messages) == 2
    assert recorder.connections == 2


def test_connection_refused_is_transient(closed_port):
    smtp = session_for(closed_port)
    with pytest.raises(TransientDeliveryError) as caught:
        smtp.send(to("jane"), MESSAGE)
    assert isinstance(caught.value, SmtpTransientError)
    assert caught.value.stage == "connect"
    assert "could not connect to SMTP server 127.0.0.1" in str(caught.value)


def test_unknown_host_is_transient(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no DNS query leaves the machine
    smtp = SmtpSession(SmtpConfig("smtp.example.invalid", 25, "none", timeout=2))
    with pytest.raises(SmtpTransientError) as caught:
        smtp.send(to("jane"), MESSAGE)
    assert caught.value.stage == "connect"
    assert "host name not found" in str(caught.value)


def test_greeting_4xx_is_transient(greeting_server):
    with greeting_server(b"421 4.3.2 Too busy, come back later\r\n") as port:
        with pytest.raises(SmtpTransientError) as caught:
            session_for(port).send(to("jane"), MESSAGE)
    assert (caught.value.stage, caught.value.code) == ("connect", 421)
    assert "Too busy" in str(caught.value)


def test_greeting_5xx_is_permanent_and_ends_the_session_without_reconnecting(greeting_server):
    with greeting_server(b"554 5.7.1 No service for you\r\n") as port:
        smtp = session_for(port)
        with pytest.raises(SmtpPermanentError) as first:
            smtp.send(to("jane"), MESSAGE)
        with pytest.raises(SmtpPermanentError) as second:
            smtp.send(to("joe"), MESSAGE)
    assert (first.value.stage, first.value.code) == ("connect", 554)
    assert str(second.value) == str(first.value)
    assert smtp.connections == 0


def test_server_hanging_up_at_greeting_is_transient(greeting_server):
    with greeting_server(b"") as port:
        with pytest.raises(SmtpTransientError):
            session_for(port).send(to("jane"), MESSAGE)


def test_rcpt_4xx_is_transient_and_the_next_message_reconnects(smtp_server, session):
    _, recorder = smtp_server
    with pytest.raises(TransientDeliveryError) as caught:
        session.send(to("greylist"), MESSAGE)
    assert isinstance(caught.value, SmtpTransientError)
    assert (caught.value.stage, caught.value.code) == ("rcpt", 450)
    session.send(to("jane"), MESSAGE)
    assert recorder.connections == 2
    assert [m.rcpt_tos for m in recorder.messages] == [["jane@example.com"]]


def test_rcpt_5xx_is_permanent_and_the_session_goes_on_after_rset(smtp_server, session):
    _, recorder = smtp_server
    with pytest.raises(PermanentDeliveryError) as caught:
        session.send(to("unknown"), MESSAGE)
    assert (caught.value.stage, caught.value.code) == ("rcpt", 550)
    assert "No such user" in str(caught.value)
    session.send(to("jane"), MESSAGE)
    assert recorder.connections == 1
    assert [m.rcpt_tos for m in recorder.messages] == [["jane@example.com"]]


@pytest.mark.parametrize(("reply", "error", "code"), [
    ("451 4.3.0 Local error in processing", SmtpTransientError, 451),
    ("554 5.5.1 No valid recipients", SmtpPermanentError, 554),
])
def test_data_command_refused_before_the_body(smtp_server, session, reply, error, code):
    _, recorder = smtp_server
    recorder.data_command_reply = reply
    with pytest.raises(error) as caught:
        session.send(to("jane"), MESSAGE)
    assert (caught.value.stage, caught.value.code) == ("data", code)
    session.send(to("joe"), MESSAGE)
    assert [m.rcpt_tos for m in recorder.messages] == [["joe@example.com"]]


def test_final_4xx_is_transient(smtp_server, session):
    _, recorder = smtp_server
    with pytest.raises(TransientDeliveryError) as caught:
        session.send(to("later"), MESSAGE)
    assert (caught.value.stage, caught.value.code) == ("data-end", 451)
    assert recorder.messages == []


def test_final_5xx_is_permanent_and_the_connection_is_kept(smtp_server, session):
    _, recorder = smtp_server
    with pytest.raises(PermanentDeliveryError) as caught:
        session.send(to("spam"), MESSAGE)
    assert (caught.value.stage, caught.value.code) == ("data-end", 554)
    session.send(to("jane"), MESSAGE)
    assert recorder.connections == 1


def test_connection_dropped_after_the_data_is_ambiguous(smtp_server, session):
    _, recorder = smtp_server
    with pytest.raises(AmbiguousDeliveryError) as caught:
        session.send(to("drop"), MESSAGE)
    assert isinstance(caught.value, SmtpAmbiguousError)
    assert caught.value.stage == "data-end"
    assert "may or may not have been accepted" in str(caught.value)
    # Right to be careful: the server did get the message.
    assert [m.rcpt_tos for m in recorder.messages] == [["drop@example.com"]]
    session.send(to("jane"), MESSAGE)
    assert recorder.connections == 2


def test_no_final_reply_within_the_data_timeout_is_ambiguous(smtp_server, session):
    _, recorder = smtp_server
    started = time.monotonic()
    with pytest.raises(AmbiguousDeliveryError) as caught:
        session.send(to("slow"), MESSAGE)
    assert time.monotonic() - started < 1.4  # the data timeout (0.5 s), not the server's 1.5 s
    assert "timed out" in str(caught.value)
    assert len(recorder.messages) == 1
    session.send(to("jane"), MESSAGE)
    assert recorder.connections == 2


def test_login_with_the_password(smtp_server, smtp_password):
    controller, recorder = smtp_server
    smtp = session_for(controller.port, username="ada", password=Password(smtp_password))
    smtp.send(to("jane"), MESSAGE)
    smtp.close()
    assert recorder.logins and recorder.logins[0][0] == "ada"


def test_a_wrong_password_is_permanent_tried_once_and_never_shown(smtp_server):
    controller, recorder = smtp_server
    wrong = "wrong-Pa55word-xyz"
    smtp = session_for(controller.port, username="ada", password=Password(wrong))
    errors = []
    for name in ("jane", "joe"):
        with pytest.raises(SmtpPermanentError) as caught:
            smtp.send(to(name), MESSAGE)
        errors.append(caught.value)
    assert [(e.stage, e.code) for e in errors] == [("auth", 535), ("auth", 535)]
    # One login (smtplib tries each offered mechanism), not one per recipient: servers lock
    # accounts after repeated failures.
    assert recorder.connections == 1 and smtp.connections == 1
    for error in errors:
        assert wrong not in str(error) and wrong not in repr(error)
    assert wrong not in repr(smtp)
    assert secrets.mask(f"x {wrong} y") == "x ******** y"


def test_no_auth_offered_is_permanent(start_server, smtp_password):
    with start_server(auth_require_tls=True) as (controller, _):  # no AUTH over plain text
        smtp = session_for(controller.port, username="ada", password=Password(smtp_password))
        with pytest.raises(SmtpPermanentError) as caught:
            smtp.send(to("jane"), MESSAGE)
    assert caught.value.stage == "auth"


def test_starttls_missing_is_refused_not_downgraded(smtp_server):
    controller, recorder = smtp_server
    smtp = session_for(controller.port, security="starttls")
    with pytest.raises(SmtpPermanentError) as caught:
        smtp.send(to("jane"), MESSAGE)
    assert caught.value.stage == "starttls"
    assert "does not offer STARTTLS" in str(caught.value)
    assert recorder.messages == []


def test_smtputf8_address_needs_a_server_that_offers_it(ascii_smtp_server, smtp_server):
    envelope = Envelope("ada@example.com", ("jäne@example.com",), smtputf8=True)
    plain = session_for(ascii_smtp_server[0].port)
    with pytest.raises(SmtpPermanentError) as caught:
        plain.send(envelope, MESSAGE)
    assert caught.value.stage == "mail" and "SMTPUTF8" in str(caught.value)
    plain.send(to("jane"), MESSAGE)  # and the session goes on
    capable = session_for(smtp_server[0].port)
    capable.send(envelope, MESSAGE)
    received = smtp_server[1].messages[0]
    assert received.rcpt_tos == ["jäne@example.com"]
    assert "SMTPUTF8" in received.mail_options
    plain.close()
    capable.close()


def test_envelope_with_a_line_break_is_refused_before_sending(smtp_server, session):
    _, recorder = smtp_server
    with pytest.raises(PermanentDeliveryError):
        session.send(Envelope("ada@example.com", ("jane@example.com>\r\nRCPT TO:<x@y.z",)),
                     MESSAGE)
    session.send(to("jane"), MESSAGE)
    assert [m.rcpt_tos for m in recorder.messages] == [["jane@example.com"]]


def test_data_payload_normalizes_line_ends_and_stuffs_dots():
    assert _data_payload(b"a\nb\r.c\r\n.\r\n..d") == b"a\r\nb\r\n..c\r\n..\r\n...d\r\n.\r\n"
    assert _data_payload(b"") == b"\r\n.\r\n"


def test_starttls_then_login(tls_contexts, start_server, smtp_password):
    server_context, client_context = tls_contexts
    with start_server(tls_context=server_context, auth_require_tls=True) as (controller, recorder):
        smtp = SmtpSession(
            SmtpConfig("127.0.0.1", controller.port, "starttls", "ada", timeout=3),
            Password(smtp_password), ssl_context=client_context)
        smtp.send(to("jane"), MESSAGE)
        smtp.send(to("joe"), MESSAGE)
        smtp.close()
    assert len(recorder.messages) == 2
    assert recorder.logins[0][0] == "ada"
    assert recorder.connections == 1  # two EHLOs (before and after STARTTLS), one connection


def test_implicit_tls(tls_contexts, start_server):
    server_context, client_context = tls_contexts
    with start_server(ssl_context=server_context) as (controller, recorder):
        smtp = SmtpSession(SmtpConfig("127.0.0.1", controller.port, "tls", timeout=3),
                           ssl_context=client_context)
        smtp.send(to("jane"), MESSAGE)
        smtp.close()
    assert len(recorder.messages) == 1


def test_an_untrusted_certificate_is_permanent_and_nothing_is_sent(tls_contexts, start_server):
    server_context, _ = tls_contexts
    with start_server(tls_context=server_context) as (controller, recorder):
        # The default context (system CAs) does not trust the self-signed test certificate.
        smtp = SmtpSession(SmtpConfig("127.0.0.1", controller.port, "starttls", timeout=3))
        with pytest.raises(SmtpPermanentError) as caught:
            smtp.send(to("jane"), MESSAGE)
    assert caught.value.stage == "starttls"
    assert "certificate" in str(caught.value)
    assert recorder.messages == []
