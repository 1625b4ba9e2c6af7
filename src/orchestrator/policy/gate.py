"""The policy gate: where drafts meet the policy, at plan, review, preview and send time.

The gate turns planned drafts into :class:`~orchestrator.policy.types.PolicyBatch` objects
(one per campaign step, because near-duplicates live across a step's drafts), fills in what
only the workspace knows - the recipient's record, whether this is a first contact, the
channel's limits and default phrases - and asks :func:`orchestrator.policy.engine.evaluate`
for verdicts with every plugin's extra checks. Nothing here can bypass a refusal.

A verdict is a function of its step's inputs: the batch (every draft's text, note and
record, the template, the sender, the channel's limits and phrases), what already went to
each reader (the stale-note check) and the policy's own code. The gate stores a digest of
them with each verdict (``Draft.checked``); preview and send, which check a stored plan
again, evaluate a step only when its digest changed - the same inputs would give the same
verdicts. The digest numbers drafts by position, not by id, so a new plan (or a dry run) of
unchanged inputs finds the verdicts an earlier command kept in
:mod:`~orchestrator.policy.verdict_cache`. With a third-party policy check installed (it
may read more than the batch) every check runs every time.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping

import attrs

from ..model import Contact, Draft
from . import verdict_cache
from .stale import StaleNoteCheck
from .types import ContactFacts, JsonVerdictCodec, PolicyBatch, PolicyDraft, Reason, Verdict

_CODEC = JsonVerdictCodec()

if TYPE_CHECKING:
    from ..app import App


def facts(contact: Contact) -> ContactFacts:
    return ContactFacts(
        first_name=contact.first_name, last_name=contact.last_name, company=contact.company,
        title=contact.title, headline=contact.headline, notes=contact.notes,
        interests=tuple(contact.interests),
    )


def plugin_checks(app: "App") -> list[tuple[str, object]]:
    return [(entry.plugin, entry.value) for entry in app.plugins.policy_checks]


def default_phrases(app: "App", channel: str) -> tuple[str, ...]:
    """The channel manifest's ``default_phrases`` (the only source of a channel's own),
    then those third-party policy plugins add through ``outreach_policy_phrases``; each once."""
    phrases = list(app.manifest(channel).default_phrases)
    phrases += app.plugins.policy_phrases(channel)
    return tuple(dict.fromkeys(phrases))


def check_drafts(
    app: "App",
    drafts: Iterable[Draft],
    *,
    templates: Mapping[str, str | None] | None = None,
    contacts: Mapping[int, Contact] | None = None,
) -> None:
    """Set ``draft.verdict`` on every draft; batches are the drafts of one step.

    ``templates`` maps a step key to its template source (to tell shared text from the
    personal part). Skipped drafts are checked too: a draft the user skips today may be
    un-skipped tomorrow and must carry an honest verdict.
    """
    drafts = list(drafts)
    if not drafts:
        return
    if contacts is None:
        contacts = {c.id: c for c in app.ledger.contacts.all({d.contact_id for d in drafts})}
    contacted = app.ledger.touchpoints.last_out()
    sent = sent_before(app, drafts)
    third_party = plugin_checks(app)
    # Core checks only: each step is checked with its drafts numbered by position, so the
    # same inputs give the same digest in any plan (see verdict_cache); a third-party check
    # may read more than the batch, so it sees the real ids and nothing is reused.
    canonical = not third_party
    cache = None if not canonical or app.ledger.postgres else verdict_cache.folder(
        app.workspace.home)
    sender = app.workspace.sender
    batches: dict[tuple[str, str], list[Draft]] = defaultdict(list)
    for draft in drafts:
        batches[(draft.campaign, draft.step_key)].append(draft)
    phrases_cache: dict[str, tuple[str, ...]] = {}
    for (campaign, step_key), group in batches.items():
        first = group[0]
        manifest = app.manifest(first.channel)
        spec = manifest.kind(first.kind)
        if first.channel not in phrases_cache:
            phrases_cache[first.channel] = default_phrases(app, first.channel)
        numbered = canonical and not _holds_token(group, contacts)
        ids = [_token(i) if numbered else d.id for i, d in enumerate(group)]
        batch = PolicyBatch(
            id=f"{campaign}/{step_key}",
            channel=first.channel,
            kind=first.kind,
            drafts=tuple(
                PolicyDraft(
                    id=draft_id,
                    contact=facts(contacts[d.contact_id]),
                    text=d.text,
                    subject=d.subject,
                    personal_note=d.personal_note or None,
                    first_contact=(d.contact_id not in contacted) if spec is None or spec.first_contact
                    else False,
                )
                for draft_id, d in zip(ids, group)
            ),
            template=(templates or {}).get(step_key),
            sender_name=sender.get("name", ""),
            sender_headline=sender.get("headline", ""),
            max_length=spec.max_length if spec else None,
            max_subject_length=spec.max_subject_length if spec else None,
            default_phrases=phrases_cache[first.channel],
        )
        step_sent = {draft_id: sent[d.id] for draft_id, d in zip(ids, group)}
        digest = inputs_digest(batch, step_sent) if numbered else ""
        if digest and all(d.checked == digest for d in group):
            continue  # stored verdicts of exactly these inputs (see the module docstring)
        verdicts = _remembered(cache, digest, len(group))
        if verdicts is None:
            from .engine import evaluate  # only now: the engine is most of the policy's import

            found = evaluate(batch, third_party + [("core", StaleNoteCheck(step_sent))])
            verdicts = [found.get(draft_id) or Verdict(decision="refuse") for draft_id in ids]
            if cache is not None and digest:
                verdict_cache.store(cache, digest, [_CODEC.as_data(v) for v in verdicts])
        real = [d.id for d in group]
        for draft, verdict in zip(group, verdicts):
            draft.verdict = _with_ids(verdict, real) if numbered else verdict
            draft.checked = digest


# A draft's id while its step is checked: private-use characters, which no message holds
# and no check changes, around its position.
_OPEN, _CLOSE = "\ue000", "\ue001"


def _token(position: int) -> str:
    return f"{_OPEN}{position}{_CLOSE}"


def _holds_token(group: list[Draft], contacts: Mapping[int, Contact]) -> bool:
    """Whether any text a reason may quote holds the token mark (an icon font's private-use
    character, say): such a step is checked with its real ids, and nothing is reused."""
    for d in group:
        c = contacts[d.contact_id]
        if any(_OPEN in (value or "") for value in (
                d.text, d.subject, d.personal_note, c.first_name, c.last_name, c.company,
                c.title, c.headline, c.notes, *c.interests)):
            return True
    return False


def _with_ids(verdict: Verdict, ids: list[str]) -> Verdict:
    """``verdict`` with each position token in its texts replaced by that draft's real id
    (a near-duplicate's "same text as ..." names drafts the user can find)."""
    if not any(_OPEN in text for reason in (*verdict.reasons, *verdict.warnings)
               for text in (reason.message, reason.fix, *reason.evidence)) and not any(
            _OPEN in text for text in verdict.evidence):
        return verdict
    import re

    def real(text: str) -> str:
        return re.sub(f"{_OPEN}(\\d+){_CLOSE}", lambda m: ids[int(m[1])], text)

    def fixed(reason: Reason) -> Reason:
        return attrs.evolve(reason, message=real(reason.message), fix=real(reason.fix),
                            evidence=tuple(real(e) for e in reason.evidence))

    return attrs.evolve(verdict, reasons=[fixed(r) for r in verdict.reasons],
                        warnings=[fixed(w) for w in verdict.warnings],
                        evidence=[real(e) for e in verdict.evidence])


def _remembered(cache, digest: str, count: int) -> list[Verdict] | None:
    """The verdicts an earlier command computed for the same digest, if it kept them."""
    if cache is None or not digest:
        return None
    data = verdict_cache.load(cache, digest)
    if data is None or len(data) != count:
        return None
    try:
        return [_CODEC.from_data(item) for item in data]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def sent_before(app: "App", drafts: list[Draft]) -> dict[str, list[tuple[str, str]]]:
    """What already went to each draft's reader, for the ``stale-note`` check: the
    ledger's sent and waiting drafts of other plans and idempotency keys."""
    sent = app.ledger.plans.sent_notes({d.contact_id for d in drafts})
    # Drafts of the same plan are not compared: what the user wrote for one week's steps
    # is reviewed together, and a verdict must not change once the first step went out.
    return {d.id: [(note, text) for key, plan_id, note, text in sent.get(d.contact_id, ())
                   if key != d.idempotency_key and plan_id != d.plan_id]
            for d in drafts}


def inputs_digest(batch: PolicyBatch, sent: Mapping[str, list[tuple[str, str]]]) -> str:
    """A digest of everything a step's verdicts are computed from."""
    import hashlib

    digest = hashlib.sha256(_policy_code().encode())
    head, draft_fields, fact_fields = _field_getters()
    rows = [head(batch)]
    rows += [(draft_fields(d), fact_fields(d.contact)) for d in batch.drafts]
    digest.update(repr(rows).encode("utf-8", "surrogatepass"))
    digest.update(repr([sorted(sent.get(d.id, ())) for d in batch.drafts]).encode(
        "utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


@lru_cache(maxsize=1)
def _field_getters():
    """Getters of every field of a batch, its drafts and their facts (all of them, by
    construction: a field added later is in the digest too)."""
    from operator import attrgetter

    def getter(cls, *skip):
        return attrgetter(*[f.name for f in attrs.fields(cls) if f.name not in skip])

    return (getter(PolicyBatch, "drafts"), getter(PolicyDraft, "contact"),
            getter(ContactFacts))


@lru_cache(maxsize=1)
def _policy_code() -> str:
    """The policy's own code and the libraries it reads text with: a verdict computed by
    another version is never taken for this one's. The sources, not a regular install's
    compiled modules beside them: those are built from the same sources and give the same
    verdicts (make test-compiled), and hashing their 20 MB took 35 ms of every command."""
    import hashlib
    from importlib.machinery import EXTENSION_SUFFIXES
    from pathlib import Path

    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    compiled = tuple(EXTENSION_SUFFIXES)
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts \
                and not path.name.endswith(compiled):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    for module, distribution in _TEXT_LIBRARIES:
        digest.update(f"{module} {_installed(module, distribution)}".encode())
    return digest.hexdigest()


# The libraries the policy reads text with (import name, distribution name). PyStemmer
# ("Stemmer") is Snowball in C: snowballstemmer hands its work to it when it is installed.
_TEXT_LIBRARIES = (("snowballstemmer", "snowballstemmer"), ("Stemmer", "pystemmer"),
                   ("jinja2", "jinja2"), ("pypinyin", "pypinyin"), ("jaconv", "jaconv"))


def _installed(module: str, distribution: str) -> str:
    """The installed distribution of the importable ``module`` (its ``.dist-info`` folder's
    name, version included), found beside the module without importing it, or ``-`` when
    the module is not installed: ``importlib.metadata`` scans every folder of ``sys.path``,
    28 ms of each command."""
    import os
    from importlib.util import find_spec

    spec = find_spec(module)
    if spec is None or not spec.origin:
        return "-"
    # A package's origin is its __init__.py; a single-file module (an extension) is its own.
    site = os.path.dirname(spec.origin)
    if spec.submodule_search_locations is not None:
        site = os.path.dirname(site)
    prefix = distribution.lower() + "-"
    try:
        found = sorted(entry for entry in os.listdir(site) if entry.lower().startswith(prefix)
                       and entry.endswith((".dist-info", ".egg-info")))
    except OSError:
        found = []
    if found:
        return " ".join(found)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:  # importable, but installed without metadata
        return "?"


def recheck_plan(app: "App", plan_id: str, *, drafts: list[Draft] | None = None,
                 contacts: Mapping[int, Contact] | None = None) -> list[Draft]:
    """Check a stored plan's drafts again (preview and send time); returns them with
    verdicts as of now, storing those of steps whose inputs changed. A caller that has
    loaded the plan's ``drafts`` and their ``contacts`` (by contact id) already passes
    them: a preview reads each person once, not once per stage."""
    plan = app.ledger.plans.get(plan_id)
    if drafts is None:
        drafts = app.ledger.plans.drafts(plan_id)
    templates = {key: step.template for key, step in plan.steps.items()}
    before = {d.id: d.checked for d in drafts}
    check_drafts(app, drafts, templates=templates, contacts=contacts)
    app.ledger.plans.store_verdicts([d for d in drafts if d.checked != before[d.id]])
    return drafts
