"""Channel settings as the core enforces them: what a channel's manifest declares, applied.

A channel declares its settings (:class:`~orchestrator.channels.Setting`) and its quotas
(:class:`~orchestrator.channels.Quota`, with the key that overrides each limit) as data; this
module is the one place that reads them against the user's ``config.toml`` table:

* :func:`channel_settings` - the effective settings of a channel: a secret written into
  ``config.toml`` is refused, every quota override is checked (a value that is not a whole
  number of 0 or more is a :class:`~orchestrator.errors.ConfigError` naming the key, raised
  before anything is planned or sent) and given as an ``int``, and missing keys get their
  declared default. ``App.settings(table)`` returns this for every channel table.
* :func:`quota_limit` - the limit of one quota under the settings (its override, else the
  manifest's limit). ``delivery.quota.effective_limit`` calls it.
* :func:`channel_problems` - what to fix before a step in a mode can go out: one sentence
  per missing required setting (or value outside its ``choices``) plus the channel's own
  ``problems()``, without saying the same thing twice.

Unknown keys are allowed and passed through silently: plugins may read extra keys.
Plugins' ``manifest(settings)`` must never raise on bad values; the core reports them.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any, Iterable, Mapping

import attrs

from .channels import ChannelManifest, Quota, Setting
from .errors import ConfigError, OutreachError, PluginError

if TYPE_CHECKING:
    from .app import App

CONFIG = "config.toml"


# --- quota overrides ---------------------------------------------------------------------


def _unset(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def whole_number(value: Any) -> int | None:
    """``value`` as a whole number of 0 or more, or ``None`` if it is not one.

    Accepts TOML integers, floats without a fraction (``150.0``) and digit strings
    (``"150"``); refuses booleans, negatives, fractions, other text and anything else.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and value >= 0:
            return int(value)
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit():
            return int(text)
    return None


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def quota_limit(quota: Quota, settings: Mapping[str, Any], *, channel: str | None = None) -> int:
    """The limit of ``quota`` under ``settings``: the override of ``quota.setting`` if given.

    An override that is not a whole number of 0 or more raises
    :class:`~orchestrator.errors.ConfigError` naming the key (``channel`` names the table).
    """
    if not quota.setting:
        return quota.limit
    value = settings.get(quota.setting)
    if _unset(value):
        return quota.limit
    number = whole_number(value)
    if number is None:
        table = f" [{channel}]" if channel else ""
        raise ConfigError(
            f"{CONFIG}{table} {quota.setting} = {_show(value)} is not a whole number",
            f"Write a whole number of 0 or more (the limit of {quota.name}), e.g. "
            f"{quota.setting} = {quota.limit}, or delete the line to keep {quota.limit}.")
    return number


def effective_manifest(manifest: ChannelManifest, settings: Mapping[str, Any]) -> ChannelManifest:
    """``manifest`` with every quota's limit replaced by its override (for display)."""
    quotas = tuple(attrs.evolve(q, limit=quota_limit(q, settings, channel=manifest.name))
                   for q in manifest.quotas)
    return attrs.evolve(manifest, quotas=quotas)


# --- effective settings ------------------------------------------------------------------


def _secret_hint(channel: str, setting: Setting) -> str:
    ways = []
    if setting.env:
        ways.append(f"set ${setting.env}")
    login = f"`outreach {channel} login`"
    if login.strip("`") in (setting.help or ""):
        ways.append(f"store it in the system keyring with {login}")
    else:
        ways.append(f"store it in the system keyring as '{channel}.{setting.name}'")
    return f"Delete the line: secrets never go in {CONFIG}; " + " or ".join(ways) + "."


def refuse_secrets(declared: Iterable[Setting], table: Mapping[str, Any], *, channel: str) -> None:
    """A secret written into ``config.toml`` is a :class:`ConfigError` naming the key."""
    for setting in declared:
        if setting.secret and setting.name in table:
            raise ConfigError(
                f"{CONFIG} [{channel}] {setting.name}: this is a secret and must not be "
                f"written in {CONFIG}", _secret_hint(channel, setting))


def apply_settings(manifest: ChannelManifest, table: Mapping[str, Any], *,
                   channel: str | None = None) -> dict[str, Any]:
    """The effective settings of ``manifest``'s channel from its raw ``config.toml`` table.

    Refuses secrets, checks and normalizes quota overrides (``int``), fills in defaults of
    missing keys; unknown keys pass through unchanged.
    """
    name = channel or manifest.name
    refuse_secrets(manifest.settings, table, channel=name)
    effective = dict(table)
    for quota in manifest.quotas:
        if quota.setting and not _unset(table.get(quota.setting)):
            effective[quota.setting] = quota_limit(quota, table, channel=name)
    for setting in manifest.settings:
        if setting.secret or setting.default is None:
            continue
        if setting.name not in table or table[setting.name] is None:
            effective[setting.name] = setting.default
    return effective


def channel_settings(channel: Any, table: Mapping[str, Any],
                     name: str | None = None) -> dict[str, Any]:
    """The effective settings of ``channel`` (a registered channel object) for its raw table.

    The manifest that declares them is computed from the raw table (a channel's rules may
    depend on it: a free LinkedIn account has a quota more). A channel whose ``manifest``
    raises on a bad value is reported as a configuration error when the core can name the
    key, else as a plugin error.
    """
    name = name or getattr(channel, "name", "")
    try:
        manifest = channel.manifest(table)
    except OutreachError:
        raise
    except Exception as exc:
        # The plugin broke the rule "manifest() never raises": name the key if we can.
        try:
            apply_settings(channel.manifest({}), table, channel=name)
        except OutreachError:
            raise
        except Exception:
            pass
        raise PluginError(f"channel {name!r} cannot read its [{name}] settings: "
                          f"{type(exc).__name__}: {exc}",
                          "Its manifest() must not raise on setting values; report this to "
                          "the plugin's authors.") from exc
    return apply_settings(manifest, table, channel=name)


def check_settings(app: "App", channels: Iterable[str] | None = None) -> None:
    """Read the effective settings of ``channels`` (default: every installed channel), so a
    secret in config.toml or an invalid quota override raises its :class:`ConfigError`
    now, before anything is planned or sent. Names that are not channels are ignored."""
    names = app.plugins.channels.names() if channels is None else channels
    for name in dict.fromkeys(names):
        if app.plugins.channels.get(name) is not None:
            app.settings(name)


# --- required settings and problems ------------------------------------------------------


def _toml(value: Any) -> str:
    """``value`` written as TOML (for examples in sentences and the config template)."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _setting_problems(manifest: ChannelManifest, settings: Mapping[str, Any],
                      mode: str) -> list[tuple[str, str]]:
    """``(key, sentence)`` for every required setting missing in ``mode`` and every value
    outside its ``choices``."""
    found: list[tuple[str, str]] = []
    table = manifest.name
    for setting in manifest.settings:
        if setting.secret:
            continue  # secrets live in the environment or keyring; the channel checks them
        value = settings.get(setting.name)
        if _unset(value):
            if setting.required_in(mode):
                example = _toml(setting.example) if setting.example is not None else '"..."'
                why = f": {setting.help.rstrip('.')}" if setting.help else ""
                found.append((setting.name,
                              f"Add {setting.name} = {example} under [{table}] in {CONFIG}"
                              f"{why} (needed for {mode} delivery)."))
            continue
        if setting.choices and not _is_choice(value, setting.choices):
            allowed = ", ".join(_toml(c) for c in setting.choices)
            default = (f"; until then {_toml(setting.default)} is used"
                       if setting.default is not None else "")
            found.append((setting.name,
                          f"Fix {setting.name} under [{table}] in {CONFIG}: {_toml(value)} "
                          f"is not one of {allowed}{default}."))
    return found


def _is_choice(value: Any, choices: tuple[Any, ...]) -> bool:
    """``value`` is one of ``choices`` (text compared without case and surrounding spaces)."""
    if isinstance(value, str):
        wanted = value.strip().lower()
        return any(isinstance(c, str) and c.strip().lower() == wanted for c in choices)
    return any(value == c and type(value) is type(c) for c in choices)


def settings_problems(manifest: ChannelManifest, settings: Mapping[str, Any],
                      mode: str) -> list[str]:
    """The core's sentences for ``settings`` in ``mode``: missing required settings, values
    outside their choices."""
    return [sentence for _, sentence in _setting_problems(manifest, settings, mode)]


def _mentions(sentence: str, key: str) -> bool:
    """Whether a channel's sentence is about ``key`` ("Add host = ...", "Fix port under")."""
    pattern = rf"(?<![\w.]){re.escape(key)}(?=\s*=|\s+under\s+\[)"
    return re.search(pattern, sentence) is not None


def merge_problems(core: list[tuple[str, str]], channel: Iterable[str]) -> list[str]:
    """The core's sentences, then the channel's, each thing said once.

    The channel knows its settings best: where its own sentence is about a key the core
    also reports, the channel's (with its example and reason) is kept and the core's
    dropped. Identical sentences appear once.
    """
    channel = [str(p) for p in channel]
    kept = [sentence for key, sentence in core
            if not any(_mentions(p, key) for p in channel)]
    return list(dict.fromkeys(kept + channel))


def channel_problems(app: "App", channel: str, mode: str) -> list[str]:
    """What to fix in ``config.toml`` before a ``channel`` step in ``mode`` can go out.

    Combines the core's check of the manifest's declared settings (required for the mode,
    allowed choices) with the channel's own ``problems(settings, mode)``, without duplicate
    sentences; empty means ready. Raises :class:`ConfigError` for a secret in
    ``config.toml`` or an invalid quota override, :class:`PluginError` for an unknown channel.
    """
    implementation = app.plugins.channel(channel)
    settings = app.settings(channel)
    manifest = implementation.manifest(settings)
    core = _setting_problems(manifest, settings, mode)
    return merge_problems(core, implementation.problems(settings, mode))


# --- the config template -----------------------------------------------------------------


def _comment(text: str, width: int = 88) -> list[str]:
    import textwrap

    return [f"# {line}" for line in textwrap.wrap(" ".join(text.split()), width - 2)] or ["#"]


def config_section(manifest: ChannelManifest) -> str:
    """A commented ``[table]`` for ``config.toml``, generated from the manifest.

    Every line is a comment: uncommenting a setting line gives valid TOML. Secrets appear
    only as a comment saying where they come from, never as a key to fill in.
    """
    lines = [f"# --- {manifest.title} " + "-" * max(3, 80 - len(manifest.title))]
    if manifest.description:
        lines += _comment(manifest.description)
    lines.append(f"# [{manifest.name}]")
    for setting in manifest.settings:
        lines.append("#")
        help_ = setting.help.rstrip(".") + "." if setting.help else ""
        if setting.secret:
            source = f"${setting.env} or the system keyring" if setting.env else \
                "the system keyring"
            told = setting.env and f"${setting.env}" in help_
            lines += _comment(f"{setting.name} (a secret, never written here) - "
                              + (help_ if told else f"from {source}. {help_}"))
            continue
        notes = [help_] if help_ else []
        if setting.required_for:
            notes.append(f"Required for {' and '.join(setting.required_for)} delivery.")
        elif setting.required:
            notes.append("Required.")
        if setting.choices and not all(_toml(c) in help_ for c in setting.choices):
            notes.append(f"One of {', '.join(_toml(c) for c in setting.choices)}.")
        if setting.env and f"${setting.env}" not in help_:
            notes.append(f"${setting.env} wins over this.")
        if notes:
            lines += _comment(" ".join(notes))
        value = setting.default if setting.default is not None else setting.example
        lines.append(f"# {setting.name} = {_toml(value) if value is not None else chr(34) * 2}")
    return "\n".join(lines) + "\n"


# --- where the ledger lives ---------------------------------------------------------

LEDGER_URL_ENV = "OUTREACH_LEDGER_URL"


def ledger_location(workspace) -> tuple[str | None, str]:
    """``(url, member)``: the team's PostgreSQL ledger (``OUTREACH_LEDGER_URL``, which wins,
    or ``[ledger] url``), None for the workspace's own SQLite file; and who this workspace
    is on the team (``[sender] member``).

    A password belongs to libpq's sources (``PGPASSWORD``, ``~/.pgpass``) or the keyring,
    never to config.toml; a URL of another kind is refused, naming the key."""
    import os
    from urllib.parse import urlsplit

    from . import secrets
    from .ledger.backends import is_postgres_url

    member = str(workspace.settings("sender").get("member", "")).strip()
    url = os.environ.get(LEDGER_URL_ENV, "").strip()
    where = LEDGER_URL_ENV
    if not url:
        url = str(workspace.settings("ledger").get("url", "")).strip()
        where = f"{CONFIG} [ledger] url"
        if url and urlsplit(url).password is not None:
            raise ConfigError(f"{where}: the URL holds a password, which must not be written "
                              f"in {CONFIG}",
                              "Delete it from the URL; put it in ~/.pgpass, PGPASSWORD, or the "
                              "keyring (`keyring set outreach-orchestrator ledger:USER@HOST`).")
    if not url or url.startswith("sqlite:"):
        return None, member
    if not is_postgres_url(url):
        raise ConfigError(f"{where}: {url.split(':', 1)[0]!r} is not a ledger this tool knows",
                          "Use postgresql://USER@HOST:PORT/DATABASE, or leave it out for the "
                          "workspace's own SQLite ledger.")
    secrets.remember(urlsplit(url).password)
    if not member:  # who you are on the team; `ledger status` shows it, set it to be sure
        import getpass

        try:
            member = getpass.getuser()
        except (KeyError, OSError):
            member = "member"
    return url, member
