"""An X user as a contact record: numeric id identity, name, bio, location, website.

* The identity key is the numeric user id (it survives handle changes); its display is
  ``@Handle``, so the handle stays visible (identity.py).
* ``name`` is one free-text field on X; it is split at the first space into first and last
  name ("Jane van Doe" -> "Jane" / "van Doe"). Only blanks are filled by the ledger, so a
  name the user corrected by hand is never overwritten.
* The bio becomes the contact's ``headline`` with its ``t.co`` links replaced by the
  ``expanded_url`` X reports in ``entities.description.urls``: the real target is what a
  reader (and the link finder) needs.
* The website field is not put into the record as is: a shared company site would make
  the ledger merge two followers into one contact. :func:`website` gives it to the sync,
  which adds it as a ``web`` identity only when no contact owns it yet
  (links_hook.website_identity).
"""

from __future__ import annotations

from typing import Any, Mapping

from orchestrator.api import ContactRecord, Identity, TouchPoint

from .identity import user_identity
from .models import XUser


def split_name(name: str) -> tuple[str, str]:
    first, _, last = " ".join(name.split()).partition(" ")
    return first, last


def _entity_urls(entities: Mapping[str, Any], section: str) -> list[Mapping[str, Any]]:
    block = entities.get(section) if isinstance(entities, Mapping) else None
    urls = block.get("urls") if isinstance(block, Mapping) else None
    return [u for u in urls or [] if isinstance(u, Mapping)]


def expanded_bio(user: XUser) -> str:
    """The bio with each ``t.co`` link replaced by where it really goes."""
    text = user.description
    for item in _entity_urls(user.entities, "description"):
        short, target = item.get("url"), item.get("expanded_url")
        if isinstance(short, str) and short and isinstance(target, str) and target:
            text = text.replace(short, target)
    return " ".join(text.split())


def website(user: XUser) -> str:
    """The profile's website, expanded from ``t.co`` when X says where it goes."""
    for item in _entity_urls(user.entities, "url"):
        target = item.get("expanded_url") or item.get("url")
        if isinstance(target, str) and target:
            return target
    return user.url


def identity(user: XUser, source: str, evidence: str = "") -> Identity:
    return user_identity(user.id, user.username or None, source=source, evidence=evidence)


def record(user: XUser, source: str, *, evidence: str = "",
           touchpoints: list[TouchPoint] | None = None, extra: list[Identity] | None = None,
           origin: str = "") -> ContactRecord:
    first, last = split_name(user.name)
    return ContactRecord(
        identities=[identity(user, source, evidence), *(extra or [])],
        first_name=first, last_name=last, headline=expanded_bio(user),
        location=" ".join(user.location.split()),
        touchpoints=list(touchpoints or []),
        origin=origin or f"X user {user.id}",
    )
