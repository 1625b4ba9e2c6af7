"""The IMAP side of ``[email]``: where replies are read from, and a read-only session.

Settings: ``imap_host`` (none: no email sync), ``imap_port`` (993), ``imap_security``
(``tls``, ``starttls``, or ``none`` for a loopback server only: the password would cross
the network in clear text), ``imap_username`` (default: the SMTP ``username``),
``imap_folders`` (``["INBOX"]``). The password is ``$OUTREACH_IMAP_PASSWORD`` or the keyring
entry ``email.imap_password`` (``outreach email login --imap``), else the SMTP password
(environment, then keyring).

The session is built on ``imapclient`` (a maintained client; no protocol code here) and
is read-only by construction: folders are opened with ``EXAMINE`` (``readonly=True``) and
messages fetched with ``BODY.PEEK[]``, so nothing is marked read, moved or deleted.
"""

from __future__ import annotations

import re
import socket
import ssl
from datetime import date
from typing import Any, Iterable, Mapping

from attrs import frozen

from orchestrator.api import ConfigError, ServiceError

from .credentials import Password
from .settings import is_loopback

SECURITY = ("tls", "starttls", "none")
TIMEOUT = 60.0
_HOST = re.compile(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:]+")


@frozen
class ImapSettings:
    host: str
    port: int
    security: str
    username: str
    folders: tuple[str, ...]

    @property
    def account(self) -> str:
        """Names this mailbox in the sync state (a new server or login starts afresh)."""
        return f"{self.username}@{self.host}:{self.port}"


def configured(settings: Mapping[str, Any]) -> bool:
    host = settings.get("imap_host")
    return isinstance(host, str) and bool(host.strip())


def load(settings: Mapping[str, Any]) -> ImapSettings:
    """The IMAP settings, or :class:`ConfigError` naming each one to fix."""
    found: list[str] = []
    host = settings.get("imap_host")
    if not configured(settings):
        raise ConfigError("no IMAP server in config.toml, so replies cannot be read",
                          'Add imap_host = "imap.example.com" under [email] (and imap_username '
                          "if it is not your SMTP username).")
    host = host.strip()
    if not _HOST.fullmatch(host):
        found.append(f"Fix imap_host under [email]: {host!r} is not a host name (write it "
                     "without imap:// or a port).")
    security = settings.get("imap_security") or "tls"
    security = security.strip().lower() if isinstance(security, str) else security
    if security not in SECURITY:
        found.append(f'Fix imap_security under [email]: {security!r} must be "tls", '
                     '"starttls" or "none".')
    elif security == "none" and not is_loopback(host):
        found.append(f'Fix imap_security under [email]: "none" is only allowed for a '
                     f"loopback host, not {host!r}: the password would cross the network "
                     'unencrypted; use "tls" or "starttls".')
    port = settings.get("imap_port", 993)
    if isinstance(port, str) and port.strip().isdigit():
        port = int(port)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        found.append(f"Fix imap_port under [email]: {port!r} is not a port number.")
    username = settings.get("imap_username") or settings.get("username") or ""
    if not isinstance(username, str) or not username.strip() or re.search(
            r"[\x00-\x1f\x7f]", username):
        found.append("Add imap_username = \"...\" under [email]: the IMAP login (or set the "
                     "SMTP username, which it defaults to).")
    folders = settings.get("imap_folders") or ["INBOX"]
    if isinstance(folders, str):
        folders = [folders]
    if not isinstance(folders, list) or not all(
            isinstance(f, str) and f.strip() for f in folders):
        found.append('Fix imap_folders under [email]: a list of folder names, e.g. '
                     '["INBOX", "Replies"].')
    if found:
        raise ConfigError("the [email] IMAP settings are incomplete: " + " ".join(found))
    return ImapSettings(host, port, security, username.strip(),
                        tuple(dict.fromkeys(f.strip() for f in folders)))


class ImapSession:
    """One read-only connection; every failure is a :class:`ServiceError` (exit 5)."""

    def __init__(self, settings: ImapSettings, password: Password, *,
                 timeout: float = TIMEOUT) -> None:
        self.settings = settings
        self._password = password
        self._timeout = timeout
        self._client = None

    def __enter__(self) -> "ImapSession":
        self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _where(self) -> str:
        return f"IMAP server {self.settings.host}:{self.settings.port}"

    def connect(self) -> None:
        from imapclient import IMAPClient
        from imapclient.exceptions import LoginError

        s = self.settings
        context = ssl.create_default_context()
        try:
            client = IMAPClient(s.host, port=s.port, ssl=s.security == "tls",
                                ssl_context=context if s.security == "tls" else None,
                                timeout=self._timeout)
            if s.security == "starttls":
                client.starttls(context)
        except (OSError, ssl.SSLError) as exc:
            raise ServiceError(f"cannot reach the {self._where()}: {_describe(exc)}",
                               "Check imap_host, imap_port and imap_security under [email]; "
                               "the next sync tries again.") from None
        except Exception as exc:  # imapclient's protocol errors
            raise ServiceError(f"the {self._where()} refused the connection: "
                               f"{_describe(exc)}") from None
        try:
            client.login(s.username, self._password.reveal())
        except LoginError:
            _close(client)
            raise ConfigError(f"the {self._where()} refused the login of {s.username!r}",
                              "Check imap_username and the password ($OUTREACH_IMAP_PASSWORD, "
                              "or `outreach email login --imap`).") from None
        except (OSError, Exception) as exc:
            _close(client)
            raise ServiceError(f"the connection to the {self._where()} was lost while "
                               f"logging in: {_describe(exc)}") from None
        self._client = client

    def examine(self, folder: str) -> int:
        """Open ``folder`` read-only; returns its UIDVALIDITY."""
        try:
            info = self._client.select_folder(folder, readonly=True)
        except (OSError, socket.timeout) as exc:
            raise self._lost(exc) from None
        except Exception as exc:
            raise ServiceError(f"cannot open folder {folder!r} on the {self._where()}: "
                               f"{_describe(exc)}",
                               "Check imap_folders under [email].") from None
        return int(info.get(b"UIDVALIDITY", 0))

    def uids_since(self, day: date) -> list[int]:
        return self._search(["SINCE", day])

    def uids_after(self, uid: int) -> list[int]:
        return [u for u in self._search(["UID", f"{uid + 1}:*"]) if u > uid]

    def _search(self, criteria: list) -> list[int]:
        try:
            return sorted(int(u) for u in self._client.search(criteria))
        except (OSError, socket.timeout) as exc:
            raise self._lost(exc) from None
        except Exception as exc:
            raise ServiceError(f"the {self._where()} refused a search: {_describe(exc)}") \
                from None

    def fetch(self, uids: Iterable[int]) -> dict[int, bytes]:
        """The raw messages, read without marking them read (``BODY.PEEK[]``)."""
        uids = list(uids)
        if not uids:
            return {}
        try:
            data = self._client.fetch(uids, ["BODY.PEEK[]"])
        except (OSError, socket.timeout) as exc:
            raise self._lost(exc) from None
        except Exception as exc:
            raise self._lost(exc) from None
        out = {}
        for uid, item in data.items():
            raw = item.get(b"BODY[]")
            if isinstance(raw, bytes):
                out[int(uid)] = raw
        return out

    def _lost(self, exc: BaseException) -> ServiceError:
        self._client = None  # not reusable
        return ServiceError(f"the connection to the {self._where()} was lost: "
                            f"{_describe(exc)}",
                            "Nothing was counted twice: the next `outreach email sync` goes "
                            "on from the last message it recorded.")

    def close(self) -> None:
        if self._client is not None:
            _close(self._client)
            self._client = None


def _close(client) -> None:
    try:
        client.logout()
    except Exception:  # closing must not hide the sync's outcome
        try:
            client.shutdown()
        except Exception:
            pass


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
