"""What the reader no longer does, spoken of as theirs today (R4).

"As a certified organic grower, you'll know..." for notes "Used to be organic certified;
dropped certification 2022", "Como vão as coisas na Aquamar?" for "Deixou a Aquamar em
2022", "요즘 락하우스 회원 많죠?" for "락하우스 운영을 그만둠": the record says something
ended (used to, left, quit, stopped, dropped, until 2023, no longer; in nine languages), and
the message takes up a word of what ended, in a sentence that speaks of it as now.

The record side: the clause holding the cue (a clause: up to a comma, semicolon or
bracket, so "until 2023, now in procurement" ends the warehouse, not procurement). The
message side: a recorded word of that clause (no generic one, no number) in a sentence that
does not itself look back ("back when you ran...", "since you left", "your former shop",
a year) and is not the sender's alone ("we left Aquamar too"). A question counts: "how are
things at Aquamar?" takes the job for today.
"""

from __future__ import annotations

import re

from .lexicon import FIRST_PERSON, FIRST_POSSESSIVES, POSSESSIVES, SECOND_PERSON
from .normalize import fold
from .text import Token, word_keys

_CJK_OURS = ("我们", "我司", "弊社", "当社", "저희", "우리")
# Ending, in the folded record (accents gone).
_ENDED = re.compile(r"""
    \b(?:used\s+to|no\s+longer|not\s+any\s?more|left|quit|quitted|stopped|dropped|gave\s+up
      |retired|formerly|former|ex-|until\s+(?:18|19|20)\d\d|closed\s+down)\b
    |\b(?:dejo|ya\s+no|abandono|se\s+jubilo|hasta\s+(?:19|20)\d\d|antes\s+era)\b
    |\b(?:nicht\s+mehr|aufgehort|verliess|verlassen|aufgegeben|ehemalig\w*|fruher
      |bis\s+(?:19|20)\d\d)\b
    |\b(?:a\s+quitte|n'?\s?\w+\s+plus|a\s+arrete|a\s+cesse
      |ancien|ancienne|jusqu'en\s+(?:19|20)\d\d)\b
    |\b(?:ha\s+lasciato|non\s+\w+\s+piu|ha\s+smesso|fino\s+al\s+(?:19|20)\d\d)\b
    |\b(?:deixou|saiu|nao\s+\w+\s+mais|parou|largou|ate\s+(?:19|20)\d\d)\b
    |不再|离开|辞去|辞职|已退出|退休|停止|关闭了|不做了
    |辞め|やめた|やめて|退職|退社|離れ|閉店|廃業
    |그만두|그만뒀|그만둠|더\s?이상|퇴사|은퇴|폐업|접었
""", re.VERBOSE)
# A piece of every cue above: most records hold none, which plain searches tell.
_PIECES = ("used to", "longer", "any", "left", "quit", "stopp", "dropp", "gave up", "retir",
           "former", "ex-", "until", "closed down", "dejo", "ya no", "abandon", "jubil",
           "hasta", "antes", "mehr", "aufgeh", "verl", "aufgegeben", "ehemal", "fruher", "bis ",
           "quitte", "plus", "arrete", "cesse", "ancien", "jusqu", "lasciato", "piu", "smesso",
           "fino al", "deixou", "saiu", "mais", "parou", "largou", "ate ", "不再", "离开", "辞", "退", "停止", "关闭", "不做", "やめ",
           "離れ", "閉店", "廃業", "그만", "더 이상", "더이상", "퇴사", "은퇴", "폐업", "접었")
# A clause of the record: up to a comma (not a number's), a semicolon, a bracket, a bar or
# a sentence's end.
_CLAUSES = re.compile(r"(?:[^,;:()\[\]。！？!?\n、，；（）|·]|(?<=\d),(?=\d))+")
_SENTENCES = re.compile(r"[^.!?\n。！？]+[.!?。！？]*")
# The message looking back: the change or the past named ("back when", "since you left").
_LOOKS_BACK = re.compile(r"""
    \b(?:back\s+when|when\s+you\s+(?:were|ran|had|worked)|since\s+you|now\s+that|former
      |formerly|previously|used\s+to|before\s+you|in\s+your\s+(?:old|previous)|left|after
      |cuando\s+(?:eras|estabas|llevabas|tenias)|desde\s+que|antes|antiguo|antigua
      |als\s+sie\s+noch|seit\s+sie|fruher|damals|ehemalig\w*
      |quand\s+vous\s+(?:etiez|aviez)|depuis\s+que|autrefois|a\s+l'epoque|ancien
      |quando\s+(?:eri|era|estava|voce\s+estava)|da\s+quando|prima|ex
      |(?:18|19|20)\d\d
      |years?\s+(?:as|at|in)|time\s+(?:as|at)|career\s+as|anos?\s+(?:como|na|no|em)
      |anos?\s+(?:como|en)|jahre\s+als|annees\s+(?:comme|chez|a)|anni\s+(?:come|da|a))\b
    |以前|当年|曾经|原来|当時|以前は|かつて|예전|전에|했을\s?때|시절
""", re.VERBOSE)


def _ended_clauses(written: str, languages) -> list[tuple[str, set[str]]]:
    """The record's clauses that say something ended: (as written, keys and stems of the
    words of what ended)."""
    out = []
    for m in _CLAUSES.finditer(written):
        clause = m.group()
        folded = fold(clause)
        cue = _ENDED.search(folded)
        if cue is None or not FIRST_POSSESSIVES.isdisjoint(folded.split()) \
                or any(mine in clause for mine in _CJK_OURS):
            continue  # (what ended is ours: "left our trial", "saiu do nosso teste")
        if _THING_BEFORE.match(cue.group()) is None and folded[:cue.start()].rstrip() \
                .endswith(_ARTICLES):
            continue  # a thing's adjective ("a retired school bus"), no ending of theirs
        ended = _what_ended(clause, folded, cue) if len(folded) == len(clause) else clause
        keys = word_keys(ended, languages)
        if keys:
            out.append((clause.strip(), keys))
    return out


def _what_ended(clause: str, folded: str, cue: re.Match) -> str:
    """The words of what ended: up to four after the cue ("dropped certification 2022",
    "deixou a Aquamar"), or before it where it closes what it ends ("warehouse supervisor
    until 2023", CJK "县气象局退休", "락하우스 운영을 그만둠"); CJK "不再", "离开", "더 이상" come
    first."""
    if _THING_BEFORE.match(cue.group()) is not None:
        return clause[:cue.start()]
    if folded[cue.start()] >= "\u3040" and not cue.group().startswith(_CJK_FIRST):
        return clause[max(0, cue.start() - 8):cue.start()]
    after = clause[cue.end():]
    if after[:1] >= "\u3040":
        return after[:8]
    return " ".join(after.split()[:4])


# Cues that close what they end, after it ("until 2023").
_THING_BEFORE = re.compile(r"(?:until|hasta|bis|jusqu'en|fino\s+al|ate)\s")
# CJK cues that open what they end ("不再做", "离开了合作社", "더 이상 운영하지 않").
_CJK_FIRST = ("不再", "离开", "辞去", "停止", "더")
_ARTICLES = (" a", " an", " the", "un", "una", "le", "la", "il", "o", "ein", "eine", "einen")


def ended_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                generic, record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Something the record says ended, spoken of as the reader's today, quoted (see the
    module); None when the record ends nothing or the message looks back."""
    ended = record.ended
    if ended is None:
        folded = record.folded
        ended = record.ended = _ended_clauses(record.written, record._languages) \
            if any(piece in folded for piece in _PIECES) \
            and _ENDED.search(folded) is not None else ()
    if not ended:
        return None
    for m in _SENTENCES.finditer(text):
        a, b = m.span()
        sentence = fold(m.group())
        if _LOOKS_BACK.search(sentence) is not None or _ENDED.search(sentence) is not None:
            continue
        words = [i for i in personal if a <= tokens[i].start < b]
        folds = {tokens[i].fold for i in words}
        if not folds.isdisjoint(FIRST_PERSON) and folds.isdisjoint(SECOND_PERSON) \
                and folds.isdisjoint(POSSESSIVES) and not any(
                    c >= "\u3040" for c in sentence):
            continue  # the sender's own ("we left Aquamar too")
        said = [i for i in words if i in matches and not generic(i) and not tokens[i].number]
        for clause, keys in ended:
            if any(not keys.isdisjoint(matches[i]) for i in said):
                return (m.group().strip(),), (clause,)
    return None
