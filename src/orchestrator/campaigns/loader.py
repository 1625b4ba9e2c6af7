"""Read ``campaigns/NAME.toml`` into a :class:`~orchestrator.model.Campaign`.

Errors name the file and say what to write instead; unknown keys are errors (a typo in
``cooldown`` must not silently contact people too often).
"""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any

import jinja2

from ..errors import CampaignError
from ..model import MODES, Audience, Campaign, Step
from .durations import parse_duration
from .templates import TemplatePathError, read_template, template_path

CAMPAIGN_KEYS = {"name", "description", "schedule", "timezone", "repeat", "audience", "steps",
                 "stop_on_reply"}
AUDIENCE_KEYS = {"tags", "exclude_tags", "channels", "cooldown", "source", "keywords", "limit"}
STEP_KEYS = {"channel", "kind", "subject", "template", "body", "mode", "after", "source", "name",
             "fallback", "when"}
WHEN_VALUES = ("replied", "no-reply", "accepted")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CampaignError(f"{where} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _duration(value: Any, where: str) -> timedelta | None:
    if value in (None, ""):
        return None
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise CampaignError(f"{where}: {exc}") from exc


def _unknown(keys, allowed, where: str) -> None:
    extra = sorted(set(keys) - allowed)
    if extra:
        raise CampaignError(f"{where}: unknown key(s) {', '.join(extra)}",
                            f"Allowed: {', '.join(sorted(allowed))}.")


def load_campaign(path: Path) -> Campaign:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CampaignError(f"{path}: no such campaign file") from None
    except tomllib.TOMLDecodeError as exc:
        raise CampaignError(f"{path}: invalid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise CampaignError(f"{path}: not UTF-8 text") from exc
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        raise CampaignError(f"{path}: invalid TOML: nested too deeply") from None
    where = str(path)
    _unknown(data, CAMPAIGN_KEYS, where)
    name = str(data.get("name") or path.stem).strip()
    audience_data = data.get("audience", {})
    if not isinstance(audience_data, dict):
        raise CampaignError(f"{where}: [audience] must be a table")
    _unknown(audience_data, AUDIENCE_KEYS, f"{where} [audience]")
    limit = audience_data.get("limit")
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise CampaignError(f"{where} [audience]: limit must be a positive whole number")
    audience = Audience(
        tags=_strings(audience_data.get("tags"), f"{where} [audience] tags"),
        exclude_tags=_strings(audience_data.get("exclude_tags"), f"{where} [audience] exclude_tags"),
        channels=_strings(audience_data.get("channels"), f"{where} [audience] channels"),
        cooldown=_duration(audience_data.get("cooldown"), f"{where} [audience] cooldown"),
        source=(str(audience_data["source"]).strip() if audience_data.get("source") else None),
        keywords=_strings(audience_data.get("keywords"), f"{where} [audience] keywords"),
        limit=limit,
    )
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise CampaignError(f"{where}: no [[steps]]",
                            'Add at least one step: [[steps]] channel = "email" kind = "email" ...')
    steps = tuple(_load_step(path, i, s) for i, s in enumerate(raw_steps))
    keys = [s.name or str(s.index) for s in steps]
    if len(set(keys)) != len(keys):
        raise CampaignError(f"{where}: two steps share a name")
    stop_on_reply = data.get("stop_on_reply", True)
    if not isinstance(stop_on_reply, bool):
        raise CampaignError(f"{where}: stop_on_reply must be true or false")
    schedule = data.get("schedule")
    timezone = str(data.get("timezone") or "UTC")
    if schedule:
        from .schedule import validate_schedule

        validate_schedule(str(schedule), timezone, where)
    return Campaign(
        name=name, path=str(path), steps=steps, audience=audience,
        description=str(data.get("description", "")),
        schedule=str(schedule) if schedule else None, timezone=timezone,
        repeat=_duration(data.get("repeat"), f"{where} repeat"),
        stop_on_reply=stop_on_reply,
    )


def _load_step(path: Path, index: int, data: Any) -> Step:
    where = f"{path} step {index + 1}"
    if not isinstance(data, dict):
        raise CampaignError(f"{where}: must be a table")
    _unknown(data, STEP_KEYS, where)
    for key in ("channel", "kind"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise CampaignError(f'{where}: missing {key} (e.g. {key} = "email")')
    if ("template" in data) == ("body" in data):
        raise CampaignError(f"{where}: give exactly one of template = \"file.j2\" or body = \"\"\"...\"\"\"")
    if "template" in data:
        # The same rule as includes, imports and extends (templates.template_path).
        name = str(data["template"])
        try:
            source = read_template(template_path(path.parent, name))
        except TemplatePathError as exc:
            raise CampaignError(f"{where}: {exc}",
                                f"A template must live under {path.parent.resolve()}.") from exc
        except jinja2.TemplateNotFound:
            raise CampaignError(f"{where}: cannot read template {name!r} "
                                "(no such file)") from None
        except OSError as exc:
            raise CampaignError(f"{where}: cannot read template {name!r} "
                                f"({exc.strerror})") from exc
        except UnicodeDecodeError as exc:
            raise CampaignError(f"{where}: template {name!r} is not UTF-8 text") from exc
        template_name = str(data["template"])
    else:
        source = str(data["body"])
        template_name = f"{path.name}#step{index + 1}"
    mode = data.get("mode")
    if mode is not None and mode not in MODES:
        raise CampaignError(f"{where}: mode must be one of {', '.join(MODES)}")
    subject = data.get("subject")
    when = data.get("when")
    if when is not None and when not in WHEN_VALUES:
        raise CampaignError(f"{where}: when = {when!r} is not a condition",
                            'Use when = "replied", "no-reply" or "accepted" (or leave it out).')
    fallback = data.get("fallback", False)
    if not isinstance(fallback, bool):
        raise CampaignError(f"{where}: fallback must be true or false")
    if when is not None and index == 0:
        raise CampaignError(f"{where}: the first step cannot have when = {when!r}: it is "
                            "about what happened after an earlier step reached the person",
                            "Move the step after the one it follows.")
    return Step(
        index=index, channel=data["channel"].strip(), kind=data["kind"].strip(),
        template=source, template_name=template_name,
        subject=str(subject) if subject is not None else None, mode=mode,
        after=_duration(data.get("after"), f"{where} after"),
        source=str(data["source"]).strip() if data.get("source") else None,
        name=str(data.get("name", "")).strip(),
        fallback=fallback, when=when,
    )


def campaign_files(campaigns_dir: Path) -> list[Path]:
    if not campaigns_dir.is_dir():
        return []
    return sorted(campaigns_dir.glob("*.toml"))


def find_campaign(campaigns_dir: Path, name: str) -> Campaign:
    direct = Path(name)
    if direct.suffix == ".toml" and direct.exists():
        return load_campaign(direct)
    candidate = campaigns_dir / f"{name}.toml"
    if candidate.exists():
        return load_campaign(candidate)
    for path in campaign_files(campaigns_dir):
        try:
            campaign = load_campaign(path)
        except CampaignError:
            continue
        if campaign.name == name:
            return campaign
    known = ", ".join(p.stem for p in campaign_files(campaigns_dir)) or "none"
    raise CampaignError(f"no campaign named {name!r} in {campaigns_dir} (campaigns: {known})",
                        "See `outreach campaigns list`.")
