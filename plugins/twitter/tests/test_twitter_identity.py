"""X identities: handles and ids from what people paste, link evidence, compose links."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orchestrator.errors import InputError
from orchestrator_twitter.identity import (AccountRef, NotAnXAccount, find_link_evidence,
                                           handle_identity, handle_key, identity_from_text,
                                           normalize_handle, parse_account, user_identity)
from orchestrator_twitter.links import compose_dm_link


@pytest.mark.parametrize("text,expected", [
    ("@JaneDoe", AccountRef(handle="JaneDoe")),
    ("JaneDoe", AccountRef(handle="JaneDoe")),
    ("  @jane_doe  ", AccountRef(handle="jane_doe")),
    ("https://x.com/JaneDoe", AccountRef(handle="JaneDoe")),
    ("https://twitter.com/JaneDoe/", AccountRef(handle="JaneDoe")),
    ("http://www.twitter.com/JaneDoe?s=20&t=abc", AccountRef(handle="JaneDoe")),
    ("mobile.twitter.com/JaneDoe/status/123", AccountRef(handle="JaneDoe")),
    ("X.COM/JaneDoe", AccountRef(handle="JaneDoe")),
    ("https://twitter.com/#!/JaneDoe", AccountRef(handle="JaneDoe")),
    ("https://twitter.com/intent/user?user_id=2244994945", AccountRef(user_id="2244994945")),
    ("https://x.com/intent/user?screen_name=JaneDoe", AccountRef(handle="JaneDoe")),
    ("https://x.com/i/user/2244994945", AccountRef(user_id="2244994945")),
    ("2244994945", AccountRef(user_id="2244994945")),
    ("@2244994945", AccountRef(handle="2244994945")),
])
def test_parse_account(text: str, expected: AccountRef) -> None:
    assert parse_account(text) == expected


@pytest.mark.parametrize("text", [
    "", "@", "jane doe", "@sixteen_chars_xx", "jane-doe", "https://example.com/jane",
    "https://x.com/", "https://x.com/home", "https://x.com/i/flow/login",
    "https://x.com/search?q=jane", "https://twitter.com/intent/user",
    "https://twitter.com/intent/user?user_id=abc", "12345678901234567890", "ftp://x.com/jane",
    "jäne",
])
def test_not_accounts(text: str) -> None:
    with pytest.raises(NotAnXAccount) as caught:
        parse_account(text)
    # both: a clean CLI message (InputError, exit 2) and a plain ValueError for parsers
    assert isinstance(caught.value, InputError) and isinstance(caught.value, ValueError)


def test_identities() -> None:
    jane = handle_identity("@JaneDoe", source="csv", evidence="row 3")
    assert (jane.platform, jane.key, jane.display) == ("twitter", "@janedoe", "@JaneDoe")
    by_id = user_identity("2244994945", "XDevelopers")
    assert (by_id.key, by_id.display) == ("2244994945", "@XDevelopers")
    assert user_identity("12").display == "https://x.com/i/user/12"
    assert identity_from_text("https://x.com/i/user/12").key == "12"
    assert identity_from_text("twitter.com/JaneDoe").key == "@janedoe"
    with pytest.raises(ValueError):
        normalize_handle("https://x.com/i/user/12")
    with pytest.raises(ValueError):
        user_identity("@jane")


handles = st.from_regex(r"\A[A-Za-z0-9_]{1,15}\Z")


@given(handles, st.sampled_from([
    "{h}", "@{h}", "https://x.com/{h}", "http://twitter.com/{h}/", "mobile.twitter.com/{h}",
    "https://www.x.com/{h}?s=20", "x.com/{h}/status/1", " @{h} "]))
def test_property_every_spelling_of_a_handle_gives_one_key(handle: str, form: str) -> None:
    if handle.isdigit() and not form.strip().startswith("@") and "/" not in form:
        return  # bare digits are user ids by design
    if handle.lower() in {"home", "explore", "search", "notifications", "messages", "settings",
                          "i", "intent", "share", "hashtag", "login", "logout", "signup", "tos",
                          "privacy", "compose", "account", "about", "download", "jobs",
                          "lists", "communities", "premium", "verified",
                          "who_to_follow"} and "/" in form:
        return  # x.com pages, not profiles
    text = form.format(h=handle)
    assert normalize_handle(text) == handle
    assert handle_key(normalize_handle(text)) == "@" + handle.lower()
    assert handle_key(normalize_handle(text.upper() if "/" not in text else text)) == \
        "@" + handle.lower()


@given(st.text(max_size=40))
def test_property_parse_account_accepts_or_raises_value_error(text: str) -> None:
    try:
        ref = parse_account(text)
    except ValueError:
        return
    assert (ref.user_id is None) != (ref.handle is None)
    assert parse_account(ref.key if ref.user_id else "@" + (ref.handle or "")) == ref


def test_link_evidence_from_bio_url_and_entities() -> None:
    found = find_link_evidence(
        description="Founder. Write me: Jane.Doe+x@Example.com. More at "
                    "https://www.linkedin.com/in/jane-doe-123/. Not me@ x",
        url="https://t.co/abc",
        entities={"url": {"urls": [{"start": 0, "end": 23, "url": "https://t.co/abc",
                                    "expanded_url": "https://linkedin.com/in/jane-doe-123"}]},
                  "description": {"urls": [{"start": 0, "end": 5, "url": "https://t.co/d",
                                            "expanded_url": "https://de.linkedin.com/in/jd"}]}},
        who="@JaneDoe")
    assert [(f.platform, f.value) for f in found] == [
        ("email", "Jane.Doe+x@Example.com"),
        ("linkedin", "https://www.linkedin.com/in/jane-doe-123/"),
        ("linkedin", "https://de.linkedin.com/in/jd"),
    ]
    assert found[0].evidence == ("The X profile of @JaneDoe lists Jane.Doe+x@Example.com "
                                 "in its bio.")
    assert "bio link" in found[2].evidence
    assert find_link_evidence(description=None, url=None, entities=None) == []
    assert find_link_evidence(description="linkedin.com/company/acme @jane") == []


def test_compose_link() -> None:
    url = compose_dm_link("2244994945", "Hi Jane & team, 100% ✓ + more\nline two")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://x.com/messages/compose"
    assert parse_qs(parts.query) == {"recipient_id": ["2244994945"],
                                     "text": ["Hi Jane & team, 100% ✓ + more\nline two"]}
    assert "+" not in parts.query and "%20" in parts.query
    assert compose_dm_link("12") == "https://x.com/messages/compose?recipient_id=12"
    with pytest.raises(ValueError):
        compose_dm_link("@jane", "hi")
