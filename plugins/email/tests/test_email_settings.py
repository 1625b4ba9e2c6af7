"""The [email] settings: what each mode needs, and the password's origin."""

from __future__ import annotations

import logging

import pytest

from orchestrator import secrets
from orchestrator.errors import ConfigError
from orchestrator_email.credentials import Password, resolve_password
from orchestrator_email.settings import is_loopback, load_sender, load_smtp, problems

SMTP = {"host": "smtp.example.com", "username": "ada"}


def test_export_needs_only_the_sender_settings(settings):
    assert problems(settings, "export") == []
    sender = load_sender(settings)
    assert sender.sender.display == "Ada Lovelace <ada@example.com>"
    assert sender.reply_to.addr_spec == "replies@example.com"
    assert sender.postal_address.startswith("Ada Lovelace Ltd")


def test_reply_to_defaults_to_from(settings):
    del settings["reply_to"]
    sender = load_sender(settings)
    assert sender.reply_to == sender.sender


@pytest.mark.parametrize(("missing", "sentence"), [
    ("postal_address", 'Add postal_address = "..." under [email] in config.toml: CAN-SPAM '
                       "requires your postal address in every message."),
    ("from", 'Add from = "Ada Lovelace <ada@example.com>" under [email] in config.toml: '
             "every message needs a sender address."),
    ("unsubscribe", "Add unsubscribe = "),
])
def test_each_missing_sender_setting_is_one_sentence(settings, missing, sentence):
    del settings[missing]
    for mode in ("export", "api"):
        found = problems(settings, mode)
        assert any(p.startswith(sentence) for p in found), found
    with pytest.raises(ConfigError):
        load_sender(settings)


def test_api_mode_needs_a_host(settings):
    found = problems(settings, "api")
    assert found == ['Add host = "smtp.example.com" under [email] in config.toml: sending '
                     "needs your SMTP server (or use export mode to write .eml files)."]


def test_smtp_defaults(settings):
    config = load_smtp({**settings, "host": "smtp.example.com"})
    assert (config.host, config.port, config.security, config.username) == (
        "smtp.example.com", 587, "starttls", "")
    assert (config.timeout, config.data_timeout) == (30.0, 600.0)
    assert load_smtp({"host": "smtp.example.com", "security": "tls"}).port == 465
    assert load_smtp({"host": "smtp.example.com", "port": "2525", "timeout": 5}).port == 2525


@pytest.mark.parametrize("host", ["smtp.example.com", "192.0.2.10", "10.0.0.1"])
def test_security_none_is_refused_off_loopback(settings, host):
    found = problems({**settings, "host": host, "security": "none"}, "api")
    assert len(found) == 1
    assert 'security = "none" is only allowed for a loopback host' in found[0]
    assert host in found[0]
    with pytest.raises(ConfigError, match="loopback"):
        load_smtp({"host": host, "security": "none"})


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"])
def test_security_none_is_fine_on_loopback(host):
    assert is_loopback(host)
    assert load_smtp({"host": host, "security": "none"}).port == 25


@pytest.mark.parametrize(("setting", "value", "says"), [
    ("security", "ssl", '"starttls", "tls" or "none"'),
    ("port", 70000, "not a port number"),
    ("port", "smtp", "not a port number"),
    ("host", "smtp://smtp.example.com", "not a host name"),
    ("timeout", 0, "greater than 0"),
    ("timeout", "fast", "greater than 0"),
    ("data_timeout", -1, "greater than 0"),
    ("from", "Ada <ada@example.com>\r\nBcc: all@example.com", "line break"),
    ("reply_to", "Ada\u2028 <ada@example.com>", "line break"),
    ("reply_to", "not an address", "Fix reply_to"),
    ("daily_cap", 0, "daily_cap"),
    ("html", True, "plain text only"),
])
def test_bad_values_are_named(settings, setting, value, says):
    found = problems({**settings, **SMTP, setting: value, "username": ""}, "api")
    assert len(found) == 1 and says in found[0], found


def test_missing_password_names_both_places(settings):
    found = problems({**settings, **SMTP}, "api")
    assert len(found) == 1
    assert "OUTREACH_EMAIL_PASSWORD" in found[0] and "outreach email login" in found[0]
    assert problems({**settings, **SMTP}, "export") == []  # export never needs it
    with pytest.raises(ConfigError) as caught:
        resolve_password("ada")
    assert "OUTREACH_EMAIL_PASSWORD" in str(caught.value)
    assert "keyring" in str(caught.value)


def test_password_from_the_keyring(memory_keyring, settings):
    memory_keyring.set_password("outreach-orchestrator", "email.password", "from-keyring-pw")
    assert resolve_password("ada").reveal() == "from-keyring-pw"
    assert problems({**settings, **SMTP}, "api") == []


def test_the_environment_beats_the_keyring(memory_keyring, monkeypatch):
    memory_keyring.set_password("outreach-orchestrator", "email.password", "from-keyring-pw")
    monkeypatch.setenv("OUTREACH_EMAIL_PASSWORD", "from-env-pw-123")
    assert resolve_password("ada").reveal() == "from-env-pw-123"


def test_the_password_never_shows(monkeypatch, caplog, smtp_password):
    PASSWORD = smtp_password
    monkeypatch.setenv("OUTREACH_EMAIL_PASSWORD", PASSWORD)
    password = resolve_password("ada")
    assert PASSWORD not in repr(password) and PASSWORD not in str(password)
    assert PASSWORD not in f"{password} {password!r} {[password]}"
    logging.getLogger("test").warning("password is %s", password)
    assert PASSWORD not in caplog.text
    assert secrets.mask(f"login failed for {PASSWORD}") == "login failed for ********"
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(password)
    assert Password("another-secret").reveal() == "another-secret"


def test_checking_server_settings_loads_no_smtp_client_or_tls(settings):
    """Every plan and dry run checks the settings; only a session that connects needs
    smtplib and ssl (start-up of a dry run, issue 17)."""
    import json
    import subprocess
    import sys

    code = ("import sys\n"
            "from orchestrator_email.settings import load_smtp, problems\n"
            f"settings = {json.dumps({**settings, **SMTP})}\n"
            "assert problems(settings, 'api') == [], problems(settings, 'api')\n"
            "print(load_smtp(settings).host, 'smtplib' in sys.modules, 'ssl' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"OUTREACH_EMAIL_PASSWORD": "x", "PATH": "/usr/bin:/bin",
                                 "OUTREACH_EMAIL_UNSUBSCRIBE_SECRET": "s" * 32})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["smtp.example.com", "False", "False"]
