"""``outreach schedule show|install``: run ``outreach run --due`` every 15 minutes.

``run --due`` is idempotent (each scheduled time runs once, under a lock), so the timer
can fire often and the campaign files keep the real schedule. Secrets do not go into the
crontab or the unit: they come from the keyring, or from an environment file (mode 0600)
that the systemd unit reads.

Paths are quoted for what reads them. In a crontab line every word is quoted for the shell
and every ``%`` escaped (cron turns a bare ``%`` into a line break, even inside quotes); in
a unit, ``%`` is doubled (systemd specifiers), a word holding a space, quote or backslash is
double-quoted with C escapes, and ``$`` in ``ExecStart=`` is doubled. A workspace path with
a line break cannot be written into either and is refused.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click

from ..errors import ConfigError
from .context import CliState

MARKER = "# outreach-orchestrator: run due campaigns"
UNIT = "outreach-due"


def _outreach_command() -> list[str]:
    found = shutil.which("outreach")
    if found:
        return [found]
    return [sys.executable, "-m", "orchestrator"]


def _check_path(text: str) -> str:
    if any(c in text for c in "\n\r\x00"):
        raise ConfigError(f"the path {text!r} holds a line break; a crontab line or a unit "
                          "file cannot name it",
                          "Move the workspace (or the outreach installation) to a path "
                          "without one.")
    return text


def cron_escape(command: str) -> str:
    """``command`` as a crontab line must spell it: cron turns a bare ``%`` into a line
    break (and what follows into standard input), quotes or not; ``\\%`` is a ``%``."""
    return command.replace("%", "\\%")


def _cron_home(home: Path) -> str:
    return cron_escape(f"OUTREACH_HOME={shlex.quote(_check_path(str(home)))}")


def cron_line(home: Path) -> str:
    command = " ".join(shlex.quote(_check_path(part)) for part in _outreach_command())
    return (f"*/15 * * * * {_cron_home(home)} {cron_escape(command)} run --due --quiet "
            f"{MARKER}")


_SYSTEMD_QUOTE = set(" \t\"'\\;")


def systemd_word(value: str, *, exec_line: bool = False) -> str:
    """One word of a unit file setting: ``%`` doubled (specifiers), ``$$`` in ``ExecStart=``
    lines, and double quotes with C escapes around a word holding a space or a quote."""
    text = _check_path(value).replace("%", "%%")
    if exec_line:
        text = text.replace("$", "$$")
    if not any(c in _SYSTEMD_QUOTE for c in text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def _systemd_command() -> str:
    """``ExecStart=``: systemd runs no executable whose path holds a quote or a backslash,
    and expands ``$`` only in arguments, so such a path is given to ``env`` to run."""
    executable, *args = _outreach_command()
    words = []
    if any(c in executable for c in "\"'\\"):
        words += ["/usr/bin/env", systemd_word(executable, exec_line=True)]
    else:
        words.append(systemd_word(executable))
    words += [systemd_word(arg, exec_line=True) for arg in args]
    return " ".join(words)


def systemd_units(home: Path) -> dict[str, str]:
    command = _systemd_command()
    env_file = _config_home() / "outreach" / "env"
    service = (
        "[Unit]\nDescription=outreach-orchestrator: run due campaigns\n\n"
        "[Service]\nType=oneshot\n"
        f"Environment={systemd_word(f'OUTREACH_HOME={home}')}\n"
        # EnvironmentFile= takes the rest of the line as the path: specifiers only
        f"EnvironmentFile=-{_check_path(str(env_file)).replace('%', '%%')}\n"
        f"ExecStart={command} run --due --quiet\n"
    )
    timer = (
        "[Unit]\nDescription=Run due outreach campaigns every 15 minutes\n\n"
        "[Timer]\nOnCalendar=*:0/15\nPersistent=true\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer}


def _home(ctx: click.Context) -> Path:
    from ..workspace import resolve_home

    state = ctx.find_object(CliState) or CliState()
    return resolve_home(state.home).resolve()


@click.group()
def schedule() -> None:
    """Run due campaigns automatically (cron or a systemd user timer)."""


@schedule.command()
@click.option("--systemd", is_flag=True, help="Show the systemd user units instead of cron.")
@click.pass_context
def show(ctx: click.Context, systemd: bool) -> None:
    """Print the crontab line (or systemd units) that runs `outreach run --due`."""
    home = _home(ctx)
    if systemd:
        for name, text in systemd_units(home).items():
            click.echo(f"# {_config_home() / 'systemd' / 'user' / name}\n{text}")
        return
    click.echo(cron_line(home))


@schedule.command()
@click.option("--systemd", is_flag=True, help="Install systemd user units instead of cron.")
@click.pass_context
def install(ctx: click.Context, systemd: bool) -> None:
    """Install the schedule for this workspace (idempotent)."""
    home = _home(ctx)
    if systemd:
        folder = _config_home() / "systemd" / "user"
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in systemd_units(home).items():
            (folder / name).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {folder / (UNIT + '.timer')} and its service.")
        click.echo(f"Enable it: systemctl --user daemon-reload && "
                   f"systemctl --user enable --now {UNIT}.timer")
        click.echo(f"Secrets for unattended runs go in {_config_home() / 'outreach' / 'env'} "
                   "(chmod 600), e.g. OUTREACH_EMAIL_PASSWORD=...")
        return
    crontab = shutil.which("crontab")
    if crontab is None:
        raise ConfigError("no crontab command on this machine",
                          "Use `outreach schedule install --systemd`, or add the line from "
                          "`outreach schedule show` to your scheduler.")
    current = subprocess.run([crontab, "-l"], capture_output=True, text=True)
    lines = current.stdout.splitlines() if current.returncode == 0 else []
    line = cron_line(home)
    kept = [existing for existing in lines
            if not (MARKER in existing and f" {_cron_home(home)} " in existing)]
    if line in lines and len(kept) == len(lines) - 1:
        click.echo("Already installed.")
        return
    new = "\n".join(kept + [line]) + "\n"
    subprocess.run([crontab, "-"], input=new, text=True, check=True)
    click.echo(f"Installed: {line}")
