"""Reading members of an untrusted zip without letting it exhaust memory or time.

A data export is a zip the user downloaded; a hostile or damaged one must fail with a clear
error, never with exit 70 or gigabytes of memory (issue 15, items 10 and 11). So:

* the central directory is checked before anything is read: how many members, the size
  each declares, the total, and each member's compression ratio (a zip bomb compresses
  gigabytes of one repeated byte a thousandfold; real CSV and JSON compress 3 to 30 times);
* members are read as a stream, in chunks, counting what really comes out: a header that
  lies about the size cannot make a read go past the cap;
* every way a zip can be broken - a corrupt deflate stream, an unsupported compression
  method or zip version, a truncated file, a broken central directory, encryption - is an
  :class:`~orchestrator.errors.ImportFailed` naming the file.

Plugins reach it through :mod:`orchestrator.api` (``safezip``), like every core helper.
"""

from __future__ import annotations

import lzma
import struct
import zipfile
import zlib
from pathlib import Path

from attrs import frozen

from .errors import ImportFailed

MiB = 1024 * 1024
# Everything that can go wrong while opening or reading a damaged zip.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError,
              NotImplementedError, RuntimeError, ValueError, OSError, struct.error,
              UnicodeDecodeError, KeyError, OverflowError)


@frozen
class Limits:
    member: int = 256 * MiB  # bytes one member may hold, uncompressed
    total: int = 1024 * MiB  # bytes all members read may hold together
    ratio: int = 200  # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = 4 * MiB
    members: int = 200_000  # entries in the central directory


def describe(exc: BaseException) -> str:
    if isinstance(exc, NotImplementedError):
        return f"it uses a compression method or zip version that is not supported ({exc})"
    if isinstance(exc, RuntimeError) and "encrypt" in str(exc).lower():
        return "it is encrypted"
    if isinstance(exc, zlib.error):
        return f"a compressed member is corrupt ({exc})"
    text = str(exc) or type(exc).__name__
    return f"it is damaged or not a zip ({text})"


def open_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """The opened zip; :class:`ImportFailed` if it is not one or its directory is absurd."""
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except ZIP_ERRORS as exc:
        raise ImportFailed(str(path), None, f"cannot read the zip: {describe(exc)}",
                           "Download the export again.") from None
    if len(infos) > limits.members:
        archive.close()
        raise ImportFailed(str(path), None, f"the zip lists {len(infos):,} files; a data "
                           f"export has far fewer (at most {limits.members:,} are read)")
    return archive


def check_member(info: zipfile.ZipInfo, where: str, limits: Limits) -> None:
    """Refuse a member by what the central directory declares, before reading it."""
    if info.file_size > limits.member:
        raise ImportFailed(where, None, f"{info.file_size / MiB:,.0f} MiB uncompressed; "
                           f"more than the {limits.member // MiB} MiB one export file may hold")
    if info.file_size > limits.ratio_floor and \
            info.file_size > max(info.compress_size, 1) * limits.ratio:
        ratio = info.file_size // max(info.compress_size, 1)
        raise ImportFailed(where, None, f"compressed {ratio:,} to 1; no real export file "
                           "compresses like that (a zip bomb?)",
                           "Download the export again from the service.")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str,
                limits: Limits, budget: list[int] | None = None) -> bytes:
    """The bytes of ``info``, streamed and capped; ``budget`` ([bytes left]) is shared by
    all members of one import."""
    check_member(info, where, limits)
    cap = limits.member if budget is None else min(limits.member, budget[0])
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(MiB)
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    raise ImportFailed(where, None, "holds more than "
                                       f"{cap // MiB} MiB uncompressed; too large to import",
                                       "Download the export again from the service.")
                if size > limits.ratio_floor and size > max(info.compress_size, 1) * limits.ratio:
                    raise ImportFailed(where, None, "expands more than "
                                       f"{limits.ratio} times; no real export file does "
                                       "(a zip bomb?)")
                chunks.append(chunk)
    except ImportFailed:
        raise
    except ZIP_ERRORS as exc:
        raise ImportFailed(where, None, f"cannot read it from the zip: {describe(exc)}",
                           "Download the export again.") from None
    if budget is not None:
        budget[0] -= size
    return b"".join(chunks)


def read_file(path: Path, where: str, limits: Limits, budget: list[int] | None = None) -> bytes:
    """A file of an extracted export, capped like a zip member."""
    cap = limits.member if budget is None else min(limits.member, budget[0])
    try:
        if path.stat().st_size > cap:
            raise ImportFailed(where, None, f"larger than {cap // MiB} MiB; too large to import")
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except OSError as exc:
        raise ImportFailed(where, None, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > cap:
        raise ImportFailed(where, None, f"larger than {cap // MiB} MiB; too large to import")
    if budget is not None:
        budget[0] -= len(data)
    return data
