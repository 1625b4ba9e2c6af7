"""``outreach contacts edit | split | delete``: the user owns the contact record."""

from __future__ import annotations

import click

from ..errors import InputError
from ..output import terminal_safe
from .context import pass_app, print_json

_FIELDS = ("first_name", "last_name", "company", "title", "headline", "location", "notes")


def _line(value: str) -> str:
    return terminal_safe(value, multiline=False)


@click.command("edit")
@click.argument("contact_id", type=int)
@click.option("--first-name", default=None)
@click.option("--last-name", default=None)
@click.option("--company", default=None)
@click.option("--title", default=None)
@click.option("--headline", default=None)
@click.option("--location", default=None)
@click.option("--notes", default=None, help="Replaces the notes (`contacts note` appends).")
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
@pass_app
def edit_cmd(app, contact_id: int, as_json: bool, **values) -> None:
    """Edit a contact by hand. An edited field wins over later imports until you clear it
    (give it as "")."""
    from .fields import check_line, check_notes

    fields = {name: value for name, value in values.items() if value is not None}
    for name, value in fields.items():
        option = "--" + name.replace("_", "-")
        (check_notes if name == "notes" else check_line)(option, value)
    if not fields:
        raise InputError("nothing to edit", "Give at least one of --first-name, --last-name, "
                         "--company, --title, --headline, --location, --notes.")
    changes = app.ledger.contacts.edit(contact_id, **fields)
    if as_json:
        print_json({"contact_id": app.ledger.contacts.canonical_id(contact_id),
                    "changes": {k: {"from": a, "to": b} for k, (a, b) in changes.items()},
                    "pinned": app.ledger.contacts.pinned(
                        app.ledger.contacts.canonical_id(contact_id))})
        return
    if not changes:
        click.echo(f"Contact {contact_id}: nothing changed.")
    for name, (old, new) in changes.items():
        label = name.replace("_", " ")
        click.echo(_line(f"Contact {contact_id} {label}: {old!r} -> {new!r}"
                         + ("" if new else " (cleared; imports may fill it again)")))


def _identity_arg(value: str) -> tuple[str, str]:
    platform, sep, key = value.partition(":")
    if not sep or not platform.strip() or not key.strip():
        raise InputError(f"expected PLATFORM:KEY, got {value!r}",
                         "See the identities in `outreach contacts show ID`.")
    return platform.strip(), key.strip()


@click.command("split")
@click.argument("contact_id", type=int)
@click.option("--identity", "identities", multiple=True, required=True,
              metavar="PLATFORM:KEY", help="An identity to move to a new contact "
              "(repeat for more), e.g. twitter:2244994945 or email:ada@example.com.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def split_cmd(app, contact_id: int, identities, as_json: bool) -> None:
    """Undo a merge: move identities (and their touch points) to a new contact. The two
    are never merged again by an import, sync or proposal."""
    wanted = []
    for raw in identities:
        platform, key = _identity_arg(raw)
        owner = app.ledger.contacts.by_identity(platform, key)
        if owner is None:  # a key as written (a URL, @Handle): its canonical form
            try:
                ident = app.normalize_identity(platform, key)
                platform, key = ident.platform, ident.key
            except InputError:
                pass
        wanted.append((platform, key))
    new_id = app.ledger.contacts.split(contact_id, wanted)
    if as_json:
        print_json({"contact_id": app.ledger.contacts.canonical_id(contact_id),
                    "new_contact_id": new_id})
        return
    click.echo(f"Split {len(wanted)} identit{'y' if len(wanted) == 1 else 'ies'} off contact "
               f"{contact_id} into contact {new_id}; the two will not be merged again.")


@click.command("delete")
@click.argument("contact_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def delete_cmd(app, contact_id: int, yes: bool) -> None:
    """Erase a person (GDPR Art. 17): identities, notes, history, drafts, deliveries and
    event-log entries, with no byte left in the ledger files. A keyed hash of each identity
    stays, so no import or sync brings them back and no channel contacts them."""
    contact = app.ledger.contacts.get(contact_id)
    who = contact.name or (contact.identities[0].display if contact.identities else "")
    if not yes:
        click.confirm(_line(f"Erase contact {contact.id} ({who}) and all their history? "
                            "This cannot be undone"), abort=True, err=True)
    counts = app.ledger.erasure.erase(contact.id)
    click.echo(f"Erased contact {contact.id}: {counts.get('identities', 0)} identities, "
               f"{counts.get('touchpoints', 0)} touch points, {counts.get('drafts', 0)} drafts, "
               f"{counts.get('deliveries', 0)} deliveries, {counts.get('events', 0)} log "
               "entries. Re-imports of them are suppressed.")
