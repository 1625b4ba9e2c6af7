"""Data that flows through the policy gate: what a check sees and what it says.

A check never sees the ledger: it sees a :class:`PolicyBatch`, the drafts of one campaign
step (or one line of a ``policy check`` file), each with the facts the ledger holds about its
recipient. That keeps checks pure, fast and testable without a workspace.
"""

from __future__ import annotations

from typing import Iterable, Literal, Protocol

import attrs
from attrs import Factory, define, frozen

# "info" findings carry evidence only (e.g. the details matched); they never decide.
Severity = Literal["refuse", "warn", "info"]
Decision = Literal["allow", "refuse"]


@frozen
class ContactFacts:
    """What the sender knows about a recipient; the only ground truth for details."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    headline: str = ""
    notes: str = ""
    interests: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    @classmethod
    def from_mapping(cls, data: dict) -> "ContactFacts":
        def text(key: str) -> str:
            value = data.get(key)
            return "" if value is None else str(value)

        interests = data.get("interests") or ()
        if isinstance(interests, str):
            interests = [interests]
        return cls(
            first_name=text("first_name"),
            last_name=text("last_name"),
            company=text("company"),
            title=text("title"),
            headline=text("headline") or text("bio"),
            notes=text("notes"),
            interests=tuple(str(i) for i in interests),
        )


@frozen
class PolicyDraft:
    id: str
    contact: ContactFacts
    text: str
    subject: str | None = None
    personal_note: str | None = None
    # True when nothing was ever sent to this person before; None when unknown.
    first_contact: bool | None = None


@frozen
class PolicyBatch:
    """The drafts of one campaign step, checked together (near-duplicates live across drafts)."""

    id: str
    channel: str
    kind: str
    drafts: tuple[PolicyDraft, ...]
    template: str | None = None
    sender_name: str = ""
    sender_headline: str = ""
    max_length: int | None = None
    max_subject_length: int | None = None
    # Past it, a warning (not a refusal): the limit of some accounts when the account is not
    # known ("a LinkedIn note over 200 characters needs Premium").
    warn_length: int | None = None
    # The platform's default and generic notes, contributed by channel plugins.
    default_phrases: tuple[str, ...] = ()


@frozen
class Finding:
    """One check's statement about one draft."""

    draft_id: str
    code: str
    message: str
    fix: str = ""
    severity: Severity = "refuse"
    evidence: tuple[str, ...] = ()


@frozen
class Reason:
    """A finding stamped with the check and plugin that made it."""

    code: str
    message: str
    fix: str = ""
    check: str = ""
    plugin: str = ""
    evidence: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "message": self.message,
            "fix": self.fix,
            "check": self.check,
            "plugin": self.plugin,
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Reason":
        return cls(
            code=data["code"],
            message=data.get("message", ""),
            fix=data.get("fix", ""),
            check=data.get("check", ""),
            plugin=data.get("plugin", ""),
            evidence=tuple(data.get("evidence", ())),
        )


@define
class Verdict:
    decision: Decision = "allow"
    reasons: list[Reason] = Factory(list)
    warnings: list[Reason] = Factory(list)
    evidence: list[str] = Factory(list)
    # Every check that ran on the draft, in order: (plugin, check, "allow"|"refuse"|"warn").
    trail: list[tuple[str, str, str]] = Factory(list)

    @property
    def allowed(self) -> bool:
        return self.decision == "allow"

    def as_json(self) -> dict:
        return {
            "verdict": self.decision,
            "reasons": [r.as_json() for r in self.reasons],
            "warnings": [w.as_json() for w in self.warnings],
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Verdict":
        return cls(
            decision=data.get("verdict", "refuse"),
            reasons=[Reason.from_json(r) for r in data.get("reasons", [])],
            warnings=[Reason.from_json(r) for r in data.get("warnings", [])],
            evidence=list(data.get("evidence", [])),
            trail=[tuple(t) for t in data.get("trail", [])],
        )


class PolicyCheck(Protocol):
    """A policy check. ``name`` is unique within its plugin; ``builtin`` cannot be disabled.

    ``check`` receives a whole batch and yields findings for any of its drafts; a check that
    yields nothing for a draft allows it. Checks must be deterministic and must not do I/O.
    """

    name: str

    def check(self, batch: PolicyBatch) -> Iterable[Finding]: ...


class JsonVerdictCodec:
    """How the ledger (``orchestrator.ledger.plans.VerdictCodec``) and the verdict cache
    store a verdict: its JSON form with the trail."""

    def as_data(self, verdict: Verdict) -> dict:
        data = verdict.as_json()
        data["trail"] = [list(t) for t in verdict.trail]
        return data

    def from_data(self, data: dict) -> Verdict:
        return Verdict.from_json(data)

    def dumps(self, verdict: Verdict) -> str:
        import json

        return json.dumps(self.as_data(verdict), sort_keys=True)

    def loads(self, text: str) -> Verdict:
        import json

        return self.from_data(json.loads(text))
