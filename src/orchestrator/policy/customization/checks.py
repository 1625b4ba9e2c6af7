"""The built-in checks: each turns the shared analysis into findings with a code and a fix.

Every refusal message says why (quoting what was found) and how to fix it, in one or two
sentences, because some consumers only show ``message``; ``fix`` repeats the how-to on its
own for tools that show it separately.

====================  ========  =========================================================
code                  severity  when
====================  ========  =========================================================
empty                 refuse    no text, or nothing but a greeting and the name
placeholder           refuse    unfilled merge syntax (``{{first_name}}``, ``[Company]``)
render-problem        refuse    a greeting built from a first name that is not a name
                                (an emoji, a symbol, "Dr.", "N/A") or from none ("Hi ,")
platform-default      refuse    a platform default or generic note, and no detail
mail-merge-only       refuse    no detail; only name, company or title are personal
no-specific-detail    refuse    no detail; a vague claim, or a detail the record denies
near-duplicate        refuse    near-identical to another draft of the batch
too-long              refuse    over the channel's length limit (text or subject)
long-for-some-accounts warn     within the longest limit, over some accounts' (policy check)
no-self-introduction  warn      a first contact that never says who is writing
headline-only-detail  warn      the only matched detail comes from the public headline
detail-matched        info      the details found in the record (evidence, never a reason)
====================  ========  =========================================================

The engine adds ``check-error`` (refuse) for a check that raised. A draft without a detail
gets ``mail-merge-only`` or ``no-specific-detail``, and ``platform-default`` on top when it
is (or contains) a stock note: each explains a different thing to fix.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import Iterator

from ..types import Finding, PolicyBatch, PolicyCheck
from .analysis import DraftView, analyze
from .greeting import render_problem
from .introduction import is_first_contact
from .normalize import prepare
from .text import detect_language, is_generic, is_stop, tokenize


def _quote(items: tuple[str, ...] | list[str], limit: int = 3) -> str:
    quoted = [f"'{item}'" for item in list(dict.fromkeys(items))[:limit]]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _whole(view: DraftView, items) -> list[str]:
    """What to quote for each matched or merged piece: a CJK letter pair is no word ("上认"
    straddles "上" and "认识", "罗老" a name and its honorific), so quote the name with its
    honorific ("罗老师", "凛さん"), or else the whole run of CJK letters it stands in."""
    out = []
    text = view.text
    for item in items:
        at = text.find(item) if item and "\u2e80" <= item[0] and len(item) <= 3 else -1
        if at < 0:
            out.append(item)
            continue
        contact = view.draft.contact
        names = {contact.first_name, contact.last_name, contact.last_name + contact.first_name,
                 contact.first_name + contact.last_name}
        out.append(_cjk_word(text, at, item, item in names))
    return out


def _cjk_word(text: str, at: int, item: str, name: bool) -> str:
    from .cjk import HONORIFICS, cjk_run

    for k in range(1, len(item) + 1):
        for honorific in HONORIFICS:
            if text.startswith(honorific, at + k):
                return text[at:at + k + len(honorific)]
    if name:
        return item  # a whole name ("王伟")
    for run in cjk_run().finditer(text):
        if run.start() <= at < run.end():
            return run.group()
    return item


def _example(view: DraftView) -> str:
    suggestion = view.suggestion
    return f", e.g. '{suggestion}'" if suggestion and _specific(suggestion) else ""


@lru_cache(maxsize=1024)
def _specific(recorded: str) -> bool:
    """Whether a recorded sentence says anything specific: notes that only hold boilerplate
    ("Great to connect!", "좋은 인연이 되었으면 합니다") are no example of a detail to mention."""
    tokens = tokenize(prepare(recorded))
    language = detect_language(tokens)
    return any(not is_stop(language, t.fold) and not is_generic(language, t) for t in tokens)


def _record_fix(view: DraftView) -> str:
    """How to add a detail: quote one from the record, or ask for the record first."""
    if view.unrecorded:
        return (f"Nothing is recorded about {view.name}: add how you know them to their notes "
                "(where you met, what they wrote or said, a shared contact), then mention it.")
    return f"Mention something specific from how you know {view.name}{_example(view)}."


def _finding(view: DraftView, code: str, why: str, fix: str, severity: str = "refuse",
             evidence: tuple[str, ...] = ()) -> Finding:
    return Finding(draft_id=view.draft.id, code=code, message=f"{why} {fix}".strip(), fix=fix,
                   severity=severity, evidence=evidence)  # type: ignore[arg-type]


class _Builtin:
    builtin = True
    name = ""

    def check(self, batch: PolicyBatch) -> Iterator[Finding]:
        analysis = analyze(batch)
        for index, view in enumerate(analysis.views):
            yield from self.findings(batch, analysis, index, view)

    def findings(self, batch, analysis, index: int, view: DraftView) -> Iterator[Finding]:
        raise NotImplementedError


class EmptyCheck(_Builtin):
    name = "empty"

    def findings(self, batch, analysis, index, view):
        if view.empty and not view.placeholders:
            what = ("The message is empty." if not (view.draft.text or "").strip()
                    else "The message has nothing but a greeting and the name.")
            yield _finding(view, "empty", what,
                           f"Write one or two sentences for {view.name} about how you know them"
                           f"{_example(view)}.")


class PlaceholderCheck(_Builtin):
    name = "placeholder"

    def findings(self, batch, analysis, index, view):
        if view.placeholders:
            found = _quote([p.text for p in view.placeholders])
            many = len({p.text for p in view.placeholders}) > 1
            yield _finding(
                view, "placeholder",
                f"It still contains the placeholder{'s' if many else ''} {found}: unfilled "
                "merge syntax or a note to the writer, never meant to be sent.",
                f"Replace {'them' if many else 'it'} with the real text for {view.name} (or "
                "delete it) and check the draft again.",
            )


class GreetingCheck(_Builtin):
    """A greeting rendered from a first name that is not one: a data problem, not a message."""

    name = "greeting"

    def findings(self, batch, analysis, index, view):
        draft = view.draft
        found = render_problem(draft.contact.first_name, draft.contact.last_name,
                               draft.subject or "", draft.text or "")
        if found is None:
            return
        said, first = found
        what = (f"the first name '{first}', which is not a name" if first.strip()
                else "an empty first name")
        yield _finding(
            view, "render-problem",
            f"The greeting '{said}' was rendered from {what}: the template printed the "
            "contact record as it is.",
            "Correct the first name in the contact's record (or write the greeting by hand), "
            "then check the draft again.",
        )


class DefaultPhraseCheck(_Builtin):
    name = "platform-default"

    def findings(self, batch, analysis, index, view):
        phrase = view.phrase
        if phrase is None or view.empty or view.details.ok:
            return
        said = view.text[phrase.start:phrase.end]
        where = (f"the {batch.channel or 'platform'} default note '{phrase.phrase}'"
                 if phrase.origin == "platform" else "generic boilerplate that fits anyone")
        yield _finding(
            view, "platform-default",
            f"'{said}' is {where}, and nothing else in the message is "
            f"{'specific to' if view.details.evidence or view.shared else 'about'} {view.name}.",
            f"Replace it with one sentence about how you know them{_example(view)}.",
        )


class CustomizationCheck(_Builtin):
    """Is there a specific, recorded detail? (mail-merge-only / no-specific-detail)."""

    name = "customization"

    def findings(self, batch, analysis, index, view):
        if view.empty:
            return
        details = view.details
        if details.evidence:
            yield _finding(view, "detail-matched",
                           f"Details found in {view.name}'s record: {', '.join(details.evidence)}.",
                           "", severity="info", evidence=details.evidence)
        if details.ok:
            if details.headline_only:
                yield _finding(
                    view, "headline-only-detail",
                    f"The only detail that matches comes from {view.name}'s public headline.",
                    "If you know them from somewhere, say so; a headline anyone can read is "
                    "weak proof the message was written for them.", severity="warn",
                    evidence=details.evidence,
                )
            return
        if details.pasted:
            yield from self._pasted(view)
            return
        yield self._refusal(view)

    def _pasted(self, view: DraftView) -> Iterator[Finding]:
        """Interest tags pasted as a list: the mail merge of a field (R3) that says nothing
        specific about any of them (R4)."""
        tags = _quote(view.details.pasted, limit=4)
        fix = (f"Say something specific about one of them: what {view.name} did, wrote or said "
               "about it, or why it matters to you both.")
        yield _finding(view, "mail-merge-only",
                       f"{tags} are {view.name}'s interest tags pasted as a list: a mail merge "
                       "of the interests field could have written it.", fix)
        yield _finding(view, "no-specific-detail",
                       "Nothing is said about any of those interests.", fix)

    def _refusal(self, view: DraftView) -> Finding:
        details = view.details
        if details.contradiction:
            said, recorded = details.contradiction
            return _finding(
                view, "no-specific-detail",
                f"The message mentions {_quote(said)} but the record says {_quote(recorded)}: "
                f"the detail does not match how you know {view.name}.",
                f"Correct it to what you actually share{_example(view)}.",
            )
        if details.hooked:
            frame, tag = details.hooked
            return _finding(
                view, "no-specific-detail",
                f"'{frame}' only hooks the message to {view.name}'s recorded interest in "
                f"'{tag}' and says nothing specific about it: any message to anyone who "
                "follows it could say the same.",
                f"Say something specific about {tag}: what {view.name} did, wrote or said about "
                "it, or something of your own (what you did with it, a question about their "
                "experience of it).",
            )
        if details.weak:
            one = len(details.weak) == 1
            whole = _whole(view, details.weak)
            if whole != list(details.weak):
                # CJK letter pairs, quoted as the words they stand in.
                why = (f"Only part of {_quote(whole)} matches {view.name}'s record: a letter "
                       "pair without a name or a phrase around it cannot show the message was "
                       "written for them.")
            else:
                why = (f"Only {_quote(whole)} {'matches' if one else 'match'} "
                       f"{view.name}'s record: {'a single word' if one else 'loose words'} "
                       f"without a name or a phrase around {'it' if one else 'them'} cannot "
                       "show the message was written for them.")
            return _finding(view, "no-specific-detail", why, _record_fix(view))
        if view.shared:
            # Never tell someone whose record the text quotes that it says nothing about them.
            return _finding(
                view, "no-specific-detail",
                f"What it says about {view.name} ({', '.join(view.shared[:3])}) is text that "
                "other drafts of this batch repeat word for word, so it was not written for "
                f"{view.name} alone.", _record_fix(view),
            )
        if details.cue or details.unknown:
            parts = []
            if details.cue:
                parts.append(f"'{details.cue}' names nothing specific")
            if details.unknown:
                are = "are" if len(set(details.unknown)) > 1 else "is"
                parts.append(f"{_quote(details.unknown)} {are} not in {view.name}'s record")
            if not details.unknown:
                parts.append("nothing is recorded about them" if view.unrecorded
                             else f"nothing specific in the message matches {view.name}'s record")
            why = ", and ".join(parts) + "."
            return _finding(view, "no-specific-detail", why[0].upper() + why[1:],
                            _record_fix(view))
        merged = _whole(view, list(view.merge_fields))
        used = f" besides {_quote(merged)}" if merged else ""
        return _finding(
            view, "mail-merge-only",
            f"Nothing in the message is about {view.name}{used}: a mail merge could have "
            "written it.", _record_fix(view),
        )


class NearDuplicateCheck(_Builtin):
    name = "near-duplicate"

    def findings(self, batch, analysis, index, view):
        duplicate = analysis.duplicates.get(index)
        if duplicate is None:
            return
        others = [analysis.views[j].draft.id for j in islice(
            (j for j in duplicate.group if j != index), 3)]
        shown = _quote(others, limit=3)
        count = len(duplicate.group) - 1
        more = f" and {count - 3} more" if count > 3 else ""
        if duplicate.template_only:
            why = (f"Apart from names it is the same text as {shown}{more}: it has no sentence "
                   "of its own.")
        else:
            why = (f"Once names are swapped it is near-identical to {shown}{more} "
                   f"({duplicate.similarity:.0%} of its personal words are the same); every "
                   "draft of such a group is refused.")
        yield _finding(view, "near-duplicate", why,
                       f"Write {view.name} their own sentence about how you know them instead of "
                       "sending the same text to several people.")


class LengthCheck(_Builtin):
    name = "length"

    def findings(self, batch, analysis, index, view):
        problems = []
        text = view.draft.text or ""
        if batch.max_length is not None and len(text) > batch.max_length:
            where = " ".join(part for part in (batch.channel, batch.kind) if part) or "this step"
            over = len(text) - batch.max_length
            problems.append((f"The message is {len(text)} characters, {over} over the "
                             f"{batch.max_length}-character limit of {where}.",
                             f"shorten it by at least {over} characters"))
        subject = view.draft.subject or ""
        if batch.max_subject_length is not None and len(subject) > batch.max_subject_length:
            over = len(subject) - batch.max_subject_length
            problems.append((f"The subject is {len(subject)} characters, {over} over the "
                             f"{batch.max_subject_length}-character limit.",
                             f"shorten the subject by at least {over} characters"))
        if problems:
            why = " ".join(p[0] for p in problems)
            fix = " and ".join(p[1] for p in problems)
            yield _finding(view, "too-long", why, fix[0].upper() + fix[1:] + ".")
        elif batch.warn_length is not None and len(text) > batch.warn_length:
            where = " ".join(part for part in (batch.channel, batch.kind) if part) or "this step"
            yield _finding(
                view, "long-for-some-accounts",
                f"The message is {len(text)} characters: more than the {batch.warn_length} "
                f"some accounts may send as {where} (the longest any account allows is "
                f"{batch.max_length}).",
                f"Keep it within {batch.warn_length} characters unless your account allows "
                "more.", severity="warn")


class IntroductionCheck(_Builtin):
    name = "self-introduction"

    def findings(self, batch, analysis, index, view):
        if view.empty or view.introduced:
            return
        if not is_first_contact(view.draft.first_contact, batch.kind):
            return
        example = f", e.g. '{batch.sender_headline}'" if batch.sender_headline else ""
        yield _finding(view, "no-self-introduction",
                       "This is a first contact and the message never says who is writing.",
                       f"Add a short line about who you are{example}.", severity="warn")


def builtin_checks() -> list[PolicyCheck]:
    """The customization policy's checks, in the order they run."""
    return [EmptyCheck(), PlaceholderCheck(), GreetingCheck(), DefaultPhraseCheck(),
            CustomizationCheck(), NearDuplicateCheck(), LengthCheck(), IntroductionCheck()]
