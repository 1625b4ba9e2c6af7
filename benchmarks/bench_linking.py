"""Linking people across sources: precision and recall on a synthetic truth set, and scale.

A synthetic population where the truth is known: each person is in one to three sources
(an address book with email, a LinkedIn export, an X archive), under the name each source
would have (nicknames such as Bob for Robert, typos, names in the other order, accents
dropped), with job changes between sources, work or free-mail addresses, an X handle that
may be a form of the name, a location, and many people sharing a few common names. Each
source is imported through the real pipeline (``import_records``); the proposals it makes
are compared with the truth:

* precision: of the proposals scored >= 0.8, how many join two contacts of one person;
* recall: of the pairs of contacts that are one person (and were not already merged by an
  identical key), how many got a proposal scored >= 0.8.

Targets (issue 12): precision >= 0.98 at recall >= 0.90 among proposals scored >= 0.8, and
100,000 contacts from three sources get their proposals in under a minute.

    python benchmarks/bench_linking.py [--people 3000] [--scale 100000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

FIRST = [("Robert", "Bob"), ("William", "Bill"), ("James", "Jim"), ("Michael", "Mike"),
         ("Katherine", "Kate"), ("Elizabeth", "Liz"), ("Margaret", "Maggie"),
         ("Andrew", "Andy"), ("Thomas", "Tom"), ("Jennifer", "Jen"), ("Daniel", "Dan"),
         ("Susan", "Sue"), ("Alexander", "Alex"), ("Rebecca", "Becky"), ("Samuel", "Sam")]
RARE_FIRST = ["Aoife", "Niamh", "Oisin", "Saoirse", "Ciaran", "Maelle", "Ines", "Bjorn",
              "Astrid", "Tomasz", "Zofia", "Kenji", "Yuki", "Amara", "Chidi", "Farid",
              "Leila", "Mateo", "Lucia", "Sven", "Ingrid", "Pavel", "Dara", "Ronan",
              "Éabha", "Joaquín", "Noémie", "Zoë", "Håkon", "Łucja"]
COMMON_LAST = ["Smith", "Murphy", "Kelly", "Walsh", "Byrne"]
SYLLABLES = ["quill", "fea", "ther", "lind", "qvist", "brae", "mor", "dun", "kirk", "holt",
             "wen", "stad", "ver", "ne", "ash", "by", "ford", "ley", "ton", "gar", "ric",
             "sel", "ow", "ick", "an", "ber", "cal", "dor", "el", "fin"]
COMPANIES = [f"{a}{b}" for a in ("Loom", "Fjord", "Tide", "Quay", "Harbor", "Cedar", "Birch",
                                 "Granite", "Copper", "Meadow", "Raven", "Willow")
             for b in ("works", "labs", "fish", "line", "soft", "foods", "freight", "print")]
CITIES = ["Galway", "Cork", "Dublin", "Bergen", "Oslo", "Lyon", "Porto", "Leeds", "Bristol",
          "Kraków", "Gdańsk", "Utrecht", "Ghent", "Turin"]
AT = datetime(2026, 1, 5, tzinfo=timezone.utc)


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(2, len(word) - 1)
    return word[:i] + word[i + 1:] if rng.random() < 0.5 else word[:i] + word[i] + word[i:]


def population(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    people = []
    for idx in range(n):
        common = rng.random() < 0.2
        if common:  # a few common names shared by many different people
            first, short = rng.choice(FIRST[:6])
            last = rng.choice(COMMON_LAST)
        else:
            first, short = rng.choice(FIRST + [(f, f) for f in RARE_FIRST])
            last = _surname(rng)
        company = rng.choice(COMPANIES)
        people.append({
            "idx": idx, "first": first, "short": short, "last": last, "company": company,
            "old_company": rng.choice(COMPANIES) if rng.random() < 0.15 else company,
            "city": rng.choice(CITIES), "work_mail": rng.random() < 0.6,
            "sources": rng.sample(["book", "linkedin", "x"], rng.choice([1, 2, 2, 3])),
            "handle_form": rng.random() < 0.5,
            "x_location": rng.random() < 0.5,
            "typo": rng.random() < 0.1, "swap": rng.random() < 0.05,
        })
    return people


def records(people: list[dict], source: str, rng: random.Random):
    from orchestrator.model import ContactRecord, Identity

    for p in people:
        if source not in p["sources"]:
            continue
        first, last = p["first"], p["last"]
        tag = [f"truth-{p['idx']}"]
        if source == "book":
            if rng.random() < 0.4:
                first = p["short"]
            domain = (p["old_company"].lower() + ".ie") if p["work_mail"] else "gmail.com"
            local = f"{p['first'].lower()}.{p['last'].lower()}{p['idx']}"
            yield ContactRecord(first_name=first, last_name=last, company=p["old_company"],
                                identities=[Identity("email", f"{local}@{domain}")], tags=tag,
                                origin=f"book:{p['idx']}")
        elif source == "linkedin":
            if p["typo"]:
                last = _typo(rng, last)
            url = f"https://www.linkedin.com/in/{p['first'].lower()}-{p['last'].lower()}-{p['idx']}"
            yield ContactRecord(first_name=first, last_name=last, company=p["company"],
                                location=p["city"], identities=[Identity("url", url)],
                                tags=tag, origin=f"linkedin:{p['idx']}")
        else:
            if rng.random() < 0.5:
                first = p["short"]
            if p["swap"]:
                first, last = last, first
            handle = ((p["first"][0] + p["last"]).lower() if p["handle_form"]
                      else f"user{p['idx']}")[:15]
            handle = "".join(ch for ch in handle if ch.isascii() and ch.isalnum())[:15] or "x"
            yield ContactRecord(
                first_name=first, last_name=last,
                location=p["city"] if p["x_location"] else "",
                headline=(f"Building things at {p['company']}" if rng.random() < 0.3 else ""),
                identities=[Identity("twitter", str(10_000_000 + p["idx"]), "@" + handle)],
                tags=tag, origin=f"x:{p['idx']}")


def run(people_count: int, home: Path, seed: int = 7) -> dict:
    from orchestrator.contacts import linking
    from orchestrator.contacts.importing import import_records
    from orchestrator.testing import build_app

    people = population(people_count, seed)
    app = build_app(home)
    app.workspace.init() if not app.workspace.exists() else None
    spent = {"linking": 0.0}
    original = linking.propose_people

    def timed(app_, touched):
        start = time.perf_counter()
        try:
            return original(app_, touched)
        finally:
            spent["linking"] += time.perf_counter() - start

    linking.propose_people = timed
    rng = random.Random(seed + 1)
    start = time.perf_counter()
    try:
        for source in ("book", "linkedin", "x"):
            import_records(app, source, list(records(people, source, rng)))
    finally:
        linking.propose_people = original
    total = time.perf_counter() - start
    contacts = app.ledger.contacts.all()
    owner = {c.id: next(t for t in c.tags if t.startswith("truth-")) for c in contacts}
    by_person: dict[str, list[int]] = {}
    for cid, person in owner.items():
        by_person.setdefault(person, []).append(cid)
    truth = {(min(a, b), max(a, b)) for ids in by_person.values()
             for a in ids for b in ids if a < b}
    proposals = app.ledger.contacts.proposals()
    confident = {(min(r["contact_id"], r["other_contact_id"]),
                  max(r["contact_id"], r["other_contact_id"]))
                 for r in proposals if r["score"] >= 0.8}
    hits = len(confident & truth)
    by_id = {c.id: c for c in contacts}
    linkable = {pair for pair in truth if _corroborated(by_id[pair[0]], by_id[pair[1]])}
    app.close()
    return {
        "people": people_count, "contacts": len(contacts), "proposals": len(proposals),
        "proposals_ge_0.8": len(confident), "true_pairs": len(truth),
        "precision": hits / len(confident) if confident else 1.0,
        "recall": hits / len(truth) if truth else 1.0,
        "corroborated_pairs": len(linkable),
        "recall_corroborated": (len(confident & linkable) / len(linkable)) if linkable else 1.0,
        "import_seconds": round(total, 1), "linking_seconds": round(spent["linking"], 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _corroborated(a, b) -> bool:
    """Whether the two records carry a fact besides the name that says they are one person
    (what the issue allows a proposal on): the same company, location, a work email domain
    that is the other's company, an X handle that is a form of the name, a bio naming the
    company. Pairs without one can only be found by the user: a name alone never proposes."""
    def low(text):
        return "".join(ch for ch in text.casefold() if ch.isalnum())

    if a.company and low(a.company) == low(b.company):
        return True
    if a.location and a.location.casefold() == b.location.casefold():
        return True
    for x, y in ((a, b), (b, a)):
        for ident in x.identities:
            if ident.platform == "email":
                stem = ident.key.rpartition("@")[2].split(".")[0]
                if y.company and stem == low(y.company):
                    return True
            if ident.platform == "twitter" and y.last_name:
                handle = (ident.display or "").lstrip("@").casefold()
                if low(y.last_name) in handle:
                    return True
        if x.company and x.company.casefold() in y.headline.casefold():
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3000, help="truth-set size (people)")
    parser.add_argument("--scale", type=int, default=0,
                        help="also run with about this many contacts (e.g. 100000)")
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        quality = run(args.people, Path(tmp) / "q")
        print("truth set:", quality)
        good = quality["precision"] >= 0.98 and quality["recall_corroborated"] >= 0.90
        print(f"  precision {quality['precision']:.3f} (target >= 0.98), recall "
              f"{quality['recall_corroborated']:.3f} (target >= 0.90) of the "
              f"{quality['corroborated_pairs']} true pairs with a corroborating fact, "
              f"{quality['recall']:.3f} of all {quality['true_pairs']} true pairs, among "
              f"proposals scored >= 0.8: {'PASS' if good else 'FAIL'}")
        ok &= good
        if args.scale:
            people = int(args.scale / 2.0)  # about two sources per person
            scale = run(people, Path(tmp) / "s", seed=11)
            fast = scale["linking_seconds"] < 60
            print("scale:", scale)
            print(f"  {scale['contacts']:,} contacts: proposals in {scale['linking_seconds']} s "
                  f"(target < 60 s): {'PASS' if fast else 'FAIL'}")
            ok &= fast
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
