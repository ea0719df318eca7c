"""`marsad extract` (events out of reports) and `marsad eval` (extract a corpus, then score it)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO

import click

from marsad.commands.common import input_options, run_documents
from marsad.document import Document
from marsad.events import extract_batch, warm_up
from marsad.export import FORMATS, header, render
from marsad.options import Options


def extract_to(inputs: list[str], options: Options, fmt: str, out: IO[str]) -> int:
    """Extract events from every input and write them to `out`; returns the exit code."""
    head = header(fmt)
    if head is not None:
        click.echo(head, file=out)

    def handle(doc: Document) -> None:
        for ev in doc.events:
            click.echo(render(ev, fmt), file=out)

    warm_up()
    return run_documents(
        inputs, options, handle, work=lambda docs: extract_batch(docs, options), stdin=sys.stdin.buffer
    )


@click.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one event per line (the evaluation contract); table: aligned summary; csv.")
def extract(inputs: list[str], options: Options, fmt: str) -> None:
    """Print the events found in INPUTS (files, folders, JSONL corpora, WARC, '-' for stdin), one per line."""
    sys.exit(extract_to(inputs, options, fmt, sys.stdout))


def score_script(gold_dir: Path) -> Path:
    """The scorer for a gold set: score.py beside the gold folder or up to two levels above it
    (the kit's layout is KIT/score.py with KIT/dev/gold/); else the kit's own scorer in a
    `shared/eval/` beside any folder above (a set kept in the repository, scored by the kit)."""
    gold_dir = gold_dir.resolve()
    for folder in (gold_dir.parent, gold_dir, gold_dir.parent.parent):
        candidate = folder / "score.py"
        if candidate.is_file():
            return candidate
    for folder in gold_dir.parents:
        candidate = folder.parent / "shared" / "eval" / "score.py"
        if candidate.is_file():
            return candidate
    raise click.UsageError(f"no score.py beside {gold_dir}; name one with --scorer")


@click.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scorer's JSON instead of its text report.")
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Also keep the extracted events in this file.")
@click.option("--per-doc", is_flag=True, help="Also list tp/fp/fn per document.")
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The kit's score.py, when it is not beside GOLD_DIR.")
def eval_(gold_dir: Path, corpus: Path, as_json: bool, predictions: Path | None, per_doc: bool,
          scorer: Path | None) -> None:
    """Extract events from CORPUS (JSONL) and score them against GOLD_DIR with the kit's score.py."""
    scorer = scorer or score_script(gold_dir)
    with tempfile.TemporaryDirectory() as tmp:
        pred = predictions or Path(tmp) / "predictions.jsonl"
        with open(pred, "w", encoding="utf-8") as out:
            code = extract_to([str(corpus)], Options(progress=False), "jsonl", out)
        if code:
            sys.exit(code)
        cmd = [sys.executable, str(scorer), str(gold_dir), str(pred)]
        cmd += ["--json"] if as_json else []
        cmd += ["--per-doc"] if per_doc else []
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    click.echo(result.stdout, nl=False)
    if result.stderr:
        click.echo(result.stderr, nl=False, err=True)
    sys.exit(result.returncode)
