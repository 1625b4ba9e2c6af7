"""The email channel plugin for outreach-orchestrator (registered through its entry point)."""
