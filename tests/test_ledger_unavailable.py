"""A ledger that cannot be used mid-command - a SQLite file another process keeps locked
past the busy timeout, a PostgreSQL server that goes away - ends the command with a clear
error and its exit code, never "internal error" (70), and nothing half-written."""

from __future__ import annotations

import sqlite3

import pytest

from orchestrator.ledger import backends
from orchestrator.testing import invoke


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    home = tmp_path / "ws"
    monkeypatch.setenv("OUTREACH_HOME", str(home))
    monkeypatch.delenv("OUTREACH_LEDGER_URL", raising=False)
    assert invoke(["init", "--name", "Robin Ashdown"]).exit_code == 0
    assert invoke(["contacts", "add", "--first", "Ada", "--email", "ada@example.com"]
                  ).exit_code == 0
    return home


def test_a_ledger_locked_past_the_busy_timeout_is_a_clear_error(workspace, monkeypatch):
    monkeypatch.setattr(backends, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(workspace / "ledger.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        result = invoke(["contacts", "add", "--first", "Bo", "--email", "bo@example.com"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 3, result.stderr
    assert "stayed locked by another outreach command" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    listed = invoke(["contacts", "list", "--json"]).json()
    assert [c["first_name"] for c in listed] == ["Ada"]  # nothing half-written


def test_a_postgresql_server_gone_mid_command_is_a_service_error(pg_url, workspace,
                                                                 monkeypatch):
    import psycopg

    monkeypatch.setenv("OUTREACH_LEDGER_URL", pg_url)
    assert invoke(["ledger", "status"]).exit_code == 0

    def gone(self, sql, params=()):
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(backends.PgConnection, "execute", gone)
    result = invoke(["contacts", "list"])
    assert result.exit_code == 5, result.stderr
    assert "lost the PostgreSQL ledger mid-command" in result.stderr
    assert "internal error" not in result.stderr
