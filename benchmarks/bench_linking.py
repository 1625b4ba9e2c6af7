"""Linking people across sources: precision and recall on a synthetic truth set, and scale.

A synthetic population where the truth is known: each person is in one to three sources
(an address book with email, a LinkedIn export, an X archive), under the name each source
would have (short forms such as Bob for Robert, and some the scorer does not know such as
Trish or Hal; typos, mostly in the address book; names in the other order; accents
dropped on an ASCII keyboard), with job changes between sources, work or free-mail
addresses, a unique X handle that is a form of the name for half the people, bios that
sometimes name the employer, its domain, an earlier employer or the LinkedIn profile,
places written as ``Galway``, ``Galway, Ireland`` or ``Ireland``. Names, employers and
places follow long-tailed real-life frequencies, so people share full names about as often
as in life: at 50,000 people more than a quarter share theirs with someone (the output
says how many). ``--common-share 0.2`` is the first version's stress set instead, a fifth
of the people on 30 very common names. The generator is not fitted to the scorer: the
scorer reads only the records, never the truth tags. Each source is imported through the
real pipeline (``import_records``); the proposals it makes are compared with the truth:

* precision: of the proposals scored >= 0.8, how many join two contacts of one person;
* recall: of the pairs of contacts that are one person (and were not already merged by an
  identical key) *and* carry a fact besides the name (what the issue allows a proposal
  on), how many got a proposal scored >= 0.8; the recall of all pairs is printed too;
* calibration: of the proposals in each score band (0.5-0.6 ... 0.9-1.0), how many join
  two contacts of one person;
* time spent in linking over the three imports, and the peak resident memory while it
  ran (Linux: the peak is reset before each run through ``/proc/self/clear_refs``).

Targets (issue 12): precision >= 0.98 at recall >= 0.90 among proposals scored >= 0.8, and
100,000 contacts from three sources get their proposals in under a minute.

    python benchmarks/bench_linking.py [--people 3000] [--scale 100000] [--common-share 0.2]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

# Given names with the short forms people go by, most common first. Not every short form
# is one the scorer knows (Trish, Suzy, Frank, Hal, Gosia...): real people use them too.
FIRST = [("James", "Jim"), ("Michael", "Mike"), ("Robert", "Bob"), ("John", "Jack"),
         ("Mary", "Mary"), ("David", "Dave"), ("William", "Bill"), ("Sarah", "Sarah"),
         ("Patrick", "Pat"), ("Elizabeth", "Liz"), ("Thomas", "Tom"), ("Katherine", "Kate"),
         ("Daniel", "Dan"), ("Margaret", "Maggie"), ("Andrew", "Andy"), ("Jennifer", "Jen"),
         ("Peter", "Pete"), ("Susan", "Suzy"), ("Anne", "Annie"), ("Christopher", "Chris"),
         ("Patricia", "Trish"), ("Alexander", "Alex"), ("Rebecca", "Becky"),
         ("Samuel", "Sam"), ("Francis", "Frank"), ("Henry", "Hal"), ("Laura", "Laura"),
         ("Anna", "Anna"), ("Maria", "Maria"), ("Jan", "Jan"), ("Lars", "Lars"),
         ("Sophie", "Sophie"), ("Pierre", "Pierre"), ("Małgorzata", "Gosia"),
         ("Giuseppe", "Beppe"), ("Johannes", "Hans"), ("Eoin", "Eoin"), ("Siobhán", "Siobhán")]
RARE_FIRST = ["Aoife", "Niamh", "Oisin", "Saoirse", "Ciaran", "Maelle", "Ines", "Bjorn",
              "Astrid", "Tomasz", "Zofia", "Kenji", "Yuki", "Amara", "Chidi", "Farid",
              "Leila", "Mateo", "Lucia", "Sven", "Ingrid", "Pavel", "Dara", "Ronan",
              "Éabha", "Joaquín", "Noémie", "Zoë", "Håkon", "Łucja"]
# Surnames common in the cities below, most common first (the most common, Murphy, is
# about 1 in 80 people in Ireland; the others less); everyone else has a rarer one.
COMMON_LAST = ["Murphy", "Kelly", "Smith", "Walsh", "Byrne", "Ryan", "O'Brien", "Nowak",
               "Hansen", "Johansen", "Martin", "Bernard", "Silva", "Santos", "Rossi",
               "Russo", "Jansen", "de Jong", "Peeters", "Jones", "Williams", "Brown",
               "Taylor", "Wilson", "Kowalski", "Wiśniewski", "Dubois", "Ferreira",
               "Olsen", "Larsen", "Bianchi", "Visser", "Maes", "Moreau", "Costa"]
SYLLABLES = ["quill", "fea", "ther", "lind", "qvist", "brae", "mor", "dun", "kirk", "holt",
             "wen", "stad", "ver", "ne", "ash", "by", "ford", "ley", "ton", "gar", "ric",
             "sel", "ow", "ick", "an", "ber", "cal", "dor", "el", "fin"]
COMPANY_HEAD = ("Loom", "Fjord", "Tide", "Quay", "Harbor", "Cedar", "Birch", "Granite",
                "Copper", "Meadow", "Raven", "Willow", "Amber", "Heron", "Slate", "Thistle",
                "Juniper", "Marble", "Falcon", "Ember")
COMPANY_TAIL = ("works", "labs", "fish", "line", "soft", "foods", "freight", "print",
                "health", "energy", "bank", "data")
CITIES = {"Galway": "Ireland", "Cork": "Ireland", "Dublin": "Ireland", "Bergen": "Norway",
          "Oslo": "Norway", "Lyon": "France", "Porto": "Portugal", "Leeds": "UK",
          "Bristol": "UK", "Kraków": "Poland", "Gdańsk": "Poland", "Utrecht": "Netherlands",
          "Ghent": "Belgium", "Turin": "Italy"}
AT = datetime(2026, 1, 5, tzinfo=timezone.utc)


def _zipf(count: int, exponent: float) -> list[float]:
    return [1 / (rank ** exponent) for rank in range(1, count + 1)]


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(2, len(word) - 1)
    return word[:i] + word[i + 1:] if rng.random() < 0.5 else word[:i] + word[i] + word[i:]


def _ascii(text: str) -> str:
    """What an address book typed on an ASCII keyboard holds: accents dropped."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("å", "a")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def population(n: int, seed: int = 7, common_share: float = 0.0) -> list[dict]:
    """``n`` people. Names follow real frequencies: given names from a list where the
    most common is about 3 in 100 people (then fewer, as in birth registers), surnames
    from a list of the region's common ones for about 1 in 7 people (Murphy about 1 in
    80) and otherwise rarer, so people share full names about as often as in life.
    Employers follow a long tail too (a few large ones, many small ones; more of them in
    a bigger network). ``common_share`` > 0 is a stress test instead: that share of
    people gets one of 30 very common full names (0.2 put 330 people on each name at
    50,000, far more than life would)."""
    rng = random.Random(seed)
    first_weights = _zipf(len(FIRST), 0.6) + [0.35] * len(RARE_FIRST)
    first_pool = FIRST + [(f, f) for f in RARE_FIRST]
    last_weights = _zipf(len(COMMON_LAST), 0.5)
    companies = [f"{a}{b}" for a in COMPANY_HEAD for b in COMPANY_TAIL]
    extra = max(0, n // 15 - len(companies))  # a bigger network spans more employers
    companies += [f"{_surname(rng)} {rng.choice(COMPANY_TAIL).capitalize()}"
                  for _ in range(extra)]
    rng.shuffle(companies)
    company_weights = _zipf(len(companies), 0.8)
    cities = list(CITIES)
    city_weights = _zipf(len(cities), 0.5)
    people = []
    for idx in range(n):
        if common_share and rng.random() < common_share:
            first, short = rng.choice(FIRST[:6])
            last = rng.choice(COMMON_LAST[:5])
        else:
            first, short = rng.choices(first_pool, first_weights)[0]
            last = (rng.choices(COMMON_LAST, last_weights)[0] if rng.random() < 0.15
                    else _surname(rng))
        company = rng.choices(companies, company_weights)[0]
        moved = rng.random() < 0.15
        people.append({
            "idx": idx, "first": first, "short": short, "last": last, "company": company,
            "old_company": rng.choices(companies, company_weights)[0] if moved else company,
            "city": rng.choices(cities, city_weights)[0], "work_mail": rng.random() < 0.6,
            "sources": rng.sample(["book", "linkedin", "x"], rng.choice([1, 2, 2, 3])),
            "handle_form": rng.random() < 0.5,
            "x_location": rng.random() < 0.5, "book_location": rng.random() < 0.25,
            "typo": rng.random() < 0.1, "swap": rng.random() < 0.05,
        })
    return people


def _handle(p: dict, taken: set[str], rng: random.Random) -> str:
    """An X handle: a form of the name for about half the people (taken ones get digits,
    as on X), anything else for the rest."""
    first, last = (_ascii(p["first"]).lower(), _ascii(p["last"]).lower())
    first, last = ("".join(c for c in t if c.isalnum()) for t in (first, last))
    if p["handle_form"]:
        base = rng.choice([first[0] + last, first + last, first + "_" + last, last + first])
    else:
        base = rng.choice(["the", "its", "real", "hey"]) + rng.choice(SYLLABLES) + str(
            rng.randrange(100))
    handle = base[:15]
    while handle in taken:
        handle = (base[:11] + str(rng.randrange(10_000)))[:15]
    taken.add(handle)
    return handle


def records(people: list[dict], source: str, rng: random.Random):
    from orchestrator.model import ContactRecord, Identity

    taken: set[str] = set()
    for p in people:
        if source not in p["sources"]:
            continue
        first, last = p["first"], p["last"]
        tag = [f"truth-{p['idx']}"]
        slug = f"{_ascii(p['first']).lower()}-{_ascii(p['last']).lower().replace(' ', '-')}"
        slug = f"{slug}-{p['idx']:x}"
        if source == "book":
            if rng.random() < 0.4:
                first = p["short"]
            if rng.random() < 0.5:  # typed on an ASCII keyboard
                first, last = _ascii(first), _ascii(last)
            if p["typo"] and rng.random() < 0.6:  # typed by hand: most typos are here
                last = _typo(rng, last)
            domain = (p["old_company"].lower().replace(" ", "") + ".ie" if p["work_mail"]
                      else rng.choice(["gmail.com", "outlook.com", "yahoo.com"]))
            local = f"{_ascii(p['first']).lower()}.{_ascii(p['last']).lower()}{p['idx']}"
            local = "".join(ch for ch in local if ch.isalnum() or ch == ".")
            city = p["city"] if p["book_location"] else ""
            yield ContactRecord(first_name=first, last_name=last, company=p["old_company"],
                                location=city,
                                identities=[Identity("email", f"{local}@{domain}")], tags=tag,
                                origin=f"book:{p['idx']}")
        elif source == "linkedin":
            if p["typo"] and rng.random() < 0.4:
                last = _typo(rng, last)
            url = f"https://www.linkedin.com/in/{slug}"
            place = p["city"] if rng.random() < 0.5 else f"{p['city']}, {CITIES[p['city']]}"
            yield ContactRecord(first_name=first, last_name=last, company=p["company"],
                                location=place, identities=[Identity("url", url)],
                                tags=tag, origin=f"linkedin:{p['idx']}")
        else:
            if rng.random() < 0.5:
                first = p["short"]
            if p["swap"]:
                first, last = last, first
            handle = _handle(p, taken, rng)
            bio = ""
            roll = rng.random()
            if roll < 0.25:
                bio = f"Building things at {p['company']}"
            elif roll < 0.30:
                bio = f"Work: {p['company'].lower().replace(' ', '')}.ie"
            elif roll < 0.33:
                bio = f"linkedin.com/in/{slug}"
            elif roll < 0.45:
                bio = rng.choice(["Coffee, code and cycling", "Views my own", "Dad. Runner.",
                                  "Opinions are mine", "Curious about everything"])
            if p["company"] != p["old_company"] and rng.random() < 0.3:
                bio = f"{bio} · ex-{p['old_company']}".strip(" ·")
            place = ""
            if p["x_location"]:
                place = rng.choice([p["city"], f"{p['city']}, {CITIES[p['city']]}",
                                    CITIES[p["city"]]])
            yield ContactRecord(
                first_name=first, last_name=last, location=place, headline=bio,
                identities=[Identity("twitter", str(10_000_000 + p["idx"]), "@" + handle)],
                tags=tag, origin=f"x:{p['idx']}")


def _rss_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Start measuring the peak resident memory afresh (Linux: ``clear_refs`` 5)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def run(people_count: int, home: Path, seed: int = 7, common_share: float = 0.0) -> dict:
    from orchestrator.contacts import linking
    from orchestrator.contacts.importing import import_records
    from orchestrator.testing import build_app

    people = population(people_count, seed, common_share)
    app = build_app(home)
    app.workspace.init() if not app.workspace.exists() else None
    spent = {"linking": 0.0, "peak_mb": 0.0, "extra_mb": 0.0}
    original = linking.propose_people

    def timed(app_, touched):
        measured = _reset_peak()
        before = _rss_mb("VmRSS")
        start = time.perf_counter()
        try:
            return original(app_, touched)
        finally:
            spent["linking"] += time.perf_counter() - start
            peak = _rss_mb("VmHWM") if measured else None
            if peak is not None and before is not None:
                spent["peak_mb"] = max(spent["peak_mb"], peak)
                spent["extra_mb"] = max(spent["extra_mb"], peak - before)

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
    bins: dict[str, list[int]] = {}
    for r in proposals:
        pair = (min(r["contact_id"], r["other_contact_id"]),
                max(r["contact_id"], r["other_contact_id"]))
        low = min(int(r["score"] * 10), 9) / 10
        counts = bins.setdefault(f"{low:.1f}-{low + 0.1:.1f}", [0, 0])
        counts[0] += 1
        counts[1] += pair in truth
    by_id = {c.id: c for c in contacts}
    linkable = {pair for pair in truth if _corroborated(by_id[pair[0]], by_id[pair[1]])}
    app.close()
    names = Counter((p["first"], p["last"]) for p in people)
    return {
        "people": people_count, "contacts": len(contacts),
        "people_sharing_a_full_name": sum(c for c in names.values() if c > 1),
        "most_people_on_one_name": max(names.values()),
        "proposals": len(proposals),
        "proposals_ge_0.8": len(confident), "true_pairs": len(truth),
        "precision": hits / len(confident) if confident else 1.0,
        "recall": hits / len(truth) if truth else 1.0,
        "corroborated_pairs": len(linkable),
        "recall_corroborated": (len(confident & linkable) / len(linkable)) if linkable else 1.0,
        "calibration": {b: (n, round(true / n, 3)) for b, (n, true) in sorted(bins.items())},
        "import_seconds": round(total, 1), "linking_seconds": round(spent["linking"], 1),
        "linking_peak_rss_mb": round(spent["peak_mb"]),
        "linking_extra_mb": round(spent["extra_mb"]),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _corroborated(a, b) -> bool:
    """Whether the two records carry a fact besides the name that says they are one person
    (what the issue allows a proposal on): the same company, the same place, a work email
    domain that is the other's company, an X handle that is a form of the name, a bio
    naming the company, the email domain or the LinkedIn profile. Pairs without one can
    only be found by the user: a name alone never proposes."""
    def low(text):
        return "".join(ch for ch in _ascii(text).casefold() if ch.isalnum())

    if a.company and low(a.company) == low(b.company):
        return True
    place_a, place_b = (low(x.location.split(",")[0]) for x in (a, b))
    if place_a and place_a == place_b:
        return True
    for x, y in ((a, b), (b, a)):
        for ident in x.identities:
            if ident.platform == "email":
                domain = ident.key.rpartition("@")[2]
                if y.company and domain.split(".")[0] == low(y.company):
                    return True
                if low(domain) in low(y.headline):
                    return True
            if ident.platform == "linkedin" and low(ident.key.rsplit("/", 1)[-1]) in low(
                    y.headline):
                return True
            if ident.platform == "twitter" and y.last_name:
                handle = low(ident.display or "")
                if low(y.last_name) in handle:
                    return True
        if x.company and low(x.company) in low(y.headline):
            return True
    return False


def _report(label: str, figures: dict) -> bool:
    good = figures["precision"] >= 0.98 and figures["recall_corroborated"] >= 0.90
    print(f"{label}:", figures)
    print(f"  {figures['people']:,} people, {figures['contacts']:,} contacts "
          f"({figures['people_sharing_a_full_name']:,} people share their full name with "
          f"someone, up to {figures['most_people_on_one_name']} on one name)")
    print(f"  precision {figures['precision']:.3f} (target >= 0.98), recall "
          f"{figures['recall_corroborated']:.3f} (target >= 0.90) of the "
          f"{figures['corroborated_pairs']:,} true pairs with a corroborating fact, "
          f"{figures['recall']:.3f} of all {figures['true_pairs']:,} true pairs, among "
          f"proposals scored >= 0.8: {'PASS' if good else 'FAIL'}")
    print("  calibration (proposals by score: how many, share right): " + ", ".join(
        f"{b} {n} {share:.2f}" for b, (n, share) in figures["calibration"].items()))
    print(f"  linking {figures['linking_seconds']} s over the three imports (import and "
          f"linking {figures['import_seconds']} s), peak RSS while linking "
          f"{figures['linking_peak_rss_mb']} MB ({figures['linking_extra_mb']} MB above the "
          f"process before it), process peak {figures['max_rss_mb']} MB")
    return good


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3000, help="truth-set size (people)")
    parser.add_argument("--scale", type=int, default=0,
                        help="also run with about this many contacts (e.g. 100000)")
    parser.add_argument("--common-share", type=float, default=0.0,
                        help="stress test: this share of people get one of 30 very common "
                             "full names (0.2 was this benchmark's first truth set)")
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        quality = run(args.people, Path(tmp) / "q", common_share=args.common_share)
        ok &= _report("truth set", quality)
        if args.scale:
            people = int(args.scale / 2.0)  # about two sources per person
            scale = run(people, Path(tmp) / "s", seed=11, common_share=args.common_share)
            _report("scale", scale)
            fast = scale["linking_seconds"] < 60
            print(f"  {scale['contacts']:,} contacts: proposals in {scale['linking_seconds']} s "
                  f"(target < 60 s): {'PASS' if fast else 'FAIL'}")
            ok &= fast
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
