"""The demo: a fictional workspace and a week of outreach, planned, reviewed and previewed.

It writes a workspace (about thirty fictional grocers and food-retail people, several on
two or three platforms, notes on how the sender met them, a weekly campaign on LinkedIn,
email and X with a ``personal_note`` slot), imports the sample contacts through the real
vCard and CSV importers (the same people in both files become one contact), plans the
campaign, applies the personal notes "you" wrote in review - some missing or flawed on
purpose - and runs the campaign as a dry run: every message rendered with its verdict.
No credentials, no network: email is exported, LinkedIn and X are sent by hand.
"""

from __future__ import annotations

import shutil
import tomllib
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..workspace import make_private_dir, write_private

MARKER = ".outreach-demo"
CONTACT_FILES = ("contacts.vcf", "contacts.csv", "notes.toml")


def _data():
    return resources.files(__package__) / "data"


def write_workspace(home: Path) -> None:
    """Write the demo files into ``home``, replacing an earlier demo (never anything else)."""
    if home.exists() and any(home.iterdir()):
        if not (home / MARKER).exists():
            raise ConfigError(f"{home} is not empty and is not a demo workspace",
                              "Choose another folder with --home.")
        shutil.rmtree(home)
    make_private_dir(home)
    data = _data()
    write_private(home / "config.toml", (data / "config.toml").read_bytes())
    for name in ("weekly-intros.toml", "autumn-intros.toml"):
        write_private(home / "campaigns" / name, (data / "campaigns" / name).read_bytes())
    for template in (data / "campaigns" / "templates").iterdir():
        write_private(home / "campaigns" / "templates" / template.name, template.read_bytes())
    for name in CONTACT_FILES:
        write_private(home / "samples" / name, (data / name).read_bytes())
    write_private(home / MARKER, "Written by `outreach demo`; safe to delete.\n")


def personal_notes(home: Path) -> dict[str, str]:
    with (home / "samples" / "notes.toml").open("rb") as handle:
        return tomllib.load(handle)


def note_for(contact, notes: dict[str, str]) -> str | None:
    for identity in contact.identities:
        for key in (identity.key, f"@{identity.display.lstrip('@').lower()}"):
            if key in notes:
                return notes[key]
    return None
