"""JSONL corpora: one report a line, {"id", "text" or "html", "published", "url"}."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from datetime import date

from marsad.document import Document
from marsad.options import Options
from marsad.sources.base import ReadError, finish, too_large
from marsad.sources.html import read_html


def _record(obj: object, source: str, n: int, options: Options) -> Document | ReadError:
    where = f"{source}#{n}"
    if not isinstance(obj, dict):
        return ReadError(where, "invalid record: not a JSON object")
    rid = str(obj.get("id") or where)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    published: date | None = None
    raw_date = obj.get("published")
    if isinstance(raw_date, str) and raw_date:
        try:
            published = date.fromisoformat(raw_date[:10])
        except ValueError:
            published = None
    text, html = obj.get("text"), obj.get("html")
    result: Document | ReadError
    if isinstance(text, str) and text.strip():
        result = finish(
            Document(
                id=rid,
                source=where,
                text=text,
                url=url,
                published=published,
                published_from="corpus" if published else None,
            ),
            options,
        )
    elif isinstance(html, str) and html.strip():
        result = read_html(
            html, id=rid, source=where, url=url, options=options, published=published, published_from="corpus"
        )
    else:
        return ReadError(where, "invalid record: no text or html")
    return result


def _line(raw: bytes, n: int, source: str, options: Options) -> Document | ReadError | None:
    if not raw.strip():
        return None
    refused = too_large(f"{source}#{n}", len(raw), options)
    if refused:
        return refused
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return ReadError(f"{source}#{n}", "invalid JSON")
    return _record(obj, source, n, options)


def read_jsonl(stream: Iterable[bytes], source: str, options: Options) -> Iterator[Document | ReadError]:
    n = 0
    try:
        # A line longer than max_bytes is still read whole here; records that
        # large are rare in a corpus, and the limit is about parsing cost.
        for n, raw in enumerate(stream, 1):
            item = _line(raw, n, source, options)
            if item is not None:
                yield item
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        # Only a gzipped corpus fails mid-stream; the records before the cut are kept.
        yield ReadError(f"{source}#{n + 1}", f"truncated gzip: {e}")
        return
    if n == 0:
        yield ReadError(source, "empty")
