"""``outreach campaigns check``: find a campaign's mistakes before any real person is in it.

Each campaign file is loaded, each step validated against its channel's manifest (the
planner's :func:`~orchestrator.campaigns.planner.validate_step`: the kind exists, the mode
is allowed, a subject where the kind needs one), and every step's subject and body rendered
in the same sandbox as planning, against a sample person with every template field filled,
once with a sample personal note and once without (as at planning, before review). Template
syntax errors, undefined variables and sandbox violations are reported with their file and
line, as is a template whose fixed text alone is longer than the channel allows.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from attrs import define, field

from ..errors import EXIT_PLUGIN, CampaignError, OutreachError
from ..model import Campaign, Step
from .templates import CONTACT_FIELDS, LIMITS_HINT, TemplateLimitError, make_environment

if TYPE_CHECKING:
    from ..app import App

SAMPLE_CONTACT: dict[str, Any] = {
    "first_name": "Ada",
    "last_name": "Sample",
    "name": "Ada Sample",
    "company": "Example Analytics",
    "title": "Head of Data",
    "headline": "Head of Data at Example Analytics",
    "notes": "Met at the Lisbon data meetup; asked about forecasting fresh produce.",
    "location": "Lisbon",
    "interests": ["demand forecasting", "cold chain"],
    "tags": ["met", "focus"],
}
SAMPLE_NOTE = ("Your question at the Lisbon data meetup about forecasting fresh produce has "
               "stayed with me.")


@define
class Problem:
    """One thing wrong, where it is: ``file:line: message``."""

    file: str
    message: str
    line: int | None = None
    step: str | None = None
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        step = f" ({self.step})" if self.step else ""
        return f"{where}{step}: {self.message}"

    def as_json(self) -> dict:
        return {"file": self.file, "line": self.line, "step": self.step,
                "message": self.message, "hint": self.hint}


@define
class CampaignCheck:
    name: str
    path: str
    steps: int = 0
    problems: list[Problem] = field(factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict:
        return {"name": self.name, "path": self.path, "ok": self.ok, "steps": self.steps,
                "problems": [p.as_json() for p in self.problems]}


def sample_contact() -> dict[str, Any]:
    """The fictional person templates are rendered for: every contact field filled."""
    return {name: SAMPLE_CONTACT.get(name, f"sample {name.replace('_', ' ')}")
            for name in CONTACT_FIELDS}


def sample_variables(app: "App", campaign: Campaign, personal_note: str) -> dict[str, Any]:
    """Template variables as the planner gives them, for the sample person."""
    return {
        "contact": sample_contact(),
        "sender": app.workspace.sender,
        "personal_note": personal_note,
        "campaign": {"name": campaign.name, "description": campaign.description},
    }


def _toml_line(message: str) -> int | None:
    match = re.search(r"at line (\d+)", message)
    return int(match.group(1)) if match else None


def _step_lines(path: Path) -> list[tuple[int, int | None]]:
    """For each ``[[steps]]`` table of the campaign file, in order: the line of its header
    and the file line of the first line of its inline ``body`` (``None`` without one)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    found: list[tuple[int, int | None]] = []
    in_step = False
    for number, text in enumerate(lines, start=1):
        if re.match(r"\s*\[\[\s*steps\s*\]\]", text):
            found.append((number, None))
            in_step = True
        elif re.match(r"\s*\[", text):
            in_step = False  # another table: the step's keys are over
        elif in_step and found[-1][1] is None:
            body = re.match(r"\s*body\s*=\s*(\"\"\"|\'\'\')?(.*)$", text)
            if body:
                # A newline right after the opening """ is not part of the string (TOML).
                starts_below = body.group(1) and not body.group(2).strip()
                found[-1] = (found[-1][0], number + 1 if starts_below else number)
    return found


def _strip_path(message: str, path: str) -> str:
    for prefix in (path, str(Path(path).resolve())):
        if message.startswith(prefix):
            return message[len(prefix):].lstrip(" :")
    return message


def _template_location(exc: BaseException, default_file: str) -> tuple[str, int | None]:
    """The template file and line where rendering failed (Jinja rewrites the traceback so
    its frames carry template names and lines)."""
    file, line = default_file, getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename == "<template>":
            file, line = default_file, tb.tb_lineno
        elif filename.endswith((".j2", ".jinja", ".jinja2", ".txt", ".html", ".md")):
            file, line = filename, tb.tb_lineno
        tb = tb.tb_next
    return file, line


class _StepChecker:
    def __init__(self, app: "App", campaign: Campaign, result: CampaignCheck) -> None:
        self.app = app
        self.campaign = campaign
        self.result = result
        self.path = Path(campaign.path)
        self.env = make_environment(app.workspace.campaigns_dir)
        self.step_lines = _step_lines(self.path)

    def add(self, step: Step, message: str, *, file: str | None = None,
            line: int | None = None, hint: str = "") -> None:
        if file is None:
            file = str(self.path)
            if line is None and step.index < len(self.step_lines):
                line = self.step_lines[step.index][0]
        problem = Problem(file=file, line=line, step=step.label, message=message, hint=hint)
        if all(str(p) != str(problem) for p in self.result.problems):
            self.result.problems.append(problem)

    def body_file(self, step: Step) -> tuple[str, str, int]:
        """(file to report, what it is, file line of the body's first line)."""
        if step.template_name.startswith(f"{self.path.name}#"):
            first = None
            if step.index < len(self.step_lines):
                first = self.step_lines[step.index][1]
            return str(self.path), "body", first or 1
        return str(self.path.parent / step.template_name), "template", 1

    def check(self, step: Step) -> None:
        from .planner import validate_step

        spec = None
        try:
            _, spec = validate_step(self.app, self.campaign, step)
        except OutreachError as exc:
            if not isinstance(exc, CampaignError) and exc.exit_code != EXIT_PLUGIN:
                raise  # a configuration problem (exit 3) is not the campaign's
            message = _strip_path(exc.message, str(self.path))
            message = re.sub(r"^step \d+:\s*", "", message)
            self.add(step, message, hint=exc.hint)
        body_file, what, first = self.body_file(step)
        body = self._compile(step, step.template, body_file, what, first)
        subject = (self._compile(step, step.subject, str(self.path), "subject", 1)
                   if step.subject else None)
        for note in (SAMPLE_NOTE, ""):
            variables = sample_variables(self.app, self.campaign, note)
            if subject is not None:
                self._render(step, subject, variables, str(self.path), "subject", 1)
            if body is None:
                continue
            text = self._render(step, body, variables, body_file, what, first)
            if (note == "" and text is not None and spec is not None and spec.max_length
                    and len(text.strip()) > spec.max_length):
                self.add(step, f"the template alone renders to {len(text.strip())} characters "
                         f"for a sample person; a {step.kind} allows {spec.max_length}",
                         file=body_file, hint="Shorten the fixed text: the personal note "
                         "needs room too.")

    def _compile(self, step: Step, source: str, file: str, what: str, first: int):
        try:
            return self.env.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            if what == "subject":
                self.add(step, f"subject syntax error: {exc.message}")
            else:
                line = first + exc.lineno - 1 if exc.lineno else None
                self.add(step, f"{what} syntax error: {exc.message}", file=file, line=line)
            return None
        except (RecursionError, MemoryError):
            self.add(step, f"{what} syntax error: nested too deeply")
            return None

    def _render(self, step: Step, template, variables: dict, file: str, what: str,
                first: int) -> str | None:
        try:
            return template.render(**variables)
        except Exception as exc:  # a filter or method may fail on the sample values too
            error = exc
        hint = ""
        if isinstance(error, jinja2.exceptions.SecurityError):
            message = f"{what}: not allowed in a template: {error}"
        elif isinstance(error, jinja2.UndefinedError):
            message = f"{what}: {error.message}"
            hint = ("Template variables are contact (" + ", ".join(CONTACT_FIELDS)
                    + "), sender, personal_note and campaign (name, description).")
        elif isinstance(error, TemplateLimitError):
            message = f"{what}: template over its limits: {error}"
            hint = LIMITS_HINT
        elif isinstance(error, jinja2.TemplateError):
            message = f"{what}: {error}"
        else:
            message = f"{what}: {type(error).__name__}: {error}"
        if what == "subject":
            self.add(step, message, hint=hint)
        else:
            where, line = _template_location(error, file)
            if where == file and line:
                line = first + line - 1
            self.add(step, message, file=where, line=line, hint=hint)
        return None


def check_campaign_file(app: "App", path: Path) -> CampaignCheck:
    """Load, validate and render one campaign file; every problem found, none raised."""
    from .loader import load_campaign

    result = CampaignCheck(name=path.stem, path=str(path))
    try:
        campaign = load_campaign(path)
    except CampaignError as exc:
        result.problems.append(Problem(file=str(path), line=_toml_line(exc.message),
                                       message=_strip_path(exc.message, str(path)),
                                       hint=exc.hint))
        return result
    result.name = campaign.name
    result.steps = len(campaign.steps)
    checker = _StepChecker(app, campaign, result)
    for step in campaign.steps:
        checker.check(step)
    return result


def check_campaigns(app: "App", name: str | None = None) -> list[CampaignCheck]:
    """Check every campaign of the workspace, or the one called ``name`` (a file stem, a
    campaign name, or a path to a ``.toml`` file); :class:`CampaignError` if there is none."""
    from .loader import campaign_files, load_campaign

    campaigns_dir = app.workspace.campaigns_dir
    if name is None:
        return [check_campaign_file(app, path) for path in campaign_files(campaigns_dir)]
    direct = Path(name)
    if direct.suffix == ".toml" and direct.is_file():
        return [check_campaign_file(app, direct)]
    candidate = campaigns_dir / f"{name}.toml"
    if candidate.is_file():
        return [check_campaign_file(app, candidate)]
    for path in campaign_files(campaigns_dir):
        try:
            if load_campaign(path).name == name:
                return [check_campaign_file(app, path)]
        except CampaignError:
            continue
    known = ", ".join(p.stem for p in campaign_files(campaigns_dir)) or "none"
    raise CampaignError(f"no campaign named {name!r} in {campaigns_dir} (campaigns: {known})",
                        "See `outreach campaigns list`.")
