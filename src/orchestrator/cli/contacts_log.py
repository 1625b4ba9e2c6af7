"""``outreach contacts log``: a touch point from elsewhere (a call, a meeting, a reply)."""

from __future__ import annotations

import click

from .context import pass_app, print_json


@click.command("log")
@click.argument("contact_id", type=int)
@click.option("--platform", required=True, help="Where: email, linkedin, twitter, phone, "
              "meeting, ...")
@click.option("--kind", required=True, help="What: message, reply, call, meeting, ...")
@click.option("--in", "direction", flag_value="in", help="They wrote, called or met you.")
@click.option("--out", "direction", flag_value="out", help="You wrote, called or met them.")
@click.option("--at", "when", default=None, metavar="WHEN",
              help="When it happened: 2026-11-03 or '2026-11-03 14:30' (UTC); default now.")
@click.option("--text", default="", help="What was said, if you want it in the history.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def log_cmd(app, contact_id: int, platform: str, kind: str, direction: str | None,
            when: str | None, text: str, as_json: bool) -> None:
    """Record a touch point from elsewhere, so campaigns, the inbox and reports see it.

    --in stops a campaign's later steps like a reply would (stop_on_reply) and puts the
    person in `outreach inbox`; --out answers whoever waits there.
    """
    from ..contacts.manual import log_touchpoint, parse_when
    from ..errors import InputError
    from ..output import terminal_safe

    if direction is None:
        raise InputError("say --in (they wrote or called) or --out (you did)")
    at = parse_when(when, app.now()) if when else None
    contact_id, tp, added = log_touchpoint(app, contact_id, platform=platform, kind=kind,
                                           direction=direction, at=at, text=text)
    if as_json:
        print_json(tp.as_json() | {"contact_id": contact_id, "recorded": added})
        return
    arrow = "from" if direction == "in" else "to"
    what = terminal_safe(f"{tp.platform} {tp.kind}", multiline=False)
    if added:
        click.echo(f"Logged {what} {arrow} contact {contact_id} at {tp.at:%Y-%m-%d %H:%M} UTC.")
    else:
        click.echo(f"Already logged: {what} {arrow} contact {contact_id} at "
                   f"{tp.at:%Y-%m-%d %H:%M} UTC.")
