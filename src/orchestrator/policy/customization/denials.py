"""What the record says the reader does not do, have or want, credited to them (R4).

Notes deny as often as they assert: "replaced the window with mouth-blown glass - no float",
"voices Badger (not a puppeteer)", "not interested in TPA outsourcing this year". A message
that matches the denied word ("the window you redid with float glass", "your puppeteering",
"great to hear you're looking to outsource") matches the record's words and says the
opposite of what it holds.

The record side: the first few content words after a denial, within its clause. A word the
record also uses outside any denial is left alone (the record may deny it of one thing and
assert it of another). The message side: a personal word with a denied key, in a clause of
the message that denies nothing itself ("I know float glass is not for you" agrees).

Chinese, Japanese and Korean deny right beside the words ("紙粘土は使わない", "演出ではなく",
"라식은 하지 않음", "不做进口品牌"): the message's personal part naming the denied words from
their start, with no denial of its own beside them, contradicts the record.
"""

from __future__ import annotations

from .lexicon import NEGATIONS
from .text import Token, is_generic, is_stop, match_key

# The words that deny what follows them, by the record's language. "no" is a denial in
# English, Spanish and Italian, but Portuguese "no" is "in the" ("no RS"); "ne" is French
# only with its "pas", so "pas" is the cue.
_CUES = {
    "english": frozenset("not never without no didn doesn don isn wasn".split()),
    "spanish": frozenset("no nunca sin jamás".split()),
    "german": frozenset("nicht kein keine keinen keinem keiner nie niemals ohne".split()),
    "french": frozenset("pas jamais sans".split()),
    "italian": frozenset("non mai senza".split()),
    "portuguese": frozenset("não nunca sem nem".split()),
}
# "Not only": what follows is had as well ("humidity logging, not just temperature").
_ONLY = frozenset("just only merely simply solo solamente sólo nur bloß seulement uniquement "
                  "só apenas somente".split())
# How many content words after a cue it denies ("not interested in TPA outsourcing").
_REACH = 3


def denies(tokens: list[Token], language: str) -> bool:
    """Whether a record segment has a denial at all (most have none: nothing else is read)."""
    cues = _CUES.get(language)
    return bool(cues) and any(t.fold in cues for t in tokens)


def denied_words(text: str, tokens: list[Token], flags: list[bool], languages: set[str],
                 language: str) -> tuple[list[tuple[str, frozenset[str]]], set[int]]:
    """``([(as recorded, match keys)], indices of the denied words)`` of a record segment."""
    cues = _CUES[language]
    found: list[tuple[str, frozenset[str]]] = []
    inside: set[int] = set()
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.fold not in cues or (t.surface[:1].isupper() and not t.surface.isupper()
                                  and i > 0 and tokens[i - 1].clause == t.clause):
            continue  # a word of a title ("'Blu Senza Indaco'"), not a denial ("NOT" is one)
        if i + 1 < n and tokens[i + 1].fold in _ONLY:
            continue  # "not just temperature", "nicht nur", "non solo": as well, not instead
        words: list[int] = []
        for j in range(i + 1, n):
            u = tokens[j]
            if u.clause != t.clause or len(words) == _REACH or u.fold in cues:
                break
            if is_stop(language, u.fold) or u.number:
                continue
            words.append(j)
        inside.update(words)
        keys = {match_key(lang, tokens[j], flags[j]) for j in words for lang in languages
                if not is_generic(language, tokens[j], flags[j])}
        if keys:
            found.append((text[t.start:tokens[words[-1]].end], frozenset(keys)))
    return found, inside


def asserted_words(tokens: list[Token], flags: list[bool], languages: set[str],
                   language: str, denied: set[int]) -> set[str]:
    """The keys of a segment's words outside its denials."""
    return {match_key(lang, u, flags[j]) for j, u in enumerate(tokens) if j not in denied
            for lang in languages if not is_stop(language, u.fold)}


def denied_claim(text: str, tokens: list[Token], personal: list[int], stems: list[str],
                 generic, record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The message's personal word the record denies (see the module), else None."""
    denying = {tokens[i].clause for i in range(len(tokens)) if tokens[i].fold in NEGATIONS}
    for i in personal:
        t = tokens[i]
        if t.clause in denying or generic(i) or t.number:
            continue
        keys = {t.key, stems[i]} - record.asserted
        for surface, denied in record.denied:
            if not keys.isdisjoint(denied):
                return (t.surface,), (surface,)
    return None


# --- Chinese, Japanese, Korean: a denial next to the denied words -----------------------
# "紙粘土は使わない", "演出ではなく美術", "라식은 하지 않음", "不做进口品牌".

_CJK_RUN = "[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7af]"
_CJK_AFTER = ("は使わない", "は使いません", "は使用しない", "ではなく", "じゃなく", "はしない",
              "はやらない", "は扱わない", "は扱っていない", "は取り扱わない", "は作らない",
              "は担当外", "は対象外", "は専門外", "은 하지 않", "는 하지 않", "은 안 ", "는 안 ",
              "은 사용하지 않", "는 사용하지 않", "이 아니라", "가 아니라", "은 취급하지 않",
              "는 취급하지 않",
              # never had, never got, none ("인증은 받은 적이 없다", "認証は取っていない")
              "은 받은 적이 없", "는 받은 적이 없", "은 받지 않", "는 받지 않", "은 한 적이 없",
              "는 한 적이 없", "은 없", "는 없", "は取っていない", "は取得していない",
              "は持っていない", "はない", "はなし")
_CJK_BEFORE = ("不做", "不用", "不使用", "不是", "从不", "從不", "不卖", "不賣", "不接", "不主张",
               "不主張", "不建议", "不建議", "反对", "反對", "没有", "沒有", "从未", "從未")
_CJK_PATTERNS: list = []
# Hiragana but the particles that close a phrase.
_KANA = "[" + "".join(
    chr(c) for c in range(0x3041, 0x30a0) if chr(c) not in "はがをにでともや") + "]"
# Light verbs before a denied thing ("不主张打农药" denies 农药).
_LIGHT_VERBS = frozenset("打用做搞卖賣接使")
# A denial in the message itself, after the word ("紙粘土は使わない") or before it ("不用").
_CJK_NEGATIONS = ("ない", "ません", "わず", "せず", "なし", "抜き", "않", "안 ", "아니", "없", "不",
                  "没", "沒", "无", "無")


def _patterns():
    if not _CJK_PATTERNS:
        import re  # (only for records that deny in these scripts)

        # (kana inside the denied words, "機械漉きの紙は扱わない", but no particle that ends
        # a phrase: "今年は紙粘土は使わない" denies 紙粘土)
        after = "|".join(map(re.escape, _CJK_AFTER))
        _CJK_PATTERNS.append(re.compile(f"({_CJK_RUN}(?:{_CJK_RUN}|{_KANA}){{1,9}})(?:{after})"))
        _CJK_PATTERNS.append(re.compile(
            f"(?:{'|'.join(map(re.escape, _CJK_BEFORE))})([\u4e00-\u9fff]{{2,6}})"))
    return _CJK_PATTERNS


def cjk_denied_claim(text: str, spans: list[tuple[int, int]], written: str, generic_bigrams
                     ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A pair of characters the record denies ("紙粘土は使わない"), found in the message's
    personal words with no denial of its own beside it; None otherwise."""
    if not any(cue in written for cue in _CJK_AFTER + _CJK_BEFORE):
        return None
    denied: list[tuple[str, str]] = []  # (the record's denial, the denied words)
    outside = written
    for pattern in _patterns():
        for m in pattern.finditer(written):
            denied.append((m.group(0), m.group(1)))
            outside = outside.replace(m.group(1), " ")
    for surface, words in denied:
        # The denied words from their start: "进口" of "进口品牌", never "品牌" alone (the
        # message's "国产品牌" is another brand); after a light verb ("打农药").
        if len(words) > 2 and words[0] in _LIGHT_VERBS:
            words = words[1:]
        pair = words[:2]
        if pair in generic_bigrams or pair in outside:
            continue
        at = text.find(pair)
        while at >= 0:
            if any(a <= at < b for a, b in spans) and not _denied_here(text, at):
                return (words if words in text else pair,), (surface,)
            at = text.find(pair, at + 1)
    return None


def _denied_here(text: str, at: int) -> bool:
    """Whether the message denies the words at ``at`` itself ("紙粘土を使わず", "不用")."""
    near = text[max(0, at - 3):at + 12]
    for negation in _CJK_NEGATIONS:
        if negation in near:
            return True
    return False
