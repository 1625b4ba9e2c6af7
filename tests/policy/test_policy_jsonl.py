"""Reading the corpus format and writing verdicts as JSON."""

from __future__ import annotations

import json

import pytest
from policy.policy_helpers import DATA

from orchestrator.errors import InputError
from orchestrator.policy import (
    evaluate,
    iter_batches,
    parse_lines,
    read_batches,
    verdict_to_json,
)

DRAFT = {"id": "x-1", "contact": {"first_name": "Ada"}, "subject": None, "text": "Hi Ada"}


def _line(**batch) -> str:
    data = {"batch": "x", "channel": "linkedin", "kind": "invitation", "template": None,
            "sender": {"name": "Rowan", "headline": "Founder"}, "drafts": [DRAFT]}
    data.update(batch)
    return json.dumps(data)


def test_reads_the_whole_corpus():
    batches = read_batches(DATA / "policy-dev.jsonl")
    assert len(batches) == 14
    assert sum(len(b.drafts) for b in batches) == 100
    d02 = batches[1]
    assert d02.id == "d02" and d02.template.startswith("Hi {{ contact.first_name }}")
    assert d02.sender_name == "Harriet Oyelaran" and d02.max_length is None
    assert d02.drafts[0].contact.notes.startswith("Presented phase II")


def test_optional_fields_default_sensibly():
    (batch,) = parse_lines([_line(drafts=[{"id": 7, "text": ""}], max_length=300,
                                  default_phrases=["Let's connect"])])
    draft = batch.drafts[0]
    assert draft.id == "7" and draft.subject is None and draft.contact.first_name == ""
    assert batch.max_length == 300 and batch.default_phrases == ("Let's connect",)
    assert batch.template is None and batch.max_subject_length is None


def test_labels_are_ignored():
    labelled = dict(DRAFT, expect="allow", why="allow: trust me")
    (batch,) = parse_lines([_line(drafts=[labelled])])
    assert evaluate(batch)["x-1"].decision == "refuse"


def test_blank_lines_are_skipped():
    assert len(list(parse_lines(["", _line(), "   ", _line(batch="y")]))) == 2


@pytest.mark.parametrize(("line", "problem"), [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected a JSON object"),
    (_line(drafts=None), "missing 'drafts'"),
    (_line(drafts=[{"text": "hi"}]), "missing 'id'"),
    (_line(drafts=[{"id": "a"}]), "missing 'text'"),
    (_line(drafts=[{"id": "a", "text": None}]), "missing 'text'"),
    (_line(drafts=["hello"]), "expected an object"),
    (_line(template=42), "'template' must be a string"),
    (_line(drafts=[dict(DRAFT, subject=3)]), "'subject' must be a string"),
    (_line(max_length="300"), "'max_length' must be a positive integer"),
    (_line(drafts=[DRAFT, DRAFT]), "appears twice"),
])
def test_errors_name_the_line_and_the_problem(line, problem):
    with pytest.raises(InputError) as caught:
        list(parse_lines([_line(), "", line], "drafts.jsonl"))
    assert caught.value.message.startswith("drafts.jsonl:3:")
    assert problem in caught.value.message


def test_a_byte_order_mark_is_not_an_error(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_text("\ufeff" + _line() + "\r\n" + _line(batch="y") + "\r\n", encoding="utf-8")
    assert [b.id for b in read_batches(path)] == ["x", "y"]


def test_unreadable_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_batches(tmp_path / "missing.jsonl")
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(b'{"drafts": [], "x": "\xe9"}\n')
    with pytest.raises(InputError, match="not UTF-8"):
        read_batches(bad)


def test_batches_are_read_one_line_at_a_time(tmp_path):
    # A batch is handed over before the next line is read: the file is never held whole,
    # and a broken line further down is only found when it is reached.
    path = tmp_path / "stream.jsonl"
    path.write_text(_line() + "\n{not json\n", encoding="utf-8")
    batches = iter_batches(path)
    assert next(batches).id == "x"
    with pytest.raises(InputError, match="stream.jsonl:2:"):
        next(batches)
    with pytest.raises(InputError, match="cannot read"):
        next(iter_batches(tmp_path / "missing.jsonl"))


def test_verdict_json_has_exactly_the_agreed_shape():
    (batch,) = parse_lines([_line(drafts=[dict(DRAFT, text="Hi [First Name], let's connect!")])])
    data = verdict_to_json("x-1", evaluate(batch)["x-1"])
    assert list(data) == ["id", "verdict", "reasons", "warnings", "evidence"]
    assert data["id"] == "x-1" and data["verdict"] == "refuse"
    reason = data["reasons"][0]
    assert reason["code"] == "placeholder" and "[First Name]" in reason["message"]
    assert reason["fix"] in reason["message"]
    json.dumps(data)


def test_verdict_json_appends_a_plugin_fix_missing_from_its_message():
    from orchestrator.policy import Reason, Verdict

    verdict = Verdict(decision="refuse", reasons=[Reason("tone", "Too pushy.", "Soften it.")])
    assert verdict_to_json("a", verdict)["reasons"][0]["message"] == "Too pushy. Soften it."
