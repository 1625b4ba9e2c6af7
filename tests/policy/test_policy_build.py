"""Which build of the policy runs: the source in an editable install, the Cython build of
the same modules in a regular one (setup.py). ``make test-compiled`` runs the policy tests
against the regular install with ``OUTREACH_EXPECT_COMPILED=1``."""

from __future__ import annotations

import os

from orchestrator.policy.customization import compiled


def test_the_policy_under_test_is_the_build_expected():
    # Editable: a stale compiled module would shadow the source being tested. Compiled:
    # a build that quietly fell back to Python would make the compiled run test nothing new.
    assert compiled() is (os.environ.get("OUTREACH_EXPECT_COMPILED") == "1")
