"""Verdicts remembered across commands: a step's policy runs once for the same inputs.

The weekly flow checks the same step several times: ``run --dry-run``, then ``plan``, then
``preview`` and ``send`` of that plan. A plan stores its verdicts with the digest of their
inputs (``Draft.checked``), which spares preview and send; a new plan has new draft ids,
though, so the gate digests a step with its drafts numbered by position (see
:func:`orchestrator.policy.gate.check_drafts`) and keeps the verdicts here, by that digest,
for the next command to find.

Verdicts quote messages and records, so this is contact data, kept like it:

* in the user's cache folder (``$XDG_CACHE_HOME/outreach/verdicts``), never in the
  workspace: a dry run leaves the workspace byte-for-byte unchanged;
* one folder per workspace, 0700, files 0600, written atomically;
* the newest :data:`KEEP` entries of at most :data:`MAX_AGE` days; erasing a person
  (``contacts delete``) empties the workspace's folder;
* never for a team's shared ledger: a colleague's erasure could not reach this disk.

``OUTREACH_NO_VERDICT_CACHE=1`` turns it off. An entry that cannot be read is a miss; one
that cannot be written is skipped: the cache never changes a verdict, only when it is
computed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

KEEP = 32
MAX_AGE = 14 * 24 * 3600
_SUFFIX = ".json.gz"


def folder(home: Path) -> Path | None:
    """The workspace's verdict folder, or None when the cache is off."""
    if os.environ.get("OUTREACH_NO_VERDICT_CACHE", "").strip().lower() in ("1", "true", "yes"):
        return None
    return _location(home)


def _location(home: Path) -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    import hashlib

    tag = hashlib.sha256(os.fsencode(os.path.abspath(home))).hexdigest()[:20]
    return Path(base) / "outreach" / "verdicts" / tag


def load(where: Path | None, digest: str) -> list[dict] | None:
    """The verdicts stored for ``digest`` (one per draft, in batch order), or None."""
    if where is None:
        return None
    import gzip
    import json

    try:
        with gzip.open(where / f"{digest}{_SUFFIX}", "rt", encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError, EOFError):
        return None
    if not isinstance(data, dict) or data.get("digest") != digest:
        return None
    verdicts = data.get("verdicts")
    if not isinstance(verdicts, list):
        return None
    trails = data.get("trails")
    if trails is not None:  # each trail written once (see store)
        try:
            verdicts = [{**item, "trail": trails[item["trail"]]} if "trail" in item else item
                        for item in verdicts]
        except (TypeError, IndexError):
            return None
    try:
        os.utime(where / f"{digest}{_SUFFIX}")  # recently used: pruned last
    except OSError:
        pass
    return verdicts


def store(where: Path | None, digest: str, verdicts: list[dict]) -> None:
    """Keep ``verdicts`` for ``digest``. A step's drafts mostly share one trail (the checks
    and what each decided): each distinct trail is written once and the verdicts point to
    it, which made the entry of 1,000 drafts a third as long and four times faster to read
    back."""
    if where is None:
        return
    import gzip
    import json
    import tempfile

    trails: dict[str, int] = {}
    shared = []
    for item in verdicts:
        if "trail" in item:
            key = json.dumps(item["trail"])
            item = {**item, "trail": trails.setdefault(key, len(trails))}
        shared.append(item)
    table = [json.loads(key) for key in trails]

    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".verdicts-", dir=where)  # created 0600
        try:
            with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb",
                                                          compresslevel=1, mtime=0) as f:
                f.write(json.dumps({"digest": digest, "trails": table, "verdicts": shared},
                                   ensure_ascii=False).encode("utf-8", "surrogatepass"))
            os.replace(tmp, where / f"{digest}{_SUFFIX}")
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(where)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _prune(where: Path) -> None:
    now = time.time()
    entries = []
    for path in where.glob(f"*{_SUFFIX}"):
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            continue
    entries.sort(reverse=True)
    for rank, (mtime, path) in enumerate(entries):
        if rank >= KEEP or now - mtime > MAX_AGE:
            try:
                path.unlink()
            except OSError:
                pass


def clear(home: Path) -> None:
    """Forget every verdict of the workspace at ``home`` (a person was erased)."""
    import shutil

    where = _location(home)  # also when the cache is off now: it may have been on before
    if where is not None:
        shutil.rmtree(where, ignore_errors=True)
