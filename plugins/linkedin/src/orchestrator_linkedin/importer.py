"""``outreach import linkedin PATH``: the data export, through the core's import pipeline.

The parser (:mod:`.export`) validates the whole export first; the core then applies all
records in one transaction, so an import is all or nothing. Rows the parser left out for a
reason a user can act on (an invalid email, a person it could not identify) are reported
as warnings naming their file and line.
"""

from __future__ import annotations

from pathlib import Path

from .export import parse_export


def import_linkedin(path: Path, context):
    export = parse_export(path, owner=context.options.get("owner") or None)
    for warning in export.warnings:
        context.log(str(warning))
    return export.records
