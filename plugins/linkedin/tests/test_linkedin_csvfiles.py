"""Reading one CSV: header sniffing, physical line numbers, and refusing broken files."""

from __future__ import annotations

import pytest

from orchestrator.errors import ImportFailed
from orchestrator_linkedin.archive import ExportFile
from orchestrator_linkedin.csvfiles import TableSpec, find_spec, read_table

from linkedin_export_builder import PREAMBLE

SPEC = TableSpec("Connections.csv", required=("First Name", "Last Name", "Connected On"),
                 optional=("URL",))
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _file(text: str | bytes, name: str = "Connections.csv") -> ExportFile:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return ExportFile(name, f"/exports/x.zip/{name}", data)


@pytest.mark.parametrize("preamble, header_line", [
    ("", 1),
    (PREAMBLE, 4),
    ("Notes:\n\n", 3),
    (PREAMBLE + "\n\n", 6),  # a longer preamble than any seen so far
])
def test_the_header_is_found_after_a_preamble_of_any_length(preamble: str,
                                                            header_line: int) -> None:
    text = preamble + HEADER + "Ada,Quill,,,,,09 Sep 2022\nBo,Rake,,,,,10 Sep 2022\n"
    table = read_table(_file(text), [SPEC])
    assert table.header_line == header_line
    assert [r.line for r in table.rows] == [header_line + 1, header_line + 2]
    assert table.rows[1].text("first name") == "Bo"


def test_spreadsheet_resave_with_bom_and_crlf() -> None:
    text = "\ufeff" + (HEADER + "Ada,Quill,,,,,18-Jun-24\n").replace("\n", "\r\n")
    table = read_table(_file(text), [SPEC])
    assert table.header_line == 1
    assert table.rows[0].line == 2
    assert table.rows[0].text("Connected On") == "18-Jun-24"


def test_fully_quoted_header_unknown_columns_and_case_are_fine() -> None:
    text = '"FIRST NAME","last name","Connected On","Favourite Tea"\n"Ada","Quill","x","oolong"\n'
    row = read_table(_file(text), [SPEC]).rows[0]
    assert (row.text("First Name"), row.text("Last Name")) == ("Ada", "Quill")
    assert row.text("URL") == "" and not row.has("URL")


def test_rows_spanning_lines_keep_their_first_physical_line() -> None:
    text = HEADER + 'Ada,"Quill\nwith, a comma",,,,,x\r\nBo,Rake,,,,,y\n\n\nCy,Lo,,,,,z\n'
    table = read_table(_file(text), [SPEC])
    assert [r.line for r in table.rows] == [2, 4, 7]
    assert table.rows[0].raw("Last Name") == "Quill\nwith, a comma"


def test_missing_trailing_cells_are_empty() -> None:
    table = read_table(_file("First Name,Last Name,Connected On,Company\nAda,Quill,x\n"), [SPEC])
    assert table.rows[0].text("Company") == ""


def test_a_header_missing_required_columns_names_them_and_its_line() -> None:
    with pytest.raises(ImportFailed) as caught:
        read_table(_file(PREAMBLE + "First Name,Last Name,URL,Company\nAda,Quill,,\n"), [SPEC])
    assert caught.value.line == 4
    assert "Connected On" in caught.value.message
    assert caught.value.path == "/exports/x.zip/Connections.csv"
    assert "First Name, Last Name, Connected On" in caught.value.hint


def test_no_header_at_all_lists_the_expected_columns() -> None:
    with pytest.raises(ImportFailed, match="no header row") as caught:
        read_table(_file("Ada,Quill,09 Sep 2022\nBo,Rake,10 Sep 2022\n"), [SPEC])
    assert caught.value.line is None
    assert "Connected On" in caught.value.hint


def test_a_row_with_more_fields_than_the_header_fails_at_its_line() -> None:
    text = HEADER + "Ada,Quill,,,,,x\nBo,Rake,,,,,y,surprise\n"
    with pytest.raises(ImportFailed, match="8 fields but the header on line 1 has 7") as caught:
        read_table(_file(text), [SPEC])
    assert caught.value.line == 3


def test_trailing_empty_extra_fields_are_tolerated() -> None:
    table = read_table(_file(HEADER + "Ada,Quill,,,,,x,,\n"), [SPEC])
    assert table.rows[0].text("Connected On") == "x"


def test_an_unclosed_quote_fails_at_the_row_where_it_opens() -> None:
    text = HEADER + "Ada,Quill,,,,,x\nBo,\"Rake,,,,,y\nCy,Lo,,,,,z\n"
    with pytest.raises(ImportFailed, match="never closed") as caught:
        read_table(_file(text), [SPEC])
    assert caught.value.line == 3


def test_malformed_quoting_fails_at_its_row() -> None:
    with pytest.raises(ImportFailed, match="malformed CSV") as caught:
        read_table(_file(HEADER + 'Ada,"Quill"x,,,,,y\n'), [SPEC])
    assert caught.value.line == 2


def test_bytes_that_are_not_utf8_fail_at_their_line() -> None:
    data = (HEADER + "Ada,Quill,,,,,x\n").encode() + "Bö,Rake,,,,,y\n".encode("latin-1")
    with pytest.raises(ImportFailed, match="not UTF-8") as caught:
        read_table(_file(data), [SPEC])
    assert caught.value.line == 3
    assert "CSV UTF-8" in caught.value.hint


def test_nul_bytes_fail_at_their_line() -> None:
    with pytest.raises(ImportFailed, match="NUL") as caught:
        read_table(_file(HEADER + "Ada,Quill,,,,,x\nB\x00,R,,,,,y\n"), [SPEC])
    assert caught.value.line == 3


def test_empty_files_and_notices_have_no_rows() -> None:
    assert read_table(_file(""), [SPEC]).rows == ()
    notice = read_table(_file("No conversations found\n"), [SPEC])
    assert notice.rows == () and notice.notice == "No conversations found"


def test_the_first_matching_column_set_wins_and_find_spec_never_raises() -> None:
    legacy = TableSpec("old", required=("First Name", "Last Name", "Date"))
    assert read_table(_file("First Name,Last Name,Date\nA,B,x\n"), [SPEC, legacy]).spec is legacy
    assert find_spec(_file(HEADER), [SPEC]) is SPEC
    assert find_spec(_file(b"\xff\xfe garbage"), [SPEC]) is None
    assert find_spec(_file("a,b\n1,2\n"), [SPEC]) is None
