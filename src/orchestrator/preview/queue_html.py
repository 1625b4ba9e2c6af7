"""The hand-send queue as one self-contained HTML page: links, text and copy buttons."""

from __future__ import annotations

from html import escape

from .html import page


def render_queue_html(rows: list[dict], title: str = "Send by hand") -> str:
    parts = [
        f'<p class="meta">{len(rows)} message(s). Send each one yourself, then record it with '
        "<code>outreach confirm DRAFT</code>.</p>",
    ]
    if not rows:
        parts.append("<p>Nothing waits for you.</p>")
    for r in rows:
        ident = escape(r["draft_id"])
        limit = r.get("limit")
        over = limit is not None and r["length"] > limit
        length = f'{r["length"]}/{limit}' if limit else str(r["length"])
        parts.append(f'<section class="card{" refuse" if over else ""}" id="{ident}">')
        parts.append(f'<h2>{ident} · {escape(r["name"])}</h2>')
        parts.append(f'<p class="meta">{escape(r["channel"])} {escape(r["kind"])} · to '
                     f'{escape(r["recipient"])} · {escape(length)} characters</p>')
        if r.get("subject"):
            parts.append(f'<p><b>Subject:</b> {escape(r["subject"])}</p>')
        parts.append(f'<pre id="text-{ident}">{escape(r["text"])}</pre>')
        parts.append(f'<button data-copy="text-{ident}">Copy text</button>')
        if r.get("link"):
            parts.append(f' <a href="{escape(r["link"])}" target="_blank" '
                         f'rel="noopener noreferrer">Open to send</a>')
        if r.get("export_path"):
            parts.append(f'<p class="meta">File: {escape(r["export_path"])}</p>')
        parts.append(f'<p class="meta">Then: <code>outreach confirm {ident}</code></p></section>')
    return page(title, parts)
