"""The X (Twitter) channel plugin: followers in, personal DMs out, within X's rules.

Registered through the entry point ``twitter`` in group ``orchestrator``, exactly like a
third-party plugin. Hook implementations import their modules lazily: this file runs on
every ``outreach`` start-up.
"""

from orchestrator import hookimpl


@hookimpl
def outreach_register_channels(registry):
    from .channel import TwitterChannel

    registry.add(TwitterChannel())


@hookimpl
def outreach_policy_phrases(channel):
    if channel == "twitter":
        from .manifest import DEFAULT_PHRASES

        return DEFAULT_PHRASES
    return None
