"""English words written by sound in Japanese katakana or Korean Hangul, for a CJK message
about a record written in a Latin-script language: "センサー" is the recorded "sensor",
"ボードゲーム" "board game", "라이트닝 토크" "lightning talk", "맵 페이싱" "map pacing"; and the
other way round, for an English message about Japanese or Korean notes ("Digital Health
Forum" / "디지털헬스 포럼", :func:`heard_in`).

Japanese and Korean borrow English words by ear, so the spelling of neither side can be
compared, but what both keep is the run of consonants: vowels change, and each language
puts its own vowels in ("ルールブック" ruurubukku, "라이트닝" raiteuning). Both sides are
reduced to a *sound skeleton*: the consonants in order, each as its class of sounds that
the two languages do not tell apart, or that English spells several ways:

====  =========================================================
p     p, f, ph (Korean writes "f" as ㅍ)
b     b, v
k     k, c, g, q, ck
t     t, d
s     s, z, j, ch, sh, ts, th, soft c ("ce"), "-tion"
r     r, l (one letter in both languages)
m     m
n     n, ng
====  =========================================================

h, w and y are dropped with the vowels, a consonant said twice is one, and English letters
that are not heard are left out: "gh" ("light"), an "r" before a consonant or at the end
("board", "sensor": both languages borrow British English), an "l" in "talk" or "calm".

Only what can hardly match by chance counts. The vowels are kept as a pattern: where the
English word has a vowel after a consonant, the loanword has one, and where it has a cluster
("pl" of "playtest", "ck" of "rulebook") the loanword has none or the vowel the language
adds of its own accord (Japanese "u", "o" after t or d; Korean "eu"); a word that starts
with a vowel is heard starting with one. A katakana run (katakana spells loanwords and
foreign names, little else) needs three consonants or more, and with three only the first
vowel must fit too ("ラベル" is no "level"); Hangul words (Hangul spells every Korean word
too), one to three in a row, need four consonants in three syllables or more. They are
compared against one recorded word or two or three in a row with no stop word, not all
generic ("talk", "meetup": :data:`.lexicon.GENERIC_WORDS`). Skeletons are looked up whole,
one lookup per piece of the message.

Measured by pairing each Korean and Japanese message of the project's corpora and guiding
sets with 60 unrelated English records (about 8,300 pairs each): Korean words were heard
as a recorded word they do not mean five times ("성능 수치" / "sensors", "카드 거래" /
"category": about 1 pair in 1,650), katakana a dozen times ("ドローン" / "train", "ブログ" /
"black": about 1 pair in 700); every other match was the same word ("클러스터" / "clusters",
"センサー" / "sensor"). Random strings against a record of thirty common words: no Hangul
word of three or four syllables in 20,000 was heard, one katakana run in about 700. A message
still needs two pieces, so one chance match alone makes nothing personal.
"""

from __future__ import annotations

import re

from .cjk import _GENERIC_TEXT, _KOREAN_FUNCTION
from .lexicon import GENERIC_WORDS, STOP_WORDS

_CLASSES = str.maketrans({"f": "p", "v": "b", "c": "k", "g": "k", "q": "k", "d": "t",
                          "z": "s", "j": "s", "x": "s", "l": "r"})

# English spelling to sounds, in order ("S" is the hushing sibilant, read as "s" at the end).
_ENGLISH = tuple((re.compile(a), b) for a, b in (
    (r"^kn", "n"), (r"^wr", "r"), (r"mb$", "m"), (r"(?<=[ao])l(?=k|m)", ""), (r"ould", "ud"),
    (r"(?<=.)gh", ""), (r"g(?=n(?![aeiou]))", ""), (r"ck", "k"), (r"ph", "f"), (r"th", "s"), (r"tch", "S"),
    (r"[cs]h", "S"), (r"[st]i(?=o|a)", "S"), (r"qu", "k"), (r"x", "ks"), (r"dge|ge$", "j"),
    (r"c(?=[eiy])", "s"), (r"r(?![aeiouy])", ""), (r"ng", "n"), (r"ts$|tz", "s"),
))
# Hepburn (Japanese) and Revised Romanization (Korean) to sounds.
_ROMAJI = tuple((re.compile(a), b) for a, b in (
    (r"ts", "s"), (r"sh|ch", "s"), (r"ng", "n"),
))


def english_skeleton(word: str, th: str = "s", soft_g: bool = False) -> tuple[str, str]:
    """The sound skeleton of a folded English word: its consonant classes and what follows
    each ("1": a vowel, "0": none; a leading "1" when it starts with a vowel): "lightning" ->
    ``("rtnn", "01010")``, "sensor" -> ``("sns", "0101")``. A silent final "e" is no vowel,
    one inside a word after a vowel and a consonant may be ("?"). "th" is heard "s" (Japanese
    "マラソン") or, with ``th="t"``, "t" (Korean "마라톤"). With ``soft_g``, a "g" before
    "e", "i" or "y" is heard "j" ("digital" 디지털, "energy" エネルギー is not: both are
    tried, as English spells both sounds so)."""
    if len(word) > 3 and word[-1] == "e" and word[-2] not in "aeiouy":
        word = word[:-1]
    if th == "t":
        word = word.replace("th", "t")
    if soft_g:
        word = _SOFT_G.sub("j", word)
    for pattern, sound in _ENGLISH:
        word = pattern.sub(sound, word)
    word = word.replace("S", "s").translate(_CLASSES)
    bones, flags, last = [], ["0"], ""
    for k, c in enumerate(word):
        if c in _CONSONANTS:
            if c == last and flags[-1] == "0":
                continue  # said twice, heard once ("staff", "map pacing")
            bones.append(c)
            flags.append("0")
            last = c
        elif c == "e" and flags[-1] == "0" and 1 < k < len(word) - 1 and \
                word[k - 2] in "aeiou" and word[k + 1] in _CONSONANTS:
            flags[-1] = "?"  # an "e" inside a word may be silent ("pipeline", "tileset")
        elif c in "aeiou" or c == "y" and word[k + 1:k + 2] not in _VOWEL_LETTERS:
            flags[-1] = "1"
    return "".join(bones), "".join(flags)


def romaji_skeleton(read: str, language: str) -> tuple[str, str]:
    """The sound skeleton of a romanized katakana run (Hepburn) or Hangul word (Revised
    Romanization), as :func:`english_skeleton` gives it, but a vowel that the language puts
    after a consonant of its own accord: Japanese "u", "o" after t or d, "i" after a hushing
    sound may be the word's vowel or none ("?": "ruurubukku"), Korean "eu" (and "i" after j
    or ch) is none ("0"): "boodogeemu" -> ``("btkm", "01?1?o")``; the first vowel that is no
    added one ends the pattern."""
    bones, flags, last, k = [], ["0"], "", 0
    last_hush, last_letter, first = False, "", ""
    while k < len(read):
        pair = read[k:k + 2]
        if pair in ("ts", "sh", "ch", "ng"):
            c, hush, k = ("n" if pair == "ng" else "s"), pair != "ng", k + 2
        elif read[k] in _CONSONANT_LETTERS:
            c, k = read[k].translate(_CLASSES), k + 1
            # Korean writes a final "sh" "시" ("대시보드"): its "i" may be none.
            hush = read[k - 1] in "jz" or language == "korean" and read[k - 1] == "s"
            if c == "n" and language == "japanese" and read[k:k + 1] in ("p", "b", "m"):
                c = "m"  # "ン" before p, b, m is said "m" ("ポンプ" pump)
        else:
            run = ""
            while k < len(read) and read[k] not in _CONSONANT_LETTERS:
                run += read[k]
                k += 1
            run = run.replace("'", "")
            if not run:
                continue
            if run == "i" and last_hush and flags[-1] == "0":
                flags[-1] = "?"  # "ジ", "지": the word's vowel or none ("image", "chicken")
            elif run in _ADDED.get(language, ()) or \
                    run == "o" and language == "japanese" and last_letter in "td":
                if language == "japanese" and flags[-1] == "0":
                    flags[-1] = "?"  # "u" is also a vowel of the word ("ブック" book)
            elif run.strip("-hwy"):
                flags[-1] = "1"
                first = first or run.strip("-")[:1]
            continue
        last_hush, last_letter = hush, read[k - 1]
        if c not in _CONSONANTS:
            continue  # h, w, y
        if c == last and flags[-1] == "0":
            continue
        bones.append(c)
        flags.append("0")
        last = c
    return "".join(bones), "".join(flags) + first


_SOFT_G = re.compile(r"(?<!g)g(?=[eiy])")
_CONSONANTS = frozenset("bkmnprst")
_CONSONANT_LETTERS = frozenset("bcdfghjklmnpqrstvwxyz")
_VOWEL_LETTERS = frozenset("aeiouy")
# Vowels a language puts after a consonant of its own accord, when they are all there is.
_ADDED = {"japanese": ("u",), "korean": ("eu",)}


def _joined(words: list[tuple[str, str]]) -> tuple[str, str]:
    """The skeletons of words said in a row as one: "map pacing" is heard "맵 페이싱", one
    "p"; a word that starts with a vowel puts one after the last consonant before it."""
    bones, flags = words[0]
    for more, after in words[1:]:
        if after[0] == "1":
            flags = flags[:-1] + "1"
        elif more[:1] == bones[-1:] and flags[-1] == "0":
            bones, flags = bones[:-1], flags[:-1]
        bones, flags = bones + more, flags + after[1:]
    return bones, flags


def _heard_as(said: str, recorded: str) -> bool:
    """Whether the vowel pattern of a loanword fits the recorded word's: a vowel where the
    word has one, none where it has none, and an added Japanese vowel ("?") either."""
    return all(s == r or s == "?" or r == "?" for s, r in zip(said, recorded))


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_GENERIC = GENERIC_WORDS["english"]
_STOPS = STOP_WORDS["english"]
_RECORDS: dict[str, dict[str, list[tuple[str, str, str]]]] = {}


def recorded(record_text: str) -> dict[str, list[tuple[str, str, str]]]:
    """``{consonants: [(vowel pattern, words), ...]}`` of each recorded word, and each two or three in a row, that may
    be heard in a loanword: no stop word at either end, not all generic (singular forms too:
    "sensors" is heard "センサー")."""
    found = _RECORDS.get(record_text)
    if found is not None:
        return found
    if len(_RECORDS) > 2_000:
        _RECORDS.clear()
    found = _RECORDS[record_text] = {}
    words = [(m.group().lower(), m.start(), m.end()) for m in _LATIN_WORD.finditer(record_text)]
    for i in range(len(words)):
        for j in range(i + 1, min(i + 3, len(words)) + 1):
            run = words[i:j]
            if any(record_text[a[2]:b[1]] not in (" ", "-") for a, b in zip(run, run[1:])):
                break  # words in a row only, not across punctuation
            last = run[-1][0]
            if any(w in _STOPS for w, _, _ in run) or all(
                    w in _GENERIC or w.rstrip("s") in _GENERIC for w, _, _ in run):
                continue
            phrase = " ".join(w for w, _, _ in run)
            vowel = next((c for c in phrase if c in "aeiou"), "")
            softs = [False, True] if _SOFT_G.search(phrase) else [False]
            for th in ("s", "t") if "th" in phrase else ("s",):
                for soft in softs:
                    head = [english_skeleton(w, th, soft) for w, _, _ in run[:-1]]
                    for form in (last, last[:-1] if last.endswith("s") and len(last) > 4
                                 else None):
                        if form:
                            bones, flags = _joined(head + [english_skeleton(form, th, soft)])
                            found.setdefault(bones, []).append((flags, phrase, vowel))
    return found


# Loanwords every outreach message uses ("セミナー", "프로젝트"): no piece, as in the notes.
_GENERIC_CJK = frozenset(_GENERIC_TEXT.split())
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[・ ][\u30a1-\u30fa\u30fc]{2,})*")


def heard(said: str, language: str, record_text: str) -> list[tuple[str, int, int]]:
    """``(recorded words, start, end)`` of each katakana run (Japanese) or Hangul word or
    words (Korean) of ``said`` that sounds as recorded words (see the module)."""
    sounds = recorded(record_text)
    if not sounds:
        return []
    if language == "japanese":
        return _katakana(said, sounds)
    if language == "korean":
        return _hangul(said, sounds)
    return []


def heard_in(said: str, record_text: str, record_language: str) -> list[tuple[str, int, int]]:
    """The other way round: ``(recorded loanword, start, end)`` of each English word or two
    or three in a row of ``said`` that a katakana run or Hangul word of Japanese or Korean
    notes sounds as ("remote rehab app" and "디지털헬스 포럼에서 원격 재활 앱": "Digital
    Health" is "디지털헬스"), by the same skeletons and the same care."""
    if record_language not in ("japanese", "korean"):
        return []
    sounds = recorded(said)
    if not sounds:
        return []
    found = []
    for phrase, a, b in heard(record_text, record_language, said):
        words = r"[ -]".join(re.escape(w) for w in phrase.split())
        m = re.search(f"(?<![A-Za-z]){words}(?![A-Za-z])", said, re.IGNORECASE)
        if m:
            found.append((record_text[a:b], m.start(), m.end()))
    return found


def _look_up(sounds: dict[str, list[tuple[str, str, str]]], bones: str, flags: str,
             least: int) -> str | None:
    """The recorded words a skeleton of ``least`` consonants or more is heard as. Three
    consonants are few ("ラベル" and "level", "ブログ" and "broke" share them), so there the
    first vowel must fit too (see :data:`_FIRST_VOWELS`)."""
    if len(bones) < least:
        return None
    first = flags[len(bones) + 1:]
    flags = flags[:len(bones) + 1]
    for recorded_flags, words, spelled in sounds.get(bones, ()):
        if _heard_as(flags, recorded_flags) and (
                len(bones) > 3 or first in _FIRST_VOWELS.get(spelled, "")):
            return words
    return None


# How Japanese and Korean hear the first vowel letter of an English word: "table" テーブル,
# "cup" カップ, "hot" ホット, "line" ライン ("eo" and "ae" are Korean's).
_FIRST_VOWELS = {"a": "aeo", "e": "eio", "i": "ia", "o": "oae", "u": "uaey"}


def _katakana(said: str, sounds: dict[str, str]) -> list[tuple[str, int, int]]:
    from .crosslang import _romaji  # jaconv, imported there on first use

    found = []
    for m in _KATAKANA_RUN.finditer(said):
        if m.group()[0] == "ー" or m.group() in _GENERIC_CJK:
            continue
        bones, flags = romaji_skeleton(_romaji(m.group().replace("・", "").replace(" ", "")),
                                       "japanese")
        words = _look_up(sounds, bones, flags, 3)
        if words:
            found.append((words, m.start(), m.end()))
    return found


def _hangul(said: str, sounds: dict[str, str]) -> list[tuple[str, int, int]]:
    """Hangul words one to three in a row (one space apart), the last one also without the
    particles or endings after it ("밋업에서")."""
    from .crosslang import romanize

    words = list(_HANGUL_WORD.finditer(said))
    found = []
    i = 0
    while i < len(words):
        match = None
        for n in range(min(3, len(words) - i), 0, -1):
            run = words[i:i + n]
            if any(said[a.end():b.start()] != " " for a, b in zip(run, run[1:])):
                continue
            head = "".join(romanize(w.group()) for w in run[:-1])
            last = run[-1].group()
            for cut in range(len(last), 0, -1):
                if cut < len(last) and last[cut] not in _KOREAN_FUNCTION:
                    break  # only particles and endings come off
                if sum(len(w.group()) for w in run[:-1]) + cut < 3:
                    break  # two syllables are too few to tell a loanword ("잘 봤")
                if n == 1 and last[:cut] in _GENERIC_CJK:
                    continue
                bones, flags = romaji_skeleton(head + romanize(last[:cut]), "korean")
                heard_as = _look_up(sounds, bones, flags, 4)
                if heard_as:
                    match = (heard_as, run[0].start(), run[-1].start() + cut)
                    break
            if match:
                break
        if match:
            found.append(match)
            i += n
        else:
            i += 1
    return found
