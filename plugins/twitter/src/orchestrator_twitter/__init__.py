"""The twitter channel plugin for outreach-orchestrator (registered through its entry point)."""
