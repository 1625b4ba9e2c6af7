"""The weekly review as a local web page (``outreach review --web``).

Flask and waitress are imported only by that command (see :mod:`.server`).
"""
