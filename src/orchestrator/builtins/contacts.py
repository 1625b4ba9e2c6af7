"""Core importers (vCard, CSV) and fallback identity normalization."""

from __future__ import annotations

from pathlib import Path

from .. import hookimpl
from ..model import ContactRecord, Identity


def import_vcard(path: Path, context) -> list[ContactRecord]:
    from ..contacts.vcard import read_vcard

    return read_vcard(path, context)


def import_csv(path: Path, context) -> list[ContactRecord]:
    from ..contacts.csvfile import read_csv

    return read_csv(path, context.options, context)


@hookimpl
def outreach_register_importers(registry):
    registry.add("vcard", import_vcard,
                 help="vCard 2.1/3.0/4.0 file (.vcf) from any address book")
    registry.add("csv", import_csv,
                 help="CSV with a header row (Google, Outlook, Thunderbird exports are "
                      "recognised); --map COLUMN=FIELD to map other columns")


@hookimpl(trylast=True)
def outreach_normalize_identity(platform: str, value: str) -> Identity | None:
    from ..contacts import identities

    if platform == "email":
        return identities.basic_email(value)
    if platform in {"url", "web"}:
        return identities.basic_url(value)
    return identities.generic(platform, value)
