"""``outreach email login|logout|sync|unsubscribe``."""

from __future__ import annotations

import click

from orchestrator.api import pass_context

SECRET_NAME = "email.password"


IMAP_SECRET_NAME = "email.imap_password"


@click.group()
def email() -> None:
    """Email: SMTP credentials, replies over IMAP and unsubscribes."""


@email.command()
@click.option("--imap", "for_imap", is_flag=True,
              help="Store the IMAP password instead (when it is not the SMTP password).")
def login(for_imap: bool) -> None:
    """Store the SMTP password in the system keyring (for interactive use).

    Unattended runs (cron, CI) can set $OUTREACH_EMAIL_PASSWORD instead; it wins. Where
    no keyring is usable, login says so (exit 3) and stores nothing. --imap stores the
    IMAP password ($OUTREACH_IMAP_PASSWORD wins; without either, the SMTP one is used).
    """
    import os

    from orchestrator.api import ConfigError, secrets

    from .manifest import IMAP_PASSWORD_ENV, PASSWORD_ENV

    what, env, name = (("IMAP", IMAP_PASSWORD_ENV, IMAP_SECRET_NAME) if for_imap
                       else ("SMTP", PASSWORD_ENV, SECRET_NAME))
    problem = secrets.keyring_problem()
    if problem:  # before asking for the password, not after
        raise ConfigError(f"cannot store the {what} password: {problem}",
                          f"Nothing was stored. Set ${env} instead (cron and CI "
                          "too), or install a keyring backend.")
    password = click.prompt(f"{what} password", hide_input=True, confirmation_prompt=True)
    secrets.store(name, password, env=env)  # checks it was kept
    click.echo("Stored in the keyring.")
    if os.environ.get(env):
        click.echo(f"Note: ${env} is set and is used instead of the keyring.")


@email.command()
@click.option("--json", "as_json", is_flag=True, help="Print the sync summary as JSON.")
@pass_context
def sync(context, as_json: bool) -> None:
    """Read replies, auto-replies and bounces from your mailbox (IMAP, read-only).

    Reads what is new since the last sync in each of imap_folders (the last 90 days the
    first time); marks nothing read, moves and deletes nothing. A reply to one of your
    messages, or a message from a contact, becomes a touch point; a permanent bounce marks
    the delivery bounced and suppresses that address. Runs before every `outreach run`.
    """
    from orchestrator.api import print_json

    from .sync import sync as sync_mailbox

    summary = sync_mailbox(context)
    if as_json:
        print_json(summary.as_json())
    else:
        click.echo(summary.line())


@email.command()
def logout() -> None:
    """Remove the SMTP password from the keyring."""
    from orchestrator.api import secrets

    click.echo("Removed." if secrets.delete(SECRET_NAME) else "Nothing was stored.")


@email.command()
@click.argument("addresses", nargs=-1, required=True)
@click.option("--reason", default="unsubscribed by email", show_default=True)
@pass_context(create=True)
def unsubscribe(context, addresses, reason: str) -> None:
    """Opt these people out (on every channel), known or not yet."""
    from orchestrator.api import ContactRecord, Identity

    for raw in addresses:
        identity = context.normalize_identity("email", raw)
        contact_id = context.find_contact("email", identity.key)
        if contact_id is None:
            record = ContactRecord(identities=[Identity(
                "email", identity.key, identity.display, "unsubscribe", reason)])
            contact_id = context.import_records("unsubscribe", [record]).results[0].contact_id
            if not contact_id:  # erased at their request: never contacted again anyway
                click.echo(f"{identity.display}: erased from the ledger; never contacted.")
                continue
        changed = context.opt_out(contact_id, reason)
        state = "opted out" if changed else "was already opted out"
        click.echo(f"{identity.display}: {state} on every channel (contact {contact_id}).")
