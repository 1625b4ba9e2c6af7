"""``outreach ledger status``, ``migrate --to`` and ``compact``: where the ledger is, who
works in it, moving it between one person's SQLite file and a team's PostgreSQL, and
keeping it from growing with every plan."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError
from .context import pass_app, print_json


@click.group("ledger")
def ledger() -> None:
    """Where the ledger is and who works in it; move it to or from a team's PostgreSQL."""


def _need_ledger(app) -> None:
    if not app.has_ledger:
        raise InputError(f"no ledger in {app.workspace.home}", "Run `outreach init` first.")


@ledger.command("status")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def status(app, as_json: bool) -> None:
    """The backend, where it is (a URL without its password), the schema version, who you
    are on the team and what each member has done."""
    _need_ledger(app)
    led = app.ledger
    members = led.team.members()
    data = {"backend": led.backend, "location": led.describe,
            "schema_version": led.schema_version(), "member": led.member,
            "members": [m.as_json() for m in members], "tables": led.team.table_counts()}
    if as_json:
        print_json(data)
        return
    click.echo(f"Backend: {data['backend']} ({data['location']})")
    click.echo(f"Schema: {data['schema_version']}")
    click.echo(f"You: {led.member or '(no [sender] member set)'}")
    if not members:
        click.echo("Members: nobody has planned or sent anything yet.")
    for m in members:
        last = f", last active {m.last_active:%Y-%m-%d %H:%M} UTC" if m.last_active else ""
        click.echo(f"  {m.name or '(unnamed)'}: {m.plans} plans, {m.deliveries} deliveries, "
                   f"{m.touchpoints} messages out{last}")


@ledger.command("migrate")
@click.option("--to", "target", required=True, metavar="URL|sqlite:PATH",
              help="An empty PostgreSQL database (postgresql://USER@HOST:PORT/DB) or a new "
                   "SQLite file (sqlite:PATH).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def migrate(app, target: str, as_json: bool) -> None:
    """Copy this workspace's ledger, whole, into an empty PostgreSQL database (a team's) or
    a new SQLite file: one transaction, rows counted per table on both sides. The source is
    left as it is; point the workspace at the copy afterwards ([ledger] url or
    OUTREACH_LEDGER_URL, or the file as ledger.db)."""
    from ..ledger.backends import is_postgres_url, redact_url
    from ..ledger.copying import copy_ledger, copy_to_sqlite_file
    from ..ledger.db import Ledger

    _need_ledger(app)
    source = app.ledger
    target = target.strip()
    if is_postgres_url(target):
        where = redact_url(target)
        if source.postgres and redact_url(target) == source.describe:
            raise InputError("the ledger is already there", "Name another database.")
        with Ledger(target, clock=app.clock, member=source.member) as copy:
            counts = copy_ledger(source, copy)
        switch = (f"Point each member's workspace at it: [ledger] url = \"{where}\" in "
                  "config.toml (or OUTREACH_LEDGER_URL), and [sender] member = \"NAME\".")
    elif target.startswith("sqlite:"):
        path = Path(target.removeprefix("sqlite:")).expanduser()
        if not str(path).strip() or path.is_dir():
            raise InputError(f"--to {target}: name a file", "e.g. --to sqlite:ledger.db")
        if path.exists():
            raise InputError(f"{path} exists", "Migrate into a new file; nothing was written.")
        if source.path is not None and path.resolve() == source.path.resolve():
            raise InputError("the ledger is already there")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        counts = copy_to_sqlite_file(source, path, with_erasure_key=True)
        where = str(path)
        switch = (f"To work alone on it: copy it to {app.workspace.ledger_path} (with "
                  "outreach stopped) and remove [ledger] url / OUTREACH_LEDGER_URL.")
    else:
        raise InputError(f"--to {target!r}: not a ledger location",
                         "Use postgresql://USER@HOST:PORT/DATABASE or sqlite:PATH.")
    if as_json:
        print_json({"from": source.describe, "to": where, "tables": counts})
        return
    total = sum(counts.values())
    click.echo(f"Copied {total} rows from {source.describe} to {where}, counts verified:")
    click.echo("  " + ", ".join(f"{table} {n}" for table, n in counts.items()))
    click.echo(switch)


@ledger.command("compact")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def compact(app, as_json: bool) -> None:
    """Drop what finished plans no longer need (each sent or failed draft's channel view;
    a send does this for its own plan) and give the space back (VACUUM). The drafts' text,
    verdicts, the outbox and the history stay."""
    _need_ledger(app)
    led = app.ledger
    size = (lambda: led.path.stat().st_size) if led.path is not None else (lambda: None)
    before = size()
    drafts = led.plans.compact()
    led.reclaim_space()
    after = size()
    if as_json:
        print_json({"drafts": drafts, "bytes_before": before, "bytes_after": after})
        return
    freed = f"; {led.path.name} {before:,} -> {after:,} bytes" if before is not None else ""
    click.echo(f"Compacted {drafts} drafts of finished plans{freed}.")
