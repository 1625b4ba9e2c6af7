"""``outreach plugins``: what is installed, what each plugin provides, what failed."""

from __future__ import annotations

import click

from .context import print_json, shared_plugins


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
    # Plain click output, not rich: loading rich was a fifth of this command's time. Values
    # come from installed distributions and plugins: shown one line each, escapes visible.
    from ..output import terminal_safe

    def safe(value) -> str:
        return terminal_safe(value, multiline=False)

    lines: list[str] = []
    if not rows:
        lines.append("No plugins installed.")
    for row in rows:
        status = "" if row["status"] == "loaded" else f" [{safe(row['status'])}]"
        lines.append(f"{click.style(safe(row['name']), bold=True)} {safe(row['version'])}"
                     f"{status}  ({safe(row['module'])})")
        if row["error"]:
            lines.append(click.style(f"  {safe(row['error'])}", fg="red"))
        for manifest in row["channels"]:
            lines.append(f"  channel {click.style(safe(manifest['name']), fg='cyan')}: "
                         f"{safe(manifest['title'])}")
            for kind in manifest["kinds"]:
                limit = f", up to {kind['max_length']} characters" if kind["max_length"] else ""
                auto = " (api where they wrote first)" if kind["automated_if"] else ""
                lines.append(f"    {safe(kind['name'])}: {safe('/'.join(kind['modes']))}"
                             f"{auto}{limit}")
            for quota in manifest["quotas"]:
                lines.append(f"    quota: {safe(quota['name'])}: {safe(quota['limit'])}")
        if row["importers"]:
            lines.append(f"  importers: {safe(', '.join(row['importers']))}")
        if row["audience_sources"]:
            lines.append(f"  audience sources: {safe(', '.join(row['audience_sources']))}")
    click.echo("\n".join(lines))
