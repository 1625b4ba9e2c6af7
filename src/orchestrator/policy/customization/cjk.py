"""Scripts written without spaces between words: Chinese, Japanese and Korean.

Words cannot be cut out of "我在上海物流峰会上认识了王伟" by spaces, and a dictionary-based
segmenter would be a heavy dependency with a dictionary to ship. Instead every run of CJK
characters becomes its overlapping *character bigrams* ("上海", "海物", "物流"...; a lone
character stays one token). Two texts that share a word share its bigrams, in the same order,
so the detail rules of :mod:`.details` work unchanged: a recorded name of three characters or
more ("冷链预测" -> "冷链" "链预" "预测") is two neighbouring bigrams that are also neighbours in
the record, the CJK form of a two-word phrase. Korean is written with spaces, but particles and
endings stick to the word ("카카오에서"): bigrams find "카카오" in it all the same.

What is a stop word and what is generic is decided per bigram:

* *stop*: bigrams that carry grammar only. In Chinese a bigram touching a function character
  ("的", "了", "我", "在"...) is a stop word, which also drops the junk bigrams that straddle two
  words ("海的", "的物"); in Japanese a bigram of grammar written in hiragana: a pair of a
  particle, an auxiliary or an ending ("です", "ます", "して", "から", "この"), or one that joins
  a kanji or katakana word to a one-letter particle ("京の", "の漫"). Grammar is a closed class,
  content is not: hiragana also spells content words ("歯みがき", "おにぎり"), whose pairs are
  kept, though a pair of them alone says too little (see :func:`kana_pair`); in Korean a bigram
  of two particle or ending syllables ("에서", "니다"), plus common endings;
* *generic*: the bigrams of words every outreach message uses (greetings, "会议", "イベント",
  "컨퍼런스"...), the CJK side of :data:`.lexicon.GENERIC_WORDS`;
* *cues*: words that claim a shared past or congratulate without saying what ("见过", "お会い",
  "만나", "恭喜"...), the CJK side of the vague-claim cues.

Language is told by script: kana means Japanese, Hangul Korean, Han alone Chinese.
"""

from __future__ import annotations

import re

CHINESE, JAPANESE, KOREAN = "chinese", "japanese", "korean"
CJK_LANGUAGES = (CHINESE, JAPANESE, KOREAN)

# Letters of the three scripts (punctuation such as "・" and "、" is left out on purpose).
CJK_CLASS = (
    "\u1100-\u11ff\u3005\u3007\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff"
    "\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002ffff"
)
# Compiled on first use (a class this wide costs milliseconds at start-up, and only texts
# with letters past U+1100 need it).
_RUN: "re.Pattern[str] | None" = None


def cjk_run() -> "re.Pattern[str]":
    """A run of CJK letters."""
    global _RUN
    if _RUN is None:
        _RUN = re.compile(f"[{CJK_CLASS}]+")
    return _RUN
# The lowest code point of any CJK letter: cheaper than a regex for "could this be CJK?".
FIRST = "\u1100"


def is_cjk(char: str) -> bool:
    return char >= FIRST and (_RUN or cjk_run()).match(char) is not None


def script(char: str) -> str | None:
    """``"kana"``, ``"hangul"``, ``"han"`` or ``None`` for one character."""
    if char < FIRST:
        return None
    code = ord(char)
    if 0x3041 <= code <= 0x30ff or 0x31f0 <= code <= 0x31ff or 0xff66 <= code <= 0xff9f:
        return "kana"
    if 0xac00 <= code <= 0xd7ff or 0x1100 <= code <= 0x11ff or 0x3130 <= code <= 0x318f \
            or 0xa960 <= code <= 0xa97f:
        return "hangul"
    if is_cjk(char):
        return "han"
    return None


def bigrams(run: str) -> list[tuple[str, int]]:
    """``(bigram, offset)`` of a run of CJK letters; a single letter is its own token."""
    if len(run) < 2:
        return [(run, 0)] if run else []
    return [(run[i:i + 2], i) for i in range(len(run) - 1)]


def _hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


# --- stop words ---------------------------------------------------------------------------

# Chinese characters that are grammar on their own; a bigram touching one is not a word of
# its own (or it straddles two words).
_CHINESE_FUNCTION = frozenset(
    "的了吗呢吧啊着们我你您他她它很也就和与是这那在把被给从及或个又还再么呀哦嗯啦其该每各所"
    "而但"
)
# Japanese kanji compounds that are pronouns or grammar.
_JAPANESE_STOP = frozenset({"私達", "我々", "貴方", "御社", "弊社", "貴社", "様々", "色々", "時々"})
# Japanese grammar written in hiragana, a closed class: particles, auxiliaries and endings
# (with the okurigana they join in the common verbs: "して", "いる", "ある"), formal nouns and
# demonstratives, and the stock phrases of a letter. Every pair of these is a stop word.
_JAPANESE_GRAMMAR = """
から まで より など だけ しか ほど くらい ぐらい ばかり について に関して によって として
には では とは への との での からの までの にも でも とも のに ので けど けれど けれども
しかし そして また でも ただ なお さて では じゃ ね よね よ かな かも かもしれ しれません
です でした でしょう だった だろう である であり でしたら ですね ですよ でございます
ます ました ません ませんでした ましょう まして ますね ますよ
する します しました しません して した しない しよう される された させ させて せて
いる います いました いない いて いた ている ていて ていた ておる ており ております
ある あります ありました あり あって あった ない なかった なく なくて なければ
なる なります なりました なって なった なり なれ れる られる られ られて れて
たい たく たかった たら たり ても ては てく ていく てくる てみ てもら てくだ
いただ いただき いただいて いたします いたしました いたし くださ ござい ございます
こと もの ところ ため よう そう みたい らしい ような ように そうな そうです
これ それ あれ どれ この その あの どの ここ そこ あそこ どこ こちら そちら あちら どちら
こんな そんな あんな どんな わたし わたくし あなた かれ かのじょ みなさん みなさま
よろしく おねがい おねがいします ありがとう ありがとうございます おめでとう おめでとうございます
すみません はじめまして おつかれさま おせわ いつも とても すごく すごい ぜひ ちょっと もっと
すこし たくさん いろいろ まだ もう すでに さらに ずっと きっと やはり やっぱり
おもい おもいます おもって かんじ なんか なにか なんで どう どうも どうぞ いい よい
さん さま ちゃん くん
だそう だと だよ だね だな だし だって だから だけど そうです そうだ らしい みたいです
かった くて くない ければ さそう やすい にくい すぎ すぎる ながら つつ
"""
_JAPANESE_GRAMMAR_PAIRS = frozenset(
    word[i:i + 2] for word in _JAPANESE_GRAMMAR.split() for i in range(len(word) - 1))
# One-letter particles, and the honorific prefixes: joined to a kanji or katakana word ("京が",
# "で見", "ご関") they are grammar.
_JAPANESE_PARTICLES = frozenset("のはをがにへとでもやかねよおご")
# Particles that hiragana seldom spells inside a word: a pair holding one is grammar.
_JAPANESE_ALWAYS_PARTICLES = frozenset("のはをへ")
# Korean particles and endings: a bigram made of two of these is grammar.
_KOREAN_FUNCTION = frozenset(
    "은는이가을를에의와과도로으서께게한하고다요니습세시"
    "했해있었겠지죠네님씨저제우리및등것수면서드립"
)
_KOREAN_STOP = frozenset(
    {"에서", "에게", "으로", "하고", "니다", "습니", "합니", "했습", "세요", "하세", "있습", "었습",
     "립니", "입니", "겠습", "어요", "아요", "해요", "했어", "었어", "였어", "예요", "이에",
     "에요", "는데", "지만", "그리", "리고", "그래", "래서", "하지", "저희", "우리", "제가", "님께",
     "께서", "부터", "까지", "처럼", "보다", "이런", "그런", "저런", "어떤", "이번", "지난", "다음",
     "정말", "너무", "매우", "아주", "많이", "같이", "함께", "혹시", "바로", "먼저", "계속", "해서"}
)



def ending_straddle(run: str) -> int:
    """The offset of the pair of a Korean word that joins its stem to its particles and
    endings ("갑습" of "반갑습니다", "연이" of "인연이", "되었" of "되었으면"), or -1. Such a pair
    is no word (the stem and the endings are each read on their own) and is left out. Only
    in words of three syllables or more: a two-syllable word is one pair, read whole."""
    if len(run) < 3 or not "\uac00" <= run[0] <= "\ud7a3":
        return -1
    tail = len(run)
    while tail > 0 and run[tail - 1] in _KOREAN_FUNCTION and (
            run[tail - 1] not in _ENDING_ONLY_BEFORE
            or run[tail:tail + 1] in _ENDING_ONLY_BEFORE[run[tail - 1]]):
        tail -= 1
    return tail - 1 if 0 < tail < len(run) else -1


# Syllables that are an ending only before the rest of theirs: "드" of the humble "드리다"
# ("드립니다", "드려요", "드릴게요") and "립" of "드립니다"; "핸드드립을" (hand drip) ends
# in "을" alone.
_ENDING_ONLY_BEFORE = {"드": frozenset("리려릴린립렸"), "립": frozenset("니")}
# Pairs of function syllables that spell words too: "드립" (drip) is an ending only before
# "니" (text._layout leaves that one out), "드드" never is one.
_WORD_PAIRS = frozenset(("드립", "드드"))


_STOPS: dict[str, dict[str, bool]] = {}


def cjk_stop(language: str, fold: str) -> bool:
    """Whether a CJK token (bigram or single letter) carries grammar only."""
    stops = _STOPS.get(language)
    if stops is None:
        stops = _STOPS[language] = {}
    found = stops.get(fold)
    if found is None:
        if len(stops) > 100_000:
            stops.clear()
        found = stops[fold] = _stop(language, fold)
    return found


def _stop(language: str, fold: str) -> bool:
    if len(fold) == 1:
        return True  # a single character is too little to be a detail
    scripts = {script(c) for c in fold}
    if "kana" in scripts and any(_hiragana(c) for c in fold):
        return _kana_grammar(fold)
    if "hangul" in scripts:
        return fold in _KOREAN_STOP or all(c in _KOREAN_FUNCTION for c in fold) \
            and fold not in _WORD_PAIRS
    if language == JAPANESE:
        return fold in _JAPANESE_STOP
    return any(c in _CHINESE_FUNCTION for c in fold)


def _kana_grammar(pair: str) -> bool:
    """Whether a pair holding hiragana is grammar: a pair of a grammar word, a pair holding
    a particle hiragana seldom spells otherwise ("の", "は", "を", "へ"), a one-letter
    particle joined to a kanji or katakana word ("京が", "で漫"), a small kana that only
    ends a syllable ("ょう"), or a verb's "て"/"た" or the copula's "だ"/"で" before the next
    hiragana ("会えてうれしい", "始めたばかり"). Some kana words lose a pair to these rules
    ("たこ"): a missed word costs less than grammar taken for a detail."""
    if pair in _JAPANESE_GRAMMAR_PAIRS or pair[0] in "ゃゅょぁぃぅぇぉ" \
            or not _JAPANESE_ALWAYS_PARTICLES.isdisjoint(pair):
        return True
    if pair[0] in "てただで" and _hiragana(pair[1]):
        return True  # a te- or ta-form or the copula, then the next word ("てう", "たば")
    a, b = pair
    return (a in _JAPANESE_PARTICLES and not _hiragana(b)) or (
        b in _JAPANESE_PARTICLES and not _hiragana(a))


def kana_pair(fold: str) -> bool:
    """Whether a CJK pair holds hiragana. Such a pair that is no grammar is a piece of a word
    written in kana ("歯みがき", "おにぎり"); kana spell sounds, so two of them say less than
    two kanji: the matcher counts these pairs only as part of a word of four letters or more
    that the record writes too, never one alone ("きま" of "行きました")."""
    return fold >= "\u3041" and any("\u3041" <= c <= "\u309f" for c in fold)


# --- generic words ------------------------------------------------------------------------

def _expand(text: str) -> frozenset[str]:
    out: set[str] = set()
    for word in text.split():
        out.update(b for b, _ in bigrams(word))
    return frozenset(out)


# Words every outreach message uses, as bigrams ("会议" generic; "物流峰会" is not all generic:
# "物流" stays specific).
_GENERIC_TEXT = (
    # Chinese
    """你好 您好 大家 谢谢 感谢 多谢 认识 联系 交流 合作 机会 会议 大会 峰会 论坛 活动 展会
    公司 企业 团队 行业 领域 分享 文章 内容 工作 项目 希望 期待 一起 非常 高兴 荣幸 最近 上次
    之前 以前 时候 今天 明天 昨天 朋友 领英 邮件 消息 信息 产品 服务 平台 方案 问题 想法 觉得
    看到 关注 加入 网络 人脉 学习 请教 帖子 演讲 发言 祝贺 恭喜 精彩 有趣 喜欢 印象 深刻 专业
    经验 背景 成功 发展 业务 市场 客户 技术 创新 未来 时间 一下 聊聊 见面 拜访 祝好 此致 敬礼
    顺祝 商祺 加油 厉害 优秀 可以 如果 因为 所以 但是 而且 已经 一直 真的 特别 受益 匪浅 启发
    支持 帮助 介绍 了解 知道 欢迎 邀请 请问 打扰 冒昧 方便 电话 下次 再次 一次 当时 最新 近期
    之后 以后 继续 保持 沟通 探讨 讨论 聊天 收获 获奖 奖项 荣获 晋升 升职 新职 职位 祝愿 顺利
    主题 话题 观点 见解 视频 直播 播客 节目 报告 研究 论文 书籍 新书 发布 上线 融资 一轮 里程碑
    周年 会上 现场 线上 线下 有幸 真是 实在 确实 相信 认为 合影 感兴趣 兴趣 关心 致力 负责
    注意到 发现 了解到 得知 热衷 喜爱 关注到 方向 领域
    """
    # Japanese
    """先日 以前 今回 前回 本日 昨日 会議 講演 発表 記事 投稿 拝見 拝読 仕事 会社 業界 分野 機会
    連絡 宜しく 失礼 突然 感謝 大変 非常 勉強 参考 興味 関心 最近 今後 是非 情報 共有 意見 交換
    紹介 申請 承認 最新 素敵 印象 光栄 受賞 昇進 就任 新刊 動画 番組 配信 資料 内容 時間 当日
    会場 懇親会 展示会 大会 活動 一緒 企業 事業 製品 技術 開発 担当 経験 成功 挑戦 活躍 応援
    イベント セミナー カンファレンス ウェビナー ミートアップ ネットワーク リンクトイン メッセージ
    プロフィール チーム プロジェクト サービス プロダクト ビジネス マーケティング ポッドキャスト
    拝察 存知 注目 関連 お願い 楽しみ
    """
    # Korean
    """안녕 감사 반갑 반가 회의 행사 컨퍼런스 세미나 웨비나 밋업 발표 게시물 게시글 회사 업계
    분야 기회 연락 부탁 최근 지난번 이번 다음 정말 재밌 재미 인상 관심 공유 의견 소개 네트워크
    링크드인 메시지 프로필 인연 만남 이야기 대화 축하 수상 승진 취임 영상 팟캐스트 방송 자료
    내용 시간 프로젝트 서비스 제품 기술 개발 경험 성공 도전 활약 응원 비즈니스 마케팅 함께
    좋은 좋았 좋겠 훌륭 멋진 대단 유익 도움 참고 공부 생각 기대 궁금 말씀 얘기 요즘 오늘 내일
    어제 당시 현장 온라인 오프라인 팀원 업무 활동 성장 강연 강의 글을
    봤어요 봤습니다 보았습니다 알게 관심이 관심있 있으시 흥미 좋아하
    있으신 같아요 같습니다 보여요 보입니다 많으시 많으신 것 같네요 계시"""
)
GENERIC_BIGRAMS = _expand(_GENERIC_TEXT)

# A pair of letters that is generic only as a piece of a longer generic word ("ワー" of
# "ネットワーク", "ーク" of "ネットワーク"), with the words it is a piece of: it is generic only
# where one of them is written around it, not inside another word ("ものづくりワールド").
_TWO_LETTER = frozenset(w for w in _GENERIC_TEXT.split() if len(w) == 2)
_PIECES: dict[str, list[tuple[str, int]]] = {}
for _word in _GENERIC_TEXT.split():
    if len(_word) > 2:
        for _pair, _at in bigrams(_word):
            if _pair not in _TWO_LETTER:
                _PIECES.setdefault(_pair, []).append((_word, _at))
PIECES = frozenset(_PIECES)


def loose_pieces(run: str) -> set[int]:
    """Offsets of the bigrams of ``run`` that are pieces of a longer generic word standing
    outside it (see :data:`PIECES`): not generic there."""
    loose: set[int] = set()
    for at in range(len(run) - 1):
        pair = run[at:at + 2]
        words = _PIECES.get(pair)
        if words is not None and not any(
                at >= k and run.startswith(word, at - k) for word, k in words):
            loose.add(at)
    return loose


# --- cues ---------------------------------------------------------------------------------

# A claim of a shared past or a congratulation that names nothing: substrings, any CJK script.
CUES = (
    # Chinese
    "见过", "见到", "见面", "聊过", "聊得", "聊天", "交流", "碰面", "恭喜", "祝贺",
    "你的文章", "您的文章", "你的演讲", "您的演讲", "你的帖子", "您的帖子", "你的分享", "您的分享",
    "那次", "上次", "那天", "峰会", "大会", "会议上", "活动上",
    # Japanese
    "お会い", "会いし", "拝見", "拝読", "お話", "おめでとう", "先日", "講演", "ご発表", "記事",
    "投稿", "イベント", "セミナー",
    # Korean
    "만나", "만났", "뵙", "뵈", "이야기", "대화", "축하", "지난번", "발표", "게시물", "게시글",
    "컨퍼런스", "행사", "세미나",
)


def find_cue(text: str) -> str | None:
    """The first vague-claim cue in ``text`` (CJK only)."""
    for cue in CUES:
        if cue in text:
            return cue
    return None


# Honorifics that follow a family name ("王总", "田中さん", "김 대표님"): a one-letter family
# name is masked as a name where one of these follows it.
HONORIFIC_STARTS = frozenset("总先女老经博教董主院部科社様さく氏君씨님대선교박사")


# Honorifics written after a name ("鈴木さん", "张总", "박서준 님").
HONORIFICS = ("さん", "さま", "様", "氏", "君", "先生", "老师", "女士", "总", "님", "씨")


# The commonest Chinese family names, less those that begin many words ("周年", "顾问",
# "董事", "韩国", "高层", "金融"...): a family name and one letter before a bracket is a
# person and their role.
CHINESE_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴徐孙朱胡郭罗郑梁宋唐冯邓曹彭肖袁潘蒋蔡杜苏魏吕沈姚卢姜崔谭汪廖贾邹孟"
    "熊秦邱尹薛闫侯郝龚邵覃戴莫")


def name_like(text: str, tokens: list, n: int) -> bool:
    """Whether the CJK bigram ``tokens[n]`` of ``text`` reads as a name: a two-letter run on
    its own ("共同好友：张磊", "共通の知人：鈴木さん"), a family name and a letter before a
    bracket ("刘敏（前同事）"), or a word an honorific follows. A one-word
    Latin name is a name by its capital; two CJK letters are a name by where they stand."""
    t = tokens[n]
    if len(t.key) != 2 or t.key < FIRST or any(_hiragana(c) for c in t.key):
        return False
    alone = (n == 0 or tokens[n - 1].end <= t.start) and (
        n + 1 == len(tokens) or tokens[n + 1].start >= t.end)
    if alone and script(t.key[0]) != "hangul":
        return True
    if t.key[0] in CHINESE_FAMILY_NAMES and text[t.end:t.end + 1] in ("（", "("):
        return True  # a person and who they are: "由刘敏（前同事）介绍"
    after = text[t.end:t.end + 3].lstrip()
    return after.startswith(HONORIFICS)


def detect(counts: dict[str, int]) -> str:
    """The CJK language of a text from its letters' scripts."""
    if counts.get("kana"):
        return JAPANESE
    if counts.get("hangul", 0) >= counts.get("han", 0):
        return KOREAN
    return CHINESE
