"""Start-up time of `outreach --help` and `outreach plugins` with the bundled plugins.

Runs the real console entry points in fresh processes (what a user waits for) and reports
the median and best of N runs: Python's own start-up, each command with the plugin
entry-point cache warm and without it (``OUTREACH_NO_PLUGIN_CACHE=1``, every installed
distribution scanned), and ``apprise --help`` when the benchmark environment has it, with
the ratios issue 17 asks for (--help <= 0.75x, plugins <= 1.0x apprise --help).
bench_commands.py measures the same rows interleaved, as part of `make bench`.

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


def timed(command: list[str], runs: int, **extra_env: str) -> list[float]:
    times = []
    env = {**os.environ, "OUTREACH_HOME": os.devnull + "-bench", **extra_env}
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
    here = os.path.dirname(sys.executable)
    outreach = shutil.which("outreach", path=here) or "outreach"
    apprise = shutil.which("apprise", path=here)
    subprocess.run([outreach, "--help"], stdout=subprocess.DEVNULL)  # fill the cache
    rows = [
        ("python -c pass", timed([sys.executable, "-c", "pass"], args.runs)),
        ("outreach --help", timed([outreach, "--help"], args.runs)),
        ("outreach --help (no cache)", timed([outreach, "--help"], args.runs,
                                             OUTREACH_NO_PLUGIN_CACHE="1")),
        ("outreach plugins", timed([outreach, "plugins"], args.runs)),
        ("outreach plugins (no cache)", timed([outreach, "plugins"], args.runs,
                                              OUTREACH_NO_PLUGIN_CACHE="1")),
    ]
    if apprise:
        rows.append(("apprise --help", timed([apprise, "--help"], args.runs)))
    print(f"{'command':<30} {'median':>8} {'best':>8}   ({args.runs} runs)")
    for name, times in rows:
        print(f"{name:<30} {statistics.median(times):>7.3f}s {min(times):>7.3f}s")
    if apprise:
        anchor = statistics.median(rows[-1][1])
        for index, target in ((1, 0.75), (3, 1.0)):
            ratio = statistics.median(rows[index][1]) / anchor
            print(f"{rows[index][0]}: {ratio:.2f}x apprise --help (target <= {target}x) "
                  f"{'PASS' if ratio <= target else 'FAIL'}")


if __name__ == "__main__":
    main()
