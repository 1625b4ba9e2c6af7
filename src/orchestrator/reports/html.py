"""The report as one self-contained HTML page: static SVG charts (pygal), no network.

pygal is imported here only, when ``outreach report --html`` runs. Its charts are inline SVG
with no external scripts, so the page shows everything offline, under the same Content
Security Policy as the preview.
"""

from __future__ import annotations

from html import escape
from typing import Any, Callable

from ..preview.html import page

TABLE_STYLE = ("<style>table{border-collapse:collapse;margin:.5rem 0 1.5rem}"
               "th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}"
               "figure.chart{margin:1rem 0}</style>")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _chart(kind: str, title: str, labels: list[str], series: dict[str, list[Any]],
           percent: bool = False) -> str:
    import pygal
    from pygal.style import DefaultStyle

    chart_class = getattr(pygal, kind)
    chart = chart_class(js=[], disable_xml_declaration=True, title=title, height=320,
                        width=760, style=DefaultStyle, x_label_rotation=30 if len(labels) > 6
                        else 0, print_values=False, show_legend=len(series) > 1,
                        value_formatter=(lambda v: f"{v:.0f}%") if percent else str)
    chart.x_labels = labels
    if not percent:  # counts: whole-number ticks, not 0.2 messages
        top = max([max(values, default=0) for values in series.values()], default=0)
        step = max(1, -(-top // 5))
        chart.y_labels = list(range(0, top + step + 1, step))
    for name, values in series.items():
        chart.add(name, values)
    return f'<figure class="chart">{chart.render(is_unicode=True)}</figure>'


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_report_html(data: dict[str, Any],
                       link_for: Callable[[int], str | None] = lambda contact_id: None) -> str:
    """The page for ``report.as_json()``; ``link_for(contact_id)`` gives a conversation link."""
    period = f"{data['since'][:10]} to {data['until'][:10]}"
    if data.get("campaign"):
        period += f" · campaign {data['campaign']}"
    parts = [TABLE_STYLE, f'<p class="meta">{escape(period)}</p>']
    channels = data["channels"]
    sent = sum(c["sent"] for c in channels)
    replied = sum(c["replied"] for c in channels)
    parts.append(f'<p class="meta">{sent} messages sent, {replied} replied '
                 f'({_percent(replied / sent if sent else None)}).</p>')

    parts.append("<h2>Reply rate by how personal the message was</h2>")
    buckets = data["personalization"]
    parts.append(_chart("Bar", "Reply rate by personalization",
                        [b["bucket"] for b in buckets],
                        {"reply rate": [round((b["reply_rate"] or 0) * 100, 1) for b in buckets]},
                        percent=True))
    parts.append(_table(["bucket", "what it means", "sent", "replied", "reply rate"],
                        [[escape(b["bucket"]), escape(b["meaning"]), str(b["sent"]),
                          str(b["replied"]), _percent(b["reply_rate"])] for b in buckets]))

    parts.append("<h2>By channel</h2>")
    labels = [f"{c['channel']} {c['kind']}" for c in channels]
    if channels:
        parts.append(_chart("Bar", "Reply rate by channel", labels,
                            {"reply rate": [round((c["reply_rate"] or 0) * 100, 1)
                                            for c in channels]}, percent=True))
    parts.append(_table(
        ["channel", "kind", "sent", "replied", "reply rate", "accepted", "acceptance rate",
         "median hours to reply"],
        [[escape(c["channel"]), escape(c["kind"]), str(c["sent"]), str(c["replied"]),
          _percent(c["reply_rate"]), "–" if c["accepted"] is None else str(c["accepted"]),
          _percent(c["acceptance_rate"]),
          "–" if c["median_hours_to_reply"] is None else str(c["median_hours_to_reply"])]
         for c in channels]))

    parts.append("<h2>Week by week</h2>")
    weeks = data["weeks"]
    parts.append(_chart("Bar", "Weekly activity", [w["week"] for w in weeks],
                        {"messages out": [w["out"] for w in weeks],
                         "messages in": [w["in"] for w in weeks],
                         "people reached": [w["people_reached"] for w in weeks]}))

    parts.append("<h2>Campaigns</h2>")
    parts.append(_table(["campaign", "people contacted", "replied", "reply rate"],
                        [[escape(c["name"]), str(c["contacted"]), str(c["replied"]),
                          _percent(c["reply_rate"])] for c in data["campaigns"]]))

    parts.append("<h2>People who replied</h2>")
    people = data["replied_people"]
    if not people:
        parts.append("<p>Nobody yet in this period.</p>")
    items = []
    for person in people:
        name = escape(person["name"] or f"contact {person['contact_id']}")
        link = link_for(person["contact_id"])
        if link:
            name = f'<a href="{escape(link)}" rel="noopener noreferrer">{name}</a>'
        items.append(f"<li>{name} · {escape(person['channel'])} · "
                     f"{escape(person['campaign'] or 'by hand')} · "
                     f"{escape(person['replied_at'][:10])}</li>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return page("Outreach report", parts)
