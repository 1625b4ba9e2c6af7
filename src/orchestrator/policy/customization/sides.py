"""The reader put on the other side of a competition (R4): "congrats on being shortlisted for
the Golden Loom award" to a reader the notes put on its jury, "thanks for judging the Loom
prize" to one the notes say was a finalist.

A competition has two sides: those who judge it (jury, juror, judge, 评委, 審査員, 심사위원)
and those who enter it (shortlisted, finalist, nominee, winner, 入围, 受賞, 수상). The message
puts the reader on a side when it names that side in a clause about the reader (a second
person or a reader's possessive, congratulations or thanks; in CJK an honorific or
congratulations in its sentence) with no first person in it ("I was shortlisted" is the
sender's). The record contradicts that when it names only the other side (a denied word,
"not shortlisted", names neither). Most records name neither, which one scan tells."""

from __future__ import annotations

import re

from .lexicon import FIRST_PERSON, POSSESSIVES, SECOND_PERSON
from .normalize import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


_JUDGE = _words("""jury juries juror jurors judge judges judged judging jurado jurada jurados
    juez jueza jueces juge juges jury-mitglied jurymitglied jurorin preisrichter
    preisrichterin juré jurée jurés giuria giurato giurata giurati júri""")
_ENTRANT = _words("""shortlisted shortlist finalist finalists nominee nominees nominated
    winner winners won winning win wins runner-up entrant entrants laureate finalista
    finalistas nominado nominada nominados ganador ganadora ganó galardonado galardonada
    finalistin nominiert nominierte gewinner gewinnerin gewann preisträger preisträgerin finaliste finalistes
    nominé nominée nominés lauréat lauréate gagnant gagnante finalisti nominato nominata
    vincitore vincitrice vinto finalistas indicado indicada vencedor vencedora venceu
    premiado premiada medal medals medalist medallist medalla medallas medallista medaille
    medaillen médaille médailles médaillé médaillée medaglia medaglie medalha medalhas
    concurrent concurrente concurrents concorrente competitor competitors""")
_JUDGE_CJK = ("评委", "评审", "审查员", "審査員", "審査委員", "심사위원", "심사를")
_ENTRANT_CJK = ("入围", "获奖", "得奖", "奖牌", "入選", "受賞", "ノミネート", "メダル", "수상", "입상",
                "결선", "후보에", "메달")
_SIDE_WORDS = _JUDGE | _ENTRANT
# Congratulations and thanks are said to the reader ("congrats on being shortlisted", "thanks
# for judging").
_CONGRATULATIONS = _words("""congrats congratulations congratulate felicidades enhorabuena
    felicitaciones glückwunsch glückwünsche gratuliere gratulation félicitations bravo
    complimenti congratulazioni parabéns felicitações thanks thank merci gracias danke
    grazie obrigado obrigada""")
_CJK_READER = ("您", "你", "さん", "様", "님", "恭喜", "祝贺", "おめでとう", "축하", "께서")
_CJK_SELF = ("我", "弊社", "当社", "私", "저희", "제가", "저는")
_NEGATIONS = _words("not no nicht kein keine pas non não nem ni never nie nunca jamais mai")
_SEEN = re.compile("|".join(sorted(map(re.escape, _JUDGE | _ENTRANT | set(_JUDGE_CJK)
                                       | set(_ENTRANT_CJK)), key=len, reverse=True)))
_SENTENCE_ENDS = "。！？!?.\n"


def _side(folded: str) -> str | None:
    if folded in _JUDGE:
        return "judge"
    if folded in _ENTRANT:
        return "entrant"
    return None


def _recorded_sides(record) -> dict[str, str]:
    """The sides the record names, not denied, each with the sentence naming it."""
    written = record.written
    found: dict[str, str] = {}
    if _SEEN.search(fold(written)) is None:
        return found
    from .text import tokenize

    tokens = tokenize(written)
    for i, t in enumerate(tokens):
        side = _side(t.fold)
        if side is None or side in found:
            continue
        if any(u.fold in _NEGATIONS for u in tokens[max(0, i - 3):i]):
            continue  # "not shortlisted"
        found[side] = _sentence(written, t.start).strip()
    for side, forms in (("judge", _JUDGE_CJK), ("entrant", _ENTRANT_CJK)):
        for form in forms:
            at = written.find(form)
            if at >= 0 and side not in found:
                found[side] = _sentence(written, at).strip()
    return found


def _sentence(text: str, at: int) -> str:
    a = max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1
    ends = [e for e in (text.find(c, at) for c in _SENTENCE_ENDS) if e >= 0]
    return text[a:min(ends) if ends else len(text)]


def _readers_clause(tokens: list, i: int) -> bool:
    clause = [u for u in tokens if u.clause == tokens[i].clause]
    if any(u.fold in FIRST_PERSON for u in clause):
        return False
    return any(u.fold in SECOND_PERSON or u.fold in POSSESSIVES or u.fold in _CONGRATULATIONS
               for u in clause) or any(u.fold in _CONGRATULATIONS for u in tokens[:i]
                                       if u.sentence == tokens[i].sentence)


def side_clash(text: str, tokens: list, personal: list[int], record, language: str,
               folds: frozenset[str] = frozenset()
               ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A side of a competition the message gives the reader that the record gives them
    the other side of (see the module); ``folds``, the draft's words folded, when known."""
    said: list[tuple[str, str]] = []
    if _SIDE_WORDS.isdisjoint(folds or [tokens[i].fold for i in personal]):
        personal = []  # the usual case: no side named (``folds``: the draft's words)
    for i in personal:
        side = _side(tokens[i].fold)
        if side is None or not _readers_clause(tokens, i) or any(
                u.fold in _NEGATIONS for u in tokens[max(0, i - 3):i]):
            continue
        if tokens[i].fold == "judging" and i + 1 < len(tokens) \
                and tokens[i + 1].fold in ("by", "from"):
            continue  # "judging by your post": no jury
        said.append((side, _quote(text, tokens, i)))
    if language in ("chinese", "japanese", "korean"):
        for side, forms in (("judge", _JUDGE_CJK), ("entrant", _ENTRANT_CJK)):
            for form in forms:
                at = text.find(form)
                if at >= 0:
                    sentence = _sentence(text, at)
                    if any(w in sentence for w in _CJK_READER) \
                            and not any(w in sentence for w in _CJK_SELF):
                        said.append((side, sentence.strip()))
    if not said:
        return None
    recorded = _recorded_sides(record)
    for side, quote in said:
        other = "entrant" if side == "judge" else "judge"
        if other in recorded and side not in recorded:
            return (quote,), (recorded[other],)
    return None


def _quote(text: str, tokens: list, i: int) -> str:
    """The side's word and up to four words after it in its clause."""
    end = i
    while end + 1 < len(tokens) and end < i + 4 and tokens[end + 1].clause == tokens[i].clause:
        end += 1
    return text[tokens[i].start:tokens[end].end]
