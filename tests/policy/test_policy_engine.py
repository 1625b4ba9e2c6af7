"""The combination rule of orchestrator.policy, enforced by the engine."""

from __future__ import annotations

from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import CORE, Finding, builtin_checks, evaluate

GOOD = "Ada, your talk on tidal turbines at Ocean Energy Europe changed my mind on blade coatings."
NOTES = "Spoke at Ocean Energy Europe about tidal turbines and blade coatings."


class Says:
    """A plugin check that says the same thing about every draft."""

    def __init__(self, name: str, code: str, severity: str = "refuse", evidence=()):
        self.name, self.code, self.severity, self.evidence = name, code, severity, evidence

    def check(self, batch):
        for d in batch.drafts:
            yield Finding(d.id, self.code, f"{self.code} said so.", "Do better.", self.severity,
                          tuple(self.evidence))


class Breaks:
    name = "flaky"

    def check(self, batch):
        yield Finding(batch.drafts[0].id, "partial", "half done", severity="warn")
        raise RuntimeError("database is locked")


def _good_batch():
    return batch(draft("g", GOOD, contact(notes=NOTES)), draft("m", "Hi Ada, let's talk!"))


def test_builtins_run_first_and_always():
    verdicts = evaluate(_good_batch(), checks=[])
    names = [check.name for check in builtin_checks()]
    for verdict in verdicts.values():
        assert [t[:2] for t in verdict.trail] == [(CORE, n) for n in names]
    assert verdicts["g"].allowed and not verdicts["m"].allowed


def test_plugin_checks_add_refusals_and_warnings_after_builtins():
    verdicts = evaluate(_good_batch(), checks=[("acme", Says("tone", "too-pushy")),
                                              ("acme", Says("style", "emoji", "warn"))])
    good = verdicts["g"]
    assert good.decision == "refuse"
    assert [(r.code, r.plugin, r.check) for r in good.reasons] == [("too-pushy", "acme", "tone")]
    assert [w.code for w in good.warnings][-1] == "emoji"
    assert good.trail[-2:] == [("acme", "tone", "refuse"), ("acme", "style", "warn")]


def test_a_plugin_cannot_overturn_a_builtin_refusal():
    quiet = Says("approve", "approved", severity="info")
    verdict = evaluate(_good_batch(), checks=[("friendly", quiet)])["m"]
    assert verdict.decision == "refuse"
    assert verdict.reasons[0].plugin == CORE


def test_warnings_and_info_never_refuse():
    checks = [("acme", Says("hint", "consider-emoji", "warn")),
              ("acme", Says("facts", "fact", "info", evidence=['"x" (notes)']))]
    verdict = evaluate(_good_batch(), checks=checks)["g"]
    assert verdict.allowed
    assert "consider-emoji" in [w.code for w in verdict.warnings]
    assert '"x" (notes)' in verdict.evidence
    assert "fact" not in [r.code for r in verdict.reasons + verdict.warnings]


def test_a_check_that_raises_refuses_every_draft_and_names_itself():
    verdicts = evaluate(_good_batch(), checks=[("shaky", Breaks())])
    for verdict in verdicts.values():
        assert verdict.decision == "refuse"
        errors = [r for r in verdict.reasons if r.code == "check-error"]
        assert len(errors) == 1 and "shaky:flaky" in errors[0].message
        assert "database is locked" in errors[0].message
        assert verdict.trail[-1] == ("shaky", "flaky", "refuse")
        assert "partial" not in [w.code for w in verdict.warnings]


def test_reasons_are_deduplicated_by_code_and_ordered():
    checks = [("a", Says("one", "too-long")), ("b", Says("two", "zzz")),
              ("c", Says("three", "zzz"))]
    verdict = evaluate(batch(draft("p", "Hi [First Name], let's talk!")), checks=checks)["p"]
    codes = [r.code for r in verdict.reasons]
    assert codes[0] == "placeholder"
    assert codes.count("zzz") == 1 and codes.count("too-long") == 1
    assert codes.index("too-long") < codes.index("zzz")
    assert next(r for r in verdict.reasons if r.code == "zzz").plugin == "b"


def test_an_unknown_severity_counts_as_a_refusal():
    verdict = evaluate(_good_batch(), checks=[("odd", Says("odd", "shrug", "maybe"))])["g"]
    assert verdict.decision == "refuse" and verdict.trail[-1] == ("odd", "odd", "refuse")


def test_findings_about_unknown_drafts_are_ignored():
    class Stray:
        name = "stray"

        def check(self, batch):
            yield Finding("nobody", "ghost", "boo")

    verdicts = evaluate(_good_batch(), checks=[("x", Stray())])
    assert set(verdicts) == {"g", "m"} and verdicts["g"].allowed


def test_evidence_is_the_union_without_repeats():
    core = evaluate(_good_batch())["g"].evidence
    assert core
    checks = [("a", Says("e1", "w1", "warn", [core[0], '"new" (x)']))]
    verdict = evaluate(_good_batch(), checks=checks)["g"]
    assert verdict.evidence == core + ['"new" (x)']


def test_evaluate_is_deterministic():
    first = {k: (v.as_json(), v.trail) for k, v in evaluate(_good_batch()).items()}
    second = {k: (v.as_json(), v.trail) for k, v in evaluate(_good_batch()).items()}
    assert first == second
