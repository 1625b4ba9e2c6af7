"""``outreach campaigns``, ``plan``, ``preview``, ``send``, ``run``, ``plans``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EXIT_REFUSED, InputError, OutreachError
from .context import console, pass_app, print_json


def _campaign(app, name: str):
    from ..campaigns.loader import find_campaign

    return find_campaign(app.workspace.campaigns_dir, name)


def _check_settings(app, campaign) -> None:
    """Invalid settings of the campaign's channels (a secret in config.toml, a quota
    override that is not a whole number) stop the command before anything is planned."""
    from ..settings import check_settings

    check_settings(app, [step.channel for step in campaign.steps])


def _plan_id(app, plan: str | None) -> str:
    if plan:
        return plan
    latest = app.ledger.plans.latest()
    if latest is None:
        raise InputError("no plan yet", "Make one with `outreach plan CAMPAIGN`.")
    return latest.id


@click.group()
def campaigns() -> None:
    """Campaign files in the workspace's campaigns/ folder."""


@campaigns.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@pass_app
def list_campaigns(app, as_json: bool) -> None:
    """List campaigns with their schedule and next run."""
    from ..campaigns.loader import campaign_files, load_campaign
    from ..campaigns.schedule import next_run
    from ..errors import CampaignError

    rows = []
    for path in campaign_files(app.workspace.campaigns_dir):
        try:
            c = load_campaign(path)
        except CampaignError as exc:
            rows.append({"name": path.stem, "path": str(path), "schedule": None,
                         "next_run": None, "error": exc.message})
            continue
        last = app.ledger.runs.last_started(c.name) if app.has_ledger else None
        rows.append({
            "name": c.name, "path": str(path), "schedule": c.schedule, "timezone": c.timezone,
            "next_run": next_run(c.schedule, c.timezone, app.now()).isoformat() if c.schedule else None,
            "last_run": last.isoformat() if last else None,
            "steps": [{"channel": s.channel, "kind": s.kind, "label": s.label} for s in c.steps],
            "description": c.description,
        })
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo(f"No campaigns in {app.workspace.campaigns_dir}.")
    for r in rows:
        if "error" in r:
            click.echo(f"{r['name']}: invalid: {r['error']}")
            continue
        steps = ", ".join(f"{s['channel']} {s['kind']}" for s in r["steps"])
        when = f" · next {r['next_run']}" if r["next_run"] else ""
        click.echo(f"{r['name']}: {steps}{when}")


@campaigns.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def show_campaign(app, name: str, as_json: bool) -> None:
    """Show a campaign: audience, steps and templates, and when each step goes, in words."""
    from ..campaigns.conditions import describe_step

    c = _campaign(app, name)
    data = {
        "name": c.name, "path": c.path, "description": c.description, "schedule": c.schedule,
        "timezone": c.timezone, "repeat": str(c.repeat) if c.repeat else None,
        "stop_on_reply": c.stop_on_reply,
        "audience": {"tags": list(c.audience.tags), "channels": list(c.audience.channels),
                     "source": c.audience.source, "keywords": list(c.audience.keywords),
                     "cooldown": str(c.audience.cooldown) if c.audience.cooldown else None},
        "steps": [{"index": s.index, "label": s.label, "channel": s.channel, "kind": s.kind,
                   "mode": s.mode, "subject": s.subject, "template": s.template_name,
                   "after": str(s.after) if s.after else None, "when": s.when,
                   "fallback": s.fallback, "condition": describe_step(c, s),
                   "source": s.template} for s in c.steps],
    }
    if as_json:
        print_json(data)
        return
    from rich.markup import escape

    out = console()
    out.print(f"[bold]{escape(c.name)}[/] ({escape(c.path)})")
    if c.description:
        out.print(c.description, markup=False)
    if c.stop_on_reply:
        out.print("Once someone writes back (any channel), no later step goes to them, except "
                  'a step with when = "replied" (stop_on_reply = false turns this off).',
                  markup=False)
    for s in data["steps"]:
        out.print(f"[cyan]{escape(s['label'])}[/]: {s['channel']} {s['kind']}"
                  + (f", subject {escape(repr(s['subject']))}" if s["subject"] else ""))
        out.print(f"  {s['condition']}", markup=False)
        out.print(s["source"], markup=False)


@campaigns.command("check")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_app
def check_campaigns_cmd(app, name: str | None, as_json: bool) -> None:
    """Check every campaign (or NAME) before it reaches anyone.

    Loads each file, validates each step against its channel's rules and renders every
    subject and body for a sample person (with and without a personal note), naming the
    file and line of each problem. Exit 0 when all pass, 1 when any problem is found
    (invalid file, unknown channel or kind, template error), 2 when NAME does not exist.
    """
    from ..campaigns.check import check_campaigns

    results = check_campaigns(app, name)
    failed = [r for r in results if not r.ok]
    if as_json:
        print_json({"ok": not failed, "campaigns": [r.as_json() for r in results]})
    else:
        if not results:
            click.echo(f"No campaigns in {app.workspace.campaigns_dir}.")
        for r in results:
            if r.ok:
                click.echo(f"{r.name}: ok ({r.steps} step{'s' if r.steps != 1 else ''})")
                continue
            click.echo(f"{r.name}: {len(r.problems)} problem"
                       f"{'s' if len(r.problems) != 1 else ''}")
            for problem in r.problems:
                click.echo(f"  {problem}")
                if problem.hint:
                    click.echo(f"    {problem.hint}")
    if failed:
        raise click.exceptions.Exit(EXIT_REFUSED)


@click.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the preview as a self-contained HTML page.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
@click.option("--all", "show_all", is_flag=True,
              help="Print every message in full (past a screenful only a summary is shown).")
@pass_app
def plan(app, name: str, as_json: bool, html_path: Path | None, quiet: bool,
         show_all: bool) -> None:
    """Draft a campaign's messages, check each against the policy, and store the plan."""
    from ..campaigns.planner import plan_campaign

    campaign = _campaign(app, name)
    _check_settings(app, campaign)
    result = plan_campaign(app, campaign)
    if as_json:
        print_json(result.as_json())
    else:
        _show(app, result.drafts, plan_id=result.plan_id, campaign=result.campaign.name,
              skipped=result.skipped, problems=result.problems, html_path=html_path, quiet=quiet,
              show_all=show_all)
        _notices(result)
        allowed = sum(d.verdict.allowed for d in result.drafts)
        click.echo(f"Plan {result.plan_id}: {len(result.drafts)} drafts, {allowed} allowed. "
                   f"Next: `outreach review {result.plan_id}`, then `outreach send {result.plan_id}`.")
    if html_path and as_json:
        _write_html(app, result.drafts, result.plan_id, result.campaign.name, result.skipped,
                    result.problems, html_path)


def _notices(result) -> None:
    """What the plan assumed (a LinkedIn account type config.toml does not give), once."""
    for line in result.notices:
        click.echo(f"Note: {line}")


def _write_html(app, drafts, plan_id, campaign, skipped, problems, html_path, dry_run=False,
                preview=None, contacts=None):
    from ..preview import build_preview
    from ..preview.html import render_html
    from ..workspace import write_private

    if preview is None:
        preview = build_preview(app, drafts, plan_id=plan_id, campaign=campaign,
                                skipped=skipped, problems=problems, dry_run=dry_run,
                                contacts=contacts)
    write_private(html_path, render_html(preview))


def _show(app, drafts, *, plan_id, campaign, skipped=(), problems=(), html_path=None,
          dry_run=False, quiet=False, show_all=False, contacts=None) -> None:
    if quiet and not html_path:
        return  # -q: the caller prints the summary line; no preview, no terminal renderer
    from ..preview import build_preview

    preview = build_preview(app, drafts, plan_id=plan_id, campaign=campaign, skipped=skipped,
                            problems=problems, dry_run=dry_run, contacts=contacts)
    if not quiet:
        from ..preview.terminal import render_terminal

        render_terminal(preview, console(), show_all=show_all)
    if html_path:
        _write_html(app, drafts, plan_id, campaign, skipped, problems, html_path, dry_run,
                    preview=preview)
        click.echo(f"HTML preview: {html_path}")


@click.command()
@click.argument("plan_id", required=False)
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a self-contained HTML page of the preview.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--all", "show_all", is_flag=True,
              help="Print every message in full (past a screenful only a summary is shown).")
@pass_app
def preview(app, plan_id: str | None, html_path: Path | None, as_json: bool,
            show_all: bool) -> None:
    """Show every message of a plan (default: the latest), fully rendered, with verdicts."""
    from ..policy.gate import recheck_plan

    plan_id = _plan_id(app, plan_id)
    plan_row = app.ledger.plans.get(plan_id)
    drafts = app.ledger.plans.drafts(plan_id)
    # Each person read once for the three stages below (they were read once per stage).
    contacts = app.ledger.contacts.current_of({d.contact_id for d in drafts})
    # the policy runs at preview time too
    recheck_plan(app, plan_id, drafts=drafts, contacts=contacts)
    from ..campaigns.drafting import refresh_views

    # and the channel builds each message as the send will
    refresh_views(app, drafts, contacts=contacts)
    if as_json:
        print_json({"plan_id": plan_id, "campaign": plan_row.campaign,
                    "drafts": [d.as_json() for d in drafts]})
        if html_path:
            _write_html(app, drafts, plan_id, plan_row.campaign, [], [], html_path,
                        contacts=contacts)
        return
    _show(app, drafts, plan_id=plan_id, campaign=plan_row.campaign, html_path=html_path,
          show_all=show_all, contacts=contacts)


def _runner(app, *, quiet: bool):
    from ..delivery.runner import Runner

    if quiet or not sys.stderr.isatty():
        return Runner(app, log=lambda m: click.echo(m, err=True) if not quiet else None), None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(TextColumn("sending"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.description}"), console=console(stderr=True),
                        transient=True)
    task = progress.add_task("", total=None)

    def update(done: int, total: int, label: str) -> None:
        progress.update(task, completed=done, total=total, description=label)

    return Runner(app, progress=update, log=lambda m: progress.console.print(m)), progress


def _send(app, plan_id: str, *, as_json: bool, quiet: bool = False):
    """Send a plan with a progress bar; returns (exit code, summary)."""
    runner, progress = _runner(app, quiet=quiet or as_json)
    if progress is not None:
        with progress:
            summary = runner.send_plan(plan_id)
    else:
        summary = runner.send_plan(plan_id)
    if as_json:
        print_json(summary.as_json())
    else:
        _print_summary(summary)
    failed = (summary.failed or summary.unknown or summary.refused_by_policy
              or summary.retry_later)
    return (EXIT_REFUSED if failed else 0), summary


def _print_summary(summary) -> None:
    from ..output import terminal_safe  # server replies and errors reach the terminal here

    click.echo(f"Plan {summary.plan_id}: {summary.sent} sent, {summary.failed} failed, "
               f"{summary.unknown} unknown, {summary.held_by_quota} held by quota, "
               f"{summary.refused_by_policy} refused by policy, {summary.waiting} waiting for you"
               + (f", {summary.retry_later} to retry" if summary.retry_later else "")
               + (f", {summary.opted_out} opted out" if summary.opted_out else "")
               + (f", {summary.cooled_down} reached by others meanwhile"
                  if summary.cooled_down else "")
               + (f", {summary.already_done} already done" if summary.already_done else "") + ".")
    for item in summary.details:
        if (item["outcome"] in ("failed", "unknown", "retry-later", "held-by-quota",
                                "cooled-down")
                or "while the plan was being sent" in item["detail"]):  # changed mid-send
            click.echo(f"  {item['draft_id']}: {item['outcome']}: "
                       f"{terminal_safe(item['detail'], multiline=False)}")
    if summary.waiting:
        click.echo("Waiting for you: `outreach queue` shows what to send by hand; "
                   "then `outreach confirm DRAFT...`.")
    for stop in summary.stopped:
        when = stop["retry_at"].replace("T", " ")[:16]
        click.echo(f"{stop['channel']}: stopped after {stop['failures']} failures in a row to "
                   f"reach the service ({terminal_safe(stop['error'], multiline=False)}); "
                   f"{stop['left']} message(s) left "
                   f"planned. Try again after {when} UTC: `outreach send {summary.plan_id}`.")
    if summary.unknown:
        click.echo("Unknown outcomes are never retried: check, then "
                   "`outreach deliveries resolve ID sent|failed|retry`.")
    if summary.refused_by_policy:
        click.echo(f"Refused drafts were not sent: `outreach review {summary.plan_id}`.")


@click.command()
@click.argument("plan_id")
@click.option("--json", "as_json", is_flag=True, help="Print the send summary as JSON.")
@click.option("--quiet", "-q", is_flag=True)
@pass_app
def send(app, plan_id: str, as_json: bool, quiet: bool) -> None:
    """Send exactly the reviewed plan. Refused drafts never go out; nothing goes twice."""
    code, _ = _send(app, plan_id, as_json=as_json, quiet=quiet)
    if code:
        raise click.exceptions.Exit(code)


@click.command()
@click.argument("name", required=False)
@click.option("--dry-run", is_flag=True, help="Plan and preview only: nothing is sent or saved.")
@click.option("--due", is_flag=True, help="Run every scheduled campaign that is due (for cron).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the preview as a self-contained HTML page.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary lines.")
@click.option("--all", "show_all", is_flag=True,
              help="Print every message in full (past a screenful only a summary is shown).")
@pass_app(dry_run_flag="dry_run")
def run(app, name: str | None, dry_run: bool, due: bool, html_path: Path | None,
        as_json: bool, quiet: bool, show_all: bool) -> None:
    """Plan and send a campaign in one go (NAME), or every due campaign (--due)."""
    from ..campaigns.planner import plan_campaign

    if due:
        if name:
            raise InputError("give a campaign NAME or --due, not both")
        from ..campaigns.due import append_run_log, exit_code, run_due

        results = run_due(app, dry_run=dry_run, runner_factory=lambda: _runner(app, quiet=True)[0])
        code = exit_code(results) if not dry_run else 0
        waiting = _waiting_count(app) if results and not dry_run else 0
        if as_json:
            print_json(results)
        else:
            for item in results:
                click.echo(item["message"])
            if not results and not quiet:  # cron mails any output: say nothing when idle
                click.echo("No campaign is due.")
            if results and not dry_run:
                click.echo(f"{waiting} {'person waits' if waiting == 1 else 'people wait'} "
                           "for your answer (`outreach inbox`).")
        if results and not dry_run:
            append_run_log(app, results, code, waiting)
            _digest_after_run(app, show=not as_json)
        if code:
            raise click.exceptions.Exit(code)
        return
    if not name:
        raise InputError("which campaign?", "Give its name, or --due for every due campaign.")
    campaign = _campaign(app, name)
    _check_settings(app, campaign)
    if dry_run:
        result = plan_campaign(app, campaign, store=False)
        if as_json:
            print_json(result.as_json() | {"dry_run": True})
            return
        _show(app, result.drafts, plan_id=None, campaign=campaign.name, skipped=result.skipped,
              problems=result.problems, html_path=html_path, dry_run=True, quiet=quiet,
              show_all=show_all)
        _notices(result)
        allowed = sum(d.verdict.allowed for d in result.drafts)
        click.echo(f"Dry run of {campaign.name}: {len(result.drafts)} drafts, {allowed} allowed, "
                   f"{len(result.drafts) - allowed} refused; nothing was sent or saved.")
        return
    from ..campaigns.runs import claim_run, run_campaign
    from ..syncing import run_syncs

    for sync in run_syncs(app):  # replies in before planning; a failure is reported only
        click.echo(("outreach: warning: " if sync.status == "failed" else "") + sync.message,
                   err=sync.status == "failed" or as_json)
    now = app.now()
    _, since = claim_run(app, campaign, now)
    codes = []

    def show_and_send(plan):
        if not as_json and not quiet:
            _show(app, plan.drafts, plan_id=plan.plan_id, campaign=campaign.name,
                  skipped=plan.skipped, problems=plan.problems, html_path=html_path)
            _notices(plan)
        code, summary = _send(app, plan.plan_id, as_json=as_json, quiet=quiet)
        codes.append(code)
        return summary

    run_campaign(app, campaign, now, since, show_and_send)
    code = codes[0]
    if code:
        raise click.exceptions.Exit(code)


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", default=20, show_default=True)
@pass_app
def plans(app, as_json: bool, limit: int) -> None:
    """List recent plans."""
    rows = app.ledger.plans.list(limit)
    if as_json:
        print_json([r.as_json() for r in rows])
        return
    if not rows:
        click.echo("No plans yet: `outreach plan CAMPAIGN`.")
    for r in rows:
        by = f"  by {r.member}" if r.member else ""
        click.echo(f"{r.id}  {r.created_at[:16]}  {r.campaign}  {r.status}  "
                   f"{r.drafts} drafts, {r.allowed} allowed{by}")


def _waiting_count(app) -> int:
    """How many people wrote and wait for an answer (the inbox)."""
    from ..reports.inbox import waiting

    return len({entry.contact_id for entry in waiting(app)})


def _digest_after_run(app, *, show: bool) -> None:
    """The Monday page after a due run: printed, and mailed to you with [digest] email_to."""
    from ..reports.digest import build_digest, digest_lines, mail_digest

    digest = build_digest(app)
    if show:
        click.echo("")
        for line in digest_lines(digest):
            click.echo(line)
    try:
        sent_to = mail_digest(app, digest)
    except OutreachError as exc:  # the run itself is done; say why the digest did not go
        click.echo(f"outreach: warning: the digest was not mailed: {exc.message}", err=True)
        return
    if sent_to and show:
        click.echo(f"Digest mailed to {sent_to}.")
