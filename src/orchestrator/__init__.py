"""outreach-orchestrator: personal outreach across LinkedIn, X and email.

Plugins import :data:`hookimpl` from here to mark their hook implementations::

    from orchestrator import hookimpl

    @hookimpl
    def outreach_register_channels(registry):
        registry.add(MyChannel())
"""

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("orchestrator")

__all__ = ["__version__", "hookimpl"]
