"""`marsad article`: read reports and show the article separated from the page."""

from __future__ import annotations

import sys
from datetime import date

import click

from marsad.commands.common import parse_date, run_documents
from marsad.document import Document
from marsad.options import DEFAULT_MAX_BYTES, Options
from marsad.render import to_json, to_text


@click.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="json: one object per document per line; text: a readable view.",
)
@click.option(
    "--published",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date of the reports (overrides what they say).",
)
@click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip inputs or records larger than this.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal)."
)
def article(
    inputs: tuple[str, ...], fmt: str, published: date | None, max_bytes: int, progress: bool | None
) -> None:
    """Read INPUTS (files, folders, .gz, WARC, JSONL, - for stdin) and print each article."""
    if not inputs and sys.stdin.isatty():
        raise click.UsageError("give INPUTS, or - to read standard input")
    options = Options(published=published, max_bytes=max_bytes, progress=progress)
    out = sys.stdout
    bidi = fmt == "text" and out.isatty()

    def show(doc: Document) -> None:
        click.echo(to_json(doc) if fmt == "json" else to_text(doc, bidi=bidi), file=out)

    stdin = sys.stdin.buffer
    sys.exit(run_documents(list(inputs) or ["-"], options, show, stdin=stdin))
