"""Writes LinkedIn data exports in the shapes of real ones, about fictional people only.

The shapes (file names, column sets per era, the ``Notes:`` preamble, date formats, quoting,
spreadsheet re-saves) are those recorded in docs/platform-rules.md section 1c; no value
comes from a real export. Every rendered data row remembers the physical lines it occupies,
so tests can check that an error names the line that really holds the bad row.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# LinkedIn's own boilerplate above the header of Connections.csv (docs/platform-rules.md 1c).
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)

CONNECTION_COLUMNS = {
    "url": ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
            "Connected On"],
    "no-url": ["First Name", "Last Name", "Email Address", "Company", "Position",
               "Connected On"],
}
INVITATION_COLUMNS = {
    "url": ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
            "inviteeProfileUrl"],
    "no-url": ["From", "To", "Sent At", "Message", "Direction"],
}
_MESSAGES_2022 = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                  "DATE", "SUBJECT", "CONTENT", "FOLDER"]
_MESSAGES_2024 = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                  "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]
MESSAGE_COLUMNS = {
    "2026": _MESSAGES_2024 + ["ATTACHMENTS", "IS MESSAGE DRAFT"],
    "2025": _MESSAGES_2024 + ["IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"],
    "2024": _MESSAGES_2024,
    "2022": _MESSAGES_2022,
    "2021": _MESSAGES_2022,
    "2018": ["From", "To", "Date", "Subject", "Content", "Direction", "Folder"],
}
PROFILE_COLUMNS = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date",
                   "Headline", "Summary", "Industry", "Zip Code", "Geo Location",
                   "Twitter Handles", "Websites", "Instant Messengers"]
ERAS = tuple(MESSAGE_COLUMNS)
URL_ERAS = ("2026", "2025", "2024")  # every file names people by URL
URL_STYLES = ("plain", "encoded", "slash", "country", "query", "http-upper")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    slug: str  # as the key has it: lowercase, NFC
    email: str = ""
    company: str = ""
    position: str = ""
    url_style: str = "plain"

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def key(self) -> str:
        return f"in/{self.slug}"

    @property
    def url(self) -> str:
        return profile_url(self.slug, self.url_style)


@dataclass(frozen=True)
class Invitation:
    person: Person
    at: datetime  # minute precision
    note: str = ""
    outgoing: bool = True


@dataclass(frozen=True)
class Message:
    conversation: str
    sender: Person
    recipients: tuple[Person, ...]
    at: datetime
    content: str
    subject: str = ""
    title: str = ""
    draft: bool = False
    folder: str = "INBOX"


@dataclass
class Rendered:
    name: str
    data: bytes
    rows: list[tuple[int, int]]  # first and last physical line of each data row

    @property
    def lines(self) -> list[str]:
        return self.data.decode("utf-8-sig").replace("\r\n", "\n").split("\n")


@dataclass
class Export:
    owner: Person
    era: str = "2026"
    connections: list[tuple[Person, datetime]] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    with_profile: bool = True
    resaved: bool = False  # Connections.csv opened and saved again in a spreadsheet
    preamble: bool | None = None  # default: as the era wrote it
    nfd: bool = False  # names written decomposed (NFD) outside Connections.csv
    # (file name, data row index) -> column -> value written instead
    overrides: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)
    extra_field: set[tuple[str, int]] = field(default_factory=set)

    @property
    def messages_name(self) -> str:
        return "Messages.csv" if self.era == "2018" else "messages.csv"

    @property
    def has_urls(self) -> bool:
        return self.era in URL_ERAS

    def render(self) -> dict[str, Rendered]:
        files = {}
        if self.connections:
            files["Connections.csv"] = self._connections()
        if self.invitations:
            files["Invitations.csv"] = self._invitations()
        if self.messages:
            files[self.messages_name] = self._messages()
        if self.with_profile:
            files["Profile.csv"] = _table(
                "Profile.csv", PROFILE_COLUMNS,
                [{"First Name": self.owner.first, "Last Name": self.owner.last,
                  "Headline": "Maker of small, useful things, and tea",
                  "Geo Location": "Nowhere, Fictionland"}], {}, set())
        return files

    def write_dir(self, root: Path, folder: str | None = None) -> Path:
        target = root / folder if folder else root
        target.mkdir(parents=True, exist_ok=True)
        for name, rendered in self.render().items():
            (target / name).write_bytes(rendered.data)
        return root

    def write_zip(self, path: Path, folder: str | None = None) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, rendered in self.render().items():
                archive.writestr(f"{folder}/{name}" if folder else name, rendered.data)
        return path

    # -- files ---------------------------------------------------------------------------

    def _name(self, person: Person) -> tuple[str, str]:
        if self.nfd:
            return (unicodedata.normalize("NFD", person.first),
                    unicodedata.normalize("NFD", person.last))
        return person.first, person.last

    def _full(self, person: Person) -> str:
        return " ".join(self._name(person))

    def _connections(self) -> Rendered:
        columns = CONNECTION_COLUMNS["url" if self.has_urls else "no-url"]
        rows = []
        for person, on in self.connections:
            rows.append({
                "First Name": person.first, "Last Name": person.last, "URL": person.url,
                "Email Address": person.email, "Company": person.company,
                "Position": person.position, "Connected On": self._connected_on(on),
            })
        preamble = self.preamble
        if preamble is None:
            preamble = self.era not in ("2021", "2018") and not self.resaved
        return _table("Connections.csv", columns, rows, self.overrides, self.extra_field,
                      preamble=PREAMBLE if preamble else "", bom=self.resaved,
                      newline="\r\n" if self.resaved else "\n")

    def _connected_on(self, on: datetime) -> str:
        if self.resaved:
            return f"{on.day}-{MONTHS[on.month - 1]}-{on.year % 100:02d}"
        if self.era == "2018":
            return us_clock(on)
        return f"{on.day:02d} {MONTHS[on.month - 1]} {on.year}"

    def _invitations(self) -> Rendered:
        columns = INVITATION_COLUMNS["url" if self.has_urls else "no-url"]
        rows = []
        for inv in self.invitations:
            me, other = self.owner, inv.person
            sender, receiver = (me, other) if inv.outgoing else (other, me)
            rows.append({
                "From": self._full(sender), "To": self._full(receiver),
                "Sent At": us_clock(inv.at), "Message": inv.note,
                "Direction": "OUTGOING" if inv.outgoing else "INCOMING",
                "inviterProfileUrl": sender.url, "inviteeProfileUrl": receiver.url,
            })
        return _table("Invitations.csv", columns, rows, self.overrides, self.extra_field)

    def _messages(self) -> Rendered:
        columns = MESSAGE_COLUMNS[self.era]
        rows = []
        for m in self.messages:
            outgoing = m.sender == self.owner
            rows.append({
                "CONVERSATION ID": m.conversation, "CONVERSATION TITLE": m.title,
                "FROM": self._full(m.sender), "From": self._full(m.sender),
                "SENDER PROFILE URL": m.sender.url,
                "TO": ", ".join(self._full(r) for r in m.recipients),
                "To": ", ".join(self._full(r) for r in m.recipients),
                "RECIPIENT PROFILE URLS": ",".join(r.url for r in m.recipients),
                "DATE": m.at.strftime("%Y-%m-%d %H:%M:%S UTC"), "Date": us_clock(m.at),
                "SUBJECT": m.subject, "Subject": m.subject,
                "CONTENT": m.content, "Content": m.content,
                "FOLDER": m.folder, "Folder": m.folder,
                "Direction": "OUTGOING" if outgoing else "INCOMING",
                "ATTACHMENTS": "",
                "IS MESSAGE DRAFT": "Yes" if m.draft else "No",
                "IS CONVERSATION DRAFT": "No",
            })
        return _table(self.messages_name, columns, rows, self.overrides, self.extra_field,
                      quote_all=self.era == "2026")


def profile_url(slug: str, style: str = "plain") -> str:
    """One of the spellings of the same profile seen in the wild."""
    if style == "encoded":
        return "https://www.linkedin.com/in/" + quote(slug, safe="")
    if style == "slash":
        return f"https://www.linkedin.com/in/{slug}/"
    if style == "country":
        return f"https://uk.linkedin.com/in/{slug}/details/experience/"
    if style == "query":
        return f"https://www.linkedin.com/in/{slug}?trk=people-guest#top"
    if style == "http-upper":
        return f"http://WWW.LinkedIn.com/in/{ascii_upper(slug)}"
    return f"https://www.linkedin.com/in/{slug}"


def ascii_upper(text: str) -> str:
    return "".join(c.upper() if c.isascii() else c for c in text)


def us_clock(at: datetime) -> str:
    """``2/12/26, 11:44 AM``: Invitations.csv, and the 2018 export's dates."""
    hour = at.hour % 12 or 12
    return (f"{at.month}/{at.day}/{at.year % 100:02d}, {hour}:{at.minute:02d} "
            f"{'AM' if at.hour < 12 else 'PM'}")


def _table(name: str, columns: list[str], rows: list[dict[str, str]],
           overrides: dict[tuple[str, int], dict[str, str]], extra: set[tuple[str, int]], *,
           preamble: str = "", bom: bool = False, newline: str = "\n",
           quote_all: bool = False) -> Rendered:
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    text = preamble.replace("\n", newline) + _line(columns, quoting, newline)
    line = text.count("\n") + 1
    spans = []
    for i, row in enumerate(rows):
        values = {**row, **overrides.get((name, i), {})}
        cells = [values.get(c, "") for c in columns]
        if (name, i) in extra:
            cells.append("unexpected")
        chunk = _line(cells, quoting, newline)
        extra_lines = chunk.count("\n") - 1
        spans.append((line, line + extra_lines))
        line += extra_lines + 1
        text += chunk
    data = text.encode("utf-8")
    return Rendered(name, (b"\xef\xbb\xbf" + data) if bom else data, spans)


def _line(cells: list[str], quoting: int, newline: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=quoting, lineterminator=newline).writerow(cells)
    return buffer.getvalue()
