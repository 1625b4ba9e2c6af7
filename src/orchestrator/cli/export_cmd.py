"""``outreach export DIR`` and ``outreach backup FILE``: the user's data, in their hands."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..errors import InputError
from .context import pass_app

def _private_file(path: Path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


@click.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
              show_default=True)
@pass_app
def export(app, directory: Path, fmt: str) -> None:
    """Write the whole ledger as plain files in DIRECTORY: contacts with identities, touch
    points, plans, drafts and deliveries, in a stable order (diffable week to week). Files
    are 0600."""
    if not app.has_ledger:
        raise InputError(f"no ledger in {app.workspace.home}", "Run `outreach init` first.")
    data = app.ledger.export.snapshot()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    written = []
    for name, rows in data.items():
        if fmt == "json":
            if name == "identities":
                continue  # nested in contacts.json
            path = directory / f"{name}.json"
            with _private_file(path) as fh:
                json.dump(rows, fh, ensure_ascii=False, indent=2, sort_keys=True)
                fh.write("\n")
        else:
            from ..output import write_csv  # every cell made safe for a spreadsheet

            path = directory / f"{name}.csv"
            columns = [c for c in (rows[0] if rows else _columns(name)) if c != "identities"]
            write_csv(path, columns, ({c: _cell(row[c]) for c in columns} for row in rows))
        written.append(f"{path.name} ({len(rows)})")
    click.echo(f"Exported to {directory}: {', '.join(written)}.")


def _columns(name: str) -> tuple[str, ...]:
    from ..ledger.export import TABLES

    return TABLES[name][1]


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def backup(app, file: Path) -> None:
    """Copy the ledger to FILE (0600), consistently, even while other commands run.
    Restore by copying it back over ledger.db (with outreach stopped)."""
    if not app.has_ledger:
        raise InputError(f"no ledger in {app.workspace.home}", "Run `outreach init` first.")
    if file.resolve() == app.workspace.ledger_path.resolve():
        raise InputError("the backup cannot be the ledger itself")
    app.ledger.export.backup(file)
    click.echo(f"Backed up the ledger to {file}.")
