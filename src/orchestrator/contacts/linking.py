"""Link proposals from more than exact keys: the same person under two contacts.

Two contacts are proposed as one person when their *names* match after normalizing (case,
accents, punctuation, name order, common short forms such as Bob/Robert; small typos by
string similarity, ``rapidfuzz``) **and** at least one other signal agrees: the same
company, an email domain that is the other's company or email domain, a website or X bio
naming the other's email domain, company or LinkedIn profile, an X handle that is a form of
the name, the same location. A name alone never proposes, and nothing merges without the
user: each proposal carries a score in 0..1 and its evidence in words, and waits in
``outreach contacts links``.

The score is the probability that the two are one person, in the manner of Fellegi and
Sunter's record linkage: one likelihood ratio ``m / u`` per signal, where ``m`` is how
often the signal is seen for one person's two records (job changes, moves, typos make it
less than 1) and ``u`` how often for two people's, taken from the ledger itself (how many
contacts work at that company or live in that place). Conflicting facts count against:
two different companies, two different places, a bio naming another LinkedIn profile; two
LinkedIn profiles or X accounts are two people. Each record's person is one of the people
who carry the name: on the other's platform as exactly one of the contacts of that name
there, or among those not seen there (how many people carry a name is the most contacts
with it on one platform, since a platform lists a person once, or more when its first and
last names are common in the ledger: a bigger ledger shares more names). So the ratio is
weighed against its *rivals*, the other contacts of that name there, each as far as it is
not already likely the person of another contact on this side's platform (two contacts on
one platform are two people: one round of one-to-one matching between namesakes, each
claim allowing for namesakes off that platform). An X handle that is a form of a name
namesakes share corroborates the name but weighs nothing between them: it proposes only
when the namesakes are likely other contacts' people.
Two records each likely the same person as a third are proposed too, at the product of
the two scores. On the synthetic truth set the scores are calibrated: of the proposals
scored 0.7..0.8, about three in four are right, of those scored 0.8..0.9 about nine in ten.

Scale: the ledger is read once per run, only the columns linking needs
(:class:`~orchestrator.ledger.link_index.LinkIndexStore`), into an in-memory index of
*blocks* (contacts with the same two outer name tokens) and a symmetric deletion index of
name tokens (a typo meets its block without all pairs); only the contacts an import or
sync touched are compared, and only with their blocks.
"""

from __future__ import annotations

import math
import re
from array import array
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from ..errors import NotFound

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
# Hosts of platforms everyone has a page on: naming one says nothing about who you are.
SHARED_HOSTS = frozenset({
    "linkedin.com", "x.com", "twitter.com", "facebook.com", "instagram.com", "github.com",
    "medium.com", "youtube.com", "tiktok.com", "linktr.ee", "bit.ly", "t.co", "substack.com",
    "about.me", "google.com", "sites.google.com", "wordpress.com", "blogspot.com",
})
_COMPANY_NOISE = re.compile(
    r"\b(inc|ltd|llc|gmbh|ag|sa|sas|bv|plc|co|corp|corporation|company|limited|group)\b")

MAX_BLOCK = 64  # a bigger block is a common name: compared only within shared facts
THRESHOLD = 0.5  # proposals scored below this are not stored
ROUNDS = 1  # rounds of one-to-one matching between two platforms' namesakes (a second
# finds a few more pairs on the truth set, 0.1% at 50,000 people, for a third more time)

# The model's assumptions, each a rate among one person's two records (m) or a fallback
# rate among two people's (u) for a ledger too small to count from. Not fitted to any
# test set: they say how people's records differ in life.
NAMESAKES = 0.1  # other people at least expected to carry a name (a ledger is a sample)
COVERAGE = 0.6  # how likely a person on one platform is on another one too
M_EMPLOYER = 0.8  # one person's two records name the same employer (job changes: 0.2)
M_PLACE = 0.85  # the same place when both records name one (moves, formats: 0.15)
M_HANDLE, U_HANDLE = 0.5, 0.2  # an X handle that is a form of the name (namesakes too)
M_PROFILE, U_PROFILE = 0.3, 0.001  # an X bio naming the other's LinkedIn profile
M_PROFILE_SAME = 0.95  # a bio naming a LinkedIn profile names the person's own
U_EMPLOYER, U_PLACE, U_DOMAIN = 0.02, 0.05, 0.01
PSEUDO = 50  # how many contacts the fallback rates weigh as (smoothing small ledgers)
# A typo or a middle name is rarer between one person's records than between two people
# whose names happen to be near: it counts against, a little.
TYPO, MIDDLE = 0.25, 0.8


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, accents and punctuation gone, spaces single."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _raw_tokens(first: str, last: str) -> list[str]:
    tokens = fold(f"{first} {last}").split()
    return [t for t in tokens if len(t) > 1 or len(tokens) <= 2]


def name_tokens(first: str, last: str) -> list[str]:
    return [NICKNAMES.get(t, t) for t in _raw_tokens(first, last)]


@lru_cache(maxsize=65536)
def company_key(company: str) -> str:
    return " ".join(_COMPANY_NOISE.sub(" ", fold(company)).split())


@lru_cache(maxsize=65536)
def place_key(location: str) -> tuple[str, str]:
    """``(place, region)``: ``Galway, Ireland`` is ``("galway", "ireland")``, ``Galway`` is
    ``("galway", "")``: the same place, and ``Ireland`` is not a different one."""
    parts = [fold(part) for part in location.split(",")]
    parts = [part for part in parts if part]
    if not parts:
        return "", ""
    return parts[0], parts[-1] if len(parts) > 1 else ""


_EMPTY: frozenset[str] = frozenset()
_NONE: frozenset[int] = frozenset()
_FROZEN: dict[str, frozenset[str]] = {}


class Person(NamedTuple):
    id: int
    name: str  # canonical tokens, sorted, joined
    shown: str
    tokens: tuple[str, ...]  # canonical (Bob -> robert), in the order written
    raw: tuple[str, ...]  # folded, as written
    company: str
    location: str  # folded, the part before a comma (a city)
    region: str  # folded, the last part after a comma (a country), if any
    domains: frozenset[str]  # non-free email domains
    hosts: frozenset[str]  # web identities' hosts
    linkedin: frozenset[str]
    twitter: frozenset[str]
    handles: frozenset[str]  # X handles, folded, without @
    bio: str  # folded headline (an X bio names a website or a profile)
    platforms: frozenset[str] = _EMPTY  # where the contact comes from
    given: str = ""  # the first and last name folded, without spaces (for X handles)
    family: str = ""


def _frozen(values: set[str]) -> frozenset[str]:
    if not values:
        return _EMPTY
    if len(values) == 1:  # most are one value, often a shared one (a company's domain)
        (value,) = values
        single = _FROZEN.get(value)
        if single is None:
            if len(_FROZEN) > 100_000:
                _FROZEN.clear()
            single = _FROZEN[value] = frozenset(values)
        return single
    return frozenset(values)


@lru_cache(maxsize=262144)
def _name_parts(first: str, last: str) -> tuple | None:
    """``(raw, tokens, name, given, family, shown)`` of a name, None without a full name;
    cached: a ledger holds each name a few times, and is read at each import."""
    raw = tuple(_raw_tokens(first, last))
    if len(raw) < 2:
        return None
    tokens = tuple(NICKNAMES.get(t, t) for t in raw)
    shown = " ".join(part for part in (first.strip(), last.strip()) if part)
    return (raw, tokens, " ".join(sorted(tokens)), _squash(fold(first)), _squash(fold(last)),
            shown)


_HANDLE = re.compile(r"\w{1,15}")


def make_person(contact_id: int, first: str, last: str, company: str, location: str,
                headline: str, identities: Iterable[tuple[str, str, str]]) -> Person | None:
    """A person as linking sees them, from the columns it reads; None without a full name
    (a first name alone is never enough to propose)."""
    parts = _name_parts(first, last)
    if parts is None:
        return None
    raw, tokens, name, given, family, shown_name = parts
    domains, hosts, linkedin, twitter, handles, platforms = (set(), set(), set(), set(),
                                                             set(), set())
    for platform, key, display in identities:
        platforms.add(platform)
        if platform == "email":
            domain = key.rpartition("@")[2]
            if domain not in FREE_MAIL:
                domains.add(domain)
        elif platform == "web":
            host = key.split("/", 1)[0].removeprefix("www.")
            if host not in SHARED_HOSTS:
                hosts.add(host)
        elif platform == "linkedin":
            linkedin.add(key)
        elif platform == "twitter":
            twitter.add(key)
            shown = (display or "").lstrip("@")
            if _HANDLE.fullmatch(shown):
                handles.add(shown.casefold())
            elif key.startswith("@"):
                handles.add(key[1:].casefold())
    # most of these sets are empty (an address book gives an email address, often a
    # free-mail one): the shared empty set without a call for each
    return Person(contact_id, name, shown_name, tokens, raw,
                  company_key(company) if company else "",
                  *(place_key(location) if location else ("", "")),
                  _frozen(domains) if domains else _EMPTY,
                  _frozen(hosts) if hosts else _EMPTY,
                  _frozen(linkedin) if linkedin else _EMPTY,
                  _frozen(twitter) if twitter else _EMPTY,
                  _frozen(handles) if handles else _EMPTY,
                  fold(headline) if headline else "", _frozen(platforms), given, family)


def person(contact: Contact) -> Person | None:
    return make_person(contact.id, contact.first_name, contact.last_name, contact.company,
                       contact.location, contact.headline,
                       ((i.platform, i.key, i.display) for i in contact.identities))


def block_key(p: Person) -> str:
    """Contacts with the same key are compared: the two outer name tokens, in either order
    (short forms and accents aside). A typo meets its block through :class:`Index`."""
    first, last = p.tokens[0], p.tokens[-1]
    return first + " " + last if first <= last else last + " " + first  # no list to sort


def block_keys(p: Person) -> tuple[str, ...]:
    """The outer names' key, and all the names' (``de Jong Éabha`` is ``Éabha de Jong``)."""
    outer = block_key(p)
    return (outer,) if outer == p.name else (outer, p.name)


def bare(p: Person) -> bool:
    """Whether ``p`` carries nothing but a name (and free-mail or social identities) for a
    signal of :func:`likelihood` to use. Every signal needs one side's domain, website or X
    handle, or a company, place or bio on both sides (a company and a bio, a LinkedIn
    profile and a bio): so two bare records never make a positive ratio, and are not
    scored (most contacts of a big address book are bare, and their namesakes too)."""
    return not (p.company or p.location or p.bio or p.domains or p.hosts or p.handles)


def facts(p: Person) -> set[str]:
    """What a common name needs to share with another contact to be compared with it."""
    if not (p.domains or p.hosts or p.company or p.location):
        return set()  # most contacts of a big address book: no sets and strings to build
    out = {f"d:{d}" for d in p.domains} | {f"d:{h}" for h in p.hosts}
    if p.company:
        out.add(f"c:{p.company}")
    if p.location:
        out.add(f"l:{p.location}")
    return out


class Stats:
    """How common a name, a company, a place or a domain is in the ledger: the ``u`` side
    of each signal and the prior of each name."""

    def __init__(self, contacts: int = 0, names: dict[str, int] | None = None,
                 companies: Counter | None = None, places: Counter | None = None,
                 domains: Counter | None = None) -> None:
        self.contacts = contacts
        self.names = names or {}
        self.companies = companies or Counter()
        self.places = places or Counter()
        self.domains = domains or Counter()
        self.regions: dict[str, set[str]] = {}  # place -> the regions records put it in
        self.tokens: Counter = Counter()  # first and last name tokens, one count a contact
        self.persons = contacts  # the most contacts on one platform: each a person
        self._region_rates: dict[str, float] = {}
        self._others: dict[tuple[str, str], float] = {}
        self._totals: dict[int, int] = {}  # counters are complete once read

    @classmethod
    def of(cls, people: Iterable[Person]) -> Stats:
        stats = cls()
        per_platform: Counter = Counter()
        on_platform: Counter = Counter()
        tokens = stats.tokens
        for p in people:
            stats.contacts += 1
            first, last = p.tokens[0], p.tokens[-1]
            tokens[first] += 1  # one count a contact: a set of the two, without the set
            if last != first:
                tokens[last] += 1
            for platform in p.platforms or ("other",):
                per_platform[(p.name, platform)] += 1
                on_platform[platform] += 1
            if p.company:
                stats.companies[p.company] += 1
            if p.location:
                stats.places[p.location] += 1
                if p.region:
                    stats.regions.setdefault(p.location, set()).add(p.region)
            for domain in p.domains | p.hosts:
                stats.domains[domain] += 1
        names: dict[str, int] = {}
        for (name, _platform), count in per_platform.items():
            if count > names.get(name, 0):
                names[name] = count
        stats.names = names
        stats.persons = max(on_platform.values(), default=0)
        return stats

    def people(self, name: str) -> int:
        """About how many people carry ``name``: the most contacts with it on one platform
        (a platform lists each person once)."""
        return max(1, self.names.get(name, 1))

    def others(self, p: Person) -> float:
        """About how many other people carry ``p``'s first and last name, from how common
        each is in the ledger (taken as independent): a name seen once is shared more
        often in a bigger ledger (NAMESAKES at least: a ledger never lists everyone)."""
        key = (p.tokens[0], p.tokens[-1])
        found = self._others.get(key)
        if found is None:
            found = NAMESAKES
            if self.contacts:
                share = (self.tokens.get(key[0], 1) / self.contacts
                         * self.tokens.get(key[1], 1) / self.contacts)
                found = max(NAMESAKES, (self.persons - 1) * share)
            if len(self._others) > 100_000:
                self._others.clear()
            self._others[key] = found
        return found

    def region_rate(self, region: str) -> float:
        """How often a contact that names a place names one in ``region``."""
        cached = self._region_rates.get(region)
        if cached is None:
            count = self.places.get(region, 0) + sum(
                n for place, n in self.places.items() if region in self.regions.get(place, ()))
            cached = self._region_rates[region] = (
                (count + PSEUDO * U_PLACE) / (sum(self.places.values()) + PSEUDO))
        return cached

    def rate(self, counter: Counter, key: str, fallback: float) -> float:
        """How often a contact that names a company (place, domain) names this one."""
        total = self._totals.get(id(counter))
        if total is None:
            total = self._totals[id(counter)] = counter.total()
        return (counter.get(key, 0) + PSEUDO * fallback) / (total + PSEUDO)


def _squash(text: str) -> str:
    return text.replace(" ", "")


def _handle_forms(p: Person) -> frozenset[str]:
    return _forms(p.tokens[0], p.tokens[-1], p.raw[0], p.raw[-1], p.given, p.family)


@lru_cache(maxsize=65536)
def _forms(*names: str) -> frozenset[str]:
    forms = set()
    for first, last in zip(names[::2], names[1::2]):
        if first and last:
            forms |= {first + last, last + first, first[0] + last, first + last[0]}
    return frozenset(forms)


def _handle_of(handle: str, p: Person) -> bool:
    """``@jsmith``, ``@john_smith82``, ``@smithjohn``; cut at X's 15 letters too."""
    bare = handle.replace("_", "").replace(".", "").rstrip("0123456789")
    if len(bare) <= 3:
        return False
    forms = _handle_forms(p)
    return bare in forms or (len(handle) == 15 and len(bare) >= 8
                             and any(form.startswith(bare) for form in forms))


def _one_typo(x: str, y: str) -> bool:
    """One letter left out, added, changed or two swapped, in a name of 4 letters or more."""
    return (min(len(x), len(y)) >= 4
            and DamerauLevenshtein.distance(x, y, score_cutoff=1) <= 1)


def _names(a: Person, b: Person) -> tuple[float, str]:
    """``(likelihood ratio, words)`` of two names that may be one person's, or ``(0, "")``:
    the same after normalizing (short forms, order, accents), the same first and last name
    with a middle name on one record only, or one typo apart in one of the two."""
    if a.name == b.name:
        return 1.0, ("the same name" if a.raw == b.raw
                     else "the same name (short forms, order or accents aside)")
    first_a, last_a, first_b, last_b = a.tokens[0], a.tokens[-1], b.tokens[0], b.tokens[-1]
    if sorted((first_a, last_a)) == sorted((first_b, last_b)):
        return MIDDLE, "the same first and last name (a middle name on one record)"
    for x, y in (((first_a, last_a), (first_b, last_b)), ((first_a, last_a), (last_b, first_b))):
        if (x[0] == y[0] and _one_typo(x[1], y[1])) or (x[1] == y[1] and _one_typo(x[0], y[0])):
            return TYPO, "names one typo apart"
    return 0.0, ""


class Rivals(NamedTuple):
    """One side of a pair against the other contacts of the name on the other's platform:
    their summed likelihood ratios, each less the chance it is already the person of
    another contact on this side's platform (two contacts on one platform are two people);
    how many contacts of that name are there, the other one included; and the chance the
    other one is not such a contact's person either."""
    total: float
    seen: int
    free: float = 1.0


class Ratio(NamedTuple):
    """What the two records say beyond the prior: the likelihood ratio of all their
    signals (name included), the words, whether any signal is for, and how many people
    may carry the name."""
    value: float
    evidence: list[str]
    positive: bool
    people: int


def likelihood(a: Person, b: Person, stats: Stats | None = None) -> Ratio | None:
    """How much more likely the two records are if they are one person than if they are
    two people of that name; None when they cannot be one (names apart, two LinkedIn
    profiles, two X accounts). Symmetric in ``a`` and ``b``."""
    stats = stats or Stats()
    name_ratio, same = _names(a, b)
    if not name_ratio:
        return None
    if a.linkedin and b.linkedin and not a.linkedin & b.linkedin:
        return None  # two LinkedIn profiles: two people
    if a.twitter and b.twitter and not a.twitter & b.twitter:
        return None
    if b.id < a.id:  # the same words whichever is asked first
        a, b = b, a
    evidence = [f"{same}: {a.shown} / {b.shown}"]
    people = max(stats.people(a.name), stats.people(b.name))
    log_odds = math.log(name_ratio)
    positive = False

    def signal(m: float, u: float, words: str) -> None:
        nonlocal log_odds, positive
        log_odds += math.log(m / u)
        positive |= m > u
        evidence.append(words)

    # The employer: the same company, email domain, or one record naming the other's
    # company or domain (a bio, a website). One signal, however many ways it shows.
    employer = _employer(a, b, stats)
    if employer:
        u, words = employer
        signal(M_EMPLOYER, u, words)
    elif a.company and b.company:
        signal(1 - M_EMPLOYER, 1 - stats.rate(stats.companies, a.company, U_EMPLOYER),
               f"at different companies ({a.company} / {b.company})")
    for x, y in ((a, b), (b, a)):
        if not x.linkedin or "linkedin com in " not in y.bio:
            continue
        slugs = [p.rsplit("/", 1)[-1] for p in sorted(x.linkedin)]
        slug = next((s for s in slugs if len(s) >= 5 and f"linkedin com in {fold(s)}" in y.bio),
                    None)
        if slug:
            signal(M_PROFILE, U_PROFILE, f"the bio names the LinkedIn profile {slug}")
        else:  # the bio names a LinkedIn profile, and not this one
            signal(1 - M_PROFILE_SAME, 1 - U_PROFILE,
                   f"the bio names another LinkedIn profile than {slugs[0]}")
        break
    for x, y in ((a, b), (b, a)):
        if not x.handles:  # most records have none: no sort, no generator
            continue
        hit = next((h for h in sorted(x.handles) if _handle_of(h, y)), None)
        if hit and people == 1:
            signal(M_HANDLE, U_HANDLE, f"the X handle @{hit} is a form of the name")
            break
        if hit:  # a namesake's handle is a form of the same name: it corroborates the
            # name (as the issue counts it) but weighs nothing between namesakes, so it
            # proposes only when the namesakes are likely other records' people
            evidence.append(f"the X handle @{hit} is a form of the name (and a namesake's)")
            positive = True
            break
    if a.location and b.location:
        u = stats.rate(stats.places, a.location, U_PLACE)
        if a.location == b.location:
            signal(M_PLACE, u, f"both in {a.location}")
        else:
            region = _same_area(a, b, stats)
            if region:  # Galway and Ireland: the same country, a weaker agreement
                signal(M_PLACE, stats.region_rate(region), f"both in {region}")
            else:
                signal(1 - M_PLACE, 1 - u,
                       f"in different places ({a.location} / {b.location})")
    return Ratio(math.exp(log_odds), evidence, positive, people)


def score(a: Person, b: Person, stats: Stats | None = None,
          rivals: tuple[Rivals, Rivals] | None = None) -> tuple[float, list[str]]:
    """How likely ``a`` and ``b`` are one person (0..1), and why, in words.

    ``stats`` says how common their name, company, place and domains are in the ledger
    (without it, each is taken as rare). ``rivals``: for each of ``a`` and ``b`` (in that
    order), the other contacts of that name it could be on the other's platform
    (:class:`Rivals`; without them, each of the other people of the name is there and
    counts as 1: no evidence either way).

    Each record's person is one of the people of that name: on the other's platform as
    exactly one of the records of that name there, or among the people of that name not
    seen there (how many people carry the name, less those seen there, each counting 1).
    The score is the probability of this one, the smaller from the two sides. So a company
    and a place shared by one of two namesakes count for more than by both, and a name
    alone never proposes.
    """
    ratio = likelihood(a, b, stats)
    if ratio is None or not ratio.positive:
        return 0.0, []  # a name alone never proposes
    people = ratio.people
    if rivals is None:
        rivals = (Rivals(people - 1.0, people),) * 2
    carriers = _carriers(a, b, ratio, stats)
    value = round(min(0.99, *(_chance(ratio.value * side.free, side.total, carriers - side.seen)
                              for side in rivals)), 3)
    if not value:
        return 0.0, []  # too unlikely to say anything
    evidence = list(ratio.evidence)
    if people > 1:
        evidence.insert(1, f"a name {people} people in the ledger may have")
    if max(side.total for side in rivals) > max(1.0, people - 1.0):
        evidence.append("another contact of that name fits too")
    return value, evidence


def _carriers(a: Person, b: Person, ratio: Ratio, stats: Stats | None) -> float:
    """About how many people carry the name: those seen (the most contacts of it on one
    platform), or more when the name's first and last names are common in the ledger."""
    if stats is None:
        return ratio.people + NAMESAKES
    return max(float(ratio.people), 1 + max(stats.others(a), stats.others(b)))


def _chance(value: float, rivals: float, unseen: float) -> float:
    """One side's probability that its person is this record: its likelihood ratio against
    the other records of the name there and the people of that name not seen there."""
    return value / (value + rivals + max(unseen, NAMESAKES))


def _claim(value: float, rivals: float, carriers: float) -> float:
    """How surely a rival is the person of one other contact: as :func:`_chance`, but each
    other person of the name may be off that contact's platform (``COVERAGE``), so a crowd
    of namesakes that fit a little never adds up to a sure claim."""
    return value / (value + rivals
                    + max(carriers - 1, NAMESAKES) * (1 - COVERAGE) / COVERAGE)


def _same_area(a: Person, b: Person, stats: Stats) -> str:
    """The region both records are in, or "": ``Galway, Ireland`` and ``Ireland``;
    ``Ireland`` and ``Galway`` when some record in the ledger says ``Galway, Ireland``."""
    area_a = {a.location, a.region} | stats.regions.get(a.location, _EMPTY)
    area_b = {b.location, b.region} | stats.regions.get(b.location, _EMPTY)
    return min((area_a & area_b) - {""}, default="")


def _employer(a: Person, b: Person, stats: Stats) -> tuple[float, str] | None:
    """The employer the two records share, as ``(u, words)``, or None."""
    if a.company and b.company and (
            a.company == b.company or _squash(a.company) == _squash(b.company)
            or fuzz.ratio(a.company, b.company) >= 90):
        return stats.rate(stats.companies, a.company, U_EMPLOYER), f"both at {a.company}"
    shared = a.domains & b.domains
    if shared:
        domain = min(shared)
        return stats.rate(stats.domains, domain, U_DOMAIN), f"both write from {domain}"
    for x, y in ((a, b), (b, a)):
        if not (x.domains or x.hosts):
            continue
        for domain in sorted(x.domains | x.hosts):
            stem = domain.rsplit(".", 1)[0].split(".")[-1]
            named = (domain in y.hosts or f" {fold(domain)} " in f" {y.bio} "
                     or (len(stem) > 3 and y.company and stem == _squash(y.company)))
            if named:
                return (stats.rate(stats.domains, domain, U_DOMAIN),
                        f"{domain} is named by the other record too")
    for x, y in ((a, b), (b, a)):
        if len(x.company) > 3 and (f" {x.company} " in f" {y.bio} "
                                   or f" {_squash(x.company)} " in f" {y.bio} "):
            return (stats.rate(stats.companies, x.company, U_EMPLOYER),
                    f"the other's bio names {x.company}")
    return None


@lru_cache(maxsize=65536)
def _deletions(token: str) -> frozenset[str]:
    """``token`` and each form of it less one letter: two tokens one typo apart share one
    (a symmetric deletion index)."""
    return frozenset({token} | {token[:i] + token[i + 1:] for i in range(len(token))})


class Index:
    """Every current contact as linking sees it, in blocks by name (the two outer name
    tokens), with the ledger's frequencies; read in one pass.

    A name one typo from another meets it through ``variants``: each token less one letter;
    a touched Anna Lindqvist meets the Anna Lindquist whose surname shares one, checked
    by edit distance (``rapidfuzz``), never every Anna.
    """

    def __init__(self, people: dict[int, Person]) -> None:
        self.people = people
        self.stats = Stats.of(people.values())
        self.blocks: dict[str, list[int]] = {}
        partners: dict[str, set[str]] = {}
        for p in people.values():
            for key in block_keys(p):
                self.blocks.setdefault(key, []).append(p.id)
            first, last = p.tokens[0], p.tokens[-1]
            partners.setdefault(first, set()).add(last)
            partners.setdefault(last, set()).add(first)
        self.partners = partners
        self.variants: dict[str, list[str]] = {}  # a token less one letter -> tokens
        for token in partners:
            if len(token) >= 4:
                for variant in _deletions(token):
                    self.variants.setdefault(variant, []).append(token)
        # the contacts that are not bare: a big address book has few (a set of all the
        # bare ones would hold every id of 100,000 contacts, 4 MB)
        self.unbare = frozenset(p.id for p in people.values() if not bare(p))
        self._refined: dict[str, dict[str, list[int]]] = {}
        self._block_keys: dict[tuple[str, str, str], tuple[str, ...]] = {}
        self._unbare_near: dict[tuple[str, ...], frozenset[int]] = {}

    @classmethod
    def of_rows(cls, rows: Iterable[tuple]) -> Index:
        """The index of ``(id, first, last, company, location, headline, identities)``
        rows (:meth:`~orchestrator.ledger.contacts.ContactStore.link_rows`), read as they
        come."""
        people = {}
        for contact_id, first, last, company, location, headline, identities in rows:
            p = make_person(contact_id, first or "", last or "", company or "",
                            location or "", headline or "", identities)
            if p is not None:
                people[contact_id] = p
        return cls(people)

    @classmethod
    def read(cls, store) -> Index:
        identities: dict[int, list[tuple[str, str, str]]] = {}
        for contact_id, platform, key, display in store.identities():
            identities.setdefault(contact_id, []).append((platform, key, display))
        people = {}
        for contact_id, first, last, company, location, headline in store.people():
            p = make_person(contact_id, first or "", last or "", company or "",
                            location or "", headline or "", identities.pop(contact_id, ()))
            if p is not None:
                people[contact_id] = p
        return cls(people)

    def _near(self, token: str, beside: str) -> list[str]:
        """Tokens seen beside ``beside`` that are one typo from ``token`` (they share a
        form less one letter, or one is the other less one letter)."""
        if len(token) < 4:
            return []
        seen = self.partners.get(beside, _EMPTY)
        found = {other for variant in _deletions(token) for other in
                 self.variants.get(variant, ()) if other in seen and other != token}
        return sorted(other for other in found if _one_typo(token, other))

    def _keys(self, me: Person) -> tuple[str, ...]:
        """The blocks ``me`` is compared with: its own, and those of the names one typo
        away; the same for every contact of the name, so found once a name (a ledger
        holds each common name many times)."""
        first, last = me.tokens[0], me.tokens[-1]
        found = self._block_keys.get((first, last, me.name))
        if found is None:
            keys = list(block_keys(me))
            keys += [" ".join(sorted((first, near))) for near in self._near(last, first)]
            keys += [" ".join(sorted((near, last))) for near in self._near(first, last)]
            if len(self._block_keys) > 100_000:
                self._block_keys.clear()
            found = self._block_keys[(first, last, me.name)] = tuple(keys)
        return found

    def candidates(self, me: Person) -> set[int]:
        """Contacts in ``me``'s block and in the blocks of names one typo away; in a block
        of a common name, only those sharing a fact with ``me`` (without one, a common
        name cannot reach a proposal)."""
        out: set[int] = set()
        mine = None
        for key in self._keys(me):
            members = self.blocks.get(key, ())
            if len(members) > MAX_BLOCK:
                refined = self._refined.get(key)
                if refined is None:
                    refined = self._refined[key] = {}
                    for member in members:
                        for fact in facts(self.people[member]):
                            refined.setdefault(fact, []).append(member)
                mine = facts(me) if mine is None else mine
                for fact in mine:
                    out.update(refined.get(fact, ()))
            else:
                out.update(members)
        out.discard(me.id)
        return out

    def unbare_candidates(self, me: Person) -> frozenset[int]:
        """``candidates(me)`` less the bare contacts, for a bare ``me`` (see :func:`bare`):
        it shares no fact, so a common name's block gives none, and a small block its
        members; the same for every bare contact of a name, so found once a name."""
        keys = self._keys(me)
        found = self._unbare_near.get(keys)
        if found is None:
            near: set[int] = set()
            for key in keys:
                members = self.blocks.get(key, ())
                if len(members) <= MAX_BLOCK:
                    near.update(member for member in members if member in self.unbare)
            found = frozenset(near)
            if len(self._unbare_near) > 100_000:
                self._unbare_near.clear()
            self._unbare_near[keys] = found
        return found


def propose_people(app: App, touched: Iterable[int]) -> int:
    """Compare the contacts in ``touched`` with their blocks; store proposals. Returns how
    many new proposals were stored."""
    from ..ledger.link_index import PLATFORMS, LinkIndexStore

    touched = set(touched)
    if not touched:
        return 0
    ledger = app.ledger
    store = LinkIndexStore(ledger)
    index = Index.of_rows(ledger.contacts.link_rows(PLATFORMS))
    mine: set[int] = set()
    for cid in touched:
        if cid not in index.people:  # merged away since (or deleted): its canonical one
            try:
                cid = ledger.contacts.canonical_id(cid)
            except NotFound:
                continue
        if cid in index.people:
            mine.add(cid)
    del touched
    done = store.proposed_pairs() | store.kept_apart_pairs()
    known = store.pending_scores()
    found: dict[tuple[int, int], tuple[float, list[str]]] = {}
    scorer = _Rivals(index)
    # A block at a time: the rivals of its pairs are its own members, computed once.
    order = _by_block(index, mine)
    for cid in order:
        me = index.people[cid]
        scorer.bound()
        if cid not in index.unbare:  # two bare records are never positive (see bare())
            others = index.unbare_candidates(me)
        else:
            others = scorer.candidates(cid)
        for other in sorted(others):
            if other in mine and other < cid:
                continue  # compared from the other side
            pair = (min(cid, other), max(cid, other))
            if pair in done:
                continue
            ratio = scorer.ratio(cid, other)
            if ratio is None or not ratio.positive or scorer.hopeless(cid, other, ratio):
                continue
            value, evidence = score(me, index.people[other], index.stats,
                                    (scorer.rival(cid, other), scorer.rival(other, cid)))
            if value >= THRESHOLD:
                found[pair] = (value, evidence)
                known[pair] = value
    linked = _by_contact(known)
    for cid in order:
        scorer.bound()
        _through_a_third(cid, mine, scorer, known, linked, done, found)
    added = 0
    for pair, (value, evidence) in sorted(found.items()):
        added += ledger.contacts.propose_pair(pair[1], pair[0], value, "; ".join(evidence))
    return added


def _by_block(index: Index, ids: set[int]) -> list[int]:
    """``ids`` sorted by ``(block_key, id)``, without a key (a new string and a tuple)
    for each of them: a block at a time, by key, and its ids in order."""
    blocks: dict[str, list[int]] = {}
    for cid in ids:
        p = index.people[cid]
        first, last = p.tokens[0], p.tokens[-1]
        key = first + " " + last if first <= last else last + " " + first  # block_key(p)
        group = blocks.get(key)
        if group is None:
            blocks[key] = [cid]
        else:
            group.append(cid)
    return [cid for key in sorted(blocks) for cid in sorted(blocks[key])]


def _by_contact(known: dict[tuple[int, int], float]) -> dict[int, dict[int, float]]:
    """The scores of ``known`` pairs by each of their contacts: a contact's links are
    looked up, not searched for among all its candidates."""
    out: dict[int, dict[int, float]] = {}
    for (x, y), value in known.items():
        out.setdefault(x, {})[y] = value
        out.setdefault(y, {})[x] = value
    return out


def _through_a_third(cid: int, mine: set[int], scorer: _Rivals,
                     known: dict[tuple[int, int], float],
                     by_contact: dict[int, dict[int, float]], done: set[tuple[int, int]],
                     found: dict[tuple[int, int], tuple[float, list[str]]]) -> None:
    """Two records each likely the same person as a third are likely one person too: at
    least as likely as both links hold (the product of their scores), when their names
    match and their own facts do not disagree (an address book entry with only a handle
    to go by, whose LinkedIn profile matches both)."""
    def pair_of(x: int, y: int) -> tuple[int, int]:
        return (x, y) if x < y else (y, x)

    mine_linked = by_contact.get(cid)
    if not mine_linked:
        return
    candidates = scorer.candidates(cid)
    linked = {m: value for m, value in mine_linked.items() if m in candidates}
    if not linked:
        return
    for other in sorted(candidates):
        pair = pair_of(cid, other)
        if (other in mine and other < cid) or pair in done:
            continue
        chain = max(((first * known.get(pair_of(m, other), 0.0), m, first)
                     for m, first in linked.items() if m != other), default=None)
        if chain is None or chain[0] < THRESHOLD:
            continue
        value, middle, first = chain
        if value <= found.get(pair, (0.0, []))[0]:
            continue
        ratio = scorer.ratio(cid, other)
        if ratio is None or ratio.value < 1:
            continue  # names apart, two profiles, or their own facts disagree
        second = known[pair_of(middle, other)]
        words = [*ratio.evidence,
                 f"both likely the same person as contact {middle} ({first:.2f}, {second:.2f})"]
        found[pair] = (round(min(0.99, value), 3), words)


class _Rivals:
    """The other contacts each side of a pair could be, kept for the blocks seen lately
    (a bounded cache: memory stays a few thousand blocks').

    A rival counts as far as it is not already likely the person of another contact on
    this side's platform: two contacts on one platform are two people, so an X account
    that is surely the address book's other Anna Smith is not this one's. ``ROUNDS``
    rounds of one-to-one matching between the two platforms' namesakes: in a second,
    that other Anna Smith's claim would itself be weighed against her own rivals."""

    LIMIT = 20_000

    def __init__(self, index: Index) -> None:
        self.index = index
        self._candidates: dict[int, set[int]] = {}
        self._ratios: dict[tuple[int, int], Ratio | None] = {}
        self._fields: dict[tuple[int, frozenset[str]], _Field] = {}
        # the chances of each claim, and their sum (asked once a rival of every pair)
        self._claims: dict[tuple[int, frozenset[str], int],
                           tuple[dict[int, float], float]] = {}
        self._weights: dict[tuple[int, frozenset[str], int],
                            tuple[tuple[int, ...], array]] = {}

    def bound(self) -> None:
        # asked once a contact: four lengths, not a generator over them
        if (len(self._candidates) > self.LIMIT or len(self._ratios) > self.LIMIT
                or len(self._fields) > self.LIMIT or len(self._claims) > self.LIMIT
                or len(self._weights) > self.LIMIT):
            for cache in (self._candidates, self._ratios, self._fields, self._claims,
                          self._weights):
                cache.clear()

    def candidates(self, x: int) -> set[int] | frozenset[int]:
        found = self._candidates.get(x)
        if found is None:
            # most contacts of a common name have none: one empty set for all of them
            found = self._candidates[x] = self.index.candidates(self.index.people[x]) or _NONE
        return found

    def ratio(self, x: int, y: int) -> Ratio | None:
        key = (x, y) if x < y else (y, x)
        if key not in self._ratios:
            people = self.index.people
            self._ratios[key] = likelihood(people[x], people[y], self.index.stats)
        return self._ratios[key]

    def field(self, x: int, platforms: frozenset[str]) -> _Field:
        """The contacts of ``x``'s name ``x`` could be on ``platforms``, with their
        likelihood ratios (0 when it cannot be them), and how many namesakes a common
        name's block did not show (each counts 1: no evidence either way)."""
        key = (x, platforms)
        found = self._fields.get(key)
        if found is None:
            people = self.index.people
            values = {}
            for other in self.candidates(x):
                if people[other].platforms & platforms and _names(people[x], people[other])[0]:
                    ratio = self.ratio(x, other)
                    values[other] = ratio.value if ratio is not None else 0.0
            unseen = 0
            if len(self.index.blocks.get(block_key(people[x]), ())) > MAX_BLOCK:
                # a common name's block is searched by shared facts only
                named = self.index.stats.people(people[x].name)
                unseen = max(0, named - len(values))
            found = self._fields[key] = _Field(values, sum(values.values()), unseen)
        return found

    def _side(self, x: int, y: int, field: _Field) -> Rivals:
        """``x`` against the other contacts of ``field`` (``y``'s platforms), at face
        value."""
        mine = field.values.get(y)
        total = field.total - (mine or 0.0) + field.unseen
        return Rivals(total, len(field.values) + field.unseen + (mine is None))

    def claimed(self, t: int, x: int, rounds: int = ROUNDS) -> float:
        """How likely ``t`` is the person of a contact other than ``x`` on ``x``'s
        platforms (such a contact is not ``x``'s person), each of those weighed against
        its own rivals as far as ``rounds - 1`` earlier rounds of matching tell."""
        people = self.index.people
        key = (t, people[x].platforms, rounds)
        found = self._claims.get(key)
        if found is None:
            field = self.field(t, people[x].platforms)
            chances = {}
            for s, value in field.values.items():
                if value:
                    side = self.rival(t, s, rounds - 1) if rounds > 1 else self._side(t, s,
                                                                                      field)
                    carriers = _carriers(people[t], people[s], self.ratio(t, s),
                                         self.index.stats)
                    chances[s] = _claim(value * side.free, side.total, carriers)
            found = self._claims[key] = (chances, sum(chances.values()))
        chances, total = found
        return min(1.0, total - chances.get(x, 0.0))

    def hopeless(self, x: int, y: int, ratio: Ratio) -> bool:
        """Whether the pair scores below ``THRESHOLD`` whatever its rivals: the people of
        the name not seen on one side's platform alone outweigh it."""
        people = self.index.people
        carriers = _carriers(people[x], people[y], ratio, self.index.stats)
        return any(
            _chance(ratio.value, 0.0, carriers - self._side(a, b, self.field(
                a, people[b].platforms)).seen) < THRESHOLD for a, b in ((x, y), (y, x)))

    def rival(self, x: int, y: int, rounds: int = ROUNDS) -> Rivals:
        """``x`` against the contacts other than ``y`` it could be on ``y``'s platforms
        (:class:`Rivals`), each rival less the chance it is someone else's there."""
        platforms = self.index.people[y].platforms
        field = self.field(x, platforms)
        side = self._side(x, y, field)
        total = float(field.unseen)
        others, weights = self._weighed(x, platforms, rounds)
        for other, weight in zip(others, weights):
            if other != y:
                total += weight  # the same sum, in the same order, as weighing each here
        return side._replace(total=total, free=max(1e-9, 1.0 - self.claimed(y, x, rounds)))

    def _weighed(self, x: int, platforms: frozenset[str],
                 rounds: int) -> tuple[tuple[int, ...], array]:
        """The contacts ``x`` could be on ``platforms``, each with its likelihood ratio
        less the chance it is another contact's person on ``x``'s platforms: the same for
        each pair of ``x`` with a contact on ``platforms``, so weighed once, not for every
        pair (a name many contacts share has as many rivals as pairs). Kept as the ids
        and an array of their weights: 16 bytes a rival, not a tuple and a float's 88."""
        key = (x, platforms, rounds)
        found = self._weights.get(key)
        if found is None:
            rivals = [(other, value) for other, value in self.field(x, platforms).values.items()
                      if value]
            found = self._weights[key] = (
                tuple(other for other, _ in rivals),
                array("d", [value * (1.0 - self.claimed(other, x, rounds))
                            for other, value in rivals]))
        return found


class _Field(NamedTuple):
    values: dict[int, float]
    total: float
    unseen: int
