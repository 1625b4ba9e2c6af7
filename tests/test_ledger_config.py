"""Pointing a workspace at a team's PostgreSQL ledger: where the URL and its password come
from, and the clear refusals when they are wrong (never a traceback, never the password).

The suite's server trusts its superuser; this module adds a role that must log in with a
password (scram-sha-256, a pg_hba.conf line of its own), as a team's server would ask.
"""

from __future__ import annotations

import uuid

import pytest

from orchestrator.secrets import KEYRING_SERVICE
from orchestrator.testing import invoke

ROLE = "teammate"
PASSWORD = "tide-" + uuid.uuid4().hex[:10]


@pytest.fixture(scope="module")
def team_server(postgres_server):
    """The suite's server, with a role that needs a password, owning a database of its own."""
    import psycopg

    server = postgres_server
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        conn.execute(f"CREATE DATABASE team_ledger OWNER {ROLE}")
    hba = server.data / "pg_hba.conf"
    hba.write_text(f"host all {ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    server._run(str(server.bindir / "pg_ctl"), "-D", str(server.data), "reload")
    return server


@pytest.fixture
def url(team_server) -> str:
    return f"postgresql://{ROLE}@127.0.0.1:{team_server.port}/team_ledger"


@pytest.fixture
def workspace(tmp_path, monkeypatch, memory_keyring):
    home = tmp_path / "ws"
    monkeypatch.setenv("OUTREACH_HOME", str(home))
    for name in ("OUTREACH_LEDGER_URL", "PGPASSWORD", "PGPASSFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))  # not the machine's
    assert invoke(["init", "--name", "Robin Ashdown"]).exit_code == 0
    return home


def with_ledger_url(home, url: str) -> None:
    config = home / "config.toml"
    config.write_text(config.read_text() + f'\n[ledger]\nurl = "{url}"\n')


def status(env: dict | None = None):
    return invoke(["ledger", "status", "--json"], env=env)


def test_the_password_comes_from_the_keyring(workspace, url, memory_keyring):
    memory_keyring.set_password(KEYRING_SERVICE, f"ledger:{ROLE}@127.0.0.1", PASSWORD)
    with_ledger_url(workspace, url)
    result = status()
    assert result.exit_code == 0, result.stderr
    assert '"backend": "postgresql"' in result.stdout
    assert PASSWORD not in result.stdout + result.stderr


def test_the_password_comes_from_pgpassword(workspace, url):
    result = status({"OUTREACH_LEDGER_URL": url, "PGPASSWORD": PASSWORD})
    assert result.exit_code == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr


def test_without_a_password_the_refusal_says_where_to_put_one(workspace, url):
    result = status({"OUTREACH_LEDGER_URL": url})
    assert result.exit_code == 3
    assert "cannot open the PostgreSQL ledger" in result.stderr
    assert "PGPASSWORD" in result.stderr and "keyring" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_password_written_in_config_toml_is_refused_and_never_shown(workspace, team_server):
    with_ledger_url(workspace, f"postgresql://{ROLE}:{PASSWORD}@127.0.0.1:"
                               f"{team_server.port}/team_ledger")
    result = status()
    assert result.exit_code == 3
    assert "holds a password" in result.stderr and "keyring" in result.stderr
    assert PASSWORD not in result.stdout + result.stderr


def test_a_url_of_another_kind_is_refused(workspace):
    with_ledger_url(workspace, "mysql://robin@127.0.0.1/outreach")
    result = status()
    assert result.exit_code == 3
    assert "'mysql' is not a ledger this tool knows" in result.stderr


def test_outreach_ledger_url_wins_over_config_toml(workspace, url, pg_url):
    with_ledger_url(workspace, url)  # needs a password nobody gave: would fail
    result = status({"OUTREACH_LEDGER_URL": pg_url})
    assert result.exit_code == 0, result.stderr
    assert pg_url.rsplit("/", 1)[1] in result.stdout


def test_without_either_the_workspace_keeps_its_own_sqlite_file(workspace):
    result = status()
    assert result.exit_code == 0, result.stderr
    assert '"backend": "sqlite"' in result.stdout
    assert (workspace / "ledger.db").exists()
