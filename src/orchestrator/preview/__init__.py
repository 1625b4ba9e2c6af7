"""Previews of a plan: every message fully rendered, with its verdict, for terminal and HTML."""

from __future__ import annotations

from typing import Mapping

from attrs import define, field

from ..model import Contact, Draft


@define
class PreviewItem:
    draft: Draft
    contact: Contact
    # "last reached by ana 3 days ago (DATE)": a team sees who wrote to the person last
    last_reached: str = ""


@define
class Preview:
    """What both renderers show: a plan's drafts with their people, and what was left out."""

    plan_id: str | None
    campaign: str
    items: list[PreviewItem]
    skipped: list = field(factory=list)
    problems: list[str] = field(factory=list)
    dry_run: bool = False

    @property
    def counts(self) -> dict[str, int]:
        out = {"drafts": len(self.items), "allow": 0, "refuse": 0, "skipped": 0,
               "cannot_send": 0}
        for item in self.items:
            if item.draft.status == "skipped":
                out["skipped"] += 1
            else:
                out[item.draft.verdict.decision] += 1
                # allowed by the policy, but the channel cannot build it: the send will fail
                out["cannot_send"] += bool(item.draft.verdict.allowed
                                           and (item.draft.rendered or {}).get("error"))
        return out


def build_preview(app, drafts: list[Draft], *, plan_id: str | None, campaign: str,
                  skipped=(), problems=(), dry_run: bool = False,
                  contacts: Mapping[int, Contact] | None = None) -> Preview:
    if contacts is None:
        contacts = {c.id: c for c in app.ledger.contacts.all({d.contact_id for d in drafts})}
    reached = last_reached(app, {c.id for c in contacts.values()})
    return Preview(plan_id=plan_id, campaign=campaign,
                   items=[PreviewItem(d, contacts[d.contact_id],
                                      reached.get(contacts[d.contact_id].id, ""))
                          for d in drafts],
                   skipped=list(skipped), problems=list(problems), dry_run=dry_run)


def last_reached(app, contact_ids) -> dict[int, str]:
    """Per contact of the plan, who on the team last reached them and when, in words."""
    from ..reached import last_reached_words

    wanted = set(contact_ids)
    now, own = app.now(), app.ledger.member
    # a merge moves touch points to the contact that stays, so ids here are current ones
    return {contact_id: last_reached_words(at, member, own, now)
            for contact_id, (at, member) in app.ledger.touchpoints.last_reached_by().items()
            if contact_id in wanted}
