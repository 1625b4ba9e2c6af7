"""Fixtures for the email plugin: a real SMTP server on 127.0.0.1, a memory keyring.

The server is aiosmtpd on an ephemeral port. Its handler records every message it accepts
and every connection (by the client's address, at EHLO), and injects faults chosen by the
recipient's local part, so one server can answer each message differently:

=============  =========================================================================
local part     what the server does
=============  =========================================================================
greylist       ``450`` to RCPT
unknown        ``550`` to RCPT
later          ``451`` as the final reply to the data (the message is not recorded)
spam           ``554`` as the final reply to the data (not recorded)
drop           records the message, then closes the connection without a final reply
slow           records the message, then waits past the client's data timeout
=============  =========================================================================

``server.data_command_reply`` makes the next DATA command fail before the body (``451``...).
No test reaches beyond 127.0.0.1 and none touches the system keyring. Tests get everything
through fixtures (never ``from conftest import``), so they run under any ``--import-mode``.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from attrs import define, field

from orchestrator.channels import OutboundMessage
from orchestrator.model import Contact, Identity

SECRET = "test-unsubscribe-secret-0123456789"
PASSWORD = "s3cret-Pa55word!"


@define
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    peer: Any
    mail_options: list[str]


@define
class Recorder:
    """The aiosmtpd handler: records and misbehaves on request."""

    messages: list[Received] = field(factory=list)
    ehlo_peers: list[Any] = field(factory=list)
    servers: list[SMTP] = field(factory=list)
    logins: list[tuple[str, str]] = field(factory=list)
    data_command_reply: str | None = None
    slow_seconds: float = 1.5

    @property
    def connections(self) -> int:
        return len(set(self.ehlo_peers))

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope,
                          hostname: str, responses: list[str]) -> list[str]:
        session.host_name = hostname  # the new-style hook must set it (aiosmtpd docs)
        self.ehlo_peers.append(session.peer)
        self.servers.append(server)
        return responses

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        local = address.split("@")[0].lower()
        if local == "greylist":
            return "450 4.2.0 Greylisted, try again later"
        if local == "unknown":
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        local = envelope.rcpt_tos[0].split("@")[0].lower()
        if local == "later":
            return "451 4.3.0 Try again later"
        if local == "spam":
            return "554 5.7.1 Message rejected as spam"
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or b""), session.peer,
                                      list(envelope.mail_options)))
        if local == "drop":
            server.transport.abort()
            return "250 OK"
        if local == "slow":
            await asyncio.sleep(self.slow_seconds)
        return "250 2.0.0 OK queued"

    def close_connections(self, controller: Controller) -> None:
        """Close every open connection from the server side (an idle timeout)."""
        done = threading.Event()

        def close_all() -> None:
            for server in self.servers:
                if server.transport is not None:
                    server.transport.close()
            done.set()

        controller.loop.call_soon_threadsafe(close_all)
        assert done.wait(5)


class FaultySMTP(SMTP):
    """aiosmtpd's server, able to refuse the DATA command itself (before the body)."""

    async def smtp_DATA(self, arg: str) -> None:
        reply = getattr(self.event_handler, "data_command_reply", None)
        if reply and self.envelope is not None and self.envelope.rcpt_tos:
            self.event_handler.data_command_reply = None
            await self.push(reply)
            return
        await super().smtp_DATA(arg)


class LoopbackController(Controller):
    """A Controller on 127.0.0.1 with a port the OS picks (aiosmtpd 1.4 needs a fixed one)."""

    def __init__(self, handler: Any, **kwargs: Any) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=0, server_hostname="mx.test",
                         **kwargs)

    def factory(self) -> SMTP:
        return FaultySMTP(self.handler, **self.SMTP_kwargs)

    def _trigger_server(self) -> None:
        # aiosmtpd connects to self.port to check the server is up: learn the real port first.
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def _authenticator(recorder: Recorder):
    def authenticate(server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            recorder.logins.append((login, mechanism))
            ok = login == "ada" and password == PASSWORD
            # handled=False: aiosmtpd then sends the 535 reply itself.
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)

    return authenticate


@contextmanager
def running_server(**smtp_kwargs: Any) -> Iterator[tuple[LoopbackController, Recorder]]:
    recorder = Recorder()
    smtp_kwargs.setdefault("authenticator", _authenticator(recorder))
    smtp_kwargs.setdefault("auth_require_tls", False)
    controller = LoopbackController(recorder, **smtp_kwargs)
    controller.start()
    try:
        yield controller, recorder
    finally:
        controller.stop()


@pytest.fixture
def start_server():
    """``with start_server(**aiosmtpd_options) as (controller, recorder):`` for odd servers."""
    return running_server


@pytest.fixture
def smtp_server() -> Iterator[tuple[LoopbackController, Recorder]]:
    with running_server() as server:
        yield server


@pytest.fixture
def ascii_smtp_server() -> Iterator[tuple[LoopbackController, Recorder]]:
    """A server that does not offer SMTPUTF8."""
    with running_server(enable_SMTPUTF8=False) as server:
        yield server


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def greeting_server():
    """``with greeting_server(b"421 busy\\r\\n") as port:`` a server that only greets."""
    return _greeting_server


@contextmanager
def _greeting_server(greeting: bytes) -> Iterator[int]:
    """A bare TCP server that answers each connection with ``greeting`` and hangs up."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.sendall(greeting)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        thread.join(5)
        listener.close()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: tests never read or write the system keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """For every test: a memory keyring, no password in the environment, a known
    unsubscribe secret. monkeypatch restores keyring's previous backend afterwards without
    making keyring look for the system one."""
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    keyring.set_keyring(backend)
    monkeypatch.delenv("OUTREACH_EMAIL_PASSWORD", raising=False)
    monkeypatch.setenv("OUTREACH_EMAIL_UNSUBSCRIBE_SECRET", SECRET)
    return backend


@pytest.fixture
def smtp_password() -> str:
    """The password the test server accepts for user ``ada``."""
    return PASSWORD


@pytest.fixture
def unsubscribe_secret() -> str:
    return SECRET


@pytest.fixture
def settings() -> dict[str, Any]:
    """Complete sender settings (no server): enough for render and export."""
    return {
        "from": "Ada Lovelace <ada@example.com>",
        "reply_to": "replies@example.com",
        "postal_address": "Ada Lovelace Ltd\n12 Example Street\nLondon W1 1AA",
        "unsubscribe": "mailto:unsubscribe@example.com, https://example.com/unsubscribe/{token}",
    }


@pytest.fixture
def smtp_settings(settings: dict[str, Any], smtp_server) -> dict[str, Any]:
    controller, _ = smtp_server
    return {**settings, "host": "127.0.0.1", "port": controller.port, "security": "none",
            "timeout": 5, "data_timeout": 0.5}


def outbound(address: str = "jane@example.com", *, display: str | None = None,
             name: str = "Jane Doe", subject: str | None = "Hello Jane",
             text: str = "Hi Jane,\n\nI liked your talk.\n\nAda", draft_id: str = "d1",
             key: str | None = None) -> OutboundMessage:
    """An outbound email as the core would hand it to the channel."""
    first, _, last = name.partition(" ")
    return OutboundMessage(
        draft_id=draft_id,
        idempotency_key=f"idem-{draft_id}",
        channel="email",
        kind="email",
        mode="api",
        recipient=Identity("email", key if key is not None else address.lower(),
                           display if display is not None else address),
        contact=Contact(first_name=first, last_name=last),
        subject=subject,
        text=text,
    )


@pytest.fixture
def make_message():
    return outbound


@pytest.fixture(scope="session")
def tls_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, str]:
    """A self-signed certificate for 127.0.0.1: (cert file, key file, cert PEM)."""
    pytest.importorskip("cryptography")
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    (folder / "cert.pem").write_bytes(cert_pem)
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return str(folder / "cert.pem"), str(folder / "key.pem"), cert_pem.decode()


@pytest.fixture
def tls_contexts(tls_certificate) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context that trusts only the test certificate)."""
    cert_file, key_file, cert_pem = tls_certificate
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cadata=cert_pem)
    return server, client
