"""A recorded thing given another colour (R4): "your bourbon vermelho" for notes "bourbon
amarelo", "your red wine" for "white wine", "红茶" for "白茶".

Colours are a closed class, and a colour right beside a noun often names a kind ("yellow
bourbon", "vin blanc", "Weißwein", "绿茶"). The message clashes when a colour word stands
right before or after one of its recorded words (in its clause), the record puts another
colour right beside that same word, and never the message's. In Chinese and Japanese a
colour is the first letter of a pair ("白茶", "紅茶"): the pair after it is the recorded
word. A clause of the sender's own is left alone.
"""

from __future__ import annotations

from .cjk import FIRST as CJK_FIRST
from .normalize import fold
from .text import Token, stem, tokenize

_NAMES = (
    "white blanco blanca blancos blancas branco branca brancos brancas blanc blanche blancs "
    "blanches bianco bianca bianchi bianche weiß weiss weiße weisse weißer weisser weißen "
    "weissen weißes weisses",
    "black negro negra negros negras preto preta pretos pretas noir noire noirs noires nero "
    "nera neri nere schwarz schwarze schwarzer schwarzen schwarzes",
    "red rojo roja rojos rojas tinto tinta vermelho vermelha vermelhos vermelhas rouge rouges "
    "rosso rossa rossi rosse rot rote roter roten rotes",
    "green verde verdes vert verte verts vertes grün grüne grüner grünen grünes",
    "yellow amarillo amarilla amarillos amarillas amarelo amarela amarelos amarelas jaune "
    "jaunes giallo gialla gialli gialle gelb gelbe gelber gelben gelbes",
    "blue azul azules azuis bleu bleue bleus bleues blu azzurro azzurra blau blaue blauer "
    "blauen blaues",
    "brown marrón marrones castanho castanha brun brune marrone braun braune brauner braunen",
    "grey gray gris grises cinza cinzento gris grise grigio grigia grau graue grauer grauen",
    "pink rosado rosada rosé rosa",
    "purple morado morada roxo roxa violet violette viola lila",
)
COLOURS: dict[str, int] = {fold(word): n for n, words in enumerate(_NAMES)
                           for word in words.split()}
_COLOUR_WORDS = frozenset(COLOURS)
# Chinese and Japanese colours, the first letter of a pair ("白茶", "紅茶").
_CJK = {"白": 0, "黑": 1, "黒": 1, "红": 2, "紅": 2, "赤": 2, "绿": 3, "綠": 3, "緑": 3,
        "黄": 4, "蓝": 5, "藍": 5, "青": 5, "褐": 6, "灰": 7, "粉": 8, "紫": 9}


# Letters after a colour that make no thing of their own ("白的", "黑色", "红了").
_NO_THING = frozenset("的色了是人天地")


def names_colour(text: str, folds: frozenset[str]) -> bool:
    """Whether any word of the text (``folds``: its words folded) may be a colour."""
    if not _COLOUR_WORDS.isdisjoint(folds):
        return True
    return not text.isascii() and any(letter in text for letter in _CJK)


def _colour(t: Token) -> int | None:
    """The colour a word names; "Rosa" and "Viola" written with a capital are names."""
    colour = COLOURS.get(t.fold)
    if colour is not None and t.surface[:1].isupper() and t.fold in ("rosa", "viola"):
        return None
    return colour


def _beside(tokens: list[Token], i: int) -> list[int]:
    """The words right before and after word ``i``, in its clause."""
    return [j for j in (i - 1, i + 1)
            if 0 <= j < len(tokens) and tokens[j].clause == tokens[i].clause]


def colour_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                 record, language: str, senders_only
                 ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The message's colour of a recorded thing against the record's (see the module)."""
    said = []
    for i in personal:
        t = tokens[i]
        if t.fold >= CJK_FIRST:
            colour = _CJK.get(t.fold[:1])
            if colour is not None and len(t.fold) == 2 and t.fold[1] not in _NO_THING:
                said.append((i, colour, None))
            continue
        colour = _colour(t)
        if colour is None:
            continue
        for j in _beside(tokens, i):
            if j in matches and not tokens[j].number:
                said.append((i, colour, j))
    if not said:
        return None
    written = record.written
    recorded = tokenize(written)
    languages = record._languages
    for i, colour, j in said:
        if senders_only(tokens, tokens[i].clause, i):
            continue
        if j is None:  # a CJK pair: the same thing after another colour
            thing = tokens[i].fold[1:]
            others = {c for letter, c in _CJK.items() if letter + thing in written}
            if others and colour not in others:
                other = next(letter + thing for letter, c in _CJK.items()
                             if c in others and letter + thing in written)
                return (text[tokens[i].start:tokens[i].end],), (other,)
            continue
        keys = matches[j]
        theirs: dict[int, str] = {}
        for m, u in enumerate(recorded):
            if u.key not in keys and not any(stem(lang, u.lower) in keys for lang in languages):
                continue
            for k in _beside(recorded, m):
                other = _colour(recorded[k])
                if other is not None:
                    a, b = sorted((m, k))
                    theirs.setdefault(other, written[recorded[a].start:recorded[b].end])
        if theirs and colour not in theirs:
            a, b = sorted((i, j))
            return (text[tokens[a].start:tokens[b].end],), (next(iter(theirs.values())),)
    return None
