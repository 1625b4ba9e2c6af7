"""``outreach policy check FILE`` and ``outreach policy explain DRAFT``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
import click

from ..errors import EXIT_REFUSED
from .context import console, pass_app, print_json, shared_plugins


@click.group()
def policy() -> None:
    """The customization policy: every message must be written for its one reader."""


def with_channel_rules(batch, plugins, cache: dict | None = None):
    """Fill a batch's limits and default phrases from its channel's manifest, if installed.

    ``cache`` (a dict the caller keeps) holds each channel's manifest and plugin phrases, so
    a file of many batches asks the plugins once per channel, not once per batch."""
    rules = None if cache is None else cache.get(batch.channel)
    if rules is None:
        entry = plugins.channels.get(batch.channel)
        rules = (None, ()) if entry is None else (
            entry.value.manifest({}), tuple(plugins.policy_phrases(batch.channel)))
        if cache is not None:
            cache[batch.channel] = rules
    manifest, plugin_phrases = rules
    if manifest is None:
        return batch
    spec = manifest.kind(batch.kind)
    phrases = tuple(dict.fromkeys(batch.default_phrases + manifest.default_phrases
                                  + plugin_phrases))
    longest = spec and (spec.max_length_any or spec.max_length)
    # No workspace, so no account: refuse only what no account may send, warn past the
    # limit of the account the channel assumes (a free LinkedIn account's 200 characters).
    warn = spec.max_length if spec and longest != spec.max_length else None
    return attrs.evolve(
        batch,
        max_length=batch.max_length if batch.max_length is not None else longest,
        warn_length=warn if batch.max_length is None else batch.warn_length,
        max_subject_length=batch.max_subject_length if batch.max_subject_length is not None
        else (spec and spec.max_subject_length),
        default_phrases=phrases,
    )


@policy.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help='One JSON object per draft per line: {"id", "verdict", "reasons", '
                   '"warnings", "evidence"}; each reason has a code, a message and a fix.')
def check(path: Path, as_json: bool) -> None:
    """Check drafts in a JSON Lines file (one batch per line; `-` reads stdin).

    A batch is one campaign step's drafts, checked together (near-duplicates are found
    across a batch, never across batches). One JSON object per line:

    \b
      {"batch": "b1", "channel": "linkedin", "kind": "invitation",
       "template": null, "sender": {"name": "Rowan Vale", "headline": "Founder, Quayline"},
       "drafts": [{"id": "b1-1", "subject": null,
                   "text": "Ada, your Ocean Energy Europe talk on blade coatings ...",
                   "contact": {"first_name": "Ada", "last_name": "Byron",
                               "company": "Lovelace Labs", "title": "CTO",
                               "headline": "CTO at Lovelace Labs",
                               "notes": "Spoke at Ocean Energy Europe about blade coatings.",
                               "interests": ["tidal energy"]}}]}

    \b
    Batch fields:
      drafts            list of drafts (required); each id unique in its batch
      batch             its name (default: line-N)
      channel, kind     e.g. linkedin/invitation, email/email, twitter/dm: the
                        channel's length limits and default notes apply; with no
                        account known, only what no account may send is too long
                        (a LinkedIn note past 300), and a warning says when some
                        accounts may not send it (past a free account's 200)
      template          the step's Jinja2 source, or null: its text is shared by
                        every draft, so it never counts as personal
      sender            {"name", "headline"}: the sender's own words
      max_length, max_subject_length, default_phrases   optional overrides
    Draft fields:
      id                names the draft in verdicts and reasons (required)
      text              the message ("" for an empty one; required)
      subject           email subject or null
      contact           what you know about the recipient: first_name,
                        last_name, company, title (merge fields, never a detail),
                        headline, notes, interests (where details are confirmed)
      personal_note     the sentence you wrote for them, or null
      first_contact     true/false/null: whether this opens a conversation
    Other fields (such as the corpus labels "expect" and "why") are ignored.

    Text in any language the policy reads: English, Spanish, German, French,
    Italian, Portuguese, Chinese, Japanese, Korean.

    Each line is read, checked and written before the next one is read, so a file of
    any size needs the memory of its largest batch only. Exit 0 when every draft is
    allowed, 1 when any is refused, 2 on unreadable input (naming the line; the verdicts
    of the lines before it are already written). No workspace needed.
    """
    from ..output import json_terminal_safe
    from ..policy import evaluate, iter_batches, parse_lines, verdict_to_json

    plugins = shared_plugins()
    # Streamed: each line is read, checked and written before the next is read, so memory
    # holds one batch, not the file (verdicts never depend on other batches).
    batches = parse_lines(sys.stdin, "<stdin>") if str(path) == "-" else iter_batches(path)
    extra = [(entry.plugin, entry.value) for entry in plugins.policy_checks]
    refused = total = 0
    rules: dict = {}
    out = None if as_json else console()
    write = sys.stdout.write
    for batch in batches:
        batch = with_channel_rules(batch, plugins, rules)
        verdicts = evaluate(batch, extra)
        total += len(batch.drafts)
        lines = []
        for draft in batch.drafts:
            verdict = verdicts[draft.id]
            refused += not verdict.allowed
            if as_json:
                lines.append(json_terminal_safe(json.dumps(
                    verdict_to_json(draft.id, verdict), ensure_ascii=False)))
                continue
            _print_verdict(out, draft.id, verdict)
        if lines:
            lines.append("")
            write("\n".join(lines))
        del batch, verdicts, lines
    if not as_json:
        click.echo(f"{total - refused} allowed, {refused} refused.")
    if refused:
        raise click.exceptions.Exit(EXIT_REFUSED)


def _print_verdict(out, draft_id: str, verdict) -> None:
    from rich.text import Text

    from ..output import terminal_safe as safe

    style = "green" if verdict.allowed else "red"
    out.print(Text.assemble((f"{safe(draft_id, multiline=False)} ", "bold"),
                            (verdict.decision.upper(), style)))
    for reason in verdict.reasons:
        out.print(Text.assemble("  ✗ ", (reason.code, "bold red"), f": {safe(reason.message)}"))
        if reason.fix and reason.fix not in reason.message:
            out.print(Text(f"    fix: {safe(reason.fix)}"))
    for warning in verdict.warnings:
        out.print(Text.assemble("  ! ", (warning.code, "bold yellow"),
                                f": {safe(warning.message)}"))
    if verdict.allowed and verdict.evidence:
        out.print(Text(f"  ✓ {safe(', '.join(verdict.evidence))}", style="green"))


@policy.command()
@click.argument("draft_id")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def explain(app, draft_id: str, as_json: bool) -> None:
    """Each check on a planned draft, which plugin said what, and the evidence."""
    from rich.text import Text

    from ..policy.gate import recheck_plan

    draft = app.ledger.plans.draft(draft_id)
    fresh = {d.id: d for d in recheck_plan(app, draft.plan_id)}[draft_id]
    verdict = fresh.verdict
    contact = app.ledger.contacts.get(fresh.contact_id)
    record = {"notes": contact.notes, "headline": contact.headline,
              "interests": list(contact.interests)}
    if as_json:
        print_json({"id": draft_id, **verdict.as_json(),
                    "trail": [{"plugin": p, "check": c, "outcome": o} for p, c, o in verdict.trail],
                    "record": record, "text": fresh.text})
        return
    from ..output import terminal_safe as safe

    out = console()
    out.print(Text.assemble((f"{safe(draft_id, multiline=False)} ", "bold"),
                            safe(f"to {contact.name} · {fresh.channel} {fresh.kind}: ",
                                 multiline=False),
                            (verdict.decision.upper(), "green" if verdict.allowed else "red")))
    out.print(Text(safe(fresh.text), style="dim"))
    out.print(Text("Record:", style="bold"))
    for key, value in record.items():
        if value:
            shown = ", ".join(value) if isinstance(value, list) else value
            out.print(Text(f"  {key}: {safe(shown)}"))
    if not any(record.values()):
        out.print(Text("  (nothing recorded: add how you know them with `outreach contacts note`)"))
    out.print(Text("Checks:", style="bold"))
    for plugin, check_name, outcome in verdict.trail:
        mark = {"allow": ("✓", "green"), "warn": ("!", "yellow")}.get(outcome, ("✗", "red"))
        out.print(Text.assemble(f"  {mark[0]} ", (f"{plugin}:{check_name}", mark[1]), f" {outcome}"))
        for reason in verdict.reasons + verdict.warnings:
            if reason.check == check_name and reason.plugin == plugin:
                out.print(Text(f"      {reason.code}: {safe(reason.message)}"))
                if reason.evidence:
                    out.print(Text(f"      evidence: {safe(', '.join(reason.evidence))}"))
    if verdict.evidence:
        out.print(Text.assemble(("Evidence (matched in the record): ", "bold"),
                                safe(", ".join(verdict.evidence))))
