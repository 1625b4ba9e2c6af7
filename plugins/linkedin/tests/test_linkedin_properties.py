"""Properties of parse_export over generated exports of every era and shape.

* Whatever it accepts, parsing again (from a zip or a folder) yields identical records.
* Whatever it rejects raises ImportFailed naming the file and the line where the bad row
  starts, and importing it writes nothing to a real ledger.
* Through the real import pipeline and ledger: a newer export imported after an older one
  adds exactly the newer touch points, and importing it again changes nothing.
"""

from __future__ import annotations

import itertools
import tempfile
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from orchestrator.contacts.importing import import_file
from orchestrator.errors import ImportFailed
from orchestrator.model import ContactRecord
from orchestrator.testing import build_app
from orchestrator_linkedin.export import parse_export

from linkedin_export_builder import (
    ERAS, MESSAGE_COLUMNS, URL_ERAS, URL_STYLES, Export, Invitation, Message, Person,
)

UTC = timezone.utc
SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
ME = Person("Quilla", "Varnè", "quilla-varnè", url_style="encoded")
START = datetime(2019, 1, 1, tzinfo=UTC)

# Fictional name parts, some accented, one decomposed on purpose.
SYLLABLES = ["ka", "lo", "mé", "ri", "zå", "tho", "ün", "vel", "ço", "ar", "ny", "e\u0301s"]
name_parts = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map(
    lambda parts: "".join(parts).capitalize())
texts = st.lists(st.sampled_from(
    ["a", "b", " ", "é", ",", '"', "\n", "\r\n", "ß", "—", "🙂", "x,y", "; "]),
    max_size=12).map("".join)
emails = st.sampled_from(["", "", "{slug}@example.org", "First.{slug}@Example.ORG",
                          "not an address"])


@st.composite
def people(draw: st.DrawFn) -> list[Person]:
    names = draw(st.lists(st.tuples(name_parts, name_parts), min_size=1, max_size=5,
                          unique_by=lambda n: unicodedata.normalize("NFC", " ".join(n)).casefold()))
    out = []
    for i, (first, last) in enumerate(names):
        slug = unicodedata.normalize("NFC", f"{first}-{last}-{i}".lower())
        email = draw(emails).format(slug=f"p{i}")
        out.append(Person(first, last, slug, email=email,
                          company=draw(st.sampled_from(["", "Kettle Works, Ltd.", "Ünder Co"])),
                          position=draw(st.sampled_from(["", "Brewer", "Head, Steam"])),
                          url_style=draw(st.sampled_from(URL_STYLES))))
    return out


def moments(count: int, draw: st.DrawFn, unit: timedelta) -> list[datetime]:
    """Distinct increasing times, so that no two events collide by accident."""
    steps = draw(st.lists(st.integers(1, 500), min_size=count, max_size=count))
    return [START + unit * s for s in itertools.accumulate(steps)]


@st.composite
def exports(draw: st.DrawFn, eras: tuple[str, ...] = ERAS) -> Export:
    crowd = draw(people())
    era = draw(st.sampled_from(eras))
    connected = draw(st.lists(st.sampled_from(crowd), unique=True))
    days = moments(len(connected), draw, timedelta(days=1))
    n_inv = draw(st.integers(0, 4))
    inv_times = moments(n_inv, draw, timedelta(minutes=7))
    invitations = [Invitation(draw(st.sampled_from(crowd)), t, draw(texts), draw(st.booleans()))
                   for t in inv_times]
    n_msg = draw(st.integers(0, 6))
    unit = timedelta(minutes=1) if era == "2018" else timedelta(seconds=13)
    messages = []
    for t in moments(n_msg, draw, unit):
        if draw(st.booleans()):
            sender = ME
            recipients = tuple(draw(st.lists(st.sampled_from(crowd), min_size=1, max_size=3,
                                             unique=True)))
        else:
            sender = draw(st.sampled_from(crowd))
            rest = [p for p in crowd if p != sender]
            others = draw(st.lists(st.sampled_from(rest), max_size=2, unique=True)) if rest else []
            recipients = (ME, *others)
        messages.append(Message(
            conversation=f"2-{draw(st.sampled_from(['YWJj', 'ZGVm', 'Z2hp']))}==",
            sender=sender, recipients=recipients, at=t, content=draw(texts),
            subject=draw(st.sampled_from(["", "Re: tea, again"])),
            draft=draw(st.booleans()) and draw(st.booleans()),
            folder=draw(st.sampled_from(["INBOX", "INBOX", "ARCHIVE", "SPAM"]))))
    assume(connected or invitations or messages)
    return Export(
        ME, era=era,
        connections=list(zip(connected, days)),
        invitations=invitations, messages=messages,
        resaved=draw(st.booleans()) and era != "2018",
        nfd=draw(st.booleans()),
    )


def write(export: Export, root: Path, how: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if how == "zip":
        return export.write_zip(root / "export.zip")
    if how == "zip-folder":
        return export.write_zip(root / "export.zip", "Basic_LinkedInDataExport_03-09-2026")
    return export.write_dir(root / "export", "Complete_LinkedInDataExport" if how == "dir-folder"
                            else None)


def keys_of(record: ContactRecord) -> list[str]:
    return [i.key for i in record.identities]


@SETTINGS
@given(exports(), st.sampled_from(["zip", "zip-folder", "dir", "dir-folder"]))
def test_accepted_exports_parse_to_identical_records(export: Export, how: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = parse_export(write(export, Path(tmp), how))
        again = parse_export(write(export, Path(tmp) / "again", "zip"))
    assert first.records == again.records
    assert first.warnings == again.warnings
    ids = Counter((tp.platform, tp.kind, tp.direction, tp.external_id)
                  for r in first.records for tp in r.touchpoints)
    assert all(n == 1 for n in ids.values())  # the ledger's uniqueness holds
    for record in first.records:
        assert record.identities and record.origin
        assert all(tp.at.tzinfo is UTC for tp in record.touchpoints)
        assert ME.key not in keys_of(record)
    for warning in first.warnings:
        assert str(warning).startswith(f"{warning.file}:")


@SETTINGS
@given(exports(URL_ERAS))
def test_exports_with_urls_import_every_touch_point(export: Export) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = parse_export(write(export, Path(tmp), "zip"))
    drafts_known = "IS MESSAGE DRAFT" in MESSAGE_COLUMNS[export.era]
    expected: Counter[tuple[str, str, str, datetime]] = Counter()
    for person, on in export.connections:
        expected[(person.key, "connection", "in", on)] += 1
    for inv in export.invitations:
        expected[(inv.person.key, "invitation", "out" if inv.outgoing else "in", inv.at)] += 1
    for m in export.messages:
        if m.folder == "SPAM" or (m.draft and drafts_known):
            continue
        if m.sender == ME:
            for r in m.recipients:
                expected[(r.key, "message", "out", m.at)] += 1
        else:
            expected[(m.sender.key, "message", "in", m.at)] += 1
    got = Counter((r.identities[0].key, tp.kind, tp.direction, tp.at)
                  for r in result.records for tp in r.touchpoints)
    assert got == expected
    assert result.owner is not None and result.owner.name == "Quilla Varnè"
    if export.invitations:
        assert result.owner.identity is not None
    assert result.owner.identity is None or result.owner.identity.key == ME.key
    assert all(w.message.startswith("not an email address") for w in result.warnings)


# -- rejection ----------------------------------------------------------------------------

@SETTINGS
@given(exports(), st.data())
def test_rejected_exports_name_the_file_and_the_line_of_the_bad_row(
        export: Export, data: st.DataObject) -> None:
    rendered = export.render()
    choices = []
    if export.connections:
        choices += [("Connections.csv", "Connected On", "Someday"), ("Connections.csv", None, "")]
        if export.has_urls:
            choices.append(("Connections.csv", "URL", "https://example.com/in/someone"))
    if export.invitations:
        choices += [("Invitations.csv", "Sent At", "2/30/26, 1:00 PM"),
                    ("Invitations.csv", "Direction", "UPWARD")]
    live = [i for i, m in enumerate(export.messages) if m.folder != "SPAM"
            and not (m.draft and "IS MESSAGE DRAFT" in MESSAGE_COLUMNS[export.era])]
    if live:
        date = "Date" if export.era == "2018" else "DATE"
        choices += [(export.messages_name, date, "2026-13-01 00:00:00 UTC"),
                    (export.messages_name, None, "")]
        if "IS MESSAGE DRAFT" in MESSAGE_COLUMNS[export.era]:
            choices.append((export.messages_name, "IS MESSAGE DRAFT", "perhaps"))
    assume(choices)
    file, column, bad = data.draw(st.sampled_from(choices))
    rows = live if file == export.messages_name else range(len(rendered[file].rows))
    index = data.draw(st.sampled_from(list(rows)))
    if column is None:
        export.extra_field.add((file, index))
        bad = "unexpected"
    else:
        export.overrides[(file, index)] = {column: bad}
    with tempfile.TemporaryDirectory() as tmp:
        path = write(export, Path(tmp), data.draw(st.sampled_from(["zip", "dir-folder"])))
        with pytest.raises(ImportFailed) as caught:
            parse_export(path)
        app = build_app(Path(tmp) / "ws")
        try:
            with pytest.raises(ImportFailed):
                import_file(app, "linkedin", path)
            assert app.ledger.contacts.count() == 0 and app.ledger.touchpoints.count() == 0
        finally:
            app.close()
    broken = export.render()[file]
    first, last = broken.rows[index]
    assert caught.value.path.endswith(f"/{file}")
    assert caught.value.line == first
    assert bad in "\n".join(broken.lines[first - 1:last])


# -- incremental re-import ----------------------------------------------------------------

def ledger_points(app) -> set[tuple[str, str, str, str]]:
    return {(tp.platform, tp.kind, tp.direction, tp.external_id)
            for tp in app.ledger.touchpoints.query()}


def older(export: Export, cutoff: datetime) -> Export:
    """The export as it was downloaded at ``cutoff``, files in LinkedIn's reverse order."""
    return Export(
        export.owner, era=export.era, resaved=export.resaved, nfd=export.nfd,
        connections=[(p, on) for p, on in export.connections if on <= cutoff],
        invitations=[i for i in export.invitations if i.at <= cutoff],
        messages=[m for m in reversed(export.messages) if m.at <= cutoff],
    )


@SETTINGS
@given(exports(URL_ERAS), st.data())
def test_a_newer_export_adds_only_the_new_touch_points(export: Export,
                                                       data: st.DataObject) -> None:
    times = sorted([on for _, on in export.connections] + [i.at for i in export.invitations]
                   + [m.at for m in export.messages])
    cutoff = data.draw(st.sampled_from(times))
    old = older(export, cutoff)
    assume(old.connections or old.invitations or old.messages)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        old_path, new_path = write(old, root / "old", "zip"), write(export, root / "new", "dir")
        app = build_app(root / "ws")
        alone = build_app(root / "alone")
        try:
            import_file(app, "linkedin", old_path)
            before = ledger_points(app)
            import_file(app, "linkedin", new_path)
            after = ledger_points(app)
            added = {tp.external_id: tp.at for tp in app.ledger.touchpoints.query()
                     if (tp.platform, tp.kind, tp.direction, tp.external_id) in after - before}
            again = import_file(app, "linkedin", new_path)
            import_file(alone, "linkedin", new_path)
            assert before <= after
            assert all(at > cutoff for at in added.values())  # only what is newer was added
            assert ledger_points(alone) == after  # old + new == new alone
            assert again.touchpoints == 0 and again.created == 0 and again.updated == 0
        finally:
            app.close()
            alone.close()
