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


@hookimpl
def outreach_normalize_identity(platform, value):
    """X accounts: numeric id as the key, else ``@handle``; also claims x.com/twitter.com URLs."""
    if platform not in ("twitter", "x", "url"):
        return None
    from orchestrator.errors import InputError

    from .identity import identity_from_text

    if platform == "url" and not _is_x_url(value):
        return None
    try:
        return identity_from_text(value)
    except InputError:
        if platform == "url":
            return None
        raise


def _is_x_url(value: str) -> bool:
    from urllib.parse import urlsplit

    host = urlsplit(value if "://" in value else "https://" + value).hostname or ""
    return host.removeprefix("www.") in {"x.com", "twitter.com", "mobile.twitter.com",
                                         "mobile.x.com"}
