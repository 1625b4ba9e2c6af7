"""The inbox as one self-contained HTML page (no network, every value escaped)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from ..preview.html import page
from .inbox import Waiting, waiting_since


def render_inbox_html(rows: list[Waiting], now: datetime) -> str:
    if not rows:
        return page("Inbox", ["<p>Nobody waits for an answer.</p>"])
    parts = [f'<p class="meta">{len(rows)} conversation(s) wait for your answer, '
             "longest-waiting first.</p>"]
    for r in rows:
        name = escape(r.name or f"contact {r.contact_id}")
        link = (f' <a href="{escape(r.link)}" rel="noopener noreferrer" target="_blank">'
                "Answer</a>") if r.link else ""
        parts.append(f'<section class="card"><h2>{name}</h2>'
                     f'<p class="meta">{escape(r.platform)} {escape(r.kind)} · waiting '
                     f"{escape(waiting_since(r, now))}{link}</p>"
                     f"<pre>{escape(r.text)}</pre></section>")
    return page("Inbox", parts)
