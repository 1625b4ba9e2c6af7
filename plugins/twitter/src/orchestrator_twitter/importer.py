"""``outreach import twitter-archive PATH``: follows and direct messages from an X data archive.

archive.py parses the folder or zip (every part, the manifest's date, idempotent follow
touch points ``follow:in:<id>``/``follow:out:<id>``, messages of ``direct-messages.js`` and
``direct-messages-group.js``, names and handles from the mentions in ``tweets.js``). An
archive names most accounts by numeric id only (docs/platform-rules.md 2f), so when the user
is logged in (a token in the environment or the keyring) the ids are resolved through
``GET /2/users`` (100 per request) and each record gets the handle, name, bio and
location. Not logged in: the ids are kept as they are (with the names and handles the
archive's mentions give), silently - resolving is an extra, not a requirement. The API failing (or ids X no longer
knows: deleted, suspended) leaves those records as ids with a warning through
``context.log``; the import itself never fails because of the network.

Archive follows keep their status ``done``: they are history, so
``twitter:new-followers`` never offers them.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from orchestrator.api import ContactRecord, OutreachError

from .archive import INVALID_ROW, SOURCE, parse_archive
from .models import XUser
from .profile import expanded_bio, identity, split_name


def import_archive(path: Path, context) -> list[ContactRecord]:
    parsed = parse_archive(path, skip_invalid=bool(getattr(context, "skip_invalid", False)))
    for kind, message in parsed.notices:
        if kind == INVALID_ROW:
            context.skip(message, kind=kind)
        else:
            context.log(message, kind=kind)
    records = list(parsed.records)
    from .connect import logged_in

    if not records or not logged_in():
        return records
    users = _lookup([r.identities[0].key for r in records], context)
    return [_resolved(r, users[r.identities[0].key]) if r.identities[0].key in users else r
            for r in records]


def _lookup(ids: list[str], context) -> dict[str, XUser]:
    from . import connect

    try:
        with connect.open_client(context.settings) as client:
            found = client.users_by_ids(ids)
    except (OutreachError, OSError) as exc:
        message = getattr(exc, "message", None) or type(exc).__name__
        context.log(f"X ids were kept as ids: looking them up on X failed ({message})",
                    kind="X ids kept (the look-up on X failed)")
        return {}
    users = {u.id: u for u in found.users}
    missing = len(set(ids) - set(users))
    if missing:
        context.log(f"{missing} X account(s) of the archive no longer exist or are "
                    "suspended; they were kept as ids", kind="X accounts that no longer exist")
    return users


def _resolved(record: ContactRecord, user: XUser) -> ContactRecord:
    first, last = split_name(user.name)
    evidence = record.identities[0].evidence
    ident = identity(user, SOURCE) if user.username else record.identities[0]
    ident = attrs.evolve(ident, evidence=evidence)
    return attrs.evolve(record, identities=[ident], first_name=first or record.first_name,
                        last_name=last if first else record.last_name,
                        headline=expanded_bio(user), location=" ".join(user.location.split()))
