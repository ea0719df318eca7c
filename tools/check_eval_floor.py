#!/usr/bin/env python3
"""CI gate: re-run the dev-set evaluation and fail if event F1 fell below the recorded figure.

The recorded figure is the line "strict ... F1 X.XXX" in docs/evaluation.md; the run fails
when today's dev strict F1 is more than 0.02 below it. The gold lives outside the repository
(../shared/eval/ beside the checkout); without it the check is skipped, not failed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DOC = ROOT / "docs" / "evaluation.md"
TOLERANCE = 0.02
_RECORDED = re.compile(r"^strict\s+P\s+[0-9.]+\s+R\s+[0-9.]+\s+F1\s+([0-9.]+)", re.MULTILINE)


def recorded_f1(text: str) -> float:
    """The dev strict F1 recorded in docs/evaluation.md (the scorer's own output line)."""
    m = _RECORDED.search(text)
    if m is None:
        raise SystemExit(f"check_eval_floor: no 'strict ... F1' line in {DOC}")
    return float(m.group(1))


def current_f1(gold: Path, corpus: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-m", "marsad", "eval", str(gold), str(corpus), "--json"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    if out.returncode != 0:
        raise SystemExit(f"check_eval_floor: marsad eval failed ({out.returncode}):\n{out.stderr}")
    return float(json.loads(out.stdout)["strict"]["f1"])


def main() -> int:
    gold, corpus = EVAL / "dev" / "gold", EVAL / "dev" / "corpus.jsonl"
    if not gold.is_dir() or not corpus.is_file():
        print(f"check_eval_floor: skipped, no evaluation kit at {EVAL}")
        return 0
    floor = recorded_f1(DOC.read_text(encoding="utf-8"))
    now = current_f1(gold, corpus)
    verdict = "ok" if now >= floor - TOLERANCE else "FAILED"
    print(f"check_eval_floor: dev strict F1 {now:.3f}, recorded {floor:.3f}, "
          f"tolerance {TOLERANCE}: {verdict}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
