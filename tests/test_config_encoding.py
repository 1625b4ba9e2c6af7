"""A config.toml that is not UTF-8 is a configuration error naming its line, not exit 70."""

from __future__ import annotations


def test_a_config_in_latin_1_is_exit_3_with_its_line(run_cli, outreach_home):
    outreach_home.mkdir(parents=True)
    (outreach_home / "config.toml").write_bytes(
        '# Arbeitsbereich\n[sender]\nname = "Jürgen Müller"\n'.encode("latin-1"))
    result = run_cli("plugins")
    assert result.exit_code == 3, result.stderr
    assert f"{outreach_home / 'config.toml'}:3: not UTF-8 text (byte 0xfc)" in result.stderr
    assert "internal error" not in result.stderr


def test_a_config_nested_beyond_reason_is_exit_3(run_cli, outreach_home):
    outreach_home.mkdir(parents=True)
    (outreach_home / "config.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    result = run_cli("plugins")
    assert result.exit_code == 3, result.stderr
    assert "internal error" not in result.stderr
