"""The unsubscribe setting, the per-recipient token and the footer lines."""

from __future__ import annotations

import pytest

from orchestrator.errors import ConfigError
from orchestrator_email.unsubscribe import (
    Unsubscribe,
    parse_unsubscribe,
    recipient_for_token,
    secret_problem,
    token_for,
)

SECRET = "another-test-secret-0123456789"
BOTH = "mailto:unsubscribe@example.com https://example.com/unsubscribe/{token}"


@pytest.mark.parametrize("value", [
    BOTH,
    "mailto:unsubscribe@example.com, https://example.com/unsubscribe/{token}",
    "mailto:unsubscribe@example.com,https://example.com/unsubscribe/{token}",
    ["mailto:unsubscribe@example.com", "https://example.com/unsubscribe/{token}"],
    "  HTTPS://example.com/unsubscribe/{token}\n MAILTO:unsubscribe@example.com ",
])
def test_accepted_forms(value):
    unsubscribe, problems = parse_unsubscribe(value)
    assert problems == []
    assert unsubscribe is not None
    assert unsubscribe.https == "https://example.com/unsubscribe/{token}"
    assert unsubscribe.mailto is not None
    assert unsubscribe.mailto.address.addr_spec == "unsubscribe@example.com"
    assert unsubscribe.mailto.query == "subject=unsubscribe"


def test_a_comma_inside_a_url_is_kept():
    unsubscribe, problems = parse_unsubscribe("https://example.com/u/{token}?a=1,2")
    assert problems == [] and unsubscribe.https == "https://example.com/u/{token}?a=1,2"


@pytest.mark.parametrize(("value", "says"), [
    ("http://example.com/u/{token}", "must use https"),
    ("ftp://example.com/u", "must be a mailto: or https: URL"),
    ("https://example.com/unsubscribe", "Add {token}"),
    ("https://example.com/u/{token} https://example.com/v/{token}", "more than one https"),
    ("mailto:a@example.com mailto:b@example.com", "more than one mailto"),
    ("mailto:not-an-address", "does not name a valid address"),
    ("https://example.com/u/{token}>, <https://evil.example/", "percent-encode"),
    ("https://example.com/u/{token}\r\nBcc: x@evil.example", "must be a mailto: or https:"),
    ("https://example.com/ü/{token}", "percent-encode"),
    ("https://example.com/u/{recipient}", "percent-encode"),
    ("https://user:pw@example.com/u/{token}", "user name or password"),
    ("https:///u/{token}", "no host name"),
    ("mailto:u@example.com?subject=un subscribe", "percent-encoded"),
    (42, "must be a URL string"),
])
def test_refused_with_a_sentence(value, says):
    unsubscribe, problems = parse_unsubscribe(value)
    assert unsubscribe is None
    assert len(problems) == 1 and says in problems[0]
    assert "[email] in config.toml" in problems[0]


def test_nothing_configured_is_not_a_parse_problem():
    assert parse_unsubscribe(None) == (None, [])
    assert parse_unsubscribe("") == (None, [])


def test_token_is_opaque_stable_and_per_recipient():
    token = token_for("jane@example.com", SECRET)
    assert len(token) == 26 and token.isalnum() and token == token.lower()
    assert token == token_for("jane@example.com", SECRET)
    assert token != token_for("joe@example.com", SECRET)
    assert token != token_for("jane@example.com", SECRET + "x")
    assert "jane" not in token
    keys = ["joe@example.com", "jane@example.com"]
    assert recipient_for_token(token.upper(), keys, SECRET) == "jane@example.com"
    assert recipient_for_token("0" * 26, keys, SECRET) is None


def test_links_for_one_recipient():
    unsubscribe, _ = parse_unsubscribe(
        "mailto:unsubscribe@bücher.example?subject=unsubscribe%20{token} "
        "https://example.com/unsubscribe/{token}")
    links = unsubscribe.links("jane@example.com", SECRET)
    token = token_for("jane@example.com", SECRET)
    assert links.https == f"https://example.com/unsubscribe/{token}"
    assert links.mailto_uri == (
        f"mailto:unsubscribe@xn--bcher-kva.example?subject=unsubscribe%20{token}")
    assert links.one_click
    assert links.header_value() == (f"<https://example.com/unsubscribe/{token}>, "
                                    f"<{links.mailto_uri}>")
    assert links.footer_lines() == [
        f"Unsubscribe: https://example.com/unsubscribe/{token}",
        f"Or email unsubscribe@bücher.example with the subject: unsubscribe {token}",
    ]


def test_mailto_only_is_not_one_click():
    unsubscribe, _ = parse_unsubscribe("mailto:unsubscribe@example.com")
    links = unsubscribe.links("jane@example.com", None)  # no {token}: no secret needed
    assert not links.one_click
    assert links.header_value() == "<mailto:unsubscribe@example.com?subject=unsubscribe>"
    assert links.footer_lines() == [
        "Unsubscribe: email unsubscribe@example.com with the subject: unsubscribe"]


def test_a_non_ascii_mailto_local_part_is_percent_encoded():
    links = Unsubscribe(parse_unsubscribe("mailto:désabonner@example.com")[0].mailto).links(
        "jane@example.com", None)
    assert links.mailto_uri == "mailto:d%C3%A9sabonner@example.com?subject=unsubscribe"


def test_token_without_secret(monkeypatch):
    monkeypatch.delenv("OUTREACH_EMAIL_UNSUBSCRIBE_SECRET")
    unsubscribe, _ = parse_unsubscribe(BOTH)
    with pytest.raises(ConfigError, match="OUTREACH_EMAIL_UNSUBSCRIBE_SECRET"):
        unsubscribe.links("jane@example.com", None)
    assert "is not set" in secret_problem()
    monkeypatch.setenv("OUTREACH_EMAIL_UNSUBSCRIBE_SECRET", "short")
    assert "is too short" in secret_problem()


def test_secret_from_the_keyring(monkeypatch, memory_keyring):
    monkeypatch.delenv("OUTREACH_EMAIL_UNSUBSCRIBE_SECRET")
    memory_keyring.set_password("outreach-orchestrator", "email.unsubscribe_secret", SECRET)
    assert secret_problem() is None
