"""Batches in, verdicts out: the JSON Lines format of ``outreach policy check``.

One batch per line, exactly as in the policy corpus::

    {"batch": "d07", "channel": "twitter", "kind": "dm", "template": null | "...",
     "sender": {"name": "...", "headline": "..."},
     "drafts": [{"id": "d07-3", "contact": {...}, "subject": null, "text": "..."}]}

Labels (``expect``, ``why``) are ignored. Optional extras: batch ``max_length``,
``max_subject_length`` and ``default_phrases``; draft ``first_contact`` and
``personal_note``. Limits are left ``None`` when absent: the CLI fills them from the channel
manifests. Every problem raises :class:`~orchestrator.errors.InputError` naming the line.
The fields are documented for users in ``outreach policy check --help`` and the README.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from .types import ContactFacts, PolicyBatch, PolicyDraft, Verdict

_HINT = "Each line must be one JSON object: a batch with a 'drafts' list (see the corpus README)."


def read_batches(path: str | Path) -> list[PolicyBatch]:
    """Every batch of a JSON Lines file."""
    return list(iter_batches(path))


def iter_batches(path: str | Path) -> Iterator[PolicyBatch]:
    """The batches of a JSON Lines file one at a time, as the file is read: only one line
    and its batch are in memory at once (``outreach policy check`` of 50,000 drafts)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig") as handle:  # a BOM is not JSON
            yield from parse_lines(handle, str(path))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason})") from error


def parse_lines(lines: Iterable[str], source: str = "<input>") -> Iterator[PolicyBatch]:
    """Batches from lines of JSON; blank lines are skipped."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: invalid JSON ({error.msg} at column {error.colno})",
                             _HINT) from None
        except RecursionError:  # the json module recurses into nested arrays and objects
            raise InputError(f"{where}: invalid JSON (nested too deeply)", _HINT) from None
        yield parse_batch(data, where, default_id=f"line-{number}")


def parse_batch(data: Any, where: str, default_id: str = "batch") -> PolicyBatch:
    """One batch object; ``where`` ("file:line") prefixes every error."""
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(data).__name__}", _HINT)
    drafts = data.get("drafts")
    if not isinstance(drafts, list):
        raise InputError(f"{where}: missing 'drafts' (a list of drafts)", _HINT)
    template = _optional_str(data, "template", where)
    sender = data.get("sender") or {}
    if not isinstance(sender, dict):
        raise InputError(f"{where}: 'sender' must be an object with 'name' and 'headline'")
    phrases = data.get("default_phrases") or []
    if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
        raise InputError(f"{where}: 'default_phrases' must be a list of strings")
    parsed = [_parse_draft(d, f"{where}: draft {n}") for n, d in enumerate(drafts, 1)]
    seen: set[str] = set()
    for draft in parsed:
        if draft.id in seen:
            raise InputError(f"{where}: draft id {draft.id!r} appears twice in the batch",
                             "Give every draft of a batch its own id.")
        seen.add(draft.id)
    return PolicyBatch(
        id=str(data.get("batch") or data.get("id") or default_id),
        channel=str(data.get("channel") or ""),
        kind=str(data.get("kind") or ""),
        drafts=tuple(parsed),
        template=template,
        sender_name=str(sender.get("name") or ""),
        sender_headline=str(sender.get("headline") or ""),
        max_length=_optional_int(data, "max_length", where),
        max_subject_length=_optional_int(data, "max_subject_length", where),
        default_phrases=tuple(phrases),
    )


def _parse_draft(data: Any, where: str) -> PolicyDraft:
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected an object, got {type(data).__name__}")
    draft_id = data.get("id")
    if not isinstance(draft_id, (str, int)) or isinstance(draft_id, bool) or str(draft_id) == "":
        raise InputError(f"{where}: missing 'id'", "Every draft needs an id to report on.")
    where = f"{where} ({draft_id})"
    if not isinstance(data.get("text"), str):
        raise InputError(f"{where}: missing 'text' (a string; \"\" for an empty message)")
    contact = data.get("contact") or {}
    if not isinstance(contact, dict):
        raise InputError(f"{where}: 'contact' must be an object")
    first_contact = data.get("first_contact")
    if first_contact is not None and not isinstance(first_contact, bool):
        raise InputError(f"{where}: 'first_contact' must be true, false or null")
    return PolicyDraft(
        id=str(draft_id),
        contact=ContactFacts.from_mapping(contact),
        text=data["text"],
        subject=_optional_str(data, "subject", where),
        personal_note=_optional_str(data, "personal_note", where),
        first_contact=first_contact,
    )


def _optional_str(data: dict, key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"{where}: '{key}' must be a string or null")
    return value


def _optional_int(data: dict, key: str, where: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InputError(f"{where}: '{key}' must be a positive integer")
    return value


def verdict_to_json(draft_id: str, verdict: Verdict) -> dict:
    """``{"id", "verdict", "reasons", "warnings", "evidence"}`` for one draft.

    Each reason's ``message`` says why and how to fix it on its own; ``fix``, ``check`` and
    ``plugin`` are there too for tools that show them separately.
    """
    data = verdict.as_json()
    for key in ("reasons", "warnings"):
        for item in data[key]:
            if item["fix"] and item["fix"] not in item["message"]:
                item["message"] = f"{item['message']} {item['fix']}".strip()
    return {"id": draft_id, **data}
