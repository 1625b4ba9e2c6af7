"""Build hook: regular installs compile the customization policy with Cython.

The policy (``orchestrator.policy.customization``) is plain Python and runs as such. Built
by Cython, the same source checks drafts with 20-25% less CPU and the same verdicts
byte for byte, so ``pip install .`` and wheels ship it compiled. Everything else about the
package is in pyproject.toml.

Never compiled:

* editable installs (``pip install -e .``, ``make install``): they run the source as it is
  edited, so a stale build can never shadow a changed module;
* with ``OUTREACH_PURE_PYTHON=1`` in the environment of the install;
* where compiling fails (no C compiler, no Cython): the install goes on with the pure
  Python package and says so.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).parent
POLICY = ROOT / "src" / "orchestrator" / "policy" / "customization"
# Not worth a compiled copy: the package marker, word lists that are data, and the driver
# of the worker processes (it waits on its children).
NOT_COMPILED = {"__init__", "lexicon", "gloss", "gloss_fields", "gloss_commerce", "gloss_things",
                "gloss_domains", "gloss_care", "common_long", "parallel"}


# No debug symbols (gcc, clang): they make each module several times larger (details: 1.1
# MB without, 6.2 MB with) and the build slower, for C nobody steps through.
FLAGS = [] if sys.platform == "win32" else ["-g0"]


def policy_extensions() -> list[Extension]:
    return [Extension(f"orchestrator.policy.customization.{path.stem}",
                      [str(path.relative_to(ROOT))], optional=True, extra_compile_args=FLAGS)
            for path in sorted(POLICY.glob("*.py")) if path.stem not in NOT_COMPILED]


class CompilePolicy(build_ext):
    """Cythonizes the policy's modules, in a regular build only (see the module)."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        if self.editable_mode or os.environ.get("OUTREACH_PURE_PYTHON") == "1":
            return
        try:
            from Cython.Build import cythonize

            # annotation_typing off: the annotations document, they never reject an
            # argument the pure-Python module would take. language_level 3: the source's.
            translated = cythonize(
                self.extensions, nthreads=self.parallel, quiet=True,
                build_dir=os.path.join(self.build_temp, "cython"),
                compiler_directives={"language_level": 3, "annotation_typing": False})
            for extension, c_source in zip(self.extensions, translated):
                extension.sources = c_source.sources  # the .c files, on the finalized list
        except Exception as error:  # noqa: BLE001 - any failure leaves the pure package
            print(f"warning: the policy is installed as pure Python ({error})")
            self._drop_stale()
            return
        super().run()  # each extension is optional: one that fails to build stays Python

    def _drop_stale(self) -> None:
        """Remove what an earlier build of the policy left in the build folder: installed
        beside the new sources, a stale module would shadow them."""
        for extension in self.extensions:
            stale = os.path.join(self.build_lib, self.get_ext_filename(extension.name))
            if os.path.exists(stale):
                os.remove(stale)


setup(ext_modules=policy_extensions(), cmdclass={"build_ext": CompilePolicy})
