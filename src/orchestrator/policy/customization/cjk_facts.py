"""Where an occasion took place and what a talk was about, in Chinese, Japanese and Korean.

Without spaces between words, the venue and topic rules of :mod:`.record` and :mod:`.topics`
(a name after "at", a subject after "on") find nothing in these scripts. The few shapes in
which a place is attached to an occasion, and a subject to a talk, are read directly:

* places: "在深圳的高交会上", "在杭州「跨境电商峰会」上", "在成都组织的STEM教师工作坊" (Chinese),
  "「ものづくりワールド」大阪で", "東京の「X」", "大阪のインターフェックスで", "大阪の建設DX展で"
  (Japanese),
  "서울 코엑스 「스타트업 페스티벌」에서", "부산에서 열린 X" (Korean), and in any of them the place
  in brackets after the occasion ("教育装备展（青岛）", "핀테크 위크 2025(서울)");
* subjects: "聊到X", "聊了X", "讲X" (Chinese), "Xの発表", "Xについて登壇" (Japanese),
  "X 발표", "X에 대한 발표" (Korean), and what an award was for: "凭借X获奖", "Xで受賞",
  "X 부문 수상" (not a place or a time: "東京での受賞");
* languages: "タイ語", "泰语", "태국어", given to the thing the sentence shares with the notes.

A message contradicts its record when both attach a place to the same occasion and the
places share no letter, or when it gives a talk or conversation a subject none of whose
words the record holds while the record gives it another. Both sides are read the same way,
so a shape the message and the notes share is compared like for like.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .cjk import cjk_stop

_HAN = "\u4e00-\u9fff"
_KATA = "\u30a1-\u30fa\u30fc"
_HANGUL = "\uac00-\ud7a3"
_QUOTED = "「([^」\n]{1,30})」"

# What a reader does with an occasion they ran ("在成都组织了..."), and the words an
# unquoted occasion ends with.
_RUN_VERBS = "组织|举办|举行|主办|主持|策划|发起|开设|开办|带领|参加|出席"
_EVENT_HEADS = ("工作坊|研讨会|交流会|分享会|博览会|展览会|论坛|峰会|大会|年会|展会|讲座|沙龙|"
                "训练营|培训班|大赛|比赛|活动|会议|课程|市集|集市")
# ... or, after two characters at least, the one character that makes it one ("音乐节").
_EVENT_ENDS = "节展赛会营课"

# The words a Japanese occasion ends with ("建設DX展", "食品安全フェア", "全国大会").
_JA_EVENT_HEADS = ("展示会|見本市|博覧会|展|フェア|フェス|祭|大会|セミナー|カンファレンス|"
                   "サミット|フォーラム|EXPO|Expo|ショー|ウィーク")
# (pattern, group of the place, group of the occasion)
_PLACES = (
    # 在深圳的高交会上 / 在杭州「跨境电商峰会」上 / 在上海举办的「X」 / 在北京参加高交会时
    (re.compile(f"在(?:[0-9]{{4}}年)?([{_HAN}]{{2,3}}?)(?:的|举办的|举行的|参加的|参加|出席)?"
                f"(?:{_QUOTED}|([{_HAN}]{{2,8}}?)(?=上|期间|时))"), 1, (2, 3)),
    # 在成都组织了2024年西部STEM教师工作坊 / 在重庆组织的STEM教师工作坊: an occasion the
    # reader ran there, unquoted, up to the word that makes it one (工作坊, 论坛, 大赛...)
    (re.compile(f"在([{_HAN}]{{2,3}}?)(?:{_RUN_VERBS})(?:了|的|过)?(?:[0-9]{{4}}年)?"
                f"([{_HAN}A-Za-z0-9]{{0,12}}?(?:{_EVENT_HEADS})|"
                f"[{_HAN}A-Za-z0-9]{{2,12}}?[{_EVENT_ENDS}])"), 1, (2,)),
    # 東京のインターフェックスで / 大阪で開催されたFoodexに: an occasion in katakana or
    # Latin letters, unquoted, before the particle that ends it
    (re.compile(f"([{_HAN}]{{2,4}})(?:の|で開催された|で開かれた)"
                f"([{_KATA}]{{3,}}|[A-Za-z][A-Za-z0-9]{{2,}}(?: [A-Za-z0-9]+){{0,3}})"
                "(?=で|に|へ|の|会場)"), 1, (2,)),
    # 大阪の建設DX展で / 福岡で開催された食品安全フェアに: an unquoted occasion of any
    # letters, up to the word that makes it one (展, 展示会, フェア, 大会, セミナー...)
    (re.compile(f"([{_HAN}]{{2,4}})(?:の|で開催された|で開かれた)"
                f"([{_HAN}{_KATA}A-Za-z0-9]{{1,12}}?(?:{_JA_EVENT_HEADS}))"
                "(?=で|に|へ|の|会場|にて)"), 1, (2,)),
    # 教育装备展（青岛）/ 핀테크 위크 2025(서울): the place in brackets after the occasion
    (re.compile(f"([{_HAN}{_KATA}{_HANGUL}A-Za-z0-9][{_HAN}{_KATA}{_HANGUL}A-Za-z0-9 ]{{1,20}})"
                f"[（(]([{_HAN}{_HANGUL}]{{2,4}})[）)]"), 2, (1,)),
    # 「ものづくりワールド」大阪で / 「X」名古屋では
    (re.compile(f"{_QUOTED}\\s*([{_HAN}{_KATA}]{{2,5}}?)(?:で|にて|会場)"), 2, (1,)),
    # 東京の「X」 / 大阪で開催された「X」
    (re.compile(f"([{_HAN}]{{2,4}})(?:の|で開催された|で開かれた){_QUOTED}"), 1, (2,)),
    # 서울 코엑스 「스타트업 페스티벌」 / 대구 「X」
    (re.compile(f"([{_HANGUL}]{{2,4}})(?:\\s+[{_HANGUL}A-Za-z]{{2,6}})?\\s*{_QUOTED}"), 1, (2,)),
    # 부산 핀테크 위크에서 / 서울 「X」에서: a place word, then the occasion and 에서
    (re.compile(f"(?<![{_HANGUL}])([{_HANGUL}]{{2,4}})\\s+"
                f"((?:[{_HANGUL}A-Za-z0-9]{{1,10}}\\s){{0,2}}"
                f"[{_HANGUL}A-Za-z0-9]{{1,10}}?)에서"), 1, (2,)),
    # 부산에서 열린 X / 대구에서 열린 「X」
    (re.compile(f"([{_HANGUL}]{{2,4}})에서\\s+열린\\s+(?:{_QUOTED}|"
                f"([{_HANGUL}A-Za-z0-9]+(?:\\s[{_HANGUL}A-Za-z0-9]+)?))"), 1, (2, 3)),
)

_TOPIC_WORD = f"[{_HAN}{_KATA}A-Za-z0-9]"
_TOPICS = (
    # 聊到无人仓机器人 / 聊了工业质检的小样本学习 / 讲动力电池回收
    re.compile(f"(?:聊到|聊了|聊起|谈到|谈了|讲了|讲到|分享了|介绍了|关于)((?:{_TOPIC_WORD}|的){{2,20}})"),
    # 非同期処理の発表 / 型ヒントの発表 / パフォーマンスについて登壇
    re.compile(f"({_TOPIC_WORD}{{2,20}})(?:の|に関する|についての|について)"
               "(?:ご?発表|ご?講演|登壇|記事|投稿|お話)"),
    # 電力監視について話した / 金型の温度管理について議論した: a conversation's subject
    re.compile(f"({_TOPIC_WORD}{{2,20}})について(?:話|議論|語)"),
    # 게임 서버 비용 절감 발표 / 물류 로봇에 대한 발표
    re.compile(f"((?:[{_HANGUL}A-Za-z0-9]+\\s){{0,3}}[{_HANGUL}A-Za-z0-9]+?)"
               "(?:에\\s대한|에\\s관한)?\\s(?:발표|강연|강의)"),
    # 전력 모니터링에 대해 이야기했다 / 금형 온도 관리에 대해서 얘기
    re.compile(f"((?:[{_HANGUL}A-Za-z0-9]+\\s){{0,3}}[{_HANGUL}A-Za-z0-9]+?)"
               "에\\s?대해(?:서)?\\s(?:이야기|얘기|대화)"),
)
# What an award was for: 健康経営で受賞 / リスキリング研修での受賞 / 凭借冷链溯源系统获奖 /
# 스마트팜 부문 수상. "Xで受賞" may as well say where or when ("東京で", "昨年"): a place
# of the table or a time is no subject (see :func:`subjects`).
_AWARD_TOPICS = (
    re.compile(f"({_TOPIC_WORD}{{2,20}})(?:部門|分野)?(?:での|で)(?:ご?受賞|表彰)"),
    re.compile(f"(?:凭借|凭|因)((?:{_TOPIC_WORD}|的){{2,20}}?)(?:获奖|获得|荣获|获)"),
    re.compile(f"([{_HANGUL}A-Za-z0-9]{{2,12}})\\s?(?:부문|분야)(?:에서)?\\s?(?:수상|대상|최우수상)"),
)
# What a word before an occasion ends with when it is a person or a time, not a place.
_NOT_PLACES = ("님", "씨", "様", "さん", "总", "社", "先", "方", "者",
               # ... or a building, a body or no place ("在公司组织的", "在图书馆举办的",
               # "在线上组织的", "社内の"): it may stand in the recorded city
               "司", "校", "馆", "館", "堂", "室", "厅", "院", "心", "里", "内", "上", "下",
               "位", "家", "場", "场", "지난", "이번", "올해", "작년", "당시", "그때")
# ... or starts with (a time: "지난주", "去年"), or ends with as a Korean word that is no
# name (a particle or a verb ending: "덕분에", "함께", "만나서").
_NOT_PLACE_STARTS = ("지난", "이번", "올해", "작년", "저번", "최근", "내년", "그", "이", "저", "去年", "今年",
                     "上次", "那次", "之前", "当时", "前年", "昨年", "今年", "前回", "先日", "以前",
                     "这次", "本次", "本届", "上届", "这届", "当日", "初日", "期間", "最終", "前日",
                     "翌日", "会期", "会場")
_NOT_PLACE_ENDS = tuple("에을를은는가의도와과로서고게니다요며해한던된린난진께")
# What may stand between a place and its occasion in the notes ("青岛的", "青岛举办的").
_GLUE = ("举办的", "举行的", "的", "の", "で開催された", "에서 열린", " ")
# What a subject phrase starts or ends with that is not the subject ("的" glue, "您").
_TOPIC_TRIM = "的您你他她"


class Fact(NamedTuple):
    what: str  # the place, or the subject
    about: str  # the occasion (empty for a subject)
    start: int
    end: int


# What each shape cannot do without: most texts hold none, and are not scanned.
_PLACE_MARKS = ("在", "「", "열린", "에서", "の", "で開", "（", "(")
# 酒蔵サミット新潟で / 建設DXフェア2024大阪にて: the place right after a Japanese occasion,
# looked for only when a word that makes an occasion is there.
_PLACE_AFTER = re.compile(f"([{_HAN}{_KATA}A-Za-z0-9]{{1,12}}?(?:{_JA_EVENT_HEADS}))"
                          f"(?:[0-9]{{4}})?([{_HAN}]{{2,3}})(?=で|にて|会場)")
_JA_HEADS = tuple(_JA_EVENT_HEADS.split("|"))
_AWARD_MARKS = ("受賞", "表彰", "获", "수상", "대상", "최우수상")
_SUBJECT_MARKS = ("聊", "谈", "讲", "分享了", "介绍了", "关于", "発表", "講演", "登壇", "記事", "投稿",
                  "受賞", "表彰", "获", "수상", "대상",
                  "お話", "발표", "강연", "강의", "について", "대해")


def places(text: str) -> list[Fact]:
    """Places attached to an occasion, with the occasion."""
    found: list[Fact] = []
    if "で" in text or "会場" in text:
        if any(head in text for head in _JA_HEADS):
            found.extend(Fact(m.group(2), m.group(1), m.start(), m.end())
                         for m in _PLACE_AFTER.finditer(text))
    if not any(mark in text for mark in _PLACE_MARKS):
        return found
    for pattern, place, occasions in _PLACES:
        for m in pattern.finditer(text):
            about = next((m.group(g) for g in occasions if m.group(g)), "")
            if about:
                found.append(Fact(m.group(place), about, m.start(), m.end()))
    return found


_SAID_WHERE = re.compile(f"(?:[{_HANGUL}A-Za-z0-9]+에서(?:는)?\\s)+")


def subjects(text: str) -> list[Fact]:
    """Subjects given to a talk, post or conversation."""
    found: list[Fact] = []
    if not any(mark in text for mark in _SUBJECT_MARKS):
        return found
    for pattern in _TOPICS:
        for m in pattern.finditer(text):
            what = m.group(1).strip().strip(_TOPIC_TRIM)
            start = m.start(1)
            # A Korean subject starts after where it was said ("테크쇼에서 금형 온도 관리").
            lead = _SAID_WHERE.match(what)
            if lead:
                what, start = what[lead.end():], start + lead.end()
            if len(what) >= 2:
                found.append(Fact(what, "", start, m.end(1)))
    if any(mark in text for mark in _AWARD_MARKS):
        from .places import place_of  # the table: read on this path only

        for pattern in _AWARD_TOPICS:
            for m in pattern.finditer(text):
                what = m.group(1).strip().strip(_TOPIC_TRIM)
                if len(what) >= 2 and place_of(what) is None \
                        and not what.startswith(_NOT_PLACE_STARTS):
                    found.append(Fact(what, "", m.start(1), m.end(1)))
    return found


# A recipient's notes are read for each of their drafts: once is enough.
@lru_cache(maxsize=1024)
def _places_of(notes: str) -> tuple[Fact, ...]:
    return tuple(places(notes))


@lru_cache(maxsize=1024)
def _subjects_of(notes: str) -> tuple[Fact, ...]:
    return tuple(subjects(notes))


@lru_cache(maxsize=1024)
def _pairs_of(notes: str) -> frozenset[str]:
    return frozenset(_pairs(notes))


def _pairs(text: str) -> set[str]:
    """Letter pairs of a phrase's words (a Latin word counts whole)."""
    out: set[str] = set()
    for word in re.findall(f"[{_HAN}{_KATA}{_HANGUL}]+|[A-Za-z0-9]+", text):
        if word.isascii():
            out.add(word.lower())
        else:
            out.update(word[i:i + 2] for i in range(max(1, len(word) - 1)))
    return out


def _same_occasion(a: str, b: str) -> bool:
    a, b = "".join(a.split()).lower(), "".join(b.split()).lower()
    return a in b or b in a


def _place_before(notes: str, occasion: str) -> str:
    """The word the notes write right before ``occasion`` (a place, if any)."""
    at = notes.find(occasion)
    if at < 0:
        return ""
    head = notes[:at]
    for glue in _GLUE:
        if head.endswith(glue):
            head = head[:-len(glue)]
            break
    m = re.search(f"(?:[{_HANGUL}]{{2,4}}|[{_HAN}]{{2}})$", head)
    return m.group() if m else ""


def clash(text: str, spans: list[tuple[int, int]], notes: str, generic: frozenset[str],
          language: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(what the message says, what the record says instead) when a place or a subject the
    message gives in its personal part (``spans``: where its personal words are) contradicts
    the notes; ``generic`` holds generic letter pairs, ``language`` is the draft's."""
    def personal(fact: Fact) -> bool:
        return any(a < fact.end and fact.start < b for a, b in spans)

    def place(fact: Fact) -> bool:
        # Not a time ("上次的「X」", "지난 「X」") or a person ("도윤님 「X」").
        what = fact.what
        return bool(_pairs(what) - generic) and not what.endswith(_NOT_PLACES) \
            and not what.startswith(_NOT_PLACE_STARTS) \
            and not (what[-1] >= "\uac00" and what.endswith(_NOT_PLACE_ENDS))

    said_places = [f for f in places(text) if personal(f) and place(f) and f.what not in notes]
    if said_places:
        recorded = [f for f in _places_of(notes) if place(f)]
        for said in said_places:
            for r in recorded:
                if _same_occasion(said.about, r.about) and not set(said.what) & set(r.what):
                    return (said.what,), (r.about, r.what)
            # The notes may give the occasion its place in another shape: the word right
            # before it ("青岛教育装备展上认识", "서울 핀테크 위크 참석").
            before = _place_before(notes, said.about)
            if before and place(Fact(before, said.about, 0, 0)) \
                    and not set(said.what) & set(before):
                return (said.what,), (said.about, before)
    said_language = _language_clash(text, spans, notes, generic, language)
    if said_language is not None:
        return said_language
    recorded = _subjects_of(notes)
    if recorded:
        pairs = _pairs_of(notes)
        wrong = None
        for said in subjects(text):
            if not personal(said):
                continue
            own = {p for p in _pairs(said.what) - generic
                   if p.isascii() or not cjk_stop(language, p)}
            if own & pairs:
                return None  # one subject the record holds: the others may be asides
            if own and wrong is None:
                wrong = said
        if wrong is not None:
            return (wrong.what,), tuple(r.what for r in recorded)
    return None


# Languages, as a thing is written or translated in them ("タイ語翻訳", "泰语版", "태국어 번역"):
# in Japanese a katakana name before 語, else a known few.
_LANGUAGES = re.compile(
    f"[{_KATA}]{{2,10}}語|(?:英|中国|韓国|日本|広東|台湾)語"
    "|(?:英|日|韩|泰|法|德|俄|印尼|越南|西班牙|葡萄牙|阿拉伯|马来|粤)语(?!言)"
    f"|(?<![{_HANGUL}])(?:영|중국|일본|태국|베트남|인도네시아|스페인|프랑스|독일|러시아|아랍|"
    "포르투갈|말레이|힌디)어")
_SENTENCE_ENDS = "。！？!?\n"


def _language_clash(text: str, spans: list[tuple[int, int]], notes: str,
                    generic: frozenset[str], language: str
                    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A language the message gives a recorded thing that the notes give another one
    ("添付文書のインドネシア語翻訳" for "添付文書をタイ語に翻訳"): the message's language is not in
    the notes, the notes name another, and the message's sentence shares a specific letter
    pair with the notes (it is about the recorded thing)."""
    recorded = [m.group() for m in _LANGUAGES.finditer(notes)]
    if not recorded:
        return None
    pairs = _pairs_of(notes)
    for m in _LANGUAGES.finditer(text):
        said = m.group()
        if said in notes or not any(a < m.end() and m.start() < b for a, b in spans):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        ends = [e for e in (text.find(c, m.end()) for c in _SENTENCE_ENDS) if e >= 0]
        sentence = text[start:min(ends, default=len(text))].replace(said, " ")
        if any(p.isascii() or not cjk_stop(language, p)
               for p in (_pairs(sentence) - generic) & pairs):
            return (said,), (recorded[0],)
    return None
