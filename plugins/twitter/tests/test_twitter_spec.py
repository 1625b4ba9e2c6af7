"""The vendored X API spec, and the validator every fake-X request goes through."""

from __future__ import annotations

import hashlib

import pytest
import requests

from xapi_spec import SPEC_PATH, SPEC_SHA256, SpecValidator

AUTH = {"Authorization": "Bearer t0ken"}
JSON = {**AUTH, "Content-Type": "application/json"}


def test_vendored_spec_is_the_official_document() -> None:
    """The pinned hash is that of the official v2.167 document the project was given."""
    assert hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest() == \
        "ddaf2f44b19c63dc5550811bc2df893d6dafb44049c9064c8a4161e0da47c9b6"
    assert SPEC_SHA256 == "ddaf2f44b19c63dc5550811bc2df893d6dafb44049c9064c8a4161e0da47c9b6"


VALID = [
    ("GET", "/2/users/me", "user.fields=id,name,username,entities", AUTH, b""),
    ("GET", "/2/users/by/username/Jane_Doe", "user.fields=description", AUTH, b""),
    ("GET", "/2/users", "ids=1,22,333&user.fields=id", AUTH, b""),
    ("GET", "/2/users/12/followers",
     "max_results=1000&pagination_token=0123456789abcdefgh&user.fields=created_at,url", AUTH,
     b""),
    ("GET", "/2/users/12/followers", "max_results=1", AUTH, b""),
    ("GET", "/2/dm_events",
     "event_types=MessageCreate&dm_event.fields=id,text,created_at,dm_conversation_id"
     "&expansions=sender_id,participant_ids&max_results=100", AUTH, b""),
    ("POST", "/2/dm_conversations/with/42/messages", "", JSON, b'{"text": "hi"}'),
]


@pytest.mark.parametrize("method,path,query,headers,body", VALID)
def test_valid_requests_pass(spec_validator: SpecValidator, method: str, path: str,
                             query: str, headers: dict, body: bytes) -> None:
    check = spec_validator.validate_request(method, path, query, headers, body)
    assert check.violations == []
    assert check.token == "t0ken"


INVALID = [
    # (method, path, query, headers, body, expected fragment)
    ("GET", "/2/users/12/followers", "max_results=1001", AUTH, b"", "maximum of 1000"),
    ("GET", "/2/users/12/followers", "max_results=0", AUTH, b"", "minimum of 1"),
    ("GET", "/2/users/12/followers", "max_results=ten", AUTH, b"", "not an integer"),
    ("GET", "/2/users/12/followers", "pagination_token=short", AUTH, b"", "too short"),
    ("GET", "/2/users/12/followers", "cursor=abc", AUTH, b"", "not declared"),
    ("GET", "/2/users/12/followers", "max_results=5&max_results=6", AUTH, b"", "2 times"),
    ("GET", "/2/users/12/followers", "user.fields=id,bogus", AUTH, b"", "is not one of"),
    ("GET", "/2/users/12/followers", "user.fields=id,id", AUTH, b"", "non-unique"),
    ("GET", "/2/users/jane/followers", "", AUTH, b"", "does not match"),
    ("GET", "/2/users/by/username/not-a-handle!", "", AUTH, b"", "does not match"),
    ("GET", "/2/users/by/username/sixteen_chars_xx", "", AUTH, b"", "does not match"),
    ("GET", "/2/users", "", AUTH, b"", "ids: required"),
    ("GET", "/2/users", "ids=" + ",".join(str(i) for i in range(101)), AUTH, b"",
     "is too long"),
    ("GET", "/2/dm_events", "dm_event.fields=sender_id", AUTH, b"", "is not one of"),
    ("GET", "/2/dm_events", "event_types=Message", AUTH, b"", "is not one of"),
    ("GET", "/2/dm_events", "max_results=101", AUTH, b"", "maximum of 100"),
    ("GET", "/2/users/me", "", {}, b"", "Authorization header missing"),
    ("GET", "/2/users/me", "", {"Authorization": "token abc"}, b"", "Bearer"),
    ("GET", "/2/users/me", "", AUTH, b'{"x": 1}', "takes no request body"),
    ("GET", "/2/no/such/path", "", AUTH, b"", "no such path"),
    ("DELETE", "/2/users/me", "", AUTH, b"", "method not allowed"),
    ("POST", "/2/dm_conversations/with/42/messages", "", JSON, b'{"text": ""}',
     "non-empty"),
    ("POST", "/2/dm_conversations/with/42/messages", "", JSON, b'{"text": "a", "x": 1}',
     "Additional properties"),
    ("POST", "/2/dm_conversations/with/42/messages", "", JSON, b"{}", "is not valid under"),
    ("POST", "/2/dm_conversations/with/42/messages", "", JSON, b"", "required but missing"),
    ("POST", "/2/dm_conversations/with/42/messages", "", JSON, b"{not json", "invalid JSON"),
    ("POST", "/2/dm_conversations/with/42/messages", "", {**AUTH, "Content-Type": "text/plain"},
     b'{"text": "a"}', "content type"),
    ("POST", "/2/dm_conversations/with/@jane/messages", "", JSON, b'{"text": "a"}',
     "does not match"),
]


@pytest.mark.parametrize("method,path,query,headers,body,expected", INVALID)
def test_invalid_requests_are_violations(spec_validator: SpecValidator, method: str,
                                         path: str, query: str, headers: dict, body: bytes,
                                         expected: str) -> None:
    check = spec_validator.validate_request(method, path, query, headers, body)
    assert any(expected in v for v in check.violations), check.violations


def test_literal_path_segments_win_over_parameters(spec_validator: SpecValidator) -> None:
    op, params, violations = spec_validator.match("GET", "/2/users/me")
    assert op is not None and op.operation_id == "getUsersMe" and not violations
    op, params, _ = spec_validator.match("GET", "/2/users/12/followers")
    assert op is not None and op.template == "/2/users/{id}/followers" and params == {"id": "12"}


def test_responses_are_checked(spec_validator: SpecValidator) -> None:
    followers = spec_validator.operation("getUsersFollowers")
    ok = {"data": [{"id": "1", "name": "A", "username": "a",
                    "created_at": "2020-01-02T03:04:05.000Z"}],
          "meta": {"result_count": 1, "next_token": "abc"}}
    assert spec_validator.validate_response(followers, 200, "application/json", ok) == []
    bad = {"data": [{"id": 1, "created_at": "yesterday"}]}
    errors = spec_validator.validate_response(followers, 200, "application/json", bad)
    assert any("is not of type 'string'" in e for e in errors)
    assert any("date-time" in e for e in errors)
    assert spec_validator.validate_response(followers, 200, "text/html", ok)
    # Error answers: the spec's Error and Problem shapes, not X's about:blank problems.
    assert spec_validator.validate_response(
        followers, 429, "application/json", {"code": 88, "message": "Rate limit exceeded"}) == []
    assert spec_validator.validate_response(
        followers, 401, "application/problem+json",
        {"type": "about:blank", "title": "Unauthorized", "detail": "Unauthorized"})
    send = spec_validator.operation("createDirectMessagesByParticipantId")
    assert spec_validator.validate_response(
        send, 201, "application/json", {"data": {"dm_conversation_id": "1-2"}})


def test_nullable_fields_accept_null(spec_validator: SpecValidator) -> None:
    followers = spec_validator.operation("getUsersFollowers")
    body = {"data": [{"id": "1", "name": "A", "username": "a", "entities": {
        "url": {"urls": [{"start": 0, "end": 23, "url": "https://t.co/x",
                          "expanded_url": None}]}}}]}
    assert spec_validator.validate_response(followers, 200, "application/json", body) == []


def test_invalid_request_over_http_gets_400_and_is_recorded(xapi) -> None:
    response = requests.get(f"{xapi.url}/2/users/12/followers",
                            params={"max_results": "5000"}, headers=AUTH, timeout=5)
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.json()["type"] == "https://api.x.com/2/problems/invalid-request"
    assert "maximum of 1000" in response.json()["detail"]
    assert any("maximum of 1000" in v for v in xapi.violations)
    xapi.violations.clear()  # this test broke the spec on purpose


def test_token_endpoint_form_is_checked(xapi) -> None:
    response = requests.post(f"{xapi.url}/2/oauth2/token", timeout=5, data={
        "grant_type": "authorization_code", "code": "c", "client_id": "x", "scope": "y"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"
    assert {"token: unknown field scope", "token: code_verifier missing",
            "token: redirect_uri missing"} <= set(xapi.violations)
    xapi.violations.clear()
    response = requests.post(f"{xapi.url}/2/oauth2/token", timeout=5,
                             json={"grant_type": "refresh_token", "refresh_token": "r",
                                   "client_id": "x"})
    assert any("expected form-encoded" in v for v in xapi.violations)
    xapi.violations.clear()
