"""``outreach review --web``: the weekly review as a local page (Flask, served by waitress).

Every change goes through the same core functions as the CLI - :func:`apply_review`,
:func:`orchestrator.delivery.outbox.confirm`, the delivery :class:`Runner` - so the page and
the CLI can be used alternately on one plan. One user, one machine: requests are served one
at a time over the workspace's App (a lock), except a send, which runs in its own thread
with its own App and reports progress the page polls.

Imported only by this command: Flask and waitress never load at start-up.
"""

from __future__ import annotations

import threading
from typing import Any, Callable
from urllib.parse import urlencode

from flask import Flask, Response, abort, jsonify, redirect, render_template, request

from ..errors import InputError, OutreachError
from .cards import cards, draft_json
from .security import COOKIE, CSP, CSRF_HEADER, Guard


class SendJob:
    """One send of a plan started from the page, and what it reports."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.state: dict[str, Any] = {"running": False}

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return dict(self.state)

    def update(self, **changes: Any) -> None:
        with self.lock:
            self.state.update(changes)


def create_app(app, guard: Guard, make_app: Callable[[], Any]) -> Flask:
    """The review site over ``app`` (an ``orchestrator.app.App``); ``make_app`` builds a
    second App for a send's own thread."""
    web = Flask(__name__, static_url_path="/static")
    web.config.update(MAX_CONTENT_LENGTH=1 << 20, JSON_SORT_KEYS=False)
    core = threading.RLock()
    jobs: dict[str, SendJob] = {}

    @web.before_request
    def protect():
        if not guard.host_ok(request.host):
            abort(403, "this page answers only at its loopback address")
        given = request.args.get("token")
        if given is not None:
            if not guard.token_ok(given):
                abort(403, "wrong token: open the address `outreach review --web` printed")
            target = request.path + (("?" + urlencode(
                [(k, v) for k, v in request.args.items(multi=True) if k != "token"]))
                if len(request.args) > 1 else "")
            response = redirect(target, code=303)
            response.set_cookie(COOKIE, guard.token, httponly=True, samesite="Strict",
                                path="/")
            return response
        if not guard.token_ok(request.cookies.get(COOKIE)):
            abort(403, "no token: open the address `outreach review --web` printed")
        if request.method != "GET" and not guard.csrf_ok(request.headers.get(CSRF_HEADER)):
            abort(403, "missing or wrong CSRF token")
        return None

    @web.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    @web.errorhandler(OutreachError)
    def outreach_error(exc: OutreachError):
        from ..errors import NotFound

        return jsonify({"error": exc.message, "hint": exc.hint}), (
            404 if isinstance(exc, NotFound) else 409)

    def page(name: str, **values: Any) -> str:
        return render_template(name, csrf=guard.csrf, **values)

    @web.get("/")
    def home():
        with core:
            latest = app.ledger.plans.latest()
        if latest is None:
            return page("review.html", plan=None, cards=[], tab="review")
        return redirect(f"/plan/{latest.id}", code=303)

    @web.get("/plan/<plan_id>")
    def plan_page(plan_id: str):
        with core:
            plan = app.ledger.plans.get(plan_id)
            shown = cards(app, app.ledger.plans.drafts(plan_id))
        return page("review.html", plan=plan, cards=shown, tab="review")

    @web.get("/api/plan/<plan_id>")
    def plan_data(plan_id: str):
        with core:
            plan = app.ledger.plans.get(plan_id)
            shown = cards(app, app.ledger.plans.drafts(plan_id))
        return jsonify({"plan": plan.id, "status": plan.status, "cards": shown})

    def _draft(draft_id: str):
        return app.ledger.plans.draft(draft_id)

    def _state(plan_id: str) -> dict[str, tuple]:
        return {d.id: _key(d) for d in app.ledger.plans.drafts(plan_id)}

    def _changed(drafts, before: dict[str, tuple], also: str) -> list[dict]:
        """Cards of the drafts that changed (a note can change a neighbour's verdict)."""
        return cards(app, [d for d in drafts if d.id == also or before.get(d.id) != _key(d)])

    @web.post("/api/draft/<draft_id>/note")
    def note(draft_id: str):
        from ..campaigns.review import apply_review

        text = _body().get("note", "")
        if not isinstance(text, str):
            raise InputError("note must be text")
        with core:
            draft = _draft(draft_id)
            before = _state(draft.plan_id)
            drafts = apply_review(app, draft.plan_id, notes={draft_id: text})
            return jsonify({"cards": _changed(drafts, before, draft_id)})

    @web.post("/api/draft/<draft_id>/status")
    def status(draft_id: str):
        from ..campaigns.review import apply_review

        wanted = _body().get("status")
        if wanted not in ("skipped", "draft"):
            raise InputError("status must be 'skipped' or 'draft'")
        with core:
            draft = _draft(draft_id)
            before = _state(draft.plan_id)
            drafts = apply_review(app, draft.plan_id, statuses={draft_id: wanted})
            return jsonify({"cards": _changed(drafts, before, draft_id)})

    @web.post("/api/draft/<draft_id>/confirm")
    def confirm(draft_id: str):
        from ..delivery.outbox import confirm as confirm_draft

        text = _body().get("text")
        if text is not None and (not isinstance(text, str) or not text.strip()):
            raise InputError("the text you sent is empty")
        with core:
            delivery = confirm_draft(app, draft_id, text=text)
            return jsonify({"delivery": delivery.as_json(),
                            "draft": draft_json(app, _draft(draft_id))})

    @web.post("/api/plan/<plan_id>/send")
    def send(plan_id: str):
        with core:
            app.ledger.plans.get(plan_id)  # 404 as an error for an unknown plan
        job = jobs.setdefault(plan_id, SendJob())
        if job.snapshot().get("running"):
            raise InputError("this plan is being sent already")
        job.update(running=True, done=0, total=0, summary=None, error=None)
        threading.Thread(target=_send, args=(plan_id, job), daemon=True,
                         name=f"send-{plan_id}").start()
        return jsonify(job.snapshot()), 202

    @web.get("/api/plan/<plan_id>/send")
    def send_progress(plan_id: str):
        return jsonify(jobs.get(plan_id, SendJob()).snapshot())

    def _send(plan_id: str, job: SendJob) -> None:
        from ..delivery.runner import Runner

        sender = make_app()
        try:
            runner = Runner(sender, progress=lambda done, total, label: job.update(
                done=done, total=total))
            summary = runner.send_plan(plan_id, lock_wait=5.0)
            job.update(running=False, summary=summary.as_json())
        except OutreachError as exc:
            job.update(running=False, error=f"{exc.message} {exc.hint}".strip())
        except Exception as exc:  # shown on the page; the outbox states stay truthful
            job.update(running=False, error=f"{type(exc).__name__}: {exc}")
        finally:
            sender.close()

    @web.get("/queue")
    def queue_page():
        from ..delivery.outbox import queue

        with core:
            items = [item.as_json() for item in queue(app)]
        return page("queue.html", items=items, tab="queue", plan=None)

    @web.get("/inbox")
    def inbox_page():
        from ..reports.inbox import waiting, waiting_since

        with core:
            rows = [dict(r.as_json(), since=waiting_since(r, app.now())) for r in waiting(app)]
        return page("inbox.html", rows=rows, tab="inbox", plan=None)

    return web


def _key(draft) -> tuple:
    """What the page shows of a draft that a review can change."""
    return (draft.text, draft.status, draft.verdict.decision, draft.personal_note,
            tuple(r.code for r in draft.verdict.reasons), draft.rendered.get("text"))


def _body() -> dict:
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # silent=True covers malformed JSON, not JSON nested too deeply
        data = None
    if not isinstance(data, dict):
        raise InputError("expected a JSON object")
    return data


def serve(app, make_app: Callable[[], Any], *, port: int = 0, plan_id: str | None = None,
          on_ready: Callable[[str], None] = print, open_browser: bool = True):
    """Serve until interrupted; ``on_ready(url)`` gets the address with its token first."""
    server, url = start(app, make_app, port=port, plan_id=plan_id)
    on_ready(url)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.run()
    finally:
        server.close()


class Background:
    """A server run in a thread until :meth:`stop` (tests, benchmarks)."""

    def __init__(self, server) -> None:
        self.server = server
        self._stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="review-web")
        self.thread.start()

    def _run(self) -> None:
        while not self._stopped.is_set():
            self.server.asyncore.loop(timeout=0.05, map=self.server._map, count=1)
        self.server.task_dispatcher.shutdown()
        self.server.close()

    def stop(self) -> None:
        self._stopped.set()
        self.thread.join(timeout=10)


def start(app, make_app: Callable[[], Any], *, port: int = 0, plan_id: str | None = None):
    """A ready (not yet running) server on 127.0.0.1 and the URL to open (token included)."""
    from waitress.server import create_server

    guard = Guard()
    web = create_app(app, guard, make_app)
    server = create_server(web, host="127.0.0.1", port=port, threads=4,
                           clear_untrusted_proxy_headers=True, ident="outreach")
    guard.port = server.effective_port
    path = f"/plan/{plan_id}" if plan_id else "/"
    return server, f"http://127.0.0.1:{guard.port}{path}?token={guard.token}"
