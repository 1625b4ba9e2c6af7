"""Delivery: the outbox runner, quotas and pacing, retries - the same for every channel."""
