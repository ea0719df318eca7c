"""Build hook: an optional compiled build of the stages that run once per report.

`pip install .` and the editable install of the quick start give pure Python.
`MARSAD_COMPILE=1 pip install .` translates the per-report modules to C extension
modules with mypyc (the compiler mypy ships, used by black and mypy themselves):
the same source, type-checked, about 1.4x faster end to end (docs/evaluation.md,
"Speed"). It needs a C compiler and the Python headers. Editable installs stay pure
Python on purpose: a compiled module would shadow later edits of its source.
"""

from __future__ import annotations

import os

from setuptools import setup

# Modules that run per report or per mention; the CLI, the readers' one-off set-up and
# the loaders gain nothing from compiling. tests/test_compiled_build.py keeps this list
# in step with the package.
COMPILED = [
    "normalize", "lexmatch", "document", "gazetteer", "numbers", "dates", "places", "place_context", "actors",
    "attribution", "people", "annotate", "article", "sentences", "event_cues", "frames", "roles",
    "roles_targets", "event_args", "event_scope", "event_links", "event_sides", "event_rules", "events",
    "incidents", "export",
]  # fmt: skip


def _ext_modules() -> list[object]:
    if os.environ.get("MARSAD_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify([f"src/marsad/{name}.py" for name in COMPILED], opt_level="3"))


setup(ext_modules=_ext_modules())
