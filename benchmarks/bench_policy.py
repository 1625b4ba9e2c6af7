"""Throughput and memory of the customization policy (one core, no pytest needed).

    python benchmarks/bench_policy.py            # 1,000 / 10,000 / 50,000 drafts
    python benchmarks/bench_policy.py --quick    # 200 / 1,000 / 2,000, a smoke run
    python benchmarks/bench_policy.py --repeat 1 # one batch per size (default: best of 3)
    python benchmarks/bench_policy.py --only process   # just the whole-process rows

Each batch is one campaign step with a template, generated from a fixed seed. Contacts get
invented names, companies, events, cities and topics (syllable-built, so the vocabulary grows
with the batch as real contact lists do), and the drafts are a realistic mix:

* 45% good: a personal sentence about a recorded event, topic or mutual contact;
* 20% mail merge: the template with no personal note;
* 15% near-duplicate groups of 2-4 drafts: one hand-written note with a word changed;
* 10% vague claims ("loved your recent talk"), 5% contradicted events, 5% placeholders.

Two measurements:

* **in process**: :func:`evaluate` on one batch of 1,000, 10,000 and 50,000 drafts, in CPU
  seconds of this process (every built-in check, near-duplicate detection across the whole
  batch included; building the batch is not). A 10x bigger batch should cost about 10x the
  time, not 100x.
* **whole process**: ``outreach policy check FILE --json`` as users run it, on JSON Lines
  files of the same mix: 1,000 drafts (batches of 100), 10,000 drafts in one batch, and
  50,000 drafts (batches of 100). Wall-clock seconds and the child's CPU seconds (start-up,
  parsing and writing included), and its peak memory (ru_maxrss) per draft: the target is
  at most 2 KB a draft at 50,000, which only streaming batch by batch can give.

Targets (issue 17): >= 5,000 drafts/s per core, near-linear growth, <= 2 KB peak memory per
draft at 50,000. The script exits 1 if the mix is not refused and allowed as generated (a
broken policy must not look fast).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:  # the installed tool (compiled in a regular install), else this checkout's source
    import orchestrator  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from orchestrator.policy import ContactFacts, PolicyBatch, PolicyDraft, evaluate  # noqa: E402
from orchestrator.policy.customization import compiled  # noqa: E402

TEMPLATE = (
    "Hi {{ contact.first_name }}, {% if personal_note %}{{ personal_note }} {% endif %}"
    "I lead partnerships at Quillon, where we help operations teams plan their capacity, "
    "and would be glad to connect."
)
SENDER = ("Rhea Calloway", "Partnerships Lead at Quillon (capacity planning)")
# People and places are built from separate syllables (and lengths) so that, as in real
# contact lists, a company never happens to share its name with an event or a person.
PEOPLE = ("ka", "lo", "ven", "tri", "mar", "bel", "dro", "sen", "qui", "ras", "tol", "wen")
PLACES = ("fen", "gar", "hul", "zo", "nim", "par", "cor", "lis", "the", "ban", "dor", "mi")
ADJECTIVES = ("predictive", "regional", "seasonal", "automated", "modular", "circular", "urban",
              "hybrid", "offline", "wholesale", "clinical", "coastal", "rural", "cold-chain",
              "last-mile", "subscription", "warehouse", "field", "battery", "solar")
NOUNS = ("forecasting", "staffing", "routing", "pricing", "inventory", "scheduling", "onboarding",
         "maintenance", "recycling", "logistics", "procurement", "packaging", "telemetry",
         "compliance", "returns", "billing", "sourcing", "auditing", "dispatch", "tooling")
EVENT_KINDS = ("Summit", "Expo", "Forum", "Days", "Congress", "Live")
CHANGES = ("great", "strong", "solid", "real", "clear")


def _word(rng: random.Random, syllables: tuple[str, ...], parts: int) -> str:
    return "".join(rng.choice(syllables) for _ in range(parts)).capitalize()


def _contact(rng: random.Random) -> dict:
    return {
        "first": _word(rng, PEOPLE, 2), "last": _word(rng, PEOPLE, 3),
        "company": f"{_word(rng, PLACES, 2)} Labs",
        "event": f"{_word(rng, PLACES, 3)} {rng.choice(EVENT_KINDS)}",
        "city": _word(rng, PLACES, 4), "tool": _word(rng, PLACES, 5),
        "mutual": f"{_word(rng, PEOPLE, 2)} {_word(rng, PEOPLE, 3)}",
        "topic": f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
    }


def _facts(c: dict, notes: str, interests: tuple[str, ...] = ()) -> ContactFacts:
    return ContactFacts(first_name=c["first"], last_name=c["last"], company=c["company"],
                        title="Operations Manager", headline=f"Operations Manager at {c['company']}",
                        notes=notes, interests=interests)


def _render(c: dict, note: str) -> str:
    return f"Hi {c['first']}, {note + ' ' if note else ''}" + TEMPLATE.split("{% endif %}")[1]


def make_batch(size: int, seed: int) -> tuple[PolicyBatch, dict[str, str]]:
    """A batch of ``size`` drafts and the decision each should get."""
    rng = random.Random(seed)
    drafts: list[PolicyDraft] = []
    expect: dict[str, str] = {}

    def add(c: dict, facts: ContactFacts, text: str, decision: str) -> None:
        draft_id = f"b{seed}-{len(drafts)}"
        drafts.append(PolicyDraft(id=draft_id, contact=facts, text=text))
        expect[draft_id] = decision

    while len(drafts) < size:
        roll = rng.random()
        c = _contact(rng)
        met = f"Met at {c['event']} in {c['city']}; talked about {c['topic']}."
        if roll < 0.45:
            style = rng.randrange(3)
            if style == 0:
                note = f"Still thinking about our {c['topic']} chat at {c['event']}."
                facts = _facts(c, met)
            elif style == 1:
                note = f"{c['mutual']} suggested we talk about {c['topic']}."
                facts = _facts(c, f"Mutual: {c['mutual']}, who worked with us on {c['topic']}.")
            else:
                # Naming the interests alone would be a pasted list (refused): say something.
                note = (f"Saw that {c['topic']} and {c['tool']} are among your interests; we "
                        f"moved our {c['topic']} onto {c['tool']} last year and halved the "
                        "manual steps.")
                facts = _facts(c, "", (c["topic"], c["tool"]))
            add(c, facts, _render(c, note), "allow")
        elif roll < 0.65:
            add(c, _facts(c, rng.choice(("", met))), _render(c, ""), "refuse")
        elif roll < 0.80:
            note = (f"We're expanding our {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} "
                    f"practice and I'd value your {rng.choice(CHANGES)} perspective on it.")
            for _ in range(rng.randint(2, 4)):
                other = _contact(rng)
                changed = note.replace(note.split()[-4], rng.choice(CHANGES), 1)
                add(other, _facts(other, ""), _render(other, changed), "refuse")
        elif roll < 0.90:
            add(c, _facts(c, met), _render(c, "Loved your recent talk, so insightful!"), "refuse")
        elif roll < 0.95:
            wrong = f"{_word(rng, PLACES, 3)} {rng.choice(EVENT_KINDS)}"
            add(c, _facts(c, met), _render(c, f"Great meeting you at {wrong} in {c['city']}!"),
                "refuse")
        else:
            add(c, _facts(c, met), _render(c, "Loved your take on {{topic}} at [Event Name]."),
                "refuse")
    drafts = drafts[:size]
    expect = {d.id: expect[d.id] for d in drafts}
    batch = PolicyBatch(id=f"bench-{size}", channel="linkedin", kind="invitation",
                        drafts=tuple(drafts), template=TEMPLATE, sender_name=SENDER[0],
                        sender_headline=SENDER[1])
    return batch, expect


def measure(size: int, seed: int, repeat: int) -> tuple[float, float]:
    """Best seconds over ``repeat`` fresh batches of ``size`` drafts (each with its own
    people and words, so no run profits from another's caches), and the worst share of
    drafts decided as generated."""
    best, agree = float("inf"), 1.0
    for n in range(repeat):
        batch, expect = make_batch(size, seed=seed * 100 + n)
        gc.collect()
        # CPU time of this process: the cost on one core, whatever else the machine runs.
        start = time.process_time()
        verdicts = evaluate(batch)
        best = min(best, time.process_time() - start)
        agree = min(agree, sum(verdicts[i].decision == d for i, d in expect.items()) / size)
    return best, agree


def to_json(batch: PolicyBatch) -> str:
    """One JSON Lines batch as ``outreach policy check`` reads it (with a length limit
    the long template fits: LinkedIn's 300-character invitation would refuse the good
    drafts as too long)."""
    def contact(c: ContactFacts) -> dict:
        return {"first_name": c.first_name, "last_name": c.last_name, "company": c.company,
                "title": c.title, "headline": c.headline, "notes": c.notes,
                "interests": list(c.interests)}

    return json.dumps({
        "batch": batch.id, "channel": batch.channel, "kind": batch.kind,
        "template": batch.template, "max_length": 2000,
        "sender": {"name": batch.sender_name, "headline": batch.sender_headline},
        "drafts": [{"id": d.id, "subject": d.subject, "text": d.text,
                    "contact": contact(d.contact)} for d in batch.drafts],
    }, ensure_ascii=False)


def write_file(path: Path, size: int, per_batch: int, seed: int) -> dict[str, str]:
    """A JSON Lines file of ``size`` drafts in batches of ``per_batch``; the expected
    decisions."""
    expect: dict[str, str] = {}
    with open(path, "w", encoding="utf-8") as handle:
        for n, start in enumerate(range(0, size, per_batch)):
            batch, wanted = make_batch(min(per_batch, size - start), seed=seed * 1000 + n)
            handle.write(to_json(batch) + "\n")
            expect.update(wanted)
    return expect


def build_name() -> str:
    """Which build of the policy this interpreter (and its venv's outreach) runs."""
    return "compiled (Cython)" if compiled() else "as source (pure Python)"


def outreach_command() -> list[str]:
    """``outreach`` next to this interpreter (the venv's), else the module of this tree."""
    script = Path(sys.executable).parent / "outreach"
    if script.exists():
        return [str(script)]
    source = str(Path(__file__).resolve().parents[1] / "src")
    return [sys.executable, "-c",
            f"import sys; sys.path.insert(0, {source!r}); from orchestrator.cli import main; main()"]


def run_process(path: Path, expect: dict[str, str]) -> tuple[float, float, float, float]:
    """Wall seconds, CPU seconds, peak MB of one ``outreach policy check --json`` process,
    and the share of drafts decided as generated."""
    env = dict(os.environ)
    env.setdefault("OUTREACH_HOME", tempfile.gettempdir() + "/outreach-bench-none")
    out_path = path.with_suffix(".out")
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen([*outreach_command(), "policy", "check", str(path), "--json"],
                                   stdout=out, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                   env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"outreach policy check exited {code}:\n{stderr[-2000:]}")
    got = {}
    with open(out_path, encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            got[item["id"]] = item["verdict"]
    agree = sum(got.get(i) == d for i, d in expect.items()) / len(expect)
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return wall, usage.ru_utime + usage.ru_stime, peak, agree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small batches, for a smoke run")
    parser.add_argument("--repeat", type=int, default=3,
                        help="batches per size; the best time is kept (default 3)")
    parser.add_argument("--only", choices=("inner", "process"), default=None,
                        help="only the in-process or only the whole-process rows")
    parser.add_argument("--write", nargs=4, metavar=("PATH", "DRAFTS", "PER_BATCH", "SEED"),
                        help=argparse.SUPPRESS)  # a whole-process row's input, from a child
    args = parser.parse_args(argv)
    if args.write:
        path, size, per_batch, seed = args.write
        expect = write_file(Path(path), int(size), int(per_batch), int(seed))
        Path(path).with_suffix(".expect").write_text(json.dumps(expect), encoding="utf-8")
        return 0
    failed = False
    # The commands first: Linux keeps a child's peak memory across exec, so a child forked
    # from this process after its 50,000-draft batch would report this process's peak.
    if args.only != "inner":
        failed |= whole_process(args) != 0
        print()
    if args.only != "process":
        failed |= in_process(args) != 0
    return 1 if failed else 0


def in_process(args) -> int:
    sizes = (200, 1_000, 2_000) if args.quick else (1_000, 10_000, 50_000)
    measure(200, seed=0, repeat=1)  # warm the built-in word lists, as a running process has

    print(f"in process: evaluate() on one batch, CPU seconds; the policy {build_name()}")
    print(f"{'drafts':>8} {'seconds':>9} {'drafts/s':>10} {'as generated':>13}")
    rows = []
    for n, size in enumerate(sizes, 1):
        elapsed, agree = measure(size, seed=n, repeat=max(1, args.repeat))
        rows.append((size, elapsed))
        print(f"{size:>8,} {elapsed:>9.2f} {size / elapsed:>10,.0f} {agree:>12.1%}", flush=True)
        if agree < 0.97:
            print(f"error: only {agree:.1%} of the drafts were decided as generated",
                  file=sys.stderr)
            return 1
    for (small, t_small), (large, t_large) in zip(rows, rows[1:]):
        print(f"{small:,} -> {large:,} drafts: x{large / small:.0f} drafts, "
              f"x{t_large / t_small:.1f} time")
    peak = _peak_mb()
    if peak is not None:
        print(f"peak memory: {peak:,.0f} MB (this process, largest batch included)")
    return 0


def whole_process(args) -> int:
    steps = ((200, 100), (1_000, 1_000), (2_000, 100)) if args.quick else \
        ((1_000, 100), (10_000, 10_000), (50_000, 100))
    print(f"whole process: outreach policy check FILE --json (start-up, parsing, output); "
          f"the policy {build_name()}")
    print(f"{'drafts':>8} {'batches of':>10} {'wall s':>7} {'cpu s':>7} {'drafts/s':>9} "
          f"{'per core':>9} {'peak MB':>8} {'KB/draft':>9} {'as generated':>13}")
    code = 0
    with tempfile.TemporaryDirectory(prefix="bench-policy-") as scratch:
        for n, (size, per_batch) in enumerate(steps, 1):
            path = Path(scratch) / f"policy-{size}-{per_batch}.jsonl"
            # Written by a child too: this process must stay small (see main).
            subprocess.run([sys.executable, __file__, "--write", str(path), str(size),
                            str(per_batch), str(10 + n)], check=True)
            expect = json.loads(path.with_suffix(".expect").read_text(encoding="utf-8"))
            wall, cpu, peak, agree = run_process(path, expect)
            path.unlink()
            print(f"{size:>8,} {per_batch:>10,} {wall:>7.2f} {cpu:>7.2f} {size / wall:>9,.0f} "
                  f"{size / cpu:>9,.0f} {peak:>8.0f} {peak * 1024 / size:>9.2f} "
                  f"{agree:>12.1%}", flush=True)
            if agree < 0.97:
                print(f"error: only {agree:.1%} of the drafts were decided as generated",
                      file=sys.stderr)
                code = 1
    print("targets: >= 5,000 drafts/s per core; <= 2 KB peak memory per draft at 50,000",
          flush=True)
    return code


def _peak_mb() -> float | None:
    try:
        import resource
    except ImportError:  # not on this platform
        return None
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / (1024 * 1024 if sys.platform == "darwin" else 1024)


if __name__ == "__main__":
    sys.exit(main())
