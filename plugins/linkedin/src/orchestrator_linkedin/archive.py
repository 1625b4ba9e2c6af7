"""Finding the export's CSV files in a zip, an extracted folder or a single CSV file.

LinkedIn's archive (``Basic_LinkedInDataExport_MM-DD-YYYY.zip`` or ``Complete_...``) keeps
its CSV files at the zip root; unzipping tools and users often add one top-level folder, so
both are accepted, and nothing deeper (``Articles/Articles/*.html``, ``Jobs/*.csv`` are not
ours). File names are matched case-insensitively: the 2018 archive calls it ``Messages.csv``,
later ones ``messages.csv`` (docs/platform-rules.md 1c). Files with similar names
(``guide_messages.csv``, ``LearningCoachMessages.csv``) are other products' messages and are
ignored.

Files are read into memory, never extracted, so member names cannot write anywhere, and
through ``orchestrator.api.safezip``: sizes and compression ratios are checked before a
member is read, members are streamed with a cap (a 256 MiB file, 512 MiB in all), and a
damaged zip is a clear error naming it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from attrs import frozen

from orchestrator.api import ImportFailed, safezip

# lowercase file name -> kind
KNOWN = {
    "connections.csv": "connections",
    "invitations.csv": "invitations",
    "messages.csv": "messages",
    "profile.csv": "profile",
}
LIMITS = safezip.Limits(member=256 * 1024 * 1024, total=512 * 1024 * 1024)
_IGNORED_DIRS = {"__macosx"}


@frozen
class ExportFile:
    """One CSV file of the export.

    ``name`` is the file name as the export spells it (``Connections.csv``), used in
    warnings and origins; ``where`` is the full path shown in errors
    (``/home/me/export.zip/Connections.csv``).
    """

    name: str
    where: str
    data: bytes


def locate(path: Path) -> tuple[dict[str, ExportFile], list[ExportFile]]:
    """The known files of the export at ``path`` by kind, and any unrecognised single CSV.

    The second list is non-empty only when ``path`` is a CSV file whose name is not one of
    ours (a renamed download); the caller recognises it by its header.
    """
    if not path.exists():
        raise ImportFailed(str(path), None, "no such file or folder",
                           "Give the LinkedIn export zip, its extracted folder or one CSV file.")
    budget = [LIMITS.total]
    if path.is_dir():
        return _pick(str(path), _folder_files(path, budget)), []
    if path.suffix.lower() == ".zip" or _is_zip(path):
        return _pick(str(path), _zip_files(path, budget)), []
    if path.suffix.lower() == ".csv":
        file = ExportFile(path.name, str(path), safezip.read_file(path, str(path), LIMITS))
        kind = KNOWN.get(path.name.lower())
        return ({kind: file}, []) if kind else ({}, [file])
    raise ImportFailed(str(path), None, "not a zip, a folder or a CSV file",
                       "Give the LinkedIn export zip, its extracted folder or one CSV file.")


def _pick(root: str, candidates: dict[str, list[ExportFile]]) -> dict[str, ExportFile]:
    found: dict[str, ExportFile] = {}
    for kind, files in sorted(candidates.items()):
        if len(files) > 1:
            names = ", ".join(sorted(f.where for f in files))
            raise ImportFailed(root, None, f"several {kind} files: {names}",
                               "Keep one copy of each file in the export.")
        found[kind] = files[0]
    if not any(k in found for k in ("connections", "invitations", "messages")):
        raise ImportFailed(
            root, None, "no Connections.csv, Invitations.csv or messages.csv found",
            "Give the zip LinkedIn sent you (Settings > Data privacy > Get a copy of your "
            "data), its extracted folder, or one of those CSV files.",
        )
    return found


def _is_zip(path: Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _folder_files(folder: Path, budget: list[int]) -> dict[str, list[ExportFile]]:
    try:
        files = _known_in(folder, budget)
        if not files:
            subdirs = [p for p in folder.iterdir() if p.is_dir()
                       and not p.name.startswith(".") and p.name.lower() not in _IGNORED_DIRS]
            if len(subdirs) == 1:
                files = _known_in(subdirs[0], budget)
    except OSError as exc:
        raise ImportFailed(str(folder), None, f"cannot read the folder: {exc.strerror or exc}"
                           ) from None
    return files


def _known_in(folder: Path, budget: list[int]) -> dict[str, list[ExportFile]]:
    files: dict[str, list[ExportFile]] = {}
    for p in sorted(folder.iterdir()):
        kind = KNOWN.get(p.name.lower())
        if kind and p.is_file():
            files.setdefault(kind, []).append(
                ExportFile(p.name, str(p), safezip.read_file(p, str(p), LIMITS, budget)))
    return files


def _zip_files(path: Path, budget: list[int]) -> dict[str, list[ExportFile]]:
    with safezip.open_zip(path, LIMITS) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        split = [(m, [p for p in m.filename.replace("\\", "/").split("/") if p])
                 for m in members]
        split = [(m, parts) for m, parts in split
                 if parts and parts[0].lower() not in _IGNORED_DIRS
                 and not parts[-1].startswith("._")]
        chosen = [(m, parts) for m, parts in split if len(parts) == 1]
        if not any(KNOWN.get(parts[-1].lower()) for _, parts in chosen):
            tops = {parts[0] for _, parts in split if len(parts) > 1}
            if len(tops) == 1:
                chosen = [(m, parts) for m, parts in split if len(parts) == 2]
        files: dict[str, list[ExportFile]] = {}
        for member, parts in sorted(chosen, key=lambda mp: mp[0].filename):
            kind = KNOWN.get(parts[-1].lower())
            if not kind:
                continue
            where = f"{path}/{'/'.join(parts)}"
            files.setdefault(kind, []).append(
                ExportFile(parts[-1], where,
                           safezip.read_member(archive, member, where, LIMITS, budget)))
        return files
