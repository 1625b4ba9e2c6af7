"""The terminal preview (rich): one panel per message, verdict and fixes beside it."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..output import terminal_safe
from . import Preview, PreviewItem

MODE_NOTE = {
    "api": "sent automatically by `outreach send`",
    "assisted": "you send it yourself (link below), then `outreach confirm`",
    "export": "written to a file for you to send, then `outreach confirm`",
}


def _line(value) -> str:
    """One line of ledger text for the terminal: control and bidi characters escaped."""
    return terminal_safe(value, multiline=False)


def _item(item: PreviewItem) -> Panel:
    d = item.draft
    verdict = d.verdict
    rendered = d.rendered or {}
    title = Text()
    title.append(f"{_line(d.id)} ", style="bold")
    title.append(f"{_line(item.contact.name) or '(no name)'} ", style="cyan")
    title.append(_line(f"· {d.channel} {d.kind} · {d.mode} · to "
                       f"{d.recipient.display or d.recipient.key}"))
    if d.status == "skipped":
        badge = Text(" SKIPPED ", style="black on grey70")
    elif verdict.allowed and rendered.get("error"):  # allowed, but the send will fail
        badge = Text(" CANNOT SEND ", style="white on red")
    elif verdict.allowed:
        badge = Text(" ALLOW ", style="black on green")
    else:
        badge = Text(" REFUSE ", style="white on red")
    parts: list = []
    subject = rendered.get("subject") or d.subject
    if subject:
        parts.append(Text.assemble(("Subject: ", "bold"), _line(subject)))
    parts.append(Text(terminal_safe(rendered.get("text") or d.text or "(empty)")))
    if rendered.get("link") and verdict.allowed:
        parts.append(Text.assemble(("Send here: ", "bold"),
                                   (_line(rendered["link"]), "underline blue")))
    if rendered.get("error"):
        parts.append(Text(f"✗ cannot be sent: {_line(rendered['error'])}", style="bold red"))
    for reason in verdict.reasons:
        parts.append(Text.assemble(("✗ ", "red"), (f"{_line(reason.code)}: ", "bold red"),
                                   terminal_safe(reason.message)))
        if reason.fix and reason.fix not in reason.message:
            parts.append(Text.assemble(("  fix: ", "bold"), terminal_safe(reason.fix)))
    for warning in verdict.warnings:
        parts.append(Text.assemble(("! ", "yellow"), (f"{_line(warning.code)}: ", "bold yellow"),
                                   terminal_safe(warning.message)))
    if verdict.allowed and verdict.evidence:
        evidence = _line(", ".join(verdict.evidence[:4]))
        parts.append(Text(f"✓ specific detail: {evidence}", style="green"))
    parts.append(Text(MODE_NOTE.get(d.mode, ""), style="dim"))
    if item.last_reached:
        parts.append(Text(_line(item.last_reached[0].upper() + item.last_reached[1:]),
                          style="dim"))
    return Panel(Group(*parts), title=title, subtitle=badge, subtitle_align="right",
                 border_style="green" if verdict.allowed and not rendered.get("error") else "red",
                 expand=True)


SCREENFUL = 10  # messages shown in full before the preview summarizes the rest


def _one_line(item: PreviewItem) -> Text:
    """A message the summary does not show in full: id, person, verdict and first reason."""
    d = item.draft
    line = Text()
    line.append(f"  {_line(d.id)} ", style="bold")
    line.append(f"{_line(item.contact.name) or '(no name)'}", style="cyan")
    rendered = d.rendered or {}
    if d.status == "skipped":
        line.append("  skipped", style="dim")
    elif not d.verdict.allowed:
        codes = ", ".join(_line(r.code) for r in d.verdict.reasons[:2])
        line.append(f"  REFUSE {codes}", style="red")
    elif rendered.get("error"):
        line.append(f"  CANNOT SEND {_line(rendered['error'])[:80]}", style="red")
    return line


def _per_channel(items: list[PreviewItem]) -> list[tuple[str, str]]:
    """One summary row per channel (when a plan has several): messages and verdicts."""
    by: dict[str, dict[str, int]] = {}
    for item in items:
        d = item.draft
        n = by.setdefault(d.channel, {"drafts": 0, "allow": 0, "refuse": 0, "skipped": 0})
        n["drafts"] += 1
        n["skipped" if d.status == "skipped" else d.verdict.decision] += 1
    if len(by) < 2:
        return []
    rows = []
    for channel, n in sorted(by.items()):
        parts = [f"{n['drafts']} messages", f"{n['allow']} allowed", f"{n['refuse']} refused"]
        if n["skipped"]:
            parts.append(f"{n['skipped']} skipped")
        rows.append((channel, ", ".join(parts)))
    return rows


def render_terminal(preview: Preview, console: Console | None = None, *,
                    show_all: bool = False) -> None:
    """Every message in full up to a screenful (or all with ``show_all``); past that the
    first ones in full, then one line for each refused or unsendable one, and the counts.
    Printing 10,000 panels was half of a dry run's time and about 20 MB of text."""
    console = console or Console()
    head = "Dry run: nothing will be sent or saved. " if preview.dry_run else ""
    plan = f"plan {preview.plan_id}" if preview.plan_id else "unsaved plan"
    console.rule(Text.assemble((_line(preview.campaign), "bold"), f" · {_line(plan)}"))
    if head:
        console.print(Text(head, style="bold yellow"))
    items = list(preview.items)
    shown = items if show_all or len(items) <= SCREENFUL else items[:SCREENFUL]
    for item in shown:
        console.print(_item(item))
    rest = items[len(shown):]
    if rest:
        flagged = [item for item in rest if item.draft.status == "skipped"
                   or not item.draft.verdict.allowed or (item.draft.rendered or {}).get("error")]
        for item in flagged[:50]:
            console.print(_one_line(item))
        if len(flagged) > 50:
            console.print(Text(f"  ... and {len(flagged) - 50} more refused or skipped"))
        console.print(Text(f"{len(rest)} more messages not shown in full: `--all` prints every "
                           "one, `--html FILE` writes the full preview.", style="dim"))
    counts = preview.counts
    table = Table(title="Summary", show_header=False, box=None)
    table.add_row("messages", str(counts["drafts"]))
    table.add_row("[green]allowed[/]", str(counts["allow"]))
    table.add_row("[red]refused[/]", str(counts["refuse"]))
    if counts.get("cannot_send"):
        table.add_row("[red]allowed, cannot be sent[/]", str(counts["cannot_send"]))
    if counts["skipped"]:
        table.add_row("skipped by you", str(counts["skipped"]))
    for channel, line in _per_channel(preview.items):
        table.add_row(f"  {_line(channel)}", line)
    console.print(table)
    if preview.skipped:
        reasons: dict[str, int] = {}
        for skip in preview.skipped:
            reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
        console.print(Text("Left out: " + "; ".join(f"{n} {_line(r)}"
                                                    for r, n in sorted(reasons.items()))))
    for problem in preview.problems:
        console.print(Text.assemble(("Before sending: ", "bold yellow"), _line(problem)))
    if counts["refuse"] and preview.plan_id:
        console.print(f"Write the missing personal sentences with `outreach review {preview.plan_id}`; "
                      "refused messages are never sent.")
