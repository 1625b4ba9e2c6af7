"""English words written by sound in Japanese katakana or Korean Hangul, for a CJK message
about a record written in a Latin-script language: "センサー" is the recorded "sensor",
"ボードゲーム" "board game", "라이트닝 토크" "lightning talk", "맵 페이싱" "map pacing".

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

Only what can hardly match by chance counts: a katakana run (katakana spells loanwords and
foreign names, little else) of three consonants or more, a Hangul word or two or three of
them (Hangul spells every Korean word too) of four or more, against one recorded word or
two or three in a row that are neither stop words nor all generic ("talk", "meetup":
:data:`.lexicon.GENERIC_WORDS`). Skeletons are compared whole, so one lookup per piece of
the message. Measured on the Hangul words of the project's Korean messages against the
English words of their records, and on random syllables (see the tests), chance matches of
four consonants are about one piece in 2,000 tried; a message still needs two pieces.
"""

from __future__ import annotations

import re

from .cjk import _KOREAN_FUNCTION
from .lexicon import GENERIC_WORDS, STOP_WORDS

_CLASSES = str.maketrans({"f": "p", "v": "b", "c": "k", "g": "k", "q": "k", "d": "t",
                          "z": "s", "j": "s", "x": "s", "l": "r"})
_DROPPED = re.compile(r"[^bkmnprst]+")  # vowels, h, w, y, and "-" (a long vowel)
_DOUBLE = re.compile(r"(.)\1+")

# English spelling to sounds, in order ("S" is the hushing sibilant, read as "s" at the end).
_ENGLISH = tuple((re.compile(a), b) for a, b in (
    (r"^kn", "n"), (r"^wr", "r"), (r"mb$", "m"), (r"(?<=[ao])l(?=k|m)", ""), (r"ould", "ud"),
    (r"(?<=.)gh", ""), (r"ck", "k"), (r"ph", "f"), (r"th", "s"), (r"tch", "S"),
    (r"[cs]h", "S"), (r"[st]i(?=o|a)", "S"), (r"qu", "k"), (r"x", "ks"), (r"dge|ge$", "j"),
    (r"c(?=[eiy])", "s"), (r"r(?![aeiouy])", ""), (r"ng", "n"), (r"ts$|tz", "s"),
))
# Hepburn (Japanese) and Revised Romanization (Korean) to sounds.
_ROMAJI = tuple((re.compile(a), b) for a, b in (
    (r"ts", "s"), (r"sh|ch", "s"), (r"ng", "n"),
))


def english_skeleton(word: str) -> str:
    """The sound skeleton of a folded English word ("lightning" -> "rtnn", "board" -> "bt",
    "sensor" -> "sns")."""
    for pattern, sound in _ENGLISH:
        word = pattern.sub(sound, word)
    return _skeleton(word.replace("S", "s"))


def romaji_skeleton(read: str) -> str:
    """The sound skeleton of a romanized katakana or Hangul word ("raiteuning" -> "rtnn",
    "boodogeemu" -> "btkm")."""
    for pattern, sound in _ROMAJI:
        read = pattern.sub(sound, read)
    return _skeleton(read)


def _skeleton(word: str) -> str:
    return _DOUBLE.sub(r"\1", _DROPPED.sub("", word.translate(_CLASSES)))


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_GENERIC = GENERIC_WORDS["english"]
_STOPS = STOP_WORDS["english"]
_RECORDS: dict[str, dict[str, str]] = {}


def recorded(record_text: str) -> dict[str, str]:
    """``{skeleton: words}`` of each recorded word, and each two or three in a row, that may
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
            first, last = run[0][0], run[-1][0]
            if first in _STOPS or last in _STOPS or all(
                    w in _GENERIC or w.rstrip("s") in _GENERIC for w, _, _ in run):
                continue
            head = "".join(english_skeleton(w) for w, _, _ in run[:-1])
            phrase = " ".join(w for w, _, _ in run)
            for form in (last, last[:-1] if last.endswith("s") and len(last) > 4 else None):
                if form:
                    found.setdefault(_DOUBLE.sub(r"\1", head + english_skeleton(form)), phrase)
    return found


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


def _katakana(said: str, sounds: dict[str, str]) -> list[tuple[str, int, int]]:
    from .crosslang import _romaji  # jaconv, imported there on first use

    found = []
    for m in _KATAKANA_RUN.finditer(said):
        if m.group()[0] == "ー":
            continue
        bones = romaji_skeleton(_romaji(m.group().replace("・", "").replace(" ", "")))
        if len(bones) >= 3 and bones in sounds:
            found.append((sounds[bones], m.start(), m.end()))
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
                bones = romaji_skeleton(head + romanize(last[:cut]))
                if len(bones) >= 4 and bones in sounds:
                    match = (sounds[bones], run[0].start(), run[-1].start() + cut)
                    break
            if match:
                break
        if match:
            found.append(match)
            i += n
        else:
            i += 1
    return found
