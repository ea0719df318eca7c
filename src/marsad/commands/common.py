"""Option parsing and the run loop shared by the commands."""

from __future__ import annotations

import functools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import IO, Any

import click

from marsad.document import Document
from marsad.options import DEFAULT_MAX_BYTES, Options
from marsad.sources import ReadError, iter_documents


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """click callback for --published YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from e


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The INPUTS argument and the reading options every command shares.

    The decorated function receives `inputs` (a list, "-" when none was
    given) and a ready `options: Options` instead of the raw values.
    """

    @click.argument("inputs", nargs=-1)
    @click.option("--published", callback=parse_date, metavar="YYYY-MM-DD",
                  help="Reference date for relative dates (overrides what the reports say).")
    @click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
                  help="Skip inputs or records larger than this.")
    @click.option("--progress/--no-progress", default=None,
                  help="Progress bar (default: when stderr is a terminal).")
    @functools.wraps(command)
    def wrapper(inputs: tuple[str, ...], published: date | None, max_bytes: int,
                progress: bool | None, **kwargs: Any) -> Any:
        if not inputs and sys.stdin.isatty():
            raise click.UsageError("give INPUTS, or - to read standard input")
        options = Options(published=published, max_bytes=max_bytes, progress=progress)
        return command(list(inputs) or ["-"], options, **kwargs)

    return wrapper


def _want_progress(options: Options, stream: IO[str]) -> bool:
    if options.progress is not None:
        return options.progress
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def _progress(enabled: bool, stream: IO[str]) -> Iterator[Callable[[str], None]]:
    """A callback to advance a rich progress line on `stream`, or a no-op."""
    if not enabled:
        yield lambda _name: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(file=stream, stderr=stream is sys.stderr)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:,} documents"),
        TimeElapsedColumn(),
        TextColumn("[dim]{task.fields[current]}"),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("reading", total=None, current="")
        yield lambda name: bar.update(task, advance=1, current=name[-60:])


def summary_line(read: int, errors: Sequence[ReadError]) -> str:
    line = f"read {read} document{'s' if read != 1 else ''}, skipped {len(errors)}"
    if errors:
        counts = Counter(e.category for e in errors)
        line += ": " + ", ".join(f"{reason} ({n})" for reason, n in counts.most_common())
    return line


# Documents worked on together: enough for the stages' caches to pay (see `marsad.annotate`),
# few enough that output keeps flowing and a batch costs little memory.
BATCH_SIZE = 32


def run_documents(
    inputs: Sequence[str],
    options: Options,
    handle: Callable[[Document], None],
    *,
    work: Callable[[list[Document]], object] | None = None,
    batch_size: int = BATCH_SIZE,
    stdin: IO[bytes] | None = None,
    err: IO[str] | None = None,
) -> int:
    """Read every input, call `handle` on each document; returns the exit code.

    `work`, when given, enriches the documents in batches before `handle` sees them
    (annotation, extraction: the stages run faster over a batch). A batch that `work`
    fails on is worked on again one document at a time, so that a bad document is
    skipped alone.

    Each bad input or record gets one line on stderr and the run goes on; a
    summary follows. The exit code is 1 only when nothing could be read, so
    that one broken file in a folder of thousands does not fail a pipeline.
    A document that `work` or `handle` fails on counts as skipped, with the reason.
    """
    err = err or sys.stderr
    read = 0
    errors: list[ReadError] = []
    batch: list[Document] = []

    def fail(doc: Document, e: Exception) -> None:
        failure = ReadError(doc.source, f"failed: {type(e).__name__}: {e}")
        errors.append(failure)
        click.echo(f"marsad: {failure}", file=err)

    def flush(tick: Callable[[str], None]) -> None:
        nonlocal read
        failed: dict[int, Exception] = {}
        if work is not None and batch:
            try:
                work(batch)
            except Exception:  # noqa: BLE001 - find the document at fault, one at a time
                for i, doc in enumerate(batch):
                    try:
                        work([doc])
                    except Exception as e:  # noqa: BLE001 - one bad document must not end the run
                        failed[i] = e
        for i, doc in enumerate(batch):
            if i in failed:
                fail(doc, failed[i])
            else:
                try:
                    handle(doc)
                except BrokenPipeError:
                    raise
                except Exception as e:  # noqa: BLE001 - one bad document must not end the run
                    fail(doc, e)
                else:
                    read += 1
            tick(doc.source)
        batch.clear()

    try:
        with _progress(_want_progress(options, err), err) as tick:
            for item in iter_documents(inputs or ["-"], options, stdin=stdin):
                if isinstance(item, ReadError):
                    errors.append(item)
                    click.echo(f"marsad: {item}", file=err)
                    tick(item.input)
                    continue
                batch.append(item)
                if len(batch) >= (batch_size if work is not None else 1):
                    flush(tick)
            flush(tick)
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, and keep
        # Python from failing again when it flushes stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 0
    click.echo(summary_line(read, errors), file=err)
    return 0 if read else 1
