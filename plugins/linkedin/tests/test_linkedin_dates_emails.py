"""The export's date formats, and the minimal email check."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator_linkedin.dates import parse_datetime
from orchestrator_linkedin.emails import email_identity

from linkedin_export_builder import MONTHS, us_clock

UTC = timezone.utc


@pytest.mark.parametrize("text, expected", [
    ("09 Sep 2022", datetime(2022, 9, 9, tzinfo=UTC)),
    ("26 Dec 2025", datetime(2025, 12, 26, tzinfo=UTC)),
    ("18-Jun-24", datetime(2024, 6, 18, tzinfo=UTC)),
    ("4-Apr-21", datetime(2021, 4, 4, tzinfo=UTC)),
    ("1/8/18, 6:14 PM", datetime(2018, 1, 8, 18, 14, tzinfo=UTC)),
    ("2/12/26, 11:44 AM", datetime(2026, 2, 12, 11, 44, tzinfo=UTC)),
    ("2/12/26, 12:05 AM", datetime(2026, 2, 12, 0, 5, tzinfo=UTC)),
    ("2/12/26, 12:05 PM", datetime(2026, 2, 12, 12, 5, tzinfo=UTC)),
    ("2/12/26, 11:44\u202fAM", datetime(2026, 2, 12, 11, 44, tzinfo=UTC)),
    ("2026-02-10 20:33:10 UTC", datetime(2026, 2, 10, 20, 33, 10, tzinfo=UTC)),
    (" 09 sep 2022 ", datetime(2022, 9, 9, tzinfo=UTC)),
])
def test_every_export_format_parses_to_aware_utc(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize("text", [
    "", "yesterday", "31 Feb 2022", "09 Sept 2022", "2022-09-09", "13/45/22, 1:00 PM",
    "2/12/26, 13:44 PM", "2026-02-10 20:33:10", "2026-02-30 20:33:10 UTC",
])
def test_anything_else_is_refused_with_the_formats(text: str) -> None:
    with pytest.raises(ValueError, match="expected one of: 09 Sep 2022"):
        parse_datetime(text)


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(2003, 1, 1), max_value=datetime(2099, 12, 31)))
def test_rendered_export_dates_parse_back(at: datetime) -> None:
    at = at.replace(tzinfo=UTC)
    midnight = at.replace(hour=0, minute=0, second=0, microsecond=0)
    minute = at.replace(second=0, microsecond=0)
    month = MONTHS[at.month - 1]
    assert parse_datetime(f"{at.day:02d} {month} {at.year}") == midnight
    assert parse_datetime(f"{at.day}-{month}-{at.year % 100:02d}") == midnight
    assert parse_datetime(us_clock(at)) == minute
    assert parse_datetime(at.strftime("%Y-%m-%d %H:%M:%S UTC")) == at.replace(microsecond=0)


def test_email_identity_keeps_the_address_and_lowercases_the_key() -> None:
    identity = email_identity("  Ondrej.Palka@Example.ORG ", source="linkedin", evidence="x:2")
    assert identity.platform == "email"
    assert identity.key == "ondrej.palka@example.org"
    assert identity.display == "Ondrej.Palka@Example.ORG"
    assert (identity.source, identity.evidence) == ("linkedin", "x:2")


@pytest.mark.parametrize("value", [
    "ondrej", "ondrej@", "@example.org", "ondrej@example", "ondrej palka@example.org",
    "a@b@example.org", "ondrej@example..org", "ondrej@-example.org", "x@example.org; y@example.org",
])
def test_invalid_addresses_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="not an email address"):
        email_identity(value)
