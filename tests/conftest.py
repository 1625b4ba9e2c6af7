"""Shared set-up for core tests: a workspace, a fake channel, people with real details."""

from __future__ import annotations

import pytest

from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.model import Contact, Identity
from orchestrator.testing import FakeChannel, FakeChannelPlugin, FakeClock, fake_manifest

from core_details import DETAILS, note_for

BODY = ("Hi {{ contact.first_name }}, {% if personal_note %}{{ personal_note }} {% endif %}"
        "I'm Robin from Tidewater; we forecast demand for small food shops.")


# The kit's fake clock: starts Monday 2 November 2026, 09:00 UTC; advance(**kwargs), sleep().
Clock = FakeClock


class World:
    def __init__(self, make_app, *, manifest=None, people: int = 3, mode: str | None = None,
                 repeat: str | None = None, extra_steps: str = "", home=None) -> None:
        self.clock = Clock()
        self.channel = FakeChannel(manifest or fake_manifest())
        extra = {"home": home} if home is not None else {}
        self.app = make_app(extra_plugins=[FakeChannelPlugin(self.channel)], clock=self.clock,
                            **extra)
        self.app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
        campaigns = self.app.workspace.campaigns_dir
        mode_line = f'mode = "{mode}"\n' if mode else ""
        repeat_line = f'repeat = "{repeat}"\n' if repeat else ""
        (campaigns / "intro.toml").write_text(
            f'name = "intro"\n{repeat_line}[audience]\ntags = ["focus"]\n'
            f'[[steps]]\nchannel = "{self.channel.name}"\nkind = "message"\n{mode_line}'
            f'body = """{BODY}"""\n{extra_steps}')
        self.ids = []
        for index in range(people):
            event, city, topic = DETAILS[index % len(DETAILS)]
            self.ids.append(self.app.ledger.contacts.create(Contact(
                first_name=f"Person{index}", last_name="Example", tags=["focus"],
                notes=f"Met at the {event} in {city}; talked about {topic}.",
                identities=[Identity(self.channel.name, f"person{index}", f"person{index}")])))

    @property
    def campaign(self):
        return load_campaign(self.app.workspace.campaigns_dir / "intro.toml")

    def plan(self, *, review: bool = True) -> str:
        result = plan_campaign(self.app, self.campaign)
        if review:
            notes = {d.id: note_for(self.ids.index(d.contact_id)) for d in result.drafts}
            apply_review(self.app, result.plan_id, notes=notes)
        return result.plan_id

    def runner(self):
        from orchestrator.delivery.runner import Runner

        return Runner(self.app, sleep=self.clock.sleep)

    def states(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self.app.ledger.deliveries.list():
            out[row.state] = out.get(row.state, 0) + 1
        return out


@pytest.fixture
def world(make_app):
    """``world(**options)`` builds a :class:`World` on a fresh workspace."""

    def build(**options) -> World:
        return World(make_app, **options)

    return build


@pytest.fixture
def evaluations(monkeypatch) -> list[str]:
    """The ids of the batches the policy engine evaluates during the test."""
    seen: list[str] = []
    import orchestrator.policy.engine as engine

    real = engine.evaluate

    def counting(batch, extra=()):
        seen.append(batch.id)
        return real(batch, extra)

    monkeypatch.setattr(engine, "evaluate", counting)
    return seen


# --- the ledger's two backends ---------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test process (skips where none can run)."""
    from pg_server import serving

    yield from serving(pytest.skip)


@pytest.fixture
def pg_url(postgres_server) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return postgres_server.fresh_database()


@pytest.fixture
def ledger_backend(request) -> str:
    """Which ledger the workspaces of a test use; modules parametrize it (indirect)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path_factory, monkeypatch):
    """Each test its own user cache folder (plugin names, remembered verdicts), as each
    user has: a verdict one test computed never answers for another's patched checks."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def _ledger_on_backend(request, ledger_backend, monkeypatch):
    """Point every workspace of a test at a fresh PostgreSQL database when the test runs
    on that backend (OUTREACH_LEDGER_URL, as a team member's workspace would)."""
    monkeypatch.delenv("OUTREACH_LEDGER_URL", raising=False)
    if ledger_backend == "postgresql":
        monkeypatch.setenv("OUTREACH_LEDGER_URL", request.getfixturevalue("pg_url"))


@pytest.fixture
def fresh_ledger(request, ledger_backend, monkeypatch):
    """Call to start over with an empty ledger (a new PostgreSQL database) within a test:
    hypothesis examples share the test's fixtures, not its workspaces' folders."""
    def fresh() -> None:
        if ledger_backend == "postgresql":
            server = request.getfixturevalue("postgres_server")
            monkeypatch.setenv("OUTREACH_LEDGER_URL", server.fresh_database())

    return fresh

