"""Issue 18's benchmark: the team ledger (PostgreSQL) against the embedded one (SQLite).

    .venv-bench/bin/python benchmarks/bench_team.py [--rounds 3] [--quick]

Rows, each a median of interleaved rounds of whole ``outreach`` processes:

1. ``send PLAN`` of 1,000 emails to a loopback SMTP server, on SQLite and on PostgreSQL;
2. ``plan`` of a 10,000-person audience, on SQLite and on PostgreSQL;
3. two members (``ana`` and ``ben``, two workspaces on one PostgreSQL database) sending one
   plan of 1,000 at once: their combined rate against one sender's. The outbox claim is a
   row lock (``FOR UPDATE SKIP LOCKED``), so the second sender should add throughput, not
   wait; the server must get every message exactly once.

PostgreSQL is a throw-away cluster started in a temporary directory with the machine's
``initdb``/``pg_ctl`` (tests/pg_server.py, the same one the test suite starts); each round
gets its own database, cloned from a prepared template (``CREATE DATABASE ... TEMPLATE``)
so rounds start alike. Without PostgreSQL installed the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))  # pg_server: the suite's throw-away cluster

from bench_commands import Table, env, make_workspace, outreach, run  # noqa: E402
from bench_smtp import Server  # noqa: E402

SEND, AUDIENCE = 1000, 10_000


class Cluster:
    """A throw-away PostgreSQL cluster; databases cloned from named templates."""

    def __init__(self) -> None:
        from pg_server import PostgresServer

        self.server = PostgresServer().start()

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.server.url(), autocommit=True) as conn:
            conn.execute(sql)

    def empty(self) -> str:
        return self.server.fresh_database()

    def clone(self, template_url: str) -> str:
        name = "b_" + uuid.uuid4().hex[:12]
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template_url.rsplit("/", 1)[1]}"')
        return self.server.url(name)

    def stop(self) -> None:
        self.server.stop()


def as_member(home: Path, name: str) -> None:
    config = home / "config.toml"
    config.write_text(config.read_text().replace("[sender]\n", f'[sender]\nmember = "{name}"\n',
                                                 1))


def build(home: Path, port: int, count: int, *, url: str | None, audience: int | None = None,
          plan: bool = False) -> str | None:
    """A workspace (and its ledger: the file in ``home`` or the database at ``url``)."""
    if url:
        os.environ["OUTREACH_LEDGER_URL"] = url
    try:
        return make_workspace(home, port, count, audience=audience, plan=plan)
    finally:
        os.environ.pop("OUTREACH_LEDGER_URL", None)


def timed(command: list[str], home: Path, url: str | None) -> float:
    if url:
        os.environ["OUTREACH_LEDGER_URL"] = url
    try:
        return run(command, home=home)[0]
    finally:
        os.environ.pop("OUTREACH_LEDGER_URL", None)


def spawn(command: list[str], home: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen(command, env=env(home) | {"OUTREACH_LEDGER_URL": url},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)


def expect(server: Server, count: int, what: str) -> None:
    if server.received != count:
        raise SystemExit(f"{what}: the server got {server.received} of {count} messages")
    server.reset()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one round, 2,000-person audience")
    args = parser.parse_args()
    rounds = 1 if args.quick else args.rounds
    audience = 2000 if args.quick else AUDIENCE

    from pg_server import missing_reason

    reason = missing_reason()
    if reason:
        print(f"bench_team: skipped, {reason}")
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="bench-team-"))
    cluster = Cluster()
    table = Table()
    try:
        with Server() as server:
            # --- templates: a planned send of 1,000 and a 10,000-person audience, per backend
            sqlite_send = scratch / "sqlite-send"
            sqlite_plan_id = build(sqlite_send, server.port, SEND, url=None, plan=True)
            pg_send_db = cluster.empty()
            pg_send = scratch / "pg-send"
            pg_plan_id = build(pg_send, server.port, SEND, url=pg_send_db, plan=True)
            ben = scratch / "pg-send-ben"
            shutil.copytree(pg_send, ben)
            as_member(pg_send, "ana")
            as_member(ben, "ben")
            sqlite_aud = scratch / "sqlite-audience"
            build(sqlite_aud, server.port, audience, url=None)
            pg_aud_db = cluster.empty()
            pg_aud = scratch / "pg-audience"
            build(pg_aud, server.port, audience, url=pg_aud_db)

            samples: dict[str, list[float]] = {k: [] for k in
                                               ("send-sqlite", "send-pg", "send-two",
                                                "plan-sqlite", "plan-pg")}
            for r in range(rounds):
                home = scratch / f"round-{r}"
                shutil.copytree(sqlite_send, home)
                samples["send-sqlite"].append(
                    timed(outreach("send", sqlite_plan_id, "-q"), home, None))
                expect(server, SEND, "send on SQLite")

                url = cluster.clone(pg_send_db)
                samples["send-pg"].append(timed(outreach("send", pg_plan_id, "-q"), pg_send, url))
                expect(server, SEND, "send on PostgreSQL")

                url = cluster.clone(pg_send_db)
                start = time.perf_counter()
                senders = [spawn(outreach("send", pg_plan_id, "-q"), h, url)
                           for h in (pg_send, ben)]
                for process in senders:
                    if process.wait() not in (0, 1):
                        raise SystemExit("two senders: " + process.stderr.read().decode()[-2000:])
                samples["send-two"].append(time.perf_counter() - start)
                expect(server, SEND, "two senders on PostgreSQL")

                home = scratch / f"plan-{r}"
                shutil.copytree(sqlite_aud, home)
                samples["plan-sqlite"].append(timed(outreach("plan", "bench", "-q"), home, None))
                samples["plan-pg"].append(timed(outreach("plan", "bench", "-q"), pg_aud,
                                                cluster.clone(pg_aud_db)))
                shutil.rmtree(home, ignore_errors=True)
                shutil.rmtree(scratch / f"round-{r}", ignore_errors=True)

            m = {k: statistics.median(v) for k, v in samples.items()}
            table.add(f"send {SEND:,}, PostgreSQL vs SQLite", f"{m['send-pg']:.2f} s "
                      f"({SEND / m['send-pg']:.0f}/s)", f"SQLite {m['send-sqlite']:.2f} s "
                      f"({SEND / m['send-sqlite']:.0f}/s)",
                      f"{m['send-sqlite'] / m['send-pg']:.2f}x rate", "-", None)
            table.add(f"plan, {audience:,} audience, PostgreSQL vs SQLite",
                      f"{m['plan-pg']:.2f} s", f"SQLite {m['plan-sqlite']:.2f} s",
                      f"{m['plan-pg'] / m['plan-sqlite']:.2f}x time", "-", None)
            combined = m["send-pg"] / m["send-two"]
            table.add(f"two members sending one plan of {SEND:,} at once (PostgreSQL)",
                      f"{m['send-two']:.2f} s ({SEND / m['send-two']:.0f}/s combined)",
                      f"one sender {m['send-pg']:.2f} s", f"{combined:.2f}x rate",
                      "> 1x (row claims, no wait)", combined > 1.0)
    finally:
        cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(f"team ledger, {os.cpu_count()} cores, medians of {rounds} rounds of whole processes")
    table.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
