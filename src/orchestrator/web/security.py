"""The review page is safe by construction: loopback only, a secret in every request, CSRF.

* The server binds 127.0.0.1 only.
* A random token made at start must come with every request: in the first URL (the one
  printed), then in an HttpOnly, SameSite=Strict cookie.
* The ``Host`` header must name the loopback address and our port, so a web page on the
  internet cannot reach the server through DNS rebinding.
* Every state-changing request is a POST carrying the page's CSRF token in a header.
* Pages forbid everything but their own scripts and styles (Content-Security-Policy).
"""

from __future__ import annotations

import hmac
import secrets

from attrs import define, field

COOKIE = "outreach_review"
CSRF_HEADER = "X-CSRF-Token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
LOOPBACK_NAMES = ("127.0.0.1", "localhost")


@define
class Guard:
    port: int = 0
    token: str = field(factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(factory=lambda: secrets.token_urlsafe(32))

    def host_ok(self, host: str | None) -> bool:
        if not host:
            return False
        name, _, port = host.rpartition(":")
        if not name:
            return False
        return name in LOOPBACK_NAMES and port == str(self.port)

    def token_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    def csrf_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.csrf.encode())
