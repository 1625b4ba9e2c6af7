"""``outreach plugins``: what is installed, what each plugin provides, what failed."""

from __future__ import annotations

import click

from .context import console, print_json, shared_plugins


def plugin_rows(show_all: bool, home: str | None = None) -> list[dict]:
    """One row per plugin. In a workspace (``home``, else $OUTREACH_HOME), each channel's
    rules are those of its settings there, quota overrides applied; an invalid setting is a
    ConfigError naming the key, as it would be for plan or send."""
    from ..workspace import Workspace

    plugins = shared_plugins()
    workspace = Workspace.at(home)
    app = None
    if workspace.exists():
        from ..app import App

        app = App(workspace=workspace, plugins=plugins)
    channels_by_plugin: dict[str, list] = {}
    for entry in plugins.channels:
        channels_by_plugin.setdefault(entry.plugin, []).append(_manifest(app, entry))
    importers_by_plugin: dict[str, list[str]] = {}
    for entry in plugins.importers:
        importers_by_plugin.setdefault(entry.plugin, []).append(entry.name)
    sources_by_plugin: dict[str, list[str]] = {}
    for entry in plugins.audience_sources:
        sources_by_plugin.setdefault(entry.plugin, []).append(entry.name)
    rows = []
    for info in plugins.infos:
        if info.origin == "core" and not show_all:
            continue
        data = info.as_json()
        data["channels"] = [m.as_json() for m in channels_by_plugin.get(info.name, [])]
        data["importers"] = importers_by_plugin.get(info.name, [])
        data["audience_sources"] = sources_by_plugin.get(info.name, [])
        rows.append(data)
    return rows


def _manifest(app, entry):
    if app is None:
        return entry.value.manifest({})
    from ..settings import effective_manifest

    settings = app.settings(entry.name)
    return effective_manifest(entry.value.manifest(settings), settings)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of plugins.")
@click.option("--all", "show_all", is_flag=True, help="Include the core's internal plugins.")
@click.pass_context
def plugins(ctx: click.Context, as_json: bool, show_all: bool) -> None:
    """List plugins with the channels (and their rules) they declare.

    In a workspace, the rules shown are those of its config.toml (quota overrides applied).
    """
    from .context import CliState

    state = ctx.find_object(CliState) or CliState()
    rows = plugin_rows(show_all, state.home)
    if as_json:
        print_json(rows)
        return
    from rich.markup import escape

    out = console()
    if not rows:
        out.print("No plugins installed.")
    for row in rows:
        status = "" if row["status"] == "loaded" else f" [{row['status']}]"
        out.print(f"[bold]{row['name']}[/] {row['version']}{status}  ({row['module']})")
        if row["error"]:
            out.print(f"  [red]{escape(row['error'])}[/]")
        for manifest in row["channels"]:
            out.print(f"  channel [cyan]{manifest['name']}[/]: {manifest['title']}")
            for kind in manifest["kinds"]:
                limit = f", up to {kind['max_length']} characters" if kind["max_length"] else ""
                auto = " (api where they wrote first)" if kind["automated_if"] else ""
                out.print(f"    {kind['name']}: {'/'.join(kind['modes'])}{auto}{limit}")
            for quota in manifest["quotas"]:
                out.print(f"    quota: {quota['name']}: {quota['limit']}")
        if row["importers"]:
            out.print(f"  importers: {', '.join(row['importers'])}")
        if row["audience_sources"]:
            out.print(f"  audience sources: {', '.join(row['audience_sources'])}")
