"""Header values with line breaks or control characters are refused, never cleaned up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.channels import PermanentDeliveryError
from orchestrator_email.headers import (
    HeaderInjectionError,
    InvalidHeaderError,
    check_header_value,
)

LINE_BREAKS = ["\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028",
               "\u2029"]


@pytest.mark.parametrize("brk", LINE_BREAKS)
def test_every_line_break_is_refused(brk):
    with pytest.raises(HeaderInjectionError) as caught:
        check_header_value("Subject", f"Hello{brk}Bcc: everyone@example.com")
    assert isinstance(caught.value, PermanentDeliveryError)
    assert caught.value.header == "Subject"
    message = str(caught.value)
    assert "Subject" in message and "line break" in message and "not sent" in message


@pytest.mark.parametrize("char", ["\x00", "\t", "\x1b", "\x7f", "\x9b"])
def test_control_characters_are_refused(char):
    with pytest.raises(HeaderInjectionError, match="control character"):
        check_header_value("To", f"Jane{char}Doe")


def test_lone_surrogates_are_refused():
    with pytest.raises(InvalidHeaderError, match="not valid Unicode"):
        check_header_value("Subject", "caf\udce9")


@pytest.mark.parametrize("value", ["Hello Jane", "Grüße aus Köln — 👋", "", "a: b; c, <d>"])
def test_ordinary_values_pass_unchanged(value):
    assert check_header_value("Subject", value) == value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30), st.sampled_from(LINE_BREAKS), st.text(max_size=30))
def test_any_value_with_a_line_break_is_refused(before, brk, after):
    with pytest.raises(HeaderInjectionError):
        check_header_value("Subject", before + brk + after)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_what_passes_has_no_line_break(value):
    try:
        check_header_value("Subject", value)
    except HeaderInjectionError:
        return
    assert len(value.splitlines()) <= 1 and "\r" not in value and "\n" not in value
