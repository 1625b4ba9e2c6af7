"""Small builders shared by the policy tests."""

from __future__ import annotations

import json
from pathlib import Path

from orchestrator.policy import ContactFacts, PolicyBatch, PolicyDraft

DATA = Path(__file__).parent / "data"
FAMILIES = {
    "R1": {"empty", "platform-default"},
    "R2": {"placeholder"},
    "R3": {"mail-merge-only"},
    "R4": {"no-specific-detail"},
    "R5": {"near-duplicate"},
}


def labels(path: Path) -> dict[str, tuple[str, str]]:
    """``{draft id: (expect, why)}`` of a labelled corpus file."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            for draft in json.loads(line)["drafts"]:
                out[draft["id"]] = (draft["expect"], draft["why"])
    return out


def contact(first: str = "Ada", notes: str = "", interests: tuple[str, ...] = (),
            company: str = "Lovelace Labs", title: str = "Head of Research",
            headline: str | None = None, last: str = "Byron") -> ContactFacts:
    return ContactFacts(first_name=first, last_name=last, company=company, title=title,
                        headline=f"{title} at {company}" if headline is None else headline,
                        notes=notes, interests=interests)


def batch(*drafts: PolicyDraft, template: str | None = None, kind: str = "invitation",
          channel: str = "linkedin", **extra) -> PolicyBatch:
    return PolicyBatch(id="t", channel=channel, kind=kind, drafts=tuple(drafts),
                       template=template, sender_name=extra.pop("sender_name", "Rowan Vale"),
                       sender_headline=extra.pop("sender_headline", "Founder at Quayline"),
                       **extra)


def draft(draft_id: str, text: str, who: ContactFacts | None = None, **extra) -> PolicyDraft:
    return PolicyDraft(id=draft_id, contact=who or contact(), text=text, **extra)


def decide(notes: str, text: str, **fields) -> str:
    """The decision on one message to a contact with these notes (and other ``contact``
    fields), alone in its batch."""
    from orchestrator.policy import evaluate

    return evaluate(batch(draft("d", text, contact(notes=notes, **fields))))["d"].decision
