"""`marsad article`: read reports and show the article separated from the page."""

from __future__ import annotations

import sys

import click

from marsad.commands.common import input_options, run_documents
from marsad.document import Document
from marsad.options import Options
from marsad.render import to_json, to_text


@click.command()
@input_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="json: one object per document per line; text: a readable view.",
)
def article(inputs: list[str], options: Options, fmt: str) -> None:
    """Read INPUTS (files, folders, .gz, WARC, JSONL, - for stdin) and print each article."""
    out = sys.stdout
    bidi = fmt == "text" and out.isatty()

    def show(doc: Document) -> None:
        click.echo(to_json(doc) if fmt == "json" else to_text(doc, bidi=bidi), file=out)

    sys.exit(run_documents(inputs, options, show, stdin=sys.stdin.buffer))
