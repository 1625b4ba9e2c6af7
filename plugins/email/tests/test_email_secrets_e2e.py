"""The SMTP password never leaves the login: not in output, logs, plans, exports or the ledger.

Each test runs the whole flow a user runs - import, plan, review, preview, send (with a
message the server refuses, so that error paths print too), deliveries, history - against a
server that requires the login, then searches every byte it can find for the password:
stdout and stderr of every command (with hook tracing on), ``ledger.db`` and its WAL,
``config.toml``, every file under the workspace and what the server received.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from orchestrator.cli.context import reset_plugins

USER = "ada"


def workspace_bytes(home: Path) -> dict[str, bytes]:
    """Every file of the workspace (ledger.db, -wal, -shm, config, exports...)."""
    return {str(p.relative_to(home)): p.read_bytes() for p in home.rglob("*") if p.is_file()}


def assert_nowhere(secret: str, texts: list[str], files: dict[str, bytes], server) -> None:
    needle = secret.encode()
    assert texts and files
    for text in texts:
        assert secret not in text, text
    for name, data in files.items():
        assert needle not in data, f"the password is in {name}"
    for received in server.messages:
        assert needle not in received.content
    assert server.logins and {user for user, _ in server.logins} == {USER}  # it did log in


def flow_before_send(ws, people) -> tuple[str, list[str]]:
    """Import, plan, review, preview; returns the plan id and every output."""
    outputs = [ws.cli("import", "csv", ws.import_people(people)).stdout]
    plan = ws.plan()
    outputs.append(ws.cli("plan", "intro", "--json").stdout)  # a second plan, shown as JSON
    ws.review(plan, people)
    outputs.append(ws.cli("preview", plan["plan_id"], "--json").stdout)
    outputs.append(ws.cli("preview", plan["plan_id"]).stdout)
    return plan["plan_id"], outputs


def after_send_outputs(ws) -> list[str]:
    outputs = [ws.cli("deliveries", "list", "--json").stdout, ws.cli("deliveries", "list").stdout,
               ws.cli("plans", "--json").stdout, ws.cli("plugins").stdout]
    for contact in ws.cli("contacts", "list", "--json").json():
        outputs.append(ws.cli("contacts", "show", contact["id"], "--json").stdout)
    return outputs


def test_the_password_from_the_environment_is_used_and_never_shown(
        email_workspace, email_people, smtp_password):
    ws = email_workspace
    ws.configure(username=USER)
    people = email_people(3, emails={1: "spam@cheese.example"})
    plan_id, outputs = flow_before_send(ws, people)
    env = {**ws.env, "OUTREACH_EMAIL_PASSWORD": smtp_password, "OUTREACH_TRACE_HOOKS": "1"}

    sent = subprocess.run(ws.command("send", plan_id), env=env, capture_output=True,
                          text=True, timeout=60)
    assert sent.returncode == 1, sent.stderr  # one message refused by the server
    assert "2 sent, 1 failed" in sent.stdout and "554" in sent.stdout
    assert "outreach: " in sent.stderr  # hook tracing really wrote to stderr
    outputs += [sent.stdout, sent.stderr] + after_send_outputs(ws)
    assert len(ws.server.messages) == 2
    assert_nowhere(smtp_password, outputs, workspace_bytes(ws.home), ws.server)


def test_a_password_stored_by_email_login_is_used_and_never_shown(
        email_workspace, email_people, smtp_password, memory_keyring):
    ws = email_workspace
    ws.configure(username=USER)
    login = ws.cli("email", "login", input=f"{smtp_password}\n{smtp_password}\n")
    assert memory_keyring.get_password("outreach-orchestrator", "email.password") == smtp_password
    people = email_people(3, emails={2: "spam@cheese.example"})
    plan_id, outputs = flow_before_send(ws, people)

    sent = ws.cli("send", plan_id, code=1, env={"OUTREACH_TRACE_HOOKS": "1"})
    reset_plugins()

    assert "2 sent, 1 failed" in sent.stdout
    outputs += [login.stdout, login.stderr, sent.stdout, sent.stderr] + after_send_outputs(ws)
    assert_nowhere(smtp_password, outputs, workspace_bytes(ws.home), ws.server)


def test_a_wrong_password_sends_nothing_shows_nothing_and_loses_nothing(
        email_workspace, email_people, smtp_password):
    ws = email_workspace
    ws.configure(username=USER)
    wrong = "not-the-Pa55word-at-all"
    people = email_people(3)
    plan_id, outputs = flow_before_send(ws, people)

    refused = ws.cli("send", plan_id, "--json", env={"OUTREACH_EMAIL_PASSWORD": wrong},
                     code=1)  # nothing sent, everything to retry

    summary = refused.json()
    assert (summary["sent"], summary["failed"], summary["retry_later"]) == (0, 0, 3)
    assert ws.server.messages == [] and ws.server.connections == 1  # one login, not one each
    rows = ws.deliveries()
    assert [r["state"] for r in rows] == ["planned"] * 3  # waiting for a working login
    assert all("535" in r["error"] and "outreach email login" in r["error"] for r in rows)
    outputs += [refused.stdout, refused.stderr] + after_send_outputs(ws)
    for text in outputs:
        assert wrong not in text and smtp_password not in text
    for name, data in workspace_bytes(ws.home).items():
        assert wrong.encode() not in data, name

    fixed = ws.cli("send", plan_id, "--json", env={"OUTREACH_EMAIL_PASSWORD": smtp_password})
    assert fixed.json()["sent"] == 3
    assert len(ws.server.messages) == 3
