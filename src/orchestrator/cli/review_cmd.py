"""``outreach review``: write the personal part of each draft, in your editor or per draft."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import click

from ..errors import InputError
from .context import console, pass_app

if TYPE_CHECKING:
    from ..model import Plan

HEADER = """\
# Plan {plan_id} · {campaign} · {count} drafts
# Write each person's personal sentence after "note:" - something only they would
# recognise: where you met, their talk, post or project, a mutual contact.
# Change "keep" to "skip" to leave someone out of this plan.
# Lines starting with # are ignored. Save and close to re-check every draft.
"""

ENTRY = re.compile(r"^==\s+(?P<id>\S+)\s+(?P<action>keep|skip)\b", re.I)


def to_editor_text(plan: "Plan", drafts, contacts) -> str:
    """The review file. Ledger text is one line each with control characters escaped: a
    name with a newline cannot add an ``== draft skip`` line, nor an escape reach the
    terminal the editor runs in."""
    from ..campaigns.review import uses_personal_note
    from ..output import terminal_safe

    def line(value) -> str:
        return terminal_safe(value, multiline=False)

    lines = [HEADER.format(plan_id=plan.id, campaign=line(plan.campaign), count=len(drafts))]
    for d in drafts:
        c = contacts[d.contact_id]
        action = "skip" if d.status == "skipped" else "keep"
        lines.append(f"== {d.id} {action} · " + line(
            f"{c.name} · {d.channel} {d.kind} → {d.recipient.display or d.recipient.key}"))
        verdict = "ALLOW" if d.verdict.allowed else "REFUSE"
        reasons = line("; ".join(f"{r.code}: {r.message}" for r in d.verdict.reasons))
        lines.append(f"# {verdict}{' - ' + reasons if reasons else ''}")
        for label, value in (("notes", c.notes), ("headline", c.headline),
                             ("interests", ", ".join(c.interests))):
            if value:
                lines.append(f"# {label}: {line(' '.join(value.split()))}")
        step = plan.steps.get(d.step_key)
        if not uses_personal_note(step.template if step else ""):
            lines.append("# (this step's template has no {{ personal_note }}: a note will not show)")
        lines.append(f"note: {d.personal_note}")
        lines.append("")
    return "\n".join(lines)


class ReviewFileError(InputError):
    """A line of the review file that cannot be read; ``line`` is its number."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"review line {line}: {message}",
                         "Your notes are kept: fix that line and save again.")
        self.line = line
        self.problem = message


def parse_editor_text(text: str, known: set[str] | None = None
                      ) -> tuple[dict[str, str], dict[str, str]]:
    """Notes and keep/skip statuses by draft id; :class:`ReviewFileError` names the line
    of anything it cannot read (``known``: the plan's draft ids, when given)."""
    notes: dict[str, str] = {}
    statuses: dict[str, str] = {}
    current: str | None = None
    in_note = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            continue
        match = ENTRY.match(line)
        if match:
            current = match["id"]
            if known is not None and current not in known:
                raise ReviewFileError(number, f"{current} is not a draft of this plan")
            if current in statuses:
                raise ReviewFileError(number, f"{current} appears twice")
            statuses[current] = "skipped" if match["action"].lower() == "skip" else "draft"
            in_note = False
            continue
        if line.startswith("=="):
            raise ReviewFileError(number, 'expected "== DRAFT keep" or "== DRAFT skip"')
        if current is None:
            if line.strip():
                raise ReviewFileError(number, "text before the first == entry")
            continue
        if line.lower().startswith("note:"):
            notes[current] = line[5:].strip()
            in_note = True
        elif in_note and line.strip():
            notes[current] = f"{notes[current]} {line.strip()}".strip()
    return notes, statuses


# Editors that open a file at a line given as +N (like `git rebase -i` reopening at a problem).
LINE_EDITORS = frozenset({"vi", "vim", "nvim", "gvim", "view", "nano", "pico", "emacs",
                          "emacsclient", "micro", "kak", "joe", "jed", "ne", "mg", "mcedit"})
ERROR_MARK = "# ERROR"


def editor_at(line: int) -> str | None:
    """The user's editor told to open at ``line``, when it is one known to take ``+N``."""
    import os
    import shlex

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        return None
    try:
        program = shlex.split(editor)[0]
    except (ValueError, IndexError):
        return None
    if os.path.basename(program) not in LINE_EDITORS:
        return None
    return f"{editor} +{line}"


def with_error(text: str, error: ReviewFileError) -> tuple[str, int]:
    """The buffer as the user left it, with the problem on top; and the problem's line
    in the new buffer."""
    lines = [line for line in text.splitlines() if not line.startswith(ERROR_MARK)]
    dropped = len(text.splitlines()) - len(lines)
    banner = [f"{ERROR_MARK} line {error.line - dropped + 2}: {error.problem}",
              f"{ERROR_MARK} Your notes are kept below: fix the line and save again (quit "
              "without saving to stop; they stay in a file)."]
    return "\n".join(banner + lines) + "\n", error.line - dropped + len(banner)


def _saved_path(app, plan_id: str):
    return app.workspace.home / f".review-{plan_id}.txt"


def edit_review(app, plan_id: str) -> tuple[dict[str, str], dict[str, str], str] | None:
    """Open the review file in the user's editor until it reads, ``None`` if they quit.

    A file that cannot be read is reopened as the user left it, the problem on top and the
    editor at its line; quitting keeps the buffer in the workspace (0600), and the next
    ``outreach review`` of the plan starts from it: notes are never lost.
    """
    from ..workspace import write_private

    plan = app.ledger.plans.get(plan_id)
    drafts = app.ledger.plans.drafts(plan_id)
    contacts = {c.id: c for c in app.ledger.contacts.all({d.contact_id for d in drafts})}
    saved = _saved_path(app, plan_id)
    if saved.exists():
        text = saved.read_text(encoding="utf-8")
        click.echo(f"Resuming the review you left unfinished ({saved}).", err=True)
    else:
        text = to_editor_text(plan, drafts, contacts)
    known = {d.id for d in drafts}
    at: int | None = None
    while True:
        edited = click.edit(text, extension=".txt", require_save=True,
                            editor=editor_at(at) if at else None)
        if edited is None:
            if at is not None or saved.exists():
                write_private(saved, text)
                click.echo(f"Nothing was changed; your notes are kept in {saved} and the "
                           f"next `outreach review {plan_id}` starts from them.", err=True)
            return None
        try:
            notes, statuses = parse_editor_text(edited, known)
        except ReviewFileError as exc:
            click.echo(f"outreach: {exc.message}; reopening the editor there.", err=True)
            text, at = with_error(edited, exc)
            continue
        return notes, statuses, edited


@click.command()
@click.argument("plan_id", required=False)
@click.option("--note", "pairs", nargs=2, multiple=True, metavar="DRAFT TEXT",
              help="Set one draft's personal note without an editor (repeatable).")
@click.option("--skip", "skips", multiple=True, metavar="DRAFT", help="Leave a draft out.")
@click.option("--keep", "keeps", multiple=True, metavar="DRAFT", help="Put a skipped draft back.")
@click.option("--web", is_flag=True,
              help="Review on a local web page: each person beside the draft, live verdicts.")
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="Port of the web page (default: any free one).")
@click.option("--no-browser", is_flag=True, help="Print the page's address; do not open it.")
@pass_app
def review(app, plan_id: str | None, pairs, skips, keeps, web: bool, port: int,
           no_browser: bool) -> None:
    """Write the personal part of each draft (editor, like `git rebase -i`), then re-check."""
    from ..campaigns.review import apply_review
    from .campaigns import _plan_id

    if web:
        _serve(app, plan_id, port=port, open_browser=not no_browser)
        return
    plan_id = _plan_id(app, plan_id)
    buffer = None
    if pairs or skips or keeps:
        notes = {draft: text for draft, text in pairs}
        statuses = {d: "skipped" for d in skips} | {d: "draft" for d in keeps}
    else:
        edited = edit_review(app, plan_id)
        if edited is None:
            click.echo("No changes.")
            return
        notes, statuses, buffer = edited
        drafts = app.ledger.plans.drafts(plan_id)
        old = {d.id: d for d in drafts}
        notes = {k: v for k, v in notes.items() if k in old and v != old[k].personal_note}
        statuses = {k: v for k, v in statuses.items() if k in old and v != old[k].status}
    try:
        drafts = apply_review(app, plan_id, notes=notes, statuses=statuses)
    except InputError:
        if buffer is not None:  # what the user typed is never lost
            from ..workspace import write_private

            write_private(_saved_path(app, plan_id), buffer)
            click.echo(f"Your notes are kept in {_saved_path(app, plan_id)}; the next "
                       f"`outreach review {plan_id}` starts from them.", err=True)
        raise
    if buffer is not None:
        _saved_path(app, plan_id).unlink(missing_ok=True)
    allowed = sum(d.verdict.allowed for d in drafts if d.status == "draft")
    refused = [d for d in drafts if d.status == "draft" and not d.verdict.allowed]
    from rich.text import Text

    from ..output import terminal_safe

    out = console()
    for d in refused:
        out.print(Text.assemble((terminal_safe(d.id, multiline=False), "red"), ": ", terminal_safe(
            "; ".join(f"{r.code}: {r.message}" for r in d.verdict.reasons), multiline=False)))
    click.echo(f"Plan {plan_id}: {allowed} allowed, {len(refused)} refused, "
               f"{sum(d.status == 'skipped' for d in drafts)} skipped. "
               f"Preview with `outreach preview {plan_id}`.")


def _serve(app, plan_id: str | None, *, port: int, open_browser: bool) -> None:
    """``review --web``: serve the page until Ctrl-C; the first line is its address."""
    from ..web.server import serve
    from .context import CliState

    if plan_id:
        app.ledger.plans.get(plan_id)  # an unknown plan is an error before anything starts
    home = str(app.workspace.home)

    def ready(url: str) -> None:
        click.echo(url)
        click.echo("Review in your browser; Ctrl-C here stops the page.", err=True)

    try:
        serve(app, lambda: CliState(home=home).app(), port=port, plan_id=plan_id,
              on_ready=ready, open_browser=open_browser)
    except KeyboardInterrupt:  # waitress usually catches it and returns
        pass
    except OSError as exc:
        from ..errors import ConfigError

        raise ConfigError(f"cannot serve the review page on 127.0.0.1:{port}: {exc.strerror}",
                          "Choose another --port, or leave it out for any free one.") from exc
    click.echo("Stopped.", err=True)
