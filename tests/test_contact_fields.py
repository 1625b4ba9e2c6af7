"""A contact's one-line fields take one line of text, and --linkedin takes a LinkedIn
profile: a mistyped value is refused with the option it came in, and nothing is stored."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def _count(run_cli) -> int:
    return len(run_cli("contacts", "list", "--json").json())


@pytest.mark.parametrize(("args", "said"), [
    (("--first", "Ada\nByron"), "--first: contains a line break"),
    (("--company", "Quill\r\nBcc: x@example.com"), "--company: contains a line break"),
    (("--tag", "\x1b[31mred"), "--tag: contains a line break or control character (U+001B)"),
    (("--interest", "kelp\u2028drying"), "--interest: contains a line break"),
    (("--notes", "met at\x07 the fair"), "--notes: contains a control character (U+0007)"),
    (("--linkedin", "https://evil.example/in/ada"), "is not a LinkedIn profile address"),
    (("--linkedin", "https://www.linkedin.com/in/%ZZ"), "is not a LinkedIn profile address"),
])
def test_a_mistyped_field_is_refused_naming_its_option(run_cli, args, said):
    assert run_cli("init").exit_code == 0
    result = run_cli("contacts", "add", "--email", "ada@example.com", *args)
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert _count(run_cli) == 0  # nothing stored


def test_notes_may_run_over_lines_and_a_linkedin_profile_is_taken(run_cli):
    assert run_cli("init").exit_code == 0
    added = run_cli("contacts", "add", "--first", "Ada", "--notes", "Met at the fair.\n\tKelp.",
                    "--linkedin", "https://www.linkedin.com/in/ada-byron-123")
    assert added.exit_code == 0, added.stderr
    [contact] = run_cli("contacts", "list", "--json").json()
    assert contact["identities"][0]["platform"] == "linkedin"


def test_edit_tag_and_note_refuse_the_same(run_cli):
    assert run_cli("init").exit_code == 0
    assert run_cli("contacts", "add", "--first", "Ada", "--email", "ada@example.com").exit_code == 0
    [contact] = run_cli("contacts", "list", "--json").json()
    cid = str(contact["id"])
    for args, said in ((("edit", cid, "--title", "CTO\rBcc"), "--title:"),
                       (("tag", cid, "a\nb"), "TAGS:"),
                       (("note", cid, "bell\x07"), "TEXT:")):
        result = run_cli("contacts", *args)
        assert result.exit_code == 2 and said in result.stderr, result.stderr
    [after] = run_cli("contacts", "list", "--json").json()
    assert after["title"] == contact["title"] and after["tags"] == contact["tags"]


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_property_one_line_means_no_control_or_line_break(value):
    import unicodedata

    from orchestrator.cli.fields import check_line
    from orchestrator.errors import InputError

    bad = any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value)
    try:
        check_line("--first", value)
    except InputError:
        assert bad
    else:
        assert not bad
