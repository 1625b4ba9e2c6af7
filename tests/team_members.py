"""Workspaces as members of a team: one App per member on the test's ledger."""

from __future__ import annotations

from orchestrator.testing import FakeChannelPlugin


def member_app(make_app, world, home, name: str):
    """An App of the workspace at ``home`` as member ``name`` (``[sender] member``)."""
    config = home / "config.toml"
    config.write_text(config.read_text().replace("[sender]\n", f'[sender]\nmember = "{name}"\n',
                                                 1))
    return make_app(home=home, extra_plugins=[FakeChannelPlugin(world.channel)],
                    clock=world.clock)
