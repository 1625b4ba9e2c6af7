"""Run the checks on a batch and combine what they say into one verdict per draft.

The combination rule is stated in :mod:`orchestrator.policy`; this module implements it:

* built-in checks run first, always, in a fixed order; the ``checks`` argument holds only
  the *extra* plugin checks as ``(plugin name, check)`` pairs and cannot replace them;
* every finding is stamped with its check and plugin (``"core"`` for built-ins) and becomes
  a reason (severity ``refuse``), a warning (``warn``) or evidence only (``info``);
* a check that raises refuses every draft of the batch with ``check-error`` (fail closed):
  a half-run check proves nothing, so its partial findings are dropped;
* findings naming a draft that is not in the batch are ignored; an unknown severity counts
  as a refusal.

Each draft's trail lists every check that ran, with ``allow``, ``warn`` or ``refuse``.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

from .customization import builtin_checks
from .customization.analysis import collector_paused, release
from .customization.parallel import builtin_findings
from .types import Finding, PolicyBatch, PolicyCheck, Reason, Verdict

CORE = "core"

# Reported first when a draft has several reasons: what the author must fix before the rest
# makes sense (a placeholder before the missing detail it may hide).
_ORDER = ("check-error", "empty", "placeholder", "render-problem", "platform-default",
          "mail-merge-only", "no-specific-detail", "near-duplicate", "too-long")


def evaluate(batch: PolicyBatch,
             checks: Sequence[tuple[str, PolicyCheck]] | None = None) -> dict[str, Verdict]:
    """A verdict for every draft of ``batch``, keyed by draft id.

    ``checks`` are the plugin checks to run after the built-in ones (``None``: built-ins
    only). Deterministic: the same batch and checks always give the same verdicts.
    """
    # Each id once, in batch order (a repeated id shares one verdict).
    ids = list(dict.fromkeys(draft.id for draft in batch.drafts))
    pending: dict[str, list[tuple[int, Reason, str]]] = {d: [] for d in ids}
    sequence = 0
    builtins = builtin_checks()
    runs: list[tuple[str, PolicyCheck]] = [(CORE, c) for c in builtins]
    runs.extend(checks or ())
    # Per check: the trail entry of the drafts it allowed, and the others' outcomes.
    outcomes: list[tuple[tuple[str, str, str], dict[str, str]]] = []
    with collector_paused(), _released(batch):
        # A big batch: the built-in checks' findings from several processes (or None).
        shared = builtin_findings(batch, builtins)
        for k, (plugin, check) in enumerate(runs):
            name = str(getattr(check, "name", "") or type(check).__name__)
            outcome: dict[str, str] = {}
            if shared is not None and k < len(builtins):
                result = shared[k]
                found = (result if isinstance(result, list)
                         else _failed(plugin, name, batch, *result))
            else:
                found = _run(plugin, name, check, batch)
            for finding in found:
                if finding.draft_id not in pending:
                    continue
                severity = finding.severity if finding.severity in ("warn", "info") else "refuse"
                reason = Reason(code=finding.code, message=finding.message, fix=finding.fix,
                                check=name, plugin=plugin, evidence=tuple(finding.evidence))
                pending[finding.draft_id].append((sequence, reason, severity))
                sequence += 1
                if severity == "refuse":
                    outcome[finding.draft_id] = "refuse"
                elif severity == "warn" and outcome.get(finding.draft_id) != "refuse":
                    outcome[finding.draft_id] = "warn"
            outcomes.append(((plugin, name, "allow"), outcome))
        verdicts = {}
        for draft_id in ids:
            trail = [allowed if (result := outcome.get(draft_id)) is None
                     else (allowed[0], allowed[1], result) for allowed, outcome in outcomes]
            verdicts[draft_id] = _combine(pending[draft_id], trail)
    return verdicts


@contextmanager
def _released(batch: PolicyBatch) -> Iterator[None]:
    """The built-in checks share one analysis of the batch; drop it once all have run."""
    try:
        yield
    finally:
        release(batch)


def _run(plugin: str, name: str, check: PolicyCheck, batch: PolicyBatch) -> list[Finding]:
    try:
        return list(check.check(batch))
    except Exception as error:  # fail closed: a broken check must not let anything through
        return _failed(plugin, name, batch, type(error).__name__, str(error))


def _failed(plugin: str, name: str, batch: PolicyBatch, error_type: str,
            error: str) -> list[Finding]:
    """A ``check-error`` for every draft of the batch: a check that raised proves nothing."""
    message = (f"The policy check '{plugin}:{name}' failed ({error_type}: {error}), so this "
               "draft cannot be cleared.")
    fix = (f"Fix or update the plugin '{plugin}', or block it with OUTREACH_BLOCK_PLUGINS, "
           "then check again.")
    return [Finding(draft_id=d.id, code="check-error", message=f"{message} {fix}", fix=fix)
            for d in batch.drafts]


def _combine(items: Iterable[tuple[int, Reason, str]],
             trail: list[tuple[str, str, str]]) -> Verdict:
    """Reasons and warnings de-duplicated by code and ordered; evidence is the union."""
    reasons: dict[str, tuple[int, Reason]] = {}
    warnings: dict[str, tuple[int, Reason]] = {}
    evidence: dict[str, None] = {}
    for sequence, reason, severity in items:
        evidence.update(dict.fromkeys(reason.evidence))
        if severity == "refuse":
            reasons.setdefault(reason.code, (sequence, reason))
        elif severity == "warn":
            warnings.setdefault(reason.code, (sequence, reason))
    return Verdict(
        decision="refuse" if reasons else "allow",
        reasons=[r for _, r in sorted(reasons.values(), key=_rank)],
        warnings=[w for _, w in sorted(warnings.values(), key=lambda item: item[0])],
        evidence=list(evidence),
        trail=trail,
    )


def _rank(item: tuple[int, Reason]) -> tuple[int, int]:
    sequence, reason = item
    code = reason.code
    return (_ORDER.index(code) if code in _ORDER else len(_ORDER), sequence)
