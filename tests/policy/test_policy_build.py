"""Which build of the policy runs: the source in an editable install, the Cython build of
the same modules in a regular one (setup.py). ``make test-compiled`` runs the policy tests
against the regular install with ``OUTREACH_EXPECT_COMPILED=1``."""

from __future__ import annotations

import gc
import os
from pathlib import Path

from orchestrator.policy import evaluate
from orchestrator.policy.customization import compiled
from orchestrator.policy.jsonl import read_batches

DATA = Path(__file__).parent / "data"


def test_the_policy_under_test_is_the_build_expected():
    # Editable: a stale compiled module would shadow the source being tested. Compiled:
    # a build that quietly fell back to Python would make the compiled run test nothing new.
    assert compiled() is (os.environ.get("OUTREACH_EXPECT_COMPILED") == "1")


def test_an_evaluation_leaves_no_reference_cycles_of_its_own():
    """The analysis pauses the cyclic collector (analysis.collector_paused) because it makes
    no cycles: reference counting frees each draft's tokens as soon as it is done. Compiled,
    nested functions that call one another keep their closure alive in a cycle, tokens and
    all, until a full collection; that once took the peak memory of a 50,000-draft check
    from 67 MB to 164 MB. (Jinja2's environment for a batch's template has cycles of its
    own: one per template, not per draft.)"""
    batches = read_batches(DATA / "policy-dev.jsonl") + read_batches(DATA / "policy-extra.jsonl")
    for batch in batches:
        evaluate(batch)  # memo tables filled: they are meant to stay
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for batch in batches:
            evaluate(batch)
        gc.collect()
        ours = sorted({type(o).__qualname__ for o in gc.garbage
                       if type(o).__module__.startswith("orchestrator.")})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert ours == []


# Operands Cython computes as a C truth value (bint), not a Python object.
_BINT_CALLS = frozenset(("bool", "isinstance", "issubclass", "callable", "hasattr"))


def _bint(node) -> bool:
    import ast

    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    if isinstance(node, ast.Compare):
        if all(isinstance(op, (ast.In, ast.NotIn, ast.Is, ast.IsNot)) for op in node.ops):
            return True
        # len(x) against a number: two C integers compared
        sides = [node.left, *node.comparators]
        return any(isinstance(e, ast.Call) and isinstance(e.func, ast.Name)
                   and e.func.id == "len" for e in sides) \
            and any(isinstance(e, ast.Constant) and isinstance(e.value, int) for e in sides)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
        and node.func.id in _BINT_CALLS


def _values(comp) -> list:
    """The expressions a comprehension makes its items of (a tuple's parts each)."""
    import ast

    parts = [comp.key, comp.value] if isinstance(comp, ast.DictComp) else [comp.elt]
    return [e for part in parts
            for e in (part.elts if isinstance(part, ast.Tuple) else [part])]


def test_the_compiled_modules_avoid_a_construct_cython_miscompiles():
    """Cython (3.2 and 3.3 alike) miscompiles an ``and``/``or`` chain that a comprehension
    makes its items of, when its first operand is a Python object and two or more of the
    others are C truth values (``not``, ``in``, ``is``, ``isinstance``, ``len(x) <= 4``), even
    under a ``not``: "[f and not
    t.number and not t.upper for ...]" left a freed object or NULL in the list, and every
    compiled check crashed (found by make test-compiled). ``bool(f) and ...``, a loop, or
    the chain as the test of ``any``/``all`` compile right. The source is checked here, so
    the editable build, which runs the Python source, catches it too."""
    import ast

    from orchestrator.policy import customization

    folder = Path(customization.__file__).parent
    found = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tested = {id(node.args[0]) for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id in ("any", "all") and len(node.args) == 1}
        for comp in ast.walk(tree):
            if not isinstance(comp, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)) \
                    or id(comp) in tested:
                continue
            for value in _values(comp):
                for node in ast.walk(value):  # a chain under "not" too
                    if isinstance(node, ast.BoolOp) and not _bint(node.values[0]) \
                            and sum(map(_bint, node.values[1:])) >= 2:
                        found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert found == []
