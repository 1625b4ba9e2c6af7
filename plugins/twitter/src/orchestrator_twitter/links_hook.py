"""Identity links from X profiles: the LinkedIn profile or email address a person published.

People often write their email address or LinkedIn URL in their X bio or website field.
:func:`propose_links` (the ``outreach_propose_links`` hook) reads what the ledger keeps of
an X profile - the bio as the contact's ``headline``, and the website as a ``web`` identity
the sync attached - and proposes those identities with the sentence that proves them. The
core decides what happens: an identity nobody owns is attached to the contact; one that
belongs to another contact becomes a merge proposal for ``outreach contacts links``.

The website is kept (:func:`website_identity`, put into the sync's record) only when no
contact owns it yet: two followers listing the same company site are not one person, so a
shared site is neither attached nor proposed as a merge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orchestrator.api import Contact, Identity, InputError, LinkProposal

from .identity import PLATFORM, find_link_evidence

if TYPE_CHECKING:
    from orchestrator.api import PluginContext

WEBSITE_SOURCE = "twitter"
# find_link_evidence names platforms; the core's identity hook classifies the raw value
# ("url" lets the LinkedIn plugin claim a profile URL, or the core keep it as a web address).
_RAW_PLATFORM = {"linkedin": "url", "email": "email"}


def _who(contact: Contact) -> str:
    ids = [i for i in contact.identities if i.platform == PLATFORM]
    ids.sort(key=lambda i: not i.key.isdigit())
    return (ids[0].display or ids[0].key) if ids else ""


def propose_links(contact: Contact) -> list[LinkProposal]:
    """LinkedIn and email identities found in the X bio and website of ``contact``."""
    who = _who(contact)
    if not who or contact.id is None:
        return []
    websites = [i.display or i.key for i in contact.identities
                if i.platform == "web" and i.source == WEBSITE_SOURCE]
    found = find_link_evidence(description=contact.headline, url=" ".join(websites), who=who)
    return [LinkProposal(Identity(_RAW_PLATFORM[f.platform], f.value), f.evidence)
            for f in found if f.platform in _RAW_PLATFORM]


def website_identity(context: "PluginContext", url: str, who: str,
                     taken: set[tuple[str, str]]) -> Identity | None:
    """The X profile's website as an identity to import with the profile, if nobody has it.

    ``None`` when it is no web address, when a contact owns it already (this one, or
    someone else: a shared company site), or when it is in ``taken`` - the websites already
    given to an earlier record of the same import, which would otherwise merge the two
    people. Call inside the import's transaction; the key is added to ``taken``.
    """
    if not url:
        return None
    try:
        found = context.normalize_identity("web", url)
    except InputError:
        return None  # not a web address we can keep; nothing to prove with it
    marker = (found.platform, found.key)
    if marker in taken or context.find_contact(found.platform, found.key) is not None:
        return None
    taken.add(marker)
    evidence = f"The X profile of {who} lists {url} as its website."
    return Identity(found.platform, found.key, found.display, WEBSITE_SOURCE, evidence)
