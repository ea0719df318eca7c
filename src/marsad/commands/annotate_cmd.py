"""`marsad annotate`: show an analyst exactly what was recognised, and why."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

import click

from marsad.annotate import annotate_batch
from marsad.commands.common import input_options, run_documents
from marsad.document import Document, Mention
from marsad.events import warm_up
from marsad.options import Options

# Terminal colours per mention type (rich styles).
STYLES = {
    "place": "bold green",
    "actor": "bold red",
    "number": "bold cyan",
    "date": "bold yellow",
    "person": "bold magenta",
    "source": "bold blue",
}


def mentions_json(doc: Document) -> str:
    return json.dumps({"id": doc.id, "mentions": [m.to_dict() for m in doc.mentions]}, ensure_ascii=False)


def _resolution(m: Mention) -> str:
    """A one-line English summary of what a mention resolved to."""
    d: dict[str, Any] = m.to_dict()
    if m.type == "place" and "name" in d:
        where = f"{d.get('kind')}, {d.get('admin1') or '-'}"
        return f"{d['name']} ({where}) {d['lat']:.4f},{d['lon']:.4f} geo-precision {d['geo_precision']}"
    if m.type == "actor" and "id" in d:
        parents = f" < {' < '.join(d['parents'])}" if d.get("parents") else ""
        return f"{d['id']}{parents} [{d['inter']}]"
    if m.type == "number":
        return f"{d['value']} ({d['qualifier']})"
    if m.type == "date":
        return f"{d['date'] or 'unresolved'} (time-precision {d['time_precision']})"
    if m.type in ("person", "source"):
        return str(d.get("name", ""))
    return ""


def render_text(doc: Document, out: IO[str]) -> None:
    """The article with mentions highlighted, then one line per mention."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True)
    console.rule(f"{doc.id}  {doc.published.isoformat() if doc.published else ''}")
    regions = [(b.start, b.end) for b in doc.blocks] or [(0, len(doc.text))]
    for start, end in regions:
        text = Text(doc.text[start:end])
        for m in doc.mentions:
            if start <= m.start and m.end <= end:
                text.stylize(STYLES.get(m.type, "bold"), m.start - start, m.end - start)
        console.print(text)
        console.print()
    for m in doc.mentions:
        label = Text(f"{m.type:7s} {m.start:5d}-{m.end:<5d} ")
        label.append(m.text, style=STYLES.get(m.type, "bold"))
        label.append(f"  → {_resolution(m)}")
        console.print(label)


@click.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="json: one object per report per line; text: the report with mentions highlighted.")
def annotate(inputs: list[str], options: Options, fmt: str) -> None:
    """Print every place, actor, number, date, person and source recognised in INPUTS."""
    out = sys.stdout

    def show(doc: Document) -> None:
        if fmt == "json":
            click.echo(mentions_json(doc), file=out)
        else:
            render_text(doc, out)

    warm_up()
    sys.exit(
        run_documents(
            inputs, options, show, work=lambda docs: annotate_batch(docs, options), stdin=sys.stdin.buffer
        )
    )
