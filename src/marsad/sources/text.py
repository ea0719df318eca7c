"""Plain-text dumps: decode, keep the text exactly as read, segment."""

from __future__ import annotations

from marsad.document import Document
from marsad.options import Options
from marsad.sources.base import ReadError, finish, too_large
from marsad.sources.decode import DecodeError, decode


def read_text(
    data: bytes, *, id: str, source: str, options: Options, url: str | None = None
) -> Document | ReadError:
    refused = too_large(source, len(data), options)
    if refused:
        return refused
    try:
        text, _encoding = decode(data)
    except DecodeError as e:
        return ReadError(source, str(e))
    return finish(Document(id=id, source=source, text=text, url=url), options)
