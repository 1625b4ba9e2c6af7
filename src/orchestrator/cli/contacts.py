"""``outreach import`` and ``outreach contacts ...``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError
from ..model import Contact, Identity
from ..output import terminal_safe
from .context import console, pass_app, print_json


def _app_for_write(app):
    if not app.workspace.exists():
        app.workspace.init()
    return app


@click.command("import")
@click.argument("source")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--map", "mapping", multiple=True, metavar="COLUMN=FIELD",
              help="CSV: map a column to a field (first_name, email, linkedin, notes, tags, ...).")
@click.option("--tag", "tags", multiple=True, help="Add this tag to everyone imported.")
@click.option("--option", "-o", "extra", multiple=True, metavar="KEY=VALUE",
              help="An importer option, e.g. -o owner=https://www.linkedin.com/in/you.")
@click.option("--skip-invalid", is_flag=True,
              help="Import the valid records and report invalid ones, instead of nothing.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the import summary as JSON, every warning included.")
@click.option("--verbose", "-v", is_flag=True,
              help="List every row left out and every warning, not three of each kind.")
@pass_app(create=True)
def import_cmd(app, source: str, path: Path, mapping, tags, extra, skip_invalid: bool,
               as_json: bool, verbose: bool):
    """Import contacts from SOURCE (vcard, csv, linkedin, twitter-archive, ...) at PATH.

    All or nothing: a bad record stops the import with its file and line, and nothing is
    written. Importing the same people again adds only what is new. Rows left out (a
    phone-only contact, a hidden profile) are counted by kind, with three examples each.
    """
    from ..contacts.importing import import_file

    _app_for_write(app)
    options = {"map": "\x1f".join(mapping), "tag": ",".join(tags)}
    for item in extra:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"expected KEY=VALUE, got {item!r}")
        options[key.strip()] = value.strip()
    if sys.stderr.isatty() and not as_json:
        with console(stderr=True).status(f"Importing {path.name} ({source})..."):
            summary = import_file(app, source, path, options, skip_invalid=skip_invalid)
    else:
        summary = import_file(app, source, path, options, skip_invalid=skip_invalid)
    if as_json:
        print_json(summary.as_json())
        return
    click.echo(f"Imported {summary.records} records from {path}: {summary.created} new, "
               f"{summary.updated} updated, {summary.unchanged} unchanged, "
               f"{summary.merged} merged, {summary.touchpoints} new touch points"
               + (f", {summary.suppressed} suppressed (erased at their request)."
                  if summary.suppressed else "."))
    if summary.linked or summary.proposed:
        click.echo(f"Identities linked: {summary.linked}; links to review: {summary.proposed} "
                   "(outreach contacts links).")
    _print_notices(summary, verbose)


EXAMPLES = 3


def _print_notices(summary, verbose: bool) -> None:
    """Rows left out and warnings: a count and three examples per kind (all with -v)."""
    groups = summary.by_kind()
    if not groups:
        return
    hidden = 0
    for (kind, skipped), messages in groups.items():
        if len(messages) == 1:  # one of its kind: one line, as it always was
            click.echo(f"{'skipped' if skipped else 'warning'}: "
                       f"{terminal_safe(messages[0], multiline=False)}", err=True)
            continue
        label = "left out" if skipped else "warnings"
        click.echo(f"{len(messages):,} {label}: {terminal_safe(kind, multiline=False)}",
                   err=True)
        shown = messages if verbose else messages[:EXAMPLES]
        for message in shown:
            click.echo(f"  {terminal_safe(message, multiline=False)}", err=True)
        if len(messages) > len(shown):
            click.echo(f"  ... and {len(messages) - len(shown):,} more", err=True)
            hidden += len(messages) - len(shown)
    if hidden:
        click.echo("Run with -v to list them all, or --json for the full summary.", err=True)


@click.group()
def contacts() -> None:
    """People, their identities on each platform, and their history."""


@contacts.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--tag", "tags", multiple=True, help="Only contacts with this tag.")
@click.option("--search", "query", default="", help="Only contacts whose name, company, "
              "headline or notes contain this text.")
@click.option("--opted-out", is_flag=True, help="Only people who opted out.")
@pass_app
def list_contacts(app, as_json: bool, tags, query: str, opted_out: bool) -> None:
    """List contacts."""
    # Rows straight from the ledger (ContactRow: a contact's fields, no Contact built),
    # filtered and written as they stream; --json writes each row's own text in chunks.
    people = app.ledger.contacts.rows() if app.has_ledger else iter(())
    wanted = {t.casefold() for t in tags}
    if wanted:
        people = (c for c in people if wanted & {t.casefold() for t in c.tags})
    if query:
        q = query.casefold()
        people = (c for c in people if q in " ".join(
            [c.name, c.company, c.headline, c.notes, *(i.display for i in c.identities)]).casefold())
    if opted_out:
        people = (c for c in people if c.opted_out)
    if as_json:
        from ..output import write_json_texts

        write_json_texts((c.json_text() for c in people), sys.stdout)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table("id", "name", "company", "identities", "tags", "status")
    for c in people:
        cells = (str(c.id), display_name(c), c.company,
                 ", ".join(f"{i.platform}:{i.display or i.key}" for i in c.identities),
                 ", ".join(c.tags), "opted out" if c.opted_out else "")
        # Text, not str: a name like "[link=...]" is not rich markup; escapes are shown
        table.add_row(*(Text(terminal_safe(cell, multiline=False)) for cell in cells))
    console().print(table)


def display_name(contact: Contact) -> str:
    """The contact's name; without one, the name an identity carries, else its handle."""
    if contact.name:
        return contact.name
    import re

    for ident in contact.identities:  # "Ada Byron <ada@example.com>"
        named = re.match(r"^\s*(.+?)\s*<[^>]*>\s*$", ident.display or "")
        if named:
            return named.group(1).strip('"')
    for ident in contact.identities:  # the name as written, kept in the evidence
        named = re.search(r"\(named '([^']+)' there\)", ident.evidence or "")
        if named:
            return named.group(1)
    return next((i.display or i.key for i in contact.identities), f"contact {contact.id}")


@contacts.command("show")
@click.argument("contact_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_app
def show(app, contact_id: int, as_json: bool) -> None:
    """One contact with identities and touch-point history."""
    contact = app.ledger.contacts.get(contact_id)
    history = app.ledger.touchpoints.for_contact(contact.id)
    last = max((tp for tp in history if tp.direction == "out"), key=lambda tp: tp.at,
               default=None)
    if as_json:
        edits = [e | {"at": e["at"].isoformat()} for e in app.ledger.contacts.edits(contact.id)]
        reached = last and {"at": last.at.isoformat(), "member": last.member,
                            "platform": last.platform, "campaign": last.campaign}
        print_json(contact.as_json() | {"touchpoints": [t.as_json() for t in history],
                                        "edits": edits, "last_reached": reached})
        return
    from rich.markup import escape

    def line(value) -> str:
        return terminal_safe(value, multiline=False)

    out = console()
    out.print(f"[bold]{escape(line(contact.name))}[/] (#{contact.id})"
              + (" [red]opted out[/]" if contact.opted_out else ""))
    for label, value in (("company", contact.company), ("title", contact.title),
                         ("headline", contact.headline), ("location", contact.location),
                         ("notes", contact.notes), ("interests", ", ".join(contact.interests)),
                         ("tags", ", ".join(contact.tags))):
        if value:
            out.print(f"  {label}: {line(value)}", markup=False)
    for ident in contact.identities:
        evidence = f"  ({ident.evidence})" if ident.evidence else ""
        out.print(line(f"  {ident.platform}: {ident.display or ident.key}{evidence}"),
                  markup=False)
    for edit in app.ledger.contacts.edits(contact.id):
        changed = "; ".join(f"{k} {v['from']!r} -> {v['to']!r}" for k, v in edit["changes"].items())
        out.print(line(f"  edited {edit['at']:%Y-%m-%d}: {changed}"), markup=False)
    if last is not None:
        from ..reached import last_reached_words

        words = last_reached_words(last.at, last.member, app.ledger.member, app.now())
        out.print(line(f"  {words} on {last.platform}"
                       + (f" with '{last.campaign}'" if last.campaign else "")), markup=False)
    if history:
        out.print("  history:")
    for tp in history:
        arrow = "→" if tp.direction == "out" else "←"
        text = f" {tp.text[:70]!r}" if tp.text else ""
        who = f" by {tp.member}" if tp.member else ""
        out.print(f"    {tp.at:%Y-%m-%d} {arrow} "
                  + line(f"{tp.platform} {tp.kind} [{tp.status}]{who}{text}"), markup=False)


@contacts.command("add")
@click.option("--first", "first_name", default="")
@click.option("--last", "last_name", default="")
@click.option("--company", default="")
@click.option("--title", default="")
@click.option("--headline", default="")
@click.option("--notes", default="", help="How you met, what you talked about.")
@click.option("--interest", "interests", multiple=True)
@click.option("--tag", "tags", multiple=True)
@click.option("--email", default=None)
@click.option("--linkedin", default=None, help="Profile URL.")
@click.option("--twitter", default=None, help="X handle or profile URL.")
@click.option("--json", "as_json", is_flag=True)
@pass_app(create=True)
def add(app, first_name, last_name, company, title, headline, notes, interests, tags,
        email, linkedin, twitter, as_json) -> None:
    """Add a person (at least one of --email, --linkedin, --twitter)."""
    from .fields import check_line, check_lines, check_notes

    for option, value in (("--first", first_name), ("--last", last_name),
                          ("--company", company), ("--title", title),
                          ("--headline", headline)):
        check_line(option, value)
    check_lines("--interest", interests)
    check_lines("--tag", tags)
    check_notes("--notes", notes)
    _app_for_write(app)
    raw = [(p, v) for (p, v) in (("email", email), ("url", linkedin), ("twitter", twitter)) if v]
    if not raw:
        raise InputError("a contact needs at least one of --email, --linkedin, --twitter")
    identities = [app.normalize_identity(p, v) for p, v in raw]
    if linkedin and not any(i.platform == "linkedin" for i in identities):
        # a URL of another site, or one LinkedIn does not serve ("/in/%ZZ"), is a web
        # identity when imported; typed as --linkedin it is a mistake
        raise InputError(f"--linkedin: {linkedin!r} is not a LinkedIn profile address",
                         "Give the profile's address, e.g. "
                         "https://www.linkedin.com/in/ada-lovelace.")
    identities = [Identity(i.platform, i.key, i.display, "manual", "added by hand") for i in identities]
    for ident in identities:
        owner = app.ledger.contacts.by_identity(ident.platform, ident.key)
        if owner is not None:
            raise InputError(f"{ident.display} is already contact {owner}",
                             f"See `outreach contacts show {owner}`.")
    contact_id = app.ledger.contacts.create(Contact(
        first_name=first_name, last_name=last_name, company=company, title=title,
        headline=headline, notes=notes, interests=list(interests), tags=list(tags),
        identities=identities))
    if as_json:
        print_json(app.ledger.contacts.get(contact_id).as_json())
    else:
        click.echo(f"Added contact {contact_id}.")


@contacts.command("note")
@click.argument("contact_id", type=int)
@click.argument("text")
@pass_app
def note(app, contact_id: int, text: str) -> None:
    """Append to a contact's notes (how you met, what you discussed)."""
    from .fields import check_notes

    check_notes("TEXT", text)
    app.ledger.contacts.append_note(contact_id, text)
    click.echo(f"Noted on contact {contact_id}.")


@contacts.command("tag")
@click.argument("contact_id", type=int)
@click.argument("tags", nargs=-1, required=True)
@click.option("--remove", is_flag=True, help="Remove these tags instead.")
@pass_app
def tag(app, contact_id: int, tags, remove: bool) -> None:
    """Add (or --remove) tags."""
    from .fields import check_lines

    check_lines("TAGS", tags)
    contact = app.ledger.contacts.get(contact_id)
    drop = {t.casefold() for t in tags}
    new = ([t for t in contact.tags if t.casefold() not in drop] if remove
           else contact.tags + list(tags))
    app.ledger.contacts.set_lists(contact.id, tags=new)
    now = ", ".join(app.ledger.contacts.get(contact.id).tags) or "(none)"
    click.echo(f"Tags of contact {contact.id}: {terminal_safe(now, multiline=False)}")


@contacts.command("opt-out")
@click.argument("contact_id", type=int)
@click.option("--reason", default="asked not to be contacted")
@pass_app
def opt_out(app, contact_id: int, reason: str) -> None:
    """Never contact this person again, on any channel (what waits for you to send by hand
    to them is cancelled)."""
    from ..contacts.manual import opt_out as opt_out_contact

    changed, cancelled = opt_out_contact(app, contact_id, reason)
    click.echo(f"Contact {contact_id} {'opted out' if changed else 'was already opted out'} "
               "on every channel.")
    if cancelled:
        drafts = ", ".join(d.draft_id for d in cancelled)
        click.echo(f"Cancelled {len(cancelled)} message(s) waiting for you to send: {drafts}.")


@contacts.command("opt-in")
@click.argument("contact_id", type=int)
@pass_app
def opt_in(app, contact_id: int) -> None:
    """Undo an opt-out (only when the person asked for it)."""
    app.ledger.contacts.opt_in(contact_id)
    click.echo(f"Contact {contact_id} may be contacted again.")


@contacts.command("merge")
@click.argument("keep", type=int)
@click.argument("other", type=int)
@pass_app
def merge(app, keep: int, other: int) -> None:
    """Merge OTHER into KEEP: one person, all identities and history."""
    kept = app.ledger.contacts.merge(keep, other, "merged by hand", by_user=True)
    click.echo(f"Contact {other} is now part of contact {kept}.")


@contacts.command("links")
@click.option("--accept", type=int, help="Accept proposal ID (merges the two contacts).")
@click.option("--reject", type=int, help="Reject proposal ID (never merge the two).")
@click.option("--accept-above", type=click.FloatRange(0, 1), default=None, metavar="SCORE",
              help="Accept every waiting proposal scored above SCORE (after a look).")
@click.option("--json", "as_json", is_flag=True,
              help="Print {id, contact_id, other_contact_id, score, evidence}, best first.")
@pass_app
def links(app, accept: int | None, reject: int | None, accept_above: float | None,
          as_json: bool) -> None:
    """Proposals that two contacts are one person, best first, with their evidence."""
    if accept_above is not None:
        done = [row["id"] for row in app.ledger.contacts.proposals()
                if row["score"] > accept_above]
        for proposal in done:  # one already joined by an earlier accept merges nothing
            app.ledger.contacts.resolve_proposal(proposal, True)
        click.echo(f"Accepted {len(done)} proposal(s) scored above {accept_above}.")
        return
    if accept is not None or reject is not None:
        row = app.ledger.contacts.resolve_proposal(accept if accept is not None else reject,
                                                   accept is not None)
        if accept is not None:
            click.echo(f"Proposal {row['id']} accepted.")
        else:
            click.echo(f"Proposal {row['id']} rejected: contacts {row['contact_id']} and "
                       f"{row['other_contact_id']} will never be merged by an import, sync "
                       "or proposal (`outreach contacts merge` still can).")
        return
    rows = app.ledger.contacts.proposals()
    if as_json:
        # {id, contact_id, other_contact_id, score, evidence} and the proposal's other
        # columns (platform, key, display, plugin, status, created_at), best first
        print_json(rows)
        return
    if not rows:
        click.echo("No identity links waiting.")
    for row in rows:
        what = ("" if row["platform"] == "person"
                else f"share {row['platform']} {row['display'] or row['key']} — ")
        click.echo(f"{row['id']}: contact {row['contact_id']} and contact "
                   f"{row['other_contact_id']} ({row['score']:.2f}) "
                   + terminal_safe(f"{what}{row['evidence']}", multiline=False))


# `contacts log` lives in its own module (a touch point recorded by hand).
from .contacts_log import log_cmd  # noqa: E402

contacts.add_command(log_cmd)

from .contacts_life import delete_cmd, edit_cmd, split_cmd  # noqa: E402

contacts.add_command(edit_cmd)
contacts.add_command(split_cmd)
contacts.add_command(delete_cmd)
