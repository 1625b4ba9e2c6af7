"""Typed views of the X API v2 objects the plugin uses, parsed leniently from JSON.

Shapes follow the X API v2 OpenAPI document 2.167 (``User``, ``DmEvent``, ``Problem``,
``CreateDirectMessagesByParticipantIdResponse``; docs/platform-rules.md 2a and 2e). Fields the API
leaves out (it only returns the fields asked for) become empty strings or ``None``; the
original object is kept in ``raw`` for anything not modelled here.

X reports failures in several shapes, all turned into :class:`ApiProblem`:

* RFC 7807-style problem documents ``{type, title, detail, status}``, top level (error
  responses, ``application/problem+json``) or inside ``errors[]`` of a *successful* response
  (partial errors: docs response-codes-and-errors.mdx, "check for errors array even in 200
  responses"). Pages and results carry them in ``errors`` so nothing is silently dropped;
* the spec's ``Error {code, message}`` and the older ``{"errors": [{"code": 88, ...}]}``;
* X's ``about:blank`` problems (``{"title": "Unauthorized", "type": "about:blank", ...}``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Generic, Iterable, Mapping, TypeVar

from attrs import field, frozen

from .ratelimit import RateLimitInfo

T = TypeVar("T")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _scalar(value: Any) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp (``2024-01-02T03:04:05.000Z``) as aware UTC, else ``None``."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


@frozen
class ApiProblem:
    """One error reported by X (a problem document or an ``{code, message}`` error)."""

    title: str = ""
    detail: str = ""
    type: str = ""
    status: int | None = None
    code: int | None = None
    resource_type: str = ""
    resource_id: str = ""
    parameter: str = ""
    value: str = ""

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "ApiProblem":
        status = obj.get("status")
        code = obj.get("code")
        return cls(
            title=_text(obj.get("title")),
            detail=_text(obj.get("detail")) or _text(obj.get("message")),
            type=_text(obj.get("type")),
            status=status if isinstance(status, int) else None,
            code=code if isinstance(code, int) else None,
            resource_type=_text(obj.get("resource_type")),
            resource_id=_text(obj.get("resource_id")),
            parameter=_text(obj.get("parameter")),
            value=_scalar(obj.get("value")),
        )

    @property
    def kind(self) -> str:
        """The last part of the problem type URI (``resource-not-found``), else ``""``."""
        return self.type.rstrip("/").rsplit("/", 1)[-1] if "/" in self.type else ""

    @property
    def message(self) -> str:
        head = self.title or (f"error {self.code}" if self.code is not None else "X API error")
        if self.detail and self.detail != self.title:
            return f"{head}: {self.detail}"
        return head


def problems_from_body(body: Any) -> list[ApiProblem]:
    """Every problem a response body reports, top-level or in ``errors[]``."""
    if not isinstance(body, Mapping):
        return []
    found = []
    if any(k in body for k in ("title", "detail", "type", "code", "message")) \
            and not isinstance(body.get("data"), (list, dict)):
        found.append(ApiProblem.from_json(body))
    for item in body.get("errors") or []:
        if isinstance(item, Mapping):
            found.append(ApiProblem.from_json(item))
    return found


def partial_errors(body: Any) -> tuple[ApiProblem, ...]:
    """The ``errors[]`` of a successful response (the data that could not be returned)."""
    if not isinstance(body, Mapping):
        return ()
    return tuple(ApiProblem.from_json(e) for e in body.get("errors") or []
                 if isinstance(e, Mapping))


@frozen
class XUser:
    id: str
    username: str = ""
    name: str = ""
    description: str = ""
    url: str = ""
    location: str = ""
    entities: Mapping[str, Any] = field(factory=dict, repr=False)
    created_at: datetime | None = None
    protected: bool | None = None
    raw: Mapping[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "XUser":
        protected = obj.get("protected")
        entities = obj.get("entities")
        return cls(
            id=_text(obj.get("id")),
            username=_text(obj.get("username")),
            name=_text(obj.get("name")),
            description=_text(obj.get("description")),
            url=_text(obj.get("url")),
            location=_text(obj.get("location")),
            entities=entities if isinstance(entities, Mapping) else {},
            created_at=parse_time(obj.get("created_at")),
            protected=protected if isinstance(protected, bool) else None,
            raw=dict(obj),
        )


@frozen
class DmEvent:
    """One DM event. ``sender_id``/``participant_ids`` come with the matching expansions."""

    id: str
    event_type: str = ""
    text: str = field(default="", repr=False)
    sender_id: str = ""
    dm_conversation_id: str = ""
    created_at: datetime | None = None
    participant_ids: tuple[str, ...] = ()
    raw: Mapping[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "DmEvent":
        participants = obj.get("participant_ids")
        return cls(
            id=_text(obj.get("id")),
            event_type=_text(obj.get("event_type")),
            text=_text(obj.get("text")),
            sender_id=_text(obj.get("sender_id")),
            dm_conversation_id=_text(obj.get("dm_conversation_id")),
            created_at=parse_time(obj.get("created_at")),
            participant_ids=tuple(str(p) for p in participants)
            if isinstance(participants, list) else (),
            raw=dict(obj),
        )


def first_senders(events: Iterable[DmEvent]) -> dict[str, str]:
    """For each conversation, who sent its earliest message among ``events``.

    X only returns DM events of the last 30 days (docs direct-messages lookup
    introduction.mdx), so "who wrote first" is only known within that window; the ledger
    must keep what it saw before.
    """
    earliest: dict[str, tuple[datetime, str, str]] = {}
    floor = datetime.min.replace(tzinfo=timezone.utc)
    for event in events:
        if event.event_type not in ("", "MessageCreate") or not event.sender_id:
            continue
        # Event ids are time-ordered snowflakes: they break ties within one timestamp.
        rank = (event.created_at or floor, event.id.zfill(19), event.sender_id)
        current = earliest.get(event.dm_conversation_id)
        if current is None or rank < current:
            earliest[event.dm_conversation_id] = rank
    return {conv: rank[2] for conv, rank in earliest.items()}


@frozen
class Page(Generic[T]):
    """One page of a paginated listing, with the cursor that fetched it and the next one.

    To resume an interrupted sync, persist ``next_token`` once the page's items are saved
    and pass it back as ``start_token``; ``next_token is None`` means this was the last page.
    ``token`` is the cursor that fetched this page (``None`` for the first page).
    """

    items: tuple[T, ...]
    token: str | None
    next_token: str | None
    errors: tuple[ApiProblem, ...] = ()
    result_count: int = 0
    includes_users: tuple[XUser, ...] = ()
    rate_limit: RateLimitInfo | None = None

    @property
    def is_last(self) -> bool:
        return self.next_token is None


@frozen
class UsersLookup:
    """Users found by id, and one problem per id X could not return (deleted, suspended)."""

    users: tuple[XUser, ...]
    errors: tuple[ApiProblem, ...] = ()


@frozen
class SentDm:
    """X's receipt for a DM: its event id and the (created or existing) conversation."""

    dm_event_id: str
    dm_conversation_id: str
    errors: tuple[ApiProblem, ...] = ()
