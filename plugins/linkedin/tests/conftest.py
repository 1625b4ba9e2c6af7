"""Makes this folder's helper module (``linkedin_export_builder``) importable by the tests.

The suite runs with ``--import-mode=importlib``, which leaves test folders off ``sys.path``;
the helper is a plain module next to the tests, so its folder is added here, once.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.append(_HERE)
