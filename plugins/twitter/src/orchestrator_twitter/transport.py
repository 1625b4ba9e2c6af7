"""Did a failed HTTP request reach the server? The answer decides whether a retry is safe.

A GET can always be repeated. A POST that sends a DM cannot: if the connection dropped after
the body went out, X may have delivered the message, and sending it again would send it
twice. Only failures that prove the request never left (no connection could be opened: DNS,
refused, connect timeout, certificate rejected) count as "not sent"; everything else
(connection reset, remote closed, read timeout) is treated as "maybe sent".
"""

from __future__ import annotations

import ssl
from typing import Iterator

import requests
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

# NameResolutionError and connection-refused are NewConnectionError subclasses in urllib3 2.
_NOT_SENT = (NewConnectionError, ConnectTimeoutError, ssl.SSLCertVerificationError)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [a for a in getattr(current, "args", ()) if isinstance(a, BaseException)]
        for attr in ("reason", "__cause__", "__context__"):
            nested = getattr(current, attr, None)
            if isinstance(nested, BaseException):
                todo.append(nested)


def request_not_sent(exc: BaseException) -> bool:
    """True only when ``exc`` proves the request never reached the server."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    return any(isinstance(e, _NOT_SENT) for e in _chain(exc))


def describe(exc: BaseException) -> str:
    """A short, secret-free name for a transport failure (``ConnectionError``, ...)."""
    for e in _chain(exc):
        if isinstance(e, (NewConnectionError, ConnectTimeoutError)):
            return f"{type(exc).__name__}: could not connect"
    return type(exc).__name__
