"""Address normalization: what people paste becomes one key, or a clear InputError."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.errors import InputError
from orchestrator.model import Identity
from orchestrator_email.addresses import (
    address_key,
    identity_for,
    normalize_identity,
    parse_address,
)


@pytest.mark.parametrize(("value", "key"), [
    ("jane@example.com", "jane@example.com"),
    ("  Jane@Example.COM \t", "jane@example.com"),
    ("Jane Doe <Jane@Example.com>", "jane@example.com"),
    ('"Doe, Jane" <jane@example.com>', "jane@example.com"),
    ("<jane@example.com>", "jane@example.com"),
    ("mailto:jane@example.com", "jane@example.com"),
    ("MAILTO:jane@example.com?subject=hello", "jane@example.com"),
    ("mailto:jane%2Bnews@example.com", "jane+news@example.com"),
    ("Jane <mailto:jane@example.com>", "jane@example.com"),
    ("jane@example.com.", "jane@example.com"),
    ("jane@BÜCHER.example", "jane@bücher.example"),
    ("jane@xn--bcher-kva.example", "jane@bücher.example"),
    ("jane@ｅｘａｍｐｌｅ．ｃｏｍ", "jane@example.com"),  # fullwidth forms (UTS #46 mapping)
    ("jane@faß.de", "jane@faß.de"),  # IDNA 2008: not folded to fass.de
    ("Jäne@example.com", "jäne@example.com"),
    ("o'brien+tag@example.co.uk", "o'brien+tag@example.co.uk"),
])
def test_keys(value, key):
    assert address_key(value) == key


def test_parts_of_an_internationalized_address():
    address = parse_address("Jäne Dœ <Jäne@Bücher.example>")
    assert address.name == "Jäne Dœ"
    assert address.local == "Jäne"  # the case the person wrote is kept for sending
    assert address.domain == "bücher.example"
    assert address.ascii_domain == "xn--bcher-kva.example"
    assert address.ascii_addr_spec == "Jäne@xn--bcher-kva.example"
    assert address.needs_smtputf8
    assert not parse_address("jane@bücher.example").needs_smtputf8


@pytest.mark.parametrize(("value", "display"), [
    ("Jane   Doe <jane@example.com>", "Jane Doe <jane@example.com>"),
    ('"Doe, Jane" <jane@example.com>', '"Doe, Jane" <jane@example.com>'),
    ('"Jane \\"JJ\\" Doe" <jane@example.com>', '"Jane \\"JJ\\" Doe" <jane@example.com>'),
    ("jane@example.com", "jane@example.com"),
])
def test_display_form(value, display):
    assert parse_address(value).display == display


@pytest.mark.parametrize(("value", "why"), [
    ("", "empty"),
    ("   ", "empty"),
    ("Jane Doe", "no '@'"),
    ("jane@", "nothing after"),
    ("@example.com", "nothing before"),
    ("jane@@example.com", "more than one '@'"),
    ("jane@localhost", "needs a dot"),
    ("jane..doe@example.com", "dots must separate"),
    (".jane@example.com", "dots must separate"),
    ("jane doe@example.com", "a space"),
    ("jane@exa mple.com", "a space"),
    ("jane@-example.com", "domain is not valid"),
    ("jane@ex_ample.com", "domain is not valid"),
    ("jane@[192.0.2.1]", "address literals"),
    ("jane@192.0.2.1", "ends in a number"),
    ('"jane doe"@example.com', "quoted local parts"),
    ("jane@example.com (Jane)", "a space"),
    ("Jane <jane@example.com", "stray"),
    ("jane@example.com>", "without a matching"),
    ("mailto:a@example.com,b@example.com", "more than one address"),
    ("a" * 65 + "@example.com", "longer than 64"),
    ("jane@" + "a" * 64 + ".com", "domain is not valid"),
    ("jane\n@example.com", "line break"),
    ("Jane\r\nBcc: x@evil.example <jane@example.com>", "line break"),
    ("Jane\u2028 <jane@example.com>", "line break"),
    ("mailto:jane%0D%0A@example.com", "line break"),
    ("jane\x00@example.com", "control character"),
])
def test_invalid_addresses_say_why(value, why):
    with pytest.raises(InputError) as caught:
        parse_address(value)
    assert why in str(caught.value)


def test_non_text_is_refused():
    with pytest.raises(InputError):
        parse_address(None)


def test_identity():
    ident = identity_for("Jane Doe <Jane@Example.com>", source="contacts.csv:3")
    assert ident == Identity("email", "jane@example.com", "Jane Doe <Jane@example.com>",
                             "contacts.csv:3")
    assert normalize_identity("linkedin", "in/jane") is None
    assert normalize_identity("email", "JANE@example.com").key == "jane@example.com"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_parsing_arbitrary_text_never_crashes(text):
    try:
        parse_address(text)
    except InputError:
        pass


_atext = st.sampled_from("abcXYZ019!#$%&'*+-/=?^_`{|}~äßİΣж")
_local = st.lists(st.text(_atext, min_size=1, max_size=8), min_size=1, max_size=3).map(".".join)
_label = st.sampled_from(["example", "EXAMPLE", "bücher", "xn--bcher-kva", "faß", "a-b", "x1"])
_tld = st.sampled_from(["com", "de", "example", "org"])
_name = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=20)
_addresses = st.builds(
    lambda name, local, label, tld, angle: (f'"{name}" <{local}@{label}.{tld}>' if angle
                                           else f"{local}@{label}.{tld}"),
    _name, _local, _label, _tld, st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.one_of(_addresses, st.text(max_size=40)))
def test_normalization_is_idempotent(text):
    try:
        address = parse_address(text)
    except InputError:
        return
    assert parse_address(address.display) == address
    assert parse_address(address.key).key == address.key
    assert address_key(address.key) == address.key


_ADDRESS_PIECES = st.text(alphabet="abcXYZ09.-_+'!#~", min_size=1, max_size=20)


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.tuples(_ADDRESS_PIECES, _ADDRESS_PIECES, st.sampled_from(["com", "ie", "DE", "x1", "c"]))
    .map(lambda parts: f"{parts[0]}@{parts[1]}.{parts[2]}"),
    st.text(alphabet="aZ9.-@_xn", max_size=30),
))
def test_the_everyday_address_fast_path_reads_exactly_like_the_full_parser(text):
    """Plain ASCII addresses skip Unicode normalization and IDNA; whatever it accepts, the
    full parser accepts with the same local part and domains."""
    from orchestrator_email.addresses import (
        _PLAIN_ADDRESS,
        _parse_addr_spec,
        _parse_any_addr_spec,
    )

    if _PLAIN_ADDRESS.fullmatch(text) is None:
        return  # not the fast path: the same function runs either way
    try:
        full = _parse_any_addr_spec(text)
    except InputError:
        full = None
    try:
        fast = _parse_addr_spec(text)
    except InputError:
        fast = None
    assert fast == full
