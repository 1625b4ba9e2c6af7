"""Finding the export's files: zip (root or one folder), extracted folder, single CSV."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from orchestrator.errors import ImportFailed
from orchestrator_linkedin.archive import locate
from orchestrator_linkedin.export import parse_export

from linkedin_export_builder import Export, Message, Person

UTC = timezone.utc
ME = Person("Quilla", "Varne", "quilla-varne")
ADA = Person("Ada", "Quillfeather", "ada-quillfeather")


def _export() -> Export:
    return Export(ME, connections=[(ADA, datetime(2025, 12, 26, tzinfo=UTC))], messages=[
        Message("2-aaa", ADA, (ME,), datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "Hi"),
    ])


@pytest.mark.parametrize("folder", [None, "Basic_LinkedInDataExport_02-14-2026"])
def test_zip_with_files_at_the_root_or_in_one_folder(tmp_path: Path, folder: str | None) -> None:
    path = _export().write_zip(tmp_path / "export.zip", folder)
    files, unknown = locate(path)
    assert sorted(files) == ["connections", "messages", "profile"] and unknown == []
    inner = f"{folder}/Connections.csv" if folder else "Connections.csv"
    assert files["connections"].where == f"{path}/{inner}"
    assert files["connections"].name == "Connections.csv"
    assert len(parse_export(path).records) == 1


@pytest.mark.parametrize("folder", [None, "Complete_LinkedInDataExport_02-14-2026"])
def test_extracted_folder_or_a_folder_holding_it(tmp_path: Path, folder: str | None) -> None:
    root = _export().write_dir(tmp_path / "dl", folder)
    files, _ = locate(root)
    assert files["messages"].where == str(root / (folder or "") / "messages.csv")
    assert len(parse_export(root).records) == 1


def test_names_match_case_insensitively_and_look_alikes_are_ignored(tmp_path: Path) -> None:
    rendered = _export().render()
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("CONNECTIONS.CSV", rendered["Connections.csv"].data)
        archive.writestr("guide_messages.csv", b"CONVERSATION ID,FROM\n")
        archive.writestr("LearningCoachMessages.csv", b"No conversations found\n")
        archive.writestr("Articles/Articles/messages.csv", b"not ours")
        archive.writestr("__MACOSX/._Connections.csv", b"\x00\x05")
    files, _ = locate(path)
    assert sorted(files) == ["connections"]


def test_two_copies_of_one_file_are_refused(tmp_path: Path) -> None:
    root = _export().write_dir(tmp_path / "dl")
    (root / "connections.csv").write_bytes((root / "Connections.csv").read_bytes())
    if len([p for p in root.iterdir() if p.name.lower() == "connections.csv"]) < 2:
        pytest.skip("case-insensitive file system")
    with pytest.raises(ImportFailed, match="several connections files"):
        locate(root)


def test_single_csv_by_name_or_recognised_by_its_header(tmp_path: Path) -> None:
    rendered = _export().render()
    named = tmp_path / "Connections.csv"
    named.write_bytes(rendered["Connections.csv"].data)
    renamed = tmp_path / "my network (1).csv"
    renamed.write_bytes(rendered["Connections.csv"].data)
    for path in (named, renamed):
        result = parse_export(path)
        assert [r.identities[0].key for r in result.records] == ["in/ada-quillfeather"]


@pytest.mark.parametrize("content, message", [
    (b"a,b\n1,2\n", "not a LinkedIn export file"),
    ("First Name,Last Name,Headline\nQuilla,Varne,x\n".encode(), "Profile.csv alone"),
])
def test_single_csv_that_is_not_an_export_file(tmp_path: Path, content: bytes,
                                               message: str) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        parse_export(path)


def test_unusable_paths_are_import_errors(tmp_path: Path) -> None:
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "notes.txt").write_text("hello")
    empty = tmp_path / "empty"
    empty.mkdir()
    cases = {
        tmp_path / "missing.zip": "no such file",
        tmp_path / "broken.zip": "cannot read the zip",
        tmp_path / "notes.txt": "not a zip, a folder or a CSV",
        empty: "no Connections.csv, Invitations.csv or messages.csv",
    }
    for path, message in cases.items():
        with pytest.raises(ImportFailed, match=message) as caught:
            parse_export(path)
        assert caught.value.path == str(path)
