"""`make bench`: the commands against the peers, as one table (bench_commands.py), then the
team ledger, PostgreSQL against SQLite (bench_team.py).

    python benchmarks/run_all.py [--quick] [--rounds N] [--only startup,dry,...,team]
    python benchmarks/run_all.py --inner     # also the in-process scripts (bench_*.py)

The in-process scripts (policy throughput, SMTP phases, import, report, web review) time
inner functions; they stay for profiling one part, after the tables.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The measured processes run as users' do: Python keeps the bytecode of the editable plugins
# (a pip install compiles the rest). A machine that turns the cache off would have every
# process of ours compile them again, and none of the peers'.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--quick", action="store_true")
parser.add_argument("--rounds")
parser.add_argument("--only", default="")
parser.add_argument("--inner", action="store_true")
args = parser.parse_args()
common = (["--quick"] if args.quick else []) + (["--rounds", args.rounds] if args.rounds else [])
only = set(filter(None, args.only.split(",")))

code = 0
if not only or only - {"team"}:
    rows = ["--only", ",".join(sorted(only - {"team"}))] if only else []
    code = subprocess.run([sys.executable, str(HERE / "bench_commands.py"), *common, *rows]
                          ).returncode
if not only or "team" in only:
    print(flush=True)
    code |= subprocess.run([sys.executable, str(HERE / "bench_team.py"), *common]).returncode
if args.inner:
    for script in sorted(HERE.glob("bench_*.py")):
        if script.name not in ("bench_commands.py", "bench_team.py"):
            print(f"\n== {script.name}", flush=True)
            subprocess.run([sys.executable, str(script)], check=False)
sys.exit(code)
