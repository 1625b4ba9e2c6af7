"""Another kind of a recorded thing, told by the noun in front of it (R4).

English names a kind of thing with a noun before it: a "tool library" is not a "seed
library", "motor claims" are not "property claims", "borosilicate beads" are not
"soda-lime beads". A message that keeps the recorded head and puts another noun where the
record has one says something of the reader the record contradicts, however right the
rest is ("how is the seed library in Leith?" to the person who runs Leith's tool library).

Only nouns are compared: an adjective in front of the head ("your lovely library", "the
lending library", "a medical library") praises or describes as often as it names another
kind, so a word with an adjective's ending, or one of the describing words below, is never
the message's or the record's modifier. The message's modifier is a word the record does
not hold in any form, the record's one a word the message does not hold; both stand right
before the head, nothing between them but a space or a hyphen (or the record's after "from":
"marionettes from limewood" / "your balsa marionettes"), and the message's after
"the", "your", "on"... (after anything else it may be a verb: "to support library work").
A clause about the sender's own things ("we make sensors for almond groves") is left alone.

Spanish, Portuguese, Italian and French say the kind after the noun, as an adjective of
kind ("maquinaria textil" / "maquinaria agrícola") or after a link ("sementes de milho" /
"sementes de feijão", "lampadari in vetro" / "lampadari in cristallo"); a recorded kind
said more closely by a chain ("ombro de atletas de remo") may be put in one word
("remadores"), so it is not compared.
"""

from __future__ import annotations

from .facts import _senders
from .record import _we_verb
from .text import Token, is_stop, stem, tokenize

# Endings of English adjectives and participles: such a word describes more often than it
# names a kind ("innovative", "wonderful", "famous", "lending", "medical", "sustainable").
_DESCRIBING_ENDINGS = ("ive", "ful", "ous", "ing", "al", "ic", "able", "ible", "less", "ly")

# Describing words without such an ending: size, age, quality, place, time, how many.
_DESCRIBING = frozenset("""new old big small little large huge tiny great good nice cool
    fine best top main own whole full real true smart neat solid sharp bold brave rich
    fresh young late early next last past first second third recent current latest local
    global public private joint open free busy quiet city town village home campus school
    office neighbourhood neighborhood community regional national international world
    family weekly monthly daily annual yearly summer winter spring autumn fall weekend
    evening morning night side pilot flagship favourite favorite pet dream labour labor
    volunteer beloved important relevant excellent efficient different brilliant elegant
    independent urgent primary secondary temporary necessary ordinary voluntary
    contemporary mandatory regulatory advisory remote online offline mobile virtual
    hybrid rural urban senior junior short long deep high low wide light heavy dark clean
    green live raw manual safe fast slow quick simple complex modern classic certain
    major minor key core extra other same such every each many few more most""".split())

# What comes before a noun phrase: "your seed library", "on property claims". A word after
# anything else may be a verb ("happy to support library outreach").
_BEFORE_A_NOUN = frozenset("""the a an your my our their his her its this that these those
    on in at about for from of with into""".split())


def noun_modifier_clash(text: str, tokens: list[Token], content: list[int], matches: dict,
                        proper: list[bool], generic, message_keys: set[str], record,
                        language: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The message's "A B" where the record writes "C B" (see the module), else None."""
    if language in _ROMANCE and record.language in _ROMANCE | {""}:
        # (short notes are often read as a neighbouring language: "Testamos os hidrômetros")
        return _after_the_head(text, tokens, content, matches, proper, generic, record,
                               language)
    if language != "english" or record.language not in (language, ""):
        return None
    recorded: list[Token] | None = None
    said_words: set[str] | None = None
    for n in range(1, len(content)):
        a, b = content[n - 1], content[n]
        if b != a + 1 or b not in matches or a in matches or proper[a] or proper[b] \
                or generic(b) or generic(a) or not _noun_like(tokens[a]) \
                or not _adjacent(text, tokens[a], tokens[b]) \
                or tokens[a].clause != tokens[b].clause:
            continue
        first = a  # the start of a hyphenated modifier ("soda-lime beads")
        while first > 0 and text[tokens[first - 1].end:tokens[first].start] == "-":
            first -= 1
        if first == 0 or tokens[first - 1].fold not in _BEFORE_A_NOUN \
                or not _adjacent(text, tokens[first - 1], tokens[first]):
            continue
        if recorded is None:
            recorded = tokenize(record.written)
            said_words = {t.fold for t in tokens} | {stem(language, t.lower) for t in tokens}
        if any(_in_record(tokens[k], recorded, language) for k in range(first, a + 1)) \
                or _own(tokens, b, language):
            continue
        heads = matches[b]
        for m, r_head in enumerate(recorded):
            if not _same_word(r_head, heads, language):
                continue
            for r_mod, start, end in _recorded_kinds(record.written, recorded, m):
                if not _noun_like(r_mod) or is_stop(language, r_mod.fold) \
                        or r_mod.fold in said_words or stem(language, r_mod.lower) in said_words \
                        or r_mod.key in message_keys or _capitalized(record.written, r_mod):
                    continue
                said = text[tokens[first].start:tokens[b].end]
                return (said,), (record.written[start:end],)
    return None


def _recorded_kinds(written: str, recorded: list[Token], m: int) -> list[tuple[Token, int, int]]:
    """The words that say which kind the recorded noun at ``m`` is, with the span to quote:
    the noun before it ("tool library") or its material after "from" ("marionettes from
    limewood")."""
    head = recorded[m]
    kinds = []
    if m + 2 < len(recorded) and recorded[m + 1].fold == "from" \
            and _adjacent(written, head, recorded[m + 1]) \
            and _adjacent(written, recorded[m + 1], recorded[m + 2]):
        kinds.append((recorded[m + 2], head.start, recorded[m + 2].end))
    if m > 0 and _adjacent(written, recorded[m - 1], head):
        before = recorded[m - 1]
        # A sentence's first word in "-s" is its verb ("Carves marionettes ..."), not a kind.
        if not (before.surface[:1].isupper() and before.fold.endswith("s")):
            kinds.append((before, before.start, head.end))
    return kinds


def _own(tokens: list[Token], i: int, language: str) -> bool:
    """Whether word ``i`` is in a clause about the sender's own things ("we make humidity
    sensors for almond groves", "Fabricamos sensores ..."), not the reader's."""
    clause = tokens[i].clause
    return _senders(tokens, clause, i, language) \
        or any(t.clause == clause and _we_verb(t) for t in tokens)


def _noun_like(token: Token) -> bool:
    """A lower-case word of letters that is neither describing nor too short to tell (a
    participle in "-ed" describes: "talented", "dedicated"; "seed" and "shed" do not)."""
    folded = token.fold
    return len(folded) >= 3 and folded.isalpha() and folded.isascii() \
        and folded not in _DESCRIBING and not folded.endswith(_DESCRIBING_ENDINGS) \
        and not (len(folded) > 5 and folded.endswith("ed") and not folded.endswith("eed"))


def _capitalized(text: str, token: Token) -> bool:
    """A name's capital, not a sentence's ("Canine hydrotherapy; ...")."""
    before = text[:token.start].rstrip()
    return token.surface[:1].isupper() and bool(before) and before[-1] not in ".;:!?()-\u2013"


def _adjacent(text: str, first: Token, second: Token) -> bool:
    """Nothing but one space or hyphen between two words."""
    return text[first.end:second.start] in (" ", "-")


def _same_word(token: Token, keys, language: str) -> bool:
    return token.key in keys or stem(language, token.lower) in keys


def _in_record(token: Token, recorded: list[Token], language: str) -> bool:
    folded, stemmed = token.fold, stem(language, token.lower)
    for t in recorded:  # (a loop: Cython miscompiles or-chains in generators)
        if t.fold == folded or stem(language, t.lower) == stemmed:
            return True
    return False


# --- Spanish, Portuguese, Italian and French: the kind comes after its noun --------------
# "maquinaria textil" / "maquinaria agrícola", "sementes de milho" / "sementes de feijão",
# "lampadari in vetro" / "lampadari in cristallo".

_ROMANCE = frozenset(("spanish", "portuguese", "italian", "french"))
# What joins a noun to the noun that says its kind or material.
_LINKS = frozenset("de di da do du des del della delle dei degli dos das en em in por per par"
                   .split())
# Praise, size, age, time and place words that follow a noun without naming another kind.
_AFTER_DESCRIBING = frozenset("""increíble increible fantástico fantástica genial
    interesante excelente importante enorme grande gran bueno buena nuevo nueva nuevos nuevas
    último última reciente impresionante precioso preciosa bonito bonita espectacular
    incroyable magnifique intéressant intéressante excellent excellente beau belle nouveau
    nouvelle nouveaux nouvelles dernier dernière récent récente superbe formidable génial
    incredibile fantastico fantastica bellissimo bellissima interessante eccellente ottimo
    ottima nuovo nuova nuovi nuove ultimo ultima recente splendido splendida
    incrível ótimo ótima novo nova novos novas última lindo linda maravilhoso maravilhosa
    local locale regional national nacional nazionale internacional international
    internazionale anual annuel annuale mensual mensuel mensile semanal hebdomadaire
    ayer hoy hier aujourd ieri oggi ontem hoje passado pasado passé scorso próximo
    prochain prossimo todo toda todos todas tout toute tous toutes tutto tutta tutti tutte
    vocês usted ustedes vous voi vostro vostra""".split())
# Participles and adverbs describe ("el proyecto presentado", "o trabalho realizado").
_AFTER_ENDINGS = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato", "ata",
                  "ati", "ate", "ito", "ita", "iti", "ite", "mente", "ment", "issimo",
                  "issima", "ísimo", "ísima")


# The endings of the adjectives that say a kind ("textil", "agrícola", "eletromagnéticos",
# "solar", "ferroviario"): a word right after a noun without them is as often a verb
# ("os miúdos do xadrez trouxeram") or a participle ("l'outil montré au salon").
_KIND_ENDINGS = ("ico", "ica", "icos", "icas", "ici", "iche", "ique", "iques", "cola", "colas",
                 "cole", "coli", "al", "ales", "ale", "ali", "ar", "ares", "ari", "il", "iles",
                 "ile", "ili", "ario", "aria", "arios", "arias", "ário", "ária", "aire",
                 "aires")


def _kind_after(text: str, tokens: list[Token], head: int) -> int | None:
    """The word saying the kind of the noun at ``head``: an adjective of kind right after
    it, or a word after a link ("de", "in"), nothing but one space between."""
    k = head + 1
    linked = k < len(tokens) and tokens[k].fold in _LINKS \
        and _adjacent(text, tokens[head], tokens[k])
    if linked:
        k += 1
        if k < len(tokens) and tokens[k].fold in ("la", "le", "el", "o", "a", "il", "lo"):
            return None  # "de la ciudad": a thing's place or owner, not its kind
    if k >= len(tokens) or not _adjacent(text, tokens[k - 1], tokens[k]) \
            or tokens[k].clause != tokens[head].clause \
            or not (linked or tokens[k].fold.endswith(_KIND_ENDINGS)):
        return None
    return k


def _chained(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is said more closely by a link and a word after it
    ("atletas de remo"): a message may put the chain in one word ("remadores")."""
    return k + 2 < len(tokens) and tokens[k + 1].fold in _CHAIN_LINKS \
        and _adjacent(text, tokens[k], tokens[k + 1]) and tokens[k + 1].clause == tokens[k].clause \
        and not tokens[k + 2].surface[:1].isupper() \
        and tokens[k + 2].fold.isalpha()  # not "agrícola de Italia" (its origin), "en 300 ha"


# The links of a chain that says a kind more closely ("atletas de remo"); not where or how
# much ("goteo en 300 hectáreas").
_CHAIN_LINKS = _LINKS - {"en", "em", "in", "por", "per", "par"}


def _describing_after(token: Token, language: str) -> bool:
    folded = token.fold
    return len(folded) < 3 or not folded.isalpha() or folded in _AFTER_DESCRIBING \
        or folded.endswith(_AFTER_ENDINGS) or is_stop(language, folded) \
        or token.surface[:1].isupper()


def _after_the_head(text: str, tokens: list[Token], content: list[int], matches: dict,
                    proper: list[bool], generic, record, language: str):
    recorded: list[Token] | None = None
    said: set[str] = set()
    for b in content:
        if b not in matches or proper[b] or generic(b):
            continue
        a = _kind_after(text, tokens, b)
        if a is None or a in matches or proper[a] or generic(a) \
                or _describing_after(tokens[a], language):
            continue
        if recorded is None:
            recorded = tokenize(record.written)
            said = {t.fold for t in tokens} | {stem(language, t.lower) for t in tokens}
        if _in_record(tokens[a], recorded, language) or _own(tokens, b, language):
            continue
        heads = matches[b]
        for m, r_head in enumerate(recorded):
            if not _same_word(r_head, heads, language):
                continue
            c = _kind_after(record.written, recorded, m)
            if c is None:
                continue
            r_kind = recorded[c]
            if _describing_after(r_kind, language) or r_kind.fold in said \
                    or stem(language, r_kind.lower) in said \
                    or _chained(record.written, recorded, c):
                continue
            return ((text[tokens[b].start:tokens[a].end],),
                    (record.written[r_head.start:r_kind.end],))
    return None
