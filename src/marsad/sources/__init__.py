"""Readers: every kind of input becomes segmented `Document`s or `ReadError`s.

`iter_documents` takes what the user typed (files, folders, `.gz` files,
`-` for standard input) and works out each input's kind from its name and
first bytes: WARC, JSONL, HTML or plain text. Readers never raise for bad
input; they yield a `ReadError` and go on with the rest.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import IO

from marsad.document import Document
from marsad.options import Options
from marsad.sources.base import ReadError
from marsad.sources.html import read_html
from marsad.sources.jsonl import read_jsonl
from marsad.sources.text import read_text
from marsad.sources.warc import read_warc

__all__ = ["ReadError", "iter_documents", "read_bytes"]

STDIN = "-"
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_EXT = (".jsonl", ".ndjson")
_GZIP_MAGIC = b"\x1f\x8b"


def _kind(name: str, head: bytes) -> str:
    lower = name.lower().removesuffix(".gz")
    if lower.endswith((".warc", ".arc")) or head.startswith(b"WARC/"):
        return "warc"
    if lower.endswith(_JSONL_EXT):
        return "jsonl"
    if lower.endswith(_HTML_EXT):
        return "html"
    sniff = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if sniff.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta")):
        return "html"
    if b"<html" in sniff[:512] or b"<body" in sniff[:1024]:
        return "html"
    if sniff.startswith(b"{") and _jsonl_head(head):
        return "jsonl"
    return "text"


def _jsonl_head(head: bytes) -> bool:
    """The first line is a JSON report record (it may run past `head`: then trust its keys)."""
    first = head.split(b"\n", 1)[0]
    try:
        obj = json.loads(first)
    except ValueError:
        return b"\n" not in head and (b'"text":' in head or b'"html":' in head)
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


_MAGIC = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"), (b"\x7fELF", "executable"), (b"RIFF", "RIFF media"),
)  # fmt: skip


def _binary_kind(data: bytes) -> str | None:
    """A known binary format, told by its magic number, so it is refused without decoding."""
    return next((what for magic, what in _MAGIC if data.startswith(magic)), None)


def _gunzip(data: bytes, name: str, options: Options) -> bytes | ReadError:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(options.max_bytes + 1)
    except (EOFError, OSError, zlib.error) as e:
        what = "truncated gzip" if isinstance(e, EOFError) else "corrupt gzip"
        return ReadError(name, f"{what}: {e}")
    if len(out) > options.max_bytes:
        return ReadError(name, f"too large: over {options.max_bytes:,} bytes once decompressed")
    return out


def read_bytes(data: bytes, *, name: str, doc_id: str, options: Options) -> Iterator[Document | ReadError]:
    """Read one input already in memory (a file's or stdin's bytes)."""
    binary = _binary_kind(data)
    if binary:
        yield ReadError(name, f"binary data: {binary}")
        return
    kind = _kind(name, data[:4096])
    if kind == "warc":
        # FastWARC reads gzipped WARCs itself, record by record.
        yield from read_warc(io.BytesIO(data), name, options)
        return
    if data.startswith(_GZIP_MAGIC):
        inner = _gunzip(data, name, options)
        if isinstance(inner, ReadError):
            yield inner
            return
        yield from read_bytes(inner, name=name.removesuffix(".gz"), doc_id=doc_id, options=options)
        return
    if kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), name, options)
    elif kind == "html":
        yield read_html(data, id=doc_id, source=name, options=options)
    else:
        yield read_text(data, id=doc_id, source=name, options=options)


def _read_file(path: Path, doc_id: str, options: Options) -> Iterator[Document | ReadError]:
    name = str(path)
    with path.open("rb") as f:
        head = f.read(4096)
        kind = _kind(name, head if not head.startswith(_GZIP_MAGIC) else b"")
        if kind == "warc" or (head.startswith(_GZIP_MAGIC) and name.lower().endswith(".warc.gz")):
            f.seek(0)
            yield from read_warc(f, name, options)  # streamed: a WARC may be far bigger than memory
            return
        if kind == "jsonl" and not head.startswith(_GZIP_MAGIC):
            f.seek(0)
            yield from read_jsonl(f, name, options)
            return
        if head.startswith(_GZIP_MAGIC) and name.lower().endswith(tuple(e + ".gz" for e in _JSONL_EXT)):
            f.seek(0)
            # A corpus may be far larger than max_bytes: stream it, record by record.
            with gzip.GzipFile(fileobj=f) as inner:
                yield from read_jsonl(inner, name, options)
            return
        size = path.stat().st_size
        if size > options.max_bytes:
            # Refused before reading, let alone parsing.
            yield ReadError(name, f"too large: {size:,} bytes, limit {options.max_bytes:,}")
            return
        data = head + f.read()
    if not data:
        yield ReadError(name, "empty")
        return
    yield from read_bytes(data, name=name, doc_id=doc_id, options=options)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield Path(root) / f


def _read_input(item: str, options: Options, stdin: IO[bytes] | None) -> Iterator[Document | ReadError]:
    if item == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        if not data:
            yield ReadError("<stdin>", "empty")
            return
        yield from read_bytes(data, name="<stdin>", doc_id="stdin", options=options)
        return
    path = Path(item)
    if path.is_dir():
        for file in _walk(path):
            yield from _guarded(partial(_read_file, file, str(file.relative_to(path)), options), str(file))
        return
    if not path.exists():
        yield ReadError(item, "not found")
        return
    yield from _read_file(path, path.name, options)


def _guarded(make: Callable[[], Iterator[Document | ReadError]], name: str) -> Iterator[Document | ReadError]:
    """Run a reader; an unexpected failure becomes a ReadError, not a traceback."""
    try:
        yield from make()
    except Exception as e:  # noqa: BLE001 - third-party parsers fail in many ways on bad input
        yield ReadError(name, f"unreadable: {type(e).__name__}: {e}")


def iter_documents(
    inputs: Sequence[str], options: Options, stdin: IO[bytes] | None = None
) -> Iterator[Document | ReadError]:
    """Documents, already segmented, and errors, in input order."""
    for item in inputs:
        yield from _guarded(partial(_read_input, item, options, stdin), item)
