"""The weekly review page end to end: `outreach review --web` as a real process, a real
headless Chromium, and the plan sent to the SMTP server on loopback."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

ROOT_TESTS = Path(__file__).resolve().parents[3] / "tests"
sys.path.insert(0, str(ROOT_TESTS))
from browser import console_errors, needs_chromium, open_page  # noqa: E402


def _wait(predicate, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for the page")


@needs_chromium
def test_review_on_the_page_and_send_to_the_smtp_server(email_workspace, email_people,
                                                         tmp_path):
    from selenium.webdriver.common.by import By

    ws = email_workspace
    people = email_people(3)
    ws.import_people(people)
    plan = ws.plan()
    drafts = {d["recipient"]["key"]: d["id"] for d in plan["drafts"]}
    process = ws.spawn("review", "--web", "--no-browser", plan["plan_id"])
    try:
        url = process.stdout.readline().strip()  # the first line is the page's address
        assert url.startswith("http://127.0.0.1:") and f"/plan/{plan['plan_id']}" in url

        def badge(driver, draft_id):
            return driver.execute_script(
                "var b = document.querySelector(arguments[0]); return b && b.textContent;",
                f"#card-{draft_id} .badge")

        with open_page(tmp_path / "unused.html", tmp_path / "chromium") as driver:
            driver.get(url)
            _wait(lambda: badge(driver, drafts[people[0].email]))
            for person in people:
                draft_id = drafts[person.email]
                assert badge(driver, draft_id) == "REFUSE"  # no note yet: nothing personal
                driver.find_element(By.ID, f"note-{draft_id}").send_keys(person.note)
                _wait(lambda d=draft_id: badge(driver, d) == "ALLOW")
            # The rendered text is the email as it goes out: footer and postal address.
            text = driver.find_element(By.ID, f"text-{drafts[people[0].email]}").text
            assert people[0].note in text and "Galway H91 XY12" in text
            skipped = drafts[people[2].email]
            button = driver.find_element(By.CSS_SELECTOR, f"#card-{skipped} button.skip")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
            button.click()
            _wait(lambda: badge(driver, skipped) == "SKIPPED")
            send = driver.find_element(By.ID, "send-plan")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", send)
            send.click()
            status = _wait(lambda: (t := driver.find_element(By.ID, "send-status").text)
                           .startswith("Done") and t, timeout=60)
            assert status.startswith("Done: 2 sent")
            assert console_errors(driver) == []
        assert ws.server.per_recipient() == {people[0].email: 1, people[1].email: 1}
        sent = {d["draft_id"] for d in ws.deliveries("sent")}
        assert sent == {drafts[people[0].email], drafts[people[1].email]}
        process.send_signal(signal.SIGINT)  # Ctrl-C stops the page
        assert process.wait(timeout=20) == 0
        assert "Stopped." in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
