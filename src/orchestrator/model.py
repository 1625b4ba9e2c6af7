"""The domain model: people, their identities and history, campaigns and drafts.

One *contact* is one person. A person is reachable through several *identities* (an email
address, a LinkedIn profile, an X account); every identity has a platform and a normalized
key, and a key belongs to exactly one contact. Everything that happens between the user and
a person, on any platform and in either direction, is a *touch point* in that person's
history. Importers describe people as :class:`ContactRecord` objects; the ledger merges them
into contacts by identity.

All times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Literal, Protocol

import attrs
from attrs import Factory, define, field, frozen

Direction = Literal["in", "out"]
Mode = Literal["api", "assisted", "export"]
MODES: tuple[Mode, ...] = ("api", "assisted", "export")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _str_list(value) -> list[str]:
    return [str(v) for v in (value or [])]


@frozen
class Identity:
    """A way to reach one person on one platform.

    ``key`` is the normalized form used for matching (``jane@example.com``,
    ``in/jane-doe``, an X numeric user id); ``display`` is what a human reads
    (``Jane Doe <Jane@Example.com>``, a profile URL, ``@jane``).
    """

    platform: str
    key: str
    display: str = ""
    source: str = ""
    evidence: str = ""

    def as_json(self) -> dict:
        return attrs.asdict(self)


@define
class TouchPoint:
    """One interaction with a person, in or out, on any platform. History is append-only."""

    platform: str
    kind: str
    direction: Direction
    at: datetime = field(converter=_as_utc)
    status: str = "done"
    text: str = ""
    subject: str = ""
    external_id: str = ""
    source: str = ""
    campaign: str = ""
    step: int | None = None
    draft_id: str = ""
    id: int | None = None
    contact_id: int | None = None
    # who on the team made an outgoing touch point ([sender] member; '' working alone)
    member: str = ""

    def as_json(self) -> dict:
        data = attrs.asdict(self)
        data["at"] = self.at.isoformat()
        return data


@define
class Profile:
    """What we know about a person; shared by contacts and importer records."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    headline: str = ""
    notes: str = ""
    location: str = ""
    interests: list[str] = field(factory=list, converter=_str_list)
    tags: list[str] = field(factory=list, converter=_str_list)


@define
class Contact(Profile):
    """One person with all their identities; fields are plain text, never None."""

    id: int | None = None
    opted_out: bool = False
    opted_out_at: datetime | None = None
    opt_out_reason: str = ""
    identities: list[Identity] = Factory(list)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p).strip()

    def identity(self, platform: str) -> Identity | None:
        """The preferred identity on ``platform`` (the first recorded one)."""
        for ident in self.identities:
            if ident.platform == platform:
                return ident
        return None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "company": self.company,
            "title": self.title,
            "headline": self.headline,
            "notes": self.notes,
            "location": self.location,
            "interests": list(self.interests),
            "tags": list(self.tags),
            "opted_out": self.opted_out,
            "opted_out_at": self.opted_out_at.isoformat() if self.opted_out_at else None,
            "identities": [i.as_json() for i in self.identities],
        }


@define
class ContactRecord(Profile):
    """One person as a source describes them, before the ledger merges it by identity.

    ``origin`` says where the record came from (``Connections.csv:12``) so that errors and
    evidence can name it. Empty fields never overwrite what the ledger already knows.
    """

    identities: list[Identity] = Factory(list)
    touchpoints: list[TouchPoint] = Factory(list)
    opted_out: bool = False
    origin: str = ""
    # Other keys the source knows the same account by: ``{(platform, key): alias_key}``
    # (an X account's numeric id and the ``@handle`` it was known by until now). The
    # ledger folds an identity stored under the alias into the one keyed ``key``.
    aliases: dict[tuple[str, str], str] = Factory(dict)


@frozen
class LinkProposal:
    """A claim that ``identity`` belongs to the contact it was proposed for, with evidence."""

    identity: Identity
    evidence: str


@frozen
class Audience:
    tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    cooldown: timedelta | None = None
    source: str | None = None
    keywords: tuple[str, ...] = ()
    limit: int | None = None


@frozen
class Step:
    """One message of a campaign, sent on one channel to each person of the audience."""

    index: int
    channel: str
    kind: str
    template: str
    template_name: str
    subject: str | None = None
    mode: Mode | None = None
    after: timedelta | None = None
    source: str | None = None
    name: str = ""
    # Only for people no earlier step reaches, in this run or any earlier one (e.g. email
    # when no LinkedIn).
    fallback: bool = False
    # What must have happened since the campaign first reached the person: "replied",
    # "no-reply" or "accepted" (None: no condition). See campaigns/conditions.py.
    when: str | None = None

    @property
    def key(self) -> str:
        """Stable identity of the step in idempotency keys (its name, else its position)."""
        return self.name or str(self.index)

    @property
    def label(self) -> str:
        return self.name or f"step {self.index + 1} ({self.channel} {self.kind})"


@frozen
class Campaign:
    name: str
    path: str
    steps: tuple[Step, ...]
    audience: Audience = Audience()
    description: str = ""
    schedule: str | None = None
    timezone: str = "UTC"
    repeat: timedelta | None = None
    # Once the person writes to you after this campaign first reached them, no later step
    # goes to them (except a step with when = "replied").
    stop_on_reply: bool = True


class VerdictLike(Protocol):
    """What the model needs of a policy verdict (the policy's ``Verdict`` is one).

    The model and the ledger depend on this shape only: the ledger stores verdicts through
    a codec the policy provides, so storage never imports the policy.
    """

    decision: str

    @property
    def allowed(self) -> bool: ...

    def as_json(self) -> dict: ...


@frozen
class StepSnapshot:
    """A campaign step as it was when the plan was made: what review and send rebuild from.

    A plan stores one per step, so editing the campaign file after planning changes
    nothing about the reviewed plan, and every path that renders a draft (plan, review,
    send) sees the same template, subject and campaign description.
    """

    key: str
    channel: str
    kind: str
    label: str
    template: str
    template_name: str
    subject: str | None = None
    campaign_description: str = ""
    # The audience cooldown, in seconds, for a step that starts a relationship (no
    # ``after``, no ``when``): checked again at the claim, when a colleague's campaign
    # may have reached the person since this plan was made.
    cooldown: float | None = None

    def as_json(self) -> dict:
        return attrs.asdict(self)

    @classmethod
    def from_json(cls, key: str, data: dict) -> "StepSnapshot":
        return cls(key=key, channel=data["channel"], kind=data["kind"],
                   label=data.get("label", ""), template=data.get("template", ""),
                   template_name=data.get("template_name", key),
                   subject=data.get("subject"),
                   campaign_description=data.get("campaign_description", ""),
                   cooldown=data.get("cooldown"))


@frozen
class Plan:
    """One plan of a campaign: its steps as planned; its drafts live in the ledger."""

    id: str
    campaign: str
    campaign_path: str
    created_at: datetime
    status: str
    steps: dict[str, StepSnapshot]
    member: str = ""  # who on the team made it ('' working alone)

    def as_json(self) -> dict:
        return {"id": self.id, "campaign": self.campaign, "campaign_path": self.campaign_path,
                "created_at": self.created_at.isoformat(), "status": self.status,
                "member": self.member,
                "steps": {k: s.as_json() for k, s in self.steps.items()}}


@frozen
class PlanSummary:
    """A line of ``outreach plans``."""

    id: str
    campaign: str
    campaign_path: str
    created_at: str
    status: str
    drafts: int
    allowed: int
    member: str = ""  # who on the team made the plan ([sender] member)

    def as_json(self) -> dict:
        return attrs.asdict(self)


DeliveryState = Literal["planned", "sending", "sent", "failed", "unknown", "waiting", "skipped",
                        "bounced", "cancelled"]


@frozen
class Delivery:
    """One outbox row: a draft's idempotency key and how far its delivery got.

    This is the record plugins receive in ``outreach_after_send``; the ledger's columns are
    not API. Times are ISO strings as stored (UTC).
    """

    id: int
    idempotency_key: str
    draft_id: str
    plan_id: str
    contact_id: int
    campaign: str
    step_key: str
    channel: str
    kind: str
    mode: str
    recipient_key: str
    state: DeliveryState
    attempts: int = 0
    external_id: str = ""
    error: str = ""
    export_path: str = ""
    detail: str = ""
    created_at: str = ""
    updated_at: str = ""
    finished_at: str | None = None
    # who on the team created or claimed it ([sender] member; '' working alone)
    member: str = ""

    def as_json(self) -> dict:
        return attrs.asdict(self)

    def __getitem__(self, key: str) -> Any:
        """Deprecated dict access (``delivery["state"]``), for plugins written before 0.2."""
        import warnings

        if key not in attrs.fields_dict(type(self)):
            raise KeyError(key)
        warnings.warn("outreach_after_send: a delivery is a typed record now; use "
                      f"delivery.{key} instead of delivery[{key!r}]", OutreachDeprecationWarning,
                      stacklevel=2)
        return getattr(self, key)


class OutreachDeprecationWarning(DeprecationWarning):
    """A plugin uses an API that goes away in the next release (the message says instead what)."""


@define
class Draft:
    """One message for one person from one campaign step, as planned and reviewed.

    ``text`` is what the policy checked and what will be sent; ``rendered`` is what the
    channel adds for the user's eyes (footer, compose link) and is shown in the preview.
    """

    id: str
    plan_id: str
    seq: int
    contact_id: int
    campaign: str
    step: int
    step_key: str
    channel: str
    kind: str
    mode: Mode
    recipient: Identity
    text: str
    idempotency_key: str
    verdict: "VerdictLike"
    subject: str | None = None
    personal_note: str = ""
    step_label: str = ""
    rendered: dict = Factory(dict)
    status: str = "draft"
    # A digest of the policy inputs ``verdict`` was computed from (see policy.gate): the
    # same digest later means the same verdict, so preview and send need not re-check.
    checked: str = ""

    @property
    def allowed(self) -> bool:
        return self.verdict.allowed and self.status == "draft"

    def as_json(self) -> dict:
        verdict = self.verdict.as_json()
        return {
            "id": self.id,
            "plan_id": self.plan_id,
            "contact_id": self.contact_id,
            "campaign": self.campaign,
            "step": self.step,
            "step_label": self.step_label,
            "channel": self.channel,
            "kind": self.kind,
            "mode": self.mode,
            "recipient": self.recipient.as_json(),
            "subject": self.subject,
            "text": self.text,
            "personal_note": self.personal_note,
            "status": self.status,
            "link": self.rendered.get("link"),
            "rendered_text": self.rendered.get("text", self.text),
            # the channel could not build this message (it will fail when sent)
            "render_error": self.rendered.get("error"),
            **verdict,
        }

