"""Meeting the reader at an occasion the record says they missed (R4).

"Lovely to meet you at the Craft Skills Day in Hawes!" for notes "Registered for the Craft
Skills Day in Hawes but cancelled", "Foi ótimo vê-la no nosso congresso de 2024" for "Recusou
nosso convite para o congresso de 2024", "北陸工芸フォーラムではお話しできて光栄でした" for
"北陸工芸フォーラムには不参加": the message says the two met there, or praises the reader's
part in it, and the record's sentence naming that occasion says the reader was not there
(cancelled, declined, did not attend, could not come, was not selected, in nine languages).

The message side: a recorded word of the occasion (not a generic one) in a sentence that says
the two met or saw each other, thanks or praises the reader's participation, or gives the
reader something done "at" it ("votre numéro de clown au festival 2024") or their part in it
("your TramTech North talk"); never a sentence
that itself regrets the absence ("sorry you couldn't make it to Hawes"), plans or asks ("hope
to meet you at next year's Craft Skills Day?"). Most records say nothing of absence, which
one search tells.
"""

from __future__ import annotations

import re

from .lexicon import EVENT_NOUNS
from .normalize import fold
from .placeswap import planned_at
from .text import Token, word_keys

# Absence, searched in the folded record and message (Latin forms folded: no accents).
_ABSENT = re.compile(r"""
    \b(?:did\s?n[o']t|didn't|could\s?n[o']t|couldn't|was\s?n[o']t|wasn't|never)\s+
      (?:attend|come|make\s+it|go|join|take\s+part|participate|show|turn\s+up)
    |\b(?:cancell?ed|declined|withdrew|withdrawn|withdraw|pulled\s+out|no-show|skipped
      |missed\s+(?:it|the))\b
    |\b(?:have\s?n[o']t|haven't|never|not\s+yet)\s+met\b|\bnot\s+met\b
    |\bno\s+(?:asistio|vino|pudo\s+(?:venir|asistir|ir)|participo|fue)\b
    |\b(?:cancelo|rechazo|declino|se\s+retiro)\b|\bno\s+nos\s+(?:conocemos|hemos\s+visto)\b
    |\b(?:abgesagt|absagte|nicht\s+teilgenommen|nicht\s+dabei|nicht\s+gekommen|nicht\s+kommen
      |nicht\s+getroffen|noch\s+nicht\s+kennengelernt|nahm\s+nicht\s+teil)\b
    |\bn'?\s?(?:a|ont|est|etait)\s+pas\s+(?:pu|participe|venu|venue|assiste)\b
    |\b(?:annule|a\s+decline|jamais\s+vu|pas\s+encore\s+rencontre)\b
    |\bnon\s+(?:ha|e|sono|abbiamo)\s+(?:partecipato|venut[oa]|potuto|incontrat)
    |\b(?:annullato|ha\s+annullato|disdetto|rinunciato)\b
    |\bnon\s+ci\s+siamo\s+(?:ancora\s+)?conosciuti\b
    |\bnao\s+(?:participou|compareceu|pode\s+(?:vir|ir)|veio|foi)\b
    |\b(?:cancelou|recusou|desistiu|ainda\s+nao\s+nos\s+conhecemos)\b
    |没参加|未参加|没有参加|没去|没来|缺席|还没见过|未见面|婉拒|取消了
    |不参加|欠席|参加しなかった|参加できなかった|参加を見送|面識なし|まだ会っていない|辞退|キャンセル
    |불참|참가\s?안|참석\s?안|참석하지\s?못|참가하지\s?않|탈락|아직\s?만난\s?적|못\s?갔|거절|취소
""", re.VERBOSE)

# A piece of every cue above, in the folded text: most records hold none.
_PIECES = ("not", "n't", "never", "cancel", "declin", "withdr", "pulled", "no-show", "skipp",
           "missed", "no ", "nos ", "rechaz", "se retir", "abgesagt", "absagt", "nicht",
           "pas ", "annul", "jamais", "non ", "disdett", "rinunci", "nao ", "cancelou",
           "recusou", "desistiu", "没", "未", "缺席", "婉拒", "取消", "不参加", "欠席", "しなかった",
           "できなかった", "見送", "面識なし", "会っていない", "辞退", "キャンセル", "불참", "안",
           "못", "않", "탈락", "만난 적", "거절", "취소")
# Meeting, seeing, talking there; or the reader's participation.
_PRESENCE = re.compile(r"""
    \b(?:met|meet|meeting|see\s+you|saw\s+you|seeing\s+you|talking\s+to\s+you|chatting)\b
    |\b(?:participation|participating|taking\s+part|took\s+part)\b
    |\b(?:conocer(?:la|le|te|lo|nos)?|conocimos|ver(?:la|le|te|lo)|vernos|charlamos|charlar)\b
    |\b(?:participacion|participar)\b
    |\b(?:kennenzulernen|kennengelernt|getroffen|gesehen|zu\s+sehen|teilnahme|unterhalten)\b
    |\b(?:rencontrer|rencontre|rencontree|rencontres|vu|voir|vous\s+voir|participation)\b
    |\b(?:conoscer(?:ti|la|vi)|conosciuti|incontrat[oaie]|incontrarti|visto|vederti
      |partecipazione)\b
    |\b(?:conhece-?la|conhece-?lo|conhecer|ve-?la|ve-?lo|vê-?la|vê-?lo|encontra-?la
      |participacao|conversamos)\b
    |见到|见面|认识您|认识你|聊了|交流|参与|参加了
    |お会い|お話し|お目にかか|ご一緒|会えて|参加され|ご参加
    |뵌|뵙|만나|만난|이야기\s?나눠|참가하신|참여하신
""", re.VERBOSE)
# "your ... at/au ...": the reader's act there ("votre numéro de clown au festival 2024").
_READERS_ACT = re.compile(r"""
    \b(?:your|votre|vos|tu|tus|su|sus|ihr|ihre|ihren|dein|deine|tuo|tua|suo|sua|seu|sua)\s
    [^.!?]{0,40}?\b(?:at|au|aux|a\s+la|en|en\s+el|al|auf|bei|im|am|a|alla|al|no|na|nel|nella)\s
""", re.VERBOSE)
# "your TramTech North talk": the reader's part in it, named without "at".
_READERS_PART = re.compile(r"""
    \b(?:your|votre|vos|tu|tus|su|sus|ihr|ihre|ihren|dein|deine|tuo|tua|suo|sua|seu)\s
    [^.!?]{0,40}?\b(?:talk|presentation|keynote|speech|poster|paper|session|panel|workshop
      |charla|ponencia|presentacion|vortrag|vortrags|beitrag|praesentation|expose
      |intervention|intervento|relazione|palestra|apresentacao)\b
""", re.VERBOSE)
_OCCASIONS = EVENT_NOUNS | frozenset(fold(w) for w in """festival festivals festivales
    festivais concours concurso competition contest congresso congressos conferência
    conferenza simpósio simposio encontro oficina seminário seminario jornadas""".split())
# The record saying the reader was there after all (outside its absence words).
_THERE = re.compile(r"\b(?:met|came|attended|went|conocimos|getroffen|rencontre|incontrat[oi]"
                    r"|conhecemos|asistio|participo|participou|teilgenommen)\b|见过|会った|만났")
# Taking part, in a part of a sentence: "Spoke at TramTech North; cancelled ...".
_TOOK_PART = re.compile(r"\b(?:spoke|presented|gave|hosted|exhibited|ran|judged|performed"
                        r"|hablo|presento|sprach|referierte|moderierte|a\s+presente|presento"
                        r"|ha\s+presentato|apresentou)\b")
_ENDS = re.compile(r"[.!?。！？\n]+")
_HOPES = re.compile(r"\b(?:hope|hoping|would\s+love|looking\s+forward|espero|ojala|hoffe"
                    r"|j'espere|spero|tomara)\b|希望|期待|楽しみ|기대")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _ENDS.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _absent_sentences(written: str, languages) -> list[tuple[str, set[str]]]:
    """The record's sentences that say the reader was not there: (as written, the keys and
    stems of their words). A part of the sentence between semicolons that says the reader
    took part ("Spoke at TramTech North; cancelled the Leeds workshop") lends it no words:
    they missed Leeds, not TramTech."""
    out = []
    for a, b in _sentences(written):
        sentence = written[a:b]
        folded = fold(sentence)
        # ("Met at the fair; he had cancelled his stall": there all the same.)
        if _ABSENT.search(folded) is not None \
                and _THERE.search(_ABSENT.sub(" ", folded)) is None:
            parts = re.split("[;；]", sentence)
            if len(parts) > 1:
                sentence = ";".join(part for part in parts
                                    if _ABSENT.search(fold(part)) is not None
                                    or _TOOK_PART.search(fold(part)) is None)
            out.append((sentence.strip(), word_keys(sentence, languages)))
    return out


def absence_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                  generic, record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A meeting or part at an occasion the record says the reader missed, quoted (see the
    module); None when the record says nothing of absence or the message claims nothing."""
    absent = record.absent
    if absent is None:
        written = record.folded
        # (the cues' common pieces first: the whole pattern costs 60 µs a record)
        absent = record.absent = _absent_sentences(record.written, record._languages) \
            if any(piece in written for piece in _PIECES) \
            and _ABSENT.search(written) is not None else ()
    if not absent:
        return None
    written = record.written
    for a, b in _sentences(text):
        sentence = fold(text[a:b])
        if _ABSENT.search(sentence) is not None or _HOPES.search(sentence) is not None \
                or sentence.rstrip().endswith(("?", "？")) or planned_at(text, a, written):
            continue
        if _PRESENCE.search(sentence) is None and _READERS_ACT.search(sentence) is None \
                and _READERS_PART.search(sentence) is None:
            continue
        # The occasion's words: specific ones, or the word for the event ("au festival").
        occasion = [i for i in personal if a <= tokens[i].start < b and i in matches
                    and not tokens[i].number
                    and (not generic(i) or tokens[i].fold in _OCCASIONS)]
        for recorded, words in absent:
            said = [i for i in occasion if not words.isdisjoint(matches[i])]
            if said:
                return (text[a:b].strip(),), (recorded,)
    return None
