"""Check HTTP requests and responses against the official X API v2 OpenAPI document.

The document is vendored verbatim in ``spec/x-api-v2-openapi.json`` (OpenAPI 3.0.0,
``info.version`` 2.167, from xdevplatform/xdk ``specs/openapi.json``; docs/platform-rules.md
section 0) so CI needs nothing outside the repository.

What a request is checked for (each failure is one human-readable violation):

* method + path match a path template of the spec (``/2/users/{id}/followers``); literal
  segments win over parameters, so ``/2/users/me`` is not read as ``/2/users/{id}``;
* path parameters against their schemas (``UserId`` pattern ``^[0-9]{1,19}$``, ...);
* query parameters: only declared ones, none repeated, required ones present, values
  decoded by their ``style``/``explode`` (``form`` + ``explode: false`` arrays are
  comma-separated) and typed by their schema, then validated (``minimum``/``maximum``,
  ``minLength``, ``enum`` items, ``uniqueItems``, ``minItems``/``maxItems``, patterns);
* the ``Authorization`` header: ``Bearer <token>`` when the operation's security allows a
  bearer or OAuth 2.0 token (the only kinds this plugin uses);
* the JSON body against the operation's ``requestBody`` schema (content type included),
  and no body where none is declared.

Responses are checked against the operation's response for that status (or ``default``):
declared content type, then the schema.

Schemas are OpenAPI 3.0 flavoured JSON Schema; they are converted once (``nullable: true``
becomes a ``null`` alternative) and validated with ``jsonschema``'s Draft 4 validator
(OpenAPI 3.0's base dialect), resolving ``$ref`` through a ``referencing`` registry that holds
the whole document. ``date-time`` formats are checked; other formats are annotations.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import parse_qs, quote

import jsonschema
from referencing import Registry
from referencing.jsonschema import DRAFT4

SPEC_PATH = Path(__file__).parent / "spec" / "x-api-v2-openapi.json"
SPEC_SHA256 = "ddaf2f44b19c63dc5550811bc2df893d6dafb44049c9064c8a4161e0da47c9b6"
SPEC_URI = "https://spec.invalid/x-api-v2-openapi.json"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def pointer(*parts: str) -> str:
    return "".join("/" + _escape(p) for p in parts)


def to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema dialect -> JSON Schema (``nullable`` made explicit)."""
    if isinstance(node, list):
        return [to_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items()}
    if out.get("nullable") is True:
        del out["nullable"]
        if "type" in out:
            kinds = out["type"] if isinstance(out["type"], list) else [out["type"]]
            out["type"] = [*kinds, "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [{"type": "null"}, out]}
    return out


def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if "T" not in value.upper():
        return False
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


@dataclass
class Param:
    name: str
    location: str
    required: bool
    style: str
    explode: bool
    schema: dict
    pointer: str


@dataclass
class Operation:
    method: str
    template: str
    operation_id: str
    regex: re.Pattern
    literals: int
    path_params: dict[str, Param]
    query_params: dict[str, Param]
    body: dict | None
    body_pointer: str
    security: list[dict]
    responses: dict[str, Any]
    response_pointer: str


@dataclass
class RequestCheck:
    """The outcome of checking one request: the operation, decoded inputs, violations."""

    operation: Operation | None
    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    token: str | None = None
    violations: list[str] = field(default_factory=list)


class SpecValidator:
    def __init__(self, spec: Mapping[str, Any]):
        self.spec = spec
        self._converted = to_json_schema(copy.deepcopy(dict(spec)))
        self._registry = Registry().with_resource(SPEC_URI,
                                                  DRAFT4.create_resource(self._converted))
        self._format_checker = jsonschema.FormatChecker(formats=())
        self._format_checker.checks("date-time")(_date_time)
        self._validators: dict[str, jsonschema.Draft4Validator] = {}
        self._schemes = spec.get("components", {}).get("securitySchemes", {})
        self.operations = self._operations()

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> "SpecValidator":
        return _load(str(path))

    # --- schema helpers --------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """``node`` with a top-level ``$ref`` (into this document) followed."""
        while isinstance(node, dict) and "$ref" in node:
            node = self.at(node["$ref"].lstrip("#"))
        return node

    def at(self, ptr: str) -> Any:
        node: Any = self.spec
        for part in ptr.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def errors(self, ptr: str, instance: Any) -> list[str]:
        """Schema violations of ``instance`` against the schema at JSON pointer ``ptr``."""
        validator = self._validators.get(ptr)
        if validator is None:
            validator = jsonschema.Draft4Validator(
                {"$ref": SPEC_URI + "#" + quote(ptr, safe="/~")}, registry=self._registry,
                format_checker=self._format_checker)
            self._validators[ptr] = validator
        found = []
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in error.absolute_path)
            found.append(f"{where + ': ' if where else ''}{error.message}")
        return found

    # --- operations ------------------------------------------------------------------------

    def _operations(self) -> list[Operation]:
        ops = []
        for template, item in self.spec["paths"].items():
            shared = item.get("parameters", [])
            for method in METHODS:
                if method not in item:
                    continue
                op = item[method]
                base = pointer("paths", template, method)
                params: dict[tuple[str, str], Param] = {}
                for index, raw in enumerate([*shared, *op.get("parameters", [])]):
                    origin = (pointer("paths", template, "parameters", str(index))
                              if index < len(shared)
                              else f"{base}/parameters/{index - len(shared)}")
                    if "$ref" in raw:
                        origin = raw["$ref"].lstrip("#")
                    spec = self.resolve(raw)
                    location = spec["in"]
                    style = spec.get("style", "form" if location == "query" else "simple")
                    params[(location, spec["name"])] = Param(
                        spec["name"], location, bool(spec.get("required")), style,
                        spec.get("explode", style == "form"), self.resolve(spec["schema"]),
                        origin + "/schema")
                body = op.get("requestBody")
                body_pointer = base + "/requestBody"
                if body and "$ref" in body:
                    body_pointer = body["$ref"].lstrip("#")
                segments = [s for s in template.split("/") if s]
                regex = "^/" + "/".join(
                    f"(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") and s.endswith("}")
                    else re.escape(s) for s in segments) + "$"
                ops.append(Operation(
                    method=method.upper(), template=template,
                    operation_id=op.get("operationId", ""), regex=re.compile(regex),
                    literals=sum(not s.startswith("{") for s in segments),
                    path_params={n: p for (loc, n), p in params.items() if loc == "path"},
                    query_params={n: p for (loc, n), p in params.items() if loc == "query"},
                    body=self.resolve(body) if body else None,
                    body_pointer=body_pointer,
                    security=op.get("security", self.spec.get("security", [])),
                    responses=op.get("responses", {}),
                    response_pointer=base + "/responses",
                ))
        return ops

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        candidates = []
        for op in self.operations:
            found = op.regex.match(path)
            if found:
                candidates.append((op.literals, op, found.groupdict()))
        if not candidates:
            return None, {}, [f"{method} {path}: no such path in the X API spec"]
        best = max(c[0] for c in candidates)
        same_path = [c for c in candidates if c[0] == best]
        for _, op, params in same_path:
            if op.method == method:
                return op, params, []
        allowed = ", ".join(sorted({op.method for _, op, _ in same_path}))
        return None, {}, [f"{method} {path}: method not allowed by the spec (allowed: {allowed})"]

    # --- requests ------------------------------------------------------------------------

    def _coerce(self, param: Param, raw: str) -> tuple[Any, str | None]:
        schema = param.schema
        kind = schema.get("type")
        if kind == "array":
            if param.explode and param.style == "form":
                return [raw], None  # a single exploded value; repetition is checked elsewhere
            items = self.resolve(schema.get("items", {}))
            values = raw.split(",") if param.style in ("form", "simple") else [raw]
            out = []
            for value in values:
                converted, error = self._scalar(items.get("type"), value)
                if error:
                    return None, error
                out.append(converted)
            return out, None
        return self._scalar(kind, raw)

    @staticmethod
    def _scalar(kind: str | None, raw: str) -> tuple[Any, str | None]:
        if kind == "integer":
            if not re.fullmatch(r"-?[0-9]+", raw):
                return None, f"{raw!r} is not an integer"
            return int(raw), None
        if kind == "number":
            try:
                return float(raw), None
            except ValueError:
                return None, f"{raw!r} is not a number"
        if kind == "boolean":
            if raw not in ("true", "false"):
                return None, f"{raw!r} is not true/false"
            return raw == "true", None
        return raw, None

    def _check_param(self, param: Param, raw: str, check: RequestCheck) -> Any:
        label = f"{param.location} parameter {param.name}"
        value, error = self._coerce(param, raw)
        if error:
            check.violations.append(f"{label}: {error}")
            return None
        check.violations += [f"{label}: {e}" for e in self.errors(param.pointer, value)]
        return value

    def _check_auth(self, op: Operation, headers: Mapping[str, str], check: RequestCheck) -> None:
        if not op.security:
            return
        bearer_ok = any(
            self._schemes.get(name, {}).get("type") == "oauth2"
            or (self._schemes.get(name, {}).get("type") == "http"
                and self._schemes.get(name, {}).get("scheme", "").lower() == "bearer")
            for requirement in op.security for name in requirement)
        header = headers.get("Authorization") or headers.get("authorization") or ""
        if not bearer_ok:
            check.violations.append(f"{op.operation_id}: no bearer/OAuth2 scheme allowed")
            return
        match = re.fullmatch(r"Bearer ([\x21-\x7e]+)", header)
        if match is None:
            check.violations.append("Authorization header: expected `Bearer <token>`"
                                    if header else "Authorization header missing")
            return
        check.token = match.group(1)

    def _check_body(self, op: Operation, headers: Mapping[str, str], body: bytes,
                    check: RequestCheck) -> None:
        if op.body is None:
            if body:
                check.violations.append(f"{op.operation_id} takes no request body")
            return
        if not body:
            if op.body.get("required"):
                check.violations.append("request body: required but missing")
            return
        media = (headers.get("Content-Type") or headers.get("content-type") or "")
        media = media.split(";")[0].strip().lower()
        content = op.body.get("content", {})
        if media not in content:
            check.violations.append(f"request body: content type {media or 'missing'!r} "
                                    f"not in {sorted(content)}")
            return
        try:
            check.body = json.loads(body)
        except ValueError as exc:
            check.violations.append(f"request body: invalid JSON ({exc})")
            return
        ptr = f"{op.body_pointer}/content/{_escape(media)}/schema"
        check.violations += [f"request body: {e}" for e in self.errors(ptr, check.body)]

    def validate_request(self, method: str, path: str, query_string: str,
                         headers: Mapping[str, str], body: bytes) -> RequestCheck:
        op, path_params, violations = self.match(method.upper(), path)
        check = RequestCheck(op, violations=list(violations))
        if op is None:
            return check
        for name, param in op.path_params.items():
            if name in path_params:
                check.path_params[name] = self._check_param(param, path_params[name], check)
        try:
            query = parse_qs(query_string, keep_blank_values=True, strict_parsing=False)
        except ValueError as exc:
            check.violations.append(f"query string: {exc}")
            query = {}
        for name, values in query.items():
            param = op.query_params.get(name)
            if param is None:
                check.violations.append(f"query parameter {name}: not declared for "
                                        f"{op.method} {op.template}")
                continue
            if len(values) > 1 and not (param.explode and param.schema.get("type") == "array"):
                check.violations.append(f"query parameter {name}: given {len(values)} times")
            check.query[name] = self._check_param(param, values[0], check)
        for name, param in op.query_params.items():
            if param.required and name not in query:
                check.violations.append(f"query parameter {name}: required but missing")
        self._check_auth(op, headers, check)
        self._check_body(op, headers, body, check)
        return check

    # --- responses -----------------------------------------------------------------------

    def validate_response(self, op: Operation, status: int, content_type: str,
                          body: Any) -> list[str]:
        key = str(status)
        if key not in op.responses:
            key = f"{str(status)[0]}XX" if f"{str(status)[0]}XX" in op.responses else "default"
        raw = op.responses.get(key)
        if raw is None:
            return [f"response {status}: not declared for {op.operation_id}"]
        base = raw["$ref"].lstrip("#") if "$ref" in raw else f"{op.response_pointer}/{_escape(key)}"
        response = self.resolve(raw)
        content = response.get("content") or {}
        media = content_type.split(";")[0].strip().lower()
        if not content:
            return [] if body is None else [f"response {status}: declares no body"]
        if media not in content:
            return [f"response {status}: content type {media!r} not in {sorted(content)}"]
        ptr = f"{base}/content/{_escape(media)}/schema"
        return [f"response {status}: {e}" for e in self.errors(ptr, body)]


@lru_cache(maxsize=2)
def _load(path: str) -> SpecValidator:
    raw = Path(path).read_bytes()
    if hashlib.sha256(raw).hexdigest() != SPEC_SHA256:
        raise RuntimeError(f"{path} is not the vendored X API spec (sha256 mismatch)")
    return SpecValidator(json.loads(raw))
