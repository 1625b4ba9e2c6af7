"""Contacts: importers shipped with the core, identity normalization, and the import pipeline."""
