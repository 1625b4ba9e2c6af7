"""The starter campaign ``outreach init`` writes: a small, personal, policy-compliant example.

It uses a channel that needs no credentials: a LinkedIn invitation you send by hand
(``assisted``) when the LinkedIn channel is installed, else an email written as an ``.eml``
file (``export``). Each message is a short frame around ``personal_note``, the one sentence
you write for each person in ``outreach review``; without it the policy refuses the draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

NAME = "welcome"

_HEADER = """\
# A starter campaign written by `outreach init`. Edit it, or copy it for your own.
# Check it with `outreach campaigns check {name}` (templates are rendered against a sample
# person), then `outreach plan {name}`, `outreach review PLAN` and `outreach send PLAN`.
name = "{name}"
description = "A short, personal note to people I have just met."

[audience]
# People you tagged "met": `outreach contacts tag ID met`, or `outreach import ... --tag met`.
tags = ["met"]
cooldown = "30d"                  # skip anyone you contacted within 30 days
"""

_LINKEDIN_STEP = """
# A LinkedIn invitation with a personal note. LinkedIn forbids automation: you send it by
# hand from the queue (`outreach queue`), then record it with `outreach confirm DRAFT`.
[[steps]]
name = "invitation"
channel = "linkedin"
kind = "invitation"
mode = "assisted"
template = "templates/{name}-linkedin.txt.j2"
"""

_LINKEDIN_TEMPLATE = """\
{# personal_note is the sentence you write for this person in `outreach review`: something
   only they would recognise (where you met, what they told you). A LinkedIn note has 300
   characters (200 on a free account), so the rest stays short. #}
Hi {{ contact.first_name }}, {{ personal_note }}
I'd be glad to stay in touch.
{{ sender.name }}
"""

_EMAIL_STEP = """
# An email written as an .eml file (exports/) that you send from your own mail client:
# no SMTP password needed. Add from, postal_address and unsubscribe under [email] in
# config.toml first (every message carries them).
[[steps]]
name = "email"
channel = "email"
kind = "email"
mode = "export"
subject = "{{{{ contact.first_name }}}}, good to meet you"
template = "templates/{name}-email.txt.j2"
"""

_EMAIL_TEMPLATE = """\
{# personal_note is the sentence you write for this person in `outreach review`: something
   only they would recognise (where you met, what they told you). #}
Hi {{ contact.first_name }},

{{ personal_note }}

{% if sender.headline %}
A word about me: {{ sender.headline }}. If it is ever useful, I'm happy to share what I've
learned; no pitch, just notes.
{% endif %}

Best,
{{ sender.name }}
"""


def starter_files(channels: Iterable[str], name: str = NAME) -> dict[str, str]:
    """Relative path -> text of the starter campaign for the installed ``channels``
    (empty when neither LinkedIn nor email is installed)."""
    installed = set(channels)
    if "linkedin" in installed:
        step, template, suffix = _LINKEDIN_STEP, _LINKEDIN_TEMPLATE, "linkedin"
    elif "email" in installed:
        step, template, suffix = _EMAIL_STEP, _EMAIL_TEMPLATE, "email"
    else:
        return {}
    return {
        f"{name}.toml": _HEADER.format(name=name) + step.format(name=name),
        f"templates/{name}-{suffix}.txt.j2": template,
    }


def write_starter(campaigns_dir: Path, channels: Iterable[str], name: str = NAME) -> list[Path]:
    """Write the starter campaign into ``campaigns_dir``; never overwrites a file.

    Returns the files written (none if a campaign of that name exists already).
    """
    from ..workspace import write_private

    files = starter_files(channels, name)
    targets = {campaigns_dir / relative: text for relative, text in files.items()}
    if any(path.exists() for path in targets):
        return []
    for path, text in targets.items():
        write_private(path, text, exclusive=True)
    return list(targets)
