"""The test kit itself (orchestrator.testing): the guards hold, the fake clock moves only
when told to, and the channel conformance suite passes a good channel and fails broken ones
with a message that says what to fix."""

from __future__ import annotations

import socket
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

import keyring
import keyring.backend
import keyring.errors
import pytest

from orchestrator.channels import (
    ChannelManifest,
    KindSpec,
    OutboundMessage,
    Quota,
    RenderedMessage,
    Setting,
)
from orchestrator.model import Contact, Identity
from orchestrator.testing import (
    ChannelConformance,
    FakeClock,
    MemoryKeyring,
    NetworkBlocked,
    NetworkGuard,
    guard_network,
    is_sentence,
)

pytest_plugins = ["pytester"]


# --- a good channel, and broken variants of it -----------------------------------------

class GoodChannel:
    """A small, well-behaved channel: the core enforces its quota and validates daily_cap."""

    name = "pigeon"

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:
        return ChannelManifest(
            name="pigeon", platform="pigeon", title="Carrier pigeon",
            kinds=(KindSpec("note", modes=("api", "export"), max_length=280),
                   KindSpec("letter", modes=("assisted",), has_subject=True,
                            max_subject_length=80, first_contact=False)),
            quotas=(Quota(limit=20, window=timedelta(days=1), name="notes per day",
                          kinds=("note",), setting="daily_cap"),),
            min_interval=timedelta(seconds=30),
            settings=(Setting("daily_cap", "Most notes per 24 hours", default=20),
                      Setting("loft", "Where the birds live", required=True),
                      Setting("token", "Loft key", secret=True)),
        )

    def problems(self, settings: Mapping[str, Any], step_mode: str) -> list[str]:
        if not settings.get("loft"):
            return ['Add loft = "..." under [pigeon] in config.toml (where the birds live).']
        return []

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        return RenderedMessage(text=f"{message.text}\n\n-- sent by pigeon",
                               subject=message.subject,
                               link=f"https://pigeon.example/{message.recipient.key}")

    def recipient(self, contact: Contact) -> Identity | None:
        return contact.identity("pigeon")


GOOD_SETTINGS = {"loft": "Galway", "daily_cap": 20}


class TestGoodChannelConformance(ChannelConformance):
    """The suite passes a good channel (and is collected when subclassed)."""

    channel = GoodChannel()
    settings = GOOD_SETTINGS


class TestChannelWithoutRecipientConformance(ChannelConformance):
    """Without recipient(), the core's default (contact.identity(platform)) is checked."""

    class Channel(GoodChannel):
        recipient = None  # type: ignore[assignment]

    channel = Channel()
    settings = GOOD_SETTINGS


def suite_for(channel: Any, settings: Mapping[str, Any] = GOOD_SETTINGS) -> ChannelConformance:
    class Suite(ChannelConformance):
        pass

    Suite.channel = channel
    Suite.settings = settings
    return Suite()


def fails(check, *fragments: str) -> str:
    """Run one check; it must fail with every fragment in its message."""
    with pytest.raises(AssertionError) as caught:
        check()
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


class ParsingManifest(GoodChannel):
    """Parses its quota setting itself: raises on a bad value (the core's job)."""

    def manifest(self, settings):
        cap = int(settings.get("daily_cap") or 20)
        good = super().manifest(settings)
        return ChannelManifest(name=good.name, platform=good.platform, title=good.title,
                               kinds=good.kinds, settings=good.settings,
                               quotas=(Quota(limit=cap, window=timedelta(days=1),
                                             name="notes per day", setting="daily_cap"),))


def test_a_manifest_that_parses_settings_fails_naming_the_key_and_value():
    message = fails(suite_for(ParsingManifest()).test_manifest_never_raises_on_bad_setting_values,
                    "pigeon: manifest() raised ValueError for daily_cap='abc'",
                    "the core validates setting values; declare Quota(setting=...) instead "
                    "of parsing")
    assert "daily_cap='1e9'" in message  # every failing value is listed, not just the first
    assert "loft=" not in message  # settings it does not parse are fine


def test_a_manifest_that_needs_a_setting_fails_with_an_empty_mapping():
    class NeedsLoft(GoodChannel):
        def manifest(self, settings):
            settings["loft"]  # noqa: B018 - a KeyError without it
            return super().manifest(settings)

    fails(suite_for(NeedsLoft()).test_manifest_never_raises_on_bad_setting_values,
          "manifest() raised KeyError for an empty mapping")


@pytest.mark.parametrize(("change", "fragment"), [
    (dict(name="carrier"), "name is 'carrier'; it must equal the channel's name 'pigeon'"),
    (dict(kinds=()), "declares no kinds"),
    (dict(kinds=(KindSpec("note", modes=("api",)), KindSpec("note", modes=("export",)))),
     "kinds declared twice: ['note']"),
    (dict(kinds=(KindSpec("note", modes=("api",), max_length=0),)),
     "max_length=0; it must be a positive int or None"),
    (dict(quotas=(Quota(limit=0, window=timedelta(days=1), name="none"),)),
     "quota 'none' has limit=0"),
    (dict(quotas=(Quota(limit=5, window=timedelta(0), name="instant"),)),
     "quota 'instant' has window=datetime.timedelta(0)"),
    (dict(quotas=(Quota(limit=5, window=timedelta(days=1), name="odd", scope="team"),)),
     "scope='team'"),
    (dict(quotas=(Quota(limit=5, window=timedelta(days=1), name="ghost", kinds=("fax",)),)),
     "names kinds the manifest does not declare: ['fax']"),
    (dict(quotas=(Quota(limit=5, window=timedelta(days=1), name="cap", setting="cap"),)),
     "setting='cap', which is not a declared Setting"),
    (dict(settings=(Setting("token", secret=True, default="hunter2"),)),
     "secret setting 'token' has a default"),
    (dict(settings=(Setting("loft"), Setting("loft"))), "settings declared twice: ['loft']"),
    (dict(settings=(Setting("since", default=datetime(2026, 1, 1)),)),
     "as_json() is not JSON-serialisable"),
    (dict(min_interval=timedelta(seconds=-1)), "min_interval"),
])
def test_an_invalid_manifest_fails(change, fragment):
    class Invalid(GoodChannel):
        def manifest(self, settings):
            good = super().manifest(settings)
            fields = dict(name=good.name, platform=good.platform, title=good.title,
                          kinds=good.kinds, quotas=(), settings=good.settings)
            fields.update(change)
            return ChannelManifest(**fields)

    fails(suite_for(Invalid()).test_manifest_is_valid, fragment)


def test_a_render_that_drops_the_text_fails():
    class Dropping(GoodChannel):
        def render(self, message, settings):
            return RenderedMessage(text="Hello from the loft!")

    fails(suite_for(Dropping()).test_render_keeps_the_text,
          "pigeon: render() of a note/api message dropped or changed the reviewed text")


def test_a_render_that_is_not_deterministic_fails():
    class Random(GoodChannel):
        def render(self, message, settings):
            return RenderedMessage(text=f"{message.text} [{uuid.uuid4()}]")

    fails(suite_for(Random()).test_render_is_deterministic,
          "render() of the same note/api message gave two different results")


def test_a_render_that_raises_names_the_call():
    class Raising(GoodChannel):
        def render(self, message, settings):
            raise KeyError("loft")

    fails(suite_for(Raising()).test_render_keeps_the_text,
          "pigeon: render(note/api message) raised KeyError")


def test_a_channel_that_counts_what_it_renders_fails():
    class Counting(GoodChannel):
        def __init__(self):
            self.rendered = 0

        def render(self, message, settings):
            self.rendered += 1
            footer = "\n(daily limit reached)" if self.rendered > 20 else ""
            return RenderedMessage(text=message.text + footer)

    fails(suite_for(Counting()).test_rendering_many_messages_changes_nothing,
          "render() changed after rendering 50 messages", "must not count or throttle")


def test_a_recipient_on_another_platform_fails():
    class WrongPlatform(GoodChannel):
        def recipient(self, contact):
            return Identity("email", "jane@example.com")

    fails(suite_for(WrongPlatform()).test_recipient_is_on_the_platform,
          "recipient() returned an identity on 'email', not on the manifest's platform "
          "'pigeon'")


def test_a_recipient_from_other_platforms_only_fails():
    class AnyIdentity(GoodChannel):
        def recipient(self, contact):
            mine = contact.identity("pigeon")
            return mine or (contact.identities[0] if contact.identities else None)

    fails(suite_for(AnyIdentity()).test_recipient_is_on_the_platform,
          "recipient() of a contact known only on other platforms")


def test_problems_that_are_not_sentences_fail():
    class Terse(GoodChannel):
        def problems(self, settings, step_mode):
            return ["missing loft"]

    fails(suite_for(Terse()).test_problems_are_sentences,
          "problems(settings, 'api') returned 'missing loft', which is not a sentence")


def test_problems_that_are_not_a_list_fail():
    class Text(GoodChannel):
        def problems(self, settings, step_mode):
            return "Add loft."

    fails(suite_for(Text()).test_problems_are_sentences, "returned str, not a list")


@pytest.mark.parametrize("text", [
    "Add loft = \"Galway\" under [pigeon] in config.toml.",
    "Log in with `outreach pigeon login` (or set $PIGEON_TOKEN).",
    "Is the loft right?",
    "daily_cap must be a whole number of at least 1.",
    "`outreach pigeon login` first.",
])
def test_sentences(text):
    assert is_sentence(text)


@pytest.mark.parametrize("text", ["", "missing loft", "Add loft", " Add loft.", "add loft.",
                                  None, 3])
def test_not_sentences(text):
    assert not is_sentence(text)


def test_a_channel_that_sleeps_fails_even_when_it_swallows_the_error():
    class Sleepy(GoodChannel):
        def render(self, message, settings):
            try:
                time.sleep(1)  # would really wait a second without the suite's guard
            except Exception:
                pass
            return super().render(message, settings)

    started = time.monotonic()
    fails(suite_for(Sleepy()).test_never_sleeps,
          "pigeon: render(note/api message) called time.sleep(1): a channel must not sleep")
    assert time.monotonic() - started < 1
    assert time.sleep.__module__ == "time"  # the real sleep is back


def test_the_suite_fails_clearly_without_a_channel():
    fails(suite_for(None).test_manifest_is_valid, "set channel = YourChannel()")


def test_the_base_class_is_not_collected_and_subclasses_are(pytester):
    pytester.makepyfile(test_inner_conformance="""
        from orchestrator.testing import ChannelConformance as TestBaseConformance
        from orchestrator.testing import FakeChannel

        class TestFakeChannelConformance(TestBaseConformance):
            channel = FakeChannel()
            settings = {}

        class TestNotCollected(TestBaseConformance):
            __test__ = False
    """)
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:xdist")
    result.assert_outcomes(passed=len([n for n in dir(ChannelConformance)
                                       if n.startswith("test_")]))


def test_the_kit_forces_nothing_autouse(pytester):
    pytester.makepyfile(test_inner_nothing_forced="""
        def test_no_guard_or_clock_unless_asked(request):
            kit = {"loopback_only", "memory_keyring", "fake_clock", "outreach_home"}
            assert not kit & set(request.fixturenames)
    """)
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:xdist")
    result.assert_outcomes(passed=1)


# --- the network guard ---------------------------------------------------------------------

def test_this_suite_runs_every_test_guarded(request):
    assert {"loopback_only", "memory_keyring"} <= set(request.fixturenames)


@pytest.fixture
def recorded_socket(monkeypatch):
    """socket.socket.connect/connect_ex and getaddrinfo replaced by recorders (under the
    guard they would otherwise be the real ones): nothing can leave the machine."""
    calls: list[tuple[str, Any]] = []

    def connect(self, address):
        calls.append(("connect", address))

    def connect_ex(self, address):
        calls.append(("connect_ex", address))
        return 0

    def getaddrinfo(host, *args, **kwargs):
        calls.append(("getaddrinfo", host))
        return []

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return calls


def test_the_guard_refuses_other_hosts_before_any_packet(recorded_socket, monkeypatch):
    guard = NetworkGuard().install(monkeypatch.setattr)  # what the loopback_only fixture does
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(OSError, match="test tried to reach the network"):
            sock.connect(("192.0.2.1", 443))
        with pytest.raises(NetworkBlocked):
            sock.connect_ex(("example.com", 80))
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
        with pytest.raises(NetworkBlocked):
            sock.connect(("2001:db8::1", 443, 0, 0))
    with pytest.raises(OSError, match="test tried to resolve 'api.x.com'"):
        socket.getaddrinfo("api.x.com", 443)
    assert recorded_socket == []  # the real functions were never reached
    assert guard.blocked == [("192.0.2.1", 443), ("example.com", 80),
                             ("2001:db8::1", 443, 0, 0), "api.x.com"]


def test_the_guard_lets_loopback_through(recorded_socket, monkeypatch):
    NetworkGuard().install(monkeypatch.setattr)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect(("127.0.0.1", 8025))
        sock.connect(("localhost", 8025))
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
        sock.connect_ex(("::1", 8025, 0, 0))
    socket.getaddrinfo("localhost", 25)
    socket.getaddrinfo(None, 25)
    assert [c[0] for c in recorded_socket] == ["connect", "connect", "connect_ex", "getaddrinfo",
                                               "getaddrinfo"]


def test_guard_network_restores_the_socket_functions(recorded_socket):
    before = (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo)
    with guard_network() as guard:
        with socket.socket() as sock, pytest.raises(NetworkBlocked):
            sock.connect(("192.0.2.1", 25))
    assert guard.blocked == [("192.0.2.1", 25)]
    assert (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo) == before
    assert recorded_socket == []


def test_a_real_loopback_connection_works_under_the_guard():
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            conn, _ = server.accept()
            conn.close()


# --- the memory keyring --------------------------------------------------------------------

def test_the_memory_keyring_stores_and_deletes(memory_keyring):
    assert keyring.get_keyring() is memory_keyring
    keyring.set_password("outreach-orchestrator", "probe", "value")
    assert memory_keyring.passwords == {("outreach-orchestrator", "probe"): "value"}
    assert memory_keyring.entries is memory_keyring.passwords
    assert memory_keyring.get_password("outreach-orchestrator", "probe") == "value"
    keyring.delete_password("outreach-orchestrator", "probe")
    assert keyring.get_password("outreach-orchestrator", "probe") is None
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password("outreach-orchestrator", "probe")


def test_each_test_gets_an_empty_keyring(memory_keyring):
    assert memory_keyring.passwords == {}


def test_keyring_never_picks_the_memory_keyring_on_its_own():
    assert MemoryKeyring not in set(keyring.backend.get_all_keyring() and
                                    keyring.backend.KeyringBackend.get_viable_backends())


# --- the fake clock ------------------------------------------------------------------------

def test_the_fake_clock_moves_only_when_told(fake_clock):
    start = fake_clock()
    assert start == datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    assert start.utcoffset() == timedelta(0)
    assert fake_clock() == start  # no real time passes
    assert fake_clock.advance(hours=2) == start + timedelta(hours=2)
    fake_clock.advance(90)
    fake_clock.advance(timedelta(minutes=1), seconds=30)
    assert fake_clock.now == start + timedelta(hours=2, minutes=3)
    assert fake_clock.time() == fake_clock.now.timestamp()


def test_the_fake_clock_records_sleeps_and_advances(fake_clock):
    start = fake_clock()
    fake_clock.sleep(60)
    fake_clock.sleep(0.25)
    fake_clock.sleep(-5)  # recorded, but time never goes back
    assert fake_clock.slept == [60, 0.25, -5]
    assert fake_clock() == start + timedelta(seconds=60.25)


def test_the_fake_clock_can_be_set_and_started_anywhere():
    clock = FakeClock(1_800_000_000.0)
    assert clock.time() == 1_800_000_000.0
    assert clock() == datetime.fromtimestamp(1_800_000_000, timezone.utc)
    clock.now = datetime(2026, 7, 6, 8, 0, tzinfo=timezone.utc)
    assert clock() == datetime(2026, 7, 6, 8, 0, tzinfo=timezone.utc)
    clock.now = datetime(2026, 7, 6, 8, 0)  # naive means UTC
    assert clock().tzinfo is not None and clock() == datetime(2026, 7, 6, 8, 0,
                                                              tzinfo=timezone.utc)
