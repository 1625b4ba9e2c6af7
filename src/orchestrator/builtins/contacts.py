"""Core importers (vCard, CSV) and fallback identity normalization."""

from __future__ import annotations

from pathlib import Path

from .. import hookimpl
from ..model import ContactRecord, Identity


def import_vcard(path: Path, context) -> list[ContactRecord]:
    from ..contacts.vcard import parse_cards, split_escaped, unescape

    records = []
    for card in parse_cards(path):
        family, given = "", ""
        if n := card.first("N"):
            parts = split_escaped(n, ";") + ["", ""]
            family, given = parts[0].strip(), parts[1].strip()
        if not (family or given) and (fn := unescape(card.first("FN")).strip()):
            given, _, family = fn.partition(" ")
        identities: list[Identity] = []
        for prop in card.all("EMAIL"):
            identities.append(Identity("email", unescape(prop.value).strip()))
        for name in ("URL", "X-SOCIALPROFILE", "SOCIALPROFILE", "IMPP"):
            for prop in card.all(name):
                value = unescape(prop.value).strip()
                kind = (prop.params.get("TYPE") or [""])[0]
                if kind in {"twitter", "x"} and "/" not in value:
                    identities.append(Identity("twitter", value))
                elif value.lower().startswith(("http://", "https://", "www.")) or "." in value:
                    identities.append(Identity("url", value))
        for prop in card.all("X-TWITTER"):
            identities.append(Identity("twitter", unescape(prop.value).strip()))
        org = split_escaped(card.first("ORG"), ";")[0].strip() if card.first("ORG") else ""
        tags = [t.strip() for p in card.all("CATEGORIES") for t in split_escaped(p.value, ",")]
        notes = "\n".join(unescape(p.value).strip() for p in card.all("NOTE"))
        records.append(ContactRecord(
            identities=[i for i in identities if i.key],
            first_name=given, last_name=family, company=org,
            title=unescape(card.first("TITLE")).strip(), notes=notes.strip(),
            tags=[t for t in tags if t], origin=f"{path.name}:{card.line}",
        ))
    return records


def import_csv(path: Path, context) -> list[ContactRecord]:
    from ..contacts.csvfile import read_csv

    return read_csv(path, context.options)


@hookimpl
def outreach_register_importers(registry):
    registry.add("vcard", import_vcard, help="vCard 3.0/4.0 file (.vcf) from any address book")
    registry.add("csv", import_csv, help="CSV with a header row; --map COLUMN=FIELD to map columns")


@hookimpl(trylast=True)
def outreach_normalize_identity(platform: str, value: str) -> Identity | None:
    from ..contacts import identities

    if platform == "email":
        return identities.basic_email(value)
    if platform in {"url", "web"}:
        return identities.basic_url(value)
    return identities.generic(platform, value)
