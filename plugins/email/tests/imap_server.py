"""A real IMAP server for the tests: Dovecot on 127.0.0.1 with a throw-away configuration.

Debian's ``dovecot-imapd`` (``.ci/run`` installs it); tests that need it skip, saying why,
where it is not installed. :class:`Dovecot` writes a configuration into a temporary folder
- plaintext login allowed (loopback only), users in a passwd-file, maildirs under the
folder - and runs ``dovecot -F`` in the foreground as the current user; under root the
login and internal processes run as Debian's ``dovenull`` and ``dovecot`` users, which
the package creates, and mail belongs to ``dovecot`` (Dovecot refuses uid 0 for mail).
Every test gets its own user (:meth:`Dovecot.add_user`), so one server serves a whole
test session.

Messages are put in with IMAP ``APPEND`` (:meth:`Mailbox.append`), exactly as a mail
server's delivery agent would file them, with the internal date the test chooses.

:class:`DroppingProxy` sits between the client and Dovecot and cuts the connection in the
middle of the n-th ``FETCH`` response: the network failing while a sync reads.
"""

from __future__ import annotations

import itertools
import os
import pwd
import select
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

DOVECOT = shutil.which("dovecot") or next(
    (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.path.exists(p)), None)
SKIP_REASON = ("Dovecot is not installed (Debian: apt-get install dovecot-imapd; .ci/run "
               "installs it): the IMAP tests need a real server")

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
instance_name = outreach-test-{port}
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
login_trusted_networks = 127.0.0.0/8
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {uid}
first_valid_gid = {gid}
log_path = {root}/dovecot.log
mail_location = maildir:{root}/mail/%u
mailbox_list_index = no
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0600
  }}
}}
"""


USERS = 500
PASSWORD = "imap-Pa55word"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dovecot:
    """One Dovecot instance in its own temporary folder."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="outreach-dovecot-"))
        self.port = 0
        self._process: subprocess.Popen | None = None
        self._users = itertools.count(1)
        if os.geteuid() == 0:  # login and internal processes must not run as root
            internal, login = pwd.getpwnam("dovecot"), pwd.getpwnam("dovenull")
            self._ids = (internal.pw_name, internal.pw_gid, login.pw_name, internal.pw_uid,
                         internal.pw_gid)
            self.root.chmod(0o755)  # the mail user walks into it
        else:
            me = pwd.getpwuid(os.getuid())
            self._ids = (me.pw_name, os.getgid(), me.pw_name, os.getuid(), os.getgid())

    def start(self) -> "Dovecot":
        internal_user, gid, login_user, mail_uid, mail_gid = self._ids
        (self.root / "mail").mkdir()
        if os.geteuid() == 0:
            os.chown(self.root / "mail", mail_uid, mail_gid)
        (self.root / "passwd").write_text("".join(
            f"user{n}:{{PLAIN}}{PASSWORD}::::::\n" for n in range(1, USERS + 1)))
        for attempt in range(5):
            self.port = free_port()
            (self.root / "dovecot.conf").write_text(CONFIG.format(
                root=self.root, port=self.port, internal_user=internal_user,
                internal_group=_group(gid),
                login_user=login_user, uid=mail_uid, gid=mail_gid))
            self._process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if self._wait_ready():
                return self
            self.stop()
        raise RuntimeError(f"Dovecot did not start: {self.log()}")

    def _wait_ready(self, timeout: float = 15.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return True
            except OSError:
                time.sleep(0.05)
        return False

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def add_user(self) -> "Mailbox":
        """A fresh, empty mailbox. The users are written before the server starts
        (Dovecot checks its passwd-file for changes at most once a second)."""
        number = next(self._users)
        if number > USERS:
            raise RuntimeError(f"more than {USERS} mailboxes in one test session")
        return Mailbox("127.0.0.1", self.port, f"user{number}", PASSWORD)


def _group(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name


class Mailbox:
    """One user's mailbox, driven over IMAP like a mail server's delivery would."""

    def __init__(self, host: str, port: int, user: str, password: str) -> None:
        self.host, self.port, self.user, self.password = host, port, user, password

    def client(self):
        from imapclient import IMAPClient

        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, raw: bytes, *, folder: str = "INBOX",
               when: datetime | None = None) -> int:
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, msg_time=when or datetime.now(timezone.utc))
        finally:
            client.logout()
        text = response.decode() if isinstance(response, bytes) else str(response)
        return int(text.split("]")[0].split()[-1])  # [APPENDUID validity uid]

    def recreate(self, folder: str) -> None:
        """Delete and create ``folder`` again: its UIDVALIDITY changes."""
        client = self.client()
        try:
            client.delete_folder(folder)
            client.create_folder(folder)
        finally:
            client.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, tuple]:
        client = self.client()
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            return {uid: data[b"FLAGS"]
                    for uid, data in client.fetch(uids, ["FLAGS"]).items()} if uids else {}
        finally:
            client.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        client = self.client()
        try:
            return int(client.select_folder(folder, readonly=True)[b"UIDVALIDITY"])
        finally:
            client.logout()


class DroppingProxy:
    """A TCP relay to ``port`` that cuts the connection during the ``cut_at``-th FETCH
    response (counted over all connections): after ``keep`` bytes of it have gone through.
    ``cut_at = None`` relays everything."""

    def __init__(self, port: int, *, cut_at: int | None = None, keep: int = 300) -> None:
        self.target = port
        self.cut_at = cut_at
        self.keep = keep
        self.fetches = 0
        self.cuts = 0
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        self._server.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._relay, args=(client, upstream), daemon=True).start()

    def _relay(self, client: socket.socket, upstream: socket.socket) -> None:
        budget: int | None = None  # bytes of the doomed FETCH response still to relay
        try:
            while True:
                ready, _, _ = select.select([client, upstream], [], [], 30)
                if not ready:
                    return
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        if b" FETCH " in data.upper():
                            with self._lock:
                                self.fetches += 1
                                if self.cut_at is not None and self.fetches == self.cut_at:
                                    budget = self.keep
                        upstream.sendall(data)
                    else:
                        if budget is not None:
                            client.sendall(data[:budget])
                            budget -= len(data[:budget])
                            if budget <= 0:
                                self.cuts += 1
                                return  # the connection drops mid-response
                        else:
                            client.sendall(data)
        except OSError:
            return
        finally:
            for sock in (client, upstream):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
