"""Someone else's work, or a bigger part than the reader's, credited to them (R4): "your talk"
to a reader the record puts in the audience ("liked Mira Okafor's talk", "a assisté à
l'intervention de Paul Deslandes", "청중으로 참석"), "as the organizer" to a volunteer, "the lead
maintainer" to a contributor ("not maintainer").

Three leading parts are read: giving a talk, organizing, maintaining. The message gives the
reader one of them when it names it in a clause about the reader (a second person or a
reader's possessive, "as ..." before it; in CJK an honorific or a second person in its
sentence). The record contradicts that when it gives the reader a lesser part (attended,
audience, volunteer, contributor, participant, moderator, in nine languages) and gives them the leading
part nowhere: each time it names it, it is denied ("not maintainer"), another's ("Mira
Okafor's talk", "l'intervention de Paul Deslandes", "Priya Ramaswamy spoke") or what the reader attended (in the
clause of "attended", or in CJK the sentence).

A record may also name who did it without a word for the reader's part: "his colleague Fiona
Ross gave the talk", "Nora Feld asked about seat-based pricing", "c'est Julie Marin qui a fait
la keynote", "説明したのは同僚の山本さくら氏". A part so given to someone else, and never to the
reader, contradicts "your talk", and so does "your question" or "your explanation" (which an
attendee may well have given, so they clash only this way).

The tables are data only; a record without a lesser part (nearly all) is not read again."""

from __future__ import annotations

import re

from .lexicon import FIRST_PERSON, FIRST_POSSESSIVES, POSSESSIVES, SECOND_PERSON
from .normalize import fold

_CJK = "\u3040"


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Leading parts: (kind, Latin words, CJK forms).
_LEADING = (
    ("talk", _words("""talk talks keynote keynotes presentation presented presenting speech
        spoke speaker lecture charla charlas ponencia ponencias ponente presentación presentó
        presentaste hablaste disertación vortrag vorträge vortrags referent referentin
        präsentation präsentiert intervention interventions exposé intervenant intervenante
        présentation présenté intervento relazione presentazione presentato relatore
        relatrice palestra palestrante apresentação apresentou"""),
     ("演讲", "讲座", "主讲", "发言", "講演", "発表", "登壇", "발표", "강연", "연설", "발제")),
    ("organizer", _words("""organizer organiser organizers organisers organized organised
        organizing organising co-organizer organizador organizadora organizadores organizó
        organizaste organisator organisatorin organisiert organisierte veranstalter
        veranstalterin organisateur organisatrice organisé organisée organizzatore
        organizzatrice organizzato organizzata organizou"""),
     ("组织者", "主办", "策划了", "主催", "주최", "주관")),
    ("maintainer", _words("""maintainer maintainers mantenedor mantenedora mainteneur
        mainteneuse manutentore manutentrice"""),
     ("维护者", "メンテナ", "메인테이너")),
    # Asking a question and explaining are no leading parts: an attendee may well have
    # asked. They clash only with a record that gives them to someone else (see
    # _credited_to_others).
    ("question", _words("""question questions asked pregunta preguntas preguntó frage fragen
        fragte gefragt demandé posé domanda domande chiesto pergunta perguntas perguntou"""),
     ("提问", "質問", "질문")),
    ("explanation", _words("""explanation explained walkthrough explicación explicó erklärung
        erklärte erläuterung explication expliqué spiegazione spiegato explicação explicou"""),
     ("讲解", "説明", "설명")),
)
# The parts above that clash only when the record credits them to another person.
_OTHERS_ONLY = frozenset(("question", "explanation"))
# "organisation du Marathon", "organización de la feria": organizing, only before "of" (else
# the reader's organization, a company).
_ORGANIZING = _words("organisation organización organizzazione organização organisierung")
_OF = _words("du de des del della dello dei da do das dos der of")
# Lesser parts the record may give.
_LESSER = _words("""attended attending attendee attendees audience listener volunteer
    volunteered volunteers volunteering contributor contributors participant participants
    asistió asistente asistentes voluntario voluntaria voluntarios colaborador colaboradora
    participante participó besuchte besucht teilnehmer teilnehmerin zuhörer zuhörerin
    publikum ehrenamtlich helfer helferin freiwillige freiwilliger mitwirkender mitwirkende
    assisté assistait participé bénévole bénévoles contributeur contributrice spectateur
    spectatrice auditeur auditrice assistito partecipato partecipante volontario volontaria
    contributore spettatore assistiu participou voluntário voluntária contribuidor
    contribuidora moderated moderator moderating moderiert moderierte moderator moderatorin
    moderó moderador moderadora modéré modérée modérait modérateur modératrice moderato
    moderatore moderatrice moderou""")
_LESSER_CJK = ("听众", "观众", "参加了", "参会", "参加过", "志愿者", "贡献者", "旁听", "听了",
               "主持", "聴講", "参加した", "参加し", "来場", "ボランティア", "聴衆", "コントリビューター",
               "司会", "モデレーター", "청중", "참석", "참가", "자원봉사", "봉사자", "기여자", "관람",
               "모더레이터", "사회를")
_NEGATIONS = _words("not no nicht kein keine pas non não nem ni")
_AS = _words("as como als comme come enquanto")
_BY = _words("de di von of by par por da do du des del della")
_CJK_READERS = ("您", "你", "さん", "様", "님", "ご講演", "ご発表", "ご説明", "ご質問", "하신",
                "하셨", "께서")
_CJK_SELF = ("我", "弊社", "当社", "私", "저희", "제가", "저는")
_SENTENCE_ENDS = "。！？!?\n"


# Words that are a leading part in one language and something else in another: Portuguese
# "palestra" is a talk, Italian "palestra" a gym ("la tua palestra di arrampicata").
_OTHER_MEANING = {"italian": _words("palestra")}


def _kind(tokens: list, i: int, language: str) -> str | None:
    folded = tokens[i].fold
    if folded in _OTHER_MEANING.get(language, ()):
        return None
    for kind, words, _ in _LEADING:
        if folded in words:
            return kind
    if folded in _ORGANIZING and i + 1 < len(tokens) and tokens[i + 1].fold in _OF:
        return "organizer"
    return None


def _sentence(text: str, at: int) -> str:
    a = max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1
    ends = [e for e in (text.find(c, at) for c in _SENTENCE_ENDS) if e >= 0]
    return text[a:min(ends) if ends else len(text)]


def _lesser(record) -> tuple[str, ...]:
    """The lesser parts the record gives, as written (cached on the record)."""
    found = record.roles
    if found is None:
        found = ()
        written = record.written
        from .text import tokenize

        # (the words of the title are no keys: "Bénévole" may be one); most records
        # hold none, which one scan of the folded text tells without tokenizing it
        if _LESSER_SEEN.search(fold(written)) is not None:
            found = tuple(t.surface for t in tokenize(written) if t.fold in _LESSER)
        if not found and any(c >= _CJK for c in written):
            found = tuple(w for w in _LESSER_CJK if w in written)
        record.roles = found
    return found


# Any of _LESSER inside a folded text (a word's fold is inside its text's fold).
_LESSER_SEEN = re.compile("|".join(sorted(map(re.escape, _LESSER), key=len, reverse=True)))


def _recorded_leading(record, exclude: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The leading parts the record gives the reader themself (``exclude``: the reader's
    name keys, see _credited_to_others)."""
    from .text import tokenize

    written = record.written
    out: set[str] = set()
    tokens = tokenize(written)
    lesser_clauses = {t.clause for t in tokens if t.fold in _LESSER}
    language = record.language or ""
    for i, t in enumerate(tokens):
        kind = _kind(tokens, i, language)
        if kind is None or t.clause in lesser_clauses:
            continue
        if any(u.fold in _NEGATIONS for u in tokens[max(0, i - 2):i]):
            continue  # "(not maintainer)"
        if i > 0 and tokens[i - 1].capital and written[tokens[i - 1].end:t.start].strip() in (
                "'s", "\u2019s", "'", "\u2019"):
            continue  # "Mira Okafor's talk"
        if i + 2 < len(tokens) and tokens[i + 1].fold in _BY and tokens[i + 2].capital \
                and tokens[i + 2].clause == t.clause:
            continue  # "l'intervention de Paul Deslandes"
        if i > 1 and not t.capital and all(
                u.clause == t.clause and u.capital for u in tokens[i - 2:i]) \
                and not tokens[i - 1].initial:
            continue  # "Priya Ramaswamy spoke": a full name's (not "a Lightning Talk")
        person = _person_before(tokens, i)
        if person is not None and not any(u.key in exclude for u in tokens[person:i]):
            continue  # "Fiona Ross gave the talk"
        out.add(kind)
    for kind, _, forms in _LEADING:
        for form in forms:
            at = written.find(form)
            while at >= 0:
                sentence = _sentence(written, at)
                if not any(w in sentence for w in _LESSER_CJK) \
                        and not any(w in sentence for w in _CJK_COLLEAGUES):
                    out.add(kind)
                    break
                at = written.find(form, at + 1)
    return out


# A person named right before what they did ("Fiona Ross gave the talk", "Frau Degen stellte
# die Frage", "c'est Julie Marin qui a fait la keynote"): the verbs of doing and the words a
# cleft sentence puts between the name and the verb.
_DOING = _words("""gave give gives held holds did does made makes delivered delivers ran
    runs led leads asked asks presented presents hosted spoke
    gab gibt hielt hält stellte stellt machte macht präsentierte fragte leitete
    a fait donné posé présenté animé tenu mené
    dio da hizo hace impartió presentó preguntó formuló
    ha fatto dato tenuto posto presentato chiesto
    fez faz deu dá apresentou perguntou
    qui who que quien quienes der die che quem was war ist fue foi è est""")
_HONORIFICS = _words("""mr mrs ms dr prof herr frau m mme mlle sr sra señor señora sig
    signor signora dott dottssa""")
# Colleagues named in CJK notes: "説明したのは同僚の山本さくら氏", "由同事王磊讲解".
_CJK_COLLEAGUES = ("同僚", "同事", "동료")


def _credited_to_others(record, exclude) -> dict[str, str]:
    """The parts the record gives to someone else by name and never to the reader: kind to
    the record's words ("Fiona Ross gave the talk"). ``exclude``: the reader's name and
    other merge-field keys (a clause naming the reader is theirs)."""
    from .text import tokenize

    written = record.written
    tokens = tokenize(written)
    found: dict[str, str] = {}
    for i, t in enumerate(tokens):
        kind = _kind(tokens, i, record.language or "")
        if kind is None or kind in found:
            continue
        clause = [u for u in tokens if u.clause == t.clause]
        if any(u.key in exclude for u in clause):
            continue  # the reader is named with it
        person = _person_before(tokens, i)
        if person is not None:
            found[kind] = written[tokens[person].start:t.end]
    if any(c >= _CJK for c in written):
        for kind, _, forms in _LEADING:
            for form in forms:
                at = written.find(form)
                if at >= 0 and kind not in found and any(
                        w in _sentence(written, at) for w in _CJK_COLLEAGUES):
                    found[kind] = _sentence(written, at).strip()
    return found


def _person_before(tokens: list, i: int) -> int | None:
    """Where the person named as doing the part at ``i`` starts: a full name (two or more
    capitalized words, no acronym) or an honorific and a name, with at most a few verbs of
    doing, a determiner or an adjective between it and the part, in its clause."""
    clause = tokens[i].clause
    j = i - 1
    between = 0
    # (an acronym between is a word of the part: "gave the NVDA talk")
    while j >= 0 and tokens[j].clause == clause and (not tokens[j].capital or tokens[j].upper) \
            and between < 4:
        between += 1
        j -= 1
    if between == 0 and not _leading_verb(tokens[i]):
        return None  # a name right before the noun is a compound ("Rust Bristol talk")
    if between and not any(tokens[k].fold in _DOING for k in range(j + 1, i)):
        return None
    end = j
    while j >= 0 and tokens[j].clause == clause and tokens[j].capital and not tokens[j].upper:
        j -= 1
    start = j + 1
    names = end - start + 1
    if names >= 2 or (names == 1 and start > 0 and tokens[start - 1].fold in _HONORIFICS
                      and tokens[start - 1].clause == clause):
        return start if names >= 2 else start - 1
    return None


def _leading_verb(t) -> bool:
    """Whether the part is written as a verb ("Nora Feld asked", "Priya spoke")."""
    return t.fold in _words("""asked spoke presented explained fragte erklärte
        preguntó presentó explicó demandé expliqué présenté chiesto spiegato perguntou
        apresentou explicou""")


_ANY_LEADING = frozenset().union(*(words for _, words, _ in _LEADING)) | _ORGANIZING
_ANY_CJK = tuple(form for _, _, forms in _LEADING for form in forms)


# Praise written right before a leading part, with nothing between ("great talk", "gran bel
# talk", "toller Vortrag", "excelente charla"): said to the reader, it credits them.
_PRAISE = _words("""great nice amazing awesome brilliant excellent fantastic superb wonderful
    gran grande bel bella bello ottimo ottima splendido splendida bellissimo bellissima buen
    buena excelente genial estupenda estupendo toll tolle toller tolles starke starker
    starkes großartige großartiger großartiges super belle beau superbe excellente
    formidable ótima ótimo bela belo incrível""")


def _readers(tokens: list, i: int) -> bool:
    """Whether the leading part at ``i`` is given to the reader: the nearest possessive
    before it in its clause is theirs ("your talk", not "my UXPA talk"), else "as ..." before
    it, a second person in its clause, or praise right before it in a clause with no first
    person and no one else named after it ("gran bel talk sui dati meteo", not "great talk
    by Greta")."""
    t = tokens[i]
    for u in tokens[max(0, i - 4):i][::-1]:
        if u.clause != t.clause:
            break
        if u.fold in FIRST_POSSESSIVES:
            return False
        if u.fold in POSSESSIVES:
            return True
        if u.fold in _AS:
            return True
    return any(u.fold in SECOND_PERSON or u.fold in POSSESSIVES
               for u in tokens if u.clause == t.clause) or _praised(tokens, i)


def _praised(tokens: list, i: int) -> bool:
    clause = tokens[i].clause
    if i == 0 or tokens[i - 1].fold not in _PRAISE or tokens[i - 1].clause != clause:
        return False
    if i + 2 < len(tokens) and tokens[i + 1].fold in _BY and tokens[i + 2].capital:
        return False  # "great talk by Greta": another's
    return not any(u.fold in FIRST_PERSON for u in tokens if u.clause == clause)


# Praise right after a leading part, in CJK ("발표 정말 좋았어요", "講演、素晴らしかった",
# "演讲太精彩了"): said to the reader, it credits them, as "great talk" does.
_CJK_PRAISE = ("좋았", "훌륭", "멋졌", "인상 깊", "인상깊", "최고", "素晴らし", "良かった", "最高",
               "精彩", "太棒", "很棒")


def _cjk_praised(text: str, after: int, sentence: str) -> bool:
    """Whether praise follows the leading part ending at ``after`` within a few letters, in
    a sentence with no first person ("저희 발표가 좋았다" is the sender's own)."""
    return any(w in text[after:after + 8] for w in _CJK_PRAISE) and not any(
        w in sentence for w in _CJK_SELF)


def role_clash(text: str, tokens: list, personal: list[int], record, message_keys,
               language: str, exclude: frozenset[str] | set[str] = frozenset()
               ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    cjk = language in ("chinese", "japanese", "korean")
    if _ANY_LEADING.isdisjoint(message_keys) and not (
            cjk and any(form in text for form in _ANY_CJK)):
        return None  # the message gives no part
    lesser = _lesser(record)
    said: list[tuple[str, str]] = []
    for i in personal:
        kind = _kind(tokens, i, language)
        if kind is not None and _readers(tokens, i):
            said.append((kind, text[tokens[i].start:tokens[i].end]))
    if cjk:
        spans = [(tokens[i].start, tokens[i].end) for i in personal]
        for kind, _, forms in _LEADING:
            for form in forms:
                at = text.find(form)
                while at >= 0:
                    if any(a <= at < b for a, b in spans):
                        sentence = _sentence(text, at)
                        # ("让我印象深刻": the sender's view of the reader's talk)
                        if (any(w in sentence for w in _CJK_READERS)
                                or _cjk_praised(text, at + len(form), sentence)) and not any(
                                w in text[max(0, at - 6):at] for w in _CJK_SELF):
                            said.append((kind, form))
                            break
                    at = text.find(form, at + 1)
    if not said:
        return None
    leading = _recorded_leading(record, exclude)
    others: dict[str, str] | None = None
    for kind, words in said:
        if kind in leading:
            continue
        if lesser and kind not in _OTHERS_ONLY:
            return (words,), lesser[:1]
        if others is None:
            others = _credited_to_others(record, exclude)
        if kind in others:
            return (words,), (others[kind],)
    return None


# The headline talk of an occasion, and the shared formats a record may give instead: "your
# keynote" to a reader the record puts on a panel or a round table is another part (R4).
_KEYNOTE = _words("""keynote keynotes keynoter plenary plenaria plenario plenária plénière
    plenarvortrag hauptvortrag eröffnungsvortrag magistral""")
_KEYNOTE_CJK = ("主旨演讲", "主题演讲", "主旨报告", "基调演讲", "基調講演", "キーノート",
                "기조연설", "기조강연", "키노트")
_SHARED_FORMATS = ("panel", "panelist", "panellist", "round table", "roundtable",
                   "round-table", "breakout", "table ronde", "mesa redonda", "tavola rotonda",
                   "podiumsdiskussion", "diskussionsrunde", "painel", "painelista",
                   "分论坛", "圆桌", "パネル", "分科会", "패널", "라운드테이블", "분과")


def keynote_clash(text: str, tokens: list, personal: list[int], record, language: str
                  ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """("your keynote", the record's "panel"), when the message gives the reader the
    keynote and the record gives them a shared format and no keynote anywhere."""
    said = None
    for i in personal:
        if tokens[i].fold in _KEYNOTE and _readers(tokens, i):
            said = text[tokens[i].start:tokens[i].end]
            break
    if said is None and language in ("chinese", "japanese", "korean"):
        spans = [(tokens[i].start, tokens[i].end) for i in personal]
        for form in _KEYNOTE_CJK:
            at = text.find(form)
            if at >= 0 and any(a <= at < b for a, b in spans) and not any(
                    w in text[max(0, at - 6):at] for w in _CJK_SELF):
                sentence = _sentence(text, at)
                if any(w in sentence for w in _CJK_READERS) or _cjk_praised(
                        text, at + len(form), sentence):
                    said = form
                    break
    if said is None:
        return None
    written = fold(record.written)
    if any(w in written for w in _KEYNOTE) or any(w in record.written for w in _KEYNOTE_CJK):
        return None
    for form in _SHARED_FORMATS:
        at = written.find(form)
        if at >= 0 and (at == 0 or not written[at - 1].isalpha()):
            return (said,), (form,)
    return None
