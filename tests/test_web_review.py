"""``outreach review --web``: the page in real headless Chromium, and its guards over HTTP.

The server runs in-process on 127.0.0.1 over a workspace with a scripted channel whose
messages are sent by hand (``assisted``), so confirming is part of the flow. The email
plugin's tests drive the same page against a real SMTP server on loopback.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest
import requests

from browser import console_errors, needs_chromium, open_page
from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.model import Contact, Identity
from orchestrator.testing import FakeChannel, FakeChannelPlugin, build_app, fake_manifest

BODY = ("Hi {{ contact.first_name }}, {% if personal_note %}{{ personal_note }} {% endif %}"
        "I'm Robin from Tidewater; we forecast demand for small food shops.")
PEOPLE = [
    ("Aoife", "Met at the Harvest Fair in Galway; talked about sourdough starters.",
     "Good talking about sourdough starters at the Harvest Fair in Galway."),
    ("Brid", "Met at Cheese Week in Cork; talked about raw-milk labelling.",
     "Good talking about raw-milk labelling at Cheese Week in Cork."),
    ("Ciara", "Met at the Orchard Summit in Kilkenny; talked about cider apple blight.",
     "Good talking about cider apple blight at the Orchard Summit."),
    ("<script>alert('x')</script>", "Met at the Seafood Expo in Killybegs; mackerel quotas.",
     "Good talking about mackerel quotas at the Seafood Expo in Killybegs."),
]


class Site:
    def __init__(self, make_app, outreach_home) -> None:
        self.channel = FakeChannel(fake_manifest(modes=("assisted",)))
        self.plugin = FakeChannelPlugin(self.channel)
        self.app = make_app(extra_plugins=[self.plugin])
        self.app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
        (self.app.workspace.campaigns_dir / "intro.toml").write_text(
            f'[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "fake"\nkind = "message"\n'
            f'body = """{BODY}"""\n')
        for index, (first, notes, _) in enumerate(PEOPLE):
            self.app.ledger.contacts.create(Contact(
                first_name=first, last_name="Example", notes=notes, tags=["focus"],
                identities=[Identity("fake", f"p{index}", f"p{index}")]))
        plan = plan_campaign(self.app, load_campaign(self.app.workspace.campaigns_dir /
                                                     "intro.toml"))
        self.plan_id = plan.plan_id
        self.drafts = {d.contact_id: d.id for d in plan.drafts}
        self.home = outreach_home

    def start(self):
        from orchestrator.web.server import Background, start

        self.server, self.url = start(self.app, lambda: build_app(
            self.home, extra_plugins=[self.plugin]), plan_id=self.plan_id)
        self.running = Background(self.server)
        return self

    def stop(self) -> None:
        self.running.stop()

    @property
    def base(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def session(self) -> requests.Session:
        """A client that opened the printed address (so it holds the cookie)."""
        client = requests.Session()
        assert client.get(self.url, timeout=10).status_code == 200
        return client

    def csrf(self, client: requests.Session) -> str:
        import re

        page = client.get(f"{self.base}/plan/{self.plan_id}", timeout=10).text
        return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


@pytest.fixture
def site(make_app, outreach_home):
    s = Site(make_app, outreach_home).start()
    yield s
    s.stop()


# --- guards -------------------------------------------------------------------------------


def test_the_server_listens_on_loopback_only(site):
    assert site.server.effective_host == "127.0.0.1"
    assert site.url.startswith("http://127.0.0.1:") and "token=" in site.url


def test_every_request_needs_the_token(site):
    assert requests.get(f"{site.base}/plan/{site.plan_id}", timeout=10).status_code == 403
    assert requests.get(f"{site.base}/?token=wrong", timeout=10).status_code == 403
    assert requests.get(f"{site.base}/api/plan/{site.plan_id}", timeout=10).status_code == 403
    assert site.session().get(f"{site.base}/api/plan/{site.plan_id}",
                              timeout=10).status_code == 200


def test_a_foreign_host_header_is_refused_even_with_the_token(site):
    """DNS rebinding: a page of evil.example resolving to 127.0.0.1 must get nothing."""
    port = urlsplit(site.url).port
    for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1:{port + 1}"):
        response = requests.get(site.url, headers={"Host": host}, timeout=10,
                                allow_redirects=False)
        assert response.status_code == 403, host


def test_state_changes_need_a_post_with_the_csrf_token(site):
    client = site.session()
    draft = next(iter(site.drafts.values()))
    url = f"{site.base}/api/draft/{draft}/status"
    assert client.post(url, json={"status": "skipped"}, timeout=10).status_code == 403
    assert client.post(url, json={"status": "skipped"}, timeout=10,
                       headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.get(url, timeout=10).status_code == 405
    assert site.app.ledger.plans.draft(draft).status == "draft"  # nothing happened
    ok = client.post(url, json={"status": "skipped"}, timeout=10,
                     headers={"X-CSRF-Token": site.csrf(client)})
    assert ok.status_code == 200 and site.app.ledger.plans.draft(draft).status == "skipped"


def test_a_body_nested_too_deeply_is_bad_input_not_a_server_error(site):
    client = site.session()
    draft = next(iter(site.drafts.values()))
    answer = client.post(f"{site.base}/api/draft/{draft}/status", data="[" * 100_000,
                         timeout=10, headers={"X-CSRF-Token": site.csrf(client),
                                              "Content-Type": "application/json"})
    assert answer.status_code == 409 and "expected a JSON object" in answer.text  # as any bad input
    assert site.app.ledger.plans.draft(draft).status == "draft"


def test_contact_data_is_escaped_and_the_page_is_locked_down(site):
    client = site.session()
    response = client.get(f"{site.base}/plan/{site.plan_id}", timeout=10)
    assert "<script>alert(" not in response.text
    assert "&lt;script&gt;alert(" in response.text
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert "HttpOnly" in client.get(site.url, timeout=10, allow_redirects=False)\
        .headers["Set-Cookie"]


def test_the_cli_and_the_page_work_on_the_same_plan(site):
    """A note written with the CLI shows on the page; one written on the page, in the CLI."""
    client = site.session()
    headers = {"X-CSRF-Token": site.csrf(client)}
    first, second = list(site.drafts.values())[:2]
    apply_review(site.app, site.plan_id, notes={first: PEOPLE[0][2]})
    cards = client.get(f"{site.base}/api/plan/{site.plan_id}", timeout=10).json()["cards"]
    assert {c["draft"]["id"]: c["draft"]["personal_note"] for c in cards}[first] == PEOPLE[0][2]
    changed = client.post(f"{site.base}/api/draft/{second}/note", json={"note": PEOPLE[1][2]},
                          headers=headers, timeout=10).json()["cards"]
    assert [c["draft"]["id"] for c in changed] == [second]
    assert changed[0]["draft"]["verdict"]["decision"] == "allow"
    assert site.app.ledger.plans.draft(second).personal_note == PEOPLE[1][2]
    bad = client.post(f"{site.base}/api/draft/nope-1/note", json={"note": "x"},
                      headers=headers, timeout=10)
    assert bad.status_code == 404 and "no draft" in bad.json()["error"]


# --- in a real browser ----------------------------------------------------------------------


def click(driver, element) -> None:
    """Click as a person would: scrolled into view, under the sticky header."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def _wait(predicate, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for the page")


@needs_chromium
def test_a_whole_review_in_the_browser(site, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ids = list(site.drafts.values())

    def badge(driver, draft_id):  # read in the page: render() replaces the element
        return driver.execute_script(
            "var b = document.querySelector(arguments[0]); return b && b.textContent;",
            f"#card-{draft_id} .badge")

    with open_page(tmp_path / "unused.html", tmp_path / "chromium") as driver:
        driver.get(site.url)
        _wait(lambda: driver.find_elements(By.CSS_SELECTOR, "article.card .badge"))
        assert [badge(driver, i) for i in ids[:3]] == ["REFUSE"] * 3
        for draft_id, (_, _, note) in zip(ids[:3], PEOPLE):
            area = driver.find_element(By.ID, f"note-{draft_id}")
            area.send_keys(note)
            _wait(lambda d=draft_id: badge(driver, d) == "ALLOW")
        assert [site.app.ledger.plans.draft(i).verdict.decision for i in ids[:3]] == ["allow"] * 3
        text = driver.find_element(By.ID, f"text-{ids[0]}").text
        assert PEOPLE[0][2] in text

        # Keyboard only: leave the note, go to the fourth card, skip it.
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        body = driver.find_element(By.TAG_NAME, "body")
        for _ in range(3):
            body.send_keys("j")
        assert driver.switch_to.active_element.get_attribute("id") == f"card-{ids[3]}"
        body.send_keys("s")
        _wait(lambda: badge(driver, ids[3]) == "SKIPPED")
        assert site.app.ledger.plans.draft(ids[3]).status == "skipped"

        # The person named <script>...</script> is text on the page, never run.
        assert "<script>alert('x')</script>" in driver.find_element(
            By.CSS_SELECTOR, f"#card-{ids[3]} h2").text
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text  # noqa: B018 - raises when no alert is open

        # Send: the runner queues the hand-sent (assisted) drafts for you.
        click(driver, driver.find_element(By.ID, "send-plan"))
        status = _wait(lambda: (t := driver.find_element(By.ID, "send-status").text)
                       .startswith("Done") and t)
        assert "3 waiting for you" in status
        # Mark the first as sent: recorded exactly as `outreach confirm` does.
        click(driver, driver.find_element(By.CSS_SELECTOR, f"#card-{ids[0]} button.confirm"))
        _wait(lambda: "sent" in driver.execute_script(
            "return document.querySelector(arguments[0]).textContent;",
            f"#card-{ids[0]} .state"))
        assert console_errors(driver) == []
    rows = {d.draft_id: d for d in site.app.ledger.deliveries.list()}
    assert rows[ids[0]].state == "sent"
    assert {rows[i].state for i in ids[1:3]} == {"waiting"}
    assert ids[3] not in rows  # skipped: never queued
    history = site.app.ledger.touchpoints.for_contact(site.app.ledger.plans.draft(ids[0])
                                                      .contact_id)
    assert [(tp.direction, tp.status) for tp in history] == [("out", "confirmed")]


@needs_chromium
def test_the_queue_and_inbox_tabs_render(site, tmp_path):
    from selenium.webdriver.common.by import By

    with open_page(tmp_path / "unused.html", tmp_path / "chromium") as driver:
        driver.get(site.url)
        driver.find_element(By.LINK_TEXT, "Send by hand").click()
        assert "Nothing waits for you" in driver.find_element(By.TAG_NAME, "main").text
        driver.find_element(By.LINK_TEXT, "Inbox").click()
        assert "Nobody waits for an answer" in driver.find_element(By.TAG_NAME, "main").text
        assert console_errors(driver) == []


def test_review_web_refuses_an_unknown_plan_and_a_busy_port(run_cli):
    import socket

    assert run_cli("init").exit_code == 0
    unknown = run_cli("review", "--web", "--no-browser", "pnope")
    assert unknown.exit_code == 2 and "no plan 'pnope'" in unknown.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("review", "--web", "--no-browser", "--port", str(port))
    assert result.exit_code == 3, result.stderr
    assert f"cannot serve the review page on 127.0.0.1:{port}" in result.stderr
