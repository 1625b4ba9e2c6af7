"""``outreach import linkedin PATH``: the data export, through the core's import pipeline.

The parser (:mod:`.export`) validates the whole export first; the core then applies all
records in one transaction, so an import is all or nothing. Rows the parser left out for a
reason a user can act on (an invalid email, a person it could not identify) are reported
by kind (the summary counts them and shows three of each), naming their file and line.
``-o owner=`` gives your profile URL or your name when the export does not say who you are;
``--skip-invalid`` leaves out rows LinkedIn could not have written instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from .export import parse_export


def import_linkedin(path: Path, context):
    export = parse_export(path, owner=context.options.get("owner") or None,
                          skip_invalid=bool(getattr(context, "skip_invalid", False)))
    for warning in export.warnings:
        if warning.skipped:
            context.skip(str(warning), kind=warning.kind)
        else:
            context.log(str(warning), kind=warning.kind)
    return export.records
