"""Link proposals from more than exact keys: the same person under two contacts.

Two contacts are proposed as one person when their *names* match after normalizing (case,
accents, punctuation, name order, common short forms such as Bob/Robert; small typos by
string similarity, ``rapidfuzz``) **and** at least one other signal agrees: the same
company, an email domain that is the other's company or email domain, a website or X bio
naming the other's email domain or LinkedIn profile, an X handle that is a form of the
name, the same location. A name alone never proposes, and nothing merges without the user:
each proposal carries a score in 0..1 and its evidence in words, and waits in
``outreach contacts links``.

Scale: candidates come from *blocks* (contacts sharing a normalized name token pair), never
from all pairs, and only the contacts an import or sync touched are looked at, so a run
costs one pass over the ledger's names plus a few comparisons per touched person.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Iterable, NamedTuple

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from ..app import App
    from ..model import Contact

# Short forms -> the name they stand for (English and a few European ones).
NICKNAMES = {
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bert": "robert",
    "bill": "william", "billy": "william", "will": "william", "willy": "william",
    "liam": "william", "jim": "james", "jimmy": "james", "jamie": "james",
    "mike": "michael", "mick": "michael", "mikey": "michael", "dave": "david",
    "davy": "david", "tom": "thomas", "tommy": "thomas", "dick": "richard",
    "rick": "richard", "rich": "richard", "ricky": "richard", "andy": "andrew",
    "drew": "andrew", "tony": "anthony", "joe": "joseph", "joey": "joseph",
    "chris": "christopher", "kit": "christopher", "dan": "daniel", "danny": "daniel",
    "matt": "matthew", "steve": "steven", "stephen": "steven", "sam": "samuel",
    "ben": "benjamin", "alex": "alexander", "sandy": "alexander", "ed": "edward",
    "eddie": "edward", "ted": "edward", "ned": "edward", "nick": "nicholas",
    "pete": "peter", "greg": "gregory", "jon": "jonathan", "johnny": "john",
    "jack": "john", "jake": "jacob", "charlie": "charles", "chuck": "charles",
    "fred": "frederick", "freddie": "frederick", "harry": "henry", "hank": "henry",
    "larry": "lawrence", "len": "leonard", "ken": "kenneth", "kenny": "kenneth",
    "ron": "ronald", "don": "donald", "tim": "timothy", "pat": "patrick",
    "paddy": "patrick", "sean": "john", "kate": "katherine", "katie": "katherine",
    "kathy": "katherine", "cathy": "katherine", "catherine": "katherine",
    "kat": "katherine", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
    "lizzie": "elizabeth", "eliza": "elizabeth", "maggie": "margaret", "meg": "margaret",
    "peggy": "margaret", "jen": "jennifer", "jenny": "jennifer", "sue": "susan",
    "susie": "susan", "becky": "rebecca", "becca": "rebecca", "abby": "abigail",
    "annie": "anne", "ann": "anne", "anna": "anne", "mandy": "amanda", "vicky": "victoria",
    "tori": "victoria", "debbie": "deborah", "deb": "deborah", "jess": "jessica",
    "jessie": "jessica", "nat": "natalie", "sophie": "sophia", "ally": "alexandra",
    "lexi": "alexandra", "sasha": "alexander", "mo": "mohammed", "mohamed": "mohammed",
    "muhammad": "mohammed", "pepe": "jose", "paco": "francisco", "hans": "johannes",
    "sepp": "josef", "joseph": "joseph", "josef": "joseph",
}

# Email domains many people share: never evidence that two people are one.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com",
    "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me",
    "protonmail.com", "gmx.de", "gmx.net", "web.de", "mail.com", "yandex.ru", "qq.com",
    "163.com", "example.com", "example.org", "example.net",
})
_COMPANY_NOISE = re.compile(
    r"\b(inc|ltd|llc|gmbh|ag|sa|sas|bv|plc|co|corp|corporation|company|limited|group)\b")

MAX_BLOCK = 64  # a bigger block is a common name: compared only within shared facts
MIN_NAME = 0.85  # name similarity below this is never a candidate
THRESHOLD = 0.5  # proposals scored below this are not stored


def fold(text: str) -> str:
    """Lowercase, accents and punctuation gone, spaces single."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def name_tokens(first: str, last: str) -> list[str]:
    tokens = fold(f"{first} {last}").split()
    return [NICKNAMES.get(t, t) for t in tokens if len(t) > 1 or len(tokens) <= 2]


def company_key(company: str) -> str:
    return " ".join(_COMPANY_NOISE.sub(" ", fold(company)).split())


class Person(NamedTuple):
    id: int
    name: str  # canonical tokens, sorted, joined
    shown: str
    tokens: tuple[str, ...]
    company: str
    location: str
    domains: frozenset[str]  # non-free email domains
    hosts: frozenset[str]  # web identities' hosts
    linkedin: frozenset[str]
    twitter: frozenset[str]
    handles: frozenset[str]  # X handles, folded, without @
    bio: str  # folded headline (an X bio names a website or a profile)


def person(contact: "Contact") -> Person | None:
    tokens = name_tokens(contact.first_name, contact.last_name)
    if len(tokens) < 2:
        return None  # a first name alone is never enough to propose
    domains, hosts, linkedin, twitter, handles = set(), set(), set(), set(), set()
    for ident in contact.identities:
        if ident.platform == "email":
            domain = ident.key.rpartition("@")[2]
            if domain not in FREE_MAIL:
                domains.add(domain)
        elif ident.platform == "web":
            hosts.add(ident.key.split("/", 1)[0])
        elif ident.platform == "linkedin":
            linkedin.add(ident.key)
        elif ident.platform == "twitter":
            twitter.add(ident.key)
            shown = (ident.display or "").lstrip("@")
            if re.fullmatch(r"\w{1,15}", shown):
                handles.add(shown.casefold())
            elif ident.key.startswith("@"):
                handles.add(ident.key[1:])
    return Person(contact.id, " ".join(sorted(tokens)), contact.name, tuple(tokens),
                  company_key(contact.company), fold(contact.location), frozenset(domains),
                  frozenset(hosts), frozenset(linkedin), frozenset(twitter),
                  frozenset(handles), fold(contact.headline))


def block_keys(p: Person) -> set[str]:
    """Contacts that share a key are compared: the two outer name tokens, in either order,
    one of them cut to its first or last 3 letters (a typo in one token still meets)."""
    a, b = sorted((p.tokens[0], p.tokens[-1]))
    return {f"{a}|{b[:3]}", f"{b}|{a[:3]}", f"{a}|-{b[-3:]}", f"{b}|-{a[-3:]}"}


def facts(p: Person) -> set[str]:
    """What a common name needs to share with another contact to be compared with it."""
    out = {f"d:{d}" for d in p.domains} | {f"d:{h}" for h in p.hosts}
    if p.company:
        out.add(f"c:{p.company}")
    if p.location:
        out.add(f"l:{p.location}")
    return out


def _handle_forms(p: Person) -> set[str]:
    first, last = p.tokens[0], p.tokens[-1]
    return {first + last, last + first, first[0] + last, first + last[0], first + "_" + last}


def score(a: Person, b: Person, namesakes: int = 2) -> tuple[float, list[str]]:
    """How likely ``a`` and ``b`` are one person (0..1), and why, in words.

    ``namesakes``: how many contacts in the ledger have this name. A name on only a few
    contacts (one person in up to three sources) counts for more; a common one (many
    people) for less, so that working at the same company is not enough for two
    John Smiths.
    """
    similarity = fuzz.token_sort_ratio(a.name, b.name) / 100
    if similarity < MIN_NAME:
        return 0.0, []
    if a.linkedin and b.linkedin and not a.linkedin & b.linkedin:
        return 0.0, []  # two LinkedIn profiles: two people
    if a.twitter and b.twitter and not a.twitter & b.twitter:
        return 0.0, []
    same = "the same name" if similarity == 1 else f"similar names ({similarity:.0%})"
    evidence = [f"{same}: {a.shown} / {b.shown}"]
    signals = 0.0
    employer = 0.0  # the same company, or its email domain: one signal, not two
    if a.company and b.company and fuzz.ratio(a.company, b.company) >= 90:
        employer = 0.35
        evidence.append(f"both at {a.company}")
    shared = a.domains & b.domains
    if shared:
        employer = max(employer, 0.3)
        evidence.append(f"both write from {sorted(shared)[0]}")
    named = False
    for x, y in ((a, b), (b, a)):
        for domain in sorted(x.domains | x.hosts):
            if named or domain in shared:
                break
            stem = domain.rsplit(".", 1)[0].split(".")[-1]
            if domain in y.hosts or (domain in y.bio) or (y.company and len(stem) > 3
                                                          and stem == y.company.replace(" ", "")):
                employer = max(employer, 0.3)
                named = True
                evidence.append(f"{domain} is named by the other record too")
                break
        for profile in sorted(x.linkedin):
            slug = profile.rsplit("/", 1)[-1]
            if slug and slug in y.bio:
                signals += 0.4
                evidence.append(f"the X bio names the LinkedIn profile {profile}")
                break
    for x, y in ((a, b), (b, a)):
        forms = _handle_forms(y)
        hit = next((h for h in sorted(x.handles) if h.replace("_", "") in forms
                    or h in forms), None)
        if hit:  # weak: it says the account is someone of that name, as the name does
            signals += 0.1
            evidence.append(f"the X handle @{hit} is a form of the name")
            break
    if a.location and a.location == b.location:
        signals += 0.15
        evidence.append(f"both in {a.location}")
    if not employer:
        for x, y in ((a, b), (b, a)):
            if len(x.company) > 3 and re.search(rf"\b{re.escape(x.company)}\b", y.bio):
                employer = 0.3
                evidence.append(f"the other's bio names {x.company}")
                break
    signals += employer
    if not signals:
        return 0.0, []  # a name alone never proposes
    if namesakes <= 3:
        signals += 0.1
        evidence.append("a name no one else in the ledger has")
    elif namesakes > 6:
        signals -= 0.2
        evidence.append(f"a common name ({namesakes} contacts have it)")
    value = max(0.0, min(0.99, 0.6 * similarity + signals))
    return round(value, 3), evidence


def propose_people(app: "App", touched: Iterable[int]) -> int:
    """Compare the contacts in ``touched`` with their blocks; store proposals. Returns how
    many new proposals were stored."""
    touched = set(touched)
    if not touched:
        return 0
    ledger = app.ledger
    people: dict[int, Person] = {}
    blocks: dict[str, list[int]] = {}
    namesakes: dict[str, int] = {}
    for contact in ledger.contacts.all():
        p = person(contact)
        if p is None:
            continue
        people[p.id] = p
        namesakes[p.name] = namesakes.get(p.name, 0) + 1
        for key in block_keys(p):
            blocks.setdefault(key, []).append(p.id)
    canonical = {ledger.contacts.canonical_id(c) for c in touched} & people.keys()
    seen: set[tuple[int, int]] = set()
    added = 0
    refined: dict[str, dict[str, list[int]]] = {}
    for cid in sorted(canonical):
        me = people[cid]
        for key in block_keys(me):
            members = blocks.get(key, ())
            if len(members) > MAX_BLOCK:  # a common name: only those sharing a fact
                if key not in refined:
                    refined[key] = {}
                    for member in members:
                        for fact in facts(people[member]):
                            refined[key].setdefault(fact, []).append(member)
                members = [m for fact in facts(me) for m in refined[key].get(fact, ())]
            for other in members:
                pair = (min(cid, other), max(cid, other))
                if other == cid or pair in seen:
                    continue
                seen.add(pair)
                value, evidence = score(me, people[other],
                                        max(namesakes[me.name], namesakes[people[other].name]))
                if value >= THRESHOLD:
                    added += ledger.contacts.propose_pair(pair[1], pair[0], value,
                                                          "; ".join(evidence))
    return added
