"""A self-contained HTML preview: one file, no network, every value escaped."""

from __future__ import annotations

from html import escape

from . import Preview, PreviewItem

CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem} .meta{color:#555}
.card{border:1px solid #ccc;border-left:6px solid #3a3;border-radius:6px;padding:1rem;margin:1rem 0}
.card.refuse{border-left-color:#c33} .card.skipped{border-left-color:#999;opacity:.7}
.badge{float:right;font-weight:bold;padding:.1rem .5rem;border-radius:4px;color:#fff;background:#3a3}
.refuse .badge{background:#c33} .skipped .badge{background:#999}
pre{white-space:pre-wrap;font:inherit;background:#f7f7f7;padding:.75rem;border-radius:4px}
.reason{color:#a00} .warning{color:#a60} .evidence{color:#262} .fix{color:#333}
button{cursor:pointer} code{background:#eee;padding:0 .2rem}
"""

SCRIPT = """
document.querySelectorAll('button[data-copy]').forEach(function(b){
  b.addEventListener('click',function(){
    var t=document.getElementById(b.getAttribute('data-copy')).innerText;
    navigator.clipboard.writeText(t).then(function(){b.textContent='Copied';});
  });
});
"""


def _item(item: PreviewItem) -> str:
    d = item.draft
    rendered = d.rendered or {}
    state = "skipped" if d.status == "skipped" else d.verdict.decision
    label = state.upper()
    if state == "allow" and rendered.get("error"):  # allowed, but the send will fail
        state, label = "refuse", "CANNOT SEND"
    out = [f'<section class="card {state}" id="{escape(d.id)}">',
           f'<span class="badge">{escape(label)}</span>',
           f"<h2>{escape(d.id)} · {escape(item.contact.name or '(no name)')}</h2>",
           f'<p class="meta">{escape(d.channel)} {escape(d.kind)} · {escape(d.mode)} · to '
           f"{escape(d.recipient.display or d.recipient.key)}</p>"]
    if item.last_reached:
        said = item.last_reached[0].upper() + item.last_reached[1:]
        out.append(f'<p class="meta">{escape(said)}</p>')
    subject = rendered.get("subject") or d.subject
    if subject:
        out.append(f"<p><b>Subject:</b> {escape(subject)}</p>")
    out.append(f'<pre id="text-{escape(d.id)}">{escape(rendered.get("text") or d.text)}</pre>')
    if state == "allow":  # nothing to copy or open for a message that must not go out
        out.append(f'<button data-copy="text-{escape(d.id)}">Copy text</button>')
        if rendered.get("link"):
            out.append(f' <a href="{escape(rendered["link"])}" rel="noopener noreferrer" '
                       f'target="_blank">Open to send</a>')
    if rendered.get("error"):
        out.append(f'<p class="reason">✗ <b>cannot be sent</b>: {escape(rendered["error"])}</p>')
    for reason in d.verdict.reasons:
        out.append(f'<p class="reason">✗ <b>{escape(reason.code)}</b>: {escape(reason.message)}</p>')
        if reason.fix and reason.fix not in reason.message:
            out.append(f'<p class="fix">Fix: {escape(reason.fix)}</p>')
    for warning in d.verdict.warnings:
        out.append(f'<p class="warning">! <b>{escape(warning.code)}</b>: {escape(warning.message)}</p>')
    if d.verdict.allowed and d.verdict.evidence:
        out.append(f'<p class="evidence">✓ specific detail: {escape(", ".join(d.verdict.evidence))}</p>')
    out.append("</section>")
    return "\n".join(out)


def page(title: str, body: list[str]) -> str:
    """A self-contained page: inline style and script, and a CSP that forbids loading more."""
    return "\n".join([
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>", *body, f"<script>{SCRIPT}</script></body></html>",
    ])


def render_html(preview: Preview) -> str:
    counts = preview.counts
    plan = f"plan {preview.plan_id}" if preview.plan_id else "dry run (not saved)"
    parts = [
        f'<p class="meta">{counts["drafts"]} messages: {counts["allow"]} allowed, '
        f'{counts["refuse"]} refused{", dry run: nothing sent or saved" if preview.dry_run else ""}.</p>',
    ]
    for problem in preview.problems:
        parts.append(f'<p class="warning">Before sending: {escape(problem)}</p>')
    parts += [_item(item) for item in preview.items]
    if preview.skipped:
        parts.append("<h2>Left out</h2><ul>")
        parts += [f"<li>{escape(s.name or str(s.contact_id))} ({escape(s.step)}): "
                  f"{escape(s.reason)}</li>" for s in preview.skipped]
        parts.append("</ul>")
    return page(f"{preview.campaign} · {plan}", parts)
