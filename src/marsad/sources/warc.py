"""WARC files, gzipped or not: each HTTP response with HTML or text is one report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from marsad.document import Document
from marsad.options import Options
from marsad.sources.base import ReadError, too_large
from marsad.sources.html import read_html
from marsad.sources.text import read_text


def _charset_decoded(body: bytes, content_type: str) -> bytes | str:
    """The body as str when the HTTP header names a charset that reads it cleanly."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return body.decode(value.strip("\"' "))
            except (LookupError, UnicodeDecodeError):
                return body
    return body


def read_warc(stream: IO[bytes], source: str, options: Options) -> Iterator[Document | ReadError]:
    n = 0
    read_any = False
    for n, record in enumerate(
        ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True), 1
    ):
        where = f"{source}#{n}"
        uri = record.headers.get("WARC-Target-URI")
        if record.headers.get("WARC-Type") is None:
            yield ReadError(where, "truncated WARC record")
            break
        refused = too_large(where, record.content_length, options)
        if refused:
            yield refused
            continue
        body = record.reader.read()
        http = record.http_headers
        if http is None:
            yield ReadError(where, "truncated WARC record: no HTTP headers")
            continue
        status = http.status_code or 0
        expected = http.get("Content-Length")
        if len(body) < record.content_length or (
            expected is not None and expected.isdigit() and len(body) < int(expected)
        ):
            yield ReadError(where, "truncated WARC record")
            continue
        if not 200 <= status < 300:
            continue  # redirects and error pages are not reports
        content_type = (http.get("Content-Type") or "").lower()
        doc_id = uri or where
        read_any = True
        if "html" in content_type:
            yield read_html(
                _charset_decoded(body, content_type), id=doc_id, source=where, url=uri, options=options
            )
        elif content_type.startswith("text/") or not content_type:
            yield read_text(body, id=doc_id, source=where, url=uri, options=options)
    if n == 0 and not read_any:
        yield ReadError(source, "empty: no WARC response records")
