"""The import summary: a count and three examples per kind, not a wall of warnings (issue 13.8)."""

from __future__ import annotations

import json


def write_bytes(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_many_left_out_rows_print_a_summary_by_kind(run_cli, tmp_path):
    lines = ["First Name,Email,Phone"]
    lines += [f"Phone{i},,+1 555 {i:04d}" for i in range(40)]
    lines += [f"Person{i},p{i}@example.com," for i in range(5)]
    path = write_bytes(tmp_path, "many.csv", ("\n".join(lines) + "\n").encode())
    result = run_cli("import", "csv", str(path))
    assert result.exit_code == 0, result.stderr
    err = result.stderr.splitlines()
    assert err[0] == ("40 left out: no email, LinkedIn, X or web address (a phone-only or "
                      "empty contact)")
    assert len([line for line in err if line.startswith("  many.csv:")]) == 3
    assert "  ... and 37 more" in err
    assert err[-1] == "Run with -v to list them all, or --json for the full summary."
    verbose = run_cli("import", "csv", str(path), "-v")
    assert len([line for line in verbose.stderr.splitlines()
                if line.startswith("  many.csv:")]) == 40
    data = json.loads(run_cli("import", "csv", str(path), "--json").stdout)
    (kind,) = data["kinds"]
    assert kind["count"] == 40 and len(kind["messages"]) == 40 and len(data["skipped"]) == 40
