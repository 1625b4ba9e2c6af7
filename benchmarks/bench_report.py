"""`outreach report` and `outreach inbox` over a large history (target: report < 2 s at 100,000).

Builds a workspace with N touch points (a third sent by campaigns, a third replies on
another channel, a third imported history) through the import pipeline, then times the
report and the inbox in fresh processes, as a user runs them. The workspace is kept in a
temporary folder for the run only.

    python benchmarks/bench_report.py [--touchpoints 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def seed(home: Path, touchpoints: int) -> None:
    from orchestrator.contacts.importing import import_records
    from orchestrator.model import ContactRecord, Identity, TouchPoint
    from orchestrator.testing import build_app

    app = build_app(home)
    app.workspace.init("Bench Sender", "benchmarks")
    start = datetime.now(timezone.utc) - timedelta(days=80)
    people = max(1, touchpoints // 5)
    records = []
    for i in range(people):
        at = start + timedelta(minutes=i)
        tps = []
        for j in range(5):
            direction = "out" if j % 2 == 0 else "in"
            tps.append(TouchPoint("email" if j < 3 else "linkedin", "email" if j < 3 else
                                  "message", direction, at + timedelta(days=j),
                                  status="sent" if direction == "out" else "done",
                                  campaign="weekly" if direction == "out" else "",
                                  draft_id=f"bench-{i}-{j}" if direction == "out" else "",
                                  text=f"message {j}", external_id=f"{i}-{j}"))
        records.append(ContactRecord(first_name=f"Person{i}",
                                     identities=[Identity("email", f"p{i}@example.com")],
                                     touchpoints=tps))
        if len(records) == 5000:
            import_records(app, "bench", records)
            records = []
    if records:
        import_records(app, "bench", records)
    app.close()


def timed(command: list[str], env: dict, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="outreach-bench-report-"))
    try:
        started = time.perf_counter()
        seed(home / "ws", args.touchpoints)
        print(f"seeded {args.touchpoints:,} touch points in {time.perf_counter() - started:.1f} s")
        outreach = shutil.which("outreach", path=os.path.dirname(sys.executable)) or "outreach"
        env = {**os.environ, "OUTREACH_HOME": str(home / "ws")}
        report = timed([outreach, "report", "--json"], env, args.runs)
        inbox = timed([outreach, "inbox", "--json"], env, args.runs)
        print(f"outreach report --json   best of {args.runs}: {report:.2f} s (target < 2 s)")
        print(f"outreach inbox --json    best of {args.runs}: {inbox:.2f} s")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
