"""`outreach plugins` registers every plugin but loads nothing only sending or importing needs."""

from __future__ import annotations

import subprocess
import sys


def test_the_plugins_command_loads_no_builder_smtp_or_importer(tmp_path):
    code = ("import sys\n"
            "from orchestrator.cli import main\n"
            "try:\n    main(['plugins'])\nexcept SystemExit:\n    pass\n"
            "send_only = ['orchestrator_email.message', 'orchestrator_email.smtp', 'smtplib',"
            " 'ssl', 'orchestrator_linkedin.importer', 'orchestrator_linkedin.export',"
            " 'orchestrator_twitter.importer', 'orchestrator_twitter.archive']\n"
            "print('LOADED:' + ','.join(m for m in send_only if m in sys.modules))")
    env = {"OUTREACH_HOME": str(tmp_path / "none"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "LOADED:"
