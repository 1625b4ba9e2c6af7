"""Write a message as an ``.eml`` file, for sending from one's own mail client.

The file holds the RFC 5322 bytes exactly as they would go over SMTP (CRLF line ends). It
holds a contact's address and name, so it is created with mode 0600 (and a missing export
directory with 0700), exclusively (``O_EXCL``: never overwriting, never following a planted
symlink), under a name made from the draft id with anything but ``[A-Za-z0-9._-]`` replaced;
a second export of the same draft gets ``-2``, ``-3``... A partly written file is removed.

``X-Unsent: 1`` makes Outlook open the file as a draft to send rather than as received mail.
Mail clients generally drop custom headers such as ``List-Unsubscribe`` when they send a
draft; the visible footer (opt-out line, postal address) is what reliably survives.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from orchestrator.api import make_private_dir

FILE_MODE = 0o600
MAX_STEM = 100
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_stem(name: str) -> str:
    """A file-name stem with no path separators, no leading dots, never empty."""
    stem = _UNSAFE.sub("_", name).strip("._")[:MAX_STEM]
    return stem or "message"


def write_eml(data: bytes, directory: Path, name: str) -> Path:
    """Write ``data`` to a new ``<name>.eml`` in ``directory``; the path written."""
    directory = Path(directory)
    make_private_dir(directory)  # 0700, the parents it creates (exports/PLAN/) included
    stem = safe_stem(name)
    for n in range(1, 10_000):
        path = directory / (f"{stem}.eml" if n == 1 else f"{stem}-{n}.eml")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         FILE_MODE)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as handle:
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), FILE_MODE)  # umask only removes bits; be exact
                handle.write(data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    raise FileExistsError(f"too many exports named {stem!r} in {directory}")
