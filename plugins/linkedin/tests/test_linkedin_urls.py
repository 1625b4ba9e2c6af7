"""Profile URL normalization: every spelling of one profile gives one key."""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.errors import InputError
from orchestrator_linkedin.urls import NotAProfileURL, normalize_profile_url

from linkedin_export_builder import ascii_upper


@pytest.mark.parametrize("value", [
    "https://www.linkedin.com/in/jane-doe",
    "http://www.linkedin.com/in/jane-doe/",
    "https://linkedin.com/in/jane-doe",
    "www.linkedin.com/in/jane-doe",
    "linkedin.com/in/Jane-Doe",
    "https://uk.linkedin.com/in/jane-doe",
    "https://de.linkedin.com/in/JANE-DOE/",
    "https://m.linkedin.com/in/jane-doe?trk=people-guest_profile",
    "https://www.linkedin.com/in/jane-doe/details/experience/",
    "https://www.linkedin.com/in/jane-doe/en/",
    "https://www.linkedin.com/in/jane-doe#about",
    "HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE",
    "https://www.linkedin.com/mwlite/in/jane-doe",
    "//www.linkedin.com/in/jane-doe",
    "  https://www.linkedin.com/in/jane-doe  ",
    "in/jane-doe",
])
def test_spellings_of_one_profile_share_a_key(value: str) -> None:
    identity = normalize_profile_url(value)
    assert identity.platform == "linkedin"
    assert identity.key == "in/jane-doe"
    assert identity.display == "https://www.linkedin.com/in/jane-doe"


def test_percent_encoding_accents_and_case_fold_to_one_key() -> None:
    spellings = [
        "https://www.linkedin.com/in/J%C3%B6rg-Falk",
        "https://www.linkedin.com/in/jörg-falk",
        "https://www.linkedin.com/in/JÖRG-FALK",
        "https://www.linkedin.com/in/" + unicodedata.normalize("NFD", "jörg-falk"),
        "https://www.linkedin.com/in/j%25C3%25B6rg-falk",  # encoded twice
    ]
    keys = {normalize_profile_url(s).key for s in spellings}
    assert keys == {"in/jörg-falk"}
    assert normalize_profile_url(spellings[0]).display == "https://www.linkedin.com/in/jörg-falk"


def test_member_id_slugs_keep_their_case() -> None:
    member_id = "ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
    identity = normalize_profile_url(f"https://www.linkedin.com/in/{member_id}?lipi=urn")
    assert identity.key == f"in/{member_id}"


@pytest.mark.parametrize("value", [
    "https://www.linkedin.com/company/kettle-works/",
    "https://www.linkedin.com/school/fictional-university/",
    "https://www.linkedin.com/pub/jane-doe/12/345/678",
    "https://www.linkedin.com/in/",
    "https://www.linkedin.com/",
    "https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH,xyz",
])
def test_linkedin_pages_that_are_not_profiles_are_refused_clearly(value: str) -> None:
    with pytest.raises(NotAProfileURL):
        normalize_profile_url(value)


def test_old_pub_urls_tell_the_user_what_to_do() -> None:
    with pytest.raises(NotAProfileURL, match="/pub/") as caught:
        normalize_profile_url("http://www.linkedin.com/pub/jane-doe/12/345/678")
    assert "redirects" in caught.value.hint


@pytest.mark.parametrize("value", [
    "",
    "   ",
    "jane-doe",
    "https://example.com/in/jane-doe",
    "https://linkedin.com.evil.example/in/jane-doe",
    "https://notlinkedin.com/in/jane-doe",
    "ftp://www.linkedin.com/in/jane-doe",
    "https://www.linkedin.com:8443/in/jane-doe",
    "https://user@www.linkedin.com/in/jane-doe",
    "https://www.linkedin.com/in/jane%20doe",
    "https://www.linkedin.com/in/jane%ZZdoe",
    "https://www.linkedin.com/in/jane%C3doe",
    "https://www.linkedin.com/in/jane@doe",
    "https://www.linkedin.com/in/..",
])
def test_other_values_are_input_errors(value: str) -> None:
    with pytest.raises(InputError) as caught:
        normalize_profile_url(value)
    assert not isinstance(caught.value, NotAProfileURL)


# -- properties ---------------------------------------------------------------------------

_LETTERS = st.characters(categories=("Ll", "Lu", "Lo", "Nd"), exclude_characters="İ")
slugs = st.lists(st.text(_LETTERS, min_size=1, max_size=8), min_size=1, max_size=4).map(
    lambda parts: "-".join(parts)
).filter(lambda s: not s.startswith("ACoAA"))


def _key_form(slug: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", slug).lower())


@settings(max_examples=150, deadline=None)
@given(slugs)
def test_normalizing_is_idempotent(slug: str) -> None:
    identity = normalize_profile_url(f"https://www.linkedin.com/in/{slug}")
    assert normalize_profile_url(identity.display) == identity
    assert normalize_profile_url(identity.key) == identity
    assert identity.key == "in/" + _key_form(slug)


@settings(max_examples=150, deadline=None)
@given(slugs, st.data())
def test_equivalent_spellings_give_the_same_key(slug: str, data: st.DataObject) -> None:
    base = normalize_profile_url(f"https://www.linkedin.com/in/{slug}")
    scheme = data.draw(st.sampled_from(["https://", "http://", "HTTPS://", "//", ""]))
    host = data.draw(st.sampled_from(
        ["www.linkedin.com", "linkedin.com", "m.linkedin.com", "uk.linkedin.com",
         "de.linkedin.com", "WWW.LinkedIn.COM"]))
    written = data.draw(st.sampled_from([
        slug,
        ascii_upper(slug),
        quote(slug, safe=""),
        quote(unicodedata.normalize("NFD", slug), safe=""),
        unicodedata.normalize("NFD", slug),
    ]))
    tail = data.draw(st.sampled_from(
        ["", "/", "/details/skills/", "?trk=x&lipi=urn%3Ali", "#experience", "/?a=1#b"]))
    if scheme == "" and host.startswith("WWW"):
        host = host.lower()
    url = f"{scheme}{host}/in/{written}{tail}"
    assert normalize_profile_url(url).key == base.key
