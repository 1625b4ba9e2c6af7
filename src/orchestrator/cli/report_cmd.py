"""``outreach report``, ``inbox`` and ``digest``: what the outreach earned, and who waits."""

from __future__ import annotations

from pathlib import Path

import click

from .context import console, pass_app, print_json


@click.command()
@click.option("--since", default="90d", show_default=True,
              help="Start: a duration before now (90d, 8w) or a date (2026-09-01).")
@click.option("--until", default=None, help="End date (inclusive; default: now).")
@click.option("--campaign", default=None, help="Only this campaign's messages.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a self-contained HTML page with charts.")
@pass_app
def report(app, since: str, until: str | None, campaign: str | None, as_json: bool,
           html_path: Path | None) -> None:
    """Reply and acceptance rates by channel, campaign, personalization and week (read-only)."""
    from ..reports.figures import parse_when, report_for

    now = app.now()
    start = parse_when(since, now)
    end = parse_when(until, now, end_of_day=True) if until else now
    data = report_for(app, since=start, until=end, campaign=campaign).as_json()
    if html_path:
        from ..reports.html import render_report_html
        from ..workspace import write_private

        write_private(html_path, render_report_html(data, _contact_links(app)))
    if as_json:
        print_json(data)
        return
    _print_report(data)
    if html_path:
        click.echo(f"HTML report: {html_path}")


def _contact_links(app):
    from ..reports.inbox import link_makers

    makers = link_makers(app)

    def link_for(contact_id: int) -> str | None:
        contact = app.ledger.contacts.get(contact_id)
        for identity in contact.identities:
            make = makers.get(identity.platform)
            if make is not None and (link := make(identity)):
                return link
        return None

    return link_for


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _print_report(data: dict) -> None:
    from rich.table import Table

    out = console()
    out.print(f"[bold]Outreach report[/] {data['since'][:10]} to {data['until'][:10]}"
              + (f" · campaign {data['campaign']}" if data.get("campaign") else ""))
    table = Table("how personal", "sent", "replied", "reply rate", title="By personalization")
    for b in data["personalization"]:
        table.add_row(b["bucket"], str(b["sent"]), str(b["replied"]), _percent(b["reply_rate"]))
    out.print(table)
    table = Table("channel", "kind", "sent", "replied", "reply rate", "accepted",
                  "median h to reply", title="By channel")
    for c in data["channels"]:
        table.add_row(c["channel"], c["kind"], str(c["sent"]), str(c["replied"]),
                      _percent(c["reply_rate"]),
                      "–" if c["accepted"] is None else f"{c['accepted']} "
                      f"({_percent(c['acceptance_rate'])})",
                      "–" if c["median_hours_to_reply"] is None else str(c["median_hours_to_reply"]))
    out.print(table)
    table = Table("campaign", "contacted", "replied", "reply rate", title="By campaign")
    for c in data["campaigns"]:
        table.add_row(c["name"], str(c["contacted"]), str(c["replied"]), _percent(c["reply_rate"]))
    out.print(table)
    table = Table("week", "out", "in", "people reached", title="By week")
    for w in data["weeks"]:
        table.add_row(w["week"], str(w["out"]), str(w["in"]), str(w["people_reached"]))
    out.print(table)
    for name, meaning in data["definitions"]["personalization"].items():
        out.print(f"[dim]{name}: {meaning}[/]")


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the list as a self-contained HTML page.")
@pass_app
def inbox(app, as_json: bool, html_path: Path | None) -> None:
    """People who wrote to you and wait for an answer, longest-waiting first."""
    from ..reports.inbox import waiting, waiting_since

    rows = waiting(app)
    if html_path:
        from ..reports.inbox_html import render_inbox_html
        from ..workspace import write_private

        write_private(html_path, render_inbox_html(rows, app.now()))
    if as_json:
        print_json([r.as_json() for r in rows])
        return
    if not rows:
        click.echo("Nobody waits for an answer.")
    from rich.text import Text

    out = console()
    for r in rows:
        out.print(Text.assemble((r.name or f"contact {r.contact_id}", "bold"),
                                f" · {r.platform} {r.kind} · waiting {waiting_since(r, app.now())}"))
        if r.text:
            out.print(Text(f"  {r.text}"))
        if r.link:
            out.print(Text(f"  {r.link}", style="underline blue"))
    if html_path:
        click.echo(f"HTML inbox: {html_path}")


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--mail", is_flag=True, help="Also mail it to [digest] email_to (yourself).")
@pass_app
def digest(app, as_json: bool, mail: bool) -> None:
    """The Monday page: who waits, who is new, what needs a note, free slots, last week."""
    from ..errors import ConfigError
    from ..reports.digest import build_digest, digest_lines, mail_digest

    data = build_digest(app)
    if mail and mail_digest(app, data) is None:
        raise ConfigError("no [digest] email_to in config.toml",
                          'Add [digest] email_to = "you@example.com" to mail it to yourself.')
    if as_json:
        print_json(data)
        return
    for line in digest_lines(data):
        click.echo(line)
