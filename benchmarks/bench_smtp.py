"""SMTP delivery rate: the delivery runner against a plain smtplib loop, same server, same mail.

    python benchmarks/bench_smtp.py                  # 1,000 messages
    python benchmarks/bench_smtp.py --messages 300   # another batch size
    python benchmarks/bench_smtp.py --quick          # 200 messages, a smoke run
    python benchmarks/bench_smtp.py --profile        # also print where the runner's time goes
    python benchmarks/bench_smtp.py --server-ms 2    # a server that takes 2 ms per message

An aiosmtpd server runs on 127.0.0.1 in a child process (so it does not compete with the
client for the GIL) and accepts everything, at once or, with ``--server-ms``, after that many
milliseconds per message (a real MTA writes each message to its queue durably before it
answers). A temporary workspace gets N contacts, each with
their own event, city and topic, a one-step email campaign, a plan and a reviewed personal
note per draft - built through the library API, checked to be all "allow" before timing.

Two things are timed, in the same run, against the same server:

1. the runner: ``Runner(app).send_plan(plan_id)``, everything the real ``outreach send``
   does - the send-time policy re-check, opt-out and quota checks, the outbox rows, the
   durable ``sending`` claim before each message leaves, the SMTP transaction, the ``sent``
   mark with its touch point (WAL, ``synchronous=FULL``; the claim of each message and the
   ``sent`` mark of the one before share one durable commit);
2. the plain loop: ``smtplib.SMTP.sendmail`` over one reused connection, building each
   personalized message inside the loop with the channel's own builder (building is part
   of sending a personalized message: the practical limit), and
3. the wire limit: the same loop with every message's bytes built before the clock starts.

It prints messages per second for each and the runner's ratio to both; the target is a
runner at 50% or more of the plain loop. ``--profile`` splits the runner's time into phases.
It exits 1 if a message is missing at the server or the ledger does not say ``sent`` for
every draft (a fast but wrong runner must not look good).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import os
import pstats
import shutil
import smtplib
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "plugins" / "email" / "src"))

UNSUBSCRIBE_SECRET = "bench-unsubscribe-secret-0123456789"

EVENTS = (
    "Harvest Fair", "Cheese Week", "Orchard Summit", "Seafood Expo", "Dairy Forum",
    "Bakers Guild dinner", "Growers Market", "Food Hall opening", "Craft Beer Festival",
    "Coffee Roasters meetup", "Spice Traders conference", "Olive Oil tasting", "Farm Shop awards",
    "Wine Trade fair", "Deli Owners breakfast", "Butchers Guild lunch", "Honey Show",
    "Vegan Food Expo", "Street Food summit", "Grocers Forum", "Tea Masters workshop",
    "Chocolate Week", "Pasta Makers day", "Fishmongers conference", "Kombucha meetup",
    "Charcuterie Live", "Bread Expo", "Ice Cream Forum", "Cider Fest", "Seed Savers gathering",
    "Mushroom Growers day", "Rural Retail summit", "Foodtech Meetup", "Slow Food gathering",
    "Preserves Fair", "Herb Growers day", "Bakery Tech conference", "Dairy Goats show",
    "Oyster Festival", "Market Traders dinner",
)
TOPICS = (
    "sourdough starters", "raw-milk labelling", "cider apple blight", "mackerel quotas",
    "oat milk margins", "rye flour shortages", "polytunnel tomatoes", "pop-up stall rents",
    "hop prices", "single-origin beans", "saffron fraud", "cold-pressed yields", "loyalty cards",
    "cellar temperatures", "lunchtime footfall", "dry-aged beef", "varroa mites",
    "seitan suppliers", "card machine fees", "supplier invoices", "matcha grading",
    "cocoa futures", "bronze dies", "bycatch rules", "scoby hotels", "curing rooms",
    "steam ovens", "gelato stabilisers", "perry pears", "heirloom carrots",
)
CITIES = (
    "Galway", "Cork", "Kilkenny", "Killybegs", "Mallow", "Sligo", "Ennis", "Derry", "Dundalk",
    "Tralee", "Wexford", "Athlone", "Bray", "Carlow", "Clonmel", "Letterkenny", "Naas", "Navan",
    "Tullamore", "Westport",
)
FIRST = ("Aoife", "Brian", "Ciara", "Declan", "Eimear", "Fionn", "Grainne", "Hugh", "Isolde",
         "Jarlath", "Keelin", "Liam", "Maeve", "Niall", "Orla", "Padraig", "Roisin", "Seamus",
         "Tara", "Ultan", "Vivienne", "Wallace", "Yvonne", "Zita", "Aisling")
LAST = ("Byrne", "Walsh", "Ryan", "Doyle", "Kelly", "Murphy", "Brennan", "Quinn", "Nolan",
        "Farrell", "Duffy", "Lynch", "Healy", "Moran", "Keane", "Burke", "Hayes", "Foley",
        "Coyle", "Regan", "Daly", "Power", "Kenny", "Boyle", "Whelan", "Carey", "Dunne", "Hogan",
        "Flynn", "Barry", "Casey", "Conway", "Dolan", "Egan", "Fahy", "Gorman", "Hannon", "Joyce",
        "Kirwan", "Lacey")
FRAMES = (
    "Good talking about {topic} at the {event} in {city}.",
    "At the {event} in {city} you walked me through {topic}.",
    "Your point on {topic} at the {event} ({city}) stayed with me.",
    "Since the {event} in {city} I keep thinking about what you said on {topic}.",
)

CONFIG = """\
[sender]
name = "Robin Ashdown"
headline = "Founder of Tidewater Analytics, demand forecasting for small food shops"

[email]
host = "127.0.0.1"
port = {port}
security = "none"
from = "Robin Ashdown <robin@tidewater.example>"
reply_to = "replies@tidewater.example"
postal_address = "Tidewater Analytics\\n3 Quay Street\\nGalway H91 XY12"
unsubscribe = "mailto:unsubscribe@tidewater.example https://tidewater.example/unsubscribe/{{token}}"
daily_cap = {cap}
"""

CAMPAIGN = '''\
name = "bench"
[audience]
tags = ["bench"]

[[steps]]
channel = "email"
kind = "email"
subject = "{{ contact.first_name }}, a note from Tidewater"
body = """Hi {{ contact.first_name }},

{{ personal_note }}

I'm Robin from Tidewater; we forecast demand for small food shops.

{{ sender.name }}"""
'''


def person(i: int) -> dict:
    """Contact ``i``: (event, topic) pairs are unique for i < 1,200, cities rotate apart."""
    event, topic = EVENTS[i % 40], TOPICS[(i // 40 + i) % 30]
    city, first, last = CITIES[(i // 3) % 20], FIRST[i % 25], LAST[(i // 25) % 40]
    return {
        "first": first, "last": last, "email": f"p{i:05d}.{first.lower()}@example.com",
        "notes": f"Met at the {event} in {city}; talked about {topic}.",
        "note": FRAMES[(i // 40) % 4].format(topic=topic, event=event, city=city),
    }


# --- the server (child process) ---------------------------------------------------------


def _serve(conn, counter, delay: float) -> None:
    import asyncio

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            with counter.get_lock():
                counter.value += len(envelope.rcpt_tos)
            if delay:
                await asyncio.sleep(delay)
            return "250 2.0.0 OK queued"

    class Loopback(Controller):
        def _trigger_server(self):
            self.port = self.server.sockets[0].getsockname()[1]  # port 0: learn the real one
            super()._trigger_server()

        def factory(self):
            return SMTP(self.handler, **self.SMTP_kwargs)

    controller = Loopback(Handler(), hostname="127.0.0.1", port=0)
    controller.start()
    conn.send(controller.port)
    conn.recv()  # wait for "stop"
    controller.stop()
    asyncio.set_event_loop(None)


class Server:
    def __init__(self, delay: float = 0.0) -> None:
        self.counter = multiprocessing.Value("i", 0)
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.Process(target=_serve, args=(child, self.counter, delay),
                                                daemon=True)

    def __enter__(self) -> "Server":
        self._process.start()
        self.port = self._conn.recv()
        return self

    def __exit__(self, *exc) -> None:
        self._conn.send("stop")
        self._process.join(10)

    @property
    def received(self) -> int:
        return self.counter.value

    def reset(self) -> None:
        with self.counter.get_lock():
            self.counter.value = 0


# --- the workspace ----------------------------------------------------------------------


def build_workspace(home: Path, port: int, count: int):
    """An App on a new workspace with one reviewed plan of ``count`` allowed drafts."""
    from orchestrator.app import App
    from orchestrator.campaigns.loader import load_campaign
    from orchestrator.campaigns.planner import plan_campaign
    from orchestrator.campaigns.review import apply_review
    from orchestrator.model import Contact, Identity
    from orchestrator.plugins import load_plugins
    from orchestrator.workspace import Workspace, write_private

    app = App(workspace=Workspace(home), plugins=load_plugins())
    app.workspace.init("Robin Ashdown")
    write_private(app.workspace.config_path, CONFIG.format(port=port, cap=count + 10))
    app.workspace._config = None
    write_private(app.workspace.campaigns_dir / "bench.toml", CAMPAIGN)
    notes = {}
    with app.ledger.transaction():
        for i in range(count):
            p = person(i)
            contact_id = app.ledger.contacts.create(Contact(
                first_name=p["first"], last_name=p["last"], notes=p["notes"], tags=["bench"],
                identities=[Identity("email", p["email"], p["email"])]))
            notes[contact_id] = p["note"]
    plan = plan_campaign(app, load_campaign(app.workspace.campaigns_dir / "bench.toml"))
    drafts = apply_review(app, plan.plan_id,
                          notes={d.id: notes[d.contact_id] for d in plan.drafts})
    refused = [d for d in drafts if not d.verdict.allowed]
    if len(drafts) != count or refused:
        codes = sorted({r.code for d in refused for r in d.verdict.reasons})
        sys.exit(f"setup: {len(drafts)} drafts, {len(refused)} refused ({', '.join(codes)})")
    return app, plan.plan_id


def message_bytes(app, plan_id: str) -> Iterator[tuple[str, str, bytes]]:
    """(from, to, bytes) of each draft, built exactly as the email channel builds them."""
    from orchestrator.channels import OutboundMessage
    from orchestrator_email.channel import build
    from orchestrator_email.settings import load_sender

    sender = load_sender(app.settings("email"))
    contacts = {c.id: c for c in app.ledger.contacts.all()}
    for d in app.ledger.plans.drafts(plan_id):
        built = build(OutboundMessage(
            draft_id=d.id, idempotency_key=d.idempotency_key, channel=d.channel, kind=d.kind,
            mode=d.mode, recipient=d.recipient, contact=contacts[d.contact_id],
            subject=d.subject, text=d.text, campaign=d.campaign), sender)
        yield built.envelope.sender, built.envelope.recipients[0], built.as_bytes()


# --- the two measurements ---------------------------------------------------------------


# Where the runner's time goes: (label, file, function) whose cumulative times are summed.
PHASES = (
    ("policy re-check of the whole plan (send time)", "gate.py", "recheck_plan"),
    ("building each message (email package)", "channel.py", "_build"),
    ("SMTP conversation (MAIL, RCPT, DATA)", "smtp.py", "send"),
    ("outbox rows (one transaction for the run)", "deliveries.py", "ensure_many"),
    ("claim + previous sent mark (1 durable commit)", "runner.py", "_claim"),
    ("quota and pacing", "quota.py", "blocking"),
    ("quota and pacing", "quota.py", "pacing_delay"),
)


def phase_table(stats: pstats.Stats, total: float) -> str:
    spent: dict[str, float] = {}
    entries = stats.stats.items()  # type: ignore[attr-defined]
    for (filename, _, function), (_, _, _, cumulative, _) in entries:
        for label, file, name in PHASES:
            if function == name and filename.endswith(file):
                spent[label] = spent.get(label, 0.0) + cumulative
    spent["everything else (reads, hooks, events, loop)"] = total - sum(spent.values())
    lines = ["where the runner's time goes (cProfile, which inflates Python-heavy parts):"]
    for label, seconds in spent.items():
        lines.append(f"  {seconds:6.2f} s {seconds / total:5.0%}  {label}")
    return "\n".join(lines)


def run_runner(app, plan_id: str, profile: bool) -> tuple[float, object, str]:
    from orchestrator.delivery.runner import Runner

    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    summary = Runner(app).send_plan(plan_id)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    report = ""
    if profiler:
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        report = phase_table(stats, elapsed) + "\n"
        stats.strip_dirs().sort_stats("tottime").print_stats(15)
        report += stream.getvalue()
    return elapsed, summary, report


def run_smtplib(port: int, messages: list[tuple[str, str, bytes]]) -> float:
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, local_hostname="[127.0.0.1]", timeout=30) as smtp:
        for sender, recipient, data in messages:
            smtp.sendmail(sender, [recipient], data)
    return time.perf_counter() - start


def run_smtplib_building(port: int, app, plan_id: str) -> float:
    """The plain loop again, building each message inside the loop as the channel does."""
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, local_hostname="[127.0.0.1]", timeout=30) as smtp:
        for sender, recipient, data in message_bytes(app, plan_id):
            smtp.sendmail(sender, [recipient], data)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="200 messages")
    parser.add_argument("--server-ms", type=float, default=0.0,
                        help="the server waits this long before answering each message")
    parser.add_argument("--profile", action="store_true",
                        help="profile the runner (cProfile) and print the top functions")
    args = parser.parse_args()
    count = 200 if args.quick else args.messages
    if not 0 < count <= 1200:
        parser.error("--messages must be between 1 and 1200 (distinct details run out)")
    os.environ["OUTREACH_EMAIL_UNSUBSCRIBE_SECRET"] = UNSUBSCRIBE_SECRET
    os.environ.pop("OUTREACH_EMAIL_PASSWORD", None)
    scratch = Path(tempfile.mkdtemp(prefix="bench-smtp-"))
    try:
        with Server(args.server_ms / 1000) as server:
            setup = time.perf_counter()
            app, plan_id = build_workspace(scratch / "workspace", server.port, count)
            messages = list(message_bytes(app, plan_id))
            print(f"setup: {count} contacts, plan {plan_id}, {count} drafts allowed "
                  f"({time.perf_counter() - setup:.1f} s)")

            runner_s, summary, report = run_runner(app, plan_id, args.profile)
            runner_received = server.received
            states = {r["state"] for r in app.ledger.deliveries.list()}
            server.reset()
            plain_s = run_smtplib(server.port, messages)
            plain_received = server.received
            building_s = run_smtplib_building(server.port, app, plan_id)
            app.close()

        ok = (summary.sent == count and runner_received == count and states == {"sent"}
              and plain_received == count)
        runner_rate, wire_rate, plain_rate = count / runner_s, count / plain_s, count / building_s
        print(f"runner:     {count} messages in {runner_s:6.2f} s = {runner_rate:7.1f} msg/s "
              "(policy re-check, outbox, every ledger write durable)")
        print(f"plain loop: {count} messages in {building_s:6.2f} s = {plain_rate:7.1f} msg/s "
              "(smtplib, one connection, each message built in the loop)")
        print(f"wire limit: {count} messages in {plain_s:6.2f} s = {wire_rate:7.1f} msg/s "
              "(smtplib, one connection, bytes built beforehand)")
        verdict = "OK" if runner_rate >= 0.5 * plain_rate else "BELOW TARGET"
        print(f"ratio:      {runner_rate / plain_rate:.0%} of the plain loop (target >= 50%: "
              f"{verdict}); {runner_rate / wire_rate:.0%} of the wire limit")
        if report:
            print(report)
        if not ok:
            print(f"WRONG: runner sent {summary.sent}, server got {runner_received} then "
                  f"{plain_received}, ledger states {sorted(states)}", file=sys.stderr)
            return 1
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
