"""What a talk, post or conversation was about: "your talk on X", "we argued about Y".

A message that names the right occasion can still get its subject wrong ("your DTW Ignite
talk on network slicing" when the record says the talk was about prepaid churn): the detail
contradicts the record even though another word of it matches. :func:`topic_phrases` finds
such subjects, a topic preposition ("on", "about", "sobre", "über", "sur"...) after a noun or
verb a topic hangs on ("talk", "post", "spoke", "argued"...), up to the end of the clause or
the next place ("at", "in"). In the record any topic preposition counts ("Spoke at DTW Ignite
in Copenhagen about prepaid churn"), and so does a verb that takes its subject directly
("discussed triage burnout").

In a message only claims about the reader or a shared exchange count: "I wrote a post on X"
or "our guide on X" speak of the sender ("we talked about X" is shared, "we published a guide
on X" is not).
"""

from __future__ import annotations

from typing import NamedTuple

from .lexicon import (
    ANCHORED_PREPOSITIONS,
    BOUND_PREPOSITIONS,
    ELIDED_TOPIC_PREPOSITIONS,
    EXCHANGE_WORDS,
    FIRST_PERSON,
    SECOND_PERSON,
    TIME_WORDS,
    TOPIC_ANCHORS,
    TOPIC_DIRECT_VERBS,
    TALK_VERBS,
    TOPIC_PREPOSITIONS,
    VENUE_PREPOSITIONS,
)

# After "on", what a talk happened on rather than what it was about ("your talk on the main
# stage", "your session on Tuesday").
NOT_TOPICS = TIME_WORDS | frozenset(
    """stage stages main day site screen air camera mic behalf track floor board zoom teams
    spotify radio tv tour""".split()) | frozenset(
    # How people talked, not what about ("we spoke on the phone"), and a date's month
    # abbreviated ("our call on 2 Oct": "may" and "mar" are words too).
    """phone telephone telefon téléphone teléfono telefone telefono video videocall call
    calls email mail whatsapp skype
    jan feb apr jun jul aug sep sept oct nov dec""".split())
from .text import Token, is_generic, is_stop

_REACH = 6  # how far before its preposition an anchor may stand ("your talk at X in Y on Z")


class Topic(NamedTuple):
    start: int  # offsets of the phrase in the text it came from
    end: int
    words: tuple[int, ...]  # token indices of its content words


def topic_phrases(tokens: list[Token], language: str, *, claims: bool,
                  within: list[int] | None = None, text: str | None = None) -> list[Topic]:
    """Subjects of talks, posts and conversations. ``claims``: only those a message claims
    about the reader (not the sender's own); ``within`` limits them to these token indices
    (a draft's personal part); ``text``, the text of the tokens, shows prepositions elided
    onto the next word ("sull'irrigazione")."""
    found: list[Topic] = []
    n = len(tokens)
    allowed: set[int] | None = None
    elided = text is not None and "'" in text
    for i in range(n) if within is None else within:
        t = tokens[i]
        folded = t.fold
        direct = not claims and folded in TOPIC_DIRECT_VERBS
        start = i + 1  # where the subject starts
        if direct or folded in TOPIC_PREPOSITIONS:
            anchored = False
        elif folded in BOUND_PREPOSITIONS:
            # "habló de X", "parlato a Macfrut di X": only soon after a verb of talking.
            if not _talked(tokens, i):
                continue
            anchored = False
        elif folded in ANCHORED_PREPOSITIONS:
            anchored = True
        elif elided and text[t.start - 1:t.start] == "'" \
                and text[t.start - 5:t.start - 1].lower() in ELIDED_TOPIC_PREPOSITIONS:
            # "sull'irrigazione": the preposition is fused to the subject's first word
            # ("dell'" only after a verb of talking, as "di").
            if text[t.start - 5:t.start - 1].lower() == "dell" and not _talked(tokens, i):
                continue
            anchored, start = False, i
        else:
            continue
        if within is not None and allowed is None:
            allowed = set(within)
        # German puts the verb last ("was Sie über X gesagt haben"): the anchor may follow.
        verb_last = False
        if claims or anchored:
            anchors = [a for a in tokens[_reach(tokens, i):i]
                       if a.clause == t.clause and a.fold in TOPIC_ANCHORS]
            if not anchors and claims and language == "german" and not anchored:
                verb_last = True
            elif not anchors or (claims and _senders(tokens, t.clause, anchors)):
                continue
        words: list[int] = []
        first = None
        j = start
        while j < n and tokens[j].clause == t.clause:
            u = tokens[j]
            if verb_last and u.fold in _LAST_VERBS:
                verb_last = _senders(tokens, t.clause, [u])  # the anchor found: claimed?
                break
            if u.fold in VENUE_PREPOSITIONS and not (u.lower == "a" and language == "english") \
                    or u.fold in TOPIC_PREPOSITIONS or (
                    allowed is not None and j not in allowed) or u.fold in _COPULAS:
                break  # (the English article "a" is no "à": "on rebuilding a gill box")
            if not is_stop(language, u.fold):
                first = j if first is None else first
                if not is_generic(language, u) and u.fold not in NOT_TOPICS:
                    words.append(j)
            j += 1
        if verb_last:
            continue  # no verb of talking closed it, or the sender's own
        # A subject is words, not an episode or a year ("our guest on episode 12").
        if first is not None and any(not tokens[w].number for w in words):
            # Quoted with the generic nouns that close it ("mycorrhizal networks").
            last = words[-1]
            while last + 1 < j and not is_stop(language, tokens[last + 1].fold) \
                    and tokens[last + 1].fold not in NOT_TOPICS:
                last += 1
            found.append(Topic(tokens[first].start, tokens[last].end, tuple(words)))
    return found


# German participles that close a clause about what was said ("über X gesagt haben").
_LAST_VERBS = frozenset("""gesagt erzählt erwähnt erklärt gesprochen besprochen diskutiert
    geschrieben berichtet""".split())
# Where a subject ends: what follows says how it went ("zu Batteriespeichern war klasse").
_COPULAS = frozenset("was is were war ist waren fue fueron es era foi é était est fut".split())


def _reach(tokens: list[Token], at: int) -> int:
    """Where the anchors of the preposition at ``at`` may start: ``_REACH`` words back, not
    counting the words of a name on the way ("your keynote at the Soil Ecology Society
    meeting on X": the occasion's name does not push the keynote out of reach)."""
    start, counted = at, 0
    while start > 0 and counted < _REACH:
        start -= 1
        if not tokens[start].capital:
            counted += 1
    return start


def _talked(tokens: list[Token], at: int) -> bool:
    """Whether a verb of talking stands shortly before ``at`` in its clause."""
    clause = tokens[at].clause
    return any(t.fold in TALK_VERBS and t.clause == clause
               for t in tokens[max(0, at - 3):at])


def _senders(tokens: list[Token], clause: int, anchors: list[Token]) -> bool:
    """A clause about the sender's own work: first person, no "you", and no exchange
    ("we talked about" is shared)."""
    first = False
    for t in tokens:
        if t.clause == clause:
            if t.fold in SECOND_PERSON:
                return False
            first = first or t.fold in FIRST_PERSON
    return first and not any(a.fold in EXCHANGE_WORDS for a in anchors)
