"""``outreach email login|logout|unsubscribe``."""

from __future__ import annotations

import click

from orchestrator.api import pass_context

SECRET_NAME = "email.password"


@click.group()
def email() -> None:
    """Email: SMTP credentials and unsubscribes."""


@email.command()
def login() -> None:
    """Store the SMTP password in the system keyring (for interactive use).

    Unattended runs (cron, CI) can set $OUTREACH_EMAIL_PASSWORD instead; it wins. Where
    no keyring is usable, login says so (exit 3) and stores nothing.
    """
    import os

    from orchestrator.api import ConfigError, secrets

    from .manifest import PASSWORD_ENV

    problem = secrets.keyring_problem()
    if problem:  # before asking for the password, not after
        raise ConfigError(f"cannot store the SMTP password: {problem}",
                          f"Nothing was stored. Set ${PASSWORD_ENV} instead (cron and CI "
                          "too), or install a keyring backend.")
    password = click.prompt("SMTP password", hide_input=True, confirmation_prompt=True)
    secrets.store(SECRET_NAME, password, env=PASSWORD_ENV)  # checks it was kept
    click.echo("Stored in the keyring.")
    if os.environ.get(PASSWORD_ENV):
        click.echo(f"Note: ${PASSWORD_ENV} is set and is used instead of the keyring.")


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
        changed = context.opt_out(contact_id, reason)
        state = "opted out" if changed else "was already opted out"
        click.echo(f"{identity.display}: {state} on every channel (contact {contact_id}).")
