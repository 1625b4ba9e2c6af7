"""The ``outreach`` command line: a thin layer over :mod:`orchestrator.app`.

Core subcommands are imported only when invoked (start-up stays fast with many plugins);
plugins add theirs through ``outreach_register_commands``. :func:`main` is the single error
boundary: our errors become one line and an exit code (see :mod:`orchestrator.errors`).
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from .. import __version__
from ..errors import EXIT_INTERRUPTED, OutreachError

EXIT_BUG = 70

# name -> (module:attribute, short help). Kept here so `--help` imports nothing else.
CORE_COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("workspace_cmd:init", "Create a workspace (config.toml, campaigns/, ledger)."),
    "demo": ("demo_cmd:demo", "Write a sample workspace and preview its weekly campaign."),
    "import": ("contacts:import_cmd", "Import contacts: outreach import SOURCE PATH."),
    "contacts": ("contacts:contacts", "List, show, add, note, tag, log and opt out contacts."),
    "campaigns": ("campaigns:campaigns", "List, show and check campaign files."),
    "plan": ("campaigns:plan", "Draft a campaign's messages and check each one."),
    "review": ("review_cmd:review", "Write the personal part of each draft, then re-check."),
    "preview": ("campaigns:preview", "Show a plan's messages, fully rendered, with verdicts."),
    "send": ("campaigns:send", "Send exactly the reviewed plan (never twice)."),
    "run": ("campaigns:run", "Plan and send a campaign; --dry-run to only preview; --due for cron."),
    "plans": ("campaigns:plans", "List recent plans."),
    "queue": ("queue_cmd:queue", "Messages waiting for you to send by hand (links, copy text)."),
    "confirm": ("deliveries:confirm", "Record that you sent hand-delivered drafts."),
    "deliveries": ("deliveries:deliveries", "The outbox: list deliveries, resolve unknown ones."),
    "policy": ("policy_cmd:policy", "Check messages against the customization policy."),
    "report": ("report_cmd:report", "Reply rates by channel, campaign, personalization, week."),
    "inbox": ("report_cmd:inbox", "People who wrote to you and wait for an answer."),
    "digest": ("report_cmd:digest", "The Monday page: who waits, who is new, free slots."),
    "plugins": ("plugins_cmd:plugins", "List plugins and the channels they declare."),
    "export": ("export_cmd:export", "Write the whole ledger as JSON or CSV files."),
    "backup": ("export_cmd:backup", "A consistent copy of the ledger, restorable by copying."),
    "ledger": ("ledger_cmd:ledger", "Ledger status (backend, members); migrate to PostgreSQL."),
    "schedule": ("schedule_cmd:schedule", "Install or show the weekly cron/systemd schedule."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(CORE_COMMANDS))

    def get_command(self, ctx, name):
        if name in CORE_COMMANDS and name not in self.commands:
            target, _ = CORE_COMMANDS[name]
            module_name, attr = target.split(":")
            module = importlib.import_module(f"{__name__}.{module_name}")
            self.add_command(getattr(module, attr), name)
        return super().get_command(ctx, name)

    def format_commands(self, ctx, formatter):
        rows = []
        for name in self.list_commands(ctx):
            if name in CORE_COMMANDS and name not in self.commands:
                rows.append((name, CORE_COMMANDS[name][1]))
            else:
                cmd = self.commands.get(name)
                if cmd is not None and not cmd.hidden:
                    rows.append((name, cmd.get_short_help_str(limit=formatter.width)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False), envvar="OUTREACH_HOME",
              help="Workspace folder (default: $OUTREACH_HOME, else your user data folder).")
@click.version_option(__version__, prog_name="outreach")
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """Personal outreach across LinkedIn, X and email: plan, preview, send - never generic.

    Exit codes: 0 ok, 1 something refused or failed, 2 bad input, 3 configuration,
    4 plugin, 5 remote service, 130 interrupted.
    """
    from .context import CliState

    ctx.ensure_object(CliState).home = home


def build_cli() -> click.Group:
    from .context import shared_plugins

    shared_plugins().register_commands(cli)
    return cli


def _show_traceback() -> bool:
    return os.environ.get("OUTREACH_TRACEBACK", "").strip().lower() in {"1", "true", "yes"}


def main(argv: list[str] | None = None) -> None:
    """Run ``outreach`` with ``argv`` (default: the process's own command line) and exit
    with its code. Called with the process's own command line (``argv`` None: the
    ``outreach`` script, ``python -m orchestrator``), it ends the process itself; see
    :func:`_leave`."""
    from ..output import terminal_safe
    from ..secrets import mask

    code = 0
    try:
        # Without standalone mode click returns the code of a raised click Exit.
        returned = build_cli().main(args=argv, prog_name="outreach", standalone_mode=False)
        code = returned if isinstance(returned, int) else 0
    except OutreachError as exc:
        if _show_traceback():
            raise
        # Messages quote files and contact data: no escape sequence reaches the terminal.
        click.echo(f"outreach: error: {terminal_safe(mask(exc.message))}", err=True)
        if exc.hint:
            click.echo(f"  {terminal_safe(mask(exc.hint))}", err=True)
        code = exc.exit_code
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        code = EXIT_INTERRUPTED
    except KeyboardInterrupt:
        click.echo("\nInterrupted.", err=True)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        code = 0
    except Exception as exc:
        if _show_traceback():
            raise
        from ..ledger.backends import unavailable

        clear = unavailable(exc)
        if clear is not None:  # the ledger, not our code: said like our own errors
            click.echo(f"outreach: error: {terminal_safe(mask(clear.message))}", err=True)
            click.echo(f"  {terminal_safe(mask(clear.hint))}", err=True)
            code = clear.exit_code
        else:
            click.echo(f"outreach: internal error: {type(exc).__name__}: "
                       f"{terminal_safe(mask(str(exc)))}", err=True)
            click.echo("  This is a bug; set OUTREACH_TRACEBACK=1 to see where, and report "
                       "it.", err=True)
            code = EXIT_BUG
    finally:
        from .context import close_apps

        close_apps()
    if argv is None:
        _leave(code)
    sys.exit(code)


def _leave(code: int) -> None:
    """End the process once the command's work is closed and its output flushed, without
    the interpreter's teardown: freeing every object of a big analysis one by one took
    up to 100 ms after a dry run had finished (mypy exits the same way). The exit
    handlers still run; with a thread still alive, or under a profiler or debugger, the
    usual exit runs instead."""
    import atexit
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if threading.active_count() > 1 or run_exit_handlers is None:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return  # a profiler or debugger (python -m cProfile) writes its report at the end
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            pass
    os._exit(code)
