"""The right detail with another thing in its slot (R4): the message names a recorded thing
and, in the same phrase, a specific word where the record has a different one.

"your high-protein granola reel" for "a reel on high-protein overnight oats", "sensores de
humedad en viñedos" for "sensores de humedad en olivos", "moving from Airflow to Prefect" for
"migrating from Airflow to Dagster", "la sedia 'Onda'" for "la lampada 'Onda'": a matched
word (the *anchor*) stands in both texts, and the word in the same place beside it (the
*filler*) differs. :mod:`.slots` compares names in such places; this module compares the
common words that say what the thing is, in four frames, each read the same way in the
message and in the record:

1. *a link*: the anchor, a link ("in", "for", "en", "de", "für", "di", "em"...), maybe an
   article, the filler ("humedad en viñedos" / "humedad en olivos"); the link must be the
   same word in both, and each filler a word of its own, its phrase ending there: a phrase
   on either side ("for medical imaging" / "for radiology", "pour les zones rurales") is as
   likely the same thing said otherwise. The anchor ends a recorded term of two words or
   more ("sensores de humedad en"), or the record's phrase goes on after both fillers with
   the same word ("série de bols en grès" / "série de vases en grès"): after one loosely
   bound word another is as likely a synonym ("yoga for elders" / "for seniors");
2. *from ... to*: "from A to B", "de A a B", "von A zu B", "da A a B": the second place of a
   move, a migration or a switch (names count here: "Prefect" / "Dagster"; a name against
   a kind of thing, "to open-source databases" / "to PostgreSQL", does not);
3. *between*: the filler right after the anchor and right before another matched word of
   the message ("high-protein granola reel"), and right after the anchor in the record
   ("high-protein overnight oats");
4. *a title's kind*: a plain noun right before a recorded quoted title, or right after it
   ("la sedia 'Onda'", "the 'Onda' chair" / "la lampada 'Onda'").

The message clashes only when (all of): both fillers are specific common words (not stop
words, not generic ones, not what a talk or post is, not a time or a language); the message's
filler is nowhere in the record (by key, stem or a shared beginning) and the record's is
nowhere in the message; the two are not one word written otherwise (a typo, a compound of
the other, one word for the record's phrase: "remadores" / "atletas de remo") nor one
thing in the gloss's words (:mod:`.crosslang`); the message does not go on after its filler
with the word the record's goes on with ("high-protein vegan oats" only puts another word
before the head of "high-protein overnight oats"); a word before a title is no praise
("la splendida 'Onda'"), nor a word any made thing goes by ("la collezione 'Onda'"); and
the clause is a claim about the reader (not the sender's, not their offer, not a question).
Only within one language, but for the names at the end of a move, which do not translate
("la migración de Airflow a Prefect" for "migrating from Airflow to Dagster"): across
languages the words of two phrases are not compared one by one.

Chinese, Japanese and Korean write no spaces, and their frames are not read word by word:
there only the end of a move between two Latin names is compared ("从Airflow迁移到Prefect",
"AirflowからPrefectへ", "Airflow에서 Prefect로"; :func:`cjk_move_clash`).

A synonym no table knows still reads as another thing ("per medicinali" for "per farmaci"):
the price of this rule, kept small by the frames above.
"""

from __future__ import annotations

import re

from .lexicon import (CLAIM_NOUNS, DETERMINERS, EVENT_NOUNS, EXCHANGE_WORDS, FIRST_PERSON,
                      FIRST_POSSESSIVES, INTERACTION_WORDS, LANGUAGE_NAMES, POSSESSIVES,
                      SECOND_PERSON, TIME_WORDS, TOPIC_ANCHORS)
from .normalize import fold
from .record import offered
from .roles import _PRAISE
from .slots import _same_word
from .text import Token, is_generic, is_stop, proper_flags, stem, tokenize

# Links between a thing and what it is of, for, in or about as a kind ("sensors in olive
# groves", "outil de recommandation", "Karte für Radwege"). Not "on", "about", "sobre": a
# subject is compared by :mod:`.topics`.
_LINKS = frozenset("""for in of für fur im von vom zu zum zur de di da do du des del della
    dello delle dei degli em no na nos nas nel nella en pour per para""".split())
# The two ends of a move: "from A to B" and its kin.
_FROM = frozenset("""from de desde von vom aus da dal dalla do du des""".split())
_TO = frozenset("""to into a à al au aux zu zum zur nach auf para pra alla allo""".split())
# Words that say what kind of occasion or claim it was, not what it was about.
_NOT_FILLERS = TOPIC_ANCHORS | CLAIM_NOUNS | EVENT_NOUNS | INTERACTION_WORDS | TIME_WORDS \
    | LANGUAGE_NAMES
# What a reader posts besides the talks and posts of the lexicon.
_MADE = frozenset("""reel reels clip clips short shorts story stories vlog livestream stream
    carousel tutorial tutorials recipe recipes demo demos""".split())
# The links inside a term ("sensores de humedad", "irrigazione di precisione").
_TERM_LINKS = frozenset("""of de di da do du des del della delle dei degli dos das d""".split())
# Endings of a verb of "we" where Spanish, Portuguese and Italian leave the pronoun out
# ("fabricamos sensores", "produciamo lampade"); shared ones ("hablamos") are exchanges.
_WE_ENDINGS = ("amos", "emos", "imos", "iamo")
# Letters of a German compound that makes a term on its own ("Wärmepumpen").
_COMPOUND = 10
# Shorter words are too often a clipped form or a particle.
_SHORTEST = 4
# Two words that begin alike this far are one word inflected ("olivos" / "olivares").
_SHARED = 4
# ... and two names that do ("Postgres" / "PostgreSQL", not "Post").
_NAME_SHARED = 6
_QUOTE_SET = frozenset("'\"‘’“”«»„‚‹›")
# Languages that put a noun's modifiers before it ("side table", "Beistelltisch").
_MODIFIERS_FIRST = frozenset({"english", "german"})
# Words before a title that describe it ("the new 'Halo'", "la splendida 'Onda'").
_NEWNESS = frozenset(fold(w) for w in """new latest recent first second last nuovo nuova
    nuovi nuove ultimo ultima nouveau nouvel nouvelle dernier dernière premier première neue
    neuer neues neuen neuesten erste ersten nuevo nueva nuevos nuevas último última primer
    primera novo nova novos novas primeiro primeira famous famoso famosa célèbre berühmte
    beloved amato amata adorada""".split())
# Words any made thing may go by: a lamp 'Onda' is also the piece, model or collection 'Onda'.
_UMBRELLAS = frozenset(fold(w) for w in """collection series line range family design piece
    product model edition collezione serie linea gamma famiglia pezzo prodotto modello
    edizione colección línea gama familia pieza producto modelo edición série ligne gamme
    famille pièce produit modèle édition kollektion linie reihe familie stück produkt modell
    ausgabe coleção linha peça produto modelo edição""".split())
# Names of one kind of work, one group a line: "your record 'Avel Noz'" is the recorded album.
_ONE_KIND = tuple(frozenset(fold(w) for w in line.split()) for line in """
    album albums record records disc disco discos disque disques platte lp vinyl cd release
    álbum álbuns album albom lançamento
    book books novel novels libro libros livro livros livre livres buch bücher
    roman romans novela novelas romanzo romanzi
    film films movie movies documentary documentaries doc documental documentales pelicula
    película filme filmes documentário documentario documentaire dokumentarfilm
    song songs track tracks tune canción canciones canzone canzoni chanson chansons lied
    lieder canção canções
    paper papers article articles study essay artículo articolo artigo artikel étude estudio
    studio estudo aufsatz
    talk talks presentation lecture keynote charla ponencia conferencia palestra discorso
    intervento exposé vortrag
    game games jogo juego gioco spiel jeu""".strip().split("\n"))


def _one_kind(said: str, recorded: str) -> bool:
    """Whether two words name one kind of work ("record" / "album", "movie" / "film")."""
    return any(said in group and recorded in group for group in _ONE_KIND)


# Endings of adjectives in the six languages ("iconic", "gorgeous", "bellissima",
# "lumineuse", "elegante", "fantastique"): a noun with one is missed, not refused.
_ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "ive", "ing", "ed", "less", "able", "ible", "est",
                      "issimo", "issima", "issimi", "issime", "oso", "osa", "osi", "ose",
                      "osos", "osas", "euse", "eux", "ique", "ante", "ente", "ants", "ents",
                      "iche", "ico", "ica", "ici", "ich", "ische", "ischen", "iger", "ige")
_LANGUAGES = frozenset("english spanish french german italian portuguese".split())


def _specific(t: Token, proper: bool, language: str, names_too: bool) -> bool:
    """Whether a word may fill a slot: a specific common word (or, ``names_too``, a name)."""
    if t.number or t.hashtag or len(t.fold) < _SHORTEST or t.fold in _NOT_FILLERS:
        return False
    if (proper or t.upper) and not names_too:
        return False
    return not is_stop(language, t.fold) and not is_generic(language, t, proper)


def _slots(text: str, tokens: list[Token], flags: list[bool], at: int
           ) -> list[tuple[str, int]]:
    """(frame, the filler's index) of each slot beside word ``at``: see the module; the
    frame of a link is the link itself. A title's kind may stand across the quote, which
    ends a clause when it is a double one ('the "Halo" lamp')."""
    n, clause = len(tokens), tokens[at].clause
    out = []
    k = at + 1
    title = tokens[at].capital or tokens[at].upper
    if k < n and title and _quote_between(text, tokens[at].end, tokens[k].start):
        out.append(("kind", k))  # the noun after a quoted title: "the 'Halo' lamp"
    elif k < n and tokens[k].clause == clause:
        link = tokens[k].fold
        if link in _TO and _moved_from(tokens, flags, at):
            out.append(("from-to", _past_article(tokens, k + 1, clause)))
        elif link in _LINKS and not flags[k]:
            out.append((link, _past_article(tokens, k + 1, clause)))
        else:
            out.append(("next", k))
    if at > 0 and title and _quote_between(text, tokens[at - 1].end, tokens[at].start):
        out.append(("kind", at - 1))
    kept = []
    for frame, j in out:  # a loop: Cython miscompiles such chains in a comprehension
        if j < n and (frame == "kind" or tokens[j].clause == clause):
            kept.append((frame, j))
    return kept


def _moved_from(tokens: list[Token], flags: list[bool], at: int) -> bool:
    """Whether word ``at`` ends what a move starts from: "from" right before it, or before
    the name it ends ("from Google Cloud to AWS")."""
    start, clause = at, tokens[at].clause
    while start > 0 and flags[start - 1] and flags[start] and tokens[start - 1].clause == clause:
        start -= 1
    return start > 0 and tokens[start - 1].fold in _FROM and tokens[start - 1].clause == clause


def _may_have_slot(tokens: list[Token], matches: dict, i: int, quotes: bool) -> bool:
    """A cheap look before :func:`_slots`: a link or a move after word ``i``, one unmatched
    word then a matched one, or (with a quote in the text) a name with a word before it."""
    k = i + 1
    if k < len(tokens) and tokens[k].clause == tokens[i].clause:
        folded = tokens[k].fold
        if folded in _LINKS or folded in _TO:
            return True
        if k not in matches and k + 1 in matches:
            return True
    return quotes and (tokens[i].capital or tokens[i].upper)


def _describing(t: Token) -> bool:
    """Whether a word before a title describes it rather than saying what it is: praise
    ("iconic", "splendida"), newness ("new", "nuova"), a word any made thing may go by
    ("la collezione 'Onda'", "the piece 'Halo'") or an adjective's ending."""
    folded = t.fold
    return folded in _PRAISE or folded in _NEWNESS or folded in _UMBRELLAS \
        or folded.endswith(_ADJECTIVE_ENDINGS)


def _named(t: Token, proper: bool) -> bool:
    """Whether a word is a name: a move to a name ("to Dagster") and one to a kind of thing
    ("to open-source databases") say different things, not contradicting ones."""
    return proper or t.upper or t.capital


def _framed(tokens: list[Token], matches: dict, j: int) -> bool:
    """Whether the word after ``j`` is a matched noun of what the reader made or gave ("your
    high-protein granola reel", "your Postgres vacuum talk"): then the words before it are
    the whole subject, and the filler its head. Before another word of the subject ("your
    beginner bread-baking video"), the filler is one more modifier of it."""
    k = j + 1
    if k >= len(tokens) or k not in matches or tokens[k].clause != tokens[j].clause:
        return False
    folded = tokens[k].fold
    return folded in _MADE or folded in _NOT_FILLERS


def _term(tokens: list[Token], matches: dict, i: int, language: str) -> bool:
    """Whether the matched word ``i`` ends a recorded term of two words or more ("sensores
    de humedad", "heat pumps"; in German one long compound, "Wärmepumpen"): a term taken
    up whole and then given another word after its link is the record's phrase with one
    word changed. After a single word ("yoga for", "design for") the words are bound more
    loosely, and another one is as likely a synonym ("for kids" / "for children")."""
    if language == "german" and len(tokens[i].fold) >= _COMPOUND:
        return True
    clause = tokens[i].clause
    for k in (i - 1, i - 2):
        if k < 0 or tokens[k].clause != clause:
            return False
        if k in matches:
            return True
        if tokens[k].fold not in _TERM_LINKS:
            return False  # "trabajo en marketing": two things, not one term
    return False


def _next_matched(tokens: list[Token], matches: dict | None, j: int,
                  language: str) -> int | None:
    """The word after ``j`` past one link or article, in its clause, when it is matched (or,
    ``matches`` None, a content word): "bols en grès" goes on with "grès". A filler between
    two stretches of the record's phrase ("votre série de bols en grès" for "une série de
    vases en grès") is one word of it changed, however loosely the first is bound."""
    clause = tokens[j].clause
    for k in (j + 1, j + 2):
        if k >= len(tokens) or tokens[k].clause != clause:
            return None
        if not is_stop(language, tokens[k].fold):
            return k if matches is None or k in matches else None
    return None


def _alone(tokens: list[Token], at: int, language: str) -> bool:
    """Whether word ``at`` ends its phrase: what follows is a stop word, a mark or nothing.
    One word against one word is what the link frame compares; a phrase on either side
    ("zones rurales", "medical imaging", "settore farmaceutico") is as likely the same
    thing said otherwise, and is left alone."""
    k = at + 1
    return k >= len(tokens) or tokens[k].clause != tokens[at].clause \
        or is_stop(language, tokens[k].fold)


def _quote_between(text: str, start: int, end: int) -> bool:
    """Whether only a quote (and spaces) stands between two words: a noun beside a quoted
    title says what the titled thing is ("la lampada 'Onda'", "the 'Halo' lamp"); beside a
    bare name it may as well be something made of it or for it ("un campionario Marea
    Sans"). An apostrophe between two letters is an elision or a possessive ("l'Onda",
    "Kim's"), no quote."""
    between = text[start:end]
    stripped = between.strip()
    if len(stripped) != 1 or stripped not in _QUOTE_SET:
        return False
    return stripped not in "'’" or between != stripped


def _past_article(tokens: list[Token], k: int, clause: int) -> int:
    if k < len(tokens) and tokens[k].fold in DETERMINERS and tokens[k].clause == clause:
        return k + 1
    return k


def filler_clash(text: str, tokens: list[Token], proper: list[bool], matches: dict,
                 personal: list[int], language: str, record, message_keys: set[str],
                 exclude: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the message's phrase, the record's) when a matched word has another word in its
    slot than the record gives it (see the module)."""
    if language not in _LANGUAGES or record.language not in _LANGUAGES:
        return None
    # Across languages only names are compared, at the end of a move: they do not translate.
    names_only = record.language != language
    personal_set = None
    n = len(tokens)
    quotes = not _QUOTE_SET.isdisjoint(text)
    for i in sorted(matches):
        if not _may_have_slot(tokens, matches, i, quotes):
            continue  # the usual case: nothing beside the word could fill a slot
        frames = _slots(text, tokens, proper, i)
        for frame, j in frames:
            if j in matches or j >= n or names_only and frame != "from-to":
                continue
            if personal_set is None:
                personal_set = set(personal)
            t = tokens[j]
            if j not in personal_set or t.key in exclude \
                    or not _specific(t, proper[j], language, frame == "from-to"):
                continue
            if names_only and not (proper[j] or t.upper):
                continue
            if frame == "kind" and (_describing(t) or j > i and not _alone(tokens, j, language)):
                continue  # "la splendida 'Onda'": praise, not what the thing is
            after = None  # the matched word a link frame must go on with, when it must
            if frame in _LINKS:
                if not _alone(tokens, j, language):
                    continue  # "AI for medical imaging": a phrase, as likely a paraphrase
                if not _term(tokens, matches, i, language):
                    after = _next_matched(tokens, matches, j, language)
                    if after is None:
                        continue  # "yoga for elders": loosely bound, as likely a synonym
            if frame == "next" and not _framed(tokens, matches, j):
                continue  # right after a matched word only before the recorded "reel"
            if record.lookup(t.key, {t.key}) or not _reader_clause(text, tokens, i, j):
                continue
            recorded = _recorded_filler(record, matches[i], frame, t, proper[j], tokens, i,
                                        j, message_keys, language,
                                        matches[after] if after is not None else None)
            if recorded is None:
                continue
            lo, hi = min(i, j), max(i, j)
            return (text[tokens[lo].start:tokens[hi].end],), (recorded,)
    return None


def _reader_clause(text: str, tokens: list[Token], anchor: int, filler: int) -> bool:
    """Whether the phrase is a claim about the reader: not in the sender's clause, not what
    they offer, not in a question."""
    t = tokens[filler]
    if _senders_phrase(tokens, min(anchor, filler)) or offered(tokens, filler, filler):
        return False
    end = t.end
    while end < len(text) and text[end] not in ".!?\n":
        end += 1
    return not (end < len(text) and text[end] == "?")


def _senders_phrase(tokens: list[Token], at: int) -> bool:
    """Whether the phrase starting at word ``at`` names a thing of the sender's: reading back
    through its clause, a first-person word (or a verb of "we") comes before any "you",
    exchange or the noun of a claim ("we make humidity sensors for vineyards"); a claim's noun is the sender's only
    with a first-person possessive just before it ("mi charla sobre ..."), not in "me quedé
    con ganas de seguir la charla sobre ..."."""
    clause = tokens[at].clause
    for k in range(at - 1, -1, -1):
        t = tokens[k]
        if t.clause != clause:
            return False
        folded = t.fold
        if folded in SECOND_PERSON or folded in POSSESSIVES or folded in EXCHANGE_WORDS:
            return False
        if folded in TOPIC_ANCHORS or folded in CLAIM_NOUNS:
            for q in range(k - 1, max(-1, k - 3), -1):
                if tokens[q].clause == clause and tokens[q].fold in FIRST_POSSESSIVES:
                    return True
            return False
        if folded in FIRST_PERSON or len(folded) > 5 and folded.endswith(_WE_ENDINGS):
            return True  # "we", or a verb of "we" without it ("fabricamos", "produciamo")
    return False


def _recorded_filler(record, keys: set[str], frame: str, said: Token, proper_of: bool,
                     tokens: list[Token], anchor: int, j: int, message_keys: set[str],
                     language: str, then: set[str] | None = None) -> str | None:
    """The record's words from the anchor to its filler in the same frame, when that filler
    is a specific word the message never gives and not the message's one written
    otherwise; ``then``: the keys of the word the record's filler must be followed by (past
    a link), as the message's is."""
    for written, lang in record._sources:
        if lang != language and frame != "from-to":
            continue
        rtokens = tokenize(written)
        flags = None
        for u, r in enumerate(rtokens):
            if r.key not in keys and stem(lang, r.lower) not in keys:
                continue
            if flags is None:
                flags = proper_flags(rtokens, lang)
            for their_frame, v in _slots(written, rtokens, flags, u):
                if their_frame != frame or v >= len(rtokens):
                    continue
                if frame == "kind" and v > u and lang in _MODIFIERS_FIRST:
                    v = _head_after(rtokens, v, lang)  # "the 'Lumen' side table": table
                other = rtokens[v]
                if not _specific(other, flags[v], lang, frame == "from-to") \
                        or frame in _LINKS and not _alone(rtokens, v, lang) \
                        or frame == "from-to" and _named(said, proper_of) != _named(
                            other, flags[v]) \
                        or frame == "kind" and (_describing(other)
                                                or _one_kind(said.fold, other.fold)) \
                        or _said(other, tokens, message_keys, lang) \
                        or _alike(said, other, lang):
                    continue
                if _head_kept(tokens, j, rtokens, v, anchor, lang) \
                        or _condensed(said, rtokens, v):
                    continue
                if frame == "from-to" and _placed_otherwise(said.surface, other.surface):
                    continue
                if then is not None:
                    follows = _next_matched(rtokens, None, v, lang)
                    if follows is None or not _same_word(rtokens[follows], then, lang):
                        continue
                lo, hi = min(u, v), max(u, v)
                return written[rtokens[lo].start:rtokens[hi].end]
    return None


def _head_after(tokens: list[Token], v: int, language: str) -> int:
    """The last of up to three content words from ``v`` on in its clause: the head of a
    noun phrase where modifiers come first."""
    last = v
    for k in range(v + 1, min(v + 3, len(tokens))):
        t = tokens[k]
        if t.clause != tokens[v].clause or is_stop(language, t.fold) or t.capital \
                or t.number:
            break
        last = k
    return last


def _placed_otherwise(said: str, recorded: str) -> bool:
    """Whether two ends of a move may both hold: one a place and the other not, one inside
    the other ("to Germany" / "to Berlin"), or one place in two languages ("Munich" /
    "München")."""
    from .places import is_region, place_of, same  # the table: read on this path only

    said_place, recorded_place = place_of(said) is not None, place_of(recorded) is not None
    if said_place != recorded_place:
        return True
    return said_place and (is_region(said) != is_region(recorded) or same(said, recorded))


def _said(other: Token, tokens: list[Token], message_keys: set[str], language: str) -> bool:
    """Whether the message gives the record's word, in any form: its key, its stem or its
    beginning ("olivares" for "olivos"; a name's longer beginning, "Postgres" for
    "PostgreSQL", not "Post")."""
    if other.key in message_keys or stem(language, other.lower) in message_keys:
        return True
    size = _NAME_SHARED if other.capital or other.upper else _SHARED
    head = other.fold[:size]
    for t in tokens:
        if len(t.fold) >= size and t.fold[:size] == head:
            return True
    return False


def _alike(said: Token, other: Token, language: str) -> bool:
    """Whether two words are one: a shared beginning, or one thing in the gloss."""
    a, b = said.fold, other.fold
    if a[:_SHARED] == b[:_SHARED] or sorted(a) == sorted(b):
        return True  # one word, inflected or with two letters swapped ("flgas")
    if len(b) >= _SHORTEST + 1 and b in a or len(a) >= _SHORTEST + 1 and a in b:
        return True  # a compound of the other ("Sportvereine" / "Vereine")
    root = stem(language, said.lower)
    if len(root) >= _CONDENSED and b.startswith(root):
        return True  # the first part of a compound ("alte Gebäude" / "Altbauten")
    from .crosslang import _distance, topics  # the gloss: read on this path only

    if _distance(a, b, 1) <= 1:
        return True  # a typo
    glossed = topics(said.surface, language)
    return bool(glossed) and not set(glossed).isdisjoint(topics(other.surface, language))


def _head_kept(tokens: list[Token], j: int, rtokens: list[Token], v: int, anchor: int,
               language: str) -> bool:
    """Whether the message goes on after its filler with the words the record's filler is
    followed by (the next one or two content words, up to a stop word): the message keeps
    the record's head and puts another modifier before it ("high-protein vegan oats" for
    "high-protein overnight oats", "heat pumps for old buildings" for "... for listed
    buildings"). Where the adjective follows its noun, the same adjective after another noun
    is as likely a synonym of the record's noun ("talleres de alfarería artesanal" for "de
    cerámica artesanal"): left alone as well."""
    heads = _following(rtokens, v, -1, language)
    return bool(heads) and not heads.isdisjoint(_following(tokens, j, anchor, language))


def _following(tokens: list[Token], at: int, anchor: int, language: str) -> set[str]:
    """The beginnings of the one or two content words right after word ``at`` (not the
    anchor's)."""
    out = set()
    for k in range(at + 1, min(at + 3, len(tokens))):
        t = tokens[k]
        if k == anchor or t.clause != tokens[at].clause or is_stop(language, t.fold):
            break
        out.add(t.fold[:_SHARED])
    return out


# Letters a one-word paraphrase shares with the word of the phrase it condenses ("remadores"
# / "atletas de remo").
_CONDENSED = 3


def _condensed(said: Token, rtokens: list[Token], v: int) -> bool:
    """Whether the message's filler says in one word the record's filler with the words after
    it ("ombro de remadores" for "ombro de atletas de remo"): it begins like one of them."""
    head = said.fold[:_CONDENSED]
    clause = rtokens[v].clause
    for r in rtokens[v + 1:v + 4]:
        if r.clause == clause and len(r.fold) >= _CONDENSED and r.fold[:_CONDENSED] == head:
            return True
    return False


# --- the end of a move in Chinese, Japanese and Korean ------------------------------------------

# A name written in Latin letters, as tools and products are in these scripts too.
_LATIN_NAME = r"([A-Za-z][A-Za-z0-9_.+-]*(?: [A-Z][A-Za-z0-9_.+-]*)?)"
# "从Airflow迁移到Prefect", "AirflowからPrefectへ", "Airflow에서 Prefect로", and the Latin
# shapes a record may use ("from Airflow to Dagster", "de Jenkins a GitHub").
_MOVES = (
    re.compile(f"(?:从|從){_LATIN_NAME}\\s*(?:迁移|遷移|转移|轉移|切换|切換|换|換|迁|转|轉|搬)?"
               f"(?:到|至){_LATIN_NAME}"),
    re.compile(f"{_LATIN_NAME}\\s*から\\s*{_LATIN_NAME}\\s*(?:へ|に)"),
    re.compile(f"{_LATIN_NAME}\\s*에서\\s*{_LATIN_NAME}\\s*(?:으로|로)"),
    re.compile(f"\\b(?:from|de|desde|von|vom|aus|da|dal|du)\\s+{_LATIN_NAME}\\s+(?:to|a|à|al|au|"
               f"zu|zum|zur|nach|auf|para|pra|alla)\\s+(?:the\\s+|el\\s+|la\\s+|le\\s+|o\\s+|il\\s+)?"
               f"{_LATIN_NAME}"),
)
_MOVE_MARKS = ("到", "至", "から", "에서")
# The sender's own sentence ("我们从A迁移到B", "弊社は…", "저희는…").
_CJK_SELF = ("我们", "我們", "我", "弊社", "当社", "私", "저희", "제가", "저는", "우리")


def _moves(text: str) -> list[tuple[str, str, int, int]]:
    """(from, to, start, end) of each move between two Latin names in ``text``."""
    found = []
    for pattern in _MOVES:
        for m in pattern.finditer(text):
            found.append((m.group(1), m.group(2), m.start(), m.end()))
    return found


def cjk_move_clash(text: str, spans: list[tuple[int, int]],
                   record_text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A Chinese, Japanese or Korean message that moves the reader from the recorded name to
    another one than the record's ("从Airflow迁移到Prefect" for "migrating from Airflow to
    Dagster"): names do not translate, so the record may be in any language. ``spans``:
    where the message's personal words are."""
    if not any(mark in text for mark in _MOVE_MARKS) or not record_text:
        return None
    said = [m for m in _moves(text) if any(a < m[3] and m[2] < b for a, b in spans)]
    if not said:
        return None
    recorded = _moves(record_text)
    folded_record, folded_text = record_text.casefold(), text.casefold()
    for start_name, end_name, start, _ in said:
        if end_name.casefold() in folded_record or _cjk_senders(text, start):
            continue
        for their_start, their_end, _, _ in recorded:
            if their_start.casefold() != start_name.casefold():
                continue
            theirs = their_end.casefold()
            if theirs in folded_text or theirs[:_NAME_SHARED] == end_name.casefold()[
                    :_NAME_SHARED]:
                continue
            if _placed_otherwise(end_name, their_end):
                continue
            return (f"{start_name} → {end_name}",), (f"{their_start} → {their_end}",)
    return None


def _cjk_senders(text: str, at: int) -> bool:
    """Whether the sentence holding offset ``at`` speaks of the sender."""
    start = max(text.rfind(mark, 0, at) for mark in "。！？.!?\n") + 1
    ends = [e for e in (text.find(mark, at) for mark in "。！？.!?\n") if e >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    return any(w in sentence for w in _CJK_SELF)
