"""Start-up time of `outreach --help` with the bundled plugins installed.

Runs the real console entry point in fresh processes (what a user waits for) and reports the
median and best of N runs, plus Python's own start-up for reference. Target: under 0.3 s.

    python benchmarks/bench_startup.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def timed(command: list[str], runs: int) -> list[float]:
    times = []
    env = {**os.environ, "OUTREACH_HOME": os.devnull + "-bench"}
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    outreach = shutil.which("outreach", path=os.path.dirname(sys.executable)) or "outreach"
    rows = [
        ("python -c pass", timed([sys.executable, "-c", "pass"], args.runs)),
        ("outreach --help", timed([outreach, "--help"], args.runs)),
        ("outreach plugins --json", timed([outreach, "plugins", "--json"], args.runs)),
    ]
    print(f"{'command':<26} {'median':>8} {'best':>8}   ({args.runs} runs)")
    for name, times in rows:
        print(f"{name:<26} {statistics.median(times):>7.3f}s {min(times):>7.3f}s")
    help_median = statistics.median(rows[1][1])
    verdict = "OK" if help_median < 0.3 else "SLOW"
    print(f"outreach --help median {help_median:.3f}s: {verdict} (target < 0.3 s)")


if __name__ == "__main__":
    main()
