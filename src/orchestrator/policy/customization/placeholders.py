"""Leftover merge syntax: a field a template engine or a human forgot to fill in.

Every delimited style is one alternative of a single regex, tried left to right with bounded
repetition only (linear time on any input), and only when the text holds one of the
delimiter characters at all; bare field names (``FIRSTNAME``, ``first_name``) are a second,
simpler pattern. Styles that are never prose (``{{ }}``,
``${ }``, ``*|FNAME|*``, ``[[ ]]``) always count; shell style ``$name`` counts for a
merge-field name or an identifier (``$FIRST_NAME``, ``$firstName``), not for ``$AAPL``;
styles prose also uses (brackets, angle
brackets, ``*emphasis*``, capitals) count only when the content looks like a slot: a
merge-field name, a slot word ("insert", "name", "company"), or an identifier
(``Restaurant Name``, ``FIRST_NAME``, ``firstName``).

A note to the writer left in brackets is a placeholder too, in any language: an
instruction ("[mention something about their latest exhibition]", "<insert compliment here>",
"[añade algo personal]", "【此处插入个性化内容】", "［ここに一言］") is told by its verb or by
"something personal" words, and a handle that was never filled in ("@username", "@handle")
by its name.

Japanese and Chinese drafts leave "〇〇" or "××" where a name goes ("〇〇様"): always a slot.
Brackets of those scripts (【】, ［］) hold slots like Latin brackets do ("【会社名】").

Kept as prose on purpose: footnotes ``[1]``, ``[sic]``, markdown links, ``<3``, addresses
and links in angle brackets, HTML tags, ``R&D``, acronyms (``ASCO``, ``KRAS G12C``),
percentages. Links and e-mail addresses are blanked before scanning, so ``%20`` or
``{id}`` inside a URL is never reported.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import MERGE_FIELDS, NAME_FIELDS, SLOT_WORDS
from .normalize import fold
from .text import blank_emails_and_urls

_PATTERNS: dict[str, "re.Pattern[str]"] = {}


def _pattern(name: str) -> "re.Pattern[str]":
    """The patterns only some texts need, compiled on first use (start-up stays short)."""
    found = _PATTERNS.get(name)
    if found is None:
        found = _PATTERNS[name] = re.compile(_SOURCES[name])
    return found


# Every alternative starts with a character of _TRIGGER: the lookahead lets the scan skip
# the other positions at once instead of trying each alternative there (9x faster on prose).
_SOURCES = {"delimited": (
    r"(?=[{\[<%*$_#(\u3007\u25cb\u25cf\u25ef\u00d7\uff0a\uff38\u3010\uff3b\uff08])"
    r"(?:(?P<always>\{\{.{0,80}?\}\}|\{%.{0,80}?%\}|\{#.{0,80}?#\}|\$\{[^{}\n]{1,60}\}"
    r"|#\{[^{}\n]{1,60}\}|\[\[[^\[\]\n]{1,60}\]\]|\*\|[^|\n]{1,40}\|\*"
    r"|__[A-Za-z][A-Za-z0-9_]{0,30}__)"
    r"|(?P<brace>\{[^{}\n]{1,60}\})"
    r"|(?P<bracket>\[[^\[\]\n]{1,80}\](?!\()|\u3010[^\u3010\u3011\n]{1,40}\u3011"
    r"|\uff3b[^\uff3b\uff3d\n]{1,40}\uff3d)"
    r"|(?P<dangle><<[^<>\n]{1,60}>>)"
    r"|(?P<angle><[^<>\n]{1,60}>)"
    r"|(?P<percent>%[A-Za-z_][A-Za-z0-9_ ]{0,30}%)"
    r"|(?P<star>\*[A-Za-z_][A-Za-z0-9_ ]{1,30}\*|\$[A-Za-z_][A-Za-z0-9_ ]{1,30}\$)"
    r"|(?P<dollar>\$[A-Za-z_][A-Za-z0-9_]{0,30}(?![A-Za-z0-9_]))"
    r"|(?P<hash>#[A-Za-z_][A-Za-z0-9_]{1,30}#|\(\([A-Za-z_][A-Za-z0-9_ ]{1,30}\)\))"
    r"|(?P<paren>\([^()\n]{1,40}\)|\uff08[^\uff08\uff09\n]{1,20}\uff09)"
    r"|(?P<always_cjk>[\u3007\u25cb\u25cf\u25ef\u00d7\uff0a]{2,4}|\uff38{2,4}))"
)}
# Every delimited style needs one of these characters; most messages have none.
_TRIGGER = re.compile(r"[{\[<%*$_#(\u3007\u25cb\u25cf\u25ef\u00d7\uff0a\uff38\u3010\uff3b\uff08]")
# Bare field names: FIRSTNAME, FIRST_NAME, first_name, firstName (all at least four letters)
# and the XXX filler;
# the hint is what every one of them contains (an underscore, XXX, four capitals or
# camelCase), found in one scan that only stops at a capital or an underscore.
_BARE_HINT = re.compile(r"(?=[A-Z_])(?:_|XXX|[A-Z]{4}|(?<=[a-z])[A-Z])")
_CAMEL = re.compile(r"[a-z][A-Z]")
_BARE = re.compile(
    r"\b(?:X{3,}|[A-Z]{4,}(?:_[A-Z]+)*|[A-Za-z]+(?:_[A-Za-z]+)+|[a-z]+[A-Z][A-Za-z]*)\b"
)
_SPLIT = re.compile(r"[\W_]+|(?<=[a-z])(?=[A-Z])")
_IDENTIFIER = re.compile(r"[^\W\d][\w.\- ]{0,40}")
_FOOTNOTE = re.compile(r"[\d\s,\-]+|sic!?|\.\.\.|\u2026|x|\s|at|dot|\?")
_HTML_TAGS = frozenset(
    "a b i u p s br hr em strong div span ul ol li h1 h2 h3 h4 h5 h6 img small sub sup "
    "code pre blockquote table tr td th".split()
)
# Bare words only count when they are unmistakably field names, never plain English.
_BARE_FIELDS = frozenset(
    """firstname fname lastname lname fullname name company companyname orgname jobtitle
    recipientname contactname accountname sendername yourname myname insertname projectname
    productname eventname vorname nachname prenom nombre xxx xxxx xxxxx todo""".split()
)


class Placeholder(NamedTuple):
    text: str
    start: int
    end: int


def _compact(content: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(content))


def _words(content: str) -> list[str]:
    return [fold(w) for w in _SPLIT.split(content) if w]


# How a field is labelled in Chinese, Japanese and Korean: "公司名称", "バンド名", "밴드명", "고객 이름".
_CJK_LABEL_ENDS = ("名", "名称", "名前", "명", "이름")


def _looks_like_slot(content: str) -> bool:
    """Content of brackets that reads as a field or an instruction, not as prose."""
    content = content.strip()
    if not content or len(content.split()) > 8:
        return False
    if 1 < len(content) <= 10 and content[0] > "\u2e7f" and content.endswith(_CJK_LABEL_ENDS):
        return True  # a CJK field label: "[밴드명]", "[公司名称]", "[고객 이름]"
    if _compact(content) in MERGE_FIELDS or any(
        w in SLOT_WORDS or w in MERGE_FIELDS for w in _words(content)
    ):
        return True
    words = content.split()
    if len(words) > 5 or not _IDENTIFIER.fullmatch(content):
        return False
    # "Restaurant Name", "FIRST_NAME", "firstName", "first_name": an identifier, not prose.
    return all(w[:1].isupper() for w in words) or "_" in content or bool(
        re.search(r"[a-z][A-Z]", content)
    )


# Words a slot in plain parentheses may hold besides slot and field words ("(nome do
# cliente)", "(Name of the contact)").
_PAREN_GLUE = frozenset(
    """of the a de do da del di della du des der my your seu sua tu su tuo tua il la le el lo
    votre ton ta dein deine ihr ihre mein meine mio mia meu minha mi mon ma""".split())
_INSTRUCTIONS = frozenset(
    "insert insertar einfügen insérer inserisci inserir add agregar ajouter aggiungi".split())
# What only an instruction to the writer starts with, or says ("something personal", "a
# compliment"): the verbs of "mention / write / add / insert / personalize ...", and the words
# that name the missing text itself. Folded (no accents).
_NOTE_VERBS = frozenset(fold(w) for w in """
    insert mention add write include reference personalize personalise describe fill put
    compliment praise say
    inserta insertar menciona mencionar añade añadir agrega agregar escribe escribir incluye
    incluir personaliza personalizar pon
    füge fügen einfügen erwähne erwähnen nenne nennen schreibe schreiben ergänze ergänzen
    personalisieren
    insère insérer insérez mentionne mentionner mentionnez ajoute ajouter ajoutez écris
    écrire écrivez personnalise personnaliser personnalisez cite citer
    inserisci inserire menziona menzionare aggiungi aggiungere scrivi scrivere personalizza
    personalizzare cita citare
    insira inserir insere mencione mencionar menciona adicione adicionar adiciona escreva
    escrever escreve inclua incluir personalize personalizar""".split())
_NOTE_WORDS = frozenset(fold(w) for w in """
    something compliment personalized personalised personalization personalisation
    algo cumplido elogio personalizado personalizada personalización
    etwas kompliment persönlich persönliches persönlichen personalisiert personalisierte
    quelque compliment personnalisé personnalisée personnalisation
    qualcosa complimento personalizzato personalizzata personalizzazione
    algo elogio personalizado personalizada personalização""".split())
# The same in Chinese, Japanese and Korean, found inside a run (no spaces to split on).
_SOURCES["cjk_note"] = (
    "插入|填写|填入|此处|这里|個性化|个性化|个人化|定制|"
    "ここに|挿入|記入|一言|パーソナライズ|"
    "여기에|삽입|입력|개인화|맞춤")
# A handle nobody filled in: "@username", "@handle", "@their_handle".
_SOURCES["handle"] = r"(?<![\w.])@(?P<name>[A-Za-z_]{4,20})\b"
_HANDLE_FIELDS = frozenset(
    """username user handle name firstname yourhandle theirhandle their_handle your_handle
    twitterhandle xhandle userhandle nombredeusuario usuario benutzername nutzername
    utilisateur pseudo utente usuario""".split())


def _writer_note(content: str) -> bool:
    """An instruction to the writer ("mention something about their talk", "此处插入...")."""
    content = content.strip()
    if not content:
        return False
    if not content.isascii() and _pattern("cjk_note").search(content):
        return True
    words = _words(content)
    if not words or len(words) > 12:
        return False
    return words[0] in _NOTE_VERBS or any(w in _NOTE_WORDS for w in words)


def _paren_slot(content: str) -> bool:
    """Plain parentheses hold prose far more often than slots ("(see below)", "(Mobile World
    Congress)", "(our team)"), so only slots made entirely of slot words and naming a person
    or company ("(Your Name)", "(nome)", "(Company Name)", "（お名前）"), identifiers
    ("(FIRST_NAME)", "(firstName)") and instructions ("(insert name here)") count."""
    content = content.strip()
    if not content or not _looks_like_slot(content):
        return False
    words = _words(content)
    if not words:
        return False
    if words[0] in _INSTRUCTIONS or "_" in content or _CAMEL.search(content):
        return True
    if _compact(content) in NAME_FIELDS:
        return True
    return any(w in NAME_FIELDS for w in words) and all(
        w in SLOT_WORDS or w in MERGE_FIELDS or w in _PAREN_GLUE for w in words)


def _is_placeholder(kind: str, raw: str) -> bool:
    if kind in ("always", "always_cjk"):
        return True
    if kind == "brace":
        return bool(_IDENTIFIER.fullmatch(raw[1:-1].strip()))
    if kind == "bracket":
        inner = raw[1:-1].strip()
        if _FOOTNOTE.fullmatch(inner.lower()) or inner.isdigit():
            return False
        return _looks_like_slot(inner) or _writer_note(inner) or bool(
            _LIST_LITERAL.fullmatch(inner))
    if kind == "dangle":
        return _looks_like_slot(raw[2:-2]) or _writer_note(raw[2:-2])
    if kind == "angle":
        inner = raw[1:-1].strip()
        if not inner or inner[0].isdigit() or "@" in inner or "://" in inner:
            return False
        tag = inner.lstrip("/").split(" ", 1)[0].rstrip("/").lower()
        if tag in _HTML_TAGS:
            return False
        return _looks_like_slot(inner) or _writer_note(inner)
    if kind == "paren":
        return _paren_slot(raw[1:-1])
    if kind == "hash":
        # "#name#", "((first_name))": merge-field names only ("#1#" or "((sic))" are prose),
        # or a field in capitals between hashes ("#SEGMENTO#": a hashtag never ends in one).
        inner = raw.strip("#()")
        return _compact(inner) in MERGE_FIELDS or "_" in inner or bool(_CAMEL.search(inner)) \
            or (raw[0] == "#" and _shouted_field(inner))
    if kind == "dollar":
        # Shell and Perl style: "$name", "$FIRST_NAME", "$firstName"; not "$5" or "$AAPL".
        inner = raw[1:]
        return _compact(inner) in MERGE_FIELDS or "_" in inner or bool(_CAMEL.search(inner))
    if kind in ("percent", "star"):
        inner = raw[1:-1]
        return _compact(inner) in MERGE_FIELDS or any(
            w in ("name", "company") for w in _words(inner)
        ) or ("_" in inner and inner.isupper()) or (kind == "percent" and _shouted_field(inner))
    return False


# A list a template printed as it is ("['cross-border logistics', 'DTC branding']"): a field
# rendered without being written into a sentence.
_LIST_LITERAL = re.compile(r"""(['"])[^'"\n]{1,60}\1(?:\s*,\s*(['"])[^'"\n]{1,60}\2)+""")
# Full-width delimiters of Chinese and Japanese input ("｛名前｝"), read as their ASCII forms
# (one letter each, so offsets hold).
_WIDE = str.maketrans("\uff5b\uff5d\uff1c\uff1e\uff05\uff04\uff03", "{}<>%$#")


def _shouted_field(inner: str) -> bool:
    """A field name in capitals ("SPECIALTY", "SEGMENTO") between delimiters prose never puts
    around a word (``%...%``, ``#...#``); ``*NEW*`` is emphasis, so stars do not count."""
    letters = inner.replace("_", "").replace(" ", "")
    return len(letters) >= 3 and letters.isalpha() and letters.isupper()


def find_placeholders(text: str) -> list[Placeholder]:
    """Every unfilled merge field in ``text``, in order of appearance."""
    scanned = blank_emails_and_urls(text)
    if not scanned.isascii():
        scanned = scanned.translate(_WIDE)
    found = []
    if "@" in scanned:
        found += [Placeholder(m.group(), m.start(), m.end())
                  for m in _pattern("handle").finditer(scanned)
                  if m.group("name").lower() in _HANDLE_FIELDS]
    if _TRIGGER.search(scanned):
        for m in _pattern("delimited").finditer(scanned):
            if _is_placeholder(m.lastgroup or "", m.group()):
                found.append(Placeholder(text[m.start():m.end()], m.start(), m.end()))
        found.sort(key=lambda p: p.start)
    bare = [m for m in _BARE.finditer(scanned) if _compact(m.group()) in _BARE_FIELDS] \
        if _BARE_HINT.search(scanned) else []
    if bare:
        words = re.findall(r"[^\W\d_]{2,}", scanned)
        shouted = len(words) >= 3 and sum(w.isupper() for w in words) > 0.5 * len(words)
        taken = [(p.start, p.end) for p in found]
        for m in bare:
            inside = any(a <= m.start() < b for a, b in taken)
            if not inside and not (shouted and m.group().isupper()):
                found.append(Placeholder(m.group(), m.start(), m.end()))
        found.sort(key=lambda p: p.start)
    return found
