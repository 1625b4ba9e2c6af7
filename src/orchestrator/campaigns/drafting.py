"""Each draft is built in one place: template variables, text, and the message a channel sees.

The planner, review and the delivery runner all build drafts through this module, from the
step snapshot stored with the plan (:class:`~orchestrator.model.StepSnapshot`). So a draft
reviewed on Tuesday renders with exactly the variables it was planned with on Monday - the
campaign's description included - and the runner hands the channel the same
:class:`~orchestrator.channels.OutboundMessage` the preview showed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..channels import OutboundMessage
from ..errors import CampaignError
from ..model import Campaign, Contact, Draft, StepSnapshot

if TYPE_CHECKING:  # Jinja2 loads when a draft is rendered: preview and send only read them
    from .templates import StepTemplates


def snapshot_steps(campaign: Campaign) -> list[StepSnapshot]:
    """The campaign's steps as the plan stores them."""
    cooldown = campaign.audience.cooldown
    return [StepSnapshot(key=s.key, channel=s.channel, kind=s.kind, label=s.label,
                         template=s.template, template_name=s.template_name, subject=s.subject,
                         campaign_description=campaign.description,
                         cooldown=(cooldown.total_seconds() if cooldown and s.after is None
                                   and s.when is None else None))
            for s in campaign.steps]


class DraftBuilder:
    """Renders the steps of one plan for any number of people, each template compiled once."""

    def __init__(self, campaigns_dir: Path | None, campaign: str, steps: Iterable[StepSnapshot],
                 sender: Mapping[str, str]) -> None:
        from .templates import contact_vars, make_environment

        self._env = make_environment(campaigns_dir)
        self._contact_vars = contact_vars
        self.campaign = campaign
        self.steps = {step.key: step for step in steps}
        self.sender = dict(sender)
        self._compiled: dict[str, StepTemplates] = {}
        self._fields: dict[str, frozenset[str] | None] = {}

    def variables(self, step: StepSnapshot, contact: Contact, personal_note: str) -> dict[str, Any]:
        """What a template sees (documented in the README: contact, sender, campaign, note)."""
        return {
            "contact": self._contact_vars(contact),
            "sender": self.sender,
            "personal_note": personal_note,
            "campaign": {"name": self.campaign, "description": step.campaign_description},
        }

    def render(self, step_key: str, contact: Contact, personal_note: str) -> tuple[str | None, str]:
        """``(subject, text)`` of the step for this person and note."""
        step = self.steps[step_key]
        templates = self._compiled.get(step_key)
        if templates is None:
            from .templates import StepTemplates

            templates = StepTemplates(self._env, step.template, step.template_name, step.subject)
            self._compiled[step_key] = templates
            self._fields[step_key] = contact_fields_used(self._env,
                                                         (step.template, step.subject))
        variables = self.variables(step, contact, personal_note)
        rendered = templates.render(variables, whom=f"contact {contact.id}")
        blank = _blank_fields(templates, variables, f"contact {contact.id}",
                              self._fields[step_key])
        if blank:
            raise _blank_error(step.template_name, contact, blank)
        return rendered


# --- a contact field the template writes, empty for this person (issue 13.7) -------------
# "Hi {{ contact.first_name }}," for someone without a first name renders "Hi ,", which
# no undefined-variable check catches. Rendering again with each empty field replaced by a
# marker that is still falsy ({% if %}, `or`, |default(..., true) see it as empty) shows
# which empty fields reach the text; such a draft is a render error asking for the value.

class _Blank(str):
    __slots__ = ()
    __hash__ = str.__hash__

    def __bool__(self) -> bool:
        return False

    def __len__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return other == ""

    def __ne__(self, other: object) -> bool:
        return other != ""


def _marker(field: str) -> str:
    return f"\ue000{field}\ue001"


def contact_fields_used(env, sources: Iterable[str | None]) -> frozenset[str] | None:
    """The ``contact`` fields the templates name (``contact.company``,
    ``contact["company"]``), or ``None`` when that cannot be told from the text: ``contact``
    used any other way (passed on, looped over, re-assigned) or another template included,
    imported or extended. Only a field named here can be written, so the blank-field check
    renders again only for those (it rendered every draft twice: most people have some
    field empty)."""
    from jinja2 import nodes

    used: set[str] = set()
    for source in sources:
        if not source:
            continue
        try:
            tree = env.parse(source)
        except Exception:
            return None  # compiling reports it
        if any(True for _ in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport,
                                            nodes.Extends))):
            return None
        named: set[int] = set()
        for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
            if not (isinstance(node.node, nodes.Name) and node.node.name == "contact"):
                continue
            if isinstance(node, nodes.Getattr):
                used.add(node.attr)
            elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                used.add(node.arg.value)
            else:
                return None
            named.add(id(node.node))
        if any(n.name == "contact" and id(n) not in named for n in tree.find_all(nodes.Name)):
            return None
    return frozenset(used)


def _blank_fields(templates: StepTemplates, variables: dict[str, Any], whom: str,
                  used: frozenset[str] | None = None) -> list[str]:
    person = variables["contact"]
    if used is not None and not used <= person.keys():
        used = None  # a method (contact.items(), contact.get(...)) can reach any field
    empty = [k for k, v in person.items() if isinstance(v, str) and not v.strip()
             and (used is None or k in used)]
    if not empty:
        return []
    marked = {**person, **{k: _Blank(_marker(k)) for k in empty}}
    subject, body = templates.render({**variables, "contact": marked}, whom=whom)
    written = f"{subject or ''}\n{body}"
    return [k for k in empty if _marker(k) in written]


def _blank_error(template: str, contact: Contact, fields: list[str]) -> CampaignError:
    who = next((i.display or i.key for i in contact.identities), "") or "this person"
    names = " and ".join(f"contact.{f}" for f in fields)
    return CampaignError(
        f"{template} (contact {contact.id}, {who}): the template writes {names}, which is "
        "empty for this person",
        f"Add it (`outreach import csv` a file with their {fields[0].replace('_', ' ')} and "
        "email or handle), leave them out of the audience, or write "
        f"{{% if contact.{fields[0]} %}}...{{% endif %}} in the template.")


def outbound_message(draft: Draft, contact: Contact) -> OutboundMessage:
    """The message a channel renders, delivers or exports for ``draft``."""
    return OutboundMessage(
        draft_id=draft.id, idempotency_key=draft.idempotency_key, channel=draft.channel,
        kind=draft.kind, mode=draft.mode, recipient=draft.recipient, contact=contact,
        subject=draft.subject, text=draft.text, campaign=draft.campaign)


def channel_view(channel, draft: Draft, contact: Contact, settings: Mapping[str, Any]) -> dict:
    """What the channel will really send or show (footer, compose link), for the preview.

    A channel that cannot build the message does not stop the plan: the error is kept and
    shown (the runner's readiness check refuses to send such a channel).
    """
    try:
        rendered = channel.render(outbound_message(draft, contact), settings)
    except Exception as exc:
        return {"text": draft.text, "subject": draft.subject, "error": str(exc)}
    return {"text": rendered.text, "subject": rendered.subject, "link": rendered.link,
            "instructions": rendered.instructions,
            "headers": [list(h) for h in rendered.headers]}


def refresh_views(app, drafts: Iterable[Draft],
                  contacts: Mapping[int, Contact] | None = None) -> None:
    """Render each draft again as its channel would build it now - the contact as the ledger
    has them now, the settings as they are now - so a preview shows the problem the send
    will hit (a name the email headers refuse), not the state at planning. ``contacts``:
    each draft's contact id to its current contact (loaded here when not given)."""
    drafts = list(drafts)
    if contacts is None:
        contacts = app.ledger.contacts.current_of({d.contact_id for d in drafts})
    channels: dict[str, tuple[Any, Mapping[str, Any]] | None] = {}  # settings read once
    for draft in drafts:
        contact = contacts.get(draft.contact_id)
        if draft.channel not in channels:
            try:
                channel = app.plugins.channel(draft.channel)
            except Exception:  # a blocked or missing plugin: keep what planning rendered
                channels[draft.channel] = None
            else:  # settings errors (ConfigError) stop the preview, as they always did
                channels[draft.channel] = (channel, app.settings(draft.channel))
        entry = channels[draft.channel]
        if entry is not None and contact is not None:
            draft.rendered = channel_view(entry[0], draft, contact, entry[1])
