"""Tokens, clauses, language and stems: the shape every other check reads text in.

:func:`tokenize` cuts a prepared text into sentences and each sentence into words with
linear-time regexes (no nested quantifiers, so no backtracking blow-up on hostile input),
and returns :class:`Token` objects that remember where they came from (offsets for quoting
evidence), which clause and sentence they sit in, and what kind of word they are (acronym,
number, capitalized); :func:`proper_flags` says which look like part of a name.

Scripts written without spaces (Chinese, Japanese, Korean) are cut into character bigrams,
see :mod:`.cjk`; a Latin word inside them ("我在Shoptalk上...") stays a word of its own.

Language is guessed per text from its stop words (or, for CJK text, its script) and only used
to pick the Snowball stemmer and stop-word list; details still match across languages because
folded forms and a cautious shared-prefix rule (:meth:`.record.RecordIndex.lookup`) are
compared as well as stems.

Everything word-level is memoized in plain dicts (a campaign reuses a few thousand distinct
words, so stemming costs once per word, not once per draft), and so is each sentence's
layout (a template's sentences recur in every draft of a batch).
"""

from __future__ import annotations

import re

import snowballstemmer

from . import cjk
from .cjk import CJK_CLASS, CJK_LANGUAGES, GENERIC_BIGRAMS, cjk_stop
from .lexicon import (ABBREVIATIONS, GENERIC_WORDS, LANGUAGES, NAME_CONNECTORS, NUMBER_WORDS,
                      STOP_WORDS)
from .normalize import fold, remembered

_EMAILS_URLS = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
)
_WORD = re.compile(f"[^\\W_{CJK_CLASS}]+|([{CJK_CLASS}]+)")
_SENTENCE_ENDS = ".!?\n\u2026\u3002\uff01\uff1f"
# Emoji end a clause too: "no Nacional em Viana 🚣 Estamos a montar..." is two thoughts.
_CLAUSE_MARKS = (",;:()\"\u3001\uff0c\uff1b\uff1a\uff08\uff09\u300c-\u300f\u3010\u3011\u3008-\u300b"
                 "\u2600-\u27bf\U0001f300-\U0001faff")
# Group 1 is a word, group 2 a run of CJK letters, group 3 ends a sentence (and a clause),
# group 4 only a clause (but see inner_point).
_TOKENS = re.compile(
    f"([#@]?[^\\W_{CJK_CLASS}]+)|([{CJK_CLASS}]+)|([{_SENTENCE_ENDS}]+)|([{_CLAUSE_MARKS}]| - )"
)
# A title's point ("Dr. Helen Marsh", "Prof. Abe", "Sra. Gil") ends no sentence (nor does a
# short form's, see inner_point): the name after it is no sentence's first word, and what
# it does is in the title's clause.
_TITLES = frozenset(("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Sr", "Sra", "Srta", "Mme",
                     "Mlle", "Dott", "Hr", "Fr", "Ing"))


def inner_point(text: str, at: int) -> bool:
    """Whether the point or comma at ``at`` ends nothing: one between digits ("Industrie
    4.0", "1,2 M€", "3,000"), or a title's point before a space. Checked in Python where a
    point or comma is, not in the regexes every position goes through."""
    after = text[at + 1:at + 2]
    if after.isdigit() or after in ("ª", "º"):
        return at > 0 and text[at - 1].isdigit()  # "4.0", "5.ª edición"
    if after != " " or text[at] != ".":
        return False
    start = at
    while start > 0 and text[start - 1].isalpha() and at - start < 6:
        start -= 1
    if start == at and at > 0 and text[at - 1].isdigit():
        return _german_ordinal(text, at)
    if start > 0 and text[start - 1].isalnum():
        return False
    word = text[start:at]
    # A title ("Dr. Helen Marsh"), a short form ("Univ. of Tartu", "ep. 12", "approx. 40"),
    # or a label before its number ("No. 7", "vol. 3").
    return word in _TITLES or word.lower() in ABBREVIATIONS or (
        word.lower() in NUMBER_LABELS and text[at + 2:at + 3].isdigit())


NUMBER_LABELS = frozenset(("no", "nr", "vol", "ch", "pt", "p", "pp", "art", "núm", "n"))
# German writes an ordinal as its number and a point ("beim 12. Imkertag", "am 3. Mai"):
# after an article or a preposition the number is no sentence's end.
_BEFORE_GERMAN_ORDINAL = frozenset("""beim am im zum zur vom der die das den dem des seit bis
    ab zur ihrem ihrer unserem unserer""".split())


def _german_ordinal(text: str, at: int) -> bool:
    digits = at
    while digits > 0 and text[digits - 1].isdigit() and at - digits < 3:
        digits -= 1
    if digits == 0 or text[digits - 1] != " " or text[digits - 2:digits - 1].isdigit():
        return False
    before = text[max(0, digits - 9):digits - 1].rsplit(" ", 1)[-1].lower()
    return before in _BEFORE_GERMAN_ORDINAL


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th|e|er|eme|ème|º|ª|o|a|te|ten)?")
# English clitics after an apostrophe ("I'd", "let's") and elided articles before one
# ("l'abonnement", "dell'anno"): neither carries meaning of its own.
_CLITICS = frozenset({"s", "d", "m", "re", "ll", "ve", "t"})
_ELISIONS = frozenset(
    {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
     "dell", "all", "nell", "sull", "dall", "un"}
)


class Token:
    """One word of a text. ``key`` is what matching compares (digits for numbers)."""

    __slots__ = ("surface", "lower", "fold", "key", "number", "upper", "capital", "start",
                 "end", "clause", "sentence", "initial", "hashtag", "loose")

    def __init__(self, word: "str | _WordInfo", start: int, end: int, clause: int = 0,
                 sentence: int = 0, initial: bool = False, hashtag: bool = False) -> None:
        (self.surface, self.lower, self.fold, self.key, self.number, self.upper,
         self.capital) = _word_info(word) if word.__class__ is str else word
        self.start = start
        self.end = end
        self.clause = clause
        self.sentence = sentence
        self.initial = initial
        self.hashtag = hashtag
        # A CJK pair that is generic only inside a longer word it does not stand in here
        # ("ワー" of "ネットワーク" in "ワールド"): see cjk.loose_pieces.
        self.loose = False

    def __repr__(self) -> str:
        return f"Token({self.surface!r}@{self.start})"


_WordInfo = tuple[str, str, str, str, bool, bool, bool]
_WORDS: dict[str, _WordInfo] = {}
# The memo tables are bounded (emptied when full): a long ``policy check`` streams batch after
# batch of new names and sentences, and its memory must not grow with the file. A campaign's
# recurring words and template sentences are back in them at once.
_WORD_LIMIT = 50_000
_LAYOUT_LIMIT = 4_096
_SEEN_LIMIT = 50_000
_SEEN: set[int] = set()  # hashes of the sentences seen once (see tokenize)


def _word_info(surface: str) -> _WordInfo:
    """What a word is, independent of where it stands (memoized: words repeat a lot)."""
    info = _WORDS.get(surface)
    if info is None:
        if len(_WORDS) > _WORD_LIMIT:
            _WORDS.clear()
        folded = fold(surface)
        # Ordinals start with a digit; a word of letters only has as many letters as it is long.
        number = _ORDINAL.fullmatch(folded) if folded[:1].isdigit() else None
        letters = len(surface) if surface.isalpha() else sum(1 for c in surface if c.isalpha())
        # Acronyms ("ASCO") and codes ("G12C"); a lone capital "I" or "A" is neither.
        upper = (letters >= 2 and surface.isupper()) or (
            0 < letters < len(surface) and number is None
        )
        # (a spelled-out number is read as zero-padded digits: see spelled)
        key = number.group(1).lstrip("0") or "0" if number else NUMBER_WORDS.get(folded, folded)
        if not upper and folded in ABBREVIATIONS:
            key = ABBREVIATIONS[folded]  # "Univ." is "university" to match
        info = _WORDS[surface] = (surface, surface.lower(), folded, key, number is not None,
                                  upper, surface[:1].isupper())
    return info


def _fold(word: str) -> str:
    return _word_info(word)[2]


def blank_emails_and_urls(text: str) -> str:
    """``text`` with addresses and links replaced by spaces of the same length."""
    if "@" not in text and "://" not in text and "www." not in text:
        return text
    return _EMAILS_URLS.sub(lambda m: " " * len(m.group()), text)


def tokenize(text: str, counts: "Counts | None" = None,
             fresh: "dict[str, _Layout] | None" = None) -> list[Token]:
    """Words of a prepared text (links and e-mail addresses are not words).

    The text is cut after each sentence end and each sentence's layout is memoized: the
    template's sentences recur in every draft of a batch. ``counts``, when given, gathers
    what :func:`decide_language` needs (see :func:`language_counts`) on the way. ``fresh``,
    when given, holds the layouts of sentences the memo does not keep, and is looked in
    first: a draft that quotes its reader's notes passes its own to the reader's record.
    """
    text = blank_emails_and_urls(text)
    tokens: list[Token] = []
    append = tokens.append
    new = object.__new__
    clause = sentence = cut = 0
    for m in _SENTENCES.finditer(text):
        stop = m.end()
        if stop == m.start() or text[stop - 1] == "." and inner_point(text, stop - 1):
            continue  # empty, or "4." of "4.0", "Dr." of "Dr. Amos": the sentence goes on
        chunk = text[cut:stop]
        base, cut = cut, stop
        layout = _LAYOUTS.get(chunk)
        if layout is None:
            layout = fresh.get(chunk) if fresh is not None else None
            if layout is None:
                layout = _layout(chunk)
                if fresh is not None:
                    fresh[chunk] = layout
            # Kept from its second sighting on: most sentences of a batch are written for
            # one reader and never come back, and every kept layout is more for the
            # collector to walk; a template's or a record's sentences soon come back.
            seen = hash(chunk)
            if seen in _SEEN:
                if len(_LAYOUTS) > _LAYOUT_LIMIT:
                    _LAYOUTS.clear()
                _LAYOUTS[chunk] = layout
            else:
                if len(_SEEN) > _SEEN_LIMIT:
                    _SEEN.clear()
                _SEEN.add(seen)
        words, clauses, stops, masks, scripts = layout
        if counts is not None:
            if masks:
                total = counts[0]
                for mask, count in masks:
                    total[mask] = total.get(mask, 0) + count
            if scripts:
                more = counts[1]
                assert more is not None
                for kind, count in scripts:
                    more[kind] = more.get(kind, 0) + count
        # Six values a word, flat (see _layout).
        flat = iter(words)
        for info, start, end, local, initial, hashtag in zip(flat, flat, flat, flat, flat, flat):
            # hashtag is True, False or None: None marks a loose CJK piece (no CJK pair is
            # a hashtag), so a word keeps six values.
            # Token(...) without the call: a draft's tokens are made by the thousand.
            t = new(Token)
            (t.surface, t.lower, t.fold, t.key, t.number, t.upper, t.capital) = info
            t.start = base + start
            t.end = base + end
            t.clause = clause + local
            t.sentence = sentence
            t.initial = initial
            if hashtag is None:
                t.hashtag, t.loose = False, True
            else:
                t.hashtag, t.loose = hashtag, False
            append(t)
        clause += clauses
        sentence += stops
    return tokens


# The words are one flat tuple, six values a word (info, start, end, clause, initial,
# hashtag): layouts are memoized, and one tuple per sentence instead of one per word is far
# less for the collector to walk.
_Layout = tuple[tuple["_WordInfo | int | bool", ...], int, int,
                tuple[tuple[int, int], ...], tuple[tuple[str, int], ...]]
_LAYOUTS: dict[str, _Layout] = {}
_SENTENCES = re.compile(f"[^{_SENTENCE_ENDS}]*[{_SENTENCE_ENDS}]*")


def _layout(text: str) -> _Layout:
    """Words of one sentence with their offsets and clauses, and the clauses and sentence
    ends it holds; one pass (it runs for every new sentence of every draft and record).

    The sentence is cut with ``split`` (no match object per word): the pieces are the text
    before the first token, then for each token its four groups (one of them set) and the
    text up to the next token, so offsets are running sums of lengths."""
    words: list = []
    add = words.extend
    apostrophes = "'" in text
    clause = stops = 0
    initial = True
    masks: dict[int, int] = {}
    scripts: dict[str, int] = {}
    known = _WORDS.get
    stop_mask = _STOP_MASKS.get
    pieces = _TOKENS.split(text)
    at = len(pieces[0])
    rest = iter(pieces)
    next(rest)
    for word, run, ends, mark, between in zip(rest, rest, rest, rest, rest):
        if word is not None:
            start = at
            at = end = at + len(word)
            hashtag = word[0] in "#@"
            if hashtag:
                word = word[1:]
                start += 1
            at += len(between)
            info = known(word) or _word_info(word)
            if apostrophes and (text[start - 1:start] == "'" or text[end:end + 1] == "'") \
                    and _clitic(text, start, end, info[1]):
                continue
            add((info, start, end, clause, initial, hashtag))
            initial = False
            folded = info[2]
            if folded >= _CJK_FIRST:
                _count(folded, masks, scripts)
            elif (mask := stop_mask(folded)):  # _count without the call (most words)
                masks[mask] = masks.get(mask, 0) + 1
            continue
        if run is not None:
            base = at
            at += len(run) + len(between)
            found: list[_WordInfo] = []
            loose = cjk.loose_pieces(run) if _has_piece(run) else ()
            straddle = cjk.ending_straddle(run)
            for gram, offset in cjk.bigrams(run):
                if offset == straddle or gram == "드립" and run[offset + 2:offset + 3] == "니":
                    continue  # a Korean stem joined to its endings, or "드립니다": no word
                info = known(gram) or _word_info(gram)
                add((info, base + offset, base + offset + len(gram), clause, initial,
                     None if offset in loose else False))
                found.append(info)
                initial = False
            initial = False
            for info in found:
                _count(info[2], masks, scripts)
            continue
        if (ends == "." or mark == ",") and inner_point(text, at):
            at += 1 + len(between)  # a number's or a title's: ends nothing
            continue
        clause += 1
        if ends is not None:
            stops += 1
            at += len(ends)
        else:
            at += len(mark)
        at += len(between)
        initial = True
    return tuple(words), clause, stops, tuple(masks.items()), tuple(scripts.items())


_PIECE_LETTERS = frozenset("".join(cjk.PIECES))


def _has_piece(run: str) -> bool:
    """Whether a CJK run may hold a piece of a long generic word (most hold none)."""
    return not _PIECE_LETTERS.isdisjoint(run)


def _count(folded: str, masks: dict[int, int], scripts: dict[str, int]) -> None:
    """Count a word for :func:`decide_language`: its CJK script, else its stop-word mask."""
    if folded >= _CJK_FIRST:
        kind = cjk.script(folded[0])
        if kind is not None:
            scripts[kind] = scripts.get(kind, 0) + 1
            return
    mask = _STOP_MASKS.get(folded)
    if mask:
        masks[mask] = masks.get(mask, 0) + 1


def _clitic(text: str, start: int, end: int, lower: str) -> bool:
    return (start > 0 and text[start - 1] == "'" and lower in _CLITICS) or (
        end < len(text) - 1 and text[end] == "'" and text[end + 1].isalpha()
        and lower in _ELISIONS
    )


def words(text: str) -> list[tuple[str, str, str]]:
    """``(key, lower, fold)`` of each word: :func:`tokenize` without positions, for fields."""
    out = []
    apostrophes = "'" in text
    for m in _WORD.finditer(text):
        raw = m.group()
        if m.group(1):
            for gram, _ in cjk.bigrams(raw):
                folded = _word_info(gram)[2]
                out.append((folded, gram.lower(), folded))
            continue
        info = _WORDS.get(raw) or _word_info(raw)
        if not (apostrophes and _clitic(text, m.start(), m.end(), info[1])):
            out.append((info[3], info[1], info[2]))
    return out


def is_title_case(tokens: list[Token]) -> bool:
    """A headline-style line ("Great Seeing You At Expo Real") where capitals mean nothing.

    Told by its capitalized little words: prose capitalizes "At" or "You" only at the start
    of a sentence, Title Case everywhere.
    """
    little = _ENGLISH_STOPS
    seen = 0
    for t in tokens:
        if t.capital and not t.initial and t.fold in little and len(t.fold) > 1:
            seen += 1
            if seen == 2:
                return True
    return False


def proper_flags(tokens: list[Token], language: str) -> list[bool]:
    """Which tokens look like part of a name: acronyms, hashtags, capitals mid-sentence.

    German capitalizes every noun, and Title Case lines capitalize every word, so there only
    acronyms, codes and hashtags count. In Chinese, Japanese and Korean text a capitalized
    Latin word is a name wherever it stands ("Kakao 챗봇 팀"): those scripts have no capitals
    of their own and borrow Latin letters for names.
    """
    if language in CJK_LANGUAGES:
        return [t.upper or t.hashtag or t.capital for t in tokens]
    use_capitals = language != "german" and not is_title_case(tokens)
    flags = []
    for i, t in enumerate(tokens):
        proper = t.upper or t.hashtag
        if not proper and use_capitals and t.capital:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            proper = not t.initial or (
                nxt is not None and nxt.clause == t.clause and nxt.capital and not nxt.number
            )
        flags.append(proper)
    return flags


def name_runs(tokens: list[Token], names: list[bool]) -> list[list[int]]:
    """Indices of each run of name-like tokens in one clause ("Journal of Nursing
    Education": connectors may sit inside a run, never at its ends)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, t in enumerate(tokens):
        if names[i] and current and tokens[current[-1]].clause == t.clause:
            current.append(i)
        elif names[i]:
            current = [i]
            runs.append(current)
        elif current and t.fold in NAME_CONNECTORS and i + 1 < len(tokens) and names[i + 1] \
                and tokens[i + 1].clause == t.clause:
            current.append(i)
        else:
            current = []
    return runs


def initials(tokens: list[Token]) -> str | None:
    """The acronym a name of three words or more is known by ("Mobile World Congress" ->
    "mwc"); two letters would collide too often ("Hulfen Live" and "Hulcor Live")."""
    words = [t for t in tokens if t.fold not in NAME_CONNECTORS]
    if len(words) < 3 or any(t.upper for t in words):
        return None
    return "".join(t.fold[0] for t in words)


# --- language -----------------------------------------------------------------------------

# Greetings and sign-offs tell a language too, where a short message has no stop word
# ("Hallo Ada, spannende Zusammenarbeit!" is German): counted, never stop words. English,
# the default, needs none.
_LANGUAGE_CUES = {
    "spanish": "hola estimado estimada querido querida saludos abrazo",
    "german": "hallo liebe lieber geehrte geehrter grüße viele",
    "french": "bonjour salut cordialement amitiés",
    "italian": "ciao buongiorno gentile saluti cordiali",
    "portuguese": "olá oi prezado prezada abraço abraços",
}
_STOP_MASKS: dict[str, int] = {}
for _bit, _lang in enumerate(LANGUAGES):
    for _word in STOP_WORDS[_lang] | frozenset(fold(w) for w in
                                               _LANGUAGE_CUES.get(_lang, "").split()):
        _STOP_MASKS[_word] = _STOP_MASKS.get(_word, 0) | (1 << _bit)


Counts = tuple[dict[int, int], dict[str, int] | None]


def language_counts(tokens: list[Token]) -> Counts:
    """What :func:`detect_language` decides on: stop words per language mask, CJK letters
    per script (``None`` when there are none)."""
    masks: dict[int, int] = {}
    get = _STOP_MASKS.get
    scripts: dict[str, int] | None = None
    for t in tokens:
        folded = t.fold
        if folded >= _CJK_FIRST:
            kind = cjk.script(folded[0])
            if kind is not None:
                if scripts is None:
                    scripts = {}
                scripts[kind] = scripts.get(kind, 0) + 1
                continue
        mask = get(folded)
        if mask:
            masks[mask] = masks.get(mask, 0) + 1
    return masks, scripts


def detect_language(tokens: list[Token], extra: list[Counts] | None = None) -> str:
    """The supported language whose stop words the text uses most (English on a tie); a text
    mostly written in CJK letters is Chinese, Japanese or Korean by its script. ``extra``:
    the counts of text that is part of the message but was not tokenized (template
    sentences, see :func:`.template.blank_chunks`)."""
    masks, scripts = language_counts(tokens)
    return decide_language(masks, scripts, extra)


def add_counts(masks: dict[int, int], scripts: dict[str, int] | None,
               extra: list[Counts]) -> dict[str, int] | None:
    """Add ``extra`` counts to ``masks`` (in place) and to ``scripts`` (copied when
    changed); returns the scripts."""
    for more_masks, more_scripts in extra:
        for mask, count in more_masks.items():
            masks[mask] = masks.get(mask, 0) + count
        if more_scripts:
            scripts = dict(scripts or {})
            for kind, count in more_scripts.items():
                scripts[kind] = scripts.get(kind, 0) + count
    return scripts


def decide_language(masks: dict[int, int], scripts: dict[str, int] | None,
                    extra: list[Counts] | None = None) -> str:
    """:func:`detect_language` from counts already gathered (``masks`` is updated)."""
    if extra:
        scripts = add_counts(masks, scripts, extra)
    if scripts is not None and 2 * sum(scripts.values()) >= sum(masks.values()):
        return cjk.detect(scripts)
    if not masks:
        return "english"
    # Drafts of a step share their stop words (the template's and a few of their own), so
    # the same counts come back again and again.
    return remembered(_DECIDED, 4_096, frozenset(masks.items()), lambda: _most_stops(masks))


_DECIDED: dict[frozenset[tuple[int, int]], str] = {}


def as_likely(masks: dict[int, int], language: str, than: str) -> bool:
    """Whether stop words make ``language`` as likely as ``than`` (the one decided): short
    notes often have only words two languages share ("Ha parlato a Macfrut")."""
    if language not in LANGUAGES or than not in LANGUAGES:
        return False
    a, b = 1 << LANGUAGES.index(language), 1 << LANGUAGES.index(than)
    return sum(c for m, c in masks.items() if m & a) >= sum(c for m, c in masks.items() if m & b)


def _most_stops(masks: dict[int, int]) -> str:
    counts = [0] * len(LANGUAGES)
    for mask, count in masks.items():
        for bit in range(len(LANGUAGES)):
            if mask >> bit & 1:
                counts[bit] += count
    best = max(range(len(LANGUAGES)), key=lambda b: (counts[b], -b))
    return LANGUAGES[best]


# --- words --------------------------------------------------------------------------------

_CJK_FIRST = cjk.FIRST
ALL_LANGUAGES = LANGUAGES + CJK_LANGUAGES
_STEMMERS = {lang: snowballstemmer.stemmer(lang) for lang in LANGUAGES}
_STEMS: dict[str, dict[str, str]] = {lang: {} for lang in ALL_LANGUAGES}


def stem_table(language: str) -> dict[str, str]:
    """The memo of :func:`stem` for ``language`` (lower-case word -> stem), to look words up
    without a call in the hottest loops; a miss still goes through :func:`stem`."""
    return _STEMS[language]


def stem(language: str, lower: str) -> str:
    """Folded Snowball stem of a lower-case word (stemmed before folding: French needs é)."""
    stems = _STEMS[language]
    found = stems.get(lower)
    if found is None:
        if len(stems) > _WORD_LIMIT:
            stems.clear()
        word = _fold(lower)
        if word in ABBREVIATIONS:  # "mgmt" is stemmed as "management" (title words too)
            lower = word = ABBREVIATIONS[word]
        found = word if len(word) <= 3 or not word.isalpha() or (
            word >= _CJK_FIRST and cjk.is_cjk(word[0])) or language not in _STEMMERS \
            else _fold(_STEMMERS[language].stemWord(lower))
        stems[lower] = found
    return found


def word_keys(text: str, languages) -> set[str]:
    """The keys of every word of ``text`` and their stems in each of ``languages``: what a
    record's matched keys are looked for in."""
    out = set()
    for t in tokenize(text):
        out.add(t.key)
        for language in languages:
            out.add(stem(language, t.lower))
    return out


def _generic_stems(language: str) -> frozenset[str]:
    """The stems of the generic words of ``language`` and English, made when a text of that
    language first needs them: stemming every language's list costs a fifth of the policy's
    import, and most runs read one or two languages."""
    found = _GENERIC_STEMS.get(language)
    if found is None:
        english = {stem("english", w) for w in GENERIC_WORDS["english"]} | GENERIC_BIGRAMS
        found = _GENERIC_STEMS[language] = frozenset(
            english | {stem(language, w) for w in GENERIC_WORDS.get(language, ())})
    return found


# A text's own language and English (which every business language borrows from); not the
# union of all, or the Spanish "día" would make the acronym "DIA" generic. CJK bigrams cannot
# be mistaken for a word of another script, so they are generic in every language.
_GENERIC_FOLDS = {lang: GENERIC_WORDS.get(lang, frozenset()) | GENERIC_WORDS["english"]
                  | GENERIC_BIGRAMS for lang in ALL_LANGUAGES}
_GENERIC_STEMS: dict[str, frozenset[str]] = {}  # one entry per language (see _generic_stems)
_ENGLISH_GENERIC = GENERIC_WORDS["english"]
_STOP_SETS = {lang: STOP_WORDS.get(lang, frozenset()) for lang in ALL_LANGUAGES}
_ENGLISH_STOPS = STOP_WORDS["english"]
# One set per language: its stop words and English's (one look-up, not two, per word).
_STOPS_AND_ENGLISH = {lang: stops | _ENGLISH_STOPS for lang, stops in _STOP_SETS.items()}


def stop_set(language: str) -> frozenset[str]:
    """The words :func:`is_stop` holds for ``language`` outside CJK text (those below
    :data:`.cjk.FIRST`), to test them without a call in the hottest loops."""
    return _STOPS_AND_ENGLISH[language]


def is_stop(language: str, fold_: str) -> bool:
    """A stop word of the text's language, or of English (mixed-language messages); for CJK
    bigrams, see :func:`.cjk.cjk_stop`."""
    if fold_ >= _CJK_FIRST and cjk.is_cjk(fold_[0]):
        return cjk_stop(language, fold_)
    return fold_ in _STOPS_AND_ENGLISH[language]


def is_generic(language: str, token: Token, proper: bool = False) -> bool:
    """A content word every outreach message uses, so it identifies no one.

    Name-like tokens are only compared by form (and a plural "s"): see :func:`match_key`.
    """
    folded = token.fold
    if token.loose:
        return False  # a piece of a generic word standing in another word ("ワー" in "ワールド")
    if token.upper:  # an acronym or a code is a name, unless English uses it ("DM")
        return folded in _ENGLISH_GENERIC
    words = _GENERIC_FOLDS[language]
    if folded in words or (folded[-1:] == "s" and folded[:-1] in words):
        return True
    if proper:
        return False
    lower = token.lower
    return (_STEMS[language].get(lower) or stem(language, lower)) in (
        _GENERIC_STEMS.get(language) or _generic_stems(language))


def match_key(language: str, token: Token, proper: bool) -> str:
    """What a word is compared under: its stem, or as written for names, codes and numbers.

    Stemming a name only conflates it with other words ("Hannover" -> "hannov"), and every
    new name would cost the stemmer; inflected names are still caught by the shared-prefix
    fallback of :meth:`.record.RecordIndex.lookup`.
    """
    if proper or token.upper or token.number or token.hashtag:
        return token.key
    return stem(language, token.lower)
