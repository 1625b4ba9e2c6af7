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
from typing import TYPE_CHECKING, Literal

import attrs
from attrs import Factory, define, field, frozen

if TYPE_CHECKING:  # Draft's annotation only: importing the policy package here is costly
    from .policy.types import Verdict

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


@frozen
class LinkProposal:
    """A claim that ``identity`` belongs to the contact ``contact_id``, with the evidence."""

    contact_id: int
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
    # Only for people no earlier step of the plan reaches (e.g. email when no LinkedIn).
    fallback: bool = False

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
    verdict: "Verdict"
    subject: str | None = None
    personal_note: str = ""
    step_label: str = ""
    rendered: dict = Factory(dict)
    status: str = "draft"

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

