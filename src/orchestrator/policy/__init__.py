"""The policy gate: every draft is checked, and every refusal is explained.

Checks read a :class:`~orchestrator.policy.types.PolicyBatch` (one campaign step's drafts,
each with the recipient's record) and yield findings; :func:`evaluate` combines them into
one :class:`~orchestrator.policy.types.Verdict` per draft. The built-in checks
(:mod:`orchestrator.policy.customization`) enforce the customization policy: a message must
name a specific detail about its reader that their record confirms.

The rule that combines verdicts
-------------------------------

1. **Any refusal refuses.** A draft is allowed only when no check, built-in or plugin,
   refused it.
2. **Built-in checks always run and cannot be disabled.** They run first, in a fixed order;
   callers pass only extra plugin checks, which run after them.
3. **Plugins add, never overturn.** A plugin check can add refusals and warnings; there is
   no "allow" finding, so nothing can clear a draft a built-in check refused.
4. **Warnings never refuse.** Severity ``warn`` is shown to the author; ``info`` only
   carries evidence (e.g. the details that matched the record).
5. **A failing check refuses (fail closed).** A check that raises refuses every draft of the
   batch with code ``check-error`` naming the plugin and check.
6. **Reasons are ordered and de-duplicated by code**: the first reason of each code is kept,
   in a fixed order of codes (what to fix first: ``check-error``, ``empty``,
   ``placeholder``, ``render-problem``, ``platform-default``, ``mail-merge-only``,
   ``no-specific-detail``, ``near-duplicate``, ``too-long``, then plugin codes as they
   came). Warnings likewise, in
   the order they came.
7. **Evidence is the union** of the evidence of every finding, in order, without repeats.

Every reason is stamped with the check and plugin that gave it (``core`` for built-ins),
and :attr:`Verdict.trail` lists every check that ran on the draft with its outcome, so
``outreach policy explain`` can show who decided what.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .customization import builtin_checks
    from .engine import CORE, evaluate
    from .jsonl import iter_batches, parse_batch, parse_lines, read_batches, verdict_to_json
    from .types import (
        ContactFacts,
        Decision,
        Finding,
        PolicyBatch,
        PolicyCheck,
        PolicyDraft,
        Reason,
        Severity,
        Verdict,
    )

# Where each public name lives. Imported on first use (PEP 562): the gate, the ledger and
# the CLI import ``orchestrator.policy.types`` on every command, and a preview or send whose
# stored verdicts still hold never needs the engine (its word lists and stemmers).
_HOMES = {
    "builtin_checks": "customization",
    "CORE": "engine", "evaluate": "engine",
    **dict.fromkeys(("iter_batches", "parse_batch", "parse_lines", "read_batches",
                     "verdict_to_json"), "jsonl"),
    **dict.fromkeys(("ContactFacts", "Decision", "Finding", "PolicyBatch", "PolicyCheck",
                     "PolicyDraft", "Reason", "Severity", "Verdict"), "types"),
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))


__all__ = [
    "CORE",
    "ContactFacts",
    "Decision",
    "Finding",
    "PolicyBatch",
    "PolicyCheck",
    "PolicyDraft",
    "Reason",
    "Severity",
    "Verdict",
    "builtin_checks",
    "evaluate",
    "iter_batches",
    "parse_batch",
    "parse_lines",
    "read_batches",
    "verdict_to_json",
]
