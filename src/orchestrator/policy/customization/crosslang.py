"""Evidence that survives translation, for a message written in another language than the
record ("Hosts a book podcast; the episode on 1980s Korean poetry got 20k plays" and a
Korean message about "1980년대 한국 시 ... 2만 회 재생").

Word matching (:mod:`.details`) finds little across languages: the same detail is said in
other words. What a translation keeps is counted here instead, only for a message whose
language is not the notes' and whose words alone did not make a detail (a draft in the
language of its record never comes here):

* *numbers with their scale*: "20k" = "2만" = "20 mil" = "20,000"; "1980s" = "1980년대" =
  "1980年代" = "años 80" = "80er";
* *words of one gloss*: a table of common concrete topics (:data:`GLOSS`, data only: a few
  here, some two hundred trades, foods, sports, objects and fields in :mod:`.gloss`) with
  each one's words in every supported language ("bottles" / "garrafas" / "瓶"); generic
  things (a video, a post, a talk) are left out on purpose: they say nothing of the reader;
* *cognates*: two content words of five letters or more spelled nearly alike once their
  endings are dropped ("episode" / "episodio"), or once one sound's spellings and one
  suffix's endings are made one ("Klinik" / "clinic", "Universität" / "university");
* *paraphrases* in the Latin-script languages (:mod:`.paraphrase`): a German compound for
  two neighbouring words (a phrase: two pieces, "Wärmepumpen" / "heat pumps"), a count with
  its unit ("unter einer Minute" / "under a minute", also two), a place by its adjective
  ("Wiener" / "Vienna");
* *Korean names written in Hangul*: the romanized word against a name in the record
  ("대구" / "Daegu", "자라섬" / "Jarasum"): Hangul spells sounds, so this needs no dictionary;
* *Chinese names, and Japanese names in kana*: Han characters in a Chinese message read in
  pinyin, tones dropped and syllables joined ("安吉" / "Anji", "杭州" / "Hangzhou"; every
  reading of each character is tried, so "重庆" is "Chongqing"), and katakana in a Japanese
  message read in Hepburn romaji ("ニセコ" / "Niseko"; a loanword heard with the vowels
  Japanese puts in, "ミラノ" / "Milan", "ベルリン" / "Berlin"). Han characters take a
  dictionary: ``pypinyin`` ships one (imported only when a Chinese message meets Latin notes
  that hold a capitalized name); kana spell sounds and need only ``jaconv``. Japanese kanji
  are not read: their readings need a far larger dictionary; only Japan's places written in
  kanji ("北海道" / "Hokkaido", "伏見" / "Fushimi") are known, from a table in :mod:`.places`.
  Only pieces that read as one of the record's capitalized words or
  phrases count, so a common word cannot match by accident.
* *English loanwords in katakana or Hangul*: "センサー" / "sensors", "라이트닝 토크" /
  "lightning talk", compared by their sounds (:mod:`.loanwords`), in a CJK message about
  English notes and in an English message about Japanese or Korean notes;
* *months*: "四月", "10月", "10월" for the notes' "April", "October", "octubre";
* *tenths said the CJK way*: "四成", "三割" are the notes' "40%", "30%" (read as digits by
  :func:`.normalize.cjk_digits`, so they match as numbers do).

A recorded name counts once, however often the message says it.

Words already matched by :mod:`.details` (a Latin-script name inside CJK text, "Instagram",
"WeChat") count as they are. Two pieces are needed: vague praise hooked to one word in
another language ("¡Me encantan tus publicaciones sobre sostenibilidad!") stays vague. A
decade or amount the message gives that the record does not hold, while the record holds
others, is no bridge at all ("직원 3,000명" for "300 staff"): a wrong figure is not evidence
(a year is no such figure: "in 2024" may be the sender's). Nothing
here overrides a contradiction: the matcher still looks for one.
"""

from __future__ import annotations

import re
from typing import Callable

from .cjk import FIRST as CJK_FIRST
from .cjk import _CHINESE_FUNCTION, script
from .lexicon import CJK_PLURAL_SENDERS, PLURAL_SENDERS
from .months import cjk_months
from .normalize import fold
from .quantities import MONTH_NAMES
from .gloss import TABLE as _MORE_TOPICS
from .gloss_care import TABLE as _CARE_TOPICS
from .gloss_commerce import TABLE as _COMMERCE_TOPICS
from .gloss_domains import TABLE as _DOMAIN_TOPICS
from .gloss_fields import TABLE as _FIELD_TOPICS
from .gloss_things import TABLE as _THING_TOPICS
from .paraphrase import TOPICS as _PARAPHRASE_TOPICS
from .text import Token

CJK = ("chinese", "japanese", "korean")

# One topic a line: English | Spanish | French | German | Italian | Portuguese | Chinese |
# Japanese | Korean, forms separated by commas. Latin forms of five letters or more match the
# beginning of a word ("garraf" -> "garrafas"), shorter ones the whole word or its plural;
# CJK forms match anywhere (two characters or more, so no one syllable stands for a word).
# Only specific topics: nothing every outreach message says (video, post, event, team,
# "a coffee": see lexicon.GENERIC_WORDS).
_GLOSS_TABLE = """
children, child, kids | niños, niñas, infantil | enfants, enfant | kinder | bambini, bambine |
    crianças, infantil | 儿童, 孩子 | 子ども, 子供, こども, お子さん | 어린이, 아이들, 아동
students, student, pupils | estudiante, alumnos, alumnas | étudiant, élèves | schüler, studierend |
    studenti, studentesse, alunni | estudante, alunos | 学生 | 学生, 生徒 | 학생
teachers, teacher | profesor, docente, maestro, maestra | enseignant, professeur | lehrer |
    insegnant, docent | professor | 教师 | 教師, 教員 | 교사, 선생님
rural, village | rural, pueblo | rural, village | ländlich, dorf | rural, villagg |
    rural, aldeia | 乡村, 农村 | 農村, 田舎 | 농촌, 시골
readers, bookworms | lectura, lector | lecture, lecteur | leser, lesekreis |
    lettura, lettori | leitura, leitor | 读书, 阅读 | 読書 | 독서
poetry, poems, poem, poets | poesía, poema, poeta | poésie, poème, poète | gedicht, lyrik, poesie |
    poesia, poesie, poeta | poesia, poema | 诗歌, 诗人 | 詩人, 詩集 | 시인, 시집
bottles, bottle | botella | bouteille | flasche | bottigli | garrafa | 瓶子, 酒瓶 | ボトル |
    병입, 유리병
lighter, lightweight | ligera, ligero, liviana | léger, légère, allég | leichter, leichtere |
    leggero, leggera, alleggerit | leve, leves | 轻量, 更轻 | 軽量 | 경량
carbon, emissions, co2 | carbono, emision | carbone, émission | kohlenstoff, emission, co2 |
    carbonio, emission | carbono, emissão, emissões | 碳排, 排放, 低碳 | 炭素, 排出 | 탄소, 배출
recycling, recycled | recicla | recycl | recycling, wiederverwert | ricicl | recicla | 回收 |
    リサイクル | 재활용
solar | solar | solaire | solar | solar | solar | 太阳能, 光伏 | 太陽光 | 태양광
climate | clima, climático | climat | klima | clima, climatic | clima, climático | 气候 | 気候 |
    기후
waste | desperdicio, residuos | gaspillage, déchets | abfall, abfälle | spreco, rifiuti |
    desperdício, resíduos | 浪费, 垃圾 | 廃棄, ごみ | 폐기물, 쓰레기
hospital, hospitals, clinic | hospital, clínica | hôpital, clinique | krankenhaus, klinik |
    ospedal, clinica | hospital, clínica | 医院 | 病院 | 병원
nurses, nurse, nursing | enfermer | infirmi | pflegekr, krankenpfleg | infermier |
    enfermei | 护士, 护理 | 看護 | 간호
teeth, tooth, dental, dentist | diente, dental, dentista | dents, dentaire, dentiste |
    zahn, zähne, zahnarzt | denti, dentale, dentista | dentes, dental, dentista | 牙齿, 牙科 |
    歯科, 歯みがき, 歯磨き | 치아, 치과, 양치
farmers, farm, farms, farming | granja, agricult, campesin | fermier, agricult |
    bauern, landwirt | agricolt, fattoria | fazenda, agricult | 农场, 农民 | 農家, 農場 | 농장, 농가, 농민
wine, wines, winery | vino, vinos, bodega | vins, vignob | wein | vino, vini | vinho | 葡萄酒, 红酒 |
    ワイン | 와인
football, soccer, futsal | fútbol | football | fußball | calcio | futebol | 足球 | サッカー | 축구
coach, coaches, coaching | entrenador, entrenadora | entraîneur, entraîneuse | trainer, trainerin |
    allenator, allenatric | treinador, treinadora | 教练 | コーチ | 코치, 감독
bike, bikes, bicycle, cycling | bicicleta, bici, ciclismo | vélo, cyclisme | fahrrad, radsport |
    biciclett, bici, ciclismo | bicicleta, ciclismo | 自行车, 骑行 | 自転車 | 자전거
garden, gardens, gardening | jardín, huerto | jardin, potager | garten | giardin, orto |
    jardim, horta | 花园, 菜园 | 菜園, ガーデン | 정원, 텃밭
translation, translator | traducc, traductor | traduction, traducteur | übersetz |
    traduzion, tradutt | tradução, tradutor | 翻译 | 翻訳 | 번역
jazz | jazz | jazz | jazz | jazz | jazz | 爵士 | ジャズ | 재즈
returns, refunds | devoluciones, devolución | retours, remboursement | retouren, rücksend |
    rimborsi | devoluções, devolução, reembolso | 退货, 退款 | 返品, 返金 | 반품, 환불
uk, britain, british | británic | britanni | großbritannien, britisch | britannic | britânic |
    英国 | イギリス, 英国 | 영국
"""

_LANGUAGES = ("english", "spanish", "french", "german", "italian", "portuguese", "chinese",
              "japanese", "korean")


def _gloss(table: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """``{language: ((form, topic), ...)}`` from :data:`_GLOSS_TABLE`."""
    rows, line = [], ""
    for raw in table.strip().splitlines():
        if raw.startswith("    ") and line:
            line += " " + raw.strip()
        else:
            if line:
                rows.append(line)
            line = raw.strip()
    rows.append(line)
    out: dict[str, list[tuple[str, int]]] = {lang: [] for lang in _LANGUAGES}
    for topic, row in enumerate(rows):
        cells = [c.strip() for c in row.split("|")]
        assert len(cells) == len(_LANGUAGES), row
        for lang, cell in zip(_LANGUAGES, cells):
            for form in cell.split(","):
                form = form.strip()
                if form:
                    out[lang].append((form if lang in CJK else fold(form), topic))
    return {lang: tuple(forms) for lang, forms in out.items()}


# The broader tables are kept apart, data only (read with this module, on this path only):
# trades, foods, sports (:mod:`.gloss`); professional fields' terms (:mod:`.gloss_fields`);
# commerce (:mod:`.gloss_commerce`); everyday things and places (:mod:`.gloss_things`);
# the terms of crafts, farming, the clinic, the courts, the sciences, the stage, transport
# and utilities (:mod:`.gloss_domains`); rehabilitation and care, sport, leisure, learning,
# publishing and insurance (:mod:`.gloss_care`).
GLOSS = _gloss(_GLOSS_TABLE + _MORE_TOPICS + _PARAPHRASE_TOPICS + _FIELD_TOPICS + _COMMERCE_TOPICS
               + _THING_TOPICS + _DOMAIN_TOPICS + _CARE_TOPICS)
# A short text is easily taken for a neighbouring language ("vi que gosta de vinho" reads
# as Spanish): a text in a European language is searched for the forms of all of them.
_EUROPEAN = tuple(sorted({form for lang in _LANGUAGES if lang not in CJK
                          for form in GLOSS[lang]}))
# The same forms by what they match, so a word is looked up, not compared with every form:
# a whole word (any form), a word less its plural ending (a form under five letters), or
# the beginning of a word (a form of five letters or more).
_WHOLE: dict[str, list[tuple[str, int]]] = {}
_PLURAL: dict[str, list[tuple[str, int]]] = {}
_PREFIX: dict[str, list[tuple[str, int]]] = {}
for _form, _topic in _EUROPEAN:
    _WHOLE.setdefault(_form, []).append((_form, _topic))
    if len(_form) < 5:
        _PLURAL.setdefault(_form + "s", []).append((_form, _topic))
        _PLURAL.setdefault(_form + "es", []).append((_form, _topic))
    else:
        _PREFIX.setdefault(_form, []).append((_form, _topic))
_LONGEST_FORM = max(len(form) for form in _PREFIX)

# Numbers with a scale or a decade, in any of the languages ("20k", "2만", "20 mil",
# "1980s", "1980년대", "años 80", "80er").
_DECADE = re.compile(
    r"(?<!\d)(1[89]\d0|20[0-2]0)(?:\s?'?s\b|\s?년대|\s?年代|er\b)"
    r"|\b(?:años|anos|anni|années|decada de|década de)\s+'?(\d0)\b"
    r"|(?<![\d'])'?(\d0)(?:er\b|s\b|년대|年代)", re.IGNORECASE)
_SCALED = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(?:(만|万|萬)\s?(\d)\s?(천|千)|(k\b|thousand|mil\b|mille\b"
    r"|tausend|tsd\b|千|천|만|万|萬|million|millones|millions|millionen|milioni|milhões|milhoes"
    r"|mio\b|百万|億|亿|억))",
    re.IGNORECASE)
_PLAIN = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])"
                    r"|(?<![\d.,])\d{3,}(?![\d.,])")
_SCALE = {"k": 1_000, "thousand": 1_000, "mil": 1_000, "mille": 1_000, "tausend": 1_000,
          "tsd": 1_000, "千": 1_000, "천": 1_000, "만": 10_000, "万": 10_000, "萬": 10_000,
          "million": 1_000_000, "millones": 1_000_000, "millions": 1_000_000,
          "millionen": 1_000_000, "milioni": 1_000_000, "milhões": 1_000_000,
          "milhoes": 1_000_000, "mio": 1_000_000, "百万": 1_000_000, "億": 100_000_000,
          "亿": 100_000_000, "억": 100_000_000}


def numbers(text: str) -> list[tuple[object, int, int]]:
    """``(value, start, end)`` of each number with a scale or decade, and each plain number
    of three digits or more: ``("decade", 1980)`` for "1980s" / "años 80", ``20000`` for
    "20k" / "2만" / "20,000"."""
    found: list[tuple[object, int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in _DECADE.finditer(text):
        digits = m.group(1) or m.group(2) or m.group(3)
        year = int(digits) if len(digits) == 4 else 1900 + int(digits)
        found.append((("decade", year), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _SCALED.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        amount = float(m.group(1).replace(",", "."))
        if m.group(2):  # "1만 5천": ten thousands and thousands
            value = amount * 10_000 + int(m.group(3)) * 1_000
        else:
            value = amount * _SCALE[m.group(5).lower()]
        found.append((round(value), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _PLAIN.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        digits = re.sub(r"\D", "", m.group())
        found.append((int(digits), m.start(), m.end()))
    return found


def topics(text: str, language: str) -> dict[int, list[tuple[int, int]]]:
    """``{gloss topic: [(start, end), ...]}`` of the gloss words ``text`` holds."""
    out: dict[int, list[tuple[int, int]]] = {}
    forms = GLOSS.get(language, ())
    if language in CJK:
        for form, topic in forms:
            at = text.find(form)
            while at >= 0:
                out.setdefault(topic, []).append((at, at + len(form)))
                at = text.find(form, at + len(form))
        return out
    if not forms:
        return out
    hits: set[tuple[str, int, int, int, int]] = set()  # (form, topic, word, start, end)
    for n, m in enumerate(_WORD.finditer(text)):
        word = fold(m.group())
        found = _WHOLE.get(word, []) + _PLURAL.get(word, [])
        for size in range(5, min(len(word), _LONGEST_FORM) + 1):
            found += _PREFIX.get(word[:size], [])
        for form, topic in found:
            hits.add((form, topic, n, m.start(), m.end()))
    for _, topic, _, start, end in sorted(hits):  # by form, then word: as the forms are sorted
        out.setdefault(topic, []).append((start, end))
    return out


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ENDINGS = ("ations", "ation", "ciones", "cion", "coes", "cao", "zioni", "zione", "ions", "ion",
            "ies", "es", "os", "as", "en", "er", "s", "o", "a", "e", "i", "y")


def _root(word: str) -> str:
    """``word`` (folded) without one common ending, when five letters remain."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[:-len(ending)]
    return word


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _compound_of(word: str, recorded: set[str]) -> bool:
    """Whether a German compound starts with a recorded word of five letters or more and
    goes on for four more ("Pilotprojekt" for a recorded "pilot")."""
    for w in recorded:
        if len(word) >= len(w) + 4 and word.startswith(w):
            return True
    return False


def cognate(a: str, b: str) -> bool:
    """Whether two folded words of five letters or more are spelled nearly alike once their
    endings are dropped ("episode" / "episodio", "sustainability" / not "sostenibilidad"):
    the same first two letters and at most one edit in six."""
    if len(a) < 5 or len(b) < 5 or a[:2] != b[:2]:
        return False
    ra, rb = _root(a), _root(b)
    limit = max(len(ra), len(rb)) // 6
    return _distance(ra, rb, limit) <= limit


# Revised Romanization of Korean: initial, medial and final of a Hangul syllable.
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def romanize(hangul: str) -> str:
    """Hangul syllables in the Revised Romanization (other characters dropped)."""
    out = []
    for char in hangul:
        code = ord(char) - 0xAC00
        if 0 <= code < 11172:
            initial, rest = divmod(code, 588)
            medial, final = divmod(rest, 28)
            out.append(_INITIALS[initial].replace("-", "") + _MEDIALS[medial] + _FINALS[final])
    return "".join(out)


def _skeleton(word: str) -> str:
    return re.sub(r"[aeiouwy]+", "", word)


def _romanized_name(run: str, names: set[str]) -> str | None:
    """The recorded name a Hangul word stands for, with or without a particle after it."""
    for cut in range(len(run), 1, -1):
        spoken = romanize(run[:cut])
        if spoken in names:
            return spoken
        bones = _skeleton(spoken)
        if len(bones) >= 3:
            for name in names:
                if name[0] == spoken[0] and _skeleton(name) == bones:
                    return name
    return None


def _family_and_given(run: str, names: set[str]) -> str | None:
    """The recorded given name of a Korean full name in Hangul ("박지원님이" for "Park
    Jiwon"): a one-syllable family name, in its usual spelling or romanized, that the record
    also gives, then a given name it gives."""
    if len(run) < 3:
        return None
    family = run[0]
    if not any(spelled in names for spelled in _FAMILY_SPELLINGS.get(family, ())) \
            and romanize(family) not in names:
        return None
    return _romanized_name(run[1:], names)


# The usual Latin spellings of the commonest Korean family names, where they differ from
# the Revised Romanization ("박" is "Park", not "Bak"); folded.
_FAMILY_SPELLINGS = {
    "김": ("kim",), "이": ("lee", "rhee", "yi"), "박": ("park", "pak"), "최": ("choi",),
    "정": ("jung", "chung", "jeong"), "강": ("kang",), "조": ("cho", "jo"),
    "윤": ("yoon", "yun"), "장": ("jang", "chang"), "임": ("lim", "im"), "오": ("oh",),
    "신": ("shin",), "권": ("kwon",), "황": ("hwang",), "안": ("ahn",), "송": ("song",),
    "류": ("ryu", "yoo"), "유": ("yoo", "yu"), "홍": ("hong",), "전": ("jeon", "chun"),
    "고": ("ko", "go"), "문": ("moon",), "손": ("son", "sohn"), "배": ("bae",),
    "백": ("baek", "paik"), "허": ("heo", "huh"), "노": ("noh", "roh"), "심": ("shim",),
    "곽": ("kwak",), "성": ("sung",), "차": ("cha",), "주": ("joo", "ju"), "우": ("woo",),
    "구": ("koo", "ku"), "서": ("seo", "suh"), "한": ("han",), "민": ("min",),
}


_HANGUL = re.compile(r"[\uac00-\ud7a3]{2,}")
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]{3,}")


def _names_read_back(said: str, record_text: str, record_language: str
                     ) -> list[tuple[int, int]]:
    """Where ``said`` (Latin script) names something the CJK ``record_text`` writes in its
    own script, read aloud as above; each name once."""
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    if record_language == "korean":
        names = _record_names(said)
        if not names:
            return out
        for m in _HANGUL.finditer(record_text):
            name = _romanized_name(m.group(), names)
            if name and name not in seen:
                seen.add(name)
                out.extend(_spans(said, name))
        return out
    names = latin_names(said, openers=False)
    if not names:
        return out
    for name, _, _ in transliterated(record_text, record_language, names):
        if name not in seen:
            seen.add(name)
            out.extend(_spans(said, name))
    return out


def _spans(said: str, name: str) -> list[tuple[int, int]]:
    """The first place ``said`` writes ``name`` (any case), as a span."""
    m = re.search(r"(?<![^\W\d_])" + r"[ -]".join(map(re.escape, re.split(r"[ -]", name)))
                  + r"(?![^\W\d_])", said, re.IGNORECASE)
    return [(m.start(), m.end())] if m else []


def _record_names(record_text: str) -> set[str]:
    """Capitalized words of the record, but not the first of a sentence ("Plays", "Runs")."""
    names = set()
    for m in _CAPITALIZED.finditer(record_text):
        before = record_text[:m.start()].rstrip()
        if before and before[-1] not in ".!?;:\n":
            names.add(fold(m.group()))
    return names


# --- Chinese and Japanese names, read aloud ------------------------------------------------

# Capitalized words of the record and the phrases they make ("Kusatsu Onsen"), read as names.
_NAME_PHRASE = re.compile(r"\b[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)*|\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")
_LETTERS = re.compile(r"[^a-z]+")
_LONG = re.compile(r"ou|([aeiou])\1+")


def spelled(word: str) -> str:
    """A romanized word compared loosely: case, accents, spaces and hyphens, and long vowels
    left out ("Hokkaidō", "hokkaidou", "Hokkai-do" -> "hokkaido"; "Shimbashi" -> "shinbashi").
    """
    word = _LETTERS.sub("", fold(word))
    word = re.sub(r"m(?=[bp])", "n", word)
    while True:  # until no long vowel is left ("toou" -> "tou" -> "to", as "toō")
        short = _LONG.sub(lambda m: m.group(1) or "o", word)
        if short == word:
            return word
        word = short


_SOUNDS = ((re.compile(r"([^aeiou])\1+"), r"\1"), (re.compile(r"ph"), "f"),
           (re.compile(r"th"), "s"), (re.compile(r"qu"), "k"), (re.compile(r"c(?=[eiy])"), "s"),
           (re.compile(r"[ck]"), "k"), (re.compile(r"x"), "ks"), (re.compile(r"l"), "r"),
           (re.compile(r"v"), "b"))
_VOWELS = frozenset("aeiou")


def sounds(word: str) -> str:
    """A word as Japanese hears it: double consonants made one ("sakkaa" -> "saka"), then no
    l, v, c, ph or th ("Berlin" -> "berrin", "Barcelona" -> "barserona")."""
    word = spelled(word)
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return word


def heard_as(read: str, name: str) -> bool:
    """Whether katakana read ``read`` is ``name`` written the Japanese way: the same sounds
    (see :func:`sounds`) with vowels put in, since Japanese follows every consonant but n with
    one ("berurin" / "Berlin", "mirano" / "Milan" and "Milano", "baruserona" / "Barcelona"),
    the name's three consonants or more all there in order ("tsuuru" is not "Teselia")."""
    heard, said = sounds(read), sounds(name)
    if heard[:1] != said[:1] or sum(1 for c in said if c not in _VOWELS) < 3:
        return False
    j = 0
    for c in heard:
        if j < len(said) and c == said[j]:
            j += 1
        elif c not in _VOWELS:
            return False
    return j == len(said)


def latin_names(record_text: str, openers: bool = True) -> dict[str, str]:
    """``{spelled form: name}`` of the record's capitalized words and phrases, and of the
    words of each phrase, all standing for the whole phrase ("kusatsuonsen", "kusatsu" and
    "onsen" for "Kusatsu Onsen": one name, however it is split). A word that opens a sentence
    ("Runs", "Hosts") is kept too unless ``openers`` is false: a name read aloud in full
    hardly spells an English verb, but a loanword heard loosely may ("テーチェス" and
    "Teaches")."""
    names: dict[str, str] = {}
    for m in _NAME_PHRASE.finditer(record_text):
        if not openers:
            before = record_text[:m.start()].rstrip()
            if not before or before[-1] in ".!?;:\n":
                continue
        phrase = m.group()
        words = re.split(r"[ -]", phrase)
        for k in range(len(words)):
            for j in range(k + 1, len(words) + 1):
                piece = "".join(words[k:j])
                if len(piece) >= 4:
                    names.setdefault(spelled(piece), phrase)
    return names


# Loanword sounds that ``jaconv`` spells kana by kana ("ティ" -> "tei"), in Hepburn.
_LOANWORD_KANA = {"しぇ": "she", "じぇ": "je", "ちぇ": "che", "てぃ": "ti", "でぃ": "di",
                  "とぅ": "tu", "どぅ": "du", "つぁ": "tsa", "つぃ": "tsi", "つぇ": "tse",
                  "つぉ": "tso", "うぃ": "wi", "うぇ": "we", "うぉ": "wo", "いぇ": "ye",
                  "くぁ": "kwa", "ぐぁ": "gwa", "てゅ": "tyu", "でゅ": "dyu", "ふゅ": "fyu"}
_LOANWORD_PAIR = re.compile("|".join(_LOANWORD_KANA))


def _romaji(piece: str) -> str:
    """Kana in Hepburn romaji ("ベルリン" -> "berurin", "ティラナ" -> "tirana"), by ``jaconv``
    (imported here only: a message in Japanese meeting Latin notes is rare); "ー" and anything
    that is no kana come out as no letter. Kanji are not read: that takes a dictionary."""
    import jaconv

    kana = jaconv.kata2hira(jaconv.h2z(piece, kana=True, ascii=False, digit=False))
    kana = _LOANWORD_PAIR.sub(lambda m: _LOANWORD_KANA[m.group()], kana)
    return jaconv.kana2alphabet(kana).replace("xtsu", "")


_PINYIN: Callable[[str], list[list[str]]] | None = None


def _readings(run: str) -> list[list[str]]:
    """Every pinyin reading, tones dropped, of each Han character of ``run`` ("重庆" ->
    ``[["zhong", "chong", "tong"], ["qing"]]``), by ``pypinyin``, imported here only and, when
    this loads it first, without its phrase dictionary (``PYPINYIN_NO_PHRASES``): a name is
    matched against every reading of its characters, so the phrase that would pick one is not
    needed, and leaving it out saves most of the load (0.06 s and 12 MB instead of 0.3 s and
    56 MB)."""
    global _PINYIN
    if _PINYIN is None:
        import os
        import sys

        lean = "pypinyin" not in sys.modules and "PYPINYIN_NO_PHRASES" not in os.environ
        if lean:  # read once, when pypinyin is first imported
            os.environ["PYPINYIN_NO_PHRASES"] = "1"
        try:
            from pypinyin import Style, pinyin
        finally:
            if lean:
                del os.environ["PYPINYIN_NO_PHRASES"]

        def read(text: str) -> list[list[str]]:
            return pinyin(text, style=Style.NORMAL, heteronym=True, v_to_u=True)

        _PINYIN = read
    return _PINYIN(run)


def _read_as(readings: list[list[str]], names: dict[str, str],
             prefixes: set[str]) -> str | None:
    """The name of ``names`` that one reading of each character spells, if any; readings
    that begin no name (``prefixes``: the beginnings of their spelled forms) are dropped as
    they come, so a run of characters with several readings each stays cheap."""
    partial = [""]
    for options in readings:
        partial = [p + o for p in partial for o in options if spelled(p + o) in prefixes]
        if not partial:
            return None
    return next((names[spelled(p)] for p in partial if spelled(p) in names), None)


_ROMAJI: dict[str, str] = {}
_NO_START = frozenset("ーァィゥェォッャュョヮ々")  # letters that start no word
_LONGEST = 6  # characters of a name: "乌鲁木齐", "ミラノサローネ" (in pairs past that)


def _kana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "\u30fc" or "\u31f0" <= char <= "\u31ff" \
        or "\uff66" <= char <= "\uff9f"


def _han(char: str) -> bool:
    return script(char) == "han"


def transliterated(said: str, language: str, names: dict[str, str],
                   loanwords: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """``(name, start, end)`` of each piece of ``said`` that reads as one of the record's
    ``names`` (see :func:`latin_names`): two Han characters or more read in pinyin (Chinese),
    or two katakana or more read in romaji (Japanese), a whole katakana word also heard as one
    of ``loanwords`` (names too, those that open no sentence; all ``names`` when not given; see
    :func:`heard_as`: "ミラノ" / "Milan"). Japanese kanji are not read ("北海道" is no
    "Hokkaido" here). The longest piece from each place is taken; Chinese pieces hold no
    function character ("在", "的"), Japanese ones start with no "ー" or small kana."""
    found: list[tuple[str, int, int]] = []
    runs: list[tuple[int, int, bool]] = []  # (start, end, katakana)
    at = 0
    while at < len(said):
        char = said[at]
        # Han characters are read in Chinese only: a kanji's reading needs a dictionary.
        kind = language == "chinese" and char >= "\u3000" and _han(char)
        katakana = language == "japanese" and _kana(char)
        if not (kind or katakana):
            at += 1
            continue
        end = at + 1
        while end < len(said) and (_kana(said[end]) if katakana else (
                said[end] >= "\u3000" and not _kana(said[end]) and _han(said[end]))):
            end += 1
        if end - at >= 2:
            runs.append((at, end, katakana))
        at = end
    prefixes = {key[:k] for key in names for k in range(1, len(key) + 1)}
    for start, end, katakana in runs:
        run = said[start:end]
        syllables = _readings(run) if language == "chinese" else None
        if syllables is not None and len(syllables) != len(run):
            continue
        i = 0
        while i < len(run) - 1:
            if run[i] in _NO_START:
                i += 1
                continue
            for j in range(min(len(run), i + _LONGEST), i + 1, -1):
                piece = run[i:j]
                if syllables is not None:
                    if any(c in _CHINESE_FUNCTION for c in piece):
                        continue
                    name = _read_as(syllables[i:j], names, prefixes)
                else:
                    read = _ROMAJI.get(piece)
                    if read is None:
                        if len(_ROMAJI) > 10_000:
                            _ROMAJI.clear()
                        read = _ROMAJI[piece] = _romaji(piece)
                    name = names.get(spelled(read))
                    if name is None and katakana and i == 0 and j == len(run):
                        # A loanword is heard whole, never in part ("ツール" of "ツールド").
                        heard = names if loanwords is None else loanwords
                        name = next((n for n in heard.values() if heard_as(read, n)), None)
                if name is not None:
                    found.append((name, start + i, start + j))
                    i = j - 1
                    break
            i += 1
    return found


def _company_says(text: str, tokens: list[Token], i: int) -> bool:
    """Whether word ``i`` follows, in its sentence, a word the sender says for their company
    ("我们是跨海通，在英国有仓", "we handle returns in the UK"): a topic of their offer is none
    of the reader's."""
    at = tokens[i].start
    start = max(text.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1
    for u in tokens:
        if u.start >= at:
            break
        if u.start >= start and (u.fold in PLURAL_SENDERS or u.fold >= CJK_FIRST and any(
                p in u.fold for p in CJK_PLURAL_SENDERS)):
            return True
    return False


_SENTENCE_ENDS = ("。", "！", "？", "!", "?", ". ", "\n")


def _met_there(tokens: list[Token], i: int) -> bool:
    """Whether the clause of word ``i`` speaks of the reader or of meeting them: its "we" is
    the sender and the reader ("dass wir uns auf der Messe in Köln kennengelernt haben")."""
    from .facts import _TOGETHER  # the words for meeting and talking
    from .lexicon import SECOND_PERSON

    clause = tokens[i].clause
    return any(t.clause == clause and (t.fold in _TOGETHER or t.fold in SECOND_PERSON)
               for t in tokens[max(0, i - 12):i + 12])


def _placed_occasion(text: str, tokens: list[Token], at: set[int], matches: dict) -> bool:
    """Whether the recorded place written at ``at`` in the message's language comes with a
    recorded word right beside it, in its clause ("il tuo workshop a Firenze" for "gave a
    workshop ... in Florence"): the place of something the record holds, a second piece
    even when that word alone is too common to count; the city alone ("부산 좋죠!") is one."""
    first, last = min(at), max(at)
    clause = tokens[first].clause
    return any(i not in at and tokens[i].clause == clause
               and (first - 3 <= i < first or last < i <= last + 3) for i in matches)


def bridged(text: str, tokens: list[Token], personal: list[int], content: list[int],
            counted: set[int], matches: dict, generic: Callable[[int], bool], language: str,
            record_text: str, record_language: str,
            distinct: int, tags: frozenset[str] = frozenset()) -> tuple[bool, set[int]] | None:
    """Whether the pieces found here bring the evidence to two, with the ``distinct``
    specific words the matcher counted already, and the message words that make them (not
    enough still says what matched: it is vague, not mail merge); None when a number of the
    message is not the record's. ``personal``: the words a piece may be made of (a Japanese
    word written partly in kana, "歯みがき", is made of pairs that count only together);
    ``content``: those of them that are not stop words. ``tags``: the record's interest tags,
    folded: a loanword that is a whole tag names the interest, as its words would in the
    record's language (two pieces)."""
    spans = [(tokens[i].start, tokens[i].end) for i in personal]
    if not spans or not record_text.strip():
        return False, set()
    lo, hi = spans[0][0], spans[-1][1]
    said = text[lo:hi]

    def words_at(start: int, end: int) -> set[int]:
        # Words inside the span: a CJK pair straddling its edge is another word's.
        return {i for i, (a, b) in zip(personal, spans) if start + lo <= a and b <= end + lo}

    pieces = distinct
    new: set[int] = set()

    def take(at: set[int]) -> None:
        nonlocal pieces
        if at and at.isdisjoint(counted) and at.isdisjoint(new):
            pieces += 1
            new.update(at)

    said_numbers = [(v, a, b) for v, a, b in numbers(said) if words_at(a, b)]
    if said_numbers:
        recorded = {v for v, _, _ in numbers(record_text)}
        kinds = {_kind(v) for v in recorded}
        for value, a, b in said_numbers:
            if value in recorded:
                take(words_at(a, b))
            elif _kind(value) in kinds - {"year"}:
                return None  # a decade or amount the record gives otherwise: no bridge
    if pieces < 2:
        known = topics(record_text, record_language)
        if known:
            for topic, places in topics(said, language).items():
                if topic in known:
                    for a, b in places:
                        at = words_at(a, b)
                        if at and not _company_says(text, tokens, min(at)):
                            take(at)
                            break
    if pieces < 2 and language not in CJK and record_language not in CJK:
        recorded_words = {fold(m.group()) for m in _WORD.finditer(record_text)}
        recorded_words = {w for w in recorded_words if len(w) >= 5}
        from .paraphrase import spelled_alike  # "Klinik" / "clinic", "Theater" / "teatro"

        recorded_alike = {spelled_alike(w) for w in recorded_words} - recorded_words
        for i in content:
            t = tokens[i]
            if i in counted or i in matches or len(t.fold) < 5 or generic(i) \
                    or not t.fold.isalpha():
                continue
            if any(cognate(t.fold, w) for w in recorded_words) or recorded_alike and any(
                    cognate(spelled_alike(t.fold), w) for w in recorded_alike) \
                    and not _company_says(text, tokens, i) \
                    or language == "german" and _compound_of(t.fold, recorded_words):
                # ("nuestras actividades" is the sender's; "Pilotprojekt" a recorded pilot)
                take({i})
                if pieces >= 2:
                    break
    if pieces < 2 and not (language in CJK and record_language in CJK):
        from .places import find as find_places  # a small table, read on this path only

        recorded_places = {place for place, _, _ in find_places(record_text)}
        if recorded_places:
            placed: set[int] = set()
            for place, a, b in find_places(said):
                if place in recorded_places and place not in placed:
                    at = words_at(a, b)
                    # Where the sender's company is ("我们在英国有仓") says nothing of the
                    # reader; where "we" met ("wir uns ... in Köln kennengelernt") does.
                    if at and not (_company_says(text, tokens, min(at))
                                   and not _met_there(tokens, min(at))):
                        placed.add(place)  # one recorded place is one piece
                        take(at)  # unless a cognate took it already ("München", "Munich")
                        if at <= new and _placed_occasion(text, tokens, at, matches):
                            pieces += 1
                        if pieces >= 2:
                            break
    if pieces < 2 and language not in CJK and record_language not in CJK:
        # A German compound for two neighbouring words (a phrase: two pieces), a count with
        # its unit, a place by its adjective (see paraphrase).
        from .paraphrase import compound_phrases
        from .paraphrase import pieces as paraphrased

        for a, b in compound_phrases(said, record_text):
            before = pieces
            take(words_at(a, b))
            if pieces > before:
                pieces += 1
            if pieces >= 2:
                break
        if pieces < 2:
            for a, b in paraphrased(said, record_text):
                take(words_at(a, b))
                if pieces >= 2:
                    break
    if pieces < 2 and language == "korean" and record_language not in CJK:
        names = _record_names(record_text)
        if names:
            named: set[str] = set()
            for m in _HANGUL.finditer(said):
                name = _romanized_name(m.group(), names) or _family_and_given(m.group(), names)
                if name and name not in named:  # one recorded name is one piece
                    named.add(name)
                    take(words_at(m.start(), m.end()))
                    if pieces >= 2:
                        break
    if pieces < 2 and language in ("chinese", "japanese") and record_language not in CJK:
        names = latin_names(record_text)
        if names:
            named = set()
            loanwords = latin_names(record_text, openers=False) if language == "japanese" \
                else None
            for name, a, b in transliterated(said, language, names, loanwords):
                if name not in named:
                    at = words_at(a, b)
                    if at:
                        named.add(name)
                        take(at)
                        if pieces >= 2:
                            break
    if pieces < 2 and language in CJK and record_language not in CJK and (
            "月" in said or "월" in said):
        recorded_months = _recorded_months(record_text)
        for month, a, b in cjk_months(said):
            at = words_at(a, b)
            if month in recorded_months and at and not _company_says(text, tokens, min(at)):
                take(at)  # one month is one piece, however often it is named
                break
    if pieces < 2 and language not in CJK and record_language in CJK:
        # The other way round: a name the message writes in Latin letters that the notes
        # write in Hangul, Han characters or katakana ("Cheongju" / "청주공예비엔날레",
        # "Jingdezhen" / "景德镇").
        for a, b in _names_read_back(said, record_text, record_language):
            take(words_at(a, b))
            if pieces >= 2:
                break
    if pieces < 2 and language not in CJK:
        # A month the message names in its language, the notes in theirs ("julho" / "July",
        # "November" / "11월").
        recorded_months = {m for m, _, _ in cjk_months(record_text)} \
            if record_language in CJK else _recorded_months(record_text)
        if recorded_months:
            for m in _WORD.finditer(said):
                word = m.group()
                month = _MONTHS.get(fold(word))
                if month in recorded_months and (word[0].isupper()
                                                 or fold(word) not in _ENGLISH_MONTHS):
                    at = words_at(m.start(), m.end())
                    if at and not _company_says(text, tokens, min(at)):
                        take(at)  # one month is one piece, however often it is named
                        break
    if pieces < 2 and language in ("japanese", "korean") and record_language == "english":
        # English words borrowed by sound (see loanwords); English spelling is what it reads.
        from .loanwords import heard

        borrowed: set[str] = set()
        found = heard(said, language, record_text)
        listed = len({fold(w) for w, _, _ in found if fold(w) in tags}) > 1
        for words, a, b in found:
            at = words_at(a, b)
            tag = fold(words) in tags
            if tag and listed:
                continue  # tags named as a list: the interests field merged, nothing said
            if at and words not in borrowed and not _company_says(text, tokens, min(at)):
                borrowed.add(words)  # one recorded word is one piece
                before = pieces
                take(at)
                if pieces > before and tag:
                    pieces += 1  # "레트로 콘솔" for the tag "retro consoles"
                if pieces >= 2:
                    break
    elif pieces < 2 and language == "english" and record_language in ("japanese", "korean"):
        # The same the other way round: English words the notes borrowed by sound.
        from .loanwords import heard_in

        borrowed = set()
        found = heard_in(said, record_text, record_language)
        listed = len({fold(w) for w, _, _ in found if fold(w) in tags}) > 1
        for words, a, b in found:
            at = words_at(a, b) - counted - new  # ("서울 디지털헬스": "Seoul" is a place)
            tag = fold(words) in tags
            if tag and listed:
                continue
            if at and words not in borrowed and not _company_says(text, tokens, min(at)):
                borrowed.add(words)
                before = pieces
                take(at)
                if pieces > before and tag:
                    pieces += 1
                if pieces >= 2:
                    break
    return pieces >= 2, new


# Months: "四月", "10月", "10월" in a CJK message (read by :func:`.months.cjk_months`), the
# month's name in Latin notes ("in April", "en octubre"). English names only capitalized
# ("may", "march" are also verbs).
_MONTHS = {fold(name): n for names in MONTH_NAMES for n, name in enumerate(names.split(), 1)}
_ENGLISH_MONTHS = frozenset(MONTH_NAMES[0].split())


def _recorded_months(record_text: str) -> set[int]:
    """The months Latin-script notes name ("in April", "en octubre")."""
    months = set()
    for m in _WORD.finditer(record_text):
        word = m.group()
        month = _MONTHS.get(fold(word))
        if month and (word[0].isupper() or fold(word) not in _ENGLISH_MONTHS):
            months.add(month)
    return months


def _kind(value: object) -> str:
    """A decade, a year (four digits, 1900 to 2099, no scale) or an amount."""
    if isinstance(value, tuple):
        return "decade"
    return "year" if 1900 <= value <= 2099 else "amount"  # type: ignore[operator]


def _leading(value: int) -> str:
    """The significant digits of an amount ("12" for 12,000 and 120,000)."""
    return str(value).rstrip("0")


def clash(text: str, spans: list[tuple[int, int]],
          record_text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A figure of the message (in ``spans``, its personal words) that translates the
    record's wrongly: another decade than the record's only ones ("1970年代" for "1960s"), or
    the record's amount at another scale ("120.000" or "50만" for "12k" / "50k", the slip of
    a translated scale word). Only what the message and the record both give is compared."""
    if not spans or not record_text or not any(c.isdigit() for a, b in spans
                                               for c in text[a:b]):
        return None
    lo, hi = spans[0][0], spans[-1][1]
    said = [(v, lo + a, lo + b) for v, a, b in numbers(text[lo:hi])
            if any(lo + a <= s and e <= lo + b for s, e in spans)]
    if not said:
        return None
    recorded = numbers(record_text)
    decades = {v: record_text[a:b] for v, a, b in recorded if isinstance(v, tuple)}
    amounts = {v: record_text[a:b] for v, a, b in recorded
               if isinstance(v, int) and not 1900 <= v <= 2099}
    for value, a, b in said:
        if value in decades or value in amounts:
            continue
        if isinstance(value, tuple):
            if decades:
                return (text[a:b],), tuple(decades.values())
        elif not 1900 <= value <= 2099:
            for amount, surface in amounts.items():
                if _leading(amount) == _leading(value):
                    return (text[a:b],), (surface,)
    return None
