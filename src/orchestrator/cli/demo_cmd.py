"""``outreach demo``: a sample workspace and a dry run of its weekly campaign."""

from __future__ import annotations

from pathlib import Path

import click

from .context import CliState, console

DEFAULT_HOME = "outreach-demo"


@click.command()
@click.option("--home", "demo_home", type=click.Path(file_okay=False, path_type=Path),
              help=f"Where to write the demo workspace (default: ./{DEFAULT_HOME}).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the HTML preview (default: preview.html in the workspace).")
@click.pass_context
def demo(ctx: click.Context, demo_home: Path | None, html_path: Path | None) -> None:
    """Write a sample workspace and preview its weekly campaign (no credentials, no network)."""
    from ..campaigns.loader import find_campaign
    from ..campaigns.planner import plan_campaign
    from ..campaigns.review import apply_review
    from ..contacts.importing import import_file
    from ..demo import note_for, personal_notes, write_workspace
    from .campaigns import _show

    state = ctx.find_object(CliState) or CliState()
    home = (demo_home or Path(state.home or DEFAULT_HOME)).expanduser().resolve()
    write_workspace(home)
    out = console()
    out.print(f"[bold]1. A sample workspace[/] in {home}")
    app = CliState(home=str(home)).app()
    for source, name in (("vcard", "contacts.vcf"), ("csv", "contacts.csv")):
        summary = import_file(app, source, home / "samples" / name)
        out.print(f"   imported {name}: {summary.records} records, {summary.created} new, "
                  f"{summary.updated} merged into people already known")
    people = app.ledger.contacts.all()
    several = sum(len({i.platform for i in c.identities}) > 1 for c in people)
    out.print(f"   {len(people)} contacts; {several} of them on two or more platforms")
    from ..demo.history import seed_history

    history = seed_history(home, app.plugins, app.now())
    out.print(f"   and an autumn of history: {history['sent']} personal messages sent, "
              f"{history['replies']} replies (`outreach report --html report.html`)")
    campaign = find_campaign(app.workspace.campaigns_dir, "weekly-intros")
    plan = plan_campaign(app, campaign)
    out.print(f"[bold]2. This week's plan[/] {plan.plan_id}: {len(plan.drafts)} drafts "
              f"(`outreach plan weekly-intros`)")
    notes = personal_notes(home)
    written = {d.id: n for d in plan.drafts
               if (n := note_for(app.ledger.contacts.get(d.contact_id), notes))}
    drafts = apply_review(app, plan.plan_id, notes=written)
    allowed = sum(d.verdict.allowed for d in drafts)
    out.print(f"[bold]3. Your review[/]: personal notes for {len(written)} people "
              f"(`outreach review {plan.plan_id}`): {allowed} allowed, "
              f"{len(drafts) - allowed} refused")
    app.close()
    out.print("[bold]4. The dry run[/] (`outreach run weekly-intros --dry-run`): "
              "nothing is sent or saved\n")
    dry = CliState(home=str(home)).app(dry_run=True)
    result = plan_campaign(dry, campaign, store=False)
    html_path = html_path or home / "preview.html"
    _show(dry, result.drafts, plan_id=None, campaign=campaign.name, skipped=result.skipped,
          problems=result.problems, html_path=html_path, dry_run=True)
    out.print(f"\nExplore: export OUTREACH_HOME={home}")
    out.print(f"  outreach contacts list · outreach preview {plan.plan_id} · "
              f"outreach review {plan.plan_id} · outreach policy explain {plan.plan_id}-1")
    out.print(f"  outreach send {plan.plan_id}   (writes .eml files and a hand-send queue; "
              "nothing leaves this machine)")
