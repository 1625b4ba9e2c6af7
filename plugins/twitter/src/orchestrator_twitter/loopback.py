"""The loopback redirect target of the OAuth login: a one-shot local HTTP listener.

X sends the browser back to ``http://127.0.0.1:<port>/callback?code=...&state=...`` after the
user authorizes the app (docs authentication/oauth-2-0/authorization-code.mdx). The listener
binds to 127.0.0.1 only, answers the first request on the callback path with a short page,
and hands the query parameters to the waiting login. X compares redirect URIs exactly with
those registered for the app, so the port must be the registered one (0 = any free port,
for tests). Its access log is silenced: the query carries the authorization code.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .errors import XAuthError

_DONE_PAGE = (b"<!doctype html><title>outreach</title><p>X login finished. "
              b"You can close this tab and return to the terminal.</p>")


class LoopbackReceiver:
    """Use as a context manager: ``redirect_uri`` to register, ``wait()`` for the callback."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1", path: str = "/callback"):
        self._host = host
        self._port = port
        self._path = path
        self._result: dict[str, str] | None = None
        self._arrived = threading.Event()
        self._server: HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def redirect_uri(self) -> str:
        assert self._server is not None, "use LoopbackReceiver as a context manager"
        return f"http://{self._host}:{self._server.server_port}{self._path}"

    def __enter__(self) -> "LoopbackReceiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                parts = urlsplit(self.path)
                if parts.path != receiver._path or receiver._arrived.is_set():
                    self.send_error(404)
                    return
                query = parse_qs(parts.query, keep_blank_values=True)
                receiver._result = {k: v[0] for k, v in query.items()}
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(_DONE_PAGE)))
                self.end_headers()
                self.wfile.write(_DONE_PAGE)
                receiver._arrived.set()

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request line carries the authorization code

        try:
            self._server = HTTPServer((self._host, self._port), Handler)
        except OSError as exc:
            raise XAuthError(f"cannot listen on {self._host}:{self._port} for the X login "
                             f"redirect ({exc.strerror or exc})",
                             "Free the port or choose another registered callback port.") from exc
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="x-login-callback", daemon=True)
        self._thread.start()
        return self

    def wait(self, timeout: float) -> dict[str, str]:
        """The callback's query parameters; ``XAuthError`` if none arrives in ``timeout`` s."""
        if not self._arrived.wait(timeout):
            raise XAuthError(f"no answer from the X login page within {timeout:.0f} seconds",
                             "Run the login again and finish it in the browser.")
        return dict(self._result or {})

    def __exit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
