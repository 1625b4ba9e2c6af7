"""Another person credited with the introduction (R4): "Lena Haas suggested I reach out" to a
reader the notes say came "via mutual contact Daniel Ruiz". A mutual contact is one of the
details that show how the sender knows the reader; naming the wrong one is a wrong detail,
whatever else the message gets right.

The message credits someone when a full name (two capitalized words, none of them the
reader's, the sender's or the company's) stands in a clause with a word of introducing
("suggested", "introduced", "mutual", "empfohlen", "présenté", "recomendó", ...). The record
names its introducer the same way ("Intro via mutual contact Daniel Ruiz", "Vorgestellt von
Jonas Albers"). It is a clash only when the record names an introducer and the message
names another: a name the record holds anywhere ("introduced us at Rust Bristol") or the
recorded introducer's first or last name in the same clause ("Nadia introduced us") is no
other; a record that names no introducer is not contradicted. Latin
scripts only: a CJK name is not split into its parts here.
"""

from __future__ import annotations

from .normalize import fold
from .text import Token, tokenize

# Words of introducing, in the six Latin-script languages (not "via", "through", "über":
# "walked through the demo with Lena Haas" introduces nobody).
_INTRO = frozenset(fold(w) for w in """suggested suggests recommended recommends introduced
    introduces introduce introducing introduction intro referred referral mutual
    vorstellen vorzustellen présenter recomendar presentar presentarnos presentare
    presentarci apresentar
    empfohlen empfahl empfiehlt vorgestellt vermittelt gemeinsame gemeinsamen gemeinsamer
    recommandé recommandée recommandait conseillé conseillée présenté présentée suggéré
    suggérée commun commune
    recomendó recomendado recomendada recomendaste sugirió sugerido presentó presentado
    presentada común
    consigliato consigliata suggerito suggerita presentato presentata comune
    recomendou recomendado indicou indicado indicada apresentou apresentado sugeriu
    comum""".split())


def _introducers(tokens: list[Token], exclude: frozenset[str] | set[str]
                 ) -> dict[int, tuple[int, int]]:
    """``{clause: (first word, last word)}`` of the full name each clause with a word of
    introducing holds (the first such name), as indices of ``tokens``."""
    clauses = set()
    for t in tokens:
        if t.fold in _INTRO:
            clauses.add(t.clause)
    found: dict[int, tuple[int, int]] = {}
    if not clauses:
        return found
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a.clause != b.clause or a.clause not in clauses or a.clause in found:
            continue
        if a.capital and b.capital and not b.initial and a.fold.isalpha() \
                and b.fold.isalpha() and len(a.fold) > 1 and len(b.fold) > 1 \
                and a.fold not in _INTRO and b.fold not in _INTRO \
                and a.fold not in _HONORIFICS \
                and a.key not in exclude and b.key not in exclude:
            found[a.clause] = (i, i + 1)
    return found


# Titles before a name ("Dr. Helen Marsh"): no part of the name to compare.
_HONORIFICS = frozenset(fold(w) for w in """dr prof mr mrs ms herr frau mme mlle sr sra
    dott dottssa""".split())


def introducer_clash(text: str, tokens: list[Token], personal: list[int], record,
                     exclude: frozenset[str] | set[str]
                     ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The message's introducer and the record's other one, quoted; None otherwise."""
    mine = set(personal)
    said = [pair for pair in _introducers(tokens, exclude).values() if pair[0] in mine]
    if not said:
        return None
    written = record.written
    notes = tokenize(written)
    recorded = list(_introducers(notes, frozenset()).values())
    if not recorded:
        return None
    names = set()
    for a, b in recorded:
        names.add(notes[a].fold)
        names.add(notes[b].fold)
    known = set()  # every capitalized word of the record: a venue, a product, a person
    for t in notes:
        if t.capital:
            known.add(t.fold)
    for a, b in said:
        if tokens[a].fold in known or tokens[b].fold in known:
            continue  # a name the record holds ("introduced us at Rust Bristol")
        clause = tokens[a].clause
        if any(t.clause == clause and t.capital and t.fold in names for t in tokens):
            continue  # the recorded introducer named too ("Nadia introduced us")
        first, last = recorded[0]
        return ((text[tokens[a].start:tokens[b].end],),
                (written[notes[first].start:notes[last].end],))
    return None
