"""print_json writes exactly what json.dumps(indent=2, ensure_ascii=False, default=str) did:
a contract for every --json output, at any size; long lists and iterators in chunks."""

from __future__ import annotations

import enum
import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.output import JSON_CHUNK, json_indented, json_terminal_safe, write_json


def reference(data) -> str:
    return json_terminal_safe(json.dumps(data, indent=2, ensure_ascii=False, default=str)) + "\n"


def written(data) -> str:
    out = io.StringIO()
    write_json(data, out)
    return out.getvalue()


class Colour(enum.IntEnum):
    RED = 1


class Tag(str):
    pass


class Row(dict):
    pass


EDGES = [
    [], {}, [[]], {"a": {}}, [{}], "text", 5, None, True, 2.5, -0.0,
    [1, 2.5, float("nan"), float("inf"), -float("inf"), True, False, None, "x", 10**30],
    {1: "int key", 2.5: "float key", True: "bool", None: "none", "s": [1, [2, [3, {}]]]},
    (1, (2, ())), {"nested": [{"a": [1, [2, {"b": []}]]}]},
    {"when": datetime(2026, 12, 2, 18, 0, tzinfo=timezone.utc), "path": Path("/tmp/x")},
    {"enum": Colour.RED, "sub": Tag("t"), "row": Row(a=1), "empty_row": Row()},
    {"escapes": "\x1b[2J\u202e\u2028\"\\\n\t", "cjk": "日本語", "emoji": "💻"},
    [[[["deep"]]]],
]


@pytest.mark.parametrize("data", EDGES, ids=range(len(EDGES)))
def test_the_same_bytes_as_json_dumps_indent_2(data):
    assert written(data) == reference(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5),
                                                                      children, max_size=4),
    max_leaves=25)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value_is_written_as_json_dumps_writes_it(data):
    assert written(data) == reference(data)
    assert json_indented(data) == json.dumps(data, indent=2, ensure_ascii=False, default=str)


@pytest.mark.parametrize("size", [JSON_CHUNK - 1, JSON_CHUNK, JSON_CHUNK + 1, 2 * JSON_CHUNK + 7])
def test_long_lists_and_iterators_are_written_in_chunks_with_the_same_bytes(size):
    rows = [{"id": i, "name": f"Ada {i}", "tags": ["a", "b"] if i % 2 else [],
             "identities": [{"platform": "email", "key": f"a{i}@x.example"}]}
            for i in range(size)]
    expected = reference(rows)
    assert written(rows) == expected
    assert written(tuple(rows)) == expected
    assert written(iter(rows)) == expected
    assert written(row for row in rows) == expected


def test_an_iterator_is_read_as_it_goes_and_an_empty_one_is_an_empty_array():
    assert written(iter([])) == "[]\n"
    seen = []

    def rows():
        for i in range(3 * JSON_CHUNK):
            seen.append(i)
            yield {"id": i}

    out = io.StringIO()
    writes = []
    out.write = lambda text: (writes.append(len(seen)), io.StringIO.write(out, text))[1]
    write_json(rows(), out)
    assert writes[0] <= JSON_CHUNK + 1  # the first chunk went out before the rest was read
    assert json.loads(out.getvalue()) == [{"id": i} for i in range(3 * JSON_CHUNK)]
