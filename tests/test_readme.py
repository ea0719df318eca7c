"""The README's quick start stays true: its commands run, and CI runs its test command."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from marsad.cli import main

ROOT = Path(__file__).resolve().parent.parent


def quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the quick start has a sh code block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_is_exactly_two_commands() -> None:
    assert len(quick_start()) == 2


def test_first_command_installs_and_extracts_the_bundled_sample() -> None:
    first = quick_start()[0]
    assert "pip install" in first
    marsad_part = first.split("&&")[-1].strip()
    argv = shlex.split(marsad_part)
    assert argv[0].endswith("marsad")
    sample = ROOT / argv[2]
    assert sample.is_file()
    result = CliRunner().invoke(main, [*argv[1:2], str(sample), *argv[3:]])
    assert result.exit_code == 0, result.output
    assert "defection" in result.stdout and "missing_personnel" in result.stdout
    # The same run as JSON lines carries evidence that is a span of the sample.
    text = sample.read_text(encoding="utf-8")
    as_json = CliRunner().invoke(main, ["extract", str(sample), "--published", "2021-03-15"])
    events = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert events
    for event in events:
        assert text[event["evidence_start"] : event["evidence_end"]] == event["evidence"]


def test_ci_runs_the_readme_test_command() -> None:
    test_command = quick_start()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
