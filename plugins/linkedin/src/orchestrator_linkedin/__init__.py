"""The LinkedIn channel plugin: your network in from LinkedIn's data export, notes out by hand.

Registered through the entry point ``linkedin`` in group ``orchestrator``, exactly like a
third-party plugin. Hook implementations import their modules lazily: this file runs on
every ``outreach`` start-up.
"""

from orchestrator import hookimpl


@hookimpl
def outreach_register_channels(registry):
    from .channel import LinkedInChannel

    registry.add(LinkedInChannel())


@hookimpl
def outreach_policy_phrases(channel):
    if channel == "linkedin":
        from .manifest import DEFAULT_PHRASES

        return DEFAULT_PHRASES
    return None
