"""Campaigns: plain files (TOML + Jinja2 templates) turned into plans of drafts."""
