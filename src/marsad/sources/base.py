"""What every reader shares: the error record and the finishing step."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.article import segment
from marsad.document import Document
from marsad.options import Options
from marsad.sources.dateline import find_dateline


@dataclass(frozen=True)
class ReadError:
    """An input, or one record of a container, that could not be read.

    `reason` starts with a short category ("empty", "binary data", "too
    large", ...) so that summaries can group by the text before ":".
    """

    input: str
    reason: str

    @property
    def category(self) -> str:
        return self.reason.split(":", 1)[0]

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


def too_large(name: str, size: int, options: Options) -> ReadError | None:
    if size > options.max_bytes:
        return ReadError(name, f"too large: {size:,} bytes, limit {options.max_bytes:,}")
    return None


def finish(doc: Document, options: Options) -> Document | ReadError:
    """Segment `doc` and settle its publication date; refuse a document with no article."""
    segment(doc, options)
    if not doc.blocks:
        return ReadError(doc.source, "no article text")
    if options.published is not None:
        doc.published, doc.published_from = options.published, "caller"
    elif doc.published is None:
        # Short lines near the top hold datelines; the title is left out, since a
        # date there is more often the event's ("مجزرة 21 آب") than the report's.
        head = "\n".join(b.text for b in doc.blocks[:6] if len(b.text) <= 80 and b.kind != "title")
        found = find_dateline(head)
        if found is not None:
            doc.published, doc.published_from = found, "dateline"
    return doc
