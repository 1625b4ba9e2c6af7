"""The review page: a plan of 200 drafts served, and one note's verdict round trip.

Targets: the page in under 1 s, a verdict round trip (write a note, the whole plan
re-checked, the changed cards back) in under 150 ms. Real server on loopback, real HTTP.

    python benchmarks/bench_web_review.py [--drafts 200] [--runs 20]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

BODY = ("Hi {{ contact.first_name }}, {% if personal_note %}{{ personal_note }} {% endif %}"
        "I'm Robin from Tidewater; we forecast demand for small food shops.")
TOPICS = ["sourdough starters", "raw-milk labelling", "cider apple blight", "mackerel quotas",
          "oat milk margins", "rye flour shortages", "polytunnel tomatoes", "pop-up stall rents"]


def workspace(home: Path, drafts: int):
    from orchestrator.campaigns.loader import load_campaign
    from orchestrator.campaigns.planner import plan_campaign
    from orchestrator.model import Contact, Identity
    from orchestrator.testing import FakeChannel, FakeChannelPlugin, build_app, fake_manifest

    plugin = FakeChannelPlugin(FakeChannel(fake_manifest(modes=("assisted",))))
    app = build_app(home, extra_plugins=[plugin])
    app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
    (app.workspace.campaigns_dir / "intro.toml").write_text(
        f'[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "fake"\nkind = "message"\n'
        f'body = """{BODY}"""\n')
    for i in range(drafts):
        topic = TOPICS[i % len(TOPICS)]
        app.ledger.contacts.create(Contact(
            first_name=f"Person{i}", last_name="Example", tags=["focus"],
            notes=f"Met at market {i} in town {i}; talked about {topic}.",
            identities=[Identity("fake", f"p{i}", f"p{i}")]))
    plan = plan_campaign(app, load_campaign(app.workspace.campaigns_dir / "intro.toml"))
    return app, plugin, plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from orchestrator.testing import build_app
    from orchestrator.web.server import Background, start

    home = Path(tempfile.mkdtemp(prefix="outreach-bench-web-"))
    try:
        app, plugin, plan = workspace(home, args.drafts)
        server, url = start(app, lambda: build_app(home, extra_plugins=[plugin]),
                            plan_id=plan.plan_id)
        running = Background(server)
        client = requests.Session()
        client.get(url, timeout=30)
        base = url.split("/plan/")[0]
        pages = []
        for _ in range(max(3, args.runs // 4)):
            started = time.perf_counter()
            html = client.get(f"{base}/plan/{plan.plan_id}", timeout=30).text
            pages.append(time.perf_counter() - started)
        csrf = re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)
        trips = []
        for i in range(args.runs):
            draft = plan.drafts[i % len(plan.drafts)]
            note = f"Good talking about {TOPICS[i % len(TOPICS)]} at market {i}."
            started = time.perf_counter()
            client.post(f"{base}/api/draft/{draft.id}/note", json={"note": note},
                        headers={"X-CSRF-Token": csrf}, timeout=30).raise_for_status()
            trips.append(time.perf_counter() - started)
        running.stop()
        print(f"page of {args.drafts} drafts: median {statistics.median(pages) * 1000:.0f} ms, "
              f"best {min(pages) * 1000:.0f} ms (target < 1000 ms)")
        print(f"verdict round trip ({args.runs} notes): median "
              f"{statistics.median(trips) * 1000:.0f} ms, p90 "
              f"{sorted(trips)[int(len(trips) * 0.9) - 1] * 1000:.0f} ms (target < 150 ms)")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
