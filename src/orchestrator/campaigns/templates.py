"""Template rendering in Jinja2's sandbox with StrictUndefined.

Campaign files are plain text a user may have copied from anywhere, so templates render in
:class:`~jinja2.sandbox.SandboxedEnvironment` (no attribute tricks reach Python internals)
and an undefined variable is an error naming the template and line, never an empty string
quietly sent to someone. Templates can ``include`` files from the campaigns folder only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import CampaignError
from ..model import Contact

CONTACT_FIELDS = ("first_name", "last_name", "name", "company", "title", "headline", "notes",
                  "location", "interests", "tags")


def make_environment(root: Path | None = None) -> SandboxedEnvironment:
    loader = jinja2.FileSystemLoader(str(root)) if root else None
    return SandboxedEnvironment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text messages; the HTML preview escapes on its own
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def contact_vars(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in CONTACT_FIELDS}


class StepTemplates:
    """A step's compiled subject and body, rendered per contact."""

    def __init__(self, env: SandboxedEnvironment, body: str, body_name: str,
                 subject: str | None) -> None:
        self.body_name = body_name
        self.body = self._compile(env, body, body_name)
        self.subject = self._compile(env, subject, f"{body_name} (subject)") if subject else None

    @staticmethod
    def _compile(env, source: str, name: str) -> jinja2.Template:
        try:
            return env.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise CampaignError(f"{name}:{exc.lineno}: template syntax error: {exc.message}") from exc

    def render(self, variables: Mapping[str, Any]) -> tuple[str | None, str]:
        subject = self._render(self.subject, variables, f"{self.body_name} (subject)")
        body = self._render(self.body, variables, self.body_name)
        if subject is not None:
            subject = " ".join(subject.split())
        return subject, body.strip()

    @staticmethod
    def _render(template, variables, name: str) -> str | None:
        if template is None:
            return None
        try:
            return template.render(**variables)
        except jinja2.UndefinedError as exc:
            raise CampaignError(
                f"{name}: {exc.message}",
                "Template variables are contact, sender, personal_note and campaign; "
                "see `outreach campaigns show`.") from exc
        except jinja2.exceptions.SecurityError as exc:
            raise CampaignError(f"{name}: not allowed in a template: {exc}") from exc
        except jinja2.TemplateError as exc:
            raise CampaignError(f"{name}: {exc}") from exc
