"""A big batch analysed by several processes: the same verdicts, sooner.

A batch is one analysis, not independent drafts: a clause counts as template text when
three drafts repeat it, a repeated clause stays personal when half the drafts carrying it
confirm it from their records, and near-duplicates are found across the whole batch. So
the batch is cut into parts (:class:`.analysis.Part`), one per process - all drafts to the
same person in one part, so a record is indexed once - and the processes meet at each
point where the analysis adds up the whole batch:

1. each part reads its drafts and counts their clauses; the counts are added up;
2. each part confirms the clauses the batch repeats; the confirmations are added up;
3. each part finishes its drafts; the parent finds near-duplicates across all of them;
4. each part runs the built-in checks on its drafts; the parent puts the findings in batch
   order, check by check, as one process would have made them.

Confirming is the one pass that reads counts as it goes (it stops reading a clause once
half its drafts confirmed it); a part sees only its own confirmations, so it may read more,
but the decision is the same: a clause decided in one process is decided in several, and a
clause never decided was read in full by both. The property tests compare the verdicts of
one process and several.

The children are forked (Linux, where ``fork`` is cheap and copies the batch for free), only
for batches of :data:`MIN_DRAFTS` or more and only from a process with one thread; they talk
to the parent over pipes and end with ``os._exit``. ``OUTREACH_POLICY_WORKERS`` sets how
many processes share a batch (default: the CPUs this process may use, at most 4; 1: one).
Anything unexpected - a child that fails or dies, an analysis that raises - makes the
parent analyse the batch alone, so errors surface exactly as without this module.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any, Sequence

from ..types import Finding, PolicyBatch, PolicyCheck
from .analysis import BatchAnalysis, Part
from .duplicates import near_duplicates
from .template import shared_threshold

# Below it the fork and the meetings cost what a second process saves (measured on 2 CPUs:
# a dry run of 1,000 was no faster; a plan of 10,000 12% faster, a check of 10,000 20%).
MIN_DRAFTS = 5_000
MAX_WORKERS = 4


def workers() -> int:
    """How many processes may share a batch here and now (1: analyse it alone)."""
    value = os.environ.get("OUTREACH_POLICY_WORKERS", "").strip()
    if value:
        try:
            wanted = max(1, int(value))
        except ValueError:
            wanted = 1
    else:
        try:
            wanted = min(len(os.sched_getaffinity(0)), MAX_WORKERS)
        except (AttributeError, OSError):
            wanted = 1
    if wanted < 2 or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    # Forking a process with other threads copies their locks in whatever state they are.
    return wanted if threading.active_count() == 1 else 1


def builtin_findings(batch: PolicyBatch, checks: Sequence[PolicyCheck]
                     ) -> list[list[Finding] | tuple[str, str]] | None:
    """Each built-in check's outcome on the whole batch - its findings in batch order, or
    the error it raised (type name, text) - computed by several processes; None when the
    batch is analysed by one (too small, one CPU, threads) or anything went wrong."""
    count = len(batch.drafts)
    # From MIN_DRAFTS on, one process per half of it (a second one pays from there).
    processes = min(workers(), count // (MIN_DRAFTS // 2) if count >= MIN_DRAFTS else 1)
    if processes < 2 or not all(hasattr(check, "findings") for check in checks):
        return None
    split: list[list[int]] = [[] for _ in range(processes)]
    for i, draft in enumerate(batch.drafts):
        split[hash(draft.contact) % processes].append(i)  # one person, one part
    parts = [part for part in split if part]
    if len(parts) < 2:  # everyone is one person
        return None
    children: list[_Child] = []
    try:
        for part in parts[1:]:
            children.append(_Child.fork(batch, checks, part))
        return _lead(batch, checks, parts, children)
    except _Failed:
        return None
    finally:
        for child in children:
            child.end()


def _lead(batch: PolicyBatch, checks: Sequence[PolicyCheck], parts: list[list[int]],
          children: "list[_Child]") -> list[Any]:
    """The parent's side: its own part, and adding up what the children say."""
    own = Part(batch, parts[0])
    clauses = dict(own.clauses)
    for child in children:
        for key, n in child.receive().items():
            clauses[key] = clauses.get(key, 0) + n
    threshold = shared_threshold(len(batch.drafts))
    for child in children:
        child.send(clauses)
    confirmed = own.confirm(clauses, threshold)
    for child in children:
        for key, n in child.receive().items():
            confirmed[key] = confirmed.get(key, 0) + n
    for child in children:
        child.send(confirmed)
    views = own.finish(clauses, confirmed, threshold)
    count = len(batch.drafts)
    compared: list = [None] * count
    whole: list = [None] * count
    recorded: list = [None] * count
    for i, view in zip(parts[0], views):
        compared[i], whole[i], recorded[i] = view.compared, view.whole, view.recorded
    for child, part in zip(children, parts[1:]):
        for i, summary in zip(part, child.receive()):
            compared[i], whole[i], recorded[i] = summary
    duplicates = near_duplicates(compared, whole, recorded)
    for child in children:
        child.send(duplicates)
    results = [_run_checks(batch, checks, views, parts[0], duplicates)]
    results += [child.receive() for child in children]
    outcomes: list[Any] = []
    for k in range(len(checks)):
        errors = [result[k] for result in results if isinstance(result[k], tuple)]
        if errors:  # the first error in batch order is the check's, as one process meets it
            _, error_type, text = min(errors)
            outcomes.append((error_type, text))
        else:
            found = sorted((item for result in results for item in result[k]),
                           key=lambda item: item[0])
            outcomes.append([finding for _, findings in found for finding in findings])
    return outcomes


def _follow(batch: PolicyBatch, checks: Sequence[PolicyCheck], indices: list[int],
            channel: "_Pipe") -> None:
    """The child's side: its part through the passes, in step with the parent."""
    part = Part(batch, indices)
    channel.send(part.clauses)
    clauses = channel.receive()
    threshold = shared_threshold(len(batch.drafts))
    channel.send(part.confirm(clauses, threshold))
    confirmed = channel.receive()
    views = part.finish(clauses, confirmed, threshold)
    channel.send([(v.compared, v.whole, v.recorded) for v in views])
    duplicates = channel.receive()
    channel.send(_run_checks(batch, checks, views, indices, duplicates))


class _Other:
    """Another part's draft, as a check may name it ("same text as ...")."""

    __slots__ = ("draft",)

    def __init__(self, draft) -> None:
        self.draft = draft


def _run_checks(batch: PolicyBatch, checks: Sequence[PolicyCheck], views: list,
                indices: list[int], duplicates: dict) -> list[Any]:
    """Per check, the part's findings as ``(index, findings)`` of the drafts that have any,
    or the error it raised first as ``(index, type name, text)``."""
    everyone: list[Any] = [_Other(d) for d in batch.drafts]
    for i, view in zip(indices, views):
        everyone[i] = view
    analysis = BatchAnalysis(everyone, duplicates)
    outcomes: list[Any] = []
    for check in checks:
        found = []
        for i in indices:
            try:
                findings = list(check.findings(batch, analysis, i, everyone[i]))
            except Exception as error:  # the engine refuses every draft for it (fail closed)
                found = (i, type(error).__name__, str(error))
                break
            if findings:
                found.append((i, findings))
        outcomes.append(found)
    return outcomes


class _Failed(Exception):
    """A child failed or died: the batch is analysed by one process instead."""


class _Pipe:
    """Pickled objects, each after its length, over a pair of pipe ends."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._read = os.fdopen(read_fd, "rb")
        self._write = os.fdopen(write_fd, "wb")

    def send(self, obj: Any) -> None:
        import pickle  # only when a batch is shared: not part of every policy import
        import struct

        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self._write.write(struct.pack("<Q", len(data)))
        self._write.write(data)
        self._write.flush()

    def receive(self) -> Any:
        import pickle
        import struct

        head = self._read.read(8)
        if len(head) != 8:
            raise _Failed("the other process ended")
        (size,) = struct.unpack("<Q", head)
        data = self._read.read(size)
        if len(data) != size:
            raise _Failed("the other process ended")
        message = pickle.loads(data)
        if isinstance(message, _Failed):
            raise message
        return message

    def close(self) -> None:
        for stream in (self._read, self._write):
            try:
                stream.close()
            except OSError:
                pass


class _Child:
    def __init__(self, pid: int, pipe: _Pipe) -> None:
        self.pid = pid
        self.pipe = pipe

    @classmethod
    def fork(cls, batch: PolicyBatch, checks: Sequence[PolicyCheck], indices: list[int]
             ) -> "_Child":
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        sys.stdout.flush()  # nothing buffered may be written twice
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            status = 1
            try:
                os.close(down_write)
                os.close(up_read)
                channel = _Pipe(down_read, up_write)
                try:
                    _follow(batch, checks, indices, channel)
                    status = 0
                except BaseException as error:  # told to the parent, which works alone
                    try:
                        channel.send(_Failed(f"{type(error).__name__}: {error}"))
                    except BaseException:
                        pass
            finally:
                os._exit(status)
        os.close(down_read)
        os.close(up_write)
        return cls(pid, _Pipe(up_read, down_write))

    def send(self, obj: Any) -> None:
        try:
            self.pipe.send(obj)
        except OSError as error:  # a child that died: its pipe is closed
            raise _Failed(str(error)) from None

    def receive(self) -> Any:
        return self.pipe.receive()

    def end(self) -> None:
        """Close the pipes and reap the child (killed if it is still working)."""
        self.pipe.close()
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid == 0:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass
