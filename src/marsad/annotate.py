"""The annotation stage: run every recogniser over one document.

Normalises the text once, hands the same `Normalized` to each recogniser,
keeps the mentions that fall inside the article (title, headings,
paragraphs; not comments or boilerplate) and stores them on the document.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Protocol

from marsad.actors import ActorRecognizer
from marsad.attribution import AttributionRecognizer
from marsad.dates import DateRecognizer
from marsad.document import Document, Mention
from marsad.normalize import Normalized, normalize
from marsad.numbers import NumberRecognizer
from marsad.options import Options
from marsad.people import PersonRecognizer
from marsad.places import PlaceRecognizer


class Recognizer(Protocol):
    def recognize(self, doc: Document, norm: Normalized, options: Options) -> Sequence[Mention]: ...


@lru_cache(maxsize=1)
def default_recognizers() -> tuple[Recognizer, ...]:
    """One instance of each recogniser per process (they load lexicons once), in running order."""
    return (
        NumberRecognizer(),
        DateRecognizer(),
        PlaceRecognizer(),
        ActorRecognizer(),
        AttributionRecognizer(),
        PersonRecognizer(),
    )


def _article_filter(doc: Document) -> Callable[[Mention], bool] | None:
    """A test for "inside one of the article's blocks", or None when there are no blocks.

    Blocks sorted by start, with the furthest end reached so far: a mention is
    inside a block iff some block starting at or before it ends at or after it.
    One bisection per mention instead of a scan of all blocks.
    """
    if not doc.blocks:
        return None
    blocks = sorted((b.start, b.end) for b in doc.blocks)
    starts = [s for s, _ in blocks]
    reach = list(accumulate((e for _, e in blocks), max))

    def inside(m: Mention) -> bool:
        i = bisect_right(starts, m.start)
        return i > 0 and reach[i - 1] >= m.end

    return inside


def _text_order(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def annotate(
    doc: Document,
    options: Options,
    recognizers: tuple[Recognizer, ...] | None = None,
    norm: Normalized | None = None,
) -> Document:
    """Fill `doc.mentions`; returns the same document. A caller that also matches over the
    text (the event rules) may pass `normalize(doc.text)` in, so it is computed once."""
    norm = norm if norm is not None else normalize(doc.text)
    inside = _article_filter(doc)
    mentions: list[Mention] = []
    for recognizer in recognizers if recognizers is not None else default_recognizers():
        found = recognizer.recognize(doc, norm, options)
        mentions.extend(found if inside is None else filter(inside, found))
    mentions.sort(key=_text_order)
    doc.mentions = mentions
    return doc
