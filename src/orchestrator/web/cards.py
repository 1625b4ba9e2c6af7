"""What the review page shows for each draft: the person, your history, the draft as it goes.

Plain data (JSON-ready dicts) built from the core's records; the page renders it and the
API returns it, so a card after an edit is exactly a card after a reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from ..reports.inbox import link_makers, waiting

if TYPE_CHECKING:
    from ..app import App
    from ..model import Contact, Draft

HISTORY = 5  # touch points shown per person
TEXT = 240  # characters of each touch point shown


def _cut(text: str, limit: int = TEXT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def verdict_json(draft: "Draft") -> dict[str, Any]:
    v = draft.verdict
    return {
        "decision": v.decision,
        "reasons": [{"code": r.code, "message": r.message, "fix": r.fix} for r in v.reasons],
        "warnings": [{"code": w.code, "message": w.message, "fix": w.fix} for w in v.warnings],
        "evidence": list(v.evidence),
    }


def draft_json(app: "App", draft: "Draft") -> dict[str, Any]:
    """The draft as it will go out, with its verdict and where its delivery stands."""
    spec = app.manifest(draft.channel).kind(draft.kind)
    rendered = draft.rendered or {}
    delivery = app.ledger.deliveries.for_draft(draft.id)
    return {
        "id": draft.id, "channel": draft.channel, "kind": draft.kind, "mode": draft.mode,
        "step": draft.step_label, "status": draft.status,
        "recipient": draft.recipient.display or draft.recipient.key,
        "subject": rendered.get("subject") or draft.subject or "",
        "text": rendered.get("text") or draft.text,
        "length": len(draft.text), "limit": spec.max_length if spec else None,
        "link": rendered.get("link") or "", "instructions": rendered.get("instructions") or "",
        "render_error": rendered.get("error") or "",
        "personal_note": draft.personal_note,
        "verdict": verdict_json(draft),
        "delivery": delivery.state if delivery else None,
        "can_confirm": draft.mode in ("assisted", "export") and draft.verdict.allowed
        and draft.status == "draft" and (delivery is None or delivery.state in ("planned",
                                                                               "waiting")),
    }


def person_json(app: "App", contact: "Contact", links, waiting_rows) -> dict[str, Any]:
    history = app.ledger.touchpoints.for_contact(contact.id)[-HISTORY:]
    return {
        "id": contact.id, "name": contact.name or "(no name)", "headline": contact.headline,
        "company": contact.company, "title": contact.title, "location": contact.location,
        "tags": list(contact.tags), "notes": contact.notes,
        "interests": list(contact.interests), "opted_out": contact.opted_out,
        "identities": [{"platform": i.platform, "display": i.display or i.key,
                        "link": (links[i.platform](i) if i.platform in links else None)}
                       for i in contact.identities],
        "history": [{"at": tp.at.isoformat()[:16].replace("T", " "), "direction": tp.direction,
                     "platform": tp.platform, "kind": tp.kind, "text": _cut(tp.text)}
                    for tp in reversed(history)],
        "waiting": [{"platform": w.platform, "kind": w.kind, "at": w.at[:16].replace("T", " "),
                     "text": w.text, "link": w.link} for w in waiting_rows],
    }


def cards(app: "App", drafts: Iterable["Draft"]) -> list[dict[str, Any]]:
    """One card per draft, in the plan's order."""
    drafts = list(drafts)
    contacts = {c.id: c for c in app.ledger.contacts.all({d.contact_id for d in drafts})}
    links = link_makers(app)
    waits: dict[int, list] = {}
    for row in waiting(app):
        waits.setdefault(row.contact_id, []).append(row)
    people: dict[int, dict] = {}
    out = []
    for draft in drafts:
        contact = contacts[draft.contact_id]
        if contact.id not in people:
            people[contact.id] = person_json(app, contact, links, waits.get(contact.id, []))
        out.append({"person": people[contact.id], "draft": draft_json(app, draft)})
    return out
