"""`make bench`: the commands against the peers, as one table (bench_commands.py).

    python benchmarks/run_all.py [--quick] [--rounds N] [--only startup,dry,...]
    python benchmarks/run_all.py --inner     # also the in-process scripts (bench_*.py)

The in-process scripts (policy throughput, SMTP phases, import, report, web review) time
inner functions; they stay for profiling one part, after the table.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

args = [a for a in sys.argv[1:] if a != "--inner"]
code = subprocess.run([sys.executable, str(HERE / "bench_commands.py"), *args]).returncode
if "--inner" in sys.argv[1:]:
    for script in sorted(HERE.glob("bench_*.py")):
        if script.name != "bench_commands.py":
            print(f"\n== {script.name}", flush=True)
            subprocess.run([sys.executable, str(script)], check=False)
sys.exit(code)
