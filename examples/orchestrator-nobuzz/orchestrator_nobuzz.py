"""A minimal third-party plugin: one policy check and one command, in one file.

Install it next to outreach-orchestrator (``pip install ./examples/orchestrator-nobuzz``)
and it is found through the ``orchestrator`` entry-point group, like the bundled channels.
"""

import click

from orchestrator import hookimpl
from orchestrator.api import Finding

BUZZWORDS = ("synergy", "circle back", "touch base", "leverage our")


class NoBuzzwords:
    name = "no-buzzwords"

    def check(self, batch):
        for draft in batch.drafts:
            found = [w for w in BUZZWORDS if w in draft.text.lower()]
            if found:
                yield Finding(draft.id, "buzzword", f"uses {', '.join(found)!s}",
                              fix="Say what you mean in plain words.", evidence=tuple(found))


@hookimpl
def outreach_register_policy_checks(registry):
    registry.add(NoBuzzwords())


@hookimpl
def outreach_register_commands(cli):
    @cli.command()
    def nobuzz():
        """List the buzzwords this plugin refuses."""
        click.echo(", ".join(BUZZWORDS))
