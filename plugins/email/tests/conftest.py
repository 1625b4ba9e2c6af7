"""Fixtures for the email plugin: a real SMTP server on 127.0.0.1, a memory keyring, and a
real workspace driven through the ``outreach`` command line.

The server is aiosmtpd on an ephemeral port. Its handler records every message it accepts
and every connection (by the client's address, at EHLO), and injects faults chosen by the
recipient's local part, so one server can answer each message differently:

==============  ========================================================================
local part      what the server does
==============  ========================================================================
greylist        ``450`` to RCPT
greylist-once   ``450`` to the first RCPT of that address, then accepts it
unknown         ``550`` to RCPT
later           ``451`` as the final reply to the data (the message is not recorded)
spam            ``554`` as the final reply to the data (not recorded)
drop            records the message, then closes the connection without a final reply
slow            records the message, then waits past the client's data timeout
==============  ========================================================================

``server.data_command_reply`` makes the next DATA command fail before the body (``451``...).
``server.delay_seconds`` makes the server wait that long after recording each message and
before its final reply, as a busy server does, so that runs last long enough to overlap.
``server.hold_at = n`` holds the final reply to the n-th message until ``server.release`` is
set: the client then has handed that message over and waits for the answer - the moment a
SIGKILL leaves a delivery whose outcome nobody can know.

``email_workspace`` is a workspace whose ``[email]`` settings point at ``smtp_server``; it
imports people from a CSV, plans a campaign and writes each person's own note, all through
the real CLI (in-process), and starts real ``outreach`` subprocesses where processes matter.
``email_people(n)`` makes people whose recorded details (event, city, topic) are each
distinct, so the customization policy allows every reviewed draft.

No test reaches beyond 127.0.0.1 and none touches the system keyring (the guards
``loopback_only`` and ``memory_keyring`` of ``orchestrator.testing``, autouse here;
subprocesses get keyring's null backend). Tests get everything through fixtures (never
``from conftest import``), so they run under any ``--import-mode``.
"""

from __future__ import annotations

import asyncio
import csv
import email
import email.policy
import os
import socket
import ssl
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from attrs import define, evolve, field

from orchestrator.channels import OutboundMessage
from orchestrator.model import Contact, Identity
from orchestrator.testing import MemoryKeyring

SECRET = "test-unsubscribe-secret-0123456789"
PASSWORD = "s3cret-Pa55word!"


@define
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    peer: Any
    mail_options: list[str]

    def parsed(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.content, policy=email.policy.default)


@define
class Recorder:
    """The aiosmtpd handler: records and misbehaves on request."""

    messages: list[Received] = field(factory=list)
    ehlo_peers: list[Any] = field(factory=list)
    servers: list[SMTP] = field(factory=list)
    logins: list[tuple[str, str]] = field(factory=list)
    data_command_reply: str | None = None
    slow_seconds: float = 1.5
    delay_seconds: float = 0.0
    hold_at: int | None = None
    release: threading.Event = field(factory=threading.Event)
    greylisted: set[str] = field(factory=set)
    # Messages between their data and the final reply right now, and the most at once.
    answering: int = 0
    most_at_once: int = 0

    @property
    def connections(self) -> int:
        return len(set(self.ehlo_peers))

    def per_recipient(self) -> Counter[str]:
        """How many accepted messages each (lowercased) recipient address got."""
        return Counter(r.lower() for m in list(self.messages) for r in m.rcpt_tos)

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope,
                          hostname: str, responses: list[str]) -> list[str]:
        session.host_name = hostname  # the new-style hook must set it (aiosmtpd docs)
        self.ehlo_peers.append(session.peer)
        self.servers.append(server)
        return responses

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        local = address.split("@")[0].lower()
        if local == "greylist" or (local == "greylist-once"
                                   and address.lower() not in self.greylisted):
            self.greylisted.add(address.lower())
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
        self.answering += 1
        self.most_at_once = max(self.most_at_once, self.answering)
        try:
            if local == "slow":
                await asyncio.sleep(self.slow_seconds)
            if self.delay_seconds:
                await asyncio.sleep(self.delay_seconds)
            if self.hold_at is not None and len(self.messages) == self.hold_at:
                while not self.release.is_set():
                    await asyncio.sleep(0.005)
        finally:
            self.answering -= 1
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
        recorder.release.set()
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


@pytest.fixture(autouse=True)
def email_guards(loopback_only, memory_keyring: MemoryKeyring,
                 monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """For every test: loopback only and a memory keyring (``memory_keyring``, from
    orchestrator.testing), no password in the environment, a known unsubscribe secret."""
    monkeypatch.delenv("OUTREACH_EMAIL_PASSWORD", raising=False)
    monkeypatch.setenv("OUTREACH_EMAIL_UNSUBSCRIBE_SECRET", SECRET)
    return memory_keyring


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


# --- a workspace driven through the CLI -------------------------------------------------

EVENTS = (
    "Harvest Fair", "Cheese Week", "Orchard Summit", "Seafood Expo", "Dairy Forum",
    "Bakers Guild dinner", "Growers Market", "Food Hall opening", "Craft Beer Festival",
    "Coffee Roasters meetup", "Spice Traders conference", "Olive Oil tasting", "Farm Shop awards",
    "Wine Trade fair", "Deli Owners breakfast", "Butchers Guild lunch", "Honey Show",
    "Vegan Food Expo", "Street Food summit", "Grocers Forum", "Tea Masters workshop",
    "Chocolate Week", "Pasta Makers day", "Fishmongers conference", "Kombucha meetup",
    "Charcuterie Live", "Bread Expo", "Ice Cream Forum", "Cider Fest", "Seed Savers gathering",
    "Mushroom Growers day", "Rural Retail summit", "Foodtech Meetup", "Slow Food gathering",
    "Preserves Fair", "Herb Growers day", "Bakery Tech conference", "Dairy Goats show",
    "Oyster Festival", "Market Traders dinner",
)
TOPICS = (
    "sourdough starters", "raw-milk labelling", "cider apple blight", "mackerel quotas",
    "oat milk margins", "rye flour shortages", "polytunnel tomatoes", "pop-up stall rents",
    "hop prices", "single-origin beans", "saffron fraud", "cold-pressed yields", "loyalty cards",
    "cellar temperatures", "lunchtime footfall", "dry-aged beef", "varroa mites",
    "seitan suppliers", "card machine fees", "supplier invoices", "matcha grading",
    "cocoa futures", "bronze dies", "bycatch rules", "scoby hotels", "curing rooms",
    "steam ovens", "gelato stabilisers", "perry pears", "heirloom carrots",
)
CITIES = (
    "Galway", "Cork", "Kilkenny", "Killybegs", "Mallow", "Sligo", "Ennis", "Derry", "Dundalk",
    "Tralee", "Wexford", "Athlone", "Bray", "Carlow", "Clonmel", "Letterkenny", "Naas", "Navan",
    "Tullamore", "Westport",
)
FIRST_NAMES = (
    "Aoife", "Brian", "Ciara", "Declan", "Eimear", "Fionn", "Grainne", "Hugh", "Isolde",
    "Jarlath", "Keelin", "Liam", "Maeve", "Niall", "Orla", "Padraig", "Roisin", "Seamus", "Tara",
    "Ultan", "Vivienne", "Wallace", "Yvonne", "Zita", "Aisling",
)
LAST_NAMES = (
    "Byrne", "Walsh", "Ryan", "Doyle", "Kelly", "Murphy", "Brennan", "Quinn", "Nolan", "Farrell",
    "Duffy", "Lynch", "Healy", "Moran", "Keane", "Burke", "Hayes", "Foley", "Coyle", "Regan",
    "Daly", "Power", "Kenny", "Boyle", "Whelan", "Carey", "Dunne", "Hogan", "Flynn", "Barry",
    "Casey", "Conway", "Dolan", "Egan", "Fahy", "Gorman", "Hannon", "Joyce", "Kirwan", "Lacey",
)
NOTE_FRAMES = (
    "Good talking about {topic} at the {event} in {city}.",
    "At the {event} in {city} you walked me through {topic}.",
    "Your point on {topic} at the {event} ({city}) stayed with me.",
    "Since the {event} in {city} I keep thinking about what you said on {topic}.",
)

SENDER_NAME = "Robin Ashdown"
SENDER_FROM = "Robin Ashdown <robin@tidewater.example>"
REPLY_TO = "replies@tidewater.example"
POSTAL_ADDRESS = "Tidewater Analytics\n3 Quay Street\nGalway H91 XY12"
UNSUBSCRIBE = ("mailto:unsubscribe@tidewater.example "
               "https://tidewater.example/unsubscribe/{token}")
SUBJECT = "{{ contact.first_name }}, a note from Tidewater"
BODY = (
    "Hi {{ contact.first_name }},\n\n{{ personal_note }}\n\n"
    "I'm Robin from Tidewater; we forecast demand for small food shops, and I would be glad "
    "to compare notes.\n\n{{ sender.name }}"
)


@define
class Person:
    """Someone to write to, with what the user remembers about them (all distinct)."""

    index: int
    first: str
    last: str
    email: str
    event: str
    city: str
    topic: str
    tag: str = "focus"
    linkedin: str = ""

    @property
    def notes(self) -> str:
        return f"Met at the {self.event} in {self.city}; talked about {self.topic}."

    @property
    def note(self) -> str:
        """The personal sentence written in review: this person's own event and topic."""
        frame = NOTE_FRAMES[(self.index // len(EVENTS)) % len(NOTE_FRAMES)]
        return frame.format(topic=self.topic, event=self.event, city=self.city)


def make_people(count: int, *, start: int = 0, tag: str = "focus",
                emails: dict[int, str] | None = None) -> list[Person]:
    """``count`` people; (event, topic) pairs are unique for up to 1,200 of them.

    ``emails`` replaces the address of the person at that position (fault injection by the
    server: ``{3: "spam@shop.example"}``)."""
    people = []
    for i in range(start, start + count):
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        person = Person(
            index=i, first=first, last=LAST_NAMES[(i // len(FIRST_NAMES)) % len(LAST_NAMES)],
            email=f"p{i:04d}.{first.lower()}@shops.example", event=EVENTS[i % len(EVENTS)],
            city=CITIES[(i // 3) % len(CITIES)],
            topic=TOPICS[(i // len(EVENTS) + i) % len(TOPICS)], tag=tag)
        if emails and (i - start) in emails:
            person = evolve(person, email=emails[i - start])
        people.append(person)
    return people


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\r", "\\r").replace("\n", "\\n") + '"'


class EmailWorkspace:
    """A workspace sending to the test SMTP server, driven like a user drives it."""

    def __init__(self, home: Path, port: int, server: Recorder,
                 run_cli: Callable[..., Any]) -> None:
        self.home = home
        self.port = port
        self.server = server
        self._run_cli = run_cli
        self.email: dict[str, Any] = {}

    # --- set-up -----------------------------------------------------------------------

    def configure(self, **changes: Any) -> None:
        """Write config.toml: the default [email] table with ``changes`` (None removes)."""
        email_settings = {
            "host": "127.0.0.1", "port": self.port, "security": "none", "from": SENDER_FROM,
            "reply_to": REPLY_TO, "postal_address": POSTAL_ADDRESS, "unsubscribe": UNSUBSCRIBE,
            "timeout": 10, "data_timeout": 10, "daily_cap": 1000,
        }
        for key, value in changes.items():
            if value is None:
                email_settings.pop(key, None)
            else:
                email_settings[key] = value
        self.email = email_settings
        lines = ["[sender]", f"name = {_toml_value(SENDER_NAME)}",
                 'headline = "Founder of Tidewater Analytics"', "", "[email]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in email_settings.items()]
        (self.home / "config.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def add_campaign(self, name: str = "intro", *, tag: str = "focus", mode: str | None = None,
                     subject: str = SUBJECT, body: str = BODY, schedule: str | None = None,
                     channel: str = "email", kind: str = "email") -> None:
        lines = [f"name = {_toml_value(name)}"]
        if schedule:
            lines += [f"schedule = {_toml_value(schedule)}", 'timezone = "Europe/Dublin"']
        lines += ["[audience]", f"tags = [{_toml_value(tag)}]", "", "[[steps]]",
                  f"channel = {_toml_value(channel)}", f"kind = {_toml_value(kind)}"]
        if mode:
            lines.append(f"mode = {_toml_value(mode)}")
        if subject:
            lines.append(f"subject = {_toml_value(subject)}")
        lines.append(f'body = """{body}"""')
        (self.home / "campaigns" / f"{name}.toml").write_text("\n".join(lines) + "\n",
                                                              encoding="utf-8")

    def import_people(self, people: list[Person], name: str = "people") -> Path:
        """``outreach import csv`` of a CSV with First Name, Last Name, Email, Notes, Tags
        (and LinkedIn, when someone has a profile)."""
        path = self.home.parent / f"{name}.csv"
        linkedin = any(p.linkedin for p in people)
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["First Name", "Last Name", "Email", "Notes", "Tags"]
                            + ["LinkedIn"] * linkedin)
            for p in people:
                writer.writerow([p.first, p.last, p.email, p.notes, p.tag]
                                + [p.linkedin] * linkedin)
        self.cli("import", "csv", path)
        return path

    def plan(self, campaign: str = "intro") -> dict:
        return self.cli("plan", campaign, "--json").json()

    def review(self, plan: dict, people: list[Person]) -> None:
        """``outreach review PLAN --note DRAFT TEXT ...``: each person's own sentence."""
        by_address = {p.email.lower(): p for p in people}
        pairs: list[str] = []
        for draft in plan["drafts"]:
            person = by_address.get(draft["recipient"]["key"])
            if person is not None:
                pairs += ["--note", draft["id"], person.note]
        self.cli("review", plan["plan_id"], *pairs)

    def reviewed_plan(self, people: list[Person], campaign: str = "intro") -> str:
        """Plan, review and preview: every draft of ``people`` allowed. Returns the plan id."""
        plan = self.plan(campaign)
        self.review(plan, people)
        drafts = self.cli("preview", plan["plan_id"], "--json").json()["drafts"]
        refused = {d["id"]: [r["code"] for r in d["reasons"]] for d in drafts
                   if d["verdict"] != "allow"}
        assert not refused, f"the policy refused test drafts: {refused}"
        assert len(drafts) == len(people)
        return plan["plan_id"]

    # --- running ----------------------------------------------------------------------

    def cli(self, *args: Any, code: int | None = 0, env: dict[str, str] | None = None,
            input: str | None = None):
        """``outreach ARGS`` in-process; asserts the exit code unless ``code`` is None."""
        result = self._run_cli(*args, env=env, input=input)
        if code is not None:
            assert result.exit_code == code, (args, result.exit_code, result.stdout,
                                              result.stderr)
        return result

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "OUTREACH_HOME": str(self.home),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}

    def command(self, *args: Any) -> list[str]:
        return [sys.executable, "-m", "orchestrator", *map(str, args)]

    def spawn(self, *args: Any) -> subprocess.Popen:
        """``outreach ARGS`` as a real process (stdout and stderr captured)."""
        return subprocess.Popen(self.command(*args), env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    def run(self, *args: Any, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args), env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def deliveries(self, *states: str) -> list[dict]:
        args = [a for s in states for a in ("--state", s)]
        return self.cli("deliveries", "list", *args, "--json").json()


@pytest.fixture
def email_people() -> Callable[..., list[Person]]:
    """``email_people(n, start=0, tag="focus", emails={index: address})``."""
    return make_people


@pytest.fixture
def email_workspace(outreach_home: Path, run_cli, smtp_server) -> EmailWorkspace:
    """A fresh workspace configured for ``smtp_server``, with the campaign ``intro``."""
    controller, recorder = smtp_server
    workspace = EmailWorkspace(outreach_home, controller.port, recorder, run_cli)
    workspace.cli("init", "--name", SENDER_NAME)
    workspace.configure()
    workspace.add_campaign()
    return workspace


# --- a real IMAP server (Dovecot), for replies in -------------------------------------------


@pytest.fixture(scope="session")
def dovecot():
    """Dovecot on 127.0.0.1 for the session (skips, saying why, where it is not installed)."""
    from imap_server import DOVECOT, SKIP_REASON, Dovecot

    if DOVECOT is None:
        pytest.skip(SKIP_REASON)
    server = Dovecot().start()
    yield server
    server.close()


@pytest.fixture
def mailbox(dovecot, monkeypatch):
    """A fresh, empty mailbox on ``dovecot``; its password is $OUTREACH_IMAP_PASSWORD."""
    box = dovecot.add_user()
    monkeypatch.setenv("OUTREACH_IMAP_PASSWORD", box.password)
    return box
