"""The optional compiled build (setup.py) covers the modules that run once per report.

A per-report module left out of setup.py's COMPILED list would silently run as
Python in the compiled build; a name in the list that no longer exists would break
the build. CI builds it and runs the whole suite against it (.ci/run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "marsad"
# Run once per process or per command, not per report: nothing to gain from compiling.
NOT_PER_REPORT = {"__init__", "__main__", "cli", "options", "render", "latin_dates"}


def _compiled_list() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        if any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError("setup.py has no COMPILED list")


def test_every_compiled_name_is_a_module() -> None:
    missing = [name for name in _compiled_list() if not (PACKAGE / f"{name}.py").is_file()]
    assert missing == []


def test_every_per_report_module_is_compiled() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    left_out = modules - set(_compiled_list()) - NOT_PER_REPORT
    assert left_out == set(), f"add these to setup.py COMPILED or to NOT_PER_REPORT: {sorted(left_out)}"


def test_hand_written_inits_match_the_fields() -> None:
    """Classes with an __init__ written out for the compiled build (see marsad.document) must take
    exactly their dataclass fields, in order, with the same defaults: a field added later and
    forgotten in __init__ would otherwise be silently missing."""
    import dataclasses
    import inspect

    from marsad import document, numbers, places

    if not document.__file__ or not document.__file__.endswith(".py"):
        pytest.skip("a compiled build keeps no Python signatures; the source is checked in the pure run")
    checked = 0
    for module in (document, numbers, places):
        for cls in vars(module).values():
            ours = inspect.isclass(cls) and cls.__module__ == module.__name__
            if not (ours and dataclasses.is_dataclass(cls)):
                continue
            if "__create_fn__" in getattr(cls.__init__, "__qualname__", "") or "__init__" not in vars(cls):
                continue
            params = list(inspect.signature(cls.__init__).parameters.values())[1:]
            fields = [f for f in dataclasses.fields(cls) if f.init]
            assert [p.name for p in params] == [f.name for f in fields], cls.__name__
            for p, f in zip(params, fields, strict=True):
                default = f.default if f.default is not dataclasses.MISSING else inspect.Parameter.empty
                if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
                    continue  # written as None -> a new object in __init__
                assert p.default == default, f"{cls.__name__}.{f.name}"
            checked += 1
    assert checked >= 8
